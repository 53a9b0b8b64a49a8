/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-keywords.c: many keywords in one pass.
 *
 * Each keyword is looked up by three of its bytes (its anchor) in one of
 * eight buckets, the anchor and bucket chosen together so that they add the
 * fewest candidates on office text (cg_keyword_set_prepare).  For each of
 * the three positions a byte is split into its two halves (nibbles), and two
 * 16-entry tables say which buckets allow that half there; a text position
 * is a candidate when some bucket allows all six halves.  This is the
 * "Teddy" method of Hyperscan (Intel, BSD licence), written anew: with SSSE3
 * a table lookup is one PSHUFB, so sixteen positions are tested in about
 * twenty instructions.  A hashed table of the anchors drops most false
 * candidates, and the rest are compared in full.  Without SSSE3 the same
 * tables, combined per byte, are tested one position at a time. */
#include "config.h"

#include <string.h>

#include "cg-keywords.h"
#include "cg-text.h"

#if defined(__x86_64__) || defined(__i386__)
#include <tmmintrin.h>
#define HAVE_X86_VECTOR 1
#endif

#define ANCHOR 3  /* bytes per anchor */
#define BUCKETS 8 /* bits in a table entry */
#define BLOCK 16  /* bytes per vector */

typedef struct
{
  char *keyword;
  guint len;
  guint offset; /* of the anchor in the keyword */
  guint id;
  guint8 bucket;
} Entry;

struct _CgKeywordSet
{
  GArray *entries; /* Entry, in the order added */
  gboolean prepared;
  guint8 lo[ANCHOR][16];    /* buckets that allow a low half, per anchor position */
  guint8 hi[ANCHOR][16];    /* the same for the high half */
  guint8 byte[ANCHOR][256]; /* lo & hi for each byte: the plain loop's tables */
  guint8 *pair;             /* buckets whose anchor starts with b0, b1, at b0 | b1 << 8 (64 KB) */
  guint8 past_end[ANCHOR];  /* buckets whose anchor is shorter than the position */
  guint8 by_length[ANCHOR + 1]; /* buckets with anchors of that length */
  /* the anchors in lower case, hashed with their length: the halves of
   * different anchors in one bucket combine into false candidates, which
   * this rules out before any keyword is compared */
  guint8 exact[65536 / 8];
  GArray *buckets[BUCKETS]; /* Entry (copies, sharing the keyword) */
};

CgKeywordSet *
cg_keyword_set_new (void)
{
  CgKeywordSet *set = g_new0 (CgKeywordSet, 1);

  set->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  for (guint b = 0; b < BUCKETS; b++)
    set->buckets[b] = g_array_new (FALSE, FALSE, sizeof (Entry));
  return set;
}

void
cg_keyword_set_free (CgKeywordSet *set)
{
  if (set == NULL)
    return;
  for (guint i = 0; i < set->entries->len; i++)
    g_free (g_array_index (set->entries, Entry, i).keyword);
  g_array_unref (set->entries);
  for (guint b = 0; b < BUCKETS; b++)
    g_array_unref (set->buckets[b]);
  g_free (set->pair);
  g_free (set);
}

guint
cg_keyword_set_get_size (const CgKeywordSet *set)
{
  return set->entries->len;
}

/* How often a byte comes in office text, roughly: letters by their
 * frequency in Dutch (per mille), a tenth as often in capitals; white
 * space, digits and punctuation after them.  Only the order of magnitude
 * matters: it steers where anchors are taken and how they share buckets. */
