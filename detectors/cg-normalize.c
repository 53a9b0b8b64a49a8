/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-normalize.c: spaces, invisible characters, full-width digits and folded
 * lines, undone in a copy with a sparse map back to the original. */
#include "cg-normalize.h"

#include <string.h>
#include <sys/mman.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "cg-text.h"

typedef struct
{
  gsize norm;  /* where the replacement starts in the copy */
  gsize orig;  /* where the replaced bytes start in the original */
  guint8 nlen; /* bytes written in the copy (0 or 1) */
  guint8 olen; /* bytes replaced in the original */
} Edit;

/* A buffer for the copy: an anonymous mapping for large texts (in huge
 * pages, whose faults cost less), g_malloc()ed memory otherwise. */
typedef struct
{
  char *text;
  gsize capacity;
  gboolean mapped;
} Buffer;

struct _CgNormalized
{
  Buffer buf; /* the copy: never longer than the original, as every replacement shrinks */
  gsize len;
  gboolean reuse; /* buf goes back to the thread's spare one when done */
  GArray *edits;  /* Edit, by norm (and by orig) */
};

#define HUGE_COPY (4u << 20)
#define HUGE_PAGE (2u << 20)

static void
buffer_release (Buffer *b)
{
  if (b->mapped)
    munmap (b->text, b->capacity);
  else
    g_free (b->text);
  b->text = NULL;
  b->capacity = 0;
}

static void
spare_free (gpointer data)
{
  Buffer *b = data;
  buffer_release (b);
  g_free (b);
}

/* A thread's spare buffer, kept between scans for callers that scan many
 * large pieces (clipguard-scan): fresh pages are zeroed by the kernel, which
 * cost a third of a scan that needs a copy.  Freed when the thread ends. */
static GPrivate spare = G_PRIVATE_INIT (spare_free);

static void
buffer_allocate (Buffer *b, gsize len)
{
  b->capacity = len + 1;
  b->mapped = FALSE;
  if (len >= HUGE_COPY)
    {
      gsize size = (b->capacity + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
      void *p = mmap (NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p != MAP_FAILED)
        {
#ifdef MADV_HUGEPAGE
          madvise (p, size, MADV_HUGEPAGE);
#endif
          b->text = p;
          b->capacity = size;
          b->mapped = TRUE;
          return;
        }
    }
  b->text = g_malloc (b->capacity);
}

static void
allocate (CgNormalized *self, gsize len)
{
  Buffer *kept = self->reuse ? g_private_get (&spare) : NULL;

  if (kept != NULL && kept->capacity >= len + 1)
    {
      self->buf = *kept;
      kept->text = NULL;
      kept->capacity = 0;
      return;
    }
  /* a kept buffer has room for a slightly longer next piece */
  buffer_allocate (&self->buf, self->reuse ? len + len / 16 : len);
}

static void
append (CgNormalized *self, const char *bytes, gsize n)
{
  memcpy (self->buf.text + self->len, bytes, n);
  self->len += n;
}

/* Escapes of a no-break or thin space that source formats write inside a
 * value: HTML entities, JSON's \u, TeX's thin space.  Matched in either case
 * ("&#x202F;", "\u00A0"). */
static const char *const space_escapes[] = {
  "&nbsp;",   "&#160;",  "&#xa0;",  "&#x202f;", "&#8239;", "&#x2009;", "&#8201;", "&thinsp;",
  "&#x2007;", "\\u00a0", "\\u202f", "\\u2009",  "\\u2007", "\\,",      "\\ ",
};

static gsize
space_escape (const guchar *s, gsize left)
{
  for (guint k = 0; k < G_N_ELEMENTS (space_escapes); k++)
    {
      gsize n = strlen (space_escapes[k]);
      if (left >= n && g_ascii_strncasecmp ((const char *) s, space_escapes[k], n) == 0)
        return n;
    }
  return 0;
}

/* What the bytes at @s stand for: sets *@out to the replacement (0 for
 * nothing) and returns how many bytes it replaces, or 0 when they stay. */
static gsize
replacement (const guchar *s, gsize left, char *out, gboolean unfold)
{
  if (s[0] == '&' || s[0] == '\\')
    return *out = ' ', space_escape (s, left);
  /* TeX's tie: "NL06~ABNA~0417~1643~00" (only between letters and digits,
   * see cg_normalize()) */
  if (s[0] == '~')
    return *out = ' ', 1;
  if (left >= 2 && s[0] == 0xC2)
    {
      if (s[1] == 0xA0) /* no-break space */
        return *out = ' ', 2;
      if (s[1] == 0xAD) /* soft hyphen */
        return *out = 0, 2;
      return 0;
    }
  if (left >= 3 && s[0] == 0xE2 && s[1] == 0x80)
    {
      if (s[2] >= 0x80 && s[2] <= 0x8A) /* en quad .. hair space */
        return *out = ' ', 3;
      if (s[2] == 0xAF) /* narrow no-break space */
        return *out = ' ', 3;
      if (s[2] >= 0x8B && s[2] <= 0x8D) /* zero-width space, (non-)joiner */
        return *out = 0, 3;
      return 0;
    }
  if (left >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0xA0) /* word joiner */
    return *out = 0, 3;
  if (left >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) /* ideographic space */
    return *out = ' ', 3;
  if (left >= 3 && s[0] == 0xEF)
    {
      if (s[1] == 0xBB && s[2] == 0xBF) /* byte order mark */
        return *out = 0, 3;
      /* full-width forms of ASCII: digits, letters, "：" */
      if (s[1] == 0xBC && s[2] >= 0x81 && s[2] <= 0xBF)
        return *out = (char) (0x21 + (s[2] - 0x81)), 3;
      if (s[1] == 0xBD && s[2] >= 0x80 && s[2] <= 0x9E)
        return *out = (char) (0x60 + (s[2] - 0x80)), 3;
      return 0;
    }
  /* RFC 5545 / 6350: a line break and one space or tab continue the line. */
  if (unfold && s[0] == '\r' && left >= 3 && s[1] == '\n' && (s[2] == ' ' || s[2] == '\t'))
    return *out = 0, 3;
  if (unfold && s[0] == '\n' && left >= 2 && (s[1] == ' ' || s[1] == '\t'))
    return *out = 0, 2;
  return 0;
}

/* A digit, also a full-width one, right before @i or at @i. */
static gboolean
digit_before (const guchar *s, gsize i)
{
  return (i > 0 && cg_is_digit (s[i - 1]))
         || (i >= 3 && s[i - 3] == 0xEF && s[i - 2] == 0xBC && s[i - 1] >= 0x90
             && s[i - 1] <= 0x99);
}

static gboolean
digit_at (const guchar *s, gsize len, gsize i)
{
  return (i < len && cg_is_digit (s[i]))
         || (i + 2 < len && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] >= 0x90
             && s[i + 2] <= 0x99);
}

