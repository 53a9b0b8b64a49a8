/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-preferences-window.c: two pages.  "General": every widget is bound to a
 * GSettings key with g_settings_bind(), which also makes it insensitive when
 * an administrator has locked the key with dconf; such a row says "Set by
 * your administrator".  "Exceptions": programs whose copies are not checked
 * (a list setting) and the values allowed always (by label and date, from
 * the allow list; the values themselves are nowhere). */
#include "config.h"

#include "cg-preferences-window.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cg-gui.h"
#include "cg-history-row.h"
#include "cg-summary.h"

/* A list setting edited as a list: rows with a remove button, an entry to add. */
typedef struct
{
  GSettings *settings;
  const char *key;
  const char *remove_label;              /* translated */
  char *(*normalize) (const char *text); /* NULL: stripped; returns NULL for nothing to add */
  GtkWidget *list;
  GtkWidget *entry;
} ListEditor;

struct _CgPreferencesWindow
{
  GtkApplicationWindow parent_instance;
  GSettings *settings;
  CgAllowList *allow;
  GtkWidget *grid;
  int row;
  ListEditor programs;
  ListEditor sites;
  GtkWidget *allowed;
  GtkWidget *rules_list;
};

G_DEFINE_FINAL_TYPE (CgPreferencesWindow, cg_preferences_window, GTK_TYPE_APPLICATION_WINDOW)

static GtkWidget *
heading (const char *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);
  GtkWidget *l = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (l), markup);
  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_widget_set_margin_top (l, 12);
  return l;
}

static void
add_heading (CgPreferencesWindow *self, const char *text)
{
  gtk_grid_attach (GTK_GRID (self->grid), heading (text), 0, self->row++, 2, 1);
}

/* A labelled control; the label's mnemonic focuses it. */
static void
add_row (CgPreferencesWindow *self, const char *text, const char *help, GtkWidget *control)
{
  GtkWidget *l = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_widget_set_hexpand (l, TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (l), control);
  gtk_widget_set_halign (control, GTK_ALIGN_END);
  gtk_widget_set_valign (control, GTK_ALIGN_CENTER);
  if (help != NULL)
    gtk_widget_set_tooltip_text (l, help), gtk_widget_set_tooltip_text (control, help);
  gtk_grid_attach (GTK_GRID (self->grid), l, 0, self->row, 1, 1);
  gtk_grid_attach (GTK_GRID (self->grid), control, 1, self->row++, 1, 1);
}

/* After add_row() of a control bound to @key: a locked key says why the
 * control does not move. */
static void
add_lock_note (CgPreferencesWindow *self, const char *key)
{
  GtkWidget *note;

  if (g_settings_is_writable (self->settings, key))
    return;
  note = gtk_label_new (_ ("Set by your administrator"));
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_style_context_add_class (gtk_widget_get_style_context (note), "dim-label");
  gtk_grid_attach (GTK_GRID (self->grid), note, 0, self->row++, 2, 1);
}

static GSettingsSchemaKey *
schema_key (CgPreferencesWindow *self, const char *key)
{
  g_autoptr (GSettingsSchema) schema = NULL;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  return g_settings_schema_get_key (schema, key);
}

static void
add_switch (CgPreferencesWindow *self, const char *text, const char *key)
{
  GtkWidget *sw = gtk_switch_new ();
  g_autoptr (GSettingsSchemaKey) k = schema_key (self, key);

  g_settings_bind (self->settings, key, sw, "active", G_SETTINGS_BIND_DEFAULT);
  add_row (self, text, g_settings_schema_key_get_description (k), sw);
  add_lock_note (self, key);
}

