/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-address.h: Dutch addresses from street, house number, postcode and place
 * (private to detectors/). */
#pragma once

#include <glib.h>

#include "cg-name-set.h"
#include "cg-table.h"

G_BEGIN_DECLS

typedef struct
{
  CgNameSet *streets;
  CgNameSet *street_last_words;
  CgNameSet *street_exceptions;
  CgNameSet *places;
  CgNameSet *place_exceptions;
} CgGazetteer;

/* One piece of an address as read at a digit run: a street with its house
 * number, or a postcode; either may carry the place that follows it. */
typedef struct
{
  gsize start;
  gsize end;
  gsize street_start;    /* a street part's own start, when a place before it is taken along */
  guint street : 1;      /* a known street and a house number */
  guint weak_street : 1; /* a street name that is also a word, or only street-shaped */
  guint postcode : 1;
  guint lower_postcode : 1;
  guint place : 1;        /* a known place follows */
  guint house_number : 1; /* "postcode 1234 AB, huisnummer 12" */
  guint cue : 1;          /* "ik woon op de ...": a person's home is meant */
} CgAddressPart;

/* Reads the address part built on the digit run text[run_start, run_end);
 * appends it to @parts (of CgAddressPart) and returns its end, or 0. */
gsize cg_address_read_part (const CgGazetteer *gazetteer, const char *text, gsize len,
                            gsize run_start, gsize run_end, GArray *parts);

/* Joins neighbouring parts into addresses and appends the findings (of
 * CgFinding) that reach @threshold, or all with @include_weak.  An address
 * over a row's cells gives a finding per cell, in one group: group ids are
 * taken from *@next_group. */
void cg_address_resolve (const char *text, gsize len, GArray *parts, CgTableCache *table,
                         double threshold, gboolean include_weak, guint *next_group,
                         GArray *findings);

/* The last known place name in text[0, len) (an address found before), in
 * *@start, *@end; FALSE when there is none. */
gboolean cg_address_find_place (const CgGazetteer *gazetteer, const char *text, gsize len,
                                gsize *start, gsize *end);

G_END_DECLS
