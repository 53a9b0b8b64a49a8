/* SPDX-License-Identifier: GPL-3.0-or-later */
/* clipguard-scan.c: the command-line scanner over the detector core: reports
 * BSNs, IBANs and Dutch addresses in files or standard input, or masks them. */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clipguard-detectors.h"
#include "scan-input.h"

enum
{
  EXIT_CLEAN = 0,
  EXIT_FOUND = 1,
  EXIT_ERROR = 2,
};

typedef struct
{
  gboolean json;
  gboolean show;
  gboolean all;
  gboolean mask;
  CgMaskStyle mask_style;
  CgScanner *scanner;
  CgRules *rules; /* organisation rules, or NULL */
  gboolean found;
} Options;

/* A finding's type for output: an organisation rule's is its ID. */
static const char *
type_name (const CgFinding *f)
{
  return f->type == CG_FINDING_RULE ? f->rule : cg_finding_type_to_string (f->type);
}

/* Where in a file a finding is, counted incrementally: findings arrive in
 * order, so each newline is counted once. */
typedef struct
{
  gsize offset;
  guint64 line;
  gsize line_start;
} Position;

static void
advance (Position *pos, const char *text, gsize base, gsize to)
{
  const char *p = text + (pos->offset - base), *end = text + (to - base);

  g_assert (pos->offset >= base || pos->offset >= to);
  while (p < end && (p = memchr (p, '\n', (gsize) (end - p))) != NULL)
    {
      pos->line++;
      pos->line_start = (gsize) (p - text) + base + 1;
      p++;
    }
  pos->offset = MAX (pos->offset, to);
}

/* Appends @len bytes of @s for a grep-style line: invalid UTF-8 and NUL
 * bytes become U+FFFD, line breaks and tabs a space (one finding, one line:
 * an address over two lines is shown on one). */
static void
append_shown (GString *out, const char *s, gsize len)
{
  const char *end = s + len;

  while (s < end)
    {
      const char *valid_end;
      const char *run = s;

      g_utf8_validate_len (s, (gsize) (end - s), &valid_end);
      for (; s < valid_end; s++)
        if (*s == '\r' || *s == '\n' || *s == '\t')
          {
            g_string_append_len (out, run, s - run);
            g_string_append_c (out, ' ');
            run = s + 1;
          }
      g_string_append_len (out, run, s - run);
      if (s < end)
        {
          g_string_append (out, "\xef\xbf\xbd");
          s++;
        }
    }
}

/* Appends @len bytes of @s as a JSON string; invalid UTF-8 becomes U+FFFD. */
static void
append_json_string (GString *out, const char *s, gssize len)
{
  const char *end = len < 0 ? s + strlen (s) : s + len;

  g_string_append_c (out, '"');
  while (s < end)
    {
      const char *valid_end;
      const char *run = s;

      g_utf8_validate_len (s, (gsize) (end - s), &valid_end);
      for (; s < valid_end; s++)
        {
          guchar c = (guchar) *s;
          if (c >= 0x20 && c != '"' && c != '\\')
            continue;
          g_string_append_len (out, run, s - run);
          switch (c)
            {
            case '"': g_string_append (out, "\\\""); break;
            case '\\': g_string_append (out, "\\\\"); break;
            case '\n': g_string_append (out, "\\n"); break;
            case '\r': g_string_append (out, "\\r"); break;
            case '\t': g_string_append (out, "\\t"); break;
            default: g_string_append_printf (out, "\\u%04x", c); break;
            }
          run = s + 1;
        }
      g_string_append_len (out, run, s - run);
      if (s < end)
        {
          /* a NUL byte or the first byte of invalid UTF-8 */
          g_string_append (out, *s == '\0' ? "\\u0000" : "\xef\xbf\xbd");
          s++;
        }
    }
  g_string_append_c (out, '"');
}

/* One JSON object per finding, written by hand: a JsonBuilder and
 * JsonGenerator per finding made a findings-dense file five times slower to
 * report than to scan. */
