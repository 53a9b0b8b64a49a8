/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-rules.c: organisation rules.  Each rule is a PCRE2 pattern, compiled
 * once in UTF mode (invalid UTF-8 in the text is allowed and never matched)
 * and JIT-compiled where the machine supports it, with optional keywords on
 * the match's line or the line above, a checksum over the match's digits and
 * a confidence on the built-in detectors' scale.
 *
 * Clipboard text is untrusted and rule authors make mistakes: every match
 * runs under PCRE2's match, depth and heap limits, and a scan as a whole
 * under a time budget.  A rule that hits either is skipped for the rest of
 * that scan, with one warning naming the rule (never the text). */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>

#include "clipguard-detectors.h"
#include "cg-keywords.h"
#include "cg-rules.h"
#include "cg-text.h"

#define MATCH_LIMIT 1000000  /* calls of PCRE2's internal match(), per match */
#define DEPTH_LIMIT 10000    /* backtracking depth (interpreter) */
#define HEAP_LIMIT_KIB 16384 /* 16 MB of backtracking memory, per match */
/* all rules together, per scan: 0.5 s and 0.25 s per MB (rules that take
 * longer than 4 MB/s together are not what rules are for) */
#define SCAN_BUDGET_USEC 500000
#define SCAN_BUDGET_USEC_PER_MB 250000
#define MAX_KEYWORDS 64
#define MAX_PATTERN 4096

typedef struct
{
  CgRuleInfo info;
  char *error;
  char *file;
  pcre2_code *code;
  /* Patterns that start a word with digits (\b\d{8}\b and the like): PCRE2
   * would try every digit of the text, and most texts have many.  The scan
   * goes from digit run to digit run instead, skipping runs that are too
   * short or inside a word, and tries the pattern anchored at each. */
  pcre2_code *anchored;  /* NULL: the pattern does not start so */
  gboolean anchored_jit; /* JIT-compiled: matched without pcre2_match()'s checks */
  guint min_digits;      /* the run a match starts with is at least this long */
  char **keywords;       /* ASCII-lowered, NULL for none */
  CgChecksum checksum;
  double confidence;
  int mask; /* -1 or a CgMaskStyle */
} Rule;

struct _CgRules
{
  gatomicrefcount ref_count;
  GPtrArray *rules; /* Rule, loaded or not */
  GPtrArray *info;  /* CgRuleInfo *, into rules */
  pcre2_match_context *match_context;
  /* The keywords of all rules, found in one pass per scan (their IDs are
   * indices in rules).  Built at the first scan: a set of rules does not
   * change once loaded. */
  gsize keywords_once;
  CgKeywordSet *keywords;
};

static void
rule_free (gpointer data)
{
  Rule *r = data;

  g_free (r->error);
  g_free (r->file);
  if (r->code != NULL)
    pcre2_code_free (r->code);
  if (r->anchored != NULL)
    pcre2_code_free (r->anchored);
  g_strfreev (r->keywords);
  g_free (r);
}

CgRules *
cg_rules_new (void)
{
  CgRules *rules = g_new0 (CgRules, 1);

  g_atomic_ref_count_init (&rules->ref_count);
  rules->rules = g_ptr_array_new_with_free_func (rule_free);
  rules->info = g_ptr_array_new ();
  rules->match_context = pcre2_match_context_create (NULL);
  pcre2_set_match_limit (rules->match_context, MATCH_LIMIT);
  pcre2_set_depth_limit (rules->match_context, DEPTH_LIMIT);
  pcre2_set_heap_limit (rules->match_context, HEAP_LIMIT_KIB);
  return rules;
}

CgRules *
cg_rules_ref (CgRules *rules)
{
  g_atomic_ref_count_inc (&rules->ref_count);
  return rules;
}

void
cg_rules_unref (CgRules *rules)
{
  if (rules == NULL || !g_atomic_ref_count_dec (&rules->ref_count))
    return;
  g_ptr_array_unref (rules->info);
  cg_keyword_set_free (rules->keywords);
  g_ptr_array_unref (rules->rules);
  pcre2_match_context_free (rules->match_context);
  g_free (rules);
}

