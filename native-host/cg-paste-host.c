/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-paste-host.c: the native host's answers to the browser extension.
 *
 * Messages from the extension are untrusted input like the clipboard: any
 * bytes, any size (the framing caps it), any JSON.  A message that is not
 * what the protocol says gets an error answer naming what was wrong, never
 * echoing it.  Everything after the scan is linear in the number of values:
 * one pass groups them (CgValues), one hashes them, one converts offsets. */
#include "config.h"

#include "cg-paste-host.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cg-flat-json.h"
#include "cg-summary.h"

#define PROTOCOL_VERSION 1
/* what a part of a result may fill before the next part begins */
#define PART_BUDGET (CG_PASTE_HOST_MAX_REPLY - 64 * 1024)
/* a replacement longer than this is sent as null: the extension writes as
 * many stars (only an organisation rule's very long match comes near it) */
#define MAX_REPLACEMENT (64 * 1024)
#define PREVIEW_VALUES 3
/* values listed for the history, and remembered after "Paste as is" */
#define MAX_REPORTED 1000
#define MAX_REMEMBERED 10000
#define MAX_PENDING 16
/* the protocol's messages nest three deep; anything deeper is not one */
#define MAX_DEPTH 16
/* JavaScript's Number.MAX_SAFE_INTEGER */
#define MAX_ID G_GINT64_CONSTANT (9007199254740991)

typedef struct
{
  gint64 id;
  char *site;
  guint counts[5];   /* bsn, iban, address, rule, confidential */
  GPtrArray *values; /* "TYPE:HASH:LABEL" of the first MAX_REPORTED, NULL-terminated */
  GPtrArray *hashes; /* of the first MAX_REMEMBERED values */
} Pending;

struct _CgPasteHost
{
  CgPasteSend send;
  gpointer send_data;
  CgPasteConfig config; /* owned copies */
  gboolean have_config;
  CgPasteLink link;
  gboolean have_link;
  CgAllowList *allow;
  gboolean said_hello;
  char *language;
  GQueue pending;     /* Pending, newest last */
  GHashTable *as_is;  /* "SITE HASH" pasted as is, while the host runs */
  GQueue as_is_order; /* the same keys, oldest first */
};

static void
pending_free (Pending *p)
{
  g_free (p->site);
  g_ptr_array_unref (p->values);
  g_ptr_array_unref (p->hashes);
  g_free (p);
}

static void
config_clear (CgPasteConfig *c)
{
  g_clear_pointer (&c->scanner, cg_scanner_unref);
  g_clear_pointer (&c->rules, cg_rules_unref);
  g_clear_pointer (&c->sites, g_strfreev);
  g_clear_pointer ((char **) &c->problem, g_free);
}

CgPasteHost *
cg_paste_host_new (CgPasteSend send, gpointer user_data)
{
  CgPasteHost *h = g_new0 (CgPasteHost, 1);

  h->send = send;
  h->send_data = user_data;
  g_queue_init (&h->pending);
  g_queue_init (&h->as_is_order);
  h->as_is = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return h;
}

void
cg_paste_host_free (CgPasteHost *h)
{
  if (h == NULL)
    return;
  config_clear (&h->config);
  g_clear_object (&h->allow);
  g_queue_clear_full (&h->pending, (GDestroyNotify) pending_free);
  g_queue_clear (&h->as_is_order);
  g_hash_table_unref (h->as_is);
  g_free (h->language);
  g_free (h);
}

/* ---- writing JSON ---------------------------------------------------------- */

/* A JSON string of @s (@len bytes of UTF-8; anything else becomes U+FFFD). */
static void
append_string (GString *out, const char *s, gsize len)
{
  const char *end = s + len;

  g_string_append_c (out, '"');
  while (s < end)
    {
      guchar c = (guchar) *s;
      gunichar u;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
          s++;
        }
      else if (c < 0x20)
        {
          g_string_append_printf (out, "\\u%04x", c);
          s++;
        }
      else if (c < 0x80)
        {
          g_string_append_c (out, (char) c);
          s++;
        }
      else if ((u = g_utf8_get_char_validated (s, end - s)) < 0x110000)
        {
          const char *next = g_utf8_next_char (s);
          g_string_append_len (out, s, next - s);
          s = next;
        }
      else
        {
          g_string_append (out, "\xef\xbf\xbd");
          s++;
        }
    }
  g_string_append_c (out, '"');
}

