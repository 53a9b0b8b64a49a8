/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-test-owner.c: a clipboard owner for the end-to-end tests that offers
 * any targets, like a password manager (x-kde-passwordManagerHint) or an
 * image editor would.  It serves until another client takes the clipboard.
 *
 * usage: cg-test-owner TARGET=VALUE...      (VALUE "@FILE" reads FILE)
 */
#include <gtk/gtk.h>

typedef struct
{
  char *target;
  GBytes *value;
} Offer;

static GPtrArray *offers;

static void
serve (GtkClipboard *clipboard, GtkSelectionData *selection, guint info, gpointer data)
{
  Offer *offer = g_ptr_array_index (offers, info);
  gsize len;
  const guchar *value = g_bytes_get_data (offer->value, &len);

  gtk_selection_data_set (selection, gtk_selection_data_get_target (selection), 8, value,
                          (gint) len);
  /* Tell the test who read what. */
  g_print ("served %s\n", offer->target);
  fflush (stdout);
}

static void
lost (GtkClipboard *clipboard, gpointer data)
{
  gtk_main_quit ();
}

static gboolean
give_up (gpointer data)
{
  gtk_main_quit ();
  return G_SOURCE_REMOVE;
}

int
main (int argc, char **argv)
{
  GtkTargetEntry *targets;

  gtk_init (&argc, &argv);
  offers = g_ptr_array_new ();
  targets = g_new0 (GtkTargetEntry, argc);
  for (int i = 1; i < argc; i++)
    {
      Offer *offer = g_new0 (Offer, 1);
      char *eq = strchr (argv[i], '=');
      if (eq == NULL)
        return 2;
      offer->target = g_strndup (argv[i], (gsize) (eq - argv[i]));
      if (eq[1] == '@')
        {
          char *contents;
          gsize len;
          if (!g_file_get_contents (eq + 2, &contents, &len, NULL))
            return 2;
          offer->value = g_bytes_new_take (contents, len);
        }
      else
        offer->value = g_bytes_new (eq + 1, strlen (eq + 1));
      g_ptr_array_add (offers, offer);
      targets[i - 1].target = offer->target;
      targets[i - 1].info = (guint) (i - 1);
    }
  if (!gtk_clipboard_set_with_data (gtk_clipboard_get (GDK_SELECTION_CLIPBOARD), targets,
                                    (guint) (argc - 1), serve, lost, NULL))
    return 1;
  /* Tell the test we own it. */
  g_print ("owning\n");
  fflush (stdout);
  g_timeout_add_seconds (120, give_up, NULL);
  gtk_main ();
  return 0;
}