GPtrArray *
cg_rules_get_info (CgRules *rules)
{
  return rules->info;
}

void
cg_rules_disable (CgRules *rules, const char *const *ids)
{
  for (guint i = 0; i < rules->rules->len && ids != NULL; i++)
    {
      Rule *r = rules->rules->pdata[i];
      if (g_strv_contains (ids, r->info.id))
        r->info.enabled = FALSE;
    }
}

guint
cg_rules_get_n_loaded (CgRules *rules)
{
  guint n = 0;

  for (guint i = 0; i < rules->rules->len; i++)
    n += ((Rule *) rules->rules->pdata[i])->code != NULL;
  return n;
}

/* ---- loading -------------------------------------------------------------- */

static gboolean
id_is_valid (const char *id)
{
  if (*id == '\0' || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
      return FALSE;
  /* the built-in types' names stay theirs */
  return cg_finding_type_from_string (id) == 0 && strcmp (id, "rule") != 0;
}

static Rule *
find_rule (CgRules *rules, const char *id)
{
  for (guint i = 0; i < rules->rules->len; i++)
    {
      Rule *r = rules->rules->pdata[i];
      if (strcmp (r->info.id, id) == 0 && r->code != NULL)
        return r;
    }
  return NULL;
}

static gboolean
key_is_known (const char *key)
{
  static const char *const known[]
      = { "Label", "Pattern", "Keywords", "Checksum", "Confidence", "Mask", NULL };
  g_autofree char *base = g_strdup (key);
  char *bracket = strchr (base, '[');

  /* Label[nl] and the like */
  if (bracket != NULL)
    {
      if (strcmp (key + strlen (key) - 1, "]") != 0)
        return FALSE;
      *bracket = '\0';
      return strcmp (base, "Label") == 0;
    }
  return g_strv_contains (known, base);
}

static gboolean
parse_checksum (const char *s, CgChecksum *out)
{
  if (s == NULL || strcmp (s, "none") == 0)
    *out = CG_CHECKSUM_NONE;
  else if (strcmp (s, "11-check") == 0)
    *out = CG_CHECKSUM_11;
  else if (strcmp (s, "luhn") == 0)
    *out = CG_CHECKSUM_LUHN;
  else if (strcmp (s, "mod97") == 0)
    *out = CG_CHECKSUM_MOD97;
  else
    return FALSE;
  return TRUE;
}

/* UTF mode, invalid UTF-8 in the text allowed (and never matched); JIT
 * where the machine has it (*@jit says), the interpreter otherwise, same
 * results. */
static pcre2_code *
compile (const char *pattern, uint32_t options, gboolean *jit, int *error, PCRE2_SIZE *offset)
{
  pcre2_code *code
      = pcre2_compile ((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED,
                       PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | options, error, offset, NULL);
  gboolean compiled = code != NULL && pcre2_jit_compile (code, PCRE2_JIT_COMPLETE) == 0;

  if (jit != NULL)
    *jit = compiled;
  return code;
}

/* The count of @atom (\d or [0-9]) at *@p: its quantifier's least, read
 * strictly (anything unclear counts as 0); *@p goes past it. */
static guint
digit_atom_count (const char **p)
{
  const char *q = *p;
  guint least = 1;

  if (g_str_has_prefix (q, "\\d"))
    q += 2;
  else if (g_str_has_prefix (q, "[0-9]"))
    q += 5;
  else
    return 0;
  if (*q == '{')
    {
      char *end;
      guint64 n;

      if (!g_ascii_isdigit (q[1]))
        return 0; /* {,m}: {0,m} in newer PCRE2 */
      n = g_ascii_strtoull (q + 1, &end, 10);
      if (*end == ',' && g_ascii_isdigit (end[1]))
        g_ascii_strtoull (end + 1, &end, 10);
      else if (*end == ',')
        end++;
      if (*end != '}')
        return 0;
      least = (guint) MIN (n, 64);
      q = end + 1;
    }
  else if (*q == '+')
    q++;
  else if (*q == '?' || *q == '*')
    return 0;
  if (*q == '?' || *q == '+') /* lazy or possessive: the least is the same */
    q++;
  *p = q;
  return least;
}

/* For a pattern that, plainly written, starts a word with digits: how many
 * digits at least (1 or more), else 0.  PCRE2's start bitmap says the first
 * character is always a digit; the text says the match starts at a word
 * boundary (\b first and no alternative anywhere, so it holds for every
 * match); the digit atoms after it say how many. */
static guint
digit_prefix (const char *pattern, const pcre2_code *code)
{
  const guint8 *bitmap = NULL;
  guint32 first_type = 0, first = 0;
  const char *p;
  guint need = 0, n;

  if (!g_str_has_prefix (pattern, "\\b") || strchr (pattern, '|') != NULL)
    return 0;
  pcre2_pattern_info (code, PCRE2_INFO_FIRSTCODETYPE, &first_type);
  if (first_type == 1)
    {
      pcre2_pattern_info (code, PCRE2_INFO_FIRSTCODEUNIT, &first);
      if (!cg_is_digit ((guchar) MIN (first, 255)))
        return 0;
    }
  else
    {
      if (pcre2_pattern_info (code, PCRE2_INFO_FIRSTBITMAP, &bitmap) != 0 || bitmap == NULL)
        return 0;
      for (guint c = 0; c < 256; c++)
        if ((bitmap[c / 8] & (1u << (c % 8))) != 0 && !cg_is_digit ((guchar) c))
          return 0;
    }
  for (p = pattern + 2; (n = digit_atom_count (&p)) > 0;)
    need = MIN (need + n, 64);
  return MAX (need, 1);
}

guint
cg_rules_pattern_digit_prefix (const char *pattern)
{
  int code_error;
  PCRE2_SIZE offset;
  pcre2_code *code = compile (pattern, 0, NULL, &code_error, &offset);
  guint need;

  if (code == NULL)
    return 0;
  need = digit_prefix (pattern, code);
  pcre2_code_free (code);
  return need;
}

/* A label goes into previews, notices and the history's stored values (at
 * most 200 bytes with the masked value): labels are cut to
 * CG_RULE_MAX_LABEL bytes, on a character boundary. */
static void
cut_label (char *label)
{
  gsize len = strlen (label);
  char *end;

  if (len <= CG_RULE_MAX_LABEL)
    return;
  end = g_utf8_find_prev_char (label, label + CG_RULE_MAX_LABEL + 1);
  *(end != NULL ? end : label) = '\0';
}

/* Fills @r from its group; FALSE with r->error set when the rule is bad. */
static gboolean
parse_rule (CgRules *rules, Rule *r, GKeyFile *kf, const char *group, gboolean system)
{
  g_auto (GStrv) keys = g_key_file_get_keys (kf, group, NULL, NULL);
  g_autofree char *pattern = NULL;
  g_autofree char *confidence = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *mask = NULL;
  g_autofree char *label = NULL;
  g_auto (GStrv) keywords = NULL;
  Rule *other;
  int code_error;
  PCRE2_SIZE offset;
  char *end;

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (!key_is_known (keys[i]))
      {
        r->error = g_strdup_printf ("unknown key '%s'", keys[i]);
        return FALSE;
      }
  if ((other = find_rule (rules, r->info.id)) != NULL)
    {
      r->error = other->info.system && !system
                     ? g_strdup_printf ("a rule of your administrator (%s) has this ID; a "
                                        "user rule cannot replace it",
                                        other->file)
                     : g_strdup_printf ("duplicate ID: already defined in %s", other->file);
      return FALSE;
    }
  /* as written: GKeyFile's escapes (\s, \n, \t, \\) would change a regex */
  pattern = g_key_file_get_value (kf, group, "Pattern", NULL);
  if (pattern == NULL || *pattern == '\0')
    {
      r->error = g_strdup ("empty pattern (Pattern= is missing or empty)");
      return FALSE;
    }
  if (strlen (pattern) > MAX_PATTERN)
    {
      r->error = g_strdup_printf ("pattern longer than %d bytes", MAX_PATTERN);
      return FALSE;
    }
  r->confidence = 0.9;
  confidence = g_key_file_get_string (kf, group, "Confidence", NULL);
  if (confidence != NULL)
    {
      r->confidence = g_ascii_strtod (confidence, &end);
      if (end == confidence || *g_strchug (end) != '\0' || !(r->confidence >= 0.0)
          || r->confidence > 1.0)
        {
          r->error = g_strdup_printf ("confidence '%s' is not a number from 0 to 1", confidence);
          return FALSE;
        }
    }
  checksum = g_key_file_get_string (kf, group, "Checksum", NULL);
  if (!parse_checksum (checksum, &r->checksum))
    {
      r->error
          = g_strdup_printf ("unknown checksum '%s' (none, 11-check, luhn or mod97)", checksum);
      return FALSE;
    }
  r->mask = -1;
  mask = g_key_file_get_string (kf, group, "Mask", NULL);
  if (mask != NULL)
    {
      if (strcmp (mask, "stars") == 0)
        r->mask = CG_MASK_STARS;
      else if (strcmp (mask, "placeholder") == 0)
        r->mask = CG_MASK_PLACEHOLDER;
      else
        {
          r->error = g_strdup_printf ("unknown mask '%s' (stars or placeholder)", mask);
          return FALSE;
        }
    }
  keywords = g_key_file_get_string_list (kf, group, "Keywords", NULL, NULL);
  if (keywords != NULL)
    {
      GPtrArray *kept = g_ptr_array_new ();
      for (guint i = 0; keywords[i] != NULL && kept->len < MAX_KEYWORDS; i++)
        {
          char *k = g_strstrip (g_ascii_strdown (keywords[i], -1));
          if (*k != '\0')
            g_ptr_array_add (kept, k);
          else
            g_free (k);
        }
      g_ptr_array_add (kept, NULL);
      r->keywords = (char **) g_ptr_array_free (kept, FALSE);
      if (r->keywords[0] == NULL)
        g_clear_pointer (&r->keywords, g_strfreev);
    }
  label = g_key_file_get_locale_string (kf, group, "Label", NULL, NULL);
  if (label != NULL)
    cut_label (label);
  r->info.label = g_intern_string (label != NULL && *label ? g_strdelimit (label, "\r\n\t:", ' ')
                                                           : r->info.id);
  r->code = compile (pattern, 0, NULL, &code_error, &offset);
  if (r->code == NULL)
    {
      PCRE2_UCHAR message[256];
      pcre2_get_error_message (code_error, message, sizeof message);
      r->error = g_strdup_printf ("pattern error at offset %" G_GSIZE_FORMAT ": %s", (gsize) offset,
                                  (const char *) message);
      return FALSE;
    }
  r->min_digits = digit_prefix (pattern, r->code);
  if (r->min_digits > 0)
    {
      r->anchored = compile (pattern, PCRE2_ANCHORED, &r->anchored_jit, &code_error, &offset);
    }
  r->info.enabled = TRUE;
  return TRUE;
}

gboolean
cg_rules_load_file (CgRules *rules, const char *path, gboolean system, GPtrArray *errors)
{
  g_autoptr (GKeyFile) kf = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) groups = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GHashTable) headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) lines = NULL;
  gsize size;
  gboolean ok = TRUE;

  if (!g_file_get_contents (path, &contents, &size, &error)
      || !g_key_file_load_from_data (kf, contents, size, G_KEY_FILE_NONE, &error))
    {
      if (errors != NULL)
        g_ptr_array_add (errors, g_strdup_printf ("%s: %s", path, error->message));
      return FALSE;
    }
  /* GKeyFile merges a group written twice: count the headers themselves */
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      if (line[0] == '[')
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (headers, line));
          g_hash_table_insert (headers, g_strdup (line), GUINT_TO_POINTER (n + 1));
        }
    }
  groups = g_key_file_get_groups (kf, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *header = g_strdup_printf ("[%s]", groups[i]);
      Rule *r;

      if (!g_str_has_prefix (groups[i], "Rule ") || !id_is_valid (groups[i] + 5))
        {
          if (errors != NULL)
            g_ptr_array_add (errors,
                             g_strdup_printf ("%s: group '%s' is not [Rule ID] with an ID of "
                                              "lower-case letters, digits and '-' (and not bsn, "
                                              "iban, address or rule)",
                                              path, groups[i]));
          ok = FALSE;
          continue;
        }
      r = g_new0 (Rule, 1);
      r->file = g_strdup (path);
      r->info.id = g_intern_string (groups[i] + 5);
      r->info.file = r->file;
      r->info.system = system;
      if (GPOINTER_TO_UINT (g_hash_table_lookup (headers, header)) > 1)
        r->error = g_strdup_printf ("duplicate ID: defined more than once in %s", path);
      if (r->error != NULL || !parse_rule (rules, r, kf, groups[i], system))
        {
          if (r->code != NULL)
            g_clear_pointer (&r->code, pcre2_code_free);
          r->info.label = r->info.label ? r->info.label : r->info.id;
          r->info.error = r->error;
          if (errors != NULL)
            g_ptr_array_add (errors,
                             g_strdup_printf ("%s: rule '%s': %s", path, r->info.id, r->error));
          ok = FALSE;
        }
      g_ptr_array_add (rules->rules, r);
      g_ptr_array_add (rules->info, &r->info);
    }
  return ok;
}