/* The bounds are the schema's range, so the two never disagree. */
static void
add_spin (CgPreferencesWindow *self, const char *text, const char *key, const char *hint)
{
  g_autoptr (GSettingsSchemaKey) k = schema_key (self, key);
  g_autoptr (GVariant) range = g_settings_schema_key_get_range (k);
  g_autoptr (GVariant) bounds = NULL;
  const char *kind;
  guint32 min = 0, max = G_MAXINT32;
  GtkWidget *spin;

  g_variant_get (range, "(&sv)", &kind, &bounds);
  if (g_str_equal (kind, "range"))
    g_variant_get (bounds, "(uu)", &min, &max);
  spin = gtk_spin_button_new_with_range (min, max, 1);
  g_settings_bind (self->settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);
  add_row (self, text, g_settings_schema_key_get_description (k), spin);
  if (hint != NULL)
    {
      GtkWidget *h = gtk_label_new (hint);

      gtk_label_set_xalign (GTK_LABEL (h), 0);
      gtk_style_context_add_class (gtk_widget_get_style_context (h), "dim-label");
      gtk_grid_attach (GTK_GRID (self->grid), h, 0, self->row++, 2, 1);
    }
  add_lock_note (self, key);
}

static void
add_mask_style (CgPreferencesWindow *self)
{
  GtkWidget *combo = gtk_combo_box_text_new ();

  gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (combo), "stars", _ ("Stars (*******82)"));
  gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (combo), "placeholder",
                             _ ("Placeholders for AI prompts ([BSN-1])"));
  g_settings_bind (self->settings, "mask-style", combo, "active-id", G_SETTINGS_BIND_DEFAULT);
  add_row (self, _ ("Mask _style"), NULL, combo);
  add_lock_note (self, "mask-style");
}

/* A list row: a text, a dim detail, and a remove button. */
static GtkWidget *
list_row (const char *text, const char *detail, const char *remove_label, GCallback on_remove,
          gpointer user_data, char *key, gboolean removable)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *l = gtk_label_new (text);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic", GTK_ICON_SIZE_BUTTON);
  g_autofree char *accessible = NULL;

  g_object_set (box, "margin", 6, NULL);
  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_widget_set_hexpand (l, TRUE);
  gtk_box_pack_start (GTK_BOX (box), l, TRUE, TRUE, 0);
  if (detail != NULL)
    {
      GtkWidget *d = gtk_label_new (detail);
      gtk_style_context_add_class (gtk_widget_get_style_context (d), "dim-label");
      gtk_box_pack_start (GTK_BOX (box), d, FALSE, FALSE, 0);
    }
  gtk_widget_set_tooltip_text (remove, remove_label);
  accessible = g_strdup_printf ("%s: %s", remove_label, text);
  atk_object_set_name (gtk_widget_get_accessible (remove), accessible);
  gtk_widget_set_sensitive (remove, removable);
  g_object_set_data_full (G_OBJECT (remove), "key", key, g_free);
  g_signal_connect (remove, "clicked", on_remove, user_data);
  gtk_box_pack_start (GTK_BOX (box), remove, FALSE, FALSE, 0);
  gtk_container_add (GTK_CONTAINER (row), box);
  return row;
}

static void
clear_list (GtkWidget *list)
{
  GList *children = gtk_container_get_children (GTK_CONTAINER (list));

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
  g_list_free (children);
}

static void
placeholder (GtkWidget *list, const char *text)
{
  GtkWidget *l = gtk_label_new (text);

  g_object_set (l, "margin", 12, NULL);
  gtk_label_set_line_wrap (GTK_LABEL (l), TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (l), "dim-label");
  gtk_widget_show (l);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), l);
}

static void list_editor_fill (ListEditor *e);

static void
on_list_remove (GtkButton *button, gpointer user_data)
{
  ListEditor *e = user_data;
  const char *name = g_object_get_data (G_OBJECT (button), "key");
  g_auto (GStrv) names = g_settings_get_strv (e->settings, e->key);
  g_autoptr (GStrvBuilder) kept = g_strv_builder_new ();
  g_auto (GStrv) result = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (names[i], name) != 0)
      g_strv_builder_add (kept, names[i]);
  result = g_strv_builder_end (kept);
  g_settings_set_strv (e->settings, e->key, (const char *const *) result);
}