static void
append_json (GString *out, GString *scratch, const char *file, const CgFinding *f,
             const char *value)
{
  gsize n = f->end - f->start;
  static _Thread_local double last_confidence = -1;
  static _Thread_local char confidence[G_ASCII_DTOSTR_BUF_SIZE];

  /* two decimals say all a confidence has to say (json-glib wrote 17) */
  if (f->confidence != last_confidence)
    {
      g_ascii_formatd (confidence, sizeof confidence, "%.2f", f->confidence);
      last_confidence = f->confidence;
    }
  g_string_truncate (scratch, 0);
  cg_mask_value_append (scratch, f->type, value, n);
  g_string_append (out, "{\"file\":");
  g_string_append (out, file);
  g_string_append (out, ",\"type\":\"");
  g_string_append (out, type_name (f));
  g_string_append_printf (
      out, "\",\"start\":%" G_GSIZE_FORMAT ",\"end\":%" G_GSIZE_FORMAT ",\"match\":", f->start,
      f->end);
  append_json_string (out, value, (gssize) n);
  g_string_append (out, ",\"masked\":");
  append_json_string (out, scratch->str, (gssize) scratch->len);
  g_string_append (out, ",\"reason\":");
  append_json_string (out, f->reason, -1);
  g_string_append (out, ",\"confidence\":");
  g_string_append (out, confidence);
  if (f->type == CG_FINDING_CONFIDENTIAL)
    {
      g_string_append (out, ",\"block_kind\":");
      append_json_string (out, cg_block_kind_to_string (f->block_kind), -1);
    }
  g_string_append (out, "}\n");
}

/* One chunk of a file, scanned and formatted in a worker thread; the main
 * thread writes the chunks out in order. */
typedef struct
{
  GBytes *bytes;
  gsize base;        /* file offset of the chunk's first byte */
  gsize report_from; /* file offset of its first new byte */
  const char *file;
  GArray *findings; /* the new ones, in file offsets */
  GString *out;     /* --json and --mask: the chunk's output */
  GString *shown;   /* otherwise: "type: value\n" per finding, in order */
  gboolean done;
} Chunk;

typedef struct
{
  Options *opts;
  const char *file;
  Position pos;
  GQueue pending;     /* Chunk, in input order */
  CgScanCarry *carry; /* what a chunk needs from the chunks before it */
} ScanJob;

/* The scanning threads, shared by all files: large inputs are scanned a
 * chunk per core. */
typedef struct
{
  GThreadPool *pool;
  GMutex lock;
  GCond done;
  guint threads;
} Workers;

static Workers workers;

static void
chunk_free (Chunk *c)
{
  g_bytes_unref (c->bytes);
  if (c->findings != NULL)
    g_array_unref (c->findings);
  if (c->out != NULL)
    g_string_free (c->out, TRUE);
  if (c->shown != NULL)
    g_string_free (c->shown, TRUE);
  g_free (c);
}

/* Everything about a chunk's findings that does not depend on the chunks
 * before it: the masked text, the JSON lines, the values as shown. */