char **
cg_rules_get_directories (gboolean user)
{
  GPtrArray *dirs = g_ptr_array_new ();
  const char *const *system = g_get_system_config_dirs ();

  for (guint i = 0; system[i] != NULL; i++)
    g_ptr_array_add (dirs, g_build_filename (system[i], "clipguard", "rules.d", NULL));
  if (user)
    g_ptr_array_add (dirs,
                     g_build_filename (g_get_user_config_dir (), "clipguard", "rules.d", NULL));
  g_ptr_array_add (dirs, NULL);
  return (char **) g_ptr_array_free (dirs, FALSE);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static void
load_directory (CgRules *rules, const char *dir, gboolean system, GPtrArray *errors)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".rules") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      cg_rules_load_file (rules, path, system, errors);
    }
}

void
cg_rules_load_directories (CgRules *rules, gboolean user, GPtrArray *errors)
{
  g_auto (GStrv) dirs = cg_rules_get_directories (user);
  guint n_system = g_strv_length ((char **) g_get_system_config_dirs ());

  /* system directories first: their rules' IDs are taken before the user's */
  for (guint i = 0; dirs[i] != NULL; i++)
    load_directory (rules, dirs[i], i < n_system, errors);
}

/* ---- checksums ------------------------------------------------------------ */

gboolean
cg_checksum_passes (CgChecksum checksum, const char *digits, gsize len)
{
  switch (checksum)
    {
    case CG_CHECKSUM_NONE: return TRUE;
    case CG_CHECKSUM_11:
      {
        /* weights len..2 and -1 for the last digit: the BSN's for 9 digits */
        long sum = 0;
        if (len < 2)
          return FALSE;
        for (gsize i = 0; i + 1 < len; i++)
          sum += (long) (digits[i] - '0') * (long) (len - i);
        sum -= digits[len - 1] - '0';
        return sum % 11 == 0 && sum != 0;
      }
    case CG_CHECKSUM_LUHN:
      {
        guint sum = 0;
        if (len < 2)
          return FALSE;
        for (gsize i = 0; i < len; i++)
          {
            guint d = (guint) (digits[len - 1 - i] - '0');
            if (i % 2 == 1)
              d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
          }
        return sum % 10 == 0;
      }
    case CG_CHECKSUM_MOD97:
      {
        guint rest = 0;
        if (len < 3)
          return FALSE;
        for (gsize i = 0; i < len; i++)
          rest = (rest * 10 + (guint) (digits[i] - '0')) % 97;
        return rest == 1;
      }
    default: return FALSE;
    }
}

