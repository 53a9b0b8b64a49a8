/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-scanner.c: the scanner: loads the lookup data once, then walks a text
 * from digit run to digit run and asks each detector about it. */
#include "clipguard-detectors.h"

#include <gio/gio.h>
#include <string.h>

#include "cg-address.h"
#include "cg-bsn.h"
#include "cg-confidential.h"
#include "cg-iban.h"
#include "cg-name-set.h"
#include "cg-normalize.h"
#include "cg-record.h"
#include "cg-text.h"

#define RESOURCE_DIR "/nl/clipguard/detectors/"

struct _CgScanner
{
  gatomicrefcount ref_count;
  CgFindingType types;
  double threshold;
  CgIbanRegistry *iban_registry;
  CgGazetteer gazetteer;
  CgConfidential *confidential;
};

GQuark
cg_scanner_error_quark (void)
{
  return g_quark_from_static_string ("cg-scanner-error-quark");
}

static GBytes *
load_resource (const char *name, GError **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, name, NULL);
  g_autoptr (GError) local_error = NULL;
  GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);

  if (bytes == NULL)
    g_set_error (error, CG_SCANNER_ERROR, CG_SCANNER_ERROR_DATA,
                 "Lookup data %s is missing from the build: %s", name, local_error->message);
  return bytes;
}

static CgNameSet *
load_name_set (const char *name, guint index, GError **error)
{
  g_autoptr (GBytes) bytes = load_resource (name, error);
  return bytes ? cg_name_set_new (bytes, index, error) : NULL;
}

/* The tables are made at build time (build-aux/make-name-table.py): loading
 * one is a look-up in the program's own resources. */
static gboolean
load_gazetteer (CgGazetteer *gaz, GError **error)
{
  return (gaz->streets = load_name_set ("nl-streets.table", 0, error))
         && (gaz->street_last_words = load_name_set ("nl-streets.table", 1, error))
         && (gaz->street_exceptions = load_name_set ("nl-street-exceptions.table", 0, error))
         && (gaz->places = load_name_set ("nl-places.table", 0, error))
         && (gaz->place_exceptions = load_name_set ("nl-place-exceptions.table", 0, error));
}

static void
free_gazetteer (CgGazetteer *gaz)
{
  g_clear_pointer (&gaz->streets, cg_name_set_free);
  g_clear_pointer (&gaz->street_last_words, cg_name_set_free);
  g_clear_pointer (&gaz->street_exceptions, cg_name_set_free);
  g_clear_pointer (&gaz->places, cg_name_set_free);
  g_clear_pointer (&gaz->place_exceptions, cg_name_set_free);
}

CgScanner *
cg_scanner_new (CgFindingType types, double threshold, GError **error)
{
  g_autoptr (CgScanner) scanner = g_new0 (CgScanner, 1);
  g_autoptr (GBytes) registry = NULL;

  g_atomic_ref_count_init (&scanner->ref_count);
  scanner->types = types & CG_FINDING_ALL;
  scanner->threshold = threshold;
  /* The IBAN registry is small and also serves cg_iban_is_valid(). */
  if (!(registry = load_resource ("iban-registry.tsv", error))
      || !(scanner->iban_registry = cg_iban_registry_new (registry, error)))
    return NULL;
  if ((types & CG_FINDING_ADDRESS) && !load_gazetteer (&scanner->gazetteer, error))
    return NULL;
  if (types & CG_FINDING_CONFIDENTIAL)
    scanner->confidential = cg_confidential_new ();
  return g_steal_pointer (&scanner);
}

CgScanner *
cg_scanner_ref (CgScanner *scanner)
{
  g_atomic_ref_count_inc (&scanner->ref_count);
  return scanner;
}

