/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-native-host.c: libFuzzer target over the native messaging host's
 * reader and answers (native-host/), the part of clipguard that a web page
 * reaches through the browser.  An input is either a raw byte stream to the
 * host, cut into pieces of fuzzed sizes (framing, JSON, messages), or the
 * text of one paste.  Besides crashes and sanitizer reports it checks what
 * the extension relies on: every answer is JSON of at most 1 MB; a result's
 * findings are sorted, disjoint and inside the text in UTF-16 code units;
 * and the masked text the extension builds from them is, byte for byte, the
 * one the detector core masks (with stars, or with the placeholders a guard
 * gives for the session). */
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "cg-flat-json.h"
#include "cg-native-framing.h"
#include "cg-paste-host.h"
#include "clipguard-detectors.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static CgScanner *scanner;
static GPtrArray *replies; /* the answers to the current input */

static void
collect (const char *json, gsize len, gpointer user_data)
{
  if (len > CG_PASTE_HOST_MAX_REPLY)
    abort ();
  g_ptr_array_add (replies, g_strndup (json, len));
}

/* What the fast reader accepts, json-glib reads the same: an object with
 * the same members, strings byte for byte, the same integers. */
static void
compare_parsers (const char *data, gsize len)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  CgFlatJson flat;
  JsonObject *o;

  if (!cg_flat_json_parse (data, len, &flat))
    return;
  if (!json_parser_load_from_data (parser, data, (gssize) len, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    abort ();
  o = json_node_get_object (json_parser_get_root (parser));
  if (json_object_get_size (o) != flat.n_members)
    abort ();
  for (guint i = 0; i < flat.n_members; i++)
    {
      const CgFlatJsonMember *m = &flat.members[i];
      g_autofree char *key = g_strndup (m->key, m->key_len);
      JsonNode *n = json_object_get_member (o, key);

      if (n == NULL || strlen (key) != m->key_len)
        abort ();
      switch (m->kind)
        {
        case CG_FLAT_JSON_STRING:
          if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING
              || strlen (json_node_get_string (n)) != m->string_len
              || memcmp (json_node_get_string (n), m->string, m->string_len) != 0)
            abort ();
          break;
        case CG_FLAT_JSON_INT:
          if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64
              || json_node_get_int (n) != m->integer)
            abort ();
          break;
        case CG_FLAT_JSON_OTHER:
          if (!JSON_NODE_HOLDS_NULL (n)
              && !(JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_BOOLEAN))
            abort ();
          break;
        }
    }
  cg_flat_json_clear (&flat);
}

static void
on_frame (const char *msg, gsize len, gboolean too_large, gpointer user_data)
{
  if (too_large)
    cg_paste_host_too_large (user_data, len);
  else
    {
      compare_parsers (msg, len);
      cg_paste_host_handle (user_data, msg, len);
    }
}

/* A guard that gives the session's placeholders: [P-1], [P-2], ... in the
 * order the values are asked for (and answers nothing else). */
static gboolean
fake_check_values (gpointer data, const char *site, const char *const *hashes, guint n,
                   gboolean *known)
{
  return FALSE;
}

static void
fake_report (gpointer data, const char *site, const char *outcome, const guint counts[5],
             char **values)
{
}

static char **
fake_placeholders (gpointer data, const char *site, const CgFindingType *types,
                   const char *const *rules, const char *const *identities,
                   const char *const *values, guint n)
{
  char **out = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    out[i] = g_strdup_printf ("[P-%u]", i + 1);
  return out;
}

/* What the host must then insert: the same numbers, by first sight of each
 * value's identity. */
static void
expected_placeholder (GString *out, const CgFinding *f, const char *identity, const char *value,
                      gsize value_len, gpointer user_data)
{
  GHashTable *numbers = user_data;
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, identity));

  if (n == 0)
    {
      n = g_hash_table_size (numbers) + 1;
      g_hash_table_insert (numbers, g_strdup (identity), GUINT_TO_POINTER (n));
    }
  g_string_append_printf (out, "[P-%u]", n);
}

static CgPasteHost *
new_host (gboolean session)
{
  static char *sites[] = { "chatgpt.com", NULL };
  CgPasteConfig config = { .scanner = scanner,
                           .mask_style = session ? CG_MASK_PLACEHOLDER : CG_MASK_STARS,
                           .size_limit = 1 << 20,
                           .sites = sites,
                           .scope = CG_BROWSER_SCOPE_LISTED_SITES,
                           .guard = session };
  CgPasteLink link = { fake_check_values, fake_report, fake_placeholders, NULL };
  CgPasteHost *host = cg_paste_host_new (collect, NULL);

  cg_paste_host_set_config (host, &config);
  if (session)
    cg_paste_host_set_link (host, &link);
  return host;
}

