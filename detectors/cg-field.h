/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-field.h: what names a value in structured text: the key before it
 * (JSON, YAML, XML, key=value, "Label: value"), its SQL column, its table
 * column, and what such a name means (private to detectors/). */
#pragma once

#include <glib.h>

#include "cg-table.h"

G_BEGIN_DECLS

typedef enum
{
  CG_FIELD_NONE,           /* unknown, or no name */
  CG_FIELD_BSN,            /* bsn, burgerservicenummer, inp.bsn, Sofinr */
  CG_FIELD_IBAN,           /* iban, rekeningnummer */
  CG_FIELD_ADDRESS,        /* adres, address, woonadres: a whole address */
  CG_FIELD_STREET,         /* straat, street, openbareRuimteNaam */
  CG_FIELD_STREET_NUMBER,  /* "straat en huisnummer", adresregel */
  CG_FIELD_HOUSE_NUMBER,   /* huisnummer, houseNumber, nr */
  CG_FIELD_ADDITION,       /* toevoeging, huisletter, houseNumberAddition */
  CG_FIELD_POSTCODE,       /* postcode, postalCode, zip */
  CG_FIELD_POSTCODE_PLACE, /* "postcode en woonplaats" */
  CG_FIELD_PLACE,          /* woonplaats, plaats, city */
  CG_FIELD_ORGANISATION,   /* bedrijfsnaam, kvk, bezoekadres: an organisation's */
  CG_FIELD_OTHER_NUMBER,   /* klantnummer, orderId, telefoon: another number */
} CgFieldKind;

/* What a key, column header or label means. */
CgFieldKind cg_field_kind (const char *name, gsize len);

/* The same, remembered: logs and exports repeat their keys ("page=3" on
 * every line).  A scan keeps one; zero-initialised. */
#define CG_FIELD_MEMO_SIZE 64
typedef struct
{
  struct
  {
    char name[24];
    guint8 len;
    gint8 kind;
  } entries[CG_FIELD_MEMO_SIZE];
} CgFieldMemo;

CgFieldKind cg_field_kind_memo (CgFieldMemo *memo, const char *name, gsize len);
const char *cg_field_kind_to_string (CgFieldKind kind);

/* The key that names the value starting at @pos on its line: "key": value,
 * key: value, key=value, <ns:key>value, 'key' => value, and short form labels
 * ("Postcode en woonplaats: ...").  Sets @key to the key's last segment
 * ("inp.bsn" gives "bsn"). */
gboolean cg_field_key_before (const char *text, gsize len, gsize pos, CgSpan *key);

/* SQL "INSERT INTO t (a, b, c) VALUES (1, '2', 3), (...)": the column that
 * names the value at @pos, and the tuple's value index.  Remembers the
 * statement seen last. */
typedef struct
{
  gsize values_at; /* where the last VALUES keyword found was, + 1; 0: none */
  gsize list_start;
  gsize list_end;    /* the column list, without its parentheses */
  gsize searched_to; /* text before this holds no VALUES that was looked for */
} CgSqlCache;

gboolean cg_field_sql_column (CgSqlCache *cache, const char *text, gsize len, gsize pos,
                              CgSpan *column, guint *index);
/* The value @index of the tuple holding @pos (quotes not included). */
gboolean cg_field_sql_value (const char *text, gsize len, gsize pos, guint index, CgSpan *value);

/* What the header cell of @cell names, remembered in @table. */
CgFieldKind cg_field_kind_of_column (CgTableCache *table, const char *text,
                                     const CgTableCell *cell);

/* The name of the value at @pos by any of the means above, table columns
 * included; CG_FIELD_NONE when nothing names it. */
CgFieldKind cg_field_kind_at (CgTableCache *table, CgSqlCache *sql, CgFieldMemo *memo,
                              const char *text, gsize len, gsize pos);

G_END_DECLS