void
cg_scanner_unref (CgScanner *scanner)
{
  if (scanner == NULL || !g_atomic_ref_count_dec (&scanner->ref_count))
    return;
  g_clear_pointer (&scanner->iban_registry, cg_iban_registry_free);
  free_gazetteer (&scanner->gazetteer);
  g_clear_pointer (&scanner->confidential, cg_confidential_free);
  g_free (scanner);
}

gboolean
cg_iban_is_valid (CgScanner *scanner, const char *iban, gsize len)
{
  gsize end;
  return cg_iban_match (scanner->iban_registry, iban, len, 0, &end) && end == len;
}

/* Per-scan state: everything a scan changes lives here, never in the scanner. */
typedef struct
{
  CgScanner *scanner;
  const char *text;
  gsize len;
  gboolean include_weak;
  GArray *findings;
  GArray *address_parts;
  CgTableCache table;
  CgSqlCache sql;
  /* BSN-shaped numbers that passed the 11-check but not their context: one
   * of them is a BSN after all when the same value is one elsewhere. */
  CgRecordScan records;
  GArray *bsn_weak; /* Weak, at most MAX_WEAK */
  gboolean bsn_weak_overflow;
  guint n_bsn;
} Scan;

/* A weak candidate, small: logs have hundreds of thousands. */
typedef struct
{
  gsize start;
  guint32 digits; /* the nine digits as a number */
  guint16 length;
} Weak;

#define MAX_WEAK (256 * 1024)

static guint32
digits_value (const char digits[9])
{
  guint32 v = 0;

  for (guint i = 0; i < 9; i++)
    v = v * 10 + (guint32) (digits[i] - '0');
  return v;
}

static void
keep (Scan *scan, const CgFinding *finding)
{
  if (finding->confidence >= scan->scanner->threshold || scan->include_weak)
    {
      CgFinding f = *finding;

      /* the built-in detectors' findings name no rule, whatever path made them */
      f.rule = NULL;
      f.label = NULL;
      f.rule_mask = -1;
      g_array_append_val (scan->findings, f);
    }
}

/* An IBAN's check digits are the digit run right after two letters. */
static gsize
try_iban (Scan *scan, gsize run_start)
{
  const char *t = scan->text;
  CgFinding f;
  gsize end;

  /* Runs once per digit run: no work, not even zeroing a finding, before
   * the cheap tests have passed. */
  gsize cc; /* where the country code starts: "NL91", or "NL 91" */

  if (run_start < 2)
    return 0;
  cc = run_start - 2;
  if (t[run_start - 1] == ' ' && run_start >= 3)
    cc = run_start - 3;
  if (!cg_is_ascii_alpha ((guchar) t[cc]) || !cg_is_ascii_alpha ((guchar) t[cc + 1])
      || (cc > 0
          && (cg_is_word_byte ((guchar) t[cc - 1]) || cg_text_placeholder_ends_before (t, cc))))
    return 0;
  if (!cg_iban_match (scan->scanner->iban_registry, t, scan->len, cc, &end))
    return 0;
  f.type = CG_FINDING_IBAN;
  f.group = 0;
  f.start = cc;
  f.end = end;
  f.confidence = 0.99;
  /* The country code is one of the registry's, so the reasons stay few;
   * each thread formats each once. */
  {
    static _Thread_local const char *reasons[26][26];
    guint c1 = (guint) (cg_ascii_lower ((guchar) t[cc]) - 'a');
    guint c2 = (guint) (cg_ascii_lower ((guchar) t[cc + 1]) - 'a');
    if (reasons[c1][c2] == NULL)
      {
        char reason[32];
        g_snprintf (reason, sizeof reason, "mod-97 + %c%c format", 'A' + c1, 'A' + c2);
        reasons[c1][c2] = g_intern_string (reason);
      }
    f.reason = reasons[c1][c2];
  }
  keep (scan, &f);
  return end;
}

static void
remember_weak (Scan *scan, const CgBsnCandidate *candidate)
{
  Weak w = { candidate->start, digits_value (candidate->digits),
             (guint16) (candidate->end - candidate->start) };

  if (scan->bsn_weak->len < MAX_WEAK)
    g_array_append_val (scan->bsn_weak, w);
  else
    scan->bsn_weak_overflow = TRUE;
}