static void
format_chunk (const Options *opts, Chunk *c)
{
  gsize len, base = c->base, report_from = c->report_from;
  const char *text = g_bytes_get_data (c->bytes, &len);
  GArray *findings = c->findings;
  guint first = 0;

  /* Findings that begin in the overlap with the previous chunk (or in the
   * header line put before it) were reported with it. */
  while (first < findings->len
         && base + g_array_index (findings, CgFinding, first).start < report_from)
    first++;
  g_array_remove_range (findings, 0, first);

  if (opts->mask)
    {
      gsize skip = report_from - base, out_len;
      char *masked;

      /* mask the part of the chunk that is new, in its offsets */
      for (guint i = 0; i < findings->len; i++)
        g_array_index (findings, CgFinding, i).start -= skip,
            g_array_index (findings, CgFinding, i).end -= skip;
      masked = cg_mask_text (text + skip, len - skip, (CgFinding *) (void *) findings->data,
                             findings->len, opts->mask_style, &out_len);
      c->out = g_string_new_len (masked, (gssize) out_len);
      g_free (masked);
      return;
    }
  for (guint i = 0; i < findings->len; i++)
    g_array_index (findings, CgFinding, i).start += base,
        g_array_index (findings, CgFinding, i).end += base;
  if (opts->json)
    {
      g_autoptr (GString) name = g_string_new (NULL);
      g_autoptr (GString) scratch = g_string_new (NULL);

      append_json_string (name, c->file, -1);
      c->out = g_string_sized_new (findings->len * 200);
      for (guint i = 0; i < findings->len; i++)
        {
          const CgFinding *f = &g_array_index (findings, CgFinding, i);
          append_json (c->out, scratch, name->str, f, text + (f->start - base));
        }
      return;
    }
  c->shown = g_string_sized_new (findings->len * 24);
  {
    g_autoptr (GString) scratch = g_string_new (NULL);
    for (guint i = 0; i < findings->len; i++)
      {
        const CgFinding *f = &g_array_index (findings, CgFinding, i);
        const char *value = text + (f->start - base);

        g_string_append (c->shown, type_name (f));
        g_string_append (c->shown, ": ");
        if (opts->show)
          append_shown (c->shown, value, f->end - f->start);
        else
          {
            g_string_truncate (scratch, 0);
            cg_mask_value_append (scratch, f->type, value, f->end - f->start);
            append_shown (c->shown, scratch->str, scratch->len);
          }
        g_string_append_c (c->shown, '\n');
      }
  }
}

static void
scan_chunk (gpointer data, gpointer user_data)
{
  Chunk *c = data;
  Options *opts = user_data;
  gsize len;
  const char *text = g_bytes_get_data (c->bytes, &len);

  c->findings = cg_scanner_scan_with_rules (
      opts->scanner, opts->rules, text, len,
      CG_SCAN_KEEP_BUFFERS | (opts->all ? CG_SCAN_INCLUDE_WEAK : CG_SCAN_FLAGS_NONE));
  format_chunk (opts, c);

  g_mutex_lock (&workers.lock);
  c->done = TRUE;
  g_cond_broadcast (&workers.done);
  g_mutex_unlock (&workers.lock);
}

/* Writes a chunk's output; grep-style lines get their line and column here,
 * counted over every chunk before. */
static void
emit (ScanJob *job, Chunk *c)
{
  Options *opts = job->opts;
  gsize len;
  const char *text = g_bytes_get_data (c->bytes, &len);
  g_autofree char *name = NULL;
  const char *shown;

  opts->found |= c->findings->len > 0;
  if (c->out != NULL)
    {
      fwrite (c->out->str, 1, c->out->len, stdout);
      return;
    }
  name = g_utf8_make_valid (job->file, -1);
  shown = c->shown->str;
  for (guint i = 0; i < c->findings->len; i++)
    {
      const CgFinding *f = &g_array_index (c->findings, CgFinding, i);
      const char *next = strchr (shown, '\n') + 1;

      advance (&job->pos, text, c->base, f->start);
      printf ("%s:%" G_GUINT64_FORMAT ":%" G_GSIZE_FORMAT ": %.*s", name, job->pos.line,
              f->start - job->pos.line_start + 1, (int) (next - shown), shown);
      shown = next;
    }
  /* line numbers count on from the chunk's end: the next chunk holds only
   * its own bytes and a few lines before them */
  advance (&job->pos, text, c->base, c->base + len);
}

/* Waits for the oldest chunk and reports it. */
static void
emit_oldest (ScanJob *job)
{
  Chunk *c = g_queue_pop_head (&job->pending);

  g_mutex_lock (&workers.lock);
  while (!c->done)
    g_cond_wait (&workers.done, &workers.lock);
  g_mutex_unlock (&workers.lock);
  emit (job, c);
  chunk_free (c);
}