/* ---- matching ------------------------------------------------------------- */

/* How far from a match its keyword may stand on one long line (a clipboard
 * can be one line of megabytes: walking whole lines per match would make a
 * scan quadratic), and how far past a window the text is still read so that
 * \b and $ at its end read as in the whole text. */
#define KEYWORD_REACH 4096
#define WINDOW_MARGIN 256

static gboolean
is_word (guchar c)
{
  return cg_is_word_byte (c) || c >= 0x80;
}

/* A keyword as a whole word (ASCII case folded) on the match's line or the
 * line above, as the BSN's keywords count. */
static const char *
keyword_near (const Rule *r, const char *text, gsize len, gsize start, gsize end)
{
  gsize from = cg_text_line_start (text, start, KEYWORD_REACH);
  gsize to = cg_text_line_end (text, len, end, KEYWORD_REACH);

  if (from > 0 && cg_text_is_line_start (text, from))
    from = cg_text_line_start (text, from - 1, KEYWORD_REACH);
  for (guint k = 0; r->keywords[k] != NULL; k++)
    {
      const char *kw = r->keywords[k];
      gsize n = strlen (kw);

      for (gsize i = from; i + n <= to; i++)
        {
          if (g_ascii_strncasecmp (text + i, kw, n) != 0)
            continue;
          if ((i > 0 && is_word ((guchar) text[i - 1]) && is_word ((guchar) kw[0]))
              || (i + n < len && is_word ((guchar) text[i + n]) && is_word ((guchar) kw[n - 1])))
            continue;
          return kw;
        }
    }
  return NULL;
}