static gsize
try_bsn (Scan *scan, gsize run_start, gsize run_end)
{
  CgBsnCandidate candidate;
  CgFinding f; /* filled in by cg_bsn_score() */

  CgBsnRead read = cg_bsn_read (scan->text, scan->len, run_start, run_end, &candidate);

  if (read == CG_BSN_READ_LOOSE)
    {
      if (!cg_bsn_passes_11_check (candidate.digits))
        return 0;
      if (cg_bsn_score_loose (scan->text, scan->len, &candidate, &scan->table, &scan->sql, &f))
        {
          keep (scan, &f);
          scan->n_bsn++;
          return candidate.end;
        }
      remember_weak (scan, &candidate);
      return 0;
    }
  if (read == CG_BSN_READ_NONE
      && !(run_end - run_start > 9
           && cg_bsn_read_mrz (scan->text, scan->len, run_start, run_end, &candidate)))
    return 0;
  if (!cg_bsn_passes_11_check (candidate.digits))
    return 0;
  cg_bsn_score (scan->text, scan->len, &candidate, &scan->table, &scan->sql, &f);
  keep (scan, &f);
  if (f.confidence >= scan->scanner->threshold)
    scan->n_bsn++;
  else
    remember_weak (scan, &candidate);
  return candidate.end;
}

/* ---- repeats ------------------------------------------------------------- */

/* Once a value is a BSN in a text, every other occurrence of it is one too,
 * however it is written: masking one and not the other would leak it. */
static void
add_repeat (Scan *scan, gsize start, gsize end)
{
  CgFinding f = { .type = CG_FINDING_BSN,
                  .start = start,
                  .end = end,
                  .confidence = 0.9,
                  .reason = "11-check + the same value is a BSN elsewhere in the text" };
  g_array_append_val (scan->findings, f);
}

static void
promote_repeats (Scan *scan)
{
  g_autoptr (GHashTable) strong = NULL;
  gsize pos = 0;

  if (scan->n_bsn == 0 || (scan->bsn_weak->len == 0 && !scan->bsn_weak_overflow))
    return;
  strong = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < scan->findings->len; i++)
    {
      const CgFinding *f = &g_array_index (scan->findings, CgFinding, i);
      guint32 v = 0;

      if (f->type != CG_FINDING_BSN || f->confidence < scan->scanner->threshold)
        continue;
      /* eight digits (a leading zero dropped) read as nine with the zero */
      for (gsize k = f->start; k < f->end; k++)
        if (cg_is_digit ((guchar) scan->text[k]))
          v = v * 10 + (guint32) (scan->text[k] - '0');
      g_hash_table_add (strong, GUINT_TO_POINTER (v + 1));
    }
  if (!scan->bsn_weak_overflow)
    {
      for (guint i = 0; i < scan->bsn_weak->len; i++)
        {
          const Weak *w = &g_array_index (scan->bsn_weak, Weak, i);
          if (g_hash_table_contains (strong, GUINT_TO_POINTER (w->digits + 1)))
            add_repeat (scan, w->start, w->start + w->length);
        }
      return;
    }
  /* Too many to have kept: look again. */
  while ((pos = cg_text_find_digit (scan->text, scan->len, pos)) < scan->len)
    {
      gsize run_end = cg_text_digit_run_end (scan->text, scan->len, pos);
      CgBsnCandidate c;

      if (cg_bsn_read_loose (scan->text, scan->len, pos, run_end, &c)
          && cg_bsn_passes_11_check (c.digits))
        {
          if (g_hash_table_contains (strong, GUINT_TO_POINTER (digits_value (c.digits) + 1)))
            add_repeat (scan, c.start, c.end);
          pos = MAX (c.end, run_end);
        }
      else
        pos = run_end;
    }
}

