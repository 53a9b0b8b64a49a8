/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rules.c: organisation rules: loading (good, bad, duplicate,
 * directories, a user rule against a system rule), matching with keywords
 * and each checksum, masking with the rule's style, and the bound on a
 * pattern that backtracks without end; rules whose matches start a word
 * with digits, matched from digit run to digit run, find what PCRE2's own
 * search finds. */
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "cg-rules.h"
#include "clipguard-detectors.h"

static char *tmp;

static char *
write_file (const char *dir, const char *name, const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

#define PERSONNEL                            \
  "[Rule personeelsnummer]\n"                \
  "Label=Personnel number\n"                 \
  "Label[nl]=Personeelsnummer\n"             \
  "Pattern=\\bP-\\d{6}\\b\n"                 \
  "Keywords=personeelsnummer;personeelsnr\n" \
  "Checksum=none\n"                          \
  "Confidence=0.9\n"

#define CARD                                       \
  "[Rule klantkaart]\n"                            \
  "Label=Customer card\n"                          \
  "Pattern=\\b\\d{4} ?\\d{4} ?\\d{4} ?\\d{4}\\b\n" \
  "Checksum=luhn\n"                                \
  "Mask=placeholder\n"

static CgRules *
load (const char *text, GPtrArray *errors, gboolean *ok)
{
  g_autofree char *path = write_file (tmp, "test.rules", text);
  CgRules *rules = cg_rules_new ();
  gboolean loaded = cg_rules_load_file (rules, path, TRUE, errors);

  if (ok != NULL)
    *ok = loaded;
  return rules;
}

static GArray *
scan (CgRules *rules, const char *text)
{
  g_autoptr (CgScanner) scanner = cg_scanner_new (CG_FINDING_ALL, 0.5, NULL);
  return cg_scanner_scan_with_rules (scanner, rules, text, strlen (text), CG_SCAN_FLAGS_NONE);
}

static void
test_load_good (void)
{
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  gboolean ok;
  g_autoptr (CgRules) rules = load (PERSONNEL CARD, errors, &ok);
  const CgRuleInfo *info;

  g_assert_true (ok);
  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_cmpuint (cg_rules_get_n_loaded (rules), ==, 2);
  info = cg_rules_get_info (rules)->pdata[0];
  g_assert_cmpstr (info->id, ==, "personeelsnummer");
  g_assert_cmpstr (info->label, ==, "Personnel number"); /* LANGUAGE=C */
  g_assert_null (info->error);
  g_assert_true (info->system);
}

/* Issue 19: a long label (185 bytes and more) made every stored value of its
 * rule too long for "Always allow" and the history. */
static void
test_long_label_is_cut (void)
{
  g_autoptr (GString) text = g_string_new ("[Rule lang]\nPattern=\\bQ-\\d{6}\\b\nLabel=");
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (CgRules) rules = NULL;
  const CgRuleInfo *info;

  /* "é" is two bytes: the cut at 64 falls inside one unless it goes back */
  g_string_append (text, "x");
  for (guint i = 0; i < 100; i++)
    g_string_append (text, "é");
  g_string_append_c (text, '\n');
  rules = load (text->str, errors, NULL);
  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_cmpuint (cg_rules_get_n_loaded (rules), ==, 1);
  info = cg_rules_get_info (rules)->pdata[0];
  g_assert_cmpuint (strlen (info->label), ==, 63);
  g_assert_true (g_utf8_validate (info->label, -1, NULL));
  g_assert_true (g_str_has_prefix (info->label, "xéé"));
}

static void
assert_error (const char *text, const char *rule, const char *reason)
{
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  gboolean ok;
  g_autoptr (CgRules) rules = load (text, errors, &ok);
  g_autofree char *want = g_strdup_printf ("test.rules: rule '%s': %s", rule, reason);

  if (ok || errors->len != 1)
    g_error ("%s: loaded %d with %u errors", rule, ok, errors->len);
  if (strstr (errors->pdata[0], want) == NULL)
    g_error ("error line '%s' lacks '%s'", (char *) errors->pdata[0], want);
  /* the other rules of the file still load */
  g_assert_cmpuint (cg_rules_get_n_loaded (rules), ==, 1);
}

static void
test_load_bad (void)
{
  assert_error (PERSONNEL "[Rule kapot]\nPattern=(ab\n", "kapot",
                "pattern error at offset 3: missing closing parenthesis");
  assert_error (PERSONNEL "[Rule leeg]\nPattern=\n", "leeg", "empty pattern");
  assert_error (PERSONNEL "[Rule x]\nPattern=x\nConfidence=1.5\n", "x",
                "confidence '1.5' is not a number from 0 to 1");
  assert_error (PERSONNEL "[Rule x]\nPattern=x\nConfidence=hoog\n", "x",
                "confidence 'hoog' is not a number from 0 to 1");
  assert_error (PERSONNEL "[Rule x]\nPattern=x\nColour=red\n", "x", "unknown key 'Colour'");
  assert_error (PERSONNEL "[Rule x]\nPattern=x\nChecksum=crc\n", "x", "unknown checksum 'crc'");
  assert_error (PERSONNEL "[Rule x]\nPattern=x\nMask=blur\n", "x", "unknown mask 'blur'");
  assert_error (PERSONNEL CARD PERSONNEL, "personeelsnummer", "duplicate ID");
}

static void
test_load_bad_groups_and_files (void)
{
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (CgRules) rules = cg_rules_new ();
  g_autofree char *bad_id = write_file (tmp, "ids.rules",
                                        "[Rule Hoofdletters]\nPattern=x\n"
                                        "[Rule bsn]\nPattern=x\n[Other]\nA=b\n");
  g_autofree char *not_keyfile = write_file (tmp, "junk.rules", "this is not a key file\n");

  g_assert_false (cg_rules_load_file (rules, bad_id, TRUE, errors));
  g_assert_cmpuint (errors->len, ==, 3);
  g_assert_false (cg_rules_load_file (rules, not_keyfile, TRUE, errors));
  g_assert_cmpuint (errors->len, ==, 4);
  g_assert_nonnull (strstr (errors->pdata[3], "junk.rules: "));
  g_assert_false (cg_rules_load_file (rules, "/nonexistent/x.rules", TRUE, errors));
  g_assert_cmpuint (errors->len, ==, 5);
  g_assert_cmpuint (cg_rules_get_n_loaded (rules), ==, 0);
}

/* System rules from $XDG_CONFIG_DIRS, the user's from $XDG_CONFIG_HOME; a
 * user rule never replaces a system rule; user rules can be left out. */
static void
test_directories_and_override (void)
{
  g_autofree char *sys = g_build_filename (tmp, "xdg", "clipguard", "rules.d", NULL);
  g_autofree char *user = g_build_filename (tmp, "home", "clipguard", "rules.d", NULL);
  g_autofree char *a = write_file (sys, "10-org.rules", PERSONNEL);
  g_autofree char *b = write_file (user, "mine.rules",
                                   "[Rule personeelsnummer]\nPattern=\\d+\n"
                                   "[Rule dossier]\nPattern=\\bD-\\d{5}\\b\n");
  g_autofree char *c = write_file (sys, "ignored.txt", CARD);
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (CgRules) all = cg_rules_new ();
  g_autoptr (CgRules) system_only = cg_rules_new ();
  g_auto (GStrv) dirs = NULL;

  dirs = cg_rules_get_directories (TRUE);
  g_assert_cmpstr (dirs[g_strv_length (dirs) - 1], ==, user);
  cg_rules_load_directories (all, TRUE, errors);
  g_assert_cmpuint (cg_rules_get_n_loaded (all), ==, 2);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_nonnull (strstr (errors->pdata[0], "a user rule cannot replace it"));
  /* the administrator's pattern is the one in force */
  {
    g_autoptr (GArray) f = scan (all, "personeelsnummer: P-123456, 987654321\n");
    g_assert_cmpuint (f->len, ==, 1);
    g_assert_cmpstr (g_array_index (f, CgFinding, 0).rule, ==, "personeelsnummer");
  }
  cg_rules_load_directories (system_only, FALSE, NULL);
  g_assert_cmpuint (cg_rules_get_n_loaded (system_only), ==, 1);
}

static void
test_keywords (void)
{
  g_autoptr (CgRules) rules = load (PERSONNEL, NULL, NULL);
  g_autoptr (GArray) on_line = scan (rules, "Personeelsnummer: P-123456\n");
  g_autoptr (GArray) above = scan (rules, "Personeelsnr.\nP-123456\n");
  g_autoptr (GArray) none = scan (rules, "Bestelling P-123456 is verzonden.\n");
  g_autoptr (GArray) far = scan (rules, "personeelsnummer\n\nanders\nP-123456\n");
  g_autoptr (GArray) part = scan (rules, "oudpersoneelsnummers P-123456\n");
  const CgFinding *f;

  g_assert_cmpuint (on_line->len, ==, 1);
  f = &g_array_index (on_line, CgFinding, 0);
  g_assert_cmpint (f->type, ==, CG_FINDING_RULE);
  g_assert_cmpuint (f->start, ==, 18);
  g_assert_cmpuint (f->end, ==, 26);
  g_assert_cmpstr (f->label, ==, "Personnel number");
  g_assert_cmpuint (above->len, ==, 1);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (far->len, ==, 0);
  g_assert_cmpuint (part->len, ==, 0);
}

static void
test_checksums (void)
{
  /* 11-check: the BSN's for nine digits */
  g_assert_true (cg_checksum_passes (CG_CHECKSUM_11, "123456782", 9));
  g_assert_false (cg_checksum_passes (CG_CHECKSUM_11, "123456781", 9));
  g_assert_true (cg_checksum_passes (CG_CHECKSUM_LUHN, "4111111111111111", 16));
  g_assert_true (cg_checksum_passes (CG_CHECKSUM_LUHN, "79927398713", 11));
  g_assert_false (cg_checksum_passes (CG_CHECKSUM_LUHN, "79927398710", 11));
  /* ISO 7064 MOD 97-10: ABNA0417164300NL91 (NL91ABNA0417164300 rearranged) in digits */
  g_assert_true (cg_checksum_passes (CG_CHECKSUM_MOD97, "101123100417164300232191", 24));
  g_assert_false (cg_checksum_passes (CG_CHECKSUM_MOD97, "101123100417164300232190", 24));
  g_assert_true (cg_checksum_passes (CG_CHECKSUM_NONE, "", 0));
  {
    g_autoptr (CgRules) rules = load (CARD "[Rule zaak]\nPattern=\\bZ\\d{9}\\b\nChecksum=11-check\n"
                                           "[Rule ref]\nPattern=\\bR\\d{24}\\b\nChecksum=mod97\n",
                                      NULL, NULL);
    g_autoptr (GArray) good = scan (rules, "Kaart 4111 1111 1111 1111, zaak Z123456782, "
                                           "ref R101123100417164300232191.\n");
    g_autoptr (GArray) bad = scan (rules, "Kaart 4111 1111 1111 1112, zaak Z123456781, "
                                          "ref R101123100417164300232190.\n");
    g_assert_cmpuint (good->len, ==, 3);
    g_assert_cmpstr (g_array_index (good, CgFinding, 0).rule, ==, "klantkaart");
    g_assert_cmpstr (g_array_index (good, CgFinding, 1).rule, ==, "zaak");
    g_assert_cmpstr (g_array_index (good, CgFinding, 2).rule, ==, "ref");
    g_assert_cmpuint (bad->len, ==, 0);
  }
}

/* A rule's mask style wins over the user's; placeholders are the rule's ID. */
static void
test_masking (void)
{
  g_autoptr (CgRules) rules = load (PERSONNEL CARD, NULL, NULL);
  const char *text = "Personeelsnummer P-123456, kaart 4111 1111 1111 1111, "
                     "BSN 123456782, nogmaals kaart 4111111111111111.\n";
  g_autoptr (GArray) f = scan (rules, text);
  g_autofree char *stars = NULL, *placeholders = NULL;

  g_assert_cmpuint (f->len, ==, 4);
  stars = cg_mask_text (text, strlen (text), (CgFinding *) f->data, f->len, CG_MASK_STARS, NULL);
  g_assert_cmpstr (stars, ==,
                   "Personeelsnummer *-****56, kaart [KLANTKAART-1], BSN *******82, nogmaals "
                   "kaart [KLANTKAART-1].\n");
  placeholders = cg_mask_text (text, strlen (text), (CgFinding *) f->data, f->len,
                               CG_MASK_PLACEHOLDER, NULL);
  g_assert_cmpstr (placeholders, ==,
                   "Personeelsnummer [PERSONEELSNUMMER-1], kaart [KLANTKAART-1], BSN [BSN-1], "
                   "nogmaals kaart [KLANTKAART-1].\n");
}

/* A pattern is taken as written: GKeyFile's escapes (\s is a space there)
 * do not apply to it. */
static void
test_pattern_as_written (void)
{
  g_autoptr (CgRules) rules = load ("[Rule dossier]\nPattern=\\bdossier\\s\\d{4}\\b\n", NULL, NULL);
  g_autoptr (GArray) tab = scan (rules, "zie dossier\t4821 en dossier\\s1234\n");

  g_assert_cmpuint (tab->len, ==, 1);
  g_assert_cmpuint (g_array_index (tab, CgFinding, 0).start, ==, 4);
}

/* A rule switched off (disabled-rules) finds nothing; the others do. */
static void
test_disable (void)
{
  g_autoptr (CgRules) rules = load (PERSONNEL CARD, NULL, NULL);
  const char *const off[] = { "personeelsnummer", NULL };
  g_autoptr (GArray) f = NULL;

  cg_rules_disable (rules, off);
  g_assert_false (((CgRuleInfo *) cg_rules_get_info (rules)->pdata[0])->enabled);
  g_assert_true (((CgRuleInfo *) cg_rules_get_info (rules)->pdata[1])->enabled);
  f = scan (rules, "Personeelsnummer P-123456, kaart 4111 1111 1111 1111\n");
  g_assert_cmpuint (f->len, ==, 1);
  g_assert_cmpstr (g_array_index (f, CgFinding, 0).rule, ==, "klantkaart");
}

/* A rule never takes a built-in finding's place. */
static void
test_built_in_wins (void)
{
  g_autoptr (CgRules) rules = load ("[Rule negen]\nPattern=\\d{9}\n", NULL, NULL);
  g_autoptr (GArray) f = scan (rules, "BSN 123456782 en 555666777\n");

  g_assert_cmpuint (f->len, ==, 2);
  g_assert_cmpint (g_array_index (f, CgFinding, 0).type, ==, CG_FINDING_BSN);
  g_assert_cmpint (g_array_index (f, CgFinding, 1).type, ==, CG_FINDING_RULE);
}

/* (a+)+$ over 1 MB of 'a' and a '!': catastrophic backtracking, bounded. */
static void
test_hostile_pattern_is_bounded (void)
{
  g_autoptr (CgRules) rules = load ("[Rule slecht]\nPattern=(a+)+$\n" PERSONNEL, NULL, NULL);
  gsize n = 1 << 20;
  g_autofree char *text = g_malloc (n + 32);
  gint64 t0;
  g_autoptr (GArray) f = NULL;

  memset (text, 'a', n);
  strcpy (text + n, "!\npersoneelsnummer P-123456\n");
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*Rule*slecht*");
  t0 = g_get_monotonic_time ();
  f = scan (rules, text);
  g_test_assert_expected_messages ();
  g_test_message ("(a+)+$ over 1 MB: %.3f s", (g_get_monotonic_time () - t0) / 1e6);
  g_assert_cmpint (g_get_monotonic_time () - t0, <, G_USEC_PER_SEC);
  /* the other rules still ran */
  g_assert_cmpuint (f->len, ==, 1);
  g_assert_cmpstr (g_array_index (f, CgFinding, 0).rule, ==, "personeelsnummer");
}

/* One line of megabytes (minified JSON) full of matches: keywords are looked
 * for near each match, not on the whole line, so the scan stays linear. */
static void
test_long_line (void)
{
  g_autoptr (CgRules) rules = load (PERSONNEL, NULL, NULL);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GArray) f = NULL;
  gint64 t0;

  while (text->len < (4u << 20))
    g_string_append (text, "{\"personeelsnummer\":\"P-123456\",\"afdeling\":\"inkoop\"},");
  t0 = g_get_monotonic_time ();
  f = scan (rules, text->str);
  g_test_message ("4 MB on one line: %.3f s", (g_get_monotonic_time () - t0) / 1e6);
  g_assert_cmpuint (f->len, >, 60000);
  /* a hang guard, not a speed goal (bench/ has those) */
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 10 * G_USEC_PER_SEC);
}