static void
append_cstring (GString *out, const char *s)
{
  append_string (out, s, strlen (s));
}

static void
send_string (CgPasteHost *h, GString *out)
{
  g_assert (out->len <= CG_PASTE_HOST_MAX_REPLY);
  h->send (out->str, out->len, h->send_data);
}

static void
send_error (CgPasteHost *h, gint64 id, const char *error)
{
  g_autoptr (GString) out = g_string_new ("{\"type\":\"error\",\"id\":");

  if (id >= 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, id);
  else
    g_string_append (out, "null");
  g_string_append (out, ",\"error\":");
  append_cstring (out, error);
  g_string_append_c (out, '}');
  send_string (h, out);
}

static const char *
scope_name (CgBrowserScope scope)
{
  return scope == CG_BROWSER_SCOPE_ALL_SITES ? "all-sites" : "listed-sites";
}

static const char *
action_name (CgBrowserAction action)
{
  switch (action)
    {
    case CG_BROWSER_ACTION_MASK: return "mask";
    case CG_BROWSER_ACTION_BLOCK: return "block";
    default: return "warn";
    }
}

static gboolean
is_paused (const CgPasteConfig *c)
{
  return c->paused_until == -1
         || (c->paused_until > 0 && c->paused_until > g_get_real_time () / G_USEC_PER_SEC);
}

static void
send_config (CgPasteHost *h)
{
  const CgPasteConfig *c = &h->config;
  g_autoptr (GString) out = g_string_new (NULL);

  g_string_append_printf (out, "{\"type\":\"config\",\"version\":%d,\"sites\":[", PROTOCOL_VERSION);
  for (guint i = 0; c->sites != NULL && c->sites[i] != NULL; i++)
    {
      /* a site list longer than a message can hold is cut, never sent whole */
      if (out->len > PART_BUDGET / 2)
        break;
      if (i > 0)
        g_string_append_c (out, ',');
      append_cstring (out, c->sites[i]);
    }
  g_string_append_printf (
      out,
      "],\"scope\":\"%s\",\"action\":\"%s\",\"paused\":%s,\"pausedUntil\":%" G_GINT64_FORMAT
      ",\"guard\":%s,\"limit\":%" G_GSIZE_FORMAT ",\"maskStyle\":\"%s\"",
      scope_name (c->scope), action_name (c->action), is_paused (c) ? "true" : "false",
      c->paused_until, c->guard ? "true" : "false", c->size_limit,
      c->mask_style == CG_MASK_PLACEHOLDER ? "placeholder" : "stars");
  if (c->problem != NULL)
    {
      g_string_append (out, ",\"problem\":");
      append_cstring (out, c->problem);
    }
  g_string_append_c (out, '}');
  send_string (h, out);
}

/* ---- configuration --------------------------------------------------------- */

/* A host name covers itself and its subdomains. */
static gboolean
host_matches (const char *host_name, const char *site)
{
  gsize n = strlen (host_name), m = strlen (site);

  if (m == 0 || m > n)
    return FALSE;
  if (g_ascii_strcasecmp (host_name + n - m, site) != 0)
    return FALSE;
  return n == m || host_name[n - m - 1] == '.';
}

gboolean
cg_paste_config_guards (const CgPasteConfig *c, const char *host_name)
{
  if (c->scope == CG_BROWSER_SCOPE_ALL_SITES)
    return TRUE;
  for (guint i = 0; c->sites != NULL && c->sites[i] != NULL; i++)
    if (host_matches (host_name, c->sites[i]))
      return TRUE;
  return FALSE;
}

void
cg_paste_host_set_config (CgPasteHost *h, const CgPasteConfig *config)
{
  config_clear (&h->config);
  h->config = *config;
  h->config.scanner = config->scanner ? cg_scanner_ref (config->scanner) : NULL;
  h->config.rules = config->rules ? cg_rules_ref (config->rules) : NULL;
  h->config.sites = g_strdupv (config->sites);
  h->config.problem = g_strdup (config->problem);
  h->have_config = TRUE;
  if (h->said_hello)
    send_config (h);
}

void
cg_paste_host_set_link (CgPasteHost *h, const CgPasteLink *link)
{
  h->have_link = link != NULL;
  if (link != NULL)
    h->link = *link;
}