static void
on_chunk (GBytes *bytes, gsize base, gsize report_from, gpointer user_data)
{
  ScanJob *job = user_data;
  Chunk *c = g_new0 (Chunk, 1);
  gsize len, context_len;
  const char *text = g_bytes_get_data (bytes, &len);
  const char *context = cg_scan_carry_context (job->carry, &context_len);

  /* A chunk inside a long table is preceded by the table's header line, so
   * that its columns are read as in the whole file; offsets before @base
   * are the context's and are never reported. */
  if (context != NULL && context_len + 1 <= base)
    {
      GByteArray *joined = g_byte_array_sized_new ((guint) (context_len + 1 + len));
      g_byte_array_append (joined, (const guint8 *) context, (guint) context_len);
      g_byte_array_append (joined, (const guint8 *) "\n", 1);
      g_byte_array_append (joined, (const guint8 *) text, (guint) len);
      c->bytes = g_byte_array_free_to_bytes (joined);
      c->base = base - context_len - 1;
    }
  else
    {
      c->bytes = g_bytes_ref (bytes);
      c->base = base;
    }
  c->report_from = report_from;
  c->file = job->file;
  cg_scan_carry_feed (job->carry, text + (report_from - base), len - (report_from - base));
  g_queue_push_tail (&job->pending, c);
  g_thread_pool_push (workers.pool, c, NULL);
  /* a chunk per thread under way, and one ready to report */
  while (job->pending.length > workers.threads)
    emit_oldest (job);
}

static gboolean
scan_one (Options *opts, const char *file, GError **error)
{
  ScanJob job = { opts, file, { 0, 1, 0 }, G_QUEUE_INIT, cg_scan_carry_new () };
  gboolean ok = cg_scan_input (file, on_chunk, &job, error);

  while (job.pending.length > 0)
    emit_oldest (&job);
  cg_scan_carry_free (job.carry);
  return ok;
}

static void
start_workers (Options *opts)
{
  workers.threads = CLAMP (g_get_num_processors (), 1, 8);
  g_mutex_init (&workers.lock);
  g_cond_init (&workers.done);
  workers.pool = g_thread_pool_new (scan_chunk, opts, (int) workers.threads, FALSE, NULL);
}

static gboolean
parse_mask_style (const char *name, const char *value, gpointer data, GError **error)
{
  Options *opts = data;

  opts->mask = TRUE;
  if (value == NULL || g_str_equal (value, "stars"))
    opts->mask_style = CG_MASK_STARS;
  else if (g_str_equal (value, "placeholder"))
    opts->mask_style = CG_MASK_PLACEHOLDER;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _ ("Unknown mask style “%s”: use stars or placeholder"), value);
      return FALSE;
    }
  return TRUE;
}

/* GOption gives an optional argument the next word when it does not start
 * with '-', so "--mask report.txt" would read the file name as a style: spell
 * a bare --mask out as --mask=stars before parsing. */
static void
spell_out_bare_mask (int argc, char **argv, GPtrArray *keep)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--mask") || g_str_equal (argv[i], "-m"))
        {
          argv[i] = g_strdup ("--mask=stars");
          g_ptr_array_add (keep, argv[i]);
        }
    }
}

static int
fail (const char *message)
{
  g_printerr ("clipguard-scan: %s\n", message);
  return EXIT_ERROR;
}