/* Any bytes: invalid UTF-8 never crashes a UTF-mode pattern. */
static void
test_invalid_utf8 (void)
{
  g_autoptr (CgRules) rules = load (PERSONNEL "[Rule woord]\nPattern=\\w+é\n", NULL, NULL);
  const char text[] = "personeelsnummer \xff\xfe P-123456 \xc3 caf\xc3\xa9 \xe2\x82";
  g_autoptr (GArray) f = scan (rules, text);

  g_assert_cmpuint (f->len, ==, 2);
}

static void
test_digit_prefix (void)
{
  const struct
  {
    const char *pattern;
    guint need;
  } cases[] = {
    { "\\b\\d{4} ?\\d{4} ?\\d{4} ?\\d{4}\\b", 4 },
    { "\\b\\d{8}\\b", 8 },
    { "\\b\\d{3}\\.\\d{3}\\.\\d{3}\\b", 3 },
    { "\\b\\d{2}\\d{3}", 5 },
    { "\\b[0-9]{8}+", 8 },
    { "\\b\\d{4,}", 4 },
    { "\\b\\d{4,6}?x", 4 },
    { "\\b\\d+\\b", 1 },
    { "\\b\\d?\\d{3}", 1 },     /* an optional digit: the count stops there */
    { "\\b\\d{,4}x", 1 },       /* {,4}: {0,4} in newer PCRE2, literal in older */
    { "\\b7\\d{2}", 1 },        /* a digit as written */
    { "\\b\\d{8}\\b|\\bx", 0 }, /* an alternative: not every match starts so */
    { "\\b\\d{8}|\\d{9}", 0 },
    { "\\bP-\\d{6}\\b", 0 }, /* starts with a letter */
    { "\\b\\w\\d{6}", 0 },   /* may start with a letter */
    { "\\d{8}\\b", 0 },      /* not at a word boundary */
    { "(?i)\\b\\d{8}", 0 },
    { "(?:\\b\\d{8})", 0 },
    { "\\b(\\d{8}", 0 }, /* does not compile */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint got = cg_rules_pattern_digit_prefix (cases[i].pattern);
      if (got != cases[i].need)
        g_error ("%s: %u, not %u", cases[i].pattern, got, cases[i].need);
    }
}