void
cg_paste_host_set_allow_list (CgPasteHost *h, CgAllowList *allow)
{
  g_set_object (&h->allow, allow);
}

const char *
cg_paste_host_get_language (CgPasteHost *h)
{
  return h->language;
}

/* ---- checking a paste -------------------------------------------------------- */

static char *
as_is_key (const char *site, const char *hash)
{
  return g_strconcat (site, " ", hash, NULL);
}

static guint
count_slot (CgFindingType type)
{
  switch (type)
    {
    case CG_FINDING_BSN: return 0;
    case CG_FINDING_IBAN: return 1;
    case CG_FINDING_RULE: return 3;
    case CG_FINDING_CONFIDENTIAL: return 4;
    default: return 2;
    }
}

/* Which values need not be asked about: allowed always, or pasted as is on
 * the site before (by the guard's word, when one runs, and the host's own
 * memory). */
static gboolean *
known_values (CgPasteHost *h, const char *site, GPtrArray *hashes)
{
  gboolean *known = g_new0 (gboolean, MAX (hashes->len, 1));
  gboolean asked = FALSE;

  if (hashes->len == 0)
    return known;
  if (h->have_link && h->config.guard)
    asked = h->link.check_values (h->link.data, site, (const char *const *) hashes->pdata,
                                  hashes->len, known);
  for (guint i = 0; i < hashes->len; i++)
    {
      g_autofree char *key = as_is_key (site, hashes->pdata[i]);
      if (!asked && h->allow != NULL && cg_allow_list_allows_always (h->allow, hashes->pdata[i]))
        known[i] = TRUE;
      if (g_hash_table_contains (h->as_is, key))
        known[i] = TRUE;
    }
  return known;
}

/* UTF-16 code units of @text up to each finding's start and end: findings
 * are sorted and disjoint, so one walk does all. */
static void
utf16_offsets (const char *text, gsize len, const CgFinding *f, guint n, guint64 *starts,
               guint64 *ends)
{
  gsize pos = 0;
  guint64 units = 0;

  for (guint i = 0; i < 2 * n; i++)
    {
      gsize target = (i % 2 == 0) ? f[i / 2].start : f[i / 2].end;
      while (pos < target && pos < len)
        {
          guchar c = (guchar) text[pos];
          gsize step = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          units += step == 4 ? 2 : 1;
          pos += step;
        }
      if (i % 2 == 0)
        starts[i / 2] = units;
      else
        ends[i / 2] = units;
    }
}

static void
append_preview (GString *out, CgScanner *places, const char *text, const CgFinding *f,
                const guint *parts, guint n_parts)
{
  const CgFinding *first = &f[parts[0]];

  g_string_append (out, "{\"type\":");
  append_cstring (out, cg_finding_type_to_string (first->type));
  if (first->type == CG_FINDING_CONFIDENTIAL)
    {
      /* what the block is, never its words or figures */
      g_string_append (out, ",\"kind\":");
      append_cstring (out, cg_block_kind_to_string (first->block_kind));
    }
  else if (first->type == CG_FINDING_ADDRESS)
    {
      for (guint k = 0; places != NULL && k < n_parts; k++)
        {
          g_autofree char *place = cg_scanner_address_place (places, text + f[parts[k]].start,
                                                             f[parts[k]].end - f[parts[k]].start);
          if (place != NULL)
            {
              g_string_append (out, ",\"place\":");
              append_cstring (out, place);
              break;
            }
        }
    }
  else
    {
      GString *masked = g_string_new (NULL);
      for (guint k = 0; k < n_parts; k++)
        {
          if (k > 0)
            g_string_append (masked, ", ");
          cg_mask_value_append (masked, f[parts[k]].type, text + f[parts[k]].start,
                                f[parts[k]].end - f[parts[k]].start);
        }
      g_string_append (out, ",\"text\":");
      append_string (out, masked->str, MIN (masked->len, 200));
      g_string_free (masked, TRUE);
    }
  if (first->type == CG_FINDING_RULE)
    {
      g_string_append (out, ",\"label\":");
      append_cstring (out, first->label);
    }
  g_string_append_c (out, '}');
}

