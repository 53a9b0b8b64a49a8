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
  gboolean found;
} Options;

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
  for (gsize i = pos->offset; i < to; i++)
    if (text[i - base] == '\n')
      {
        pos->line++;
        pos->line_start = i + 1;
      }
  pos->offset = MAX (pos->offset, to);
}

static char *
shown_value (const Options *opts, const CgFinding *f, const char *value)
{
  gsize n = f->end - f->start;
  g_autofree char *raw = opts->show ? g_strndup (value, n) : cg_mask_value (f->type, value, n);
  g_autofree char *valid = g_utf8_make_valid (raw, -1);

  /* One finding, one line: an address over two lines is shown on one. */
  return g_strdelimit (g_steal_pointer (&valid), "\r\n\t", ' ');
}

static void
print_json (const char *file, const CgFinding *f, const char *value)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *name = g_utf8_make_valid (file, -1);
  g_autofree char *raw = g_strndup (value, f->end - f->start);
  g_autofree char *match = g_utf8_make_valid (raw, f->end - f->start);
  g_autofree char *masked = cg_mask_value (f->type, value, f->end - f->start);
  g_autofree char *masked_valid = g_utf8_make_valid (masked, -1);
  g_autofree char *line = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "file");
  json_builder_add_string_value (b, name);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, cg_finding_type_to_string (f->type));
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, (gint64) f->start);
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, (gint64) f->end);
  json_builder_set_member_name (b, "match");
  json_builder_add_string_value (b, match);
  json_builder_set_member_name (b, "masked");
  json_builder_add_string_value (b, masked_valid);
  json_builder_set_member_name (b, "reason");
  json_builder_add_string_value (b, f->reason);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  line = json_generator_to_data (gen, NULL);
  /* json-glib writes doubles with 17 digits (0.84999999999999998); two
   * decimals say all a confidence has to say. */
  line[strlen (line) - 1] = '\0';
  printf ("%s,\"confidence\":%s}\n", line,
          g_ascii_formatd (number, sizeof number, "%.2f", f->confidence));
}

/* Reports the findings of one chunk of a file: text holds the file's bytes
 * from offset @base. */
static void
report (Options *opts, const char *file, const char *text, gsize base, const CgFinding *f,
        Position *pos)
{
  const char *value = text + (f->start - base);

  opts->found = TRUE;
  if (opts->json)
    {
      print_json (file, f, value);
      return;
    }
  advance (pos, text, base, f->start);
  {
    g_autofree char *name = g_utf8_make_valid (file, -1);
    g_autofree char *shown = shown_value (opts, f, value);
    printf ("%s:%" G_GUINT64_FORMAT ":%" G_GSIZE_FORMAT ": %s: %s\n", name, pos->line,
            f->start - pos->line_start + 1, cg_finding_type_to_string (f->type), shown);
  }
}

/* One chunk of a file, scanned in a worker thread; its findings are
 * reported in order by the main thread. */
typedef struct
{
  GBytes *bytes;
  gsize base;
  gsize report_from;
  GArray *findings;
  gboolean done;
} Chunk;

typedef struct
{
  Options *opts;
  const char *file;
  Position pos;
  GQueue pending; /* Chunk, in input order */
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
  g_free (c);
}

static void
scan_chunk (gpointer data, gpointer user_data)
{
  Chunk *c = data;
  Options *opts = user_data;
  gsize len;
  const char *text = g_bytes_get_data (c->bytes, &len);
  GArray *findings = cg_scanner_scan (opts->scanner, text, len,
                                      opts->all ? CG_SCAN_INCLUDE_WEAK : CG_SCAN_FLAGS_NONE);

  g_mutex_lock (&workers.lock);
  c->findings = findings;
  c->done = TRUE;
  g_cond_broadcast (&workers.done);
  g_mutex_unlock (&workers.lock);
}

static void
emit (ScanJob *job, Chunk *c)
{
  Options *opts = job->opts;
  GArray *findings = c->findings;
  gsize len, base = c->base, report_from = c->report_from;
  const char *text = g_bytes_get_data (c->bytes, &len);
  guint first = 0;

  /* Findings that begin in the overlap with the previous chunk were reported
   * with it. */
  while (first < findings->len
         && base + g_array_index (findings, CgFinding, first).start < report_from)
    first++;
  for (guint i = first; i < findings->len; i++)
    g_array_index (findings, CgFinding, i).start += base,
        g_array_index (findings, CgFinding, i).end += base;

  if (opts->mask)
    {
      gsize out_len;
      gsize skip = report_from - base;
      g_autofree char *masked = NULL;

      /* Mask the part of the chunk that is new; the findings are relative to it. */
      for (guint i = first; i < findings->len; i++)
        g_array_index (findings, CgFinding, i).start -= report_from,
            g_array_index (findings, CgFinding, i).end -= report_from;
      masked = cg_mask_text (text + skip, len - skip, &g_array_index (findings, CgFinding, first),
                             findings->len - first, opts->mask_style, &out_len);
      fwrite (masked, 1, out_len, stdout);
      opts->found |= findings->len > first;
      return;
    }
  for (guint i = first; i < findings->len; i++)
    report (opts, job->file, text, base, &g_array_index (findings, CgFinding, i), &job->pos);
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

  c->bytes = g_bytes_ref (bytes);
  c->base = base;
  c->report_from = report_from;
  g_queue_push_tail (&job->pending, c);
  g_thread_pool_push (workers.pool, c, NULL);
  /* a chunk per thread under way, and one ready to report */
  while (job->pending.length > workers.threads)
    emit_oldest (job);
}

static gboolean
scan_one (Options *opts, const char *file, GError **error)
{
  ScanJob job = { opts, file, { 0, 1, 0 }, G_QUEUE_INIT };
  gboolean ok = cg_scan_input (file, on_chunk, &job, error);

  while (job.pending.length > 0)
    emit_oldest (&job);
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