static void
on_list_add (GtkWidget *widget, gpointer user_data)
{
  ListEditor *e = user_data;
  const char *text = gtk_entry_get_text (GTK_ENTRY (e->entry));
  g_autofree char *name = e->normalize != NULL ? e->normalize (text) : g_strstrip (g_strdup (text));
  g_auto (GStrv) names = g_settings_get_strv (e->settings, e->key);
  g_autoptr (GStrvBuilder) all = g_strv_builder_new ();
  g_auto (GStrv) result = NULL;

  if (name == NULL || name[0] == '\0' || g_strv_contains ((const char *const *) names, name))
    return;
  g_strv_builder_addv (all, (const char **) names);
  g_strv_builder_add (all, name);
  result = g_strv_builder_end (all);
  g_settings_set_strv (e->settings, e->key, (const char *const *) result);
  gtk_entry_set_text (GTK_ENTRY (e->entry), "");
}

static void
list_editor_fill (ListEditor *e)
{
  g_auto (GStrv) names = g_settings_get_strv (e->settings, e->key);
  gboolean writable = g_settings_is_writable (e->settings, e->key);

  clear_list (e->list);
  for (guint i = 0; names[i] != NULL; i++)
    gtk_container_add (GTK_CONTAINER (e->list),
                       list_row (names[i], NULL, e->remove_label, G_CALLBACK (on_list_remove), e,
                                 g_strdup (names[i]), writable));
  gtk_widget_show_all (e->list);
}

static void
on_remove_allowed (GtkButton *button, gpointer user_data)
{
  CgPreferencesWindow *self = user_data;

  cg_allow_list_remove (self->allow, g_object_get_data (G_OBJECT (button), "key"));
}

static void
fill_allowed (CgPreferencesWindow *self)
{
  GPtrArray *entries = cg_allow_list_get_entries (self->allow);

  clear_list (self->allowed);
  for (guint i = 0; i < entries->len; i++)
    {
      const CgAllowEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *text = cg_summary_render_preview (e->label);
      g_autofree char *when = cg_history_format_time (e->added);
      /* Translators: when a value was allowed, such as "allowed 29-11-26 14:02" */
      g_autofree char *detail = g_strdup_printf (_ ("allowed %s"), when);

      gtk_container_add (GTK_CONTAINER (self->allowed),
                         list_row (text, detail, _ ("Warn about this value again"),
                                   G_CALLBACK (on_remove_allowed), self, g_strdup (e->hash), TRUE));
    }
  gtk_widget_show_all (self->allowed);
}

static void
on_settings_changed (GSettings *settings, const char *key, gpointer user_data)
{
  CgPreferencesWindow *self = user_data;

  if (g_str_equal (key, self->programs.key))
    list_editor_fill (&self->programs);
  else if (g_str_equal (key, self->sites.key))
    list_editor_fill (&self->sites);
}

static void
on_allow_changed (CgAllowList *allow, gpointer user_data)
{
  fill_allowed (user_data);
}

static GtkWidget *
framed_list (GtkWidget *list, int height)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new (NULL, NULL);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), height);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_container_add (GTK_CONTAINER (scroller), list);
  gtk_container_add (GTK_CONTAINER (frame), scroller);
  return frame;
}

static GtkWidget *
explanation (const char *text)
{
  GtkWidget *l = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_label_set_line_wrap (GTK_LABEL (l), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (l), 60);
  gtk_style_context_add_class (gtk_widget_get_style_context (l), "dim-label");
  return l;
}

/* The list, the entry and its button, and the administrator's note. */
static void
pack_list_editor (GtkWidget *box, ListEditor *e, const char *empty, const char *name, int height,
                  const char *hint, const char *entry_name, const char *add_label)
{
  GtkWidget *add_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (add_label);
  gboolean writable = g_settings_is_writable (e->settings, e->key);

  e->list = gtk_list_box_new ();
  placeholder (e->list, empty);
  atk_object_set_name (gtk_widget_get_accessible (e->list), name);
  gtk_box_pack_start (GTK_BOX (box), framed_list (e->list, height), TRUE, TRUE, 0);
  e->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (e->entry), hint);
  gtk_widget_set_hexpand (e->entry, TRUE);
  atk_object_set_name (gtk_widget_get_accessible (e->entry), entry_name);
  gtk_box_pack_start (GTK_BOX (add_box), e->entry, TRUE, TRUE, 0);
  gtk_box_pack_start (GTK_BOX (add_box), add, FALSE, FALSE, 0);
  gtk_widget_set_sensitive (add_box, writable);
  gtk_box_pack_start (GTK_BOX (box), add_box, FALSE, FALSE, 0);
  if (!writable)
    gtk_box_pack_start (GTK_BOX (box), explanation (_ ("Set by your administrator")), FALSE, FALSE,
                        0);
  g_signal_connect (add, "clicked", G_CALLBACK (on_list_add), e);
  g_signal_connect (e->entry, "activate", G_CALLBACK (on_list_add), e);
}