static gboolean
is_folded_format (const char *text, gsize len)
{
  return g_strstr_len (text, (gssize) MIN (len, 65536), "BEGIN:VCARD") != NULL
         || g_strstr_len (text, (gssize) MIN (len, 65536), "BEGIN:VCALENDAR") != NULL
         || g_strstr_len (text, (gssize) MIN (len, 65536), "BEGIN:VEVENT") != NULL;
}

/* Whether the bytes at @i may start a replacement: a byte that starts one
 * of the characters above, '&' or '\\' before what an escape goes on with,
 * a tie between letters or digits, or (unfolding) a line break. */
static inline gboolean
may_start_at (const char *text, gsize len, gsize i, gboolean unfold)
{
  guchar c = (guchar) text[i], next = i + 1 < len ? (guchar) text[i + 1] : 0;

  switch (c)
    {
    case 0xC2:
    case 0xE2:
    case 0xE3:
    case 0xEF: return TRUE;
    case '&': return next == 'n' || next == 'N' || next == '#' || next == 't' || next == 'T';
    case '\\': return next == 'u' || next == 'U' || next == ',' || next == ' ';
    case '~': return i > 0 && g_ascii_isalnum (text[i - 1]) && g_ascii_isalnum (next);
    case '\r':
    case '\n': return unfold;
    default: return FALSE;
    }
}

/* The first byte that may start a replacement, or len.  Sixteen bytes at a
 * time are skipped when none of them is non-ASCII, '&', '\\' or '~'. */
static gsize
next_candidate (const char *text, gsize len, gsize from, gboolean unfold)
{
  gsize i = from;

#ifdef __SSE2__
  if (!unfold)
    {
      const __m128i amp = _mm_set1_epi8 ('&'), bsl = _mm_set1_epi8 ('\\'),
                    tilde = _mm_set1_epi8 ('~');
      for (; i + 16 <= len; i += 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *) (text + i));
          __m128i hit
              = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, amp), _mm_cmpeq_epi8 (v, bsl)),
                              _mm_or_si128 (_mm_cmpeq_epi8 (v, tilde), v));
          for (guint mask = (guint) _mm_movemask_epi8 (hit); mask != 0; mask &= mask - 1)
            {
              gsize at = i + (gsize) __builtin_ctz (mask);
              if (may_start_at (text, len, at, unfold))
                return at;
            }
        }
    }