static void
append_counts (GString *out, const guint counts[5])
{
  g_string_append_printf (out,
                          "\"counts\":{\"bsn\":%u,\"iban\":%u,\"address\":%u,\"rule\":%u,"
                          "\"confidential\":%u}",
                          counts[0], counts[1], counts[2], counts[3], counts[4]);
}

static void
send_simple_result (CgPasteHost *h, gint64 id, const char *fields)
{
  g_autoptr (GString) out = g_string_new (NULL);

  g_string_append_printf (out,
                          "{\"type\":\"result\",\"id\":%" G_GINT64_FORMAT ",\"part\":0,"
                          "\"last\":true,%s,\"findings\":[]}",
                          id, fields);
  send_string (h, out);
}

/* The different values of a paste, for the guard's placeholders (more than
 * the guard remembers get the paste's own numbers). */
#define MAX_SESSION_VALUES 10000

/* The different values of a paste, for the guard's placeholders. */
typedef struct
{
  GHashTable *index; /* identity -> position + 1 */
  GArray *types;
  GPtrArray *rules, *identities, *values;
  char **placeholders; /* the guard's answer, in the same order */
} SessionValues;

static void
collect_value (GString *out, const CgFinding *f, const char *identity, const char *value,
               gsize value_len, gpointer user_data)
{
  SessionValues *sv = user_data;

  if (g_hash_table_contains (sv->index, identity))
    return;
  g_hash_table_insert (sv->index, g_strdup (identity), GUINT_TO_POINTER (sv->types->len + 1));
  g_array_append_val (sv->types, f->type);
  g_ptr_array_add (sv->rules, (gpointer) (f->type == CG_FINDING_RULE ? f->rule : NULL));
  g_ptr_array_add (sv->identities, g_strdup (identity));
  g_ptr_array_add (sv->values, g_strndup (value, value_len));
}

static void
append_session_placeholder (GString *out, const CgFinding *f, const char *identity,
                            const char *value, gsize value_len, gpointer user_data)
{
  SessionValues *sv = user_data;
  guint at = GPOINTER_TO_UINT (g_hash_table_lookup (sv->index, identity));

  g_assert (at > 0);
  g_string_append (out, sv->placeholders[at - 1]);
}

/* With placeholders and a guard: the session's, as a copy's Mask gives them
 * (so that Restore turns a chatbot's answer back), else NULL. */
static char **
session_replacements (CgPasteHost *h, const char *site, const char *text, gsize len,
                      const CgFinding *f, guint n)
{
  SessionValues sv = { 0 };
  char **replacements = NULL;

  if (h->config.mask_style != CG_MASK_PLACEHOLDER || !h->have_link || !h->config.guard
      || h->link.placeholders == NULL || n == 0)
    return NULL;
  sv.index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sv.types = g_array_new (FALSE, FALSE, sizeof (CgFindingType));
  sv.rules = g_ptr_array_new ();
  sv.identities = g_ptr_array_new_with_free_func (g_free);
  sv.values = g_ptr_array_new_with_free_func (g_free);
  g_strfreev (
      cg_mask_replacements_numbered (text, len, f, n, CG_MASK_PLACEHOLDER, collect_value, &sv));
  if (sv.types->len <= MAX_SESSION_VALUES)
    sv.placeholders = h->link.placeholders (
        h->link.data, site, (const CgFindingType *) (void *) sv.types->data,
        (const char *const *) sv.rules->pdata, (const char *const *) sv.identities->pdata,
        (const char *const *) sv.values->pdata, sv.types->len);
  if (sv.placeholders != NULL && g_strv_length (sv.placeholders) == sv.types->len)
    replacements = cg_mask_replacements_numbered (text, len, f, n, CG_MASK_PLACEHOLDER,
                                                  append_session_placeholder, &sv);
  g_strfreev (sv.placeholders);
  g_hash_table_unref (sv.index);
  g_array_unref (sv.types);
  g_ptr_array_unref (sv.rules);
  g_ptr_array_unref (sv.identities);
  g_ptr_array_unref (sv.values);
  return replacements;
}

/* The answer: the summary in its first part, the findings in as many parts
 * as they need. */