/* The shapes a BSN comes in, told by the run alone and the bytes after it:
 * nine or eight digits, a group of four or three with a separator and a
 * digit after it, a digit box, or digits in an MRZ line (followed by '<'). */
static inline gboolean
may_be_bsn (const char *text, gsize len, gsize start, gsize end)
{
  gsize run = end - start;
  char next = end < len ? text[end] : 0;
  gboolean digit_after = end + 1 < len && cg_is_digit ((guchar) text[end + 1]);

  switch (run)
    {
    case 8:
    case 9: return TRUE;
    case 3:
    case 4: return (next == '.' || next == ' ' || next == '-') && digit_after;
    case 1: return (next == ' ' || next == '|') && digit_after;
    case 5: return next == ' ' && digit_after; /* an OCR split, 12345 6782 */
    default: return run > 9 && next == '<';
    }
}

/* The detectors' one pass over the text.  A digit run taken by one detector
 * is not offered to the next, so an IBAN's digits never make a BSN. */
static void
walk_digit_runs (Scan *scan)
{
  CgFindingType types = scan->scanner->types;
  gsize pos = 0;

  while ((pos = cg_text_find_digit (scan->text, scan->len, pos)) < scan->len)
    {
      gsize run_end = cg_text_digit_run_end (scan->text, scan->len, pos);
      gsize taken = 0;

      if (types & CG_FINDING_IBAN)
        taken = try_iban (scan, pos);
      if (taken == 0 && (types & CG_FINDING_BSN)
          && may_be_bsn (scan->text, scan->len, pos, run_end))
        taken = try_bsn (scan, pos, run_end);
      /* addresses hold numbers of at most five digits */
      if (taken == 0 && (types & CG_FINDING_ADDRESS) && run_end - pos <= 5)
        {
          /* a house number or postcode in a named field: its record's
           * other fields are read too (the run is not taken: the prose
           * reading may still see it) */
          if (cg_record_may_hold (scan->text, scan->len, pos, run_end))
            cg_record_read_address (&scan->records, scan->text, scan->len, pos, run_end,
                                    scan->scanner->threshold, scan->include_weak, scan->findings);
          /* a number among the address fields of a record is found with them */
          if (!(pos >= scan->records.fields.start && run_end <= scan->records.fields.end))
            taken = cg_address_read_part (&scan->scanner->gazetteer, scan->text, scan->len, pos,
                                          run_end, scan->address_parts);
        }
      pos = MAX (taken, run_end);
    }
}

static gint
compare_findings (gconstpointer a, gconstpointer b)
{
  const CgFinding *fa = a, *fb = b;
  if (fa->start != fb->start)
    return fa->start < fb->start ? -1 : 1;
  return fa->end > fb->end ? -1 : fa->end < fb->end;
}

/* The walk's findings come in order, the addresses resolved after it too:
 * two sorted runs, merged in linear time; anything else is sorted. */
static void
sort_findings (GArray *findings)
{
  CgFinding *f = (CgFinding *) (void *) findings->data;
  guint n = findings->len, mid = 1;
  g_autofree CgFinding *merged = NULL;
  guint a = 0, b, k = 0;

  while (mid < n && compare_findings (&f[mid - 1], &f[mid]) <= 0)
    mid++;
  if (mid >= n)
    return;
  for (b = mid + 1; b < n; b++)
    if (compare_findings (&f[b - 1], &f[b]) > 0)
      {
        g_array_sort (findings, compare_findings);
        return;
      }
  merged = g_new (CgFinding, n);
  b = mid;
  while (a < mid && b < n)
    merged[k++] = compare_findings (&f[b], &f[a]) < 0 ? f[b++] : f[a++];
  while (a < mid)
    merged[k++] = f[a++];
  while (b < n)
    merged[k++] = f[b++];
  memcpy (f, merged, n * sizeof *f);
}