static gboolean
checksum_of_match (const Rule *r, const char *text, gsize start, gsize end)
{
  char digits[128];
  gsize n = 0;

  if (r->checksum == CG_CHECKSUM_NONE)
    return TRUE;
  for (gsize i = start; i < end; i++)
    if (cg_is_digit ((guchar) text[i]))
      {
        if (n == sizeof digits)
          return FALSE;
        digits[n++] = text[i];
      }
  return cg_checksum_passes (r->checksum, digits, n);
}

static const char *
checksum_reason (CgChecksum c)
{
  switch (c)
    {
    case CG_CHECKSUM_11: return "rule pattern + 11-check";
    case CG_CHECKSUM_LUHN: return "rule pattern + luhn";
    case CG_CHECKSUM_MOD97: return "rule pattern + mod97";
    default: return "rule pattern";
    }
}

/* A match of @r at [start, end): kept when its checksum passes and, for a
 * rule with keywords, one is near (or weak matches are asked for).  FALSE
 * when the scan is out of time. */
static gboolean
add_match (const Rule *r, const char *text, gsize len, gsize start, gsize end,
           gboolean include_weak, gint64 deadline, GArray *out)
{
  CgFinding f = { 0 };

  if (g_get_monotonic_time () > deadline)
    {
      g_warning ("Rules stopped on this text: the scan took longer than its budget");
      return FALSE;
    }
  if (!checksum_of_match (r, text, start, end))
    return TRUE;
  f.type = CG_FINDING_RULE;
  f.start = start;
  f.end = end;
  f.confidence = r->confidence;
  f.reason = checksum_reason (r->checksum);
  f.rule = r->info.id;
  f.label = r->info.label;
  f.rule_mask = r->mask;
  if (r->keywords != NULL && keyword_near (r, text, len, start, end) == NULL)
    f.confidence = MIN (f.confidence, 0.2); /* a match without its keyword */
  if (f.confidence >= CG_SCANNER_DEFAULT_THRESHOLD || include_weak)
    g_array_append_val (out, f);
  return TRUE;
}