static double
byte_share (guchar c)
{
  static const guint8 letters[26] = { 75,  16, 12, 59, 189, 8,  34, 24, 65, 15, 23, 36, 22,
                                      100, 61, 16, 1,  64,  37, 68, 20, 29, 15, 1,  1,  14 };

  if (cg_is_lower (c))
    return 0.65 * letters[c - 'a'] / 1000.0;
  if (cg_is_upper (c))
    return 0.065 * letters[c - 'A'] / 1000.0;
  if (c == ' ')
    return 0.15;
  if (c == '\n' || c == '\t')
    return 0.02;
  if (cg_is_digit (c))
    return 0.006;
  if (c >= 0x80)
    return 0.00005;
  return c >= 0x20 && c < 0x7f ? 0.001 : 0.00001;
}

/* @n (1 to ANCHOR) bytes in lower case */
static inline guint
anchor_hash (const guchar *bytes, guint n)
{
  guint32 v = n;

  for (guint j = 0; j < n; j++)
    v = v << 8 | bytes[j];
  return (v * 2654435761u) >> 16;
}

void
cg_keyword_set_add (CgKeywordSet *set, const char *keyword, guint id)
{
  Entry e = { g_strdup (keyword), (guint) strlen (keyword), 0, id, 0 };

  g_return_if_fail (e.len > 0);
  g_array_append_val (set->entries, e);
  set->prepared = FALSE;
}

/* How often a bucket's tables make a candidate, by byte_share(). */
static double
bucket_rate (const guint8 lo[ANCHOR][16], const guint8 hi[ANCHOR][16], guint8 bit)
{
  double rate = 1.0;

  for (guint j = 0; j < ANCHOR; j++)
    {
      double share = 0.0;
      for (guint c = 0; c < 256; c++)
        if (lo[j][c & 15] & hi[j][c >> 4] & bit)
          share += byte_share ((guchar) c);
      rate *= MIN (share, 1.0);
    }
  return rate;
}

static void
allow_entry (guint8 lo[ANCHOR][16], guint8 hi[ANCHOR][16], const Entry *e, guint8 bit)
{
  const guchar *kw = (const guchar *) e->keyword;

  for (guint j = 0; j < ANCHOR; j++)
    {
      guchar c;

      if (e->offset + j >= e->len)
        {
          /* a keyword shorter than an anchor: any byte, or the end of the text */
          for (guint half = 0; half < 16; half++)
            lo[j][half] |= bit, hi[j][half] |= bit;
          continue;
        }
      c = kw[e->offset + j];
      lo[j][c & 15] |= bit, hi[j][c >> 4] |= bit;
      if (cg_is_lower (c))
        lo[j][(c - 32) & 15] |= bit, hi[j][(c - 32) >> 4] |= bit;
    }
}

/* The first two bytes of @e's anchor, in either case (any second byte for
 * an anchor of one), into the plain loop's table. */
static void
allow_pair (guint8 *pair, const Entry *e)
{
  const guchar *kw = (const guchar *) e->keyword + e->offset;
  guint8 bit = (guint8) (1u << e->bucket);

  for (guint upper0 = 0; upper0 < 2; upper0++)
    {
      guint b0 = upper0 && cg_is_lower (kw[0]) ? kw[0] - 32u : kw[0];

      if (upper0 && b0 == kw[0])
        continue;
      for (guint b1 = 0; b1 < 256; b1++)
        if (e->offset + 1 >= e->len || cg_ascii_lower ((guchar) b1) == kw[1])
          pair[b0 | b1 << 8] |= bit;
    }
}

/* Spreads the anchors over the buckets, each where it widens a bucket
 * least, and fills the tables. */