/* Addresses are resolved after the walk and may enclose a weak BSN-shaped
 * number: keep findings sorted and disjoint, the stronger one winning. */
static void
sort_and_drop_overlaps (GArray *findings)
{
  guint out = 0;

  sort_findings (findings);
  for (guint i = 0; i < findings->len; i++)
    {
      CgFinding *f = &g_array_index (findings, CgFinding, i);
      CgFinding *last = out > 0 ? &g_array_index (findings, CgFinding, out - 1) : NULL;

      if (last != NULL && f->start < last->end)
        {
          if (f->confidence > last->confidence)
            *last = *f;
          continue;
        }
      g_array_index (findings, CgFinding, out++) = *f;
    }
  g_array_set_size (findings, out);
}

/* An address read as prose inside a record that holds an organisation's or
 * a work address (a vCard's ADR;TYPE=WORK, a company's CSV row) is that
 * address.  Both lists are sorted; the records' own findings have groups up
 * to @record_groups, prose over cells has groups after them. */
static void
drop_not_personal (GArray *findings, GArray *spans, guint record_groups)
{
  guint out = 0, k = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      const CgFinding *f = &g_array_index (findings, CgFinding, i);

      while (k < spans->len && g_array_index (spans, CgSpan, k).end <= f->start)
        k++;
      if (f->type == CG_FINDING_ADDRESS && (f->group == 0 || f->group > record_groups)
          && k < spans->len && g_array_index (spans, CgSpan, k).start <= f->start)
        continue;
      g_array_index (findings, CgFinding, out++) = *f;
    }
  g_array_set_size (findings, out);
}

/* A confidential block holds the other findings in it (a BSN in a salary
 * sheet): it is cut around them, its pieces one value (one group), so that
 * findings stay disjoint and the BSN is masked as a BSN. */
static void
merge_blocks (GArray *findings, const GArray *blocks)
{
  g_autoptr (GArray) merged = NULL;
  guint group = 0, k = 0;

  if (blocks->len == 0)
    return;
  for (guint i = 0; i < findings->len; i++)
    group = MAX (group, g_array_index (findings, CgFinding, i).group);
  merged = g_array_sized_new (FALSE, FALSE, sizeof (CgFinding), findings->len + blocks->len);
  for (guint b = 0; b < blocks->len; b++)
    {
      CgFinding block = g_array_index (blocks, CgFinding, b);
      gsize pos = block.start;
      gboolean cut = FALSE;

      while (k < findings->len && g_array_index (findings, CgFinding, k).end <= block.start)
        g_array_append_val (merged, g_array_index (findings, CgFinding, k++));
      block.group = ++group;
      while (k < findings->len && g_array_index (findings, CgFinding, k).start < block.end)
        {
          const CgFinding *f = &g_array_index (findings, CgFinding, k++);
          if (f->start > pos)
            {
              CgFinding piece = block;
              piece.start = pos;
              piece.end = f->start;
              g_array_append_val (merged, piece);
            }
          g_array_append_val (merged, *f);
          pos = MAX (pos, f->end);
          cut = TRUE;
        }
      if (pos < block.end)
        {
          CgFinding piece = block;
          piece.start = pos;
          if (!cut)
            piece.group = 0, group--;
          g_array_append_val (merged, piece);
        }
    }
  while (k < findings->len)
    g_array_append_val (merged, g_array_index (findings, CgFinding, k++));
  g_array_set_size (findings, 0);
  g_array_append_vals (findings, merged->data, merged->len);
}

static GArray *scan_text (CgScanner *scanner, const char *text, gsize len, CgScanFlags flags);

/* Layout that breaks values (no-break and zero-width spaces, full-width
 * digits, folded lines) is undone in a copy; the findings come back in the
 * offsets of @text. */