static GArray *
scan_flags (CgRules *rules, const char *text, gsize len, CgScanFlags flags)
{
  g_autoptr (CgScanner) scanner = cg_scanner_new (CG_FINDING_ALL, 0.5, NULL);
  return cg_scanner_scan_with_rules (scanner, rules, text, len, flags);
}

/* Each pattern as written (matched from digit run to digit run) and inside
 * a group (PCRE2's own search) find the same in random digit-heavy text. */
static void
test_digit_runs (void)
{
  static const char *const patterns[] = {
    "\\b\\d{4} ?\\d{4} ?\\d{4} ?\\d{4}\\b",
    "\\b\\d{8}\\b",
    "\\b\\d{3}\\.\\d{3}\\b",
    "\\b\\d+\\b",
    "\\b\\d{2,}[A-Z]",
    "\\b\\d{4,6}?x",
    "\\b\\d\\d?\\d{2}",
    "\\b\\d{4}\\K\\d{2}",
    "\\b[0-9]{3}-[0-9]{2}",
    "\\b7\\d{2}",
    "\\b\\d{2}\\b",
  };
  static const char *const pieces[]
      = { "0", "1", "2", "3", "4", "5", "6", "7", "8",  "9", "0",   "1",
          "7", " ", "x", "A", "_", "é", ".", "-", "\n", "Z", "\xff" };
  GRand *rand = g_rand_new_with_seed (29112026);
  guint found = 0;

  for (guint p = 0; p < G_N_ELEMENTS (patterns); p++)
    {
      g_autofree char *plain = g_strdup_printf ("[Rule n]\nPattern=%s\n", patterns[p]);
      g_autofree char *grouped = g_strdup_printf ("[Rule n]\nPattern=(?:%s)\n", patterns[p]);
      g_autoptr (CgRules) runs = load (plain, NULL, NULL);
      g_autoptr (CgRules) search = load (grouped, NULL, NULL);

      g_assert_cmpuint (cg_rules_pattern_digit_prefix (patterns[p]), >, 0);
      g_assert_cmpuint (cg_rules_get_n_loaded (runs), ==, 1);
      g_assert_cmpuint (cg_rules_get_n_loaded (search), ==, 1);
      for (guint round = 0; round < 60; round++)
        {
          g_autoptr (GString) text = g_string_new (NULL);
          gsize want = g_rand_int_range (rand, 0, 400);

          while (text->len < want)
            g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
          for (int weak = 0; weak < 2; weak++)
            {
              CgScanFlags flags = weak ? CG_SCAN_INCLUDE_WEAK : CG_SCAN_FLAGS_NONE;
              g_autoptr (GArray) a = scan_flags (runs, text->str, text->len, flags);
              g_autoptr (GArray) b = scan_flags (search, text->str, text->len, flags);

              g_assert_cmpuint (a->len, ==, b->len);
              for (guint i = 0; i < a->len; i++)
                {
                  const CgFinding *x = &g_array_index (a, CgFinding, i);
                  const CgFinding *y = &g_array_index (b, CgFinding, i);
                  g_assert_cmpuint (x->start, ==, y->start);
                  g_assert_cmpuint (x->end, ==, y->end);
                  g_assert_cmpint (x->type, ==, y->type);
                  found += x->type == CG_FINDING_RULE;
                }
            }
        }
    }
  /* the texts do hold matches */
  g_assert_cmpuint (found, >, 1000);
  g_rand_free (rand);
}