static GtkWidget *
build_exceptions (CgPreferencesWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  g_object_set (box, "margin", 18, NULL);
  gtk_box_pack_start (GTK_BOX (box), heading (_ ("Programs not checked")), FALSE, FALSE, 0);
  gtk_box_pack_start (
      GTK_BOX (box),
      explanation (_ ("Copies from these programs are not checked: for a program in which copying "
                      "personal data is your daily work, such as a payroll program. The name is "
                      "the program's window class (X11); Wayland does not tell which program "
                      "copied.")),
      FALSE, FALSE, 0);
  pack_list_editor (box, &self->programs, _ ("Every program's copies are checked."),
                    _ ("Programs not checked"), 90, _ ("Window class, such as Payroll"),
                    _ ("Program to add"), _ ("Add p_rogram"));

  gtk_box_pack_start (GTK_BOX (box), heading (_ ("Values allowed always")), FALSE, FALSE, 0);
  gtk_box_pack_start (
      GTK_BOX (box),
      explanation (_ ("clipguard does not warn about these values (“Always allow” in the history). "
                      "It keeps no copy of them, only a fingerprint that cannot be turned back "
                      "into the value.")),
      FALSE, FALSE, 0);
  self->allowed = gtk_list_box_new ();
  placeholder (self->allowed, _ ("No values are allowed always."));
  atk_object_set_name (gtk_widget_get_accessible (self->allowed), _ ("Values allowed always"));
  gtk_box_pack_start (GTK_BOX (box), framed_list (self->allowed, 120), TRUE, TRUE, 0);
  if (cg_allow_list_get_problem (self->allow) != NULL)
    gtk_box_pack_start (GTK_BOX (box), explanation (cg_allow_list_get_problem (self->allow)), FALSE,
                        FALSE, 0);
  return box;
}

/* ---- the browser ------------------------------------------------------------ */

/* What people paste into the entry: a host name, or an address copied from
 * the browser ("https://chat.example.com/c/123"): its host name. */
static char *
normalize_site (const char *text)
{
  g_autofree char *s = g_ascii_strdown (g_strstrip (g_strdup (text)), -1);
  char *host = strstr (s, "://") != NULL ? strstr (s, "://") + 3 : s;

  host[strcspn (host, "/:?#")] = '\0';
  if (g_str_has_prefix (host, "www."))
    host += 4; /* a site covers its subdomains */
  if (host[0] == '\0' || strlen (host) > 253
      || host[strspn (host, "abcdefghijklmnopqrstuvwxyz0123456789.-")] != '\0')
    return NULL;
  return g_strdup (host);
}

static void
add_choice (GtkWidget *box, GSettings *settings, const char *text, const char *key,
            const char *const *ids, const char *const *labels)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *l = gtk_label_new_with_mnemonic (text);
  GtkWidget *combo = gtk_combo_box_text_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (combo), ids[i], labels[i]);
  g_settings_bind (settings, key, combo, "active-id", G_SETTINGS_BIND_DEFAULT);
  gtk_label_set_mnemonic_widget (GTK_LABEL (l), combo);
  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_box_pack_start (GTK_BOX (row), l, TRUE, TRUE, 0);
  gtk_box_pack_start (GTK_BOX (row), combo, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (box), row, FALSE, FALSE, 0);
  if (!g_settings_is_writable (settings, key))
    gtk_box_pack_start (GTK_BOX (box), explanation (_ ("Set by your administrator")), FALSE, FALSE,
                        0);
}