void
cg_keyword_set_prepare (CgKeywordSet *set)
{
  double rates[BUCKETS] = { 0 };

  memset (set->lo, 0, sizeof set->lo);
  memset (set->hi, 0, sizeof set->hi);
  memset (set->past_end, 0, sizeof set->past_end);
  memset (set->by_length, 0, sizeof set->by_length);
  memset (set->exact, 0, sizeof set->exact);
  for (guint b = 0; b < BUCKETS; b++)
    g_array_set_size (set->buckets[b], 0);
  for (guint i = 0; i < set->entries->len; i++)
    {
      Entry *e = &g_array_index (set->entries, Entry, i);
      double least = G_MAXDOUBLE;
      guchar lower[ANCHOR];
      guint h, n;

      /* the anchor and bucket that add the fewest candidates */
      for (guint o = 0; o + ANCHOR <= e->len || o == 0; o++)
        for (guint b = 0; b < BUCKETS; b++)
          {
            guint8 lo[ANCHOR][16], hi[ANCHOR][16];
            guint8 bit = (guint8) (1u << b);
            Entry trial = *e;
            double more;

            trial.offset = o;
            memcpy (lo, set->lo, sizeof lo);
            memcpy (hi, set->hi, sizeof hi);
            allow_entry (lo, hi, &trial, bit);
            more = bucket_rate (lo, hi, bit) - rates[b];
            if (more < least)
              least = more, e->offset = o, e->bucket = (guint8) b;
          }
      n = MIN (ANCHOR, e->len - e->offset);
      allow_entry (set->lo, set->hi, e, (guint8) (1u << e->bucket));
      for (guint j = n; j < ANCHOR; j++)
        set->past_end[j] |= (guint8) (1u << e->bucket);
      set->by_length[n] |= (guint8) (1u << e->bucket);
      for (guint j = 0; j < n; j++)
        lower[j] = (guchar) e->keyword[e->offset + j];
      h = anchor_hash (lower, n);
      set->exact[h >> 3] |= (guint8) (1u << (h & 7));
      rates[e->bucket] = bucket_rate (set->lo, set->hi, (guint8) (1u << e->bucket));
      g_array_append_val (set->buckets[e->bucket], *e);
    }
  for (guint j = 0; j < ANCHOR; j++)
    for (guint c = 0; c < 256; c++)
      set->byte[j][c] = set->lo[j][c & 15] & set->hi[j][c >> 4];
  if (set->pair == NULL)
    set->pair = g_malloc (65536);
  memset (set->pair, 0, 65536);
  for (guint i = 0; i < set->entries->len; i++)
    allow_pair (set->pair, &g_array_index (set->entries, Entry, i));
  set->prepared = TRUE;
}

/* The keywords of @buckets whose anchor is at @pos. */
static void
check (const CgKeywordSet *set, const guchar *t, gsize len, gsize pos, guint buckets,
       CgKeywordFunc func, gpointer user_data)
{
  guchar lower[ANCHOR];
  guint allowed = 0;

  for (guint n = 1; n <= ANCHOR && pos + n <= len; n++)
    {
      lower[n - 1] = cg_ascii_lower (t[pos + n - 1]);
      if (set->by_length[n] & buckets)
        {
          guint h = anchor_hash (lower, n);
          if (set->exact[h >> 3] & (1u << (h & 7)))
            allowed |= set->by_length[n];
        }
    }
  for (buckets &= allowed; buckets != 0; buckets &= buckets - 1)
    {
      const GArray *entries = set->buckets[__builtin_ctz (buckets)];

      for (guint i = 0; i < entries->len; i++)
        {
          const Entry *e = &g_array_index (entries, Entry, i);
          const guchar *kw = (const guchar *) e->keyword;
          gsize start, end;
          guint k;

          if (pos < e->offset || pos - e->offset + e->len > len)
            continue;
          start = pos - e->offset;
          end = start + e->len;
          for (k = 0; k < e->len && cg_ascii_lower (t[start + k]) == kw[k]; k++)
            ;
          if (k < e->len)
            continue;
          if ((start > 0 && cg_is_word_byte (t[start - 1]) && cg_is_word_byte (kw[0]))
              || (end < len && cg_is_word_byte (t[end]) && cg_is_word_byte (kw[e->len - 1])))
            continue;
          func (e->id, start, user_data);
        }
    }
}