#endif
  for (; i < len; i++)
    if (may_start_at (text, len, i, unfold))
      return i;
  return len;
}

CgNormalized *
cg_normalize (const char *text, gsize len, gboolean reuse)
{
  const guchar *s = (const guchar *) text;
  gboolean unfold = is_folded_format (text, len);
  CgNormalized *self = NULL;
  gsize copied = 0, i = next_candidate (text, len, 0, unfold);

  while (i < len)
    {
      char out;
      gsize n = replacement (s + i, len - i, &out, unfold);
      Edit e;

      /* A space or an invisible character matters only next to a digit:
       * inside a number, a postcode, an IBAN, or between a street and its
       * number ("Kerkstraat\u00a012").  Elsewhere ("man\u00a0page") it
       * stays, and most texts need no copy at all. */
      if (n != 0 && (out == ' ' || out == 0) && !(s[i] == '\r' || s[i] == '\n')
          && !(digit_before (s, i) || digit_at (s, len, i + n)))
        n = 0;
      /* a tie or a TeX thin space only inside a value: "702\,158", "NL06~ABNA",
       * never "~5 minuten" or "ca.~100" */
      if (n != 0 && (s[i] == '~' || (s[i] == '\\' && n == 2))
          && !(i > 0 && i + n < len && g_ascii_isalnum (s[i - 1]) && g_ascii_isalnum (s[i + n])))
        n = 0;
      if (n == 0)
        {
          i = next_candidate (text, len, i + 1, unfold);
          continue;
        }
      if (self == NULL)
        {
          self = g_new0 (CgNormalized, 1);
          self->reuse = reuse;
          allocate (self, len);
          self->edits = g_array_new (FALSE, FALSE, sizeof (Edit));
        }
      append (self, text + copied, i - copied);
      e.norm = self->len;
      e.orig = i;
      e.nlen = out != 0;
      e.olen = (guint8) n;
      if (out != 0)
        append (self, &out, 1);
      g_array_append_val (self->edits, e);
      copied = i = i + n;
      i = next_candidate (text, len, i, unfold);
    }
  if (self != NULL)
    {
      append (self, text + copied, len - copied);
      self->buf.text[self->len] = '\0';
    }
  return self;
}

void
cg_normalized_free (CgNormalized *self)
{
  if (self == NULL)
    return;
  if (self->reuse)
    {
      Buffer *kept = g_private_get (&spare);
      if (kept == NULL)
        {
          kept = g_new0 (Buffer, 1);
          g_private_set (&spare, kept);
        }
      /* keep the larger of the two */
      if (kept->capacity < self->buf.capacity)
        {
          Buffer smaller = *kept;
          *kept = self->buf;
          self->buf = smaller;
        }
    }
  if (self->buf.text != NULL)
    buffer_release (&self->buf);
  g_array_unref (self->edits);
  g_free (self);
}

const char *
cg_normalized_text (const CgNormalized *self, gsize *len)
{
  *len = self->len;
  return self->buf.text;
}

/* The last edit that starts at or before @pos in the copy, or NULL. */
static const Edit *
edit_before (const CgNormalized *self, gsize pos)
{
  guint lo = 0, hi = self->edits->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (self->edits, Edit, mid).norm <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? &g_array_index (self->edits, Edit, lo - 1) : NULL;
}

gsize
cg_normalized_start_to_original (const CgNormalized *self, gsize pos)
{
  const Edit *e = edit_before (self, pos);

  if (e == NULL)
    return pos;
  if (pos < e->norm + e->nlen)
    return e->orig; /* the replacement character itself */
  return e->orig + e->olen + (pos - e->norm - e->nlen);
}

gsize
cg_normalized_end_to_original (const CgNormalized *self, gsize pos)
{
  const Edit *e;

  if (pos == 0)
    return 0;
  /* The end of a span is the end of its last character. */
  e = edit_before (self, pos - 1);
  if (e != NULL && pos - 1 < e->norm + e->nlen)
    return e->orig + e->olen;
  return cg_normalized_start_to_original (self, pos - 1) + 1;
}