int
main (int argc, char **argv)
{
  Options opts = { 0 };
  gboolean version = FALSE;
  g_autofree char *types_arg = NULL;
  g_auto (GStrv) files = NULL;
  CgFindingType types = CG_FINDING_ALL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (CgScanner) scanner = NULL;
  g_autoptr (CgRules) rules = NULL;
  g_auto (GStrv) rule_files = NULL;
  gboolean no_rules = FALSE;
  g_autoptr (GPtrArray) rule_errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) spelled_out = g_ptr_array_new_with_free_func (g_free);
  int status = EXIT_CLEAN;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &opts.json,
      N_ ("One JSON object per finding (JSON Lines)"), NULL },
    { "mask", 'm', G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, parse_mask_style,
      N_ ("Print the input with every finding masked"), N_ ("stars|placeholder") },
    { "types", 't', 0, G_OPTION_ARG_STRING, &types_arg, N_ ("Look only for these types"),
      N_ ("bsn,iban,address") },
    { "show", 's', 0, G_OPTION_ARG_NONE, &opts.show, N_ ("Show found values unmasked"), NULL },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &opts.all,
      N_ ("Also report candidates below the threshold (with --json: see why)"), NULL },
    { "rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &rule_files,
      N_ ("Also use the organisation rules in FILE (repeatable)"), N_ ("FILE") },
    { "no-rules", 0, 0, G_OPTION_ARG_NONE, &no_rules,
      N_ ("Use no rules from the rules.d directories"), NULL },
    { "version", 'V', 0, G_OPTION_ARG_NONE, &version, N_ ("Show the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_ ("[FILE…]") },
    { NULL },
  };
  GOptionGroup *group;

  setlocale (LC_ALL, "");
  /* CLIPGUARD_LOCALEDIR: the build tree's translations (meson devenv, tests). */
  bindtextdomain (SCAN_GETTEXT_PACKAGE,
                  g_getenv ("CLIPGUARD_LOCALEDIR") ? g_getenv ("CLIPGUARD_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (SCAN_GETTEXT_PACKAGE, "UTF-8");
  textdomain (SCAN_GETTEXT_PACKAGE);

  context = g_option_context_new (_ ("— find BSNs, IBANs and Dutch addresses"));
  group = g_option_group_new ("main", "", "", &opts, NULL);
  g_option_group_add_entries (group, entries);
  g_option_group_set_translation_domain (group, SCAN_GETTEXT_PACKAGE);
  g_option_context_set_main_group (context, group);
  g_option_context_set_description (
      context, _ ("Reads standard input when no FILE is given or FILE is -.\n"
                  "Exit status: 0 nothing found, 1 something found, 2 error."));
  spell_out_bare_mask (argc, argv, spelled_out);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail (error->message);
  if (version)
    {
      printf ("clipguard-scan %s\n", PACKAGE_VERSION);
      return EXIT_CLEAN;
    }
  if (types_arg != NULL && !cg_finding_types_parse (types_arg, &types, &error))
    return fail (error->message);

  scanner = cg_scanner_new (types, CG_SCANNER_DEFAULT_THRESHOLD, &error);
  if (scanner == NULL)
    return fail (error->message);
  opts.scanner = scanner;

  /* the organisation's rules (see clipguard-rules(5)): a bad one in the
   * directories is reported and the others are used; a bad --rules file
   * ends the run */
  rules = cg_rules_new ();
  if (!no_rules)
    cg_rules_load_directories (rules, TRUE, rule_errors);
  for (guint i = 0; i < rule_errors->len; i++)
    g_printerr ("clipguard-scan: %s\n", (char *) rule_errors->pdata[i]);
  for (guint i = 0; rule_files != NULL && rule_files[i] != NULL; i++)
    {
      g_ptr_array_set_size (rule_errors, 0);
      if (!cg_rules_load_file (rules, rule_files[i], FALSE, rule_errors))
        {
          for (guint k = 0; k < rule_errors->len; k++)
            g_printerr ("clipguard-scan: %s\n", (char *) rule_errors->pdata[k]);
          return EXIT_ERROR;
        }
    }
  opts.rules = cg_rules_get_n_loaded (rules) > 0 ? rules : NULL;
  start_workers (&opts);

  if (files == NULL || files[0] == NULL)
    {
      g_strfreev (files);
      files = g_strdupv ((char *[]){ (char *) "-", NULL });
    }
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr (GError) file_error = NULL;
      if (!scan_one (&opts, files[i], &file_error))
        {
          fail (file_error->message);
          status = EXIT_ERROR;
        }
    }
  g_thread_pool_free (workers.pool, FALSE, TRUE);
  if (fflush (stdout) != 0)
    return fail (g_strerror (errno));
  if (status == EXIT_ERROR)
    return EXIT_ERROR;
  return opts.found ? EXIT_FOUND : EXIT_CLEAN;
}