static void
send_findings (CgPasteHost *h, gint64 id, const char *site, const char *text, gsize len,
               GArray *kept, GString *head)
{
  const CgFinding *f = (const CgFinding *) kept->data;
  g_auto (GStrv) replacements = session_replacements (h, site, text, len, f, kept->len);
  g_autofree guint64 *starts = g_new (guint64, MAX (kept->len, 1));
  g_autofree guint64 *ends = g_new (guint64, MAX (kept->len, 1));
  g_autoptr (GString) out = g_string_new (head->str);
  GString *entry = g_string_new (NULL);
  guint part = 0;

  if (replacements == NULL)
    replacements = cg_mask_replacements (text, len, f, kept->len, h->config.mask_style);
  utf16_offsets (text, len, f, kept->len, starts, ends);
  for (guint i = 0; i < kept->len; i++)
    {
      gsize rlen = strlen (replacements[i]);

      g_string_truncate (entry, 0);
      g_string_append_printf (entry, "[%" G_GUINT64_FORMAT ",%" G_GUINT64_FORMAT ",", starts[i],
                              ends[i]);
      if (rlen > MAX_REPLACEMENT)
        g_string_append (entry, "null");
      else
        append_string (entry, replacements[i], rlen);
      g_string_append_c (entry, ']');
      if (out->len + entry->len + 64 > PART_BUDGET)
        {
          g_string_append (out, "],\"last\":false}");
          send_string (h, out);
          g_string_printf (out,
                           "{\"type\":\"result\",\"id\":%" G_GINT64_FORMAT ",\"part\":%u,"
                           "\"findings\":[",
                           id, ++part);
        }
      else if (out->str[out->len - 1] != '[')
        g_string_append_c (out, ',');
      g_string_append_len (out, entry->str, (gssize) entry->len);
    }
  g_string_append (out, "],\"last\":true}");
  send_string (h, out);
  g_string_free (entry, TRUE);
}

static void
remember_pending (CgPasteHost *h, Pending *p)
{
  g_queue_push_tail (&h->pending, p);
  while (g_queue_get_length (&h->pending) > MAX_PENDING)
    pending_free (g_queue_pop_head (&h->pending));
}

static void
check (CgPasteHost *h, gint64 id, const char *site, const char *text, gsize len)
{
  const CgPasteConfig *c = &h->config;
  g_autoptr (GArray) findings = NULL;
  g_autoptr (CgValues) values = NULL;
  g_autoptr (GPtrArray) hashes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (CgFinding));
  g_autoptr (GString) head = g_string_new (NULL);
  g_autofree gboolean *known = NULL;
  gboolean hashing = h->allow != NULL && cg_allow_list_get_problem (h->allow) == NULL;
  CgScanner *places = c->name_place ? c->scanner : NULL;
  Pending *p;
  guint n_values, n_known = 0, shown = 0;
  GPtrArray *labels = g_ptr_array_new ();
  const CgFinding *f;

  if (c->scanner == NULL)
    {
      send_simple_result (h, id, "\"unavailable\":true");
      g_ptr_array_unref (labels);
      return;
    }
  if (is_paused (c))
    {
      send_simple_result (h, id, "\"paused\":true");
      g_ptr_array_unref (labels);
      return;
    }
  if (!cg_paste_config_guards (c, site))
    {
      send_simple_result (h, id, "\"guarded\":false");
      g_ptr_array_unref (labels);
      return;
    }
  if (len > c->size_limit)
    {
      g_autofree char *fields
          = g_strdup_printf ("\"tooLarge\":true,\"limit\":%" G_GSIZE_FORMAT ",\"action\":\"%s\"",
                             c->size_limit, action_name (c->action));
      send_simple_result (h, id, fields);
      g_ptr_array_unref (labels);
      return;
    }
  findings = cg_scanner_scan_with_rules (c->scanner, c->rules, text, len, CG_SCAN_FLAGS_NONE);
  f = (const CgFinding *) findings->data;
  values = cg_values_new (f, findings->len);
  n_values = cg_values_get_n (values);
  for (guint v = 0; hashing && v < n_values; v++)
    {
      guint n_parts;
      const guint *parts = cg_values_get_parts (values, v, &n_parts);
      g_ptr_array_add (hashes, cg_allow_list_hash_value (h->allow, text, f, parts, n_parts));
    }
  known = known_values (h, site, hashes);

  p = g_new0 (Pending, 1);
  p->id = id;
  p->site = g_strdup (site);
  p->values = g_ptr_array_new_with_free_func (g_free);
  p->hashes = g_ptr_array_new_with_free_func (g_free);
  g_string_append_printf (head,
                          "{\"type\":\"result\",\"id\":%" G_GINT64_FORMAT ",\"part\":0,"
                          "\"action\":\"%s\",\"preview\":[",
                          id, action_name (c->action));
  /* the values to ask about: their parts, in order of the text */
  for (guint i = 0; i < findings->len; i++)
    {
      guint v = cg_values_of_finding (values, i);
      if (!(hashing && known[v]))
        g_array_append_val (kept, f[i]);
    }
  for (guint v = 0; v < n_values; v++)
    {
      guint n_parts;
      const guint *parts = cg_values_get_parts (values, v, &n_parts);
      const CgFinding *first = &f[parts[0]];

      if (hashing && known[v])
        {
          n_known++;
          continue;
        }
      p->counts[count_slot (first->type)]++;
      if (first->type == CG_FINDING_RULE && !g_ptr_array_find (labels, first->label, NULL))
        g_ptr_array_add (labels, (gpointer) first->label);
      if (shown < PREVIEW_VALUES)
        {
          if (shown++ > 0)
            g_string_append_c (head, ',');
          append_preview (head, places, text, f, parts, n_parts);
        }
      if (hashing && p->values->len < MAX_REPORTED)
        {
          g_autofree char *line = cg_summary_value_tagged (places, text, f, parts, n_parts);
          g_ptr_array_add (p->values,
                           g_strdup_printf ("%s:%s:%s", cg_finding_type_to_string (first->type),
                                            (char *) hashes->pdata[v], line));
        }
      if (hashing && p->hashes->len < MAX_REMEMBERED)
        g_ptr_array_add (p->hashes, g_strdup (hashes->pdata[v]));
    }
  g_ptr_array_add (p->values, NULL);
  g_string_append (head, "],");
  append_counts (head, p->counts);
  g_string_append_printf (head, ",\"values\":%u,\"known\":%u,\"rules\":[", n_values - n_known,
                          n_known);
  for (guint i = 0; i < labels->len; i++)
    {
      if (i > 0)
        g_string_append_c (head, ',');
      append_cstring (head, labels->pdata[i]);
    }
  g_string_append (head, "],\"findings\":[");
  g_ptr_array_unref (labels);
  send_findings (h, id, p->site, text, len, kept, head);
  if (kept->len > 0)
    remember_pending (h, p);
  else
    pending_free (p);
}