/* The text in UTF-16 with the findings replaced, back in UTF-8: what
 * content.js does. */
static char *
mask_in_utf16 (const char *text, JsonArray *findings)
{
  glong n_units;
  g_autofree gunichar2 *units = g_utf8_to_utf16 (text, -1, NULL, &n_units, NULL);
  GString *out = g_string_new (NULL);
  glong at = 0;

  if (units == NULL)
    abort ();
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonArray *f = json_array_get_array_element (findings, i);
      gint64 start = json_array_get_int_element (f, 0), end = json_array_get_int_element (f, 1);
      g_autofree char *head = NULL;

      if (start < at || end <= start || end > n_units)
        abort (); /* not sorted, not disjoint, or outside the text */
      head = g_utf16_to_utf8 (units + at, start - at, NULL, NULL, NULL);
      if (head == NULL)
        abort (); /* a finding cut a surrogate pair */
      g_string_append (out, head);
      g_string_append (out, json_array_get_string_element (f, 2));
      at = end;
    }
  {
    g_autofree char *tail = g_utf16_to_utf8 (units + at, n_units - at, NULL, NULL, NULL);
    g_string_append (out, tail);
  }
  return g_string_free (out, FALSE);
}

static void
check_paste (const char *text, gsize len, gboolean session)
{
  g_autoptr (CgPasteHost) host = new_host (session);
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *message = NULL;
  g_autoptr (JsonArray) all = json_array_new ();
  g_autoptr (GArray) findings = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  gsize message_len;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "check");
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "site");
  json_builder_add_string_value (b, "chatgpt.com");
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, text);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  message = json_generator_to_data (gen, &message_len);
  cg_paste_host_handle (host, message, message_len);
  for (guint i = 0; i < replies->len; i++)
    {
      g_autoptr (JsonParser) p = json_parser_new ();
      JsonObject *o;

      if (!json_parser_load_from_data (p, replies->pdata[i], -1, NULL))
        abort ();
      o = json_node_get_object (json_parser_get_root (p));
      if (g_strcmp0 (json_object_get_string_member (o, "type"), "result") != 0)
        abort ();
      {
        JsonArray *part = json_object_get_array_member (o, "findings");
        for (guint k = 0; k < json_array_get_length (part); k++)
          json_array_add_element (all, json_node_copy (json_array_get_element (part, k)));
      }
      if (json_object_get_boolean_member_with_default (o, "last", FALSE) != (i + 1 == replies->len))
        abort ();
    }
  findings = cg_scanner_scan (scanner, text, len, CG_SCAN_FLAGS_NONE);
  if (session)
    {
      g_autoptr (GHashTable) numbers
          = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      expected
          = cg_mask_text_numbered (text, len, (const CgFinding *) findings->data, findings->len,
                                   CG_MASK_PLACEHOLDER, expected_placeholder, numbers, NULL);
    }
  else
    expected = cg_mask_text (text, len, (const CgFinding *) findings->data, findings->len,
                             CG_MASK_STARS, NULL);
  got = mask_in_utf16 (text, all);
  if (strcmp (expected, got) != 0)
    abort ();
}

static void
feed_stream (const guint8 *data, size_t size)
{
  g_autoptr (CgPasteHost) host = new_host (FALSE);
  g_autoptr (CgFrameReader) reader = cg_frame_reader_new (4096);
  size_t at = 0;

  /* the first byte sets how the stream is cut: pipes deliver any pieces */
  guint piece = size > 0 ? (data[0] % 64) + 1 : 1;
  while (at < size)
    {
      size_t n = MIN (piece, size - at);
      cg_frame_reader_feed (reader, (const char *) data + at, n, on_frame, host);
      at += n;
    }
  for (guint i = 0; i < replies->len; i++)
    {
      g_autoptr (JsonParser) p = json_parser_new ();
      if (!json_parser_load_from_data (p, replies->pdata[i], -1, NULL))
        abort ();
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  if (scanner == NULL)
    scanner = cg_scanner_new (CG_FINDING_ALL, CG_SCANNER_DEFAULT_THRESHOLD, NULL);
  replies = g_ptr_array_new_with_free_func (g_free);
  if (size > 0 && data[0] % 2 == 0)
    {
      /* a paste: the text as the extension sends it, valid UTF-8; with
       * stars, or with a guard's placeholders for the session */
      g_autofree char *text = g_utf8_make_valid ((const char *) data + 1, (gssize) size - 1);
      check_paste (text, strlen (text), data[0] % 4 == 2);
    }
  else
    {
      /* the input as one message too: the fast reader against json-glib */
      compare_parsers ((const char *) data + (size > 0), size - (size > 0));
      feed_stream (data, size);
    }
  g_ptr_array_unref (replies);
  return 0;
}
