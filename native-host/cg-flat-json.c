/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-flat-json.c: a fast reader for flat JSON objects (cg-flat-json.h). */
#include "cg-flat-json.h"

#include <string.h>

static const char *
skip_space (const char *p, const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  return p;
}

/* The closing quote of the string whose body starts at @p, or NULL. */
static const char *
closing_quote (const char *p, const char *end)
{
  const char *start = p;

  while (p < end)
    {
      const char *q = memchr (p, '"', (gsize) (end - p));
      gsize backslashes = 0;

      if (q == NULL)
        return NULL;
      while (q - backslashes > start && q[-1 - (gssize) backslashes] == '\\')
        backslashes++;
      if (backslashes % 2 == 0)
        return q;
      p = q + 1;
    }
  return NULL;
}

/* Raw string bytes: UTF-8, and no control character (JSON escapes them). */
static gboolean
plain_run_is_valid (const char *p, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if ((guchar) p[i] < 0x20)
      return FALSE;
  return g_utf8_validate_len (p, n, NULL);
}

static int
hex4 (const char *p)
{
  int v = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* Decodes the body [@p, @q) of a string into a new buffer. */
static char *
decode (const char *p, const char *q, gsize *out_len)
{
  char *out = g_malloc ((gsize) (q - p) + 1);
  char *o = out;

  while (p < q)
    {
      const char *bs = memchr (p, '\\', (gsize) (q - p));
      const char *run_end = bs != NULL ? bs : q;

      if (!plain_run_is_valid (p, (gsize) (run_end - p)))
        goto fail;
      memcpy (o, p, (gsize) (run_end - p));
      o += run_end - p;
      p = run_end;
      if (bs == NULL)
        break;
      if (p + 1 >= q)
        goto fail;
      switch (p[1])
        {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u':
          {
            int u, low;
            gunichar c;

            if (q - p < 6 || (u = hex4 (p + 2)) < 0 || u == 0 || (u >= 0xDC00 && u <= 0xDFFF))
              goto fail; /* a NUL or a lone low surrogate: json-glib decides */
            if (u >= 0xD800 && u <= 0xDBFF)
              {
                if (q - p < 12 || p[6] != '\\' || p[7] != 'u' || (low = hex4 (p + 8)) < 0xDC00
                    || low > 0xDFFF)
                  goto fail;
                c = 0x10000 + (((gunichar) u - 0xD800) << 10) + ((gunichar) low - 0xDC00);
                p += 6;
              }
            else
              c = (gunichar) u;
            o += g_unichar_to_utf8 (c, o);
            p += 4;
          }
          break;
        default: goto fail;
        }
      p += 2;
    }
  *o = '\0';
  *out_len = (gsize) (o - out);
  return out;

fail:
  g_free (out);
  return NULL;
}

static gboolean
read_integer (const char **pp, const char *end, gint64 *out)
{
  const char *p = *pp;
  gboolean negative = FALSE;
  gint64 v = 0;
  guint digits = 0;

  if (p < end && *p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (p < end && *p == '0' && p + 1 < end && g_ascii_isdigit (p[1]))
    return FALSE; /* a leading zero: not JSON */
  while (p < end && g_ascii_isdigit (*p))
    {
      if (++digits > 18)
        return FALSE;
      v = v * 10 + (*p - '0');
      p++;
    }
  if (digits == 0 || (p < end && (*p == '.' || *p == 'e' || *p == 'E')))
    return FALSE;
  *out = negative ? -v : v;
  *pp = p;
  return TRUE;
}

static gboolean
read_literal (const char **pp, const char *end)
{
  static const char *const words[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i]);
      if ((gsize) (end - *pp) >= n && memcmp (*pp, words[i], n) == 0)
        {
          *pp += n;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
cg_flat_json_parse (const char *data, gsize len, CgFlatJson *out)
{
  const char *p = data, *end = data + len;

  memset (out, 0, sizeof *out);
  p = skip_space (p, end);
  if (p >= end || *p++ != '{')
    return FALSE;
  p = skip_space (p, end);
  if (p < end && *p == '}')
    p++;
  else
    for (;;)
      {
        CgFlatJsonMember *m;
        const char *q;

        if (out->n_members == CG_FLAT_JSON_MAX_MEMBERS || p >= end || *p != '"')
          goto fail;
        q = closing_quote (p + 1, end);
        if (q == NULL || memchr (p + 1, '\\', (gsize) (q - p - 1)) != NULL
            || !plain_run_is_valid (p + 1, (gsize) (q - p - 1)))
          goto fail;
        m = &out->members[out->n_members];
        m->key = p + 1;
        m->key_len = (gsize) (q - p - 1);
        for (guint i = 0; i < out->n_members; i++)
          if (out->members[i].key_len == m->key_len
              && memcmp (out->members[i].key, m->key, m->key_len) == 0)
            goto fail; /* a duplicate key */
        p = skip_space (q + 1, end);
        if (p >= end || *p++ != ':')
          goto fail;
        p = skip_space (p, end);
        if (p >= end)
          goto fail;
        if (*p == '"')
          {
            q = closing_quote (p + 1, end);
            if (q == NULL || (m->string = decode (p + 1, q, &m->string_len)) == NULL)
              goto fail;
            m->kind = CG_FLAT_JSON_STRING;
            p = q + 1;
          }
        else if (*p == '-' || g_ascii_isdigit (*p))
          {
            if (!read_integer (&p, end, &m->integer))
              goto fail;
            m->kind = CG_FLAT_JSON_INT;
          }
        else if (read_literal (&p, end))
          m->kind = CG_FLAT_JSON_OTHER;
        else
          goto fail;
        out->n_members++;
        p = skip_space (p, end);
        if (p < end && *p == ',')
          {
            p = skip_space (p + 1, end);
            continue;
          }
        if (p < end && *p == '}')
          {
            p++;
            break;
          }
        goto fail;
      }
  if (skip_space (p, end) != end)
    goto fail;
  return TRUE;

fail:
  cg_flat_json_clear (out);
  return FALSE;
}

void
cg_flat_json_clear (CgFlatJson *json)
{
  for (guint i = 0; i < CG_FLAT_JSON_MAX_MEMBERS; i++)
    g_clear_pointer (&json->members[i].string, g_free);
  json->n_members = 0;
}

const CgFlatJsonMember *
cg_flat_json_get (const CgFlatJson *json, const char *key)
{
  gsize n = strlen (key);

  for (guint i = 0; i < json->n_members; i++)
    if (json->members[i].key_len == n && memcmp (json->members[i].key, key, n) == 0)
      return &json->members[i];
  return NULL;
}
