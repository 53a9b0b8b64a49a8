/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-organisation.h: whether an address belongs to an organisation (a
 * letterhead, a signature, an invoice's sender, a venue) rather than to a
 * person (private to detectors/). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Looks at the words around the address at text[start, end): on its line,
 * then its paragraph (up to three lines above and two below, in the same
 * column of a page laid out in columns), the nearest line with evidence
 * deciding.  A company's legal form (B.V., N.V., V.O.F.), an institution
 * (gemeente, praktijk, stichting), a company's labels (KvK, BTW,
 * bezoekadres, postadres, t.a.v., www) say organisation; words of a person's
 * home (dhr., mevrouw, wonende, woonadres, huurder) say person.  In a
 * @table_row the whole row is the address's record, whatever its gaps.  TRUE for an
 * organisation, with *@why set to a static reason. */
gboolean cg_organisation_near (const char *text, gsize len, gsize start, gsize end,
                               gboolean table_row, const char **why);

/* For the address at text[start, end) in a table row: the row's words and
 * its table's header's, strong ones first, the row's before the header's
 * ("Kantoor | Adres | Telefoon" and "crediteur;…;kvk" are tables of
 * organisations, "Voornaam;Afdeling;…" one of people even where a row says
 * "Magazijn").  TRUE for an organisation. */
gboolean cg_organisation_table (const char *text, gsize len, gsize start, gsize end,
                                gsize header_start, gsize header_end);

/* Evidence in text[from, to) alone: 1 organisation, -1 person, 0 neither. */
int cg_organisation_evidence (const char *text, gsize from, gsize to);

G_END_DECLS