/* ---- what the user did --------------------------------------------------------- */

static gboolean
outcome_is_known (const char *outcome)
{
  return g_strcmp0 (outcome, "pasted-masked") == 0 || g_strcmp0 (outcome, "pasted-as-is") == 0
         || g_strcmp0 (outcome, "paste-cancelled") == 0
         || g_strcmp0 (outcome, "paste-auto-masked") == 0;
}

static void
outcome (CgPasteHost *h, gint64 id, const char *what)
{
  Pending *p = NULL;

  for (GList *l = h->pending.head; l != NULL; l = l->next)
    if (((Pending *) l->data)->id == id)
      p = l->data;
  if (p == NULL)
    {
      send_error (h, id, "unknown-id");
      return;
    }
  g_queue_remove (&h->pending, p);
  if (g_str_equal (what, "pasted-as-is"))
    for (guint i = 0; i < p->hashes->len; i++)
      {
        char *key = as_is_key (p->site, p->hashes->pdata[i]);
        if (!g_hash_table_add (h->as_is, key))
          continue;
        g_queue_push_tail (&h->as_is_order, key);
        if (g_queue_get_length (&h->as_is_order) > MAX_REMEMBERED)
          g_hash_table_remove (h->as_is, g_queue_pop_head (&h->as_is_order));
      }
  if (h->have_link && h->config.guard)
    h->link.report (h->link.data, p->site, what, p->counts, (char **) p->values->pdata);
  pending_free (p);
}

/* ---- messages -------------------------------------------------------------------- */

/* The members of a message the host reads, from either parser. */
typedef struct
{
  const char *type, *language, *site, *text, *outcome; /* NULL when missing or no string */
  gsize text_len;
  gint64 id; /* -1 when missing, no integer, or out of range */
} Message;

static gint64
valid_id (gint64 id)
{
  return id >= 0 && id <= MAX_ID ? id : -1;
}