static gboolean
match_failed (const Rule *r, int rc)
{
  PCRE2_UCHAR message[128];

  pcre2_get_error_message (rc, message, sizeof message);
  g_warning ("Rule '%s' stopped on this text: %s (its pattern backtracks too much; "
             "the other rules go on)",
             r->info.id, (const char *) message);
  return FALSE;
}

/* The matches of a rule whose matches start a word with digits: the pattern
 * tried anchored at each digit run that starts a word (not after an ASCII
 * letter, digit or underscore, as PCRE2's \b) and is long enough. */
static gboolean
match_digit_runs (CgRules *rules, const Rule *r, pcre2_match_data *md, const char *text, gsize len,
                  gboolean include_weak, gint64 deadline, GArray *out)
{
  gsize i = 0;
  guint tried = 0;

  while ((i = cg_text_find_digit (text, len, i)) < len)
    {
      gsize run_end = cg_text_digit_run_end (text, len, i);
      guchar before = i > 0 ? (guchar) text[i - 1] : ' ';
      PCRE2_SIZE *ov;
      int rc;

      if (run_end - i < r->min_digits || cg_is_ascii_alpha (before) || before == '_')
        {
          i = run_end;
          continue;
        }
      if (++tried % 4096 == 0 && g_get_monotonic_time () > deadline)
        {
          g_warning ("Rules stopped on this text: the scan took longer than its budget");
          return FALSE;
        }
      rc = r->anchored_jit
               ? pcre2_jit_match (r->anchored, (PCRE2_SPTR) text, len, i, 0, md,
                                  rules->match_context)
               : pcre2_match (r->anchored, (PCRE2_SPTR) text, len, i, 0, md, rules->match_context);
      if (rc == PCRE2_ERROR_NOMATCH)
        {
          i = run_end;
          continue;
        }
      if (rc < 0)
        return match_failed (r, rc);
      ov = pcre2_get_ovector_pointer (md);
      if (ov[1] > ov[0] && !add_match (r, text, len, ov[0], ov[1], include_weak, deadline, out))
        return FALSE;
      i = MAX (ov[1], run_end);
    }
  return TRUE;
}