GArray *
cg_scanner_scan (CgScanner *scanner, const char *text, gsize len, CgScanFlags flags)
{
  g_autoptr (CgNormalized) norm = NULL;
  const char *copy;
  gsize copy_len;
  GArray *findings;

  g_return_val_if_fail (scanner != NULL, g_array_new (FALSE, FALSE, sizeof (CgFinding)));
  g_return_val_if_fail (text != NULL || len == 0, g_array_new (FALSE, FALSE, sizeof (CgFinding)));

  norm = len > 0 ? cg_normalize (text, len, (flags & CG_SCAN_KEEP_BUFFERS) != 0) : NULL;
  if (norm == NULL)
    return scan_text (scanner, text, len, flags);
  copy = cg_normalized_text (norm, &copy_len);
  findings = scan_text (scanner, copy, copy_len, flags);
  for (guint i = 0; i < findings->len; i++)
    {
      CgFinding *f = &g_array_index (findings, CgFinding, i);
      f->start = cg_normalized_start_to_original (norm, f->start);
      f->end = cg_normalized_end_to_original (norm, f->end);
    }
  return findings;
}

static GArray *
scan_text (CgScanner *scanner, const char *text, gsize len, CgScanFlags flags)
{
  Scan scan = {
    .scanner = scanner,
    .text = text,
    .len = len,
    .include_weak = (flags & CG_SCAN_INCLUDE_WEAK) != 0,
    .findings = g_array_new (FALSE, FALSE, sizeof (CgFinding)),
    .address_parts = g_array_new (FALSE, FALSE, sizeof (CgAddressPart)),
    .bsn_weak = g_array_new (FALSE, FALSE, sizeof (Weak)),
  };
  guint before, walk_groups;

  scan.records.table = &scan.table;
  scan.records.sql = &scan.sql;
  walk_digit_runs (&scan);
  before = scan.findings->len;
  promote_repeats (&scan);
  walk_groups = scan.records.next_group;
  if (scan.address_parts->len > 0)
    {
      CgTableCache table = { 0 };
      cg_address_resolve (text, len, scan.address_parts, &table, scanner->threshold,
                          scan.include_weak, &scan.records.next_group, scan.findings);
    }
  if (scan.address_parts->len > 0 || scan.findings->len != before || scan.records.next_group > 0)
    sort_and_drop_overlaps (scan.findings);
  if (scan.records.not_personal != NULL)
    {
      drop_not_personal (scan.findings, scan.records.not_personal, walk_groups);
      g_array_unref (scan.records.not_personal);
    }
  if (scanner->confidential != NULL)
    {
      g_autoptr (GArray) blocks = g_array_new (FALSE, FALSE, sizeof (CgFinding));
      cg_confidential_scan (scanner->confidential, text, len, scanner->threshold, scan.include_weak,
                            blocks);
      /* weak candidates may overlap; the strongest of overlapping ones stays */
      if (blocks->len > 1)
        sort_and_drop_overlaps (blocks);
      merge_blocks (scan.findings, blocks);
    }
  g_array_unref (scan.address_parts);
  g_array_unref (scan.bsn_weak);
  return scan.findings;
}

const char *
cg_finding_type_to_string (CgFindingType type)
{
  switch (type)
    {
    case CG_FINDING_BSN: return "bsn";
    case CG_FINDING_IBAN: return "iban";
    case CG_FINDING_ADDRESS: return "address";
    case CG_FINDING_RULE: return "rule";
    case CG_FINDING_CONFIDENTIAL: return "confidential";
    default: return "unknown";
    }
}

CgFindingType
cg_finding_type_from_string (const char *name)
{
  if (g_ascii_strcasecmp (name, "bsn") == 0)
    return CG_FINDING_BSN;
  if (g_ascii_strcasecmp (name, "iban") == 0)
    return CG_FINDING_IBAN;
  if (g_ascii_strcasecmp (name, "address") == 0 || g_ascii_strcasecmp (name, "adres") == 0)
    return CG_FINDING_ADDRESS;
  if (g_ascii_strcasecmp (name, "rule") == 0)
    return CG_FINDING_RULE;
  if (g_ascii_strcasecmp (name, "confidential") == 0
      || g_ascii_strcasecmp (name, "vertrouwelijk") == 0)
    return CG_FINDING_CONFIDENTIAL;
  return 0;
}