static GtkWidget *
build_browser (CgPreferencesWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  const char *const when_ids[] = { "copy-and-paste", "paste", "copy", NULL };
  const char *const when[] = { _ ("At a copy, and at a paste into a chatbot"),
                               _ ("Only at a paste into a chatbot"), _ ("Only at a copy"), NULL };
  const char *const action_ids[] = { "warn", "mask", "block", NULL };
  const char *const actions[]
      = { _ ("Ask: masked, as is, or not at all"), _ ("Paste it masked without asking"),
          _ ("Never paste it as is"), NULL };
  const char *const scope_ids[] = { "listed-sites", "all-sites", NULL };
  const char *const scopes[] = { _ ("The websites below"), _ ("Every website"), NULL };

  g_object_set (box, "margin", 18, NULL);
  gtk_box_pack_start (GTK_BOX (box), heading (_ ("Pasting into a chatbot")), FALSE, FALSE, 0);
  gtk_box_pack_start (
      GTK_BOX (box),
      explanation (_ ("With clipguard's browser extension (Chromium, Firefox), what you paste "
                      "into these websites is checked before the website sees it.")),
      FALSE, FALSE, 0);
  add_choice (box, self->settings, _ ("_Warn"), "warn-at", when_ids, when);
  add_choice (box, self->settings, _ ("Personal data in a _paste"), "browser-action", action_ids,
              actions);
  add_choice (box, self->settings, _ ("_Guard"), "browser-scope", scope_ids, scopes);
  pack_list_editor (box, &self->sites, _ ("No website is guarded."), _ ("Guarded websites"), 160,
                    _ ("Website, such as chat.example.com"), _ ("Website to add"),
                    _ ("Add _website"));
  return box;
}

/* ---- organisation rules -------------------------------------------------- */

static void
on_rule_switched (GtkSwitch *sw, GParamSpec *pspec, gpointer user_data)
{
  CgPreferencesWindow *self = user_data;
  const char *id = g_object_get_data (G_OBJECT (sw), "rule");
  g_auto (GStrv) disabled = g_settings_get_strv (self->settings, "disabled-rules");
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
  g_auto (GStrv) result = NULL;

  for (guint i = 0; disabled[i] != NULL; i++)
    if (g_strcmp0 (disabled[i], id) != 0)
      g_strv_builder_add (b, disabled[i]);
  if (!gtk_switch_get_active (sw))
    g_strv_builder_add (b, id);
  result = g_strv_builder_end (b);
  /* the guard reloads its rules on the change, and lists them here again */
  g_settings_set_strv (self->settings, "disabled-rules", (const char *const *) result);
}