/* The matches of @r that start in [from, to) of @text (@len bytes), read up
 * to WINDOW_MARGIN bytes past @to.  FALSE when the rule must stop (PCRE2's
 * limits or the scan's budget). */
static gboolean
match_range (CgRules *rules, const Rule *r, pcre2_match_data *md, const char *text, gsize len,
             gsize from, gsize to, gboolean include_weak, gint64 deadline, GArray *out)
{
  PCRE2_SIZE offset = from;
  gsize subject = MIN (len, to + WINDOW_MARGIN);

  while (offset <= to)
    {
      int rc
          = pcre2_match (r->code, (PCRE2_SPTR) text, subject, offset, 0, md, rules->match_context);
      PCRE2_SIZE *ov;
      gsize start, end;

      if (rc == PCRE2_ERROR_NOMATCH)
        return TRUE;
      if (rc < 0)
        return match_failed (r, rc);
      ov = pcre2_get_ovector_pointer (md);
      start = ov[0];
      end = ov[1];
      if (start >= to && to < len)
        return TRUE; /* past the window: the next window's, if any */
      if (end <= start)
        {
          /* an empty match finds nothing: step on by one character */
          offset = start + 1;
          while (offset < to && ((guchar) text[offset] & 0xC0) == 0x80)
            offset++;
          continue;
        }
      offset = end;
      if (!add_match (r, text, len, start, end, include_weak, deadline, out))
        return FALSE;
    }
  return TRUE;
}

static void
add_hit (guint rule, gsize start, gpointer user_data)
{
  GArray **hits = user_data;

  if (hits[rule] == NULL)
    hits[rule] = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_array_append_val (hits[rule], start);
}

static void
build_keywords (CgRules *rules)
{
  rules->keywords = cg_keyword_set_new ();
  for (guint i = 0; i < rules->rules->len; i++)
    {
      const Rule *r = rules->rules->pdata[i];

      if (r->code == NULL || !r->info.enabled || r->keywords == NULL)
        continue;
      for (guint k = 0; r->keywords[k] != NULL; k++)
        cg_keyword_set_add (rules->keywords, r->keywords[k], i);
    }
  cg_keyword_set_prepare (rules->keywords);
}

static int
by_offset (gconstpointer a, gconstpointer b)
{
  gsize x = *(const gsize *) a, y = *(const gsize *) b;

  return x < y ? -1 : x > y;
}

/* One rule.  @hits: where its keywords are (a keyword rule, not asked for
 * weak matches), or NULL to look everywhere. */
