/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-keywords.c: the keyword set of the organisation rules finds every
 * keyword as a whole word in either letter case, and its vector loop finds
 * exactly what its plain loop and a naive search find. */
#include <string.h>

#include "cg-keywords.h"
#include "cg-text.h"

typedef struct
{
  guint id;
  gsize start;
} Hit;

static void
collect (guint id, gsize start, gpointer user_data)
{
  Hit h = { id, start };

  g_array_append_val ((GArray *) user_data, h);
}

static int
by_hit (gconstpointer a, gconstpointer b)
{
  const Hit *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static GArray *
find (const CgKeywordSet *set, const char *text, gsize len, gboolean vector)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (Hit));

  cg_keyword_set_find (set, text, len, vector, collect, hits);
  g_array_sort (hits, by_hit);
  return hits;
}

/* Every position, every keyword, compared byte by byte. */
static GArray *
find_naive (char **keywords, const char *text, gsize len)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  const guchar *t = (const guchar *) text;

  for (gsize i = 0; i < len; i++)
    for (guint k = 0; keywords[k] != NULL; k++)
      {
        const guchar *kw = (const guchar *) keywords[k];
        gsize n = strlen (keywords[k]);
        Hit h = { k, i };
        gsize j;

        if (i + n > len)
          continue;
        for (j = 0; j < n && cg_ascii_lower (t[i + j]) == kw[j]; j++)
          ;
        if (j < n)
          continue;
        if (i > 0 && cg_is_word_byte (t[i - 1]) && cg_is_word_byte (kw[0]))
          continue;
        if (i + n < len && cg_is_word_byte (t[i + n]) && cg_is_word_byte (kw[n - 1]))
          continue;
        g_array_append_val (hits, h);
      }
  g_array_sort (hits, by_hit);
  return hits;
}

static void
assert_same (GArray *a, GArray *b, const char *what)
{
  if (a->len != b->len)
    g_error ("%s: %u hits against %u", what, a->len, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const Hit *x = &g_array_index (a, Hit, i), *y = &g_array_index (b, Hit, i);
      if (x->id != y->id || x->start != y->start)
        g_error ("%s: hit %u is keyword %u at %zu against %u at %zu", what, i, x->id, x->start,
                 y->id, y->start);
    }
}

static CgKeywordSet *
set_of (char **keywords)
{
  CgKeywordSet *set = cg_keyword_set_new ();

  for (guint k = 0; keywords[k] != NULL; k++)
    cg_keyword_set_add (set, keywords[k], k);
  cg_keyword_set_prepare (set);
  return set;
}

static void
test_words (void)
{
  char *keywords[] = { "personeelsnummer", "personeelsnr", "kvk", "geb",   "patiëntnummer",
                       "id-kaart",         "nr",           "x",   "order", NULL };
  CgKeywordSet *set = set_of (keywords);
  /* at the start, in capitals, inside words (not found), after ë (a word
   * byte), overlapping keywords, at the very end */
  const char text[] = "Personeelsnummer: 1\nPERSONEELSNR 2 kvk-nummer gebruik geb. 3\n"
                      "patiëntnummer xpatiëntnummer ëkvk ID-KAART order; orders nr x";
  struct
  {
    guint id;
    const char *at;
  } want[] = {
    { 0, "Personeelsnummer:" },
    { 1, "PERSONEELSNR" },
    { 2, "kvk-nummer" },
    { 3, "geb." },
    { 4, "patiëntnummer x" },
    { 5, "ID-KAART" },
    { 8, "order;" },
    { 6, "nr x" },
    { 7, "x" },
  };

  for (int vector = 0; vector < 2; vector++)
    {
      g_autoptr (GArray) hits = find (set, text, strlen (text), vector);
      g_autoptr (GArray) naive = find_naive (keywords, text, strlen (text));

      g_assert_cmpuint (hits->len, ==, G_N_ELEMENTS (want));
      for (guint i = 0; i < G_N_ELEMENTS (want); i++)
        {
          const Hit *h = &g_array_index (hits, Hit, i);
          const char *at = strstr (text, want[i].at);

          if (i == G_N_ELEMENTS (want) - 1)
            at = text + strlen (text) - 1; /* the last x */
          g_assert_cmpuint (h->id, ==, want[i].id);
          g_assert_cmpuint (h->start, ==, (gsize) (at - text));
        }
      assert_same (hits, naive, vector ? "vector" : "plain");
    }
  cg_keyword_set_free (set);
}

/* Random keywords in random text made of their letters (so that the
 * candidates are many and most are false), of every length around the
 * vector's width, against the naive search. */
static void
test_random (void)
{
  static const char *const pieces[]
      = { "a", "e", "i", "k", "l", "m", "n", "o", "p", "r",  "s", "t", "u",
          "A", "E", "K", "N", "R", "T", " ", "-", ".", "\n", "_", "0", "ë" };
  GRand *rand = g_rand_new_with_seed (20261129);

  for (guint round = 0; round < 300; round++)
    {
      guint n_keywords = g_rand_int_range (rand, 1, 40);
      char **keywords = g_new0 (char *, n_keywords + 1);
      CgKeywordSet *set;
      gsize want = g_rand_int_range (rand, 0, round < 100 ? 40 : 3000);
      GString *made = g_string_new (NULL);
      gsize len;
      char *text;
      g_autoptr (GArray) naive = NULL, plain = NULL, vector = NULL;

      for (guint k = 0; k < n_keywords; k++)
        {
          guint n = g_rand_int_range (rand, 1, 9);
          GString *kw = g_string_new (NULL);

          for (guint j = 0; j < n; j++)
            g_string_append_c (kw, "aeiklmnoprst-"[g_rand_int_range (rand, 0, 13)]);
          keywords[k] = g_string_free (kw, FALSE);
        }
      while (made->len < want)
        g_string_append (made, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      len = made->len;
      text = g_string_free (made, FALSE);
      set = set_of (keywords);
      naive = find_naive (keywords, text, len);
      plain = find (set, text, len, FALSE);
      vector = find (set, text, len, TRUE);
      assert_same (plain, naive, "plain");
      assert_same (vector, naive, "vector");
      cg_keyword_set_free (set);
      g_strfreev (keywords);
      g_free (text);
    }
  g_rand_free (rand);
}

/* The same keyword under two IDs is found for both; an empty set finds
 * nothing. */
static void
test_shared_and_empty (void)
{
  CgKeywordSet *set = cg_keyword_set_new ();
  CgKeywordSet *empty = cg_keyword_set_new ();
  g_autoptr (GArray) hits = NULL, none = NULL;

  cg_keyword_set_add (set, "contract", 3);
  cg_keyword_set_add (set, "contract", 7);
  cg_keyword_set_prepare (set);
  cg_keyword_set_prepare (empty);
  g_assert_cmpuint (cg_keyword_set_get_size (set), ==, 2);
  hits = find (set, "Contract C12/345678", 19, TRUE);
  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpuint (g_array_index (hits, Hit, 0).id, ==, 3);
  g_assert_cmpuint (g_array_index (hits, Hit, 1).id, ==, 7);
  none = find (empty, "contract", 8, TRUE);
  g_assert_cmpuint (none->len, ==, 0);
  cg_keyword_set_free (set);
  cg_keyword_set_free (empty);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/keywords/words", test_words);
  g_test_add_func ("/keywords/random", test_random);
  g_test_add_func ("/keywords/shared-and-empty", test_shared_and_empty);
  return g_test_run ();
}