void
cg_preferences_window_set_rules (CgPreferencesWindow *self, CgRules *rules)
{
  GPtrArray *info = rules != NULL ? cg_rules_get_info (rules) : NULL;

  clear_list (self->rules_list);
  for (guint i = 0; info != NULL && i < info->len; i++)
    {
      const CgRuleInfo *r = info->pdata[i];
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *grid = gtk_grid_new ();
      GtkWidget *name = gtk_label_new (NULL);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", r->label);
      g_autofree char *where = g_strdup_printf (
          r->system ? _ ("%s, set by your administrator") : _ ("%s, your own"), r->file);
      GtkWidget *from = gtk_label_new (where);
      GtkWidget *status = gtk_label_new (NULL);
      g_autofree char *accessible = NULL;

      if (r->error != NULL)
        {
          g_autofree char *why
              = g_markup_printf_escaped ("<span foreground='#c01c28'>%s</span>", _ ("Not loaded"));
          /* Translators: %s is why a rule did not load (in English, as in the log) */
          g_autofree char *detail = g_strdup_printf (_ ("Not loaded: %s"), r->error);
          gtk_label_set_markup (GTK_LABEL (status), why);
          gtk_widget_set_tooltip_text (row, detail);
        }
      gtk_label_set_markup (GTK_LABEL (name), markup);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_xalign (GTK_LABEL (from), 0);
      gtk_label_set_ellipsize (GTK_LABEL (from), PANGO_ELLIPSIZE_START);
      gtk_widget_set_hexpand (from, TRUE);
      gtk_style_context_add_class (gtk_widget_get_style_context (from), "dim-label");
      g_object_set (grid, "margin", 6, NULL);
      gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
      gtk_grid_attach (GTK_GRID (grid), name, 0, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), from, 0, 1, 1, 1);
      if (r->error == NULL)
        {
          /* a loaded rule has a switch: on or off (disabled-rules) */
          GtkWidget *sw = gtk_switch_new ();
          g_autofree char *switch_name = g_strdup_printf (_ ("Use the rule %s"), r->label);

          gtk_switch_set_active (GTK_SWITCH (sw), r->enabled);
          gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
          gtk_widget_set_sensitive (sw, g_settings_is_writable (self->settings, "disabled-rules"));
          atk_object_set_name (gtk_widget_get_accessible (sw), switch_name);
          g_object_set_data_full (G_OBJECT (sw), "rule", g_strdup (r->id), g_free);
          g_signal_connect (sw, "notify::active", G_CALLBACK (on_rule_switched), self);
          gtk_grid_attach (GTK_GRID (grid), sw, 1, 0, 1, 2);
        }
      else
        gtk_grid_attach (GTK_GRID (grid), status, 1, 0, 1, 2);
      if (r->error != NULL)
        {
          /* why, where it can be read: the reason is in English, as in the log */
          GtkWidget *reason = gtk_label_new (r->error);
          gtk_label_set_xalign (GTK_LABEL (reason), 0);
          gtk_label_set_line_wrap (GTK_LABEL (reason), TRUE);
          gtk_label_set_selectable (GTK_LABEL (reason), TRUE);
          gtk_style_context_add_class (gtk_widget_get_style_context (reason), "dim-label");
          gtk_grid_attach (GTK_GRID (grid), reason, 0, 2, 2, 1);
        }
      gtk_container_add (GTK_CONTAINER (row), grid);
      accessible = g_strdup_printf ("%s: %s", r->label,
                                    r->error != NULL ? _ ("Not loaded")
                                    : r->enabled     ? _ ("In use")
                                                     : _ ("Off"));
      atk_object_set_name (gtk_widget_get_accessible (row), accessible);
      gtk_container_add (GTK_CONTAINER (self->rules_list), row);
    }
  gtk_widget_show_all (self->rules_list);
}

static GtkWidget *
build_rules (CgPreferencesWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *user = gtk_check_button_new_with_mnemonic (
      _ ("_Use my own rules (~/.config/clipguard/rules.d) too"));

  g_object_set (box, "margin", 18, NULL);
  gtk_box_pack_start (GTK_BOX (box), heading (_ ("Organisation rules")), FALSE, FALSE, 0);
  gtk_box_pack_start (
      GTK_BOX (box),
      explanation (_ ("Besides BSNs, IBANs and addresses, clipguard warns about the identifiers "
                      "these rules describe: personnel, client or case numbers. Your "
                      "administrator puts them in /etc/xdg/clipguard/rules.d; see "
                      "clipguard-rules(5).")),
      FALSE, FALSE, 0);
  self->rules_list = gtk_list_box_new ();
  placeholder (self->rules_list, _ ("No organisation rules."));
  atk_object_set_name (gtk_widget_get_accessible (self->rules_list), _ ("Organisation rules"));
  gtk_box_pack_start (GTK_BOX (box), framed_list (self->rules_list, 200), TRUE, TRUE, 0);
  g_settings_bind (self->settings, "user-rules", user, "active", G_SETTINGS_BIND_DEFAULT);
  gtk_box_pack_start (GTK_BOX (box), user, FALSE, FALSE, 0);
  if (!g_settings_is_writable (self->settings, "user-rules"))
    gtk_box_pack_start (GTK_BOX (box), explanation (_ ("Set by your administrator")), FALSE, FALSE,
                        0);
  return box;
}