int
main (int argc, char **argv)
{
  g_autofree char *xdg = NULL, *home = NULL;
  int rc;

  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  tmp = g_dir_make_tmp ("clipguard-rules-XXXXXX", NULL);
  xdg = g_build_filename (tmp, "xdg", NULL);
  home = g_build_filename (tmp, "home", NULL);
  g_setenv ("XDG_CONFIG_DIRS", xdg, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_test_add_func ("/rules/load-good", test_load_good);
  g_test_add_func ("/rules/load-bad", test_load_bad);
  g_test_add_func ("/rules/long-label-is-cut", test_long_label_is_cut);
  g_test_add_func ("/rules/load-bad-groups-and-files", test_load_bad_groups_and_files);
  g_test_add_func ("/rules/directories-and-override", test_directories_and_override);
  g_test_add_func ("/rules/keywords", test_keywords);
  g_test_add_func ("/rules/checksums", test_checksums);
  g_test_add_func ("/rules/masking", test_masking);
  g_test_add_func ("/rules/built-in-wins", test_built_in_wins);
  g_test_add_func ("/rules/disable", test_disable);
  g_test_add_func ("/rules/pattern-as-written", test_pattern_as_written);
  g_test_add_func ("/rules/hostile-pattern-is-bounded", test_hostile_pattern_is_bounded);
  g_test_add_func ("/rules/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/rules/long-line", test_long_line);
  g_test_add_func ("/rules/digit-prefix", test_digit_prefix);
  g_test_add_func ("/rules/digit-runs", test_digit_runs);
  rc = g_test_run ();
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmp);
    if (system (cmd) != 0)
      g_printerr ("could not remove %s\n", tmp);
  }
  return rc;
}