/* Positions [from, len) one at a time. */
static void
find_plain (const CgKeywordSet *set, const guchar *t, gsize len, gsize from, CgKeywordFunc func,
            gpointer user_data)
{
  gsize i = from;

  /* two bytes at a time while a third follows */
  for (; i + 2 < len; i++)
    {
      guint buckets = set->pair[t[i] | t[i + 1] << 8];

      if (G_LIKELY (buckets == 0))
        continue;
      buckets &= set->byte[2][t[i + 2]];
      if (buckets != 0)
        check (set, t, len, i, buckets, func, user_data);
    }
  for (; i < len; i++)
    {
      guint buckets = set->byte[0][t[i]];

      for (guint j = 1; j < ANCHOR && buckets != 0; j++)
        buckets &= i + j < len ? set->byte[j][t[i + j]] : set->past_end[j];
      if (buckets != 0)
        check (set, t, len, i, buckets, func, user_data);
    }
}

#ifdef HAVE_X86_VECTOR
__attribute__ ((target ("ssse3"))) static inline __m128i
buckets_at (__m128i lo, __m128i hi, __m128i bytes, __m128i halves)
{
  __m128i low = _mm_and_si128 (bytes, halves);
  __m128i high = _mm_and_si128 (_mm_srli_epi16 (bytes, 4), halves);

  return _mm_and_si128 (_mm_shuffle_epi8 (lo, low), _mm_shuffle_epi8 (hi, high));
}

/* Sixteen positions at a time while three vectors fit; returns where the
 * plain loop goes on. */
__attribute__ ((target ("ssse3"))) static gsize
find_ssse3 (const CgKeywordSet *set, const guchar *t, gsize len, CgKeywordFunc func,
            gpointer user_data)
{
  const __m128i halves = _mm_set1_epi8 (0x0f);
  const __m128i zero = _mm_setzero_si128 ();
  __m128i lo[ANCHOR], hi[ANCHOR];
  gsize i = 0;

  for (guint j = 0; j < ANCHOR; j++)
    {
      lo[j] = _mm_loadu_si128 ((const __m128i *) set->lo[j]);
      hi[j] = _mm_loadu_si128 ((const __m128i *) set->hi[j]);
    }
  for (; i + BLOCK + ANCHOR - 1 <= len; i += BLOCK)
    {
      __m128i m = buckets_at (lo[0], hi[0], _mm_loadu_si128 ((const __m128i *) (t + i)), halves);
      guint lanes;
      guint8 at[BLOCK];

      for (guint j = 1; j < ANCHOR; j++)
        m = _mm_and_si128 (
            m, buckets_at (lo[j], hi[j], _mm_loadu_si128 ((const __m128i *) (t + i + j)), halves));
      lanes = ~(guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (m, zero)) & 0xffff;
      if (G_LIKELY (lanes == 0))
        continue;
      _mm_storeu_si128 ((__m128i *) at, m);
      for (; lanes != 0; lanes &= lanes - 1)
        {
          guint lane = (guint) __builtin_ctz (lanes);
          check (set, t, len, i + lane, at[lane], func, user_data);
        }
    }
  return i;
}

static gboolean
have_ssse3 (void)
{
  static gsize once;
  static gboolean have;

  if (g_once_init_enter (&once))
    {
      __builtin_cpu_init ();
      have = __builtin_cpu_supports ("ssse3");
      g_once_init_leave (&once, 1);
    }
  return have;
}
#endif

void
cg_keyword_set_find (const CgKeywordSet *set, const char *text, gsize len, gboolean vector,
                     CgKeywordFunc func, gpointer user_data)
{
  const guchar *t = (const guchar *) text;
  gsize from = 0;

  g_return_if_fail (set->prepared);
  if (set->entries->len == 0)
    return;
#ifdef HAVE_X86_VECTOR
  if (vector && have_ssse3 ())
    from = find_ssse3 (set, t, len, func, user_data);
#endif
  find_plain (set, t, len, from, func, user_data);
}