static void
build (CgPreferencesWindow *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *switcher = gtk_stack_switcher_new ();

  gtk_header_bar_set_custom_title (GTK_HEADER_BAR (header), switcher);
  gtk_header_bar_set_show_close_button (GTK_HEADER_BAR (header), TRUE);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
  gtk_window_set_title (GTK_WINDOW (self), _ ("Preferences — clipguard"));
  gtk_window_set_icon_name (GTK_WINDOW (self), APP_ID);
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), GTK_STACK (stack));
  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 24);
  g_object_set (self->grid, "margin", 18, NULL);

  add_heading (self, _ ("Look for"));
  add_switch (self, _ ("_BSN (citizen service number)"), "detect-bsn");
  add_switch (self, _ ("_IBAN (bank account)"), "detect-iban");
  add_switch (self, _ ("Dutch _addresses"), "detect-address");
  add_switch (self, _ ("_Confidential business figures and marked documents"),
              "detect-confidential");
  add_heading (self, _ ("When something is found"));
  add_mask_style (self);
  add_spin (self, _ ("Remember masked values for (_hours)"), "restore-hours",
            _ ("0 remembers nothing: a chatbot's answer cannot be restored"));
  add_switch (self, _ ("Also restore placeholders without brac_kets"), "restore-bare");
  add_switch (self, _ ("Mask _without asking"), "auto-mask");
  add_switch (self, _ ("Name the _place of an address in warnings"), "preview-place");
  add_switch (self, _ ("Show _notifications"), "show-notifications");
  add_switch (self, _ ("Also watch selected _text (primary selection)"), "watch-primary");
  add_spin (self, _ ("Largest copy to check (_MB)"), "size-limit-mb", NULL);
  add_heading (self, _ ("History"));
  add_spin (self, _ ("Keep history for (_days)"), "history-days", _ ("0 keeps no history"));
  add_spin (self, _ ("Keep at most (_entries)"), "history-entries", NULL);
  add_heading (self, _ ("Session"));
  add_switch (self, _ ("Start at _login"), "start-at-login");
  gtk_stack_add_titled (GTK_STACK (stack), self->grid, "general", _ ("General"));
  gtk_stack_add_titled (GTK_STACK (stack), build_exceptions (self), "exceptions", _ ("Exceptions"));
  gtk_stack_add_titled (GTK_STACK (stack), build_browser (self), "browser", _ ("Browser"));
  gtk_stack_add_titled (GTK_STACK (stack), build_rules (self), "rules", _ ("Rules"));
  gtk_container_add (GTK_CONTAINER (self), stack);
  gtk_widget_show_all (header);
  gtk_widget_show_all (stack);
  gtk_window_set_resizable (GTK_WINDOW (self), FALSE);
}

static void
cg_preferences_window_dispose (GObject *object)
{
  CgPreferencesWindow *self = CG_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->allow != NULL)
    g_signal_handlers_disconnect_by_data (self->allow, self);
  g_clear_object (&self->allow);
  g_clear_object (&CG_PREFERENCES_WINDOW (object)->settings);
  G_OBJECT_CLASS (cg_preferences_window_parent_class)->dispose (object);
}

static void
cg_preferences_window_class_init (CgPreferencesWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_preferences_window_dispose;
}

static void
cg_preferences_window_init (CgPreferencesWindow *self)
{
  cg_gui_close_on_escape (GTK_WINDOW (self));
}

GtkWidget *
cg_preferences_window_new (GtkApplication *app, GSettings *settings, CgAllowList *allow)
{
  CgPreferencesWindow *self = g_object_new (CG_TYPE_PREFERENCES_WINDOW, "application", app, NULL);

  self->settings = g_object_ref (settings);
  self->allow = g_object_ref (allow);
  self->programs = (ListEditor){
    settings, "excluded-applications", _ ("Check this program's copies again"), NULL, NULL, NULL
  };
  self->sites = (ListEditor){
    settings, "browser-sites", _ ("Stop guarding this website"), normalize_site, NULL, NULL
  };
  build (self);
  list_editor_fill (&self->programs);
  list_editor_fill (&self->sites);
  fill_allowed (self);
  g_signal_connect (settings, "changed", G_CALLBACK (on_settings_changed), self);
  g_signal_connect (allow, "changed", G_CALLBACK (on_allow_changed), self);
  return GTK_WIDGET (self);
}