static const char *
flat_string (const CgFlatJson *json, const char *name, gsize *len)
{
  const CgFlatJsonMember *m = cg_flat_json_get (json, name);

  if (m == NULL || m->kind != CG_FLAT_JSON_STRING)
    return NULL;
  if (len != NULL)
    *len = m->string_len;
  return m->string;
}

static void
message_from_flat (Message *msg, const CgFlatJson *json)
{
  const CgFlatJsonMember *id = cg_flat_json_get (json, "id");

  msg->type = flat_string (json, "type", NULL);
  msg->language = flat_string (json, "language", NULL);
  msg->site = flat_string (json, "site", NULL);
  msg->text = flat_string (json, "text", &msg->text_len);
  msg->outcome = flat_string (json, "outcome", NULL);
  msg->id = id != NULL && id->kind == CG_FLAT_JSON_INT ? valid_id (id->integer) : -1;
}

static const char *
string_member (JsonObject *o, const char *name, gsize *len)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  if (len != NULL)
    *len = strlen (json_node_get_string (n));
  return json_node_get_string (n);
}

static void
message_from_object (Message *msg, JsonObject *o)
{
  JsonNode *n = json_object_get_member (o, "id");

  msg->type = string_member (o, "type", NULL);
  msg->language = string_member (o, "language", NULL);
  msg->site = string_member (o, "site", NULL);
  msg->text = string_member (o, "text", &msg->text_len);
  msg->outcome = string_member (o, "outcome", NULL);
  msg->id = n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_INT64
                ? valid_id (json_node_get_int (n))
                : -1;
}

/* A host name as the extension sends it: lower case, at most 253 bytes. */
static gboolean
site_is_valid (const char *site)
{
  gsize n = site != NULL ? strlen (site) : 0;

  if (n == 0 || n > 253)
    return FALSE;
  for (const char *p = site; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '.' && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
language_is_valid (const char *language)
{
  gsize n = language != NULL ? strlen (language) : 0;

  if (n == 0 || n > 35)
    return FALSE;
  for (const char *p = language; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

/* Whether the JSON in @data nests no deeper than MAX_DEPTH: json-glib's
 * parser recurses, and a message of a million '[' would end the host. */
static gboolean
shallow (const char *data, gsize len)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];
      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_DEPTH)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

static void
handle_message (CgPasteHost *h, const Message *msg)
{
  if (g_strcmp0 (msg->type, "hello") == 0)
    {
      g_free (h->language);
      h->language = language_is_valid (msg->language) ? g_strdup (msg->language) : NULL;
      h->said_hello = TRUE;
      send_config (h);
    }
  else if (g_strcmp0 (msg->type, "check") == 0)
    {
      if (msg->id < 0)
        send_error (h, -1, "id");
      else if (!site_is_valid (msg->site))
        send_error (h, msg->id, "site");
      else if (msg->text == NULL)
        send_error (h, msg->id, "text");
      else
        check (h, msg->id, msg->site, msg->text, msg->text_len);
    }
  else if (g_strcmp0 (msg->type, "outcome") == 0)
    {
      if (msg->id < 0)
        send_error (h, -1, "id");
      else if (!outcome_is_known (msg->outcome))
        send_error (h, msg->id, "outcome");
      else
        outcome (h, msg->id, msg->outcome);
    }
  else
    send_error (h, msg->id, "type");
}

void
cg_paste_host_handle (CgPasteHost *h, const char *data, gsize len)
{
  g_autoptr (JsonParser) parser = NULL;
  CgFlatJson flat;
  Message msg = { 0 };
  JsonNode *root;

  /* the extension's messages: flat, read fast; anything else by json-glib */
  if (cg_flat_json_parse (data, len, &flat))
    {
      message_from_flat (&msg, &flat);
      handle_message (h, &msg);
      cg_flat_json_clear (&flat);
      return;
    }
  parser = json_parser_new_immutable ();
  if (len > G_MAXSSIZE || !shallow (data, len)
      || !json_parser_load_from_data (parser, data, (gssize) len, NULL)
      || (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      send_error (h, -1, "malformed");
      return;
    }
  message_from_object (&msg, json_node_get_object (root));
  handle_message (h, &msg);
}

void
cg_paste_host_too_large (CgPasteHost *h, gsize len)
{
  send_error (h, -1, "too-large");
}