gboolean
cg_finding_types_parse (const char *list, CgFindingType *out_types, GError **error)
{
  g_auto (GStrv) names = g_strsplit (list, ",", -1);
  CgFindingType types = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      CgFindingType t = cg_finding_type_from_string (g_strstrip (names[i]));
      if (t == 0 || t == CG_FINDING_RULE)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "Unknown type “%s”: use bsn, iban, address or confidential", names[i]);
          return FALSE;
        }
      types |= t;
    }
  if (types == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "No type given: use bsn, iban, address or confidential");
      return FALSE;
    }
  *out_types = types;
  return TRUE;
}

struct _CgScanCarry
{
  CgTableCarry table;
};

CgScanCarry *
cg_scan_carry_new (void)
{
  return g_new0 (CgScanCarry, 1);
}

void
cg_scan_carry_free (CgScanCarry *carry)
{
  if (carry == NULL)
    return;
  if (carry->table.header != NULL)
    g_string_free (carry->table.header, TRUE);
  g_free (carry);
}

void
cg_scan_carry_feed (CgScanCarry *carry, const char *text, gsize len)
{
  g_return_if_fail (carry != NULL);
  cg_table_carry_feed (&carry->table, text, len);
}

const char *
cg_scan_carry_context (CgScanCarry *carry, gsize *len)
{
  g_return_val_if_fail (carry != NULL, NULL);
  if (!carry->table.open || carry->table.header == NULL)
    {
      *len = 0;
      return NULL;
    }
  *len = carry->table.header->len;
  return carry->table.header->str;
}

char *
cg_scanner_address_place (CgScanner *scanner, const char *value, gsize len)
{
  gsize start, end;
  char name[256];
  gsize n = 0;

  g_return_val_if_fail (scanner != NULL, NULL);
  if (!(scanner->types & CG_FINDING_ADDRESS)
      || !cg_address_find_place (&scanner->gazetteer, value, len, &start, &end))
    return NULL;
  /* as written, but on one line and with single spaces */
  for (gsize i = start; i < end && n < sizeof name - 1; i++)
    {
      char c = g_ascii_isspace (value[i]) ? ' ' : value[i];
      if (c == ' ' && (n == 0 || name[n - 1] == ' '))
        continue;
      name[n++] = c;
    }
  name[n] = '\0';
  return g_utf8_make_valid (name, -1);
}

const char *
cg_block_kind_to_string (CgBlockKind kind)
{
  switch (kind)
    {
    case CG_BLOCK_PROFIT_LOSS: return "profit and loss statement";
    case CG_BLOCK_BALANCE: return "balance sheet";
    case CG_BLOCK_BUDGET: return "budget against actuals";
    case CG_BLOCK_FORECAST: return "forecast";
    case CG_BLOCK_CASH_FLOW: return "cash-flow statement";
    case CG_BLOCK_MARGIN: return "revenue and margin breakdown";
    case CG_BLOCK_SALARY: return "salary costs";
    case CG_BLOCK_VALUATION: return "valuation";
    case CG_BLOCK_LEDGER: return "general ledger";
    case CG_BLOCK_MARKED: return "a document marked confidential";
    case CG_BLOCK_FIGURES: return "internal figures";
    default: return "";
    }
}

gboolean
cg_finding_has_amounts (const CgFinding *finding, const char *text, gsize len)
{
  gsize start, end;

  if (finding->type != CG_FINDING_CONFIDENTIAL || finding->end > len)
    return FALSE;
  return cg_confidential_next_amount (text, finding->start, finding->start, finding->end, &start,
                                      &end);
}