static void
match_rule (CgRules *rules, const Rule *r, const char *text, gsize len, gboolean include_weak,
            GArray *hits, gint64 deadline, GArray *out)
{
  pcre2_match_data *md = pcre2_match_data_create_from_pattern (r->code, NULL);
  gsize window_start = 0, window_end = 0;
  gboolean have_window = FALSE;

  /* without keywords, or asked for the matches without them too: everywhere */
  if (r->keywords == NULL || include_weak)
    {
      if (r->anchored != NULL)
        match_digit_runs (rules, r, md, text, len, include_weak, deadline, out);
      else
        match_range (rules, r, md, text, len, 0, len, include_weak, deadline, out);
      pcre2_match_data_free (md);
      return;
    }
  /* with keywords: their lines and the next, where a match counts (in text
   * order: keywords that overlap may come out of it) */
  if (hits != NULL)
    g_array_sort (hits, by_offset);
  for (guint i = 0; hits != NULL && i <= hits->len; i++)
    {
      gsize ws = 0, we = 0;

      if (i < hits->len)
        {
          gsize at = g_array_index (hits, gsize, i);
          ws = cg_text_line_start (text, at, KEYWORD_REACH);
          we = cg_text_line_end (text, len, at, KEYWORD_REACH);
          if (we < len && cg_text_is_line_end (text, len, we))
            we = cg_text_line_end (text, len, we + 1, KEYWORD_REACH);
          if (have_window && ws <= window_end)
            {
              window_end = MAX (window_end, we);
              continue;
            }
        }
      if (have_window
          && !match_range (rules, r, md, text, len, window_start, window_end, FALSE, deadline, out))
        break;
      window_start = ws;
      window_end = we;
      have_window = TRUE;
    }
  pcre2_match_data_free (md);
}

static int
by_start (gconstpointer a, gconstpointer b)
{
  const CgFinding *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end;
}

GArray *
cg_scanner_scan_with_rules (CgScanner *scanner, CgRules *rules, const char *text, gsize len,
                            CgScanFlags flags)
{
  GArray *findings = cg_scanner_scan (scanner, text, len, flags);
  g_autoptr (GArray) found = NULL;
  GArray **hits;
  gint64 deadline;
  GArray *merged;
  guint b = 0;
  gsize covered = 0;

  if (rules == NULL || rules->rules->len == 0 || len == 0)
    return findings;
  found = g_array_new (FALSE, FALSE, sizeof (CgFinding));
  deadline = g_get_monotonic_time () + SCAN_BUDGET_USEC
             + (gint64) (len / 1048576 + 1) * SCAN_BUDGET_USEC_PER_MB;
  if (g_once_init_enter (&rules->keywords_once))
    {
      build_keywords (rules);
      g_once_init_leave (&rules->keywords_once, 1);
    }
  hits = g_new0 (GArray *, rules->rules->len);
  if ((flags & CG_SCAN_INCLUDE_WEAK) == 0)
    cg_keyword_set_find (rules->keywords, text, len, TRUE, add_hit, hits);
  for (guint i = 0; i < rules->rules->len; i++)
    {
      const Rule *r = rules->rules->pdata[i];
      if (r->code == NULL || !r->info.enabled)
        continue;
      if (g_get_monotonic_time () > deadline)
        {
          g_warning ("Rules stopped on this text: the scan took longer than its budget");
          break;
        }
      match_rule (rules, r, text, len, (flags & CG_SCAN_INCLUDE_WEAK) != 0, hits[i], deadline,
                  found);
    }
  for (guint i = 0; i < rules->rules->len; i++)
    g_clear_pointer (&hits[i], g_array_unref);
  g_free (hits);
  if (found->len == 0)
    return findings;
  g_array_sort (found, by_start);
  /* built-in findings win; among rules, the first and longest */
  merged = g_array_sized_new (FALSE, FALSE, sizeof (CgFinding), findings->len + found->len);
  for (guint i = 0; i < found->len; i++)
    {
      const CgFinding *f = &g_array_index (found, CgFinding, i);
      gboolean overlaps = f->start < covered;

      while (b < findings->len && g_array_index (findings, CgFinding, b).end <= f->start)
        g_array_append_val (merged, g_array_index (findings, CgFinding, b)), b++;
      for (guint k = b; k < findings->len && !overlaps; k++)
        {
          const CgFinding *g = &g_array_index (findings, CgFinding, k);
          if (g->start >= f->end)
            break;
          overlaps = TRUE;
        }
      if (overlaps)
        continue;
      g_array_append_val (merged, *f);
      covered = f->end;
    }
  for (; b < findings->len; b++)
    g_array_append_val (merged, g_array_index (findings, CgFinding, b));
  g_array_unref (findings);
  return merged;
}
