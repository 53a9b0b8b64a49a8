/* SPDX-License-Identifier: GPL-3.0-or-later */
/* clipguard-native-host: the browser paste guard's native messaging host.
 *
 * A browser starts it when the clipguard extension connects (one process
 * per browser, for as long as the connection lasts) and talks to it over
 * standard input and output (cg-native-framing.h).  It checks pastes with
 * the detector core and the organisation's rules (cg-paste-host.h), reads
 * the settings the extension needs (which sites, what to do), and, when the
 * guard runs, asks it about allowed values and tells it what the user did
 * (nl.clipguard.ClipGuard.Paste on the session bus).  Without a guard it
 * works alone.  It never starts the guard, never writes a file, and writes
 * nothing of what it checks to its log. */
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib-unix.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cg-native-framing.h"
#include "cg-paste-dbus.h"
#include "cg-paste-host.h"
#include "cg-rule-source.h"

#define HOST_NAME "nl.clipguard.native_host"
#define FIREFOX_EXTENSION_ID "clipguard@clipguard.nl"
/* a guard that does not answer in this time is not waited for */
#define GUARD_TIMEOUT_MS 500
/* JSON escapes a byte in at most six */
#define JSON_EXPANSION 6

typedef struct
{
  GMainLoop *loop;
  CgPasteHost *host;
  CgFrameReader *reader;
  GSettings *settings;
  CgRuleSource *rules;
  CgScanner *scanner;
  GDBusConnection *bus;
  guint watch_id;
  CgDBusPaste *guard;
  guint pause_timer;
  gsize size_limit;
  char *problem;
} Host;

/* ---- output ------------------------------------------------------------ */

/* The browser's end of the connection: standard output as it was at the
 * start.  Standard output itself then goes to standard error, so that
 * nothing a library prints (GLib writes debug messages to standard output)
 * can ever end up in the middle of a message. */
static int protocol_fd = -1;

static void
write_all (const guint8 *data, gsize len)
{
  while (len > 0)
    {
      ssize_t n = write (protocol_fd, data, len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return; /* the browser went away: stdin's end says so next */
      data += n;
      len -= (gsize) n;
    }
}

static void
send_message (const char *json, gsize len, gpointer user_data)
{
  g_autoptr (GByteArray) frame = g_byte_array_sized_new ((guint) len + 4);

  cg_frame_append (frame, json, len);
  write_all (frame->data, frame->len);
}

/* ---- the guard --------------------------------------------------------- */

static gboolean
guard_check_values (gpointer data, const char *site, const char *const *hashes, guint n,
                    gboolean *known)
{
  Host *self = data;
  g_autoptr (GVariant) answer = NULL;
  g_autoptr (GError) error = NULL;
  GVariantIter iter;
  gboolean value;
  guint i = 0;

  /* the call takes a NULL-terminated list */
  g_autofree const char **list = g_new0 (const char *, n + 1);

  if (self->guard == NULL)
    return FALSE;
  memcpy (list, hashes, n * sizeof *list);
  g_dbus_proxy_set_default_timeout (G_DBUS_PROXY (self->guard), GUARD_TIMEOUT_MS);
  if (!cg_dbus_paste_call_check_values_sync (self->guard, site, list, &answer, NULL, &error))
    {
      g_message ("The guard did not answer: %s", error->message);
      return FALSE;
    }
  g_variant_iter_init (&iter, answer);
  while (i < n && g_variant_iter_next (&iter, "b", &value))
    known[i++] = value;
  return i == n;
}

static void
guard_report (gpointer data, const char *site, const char *outcome, const guint counts[5],
              char **values)
{
  Host *self = data;
  GVariantBuilder list;

  if (self->guard == NULL)
    return;
  g_variant_builder_init (&list, G_VARIANT_TYPE ("a(sss)"));
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto (GStrv) parts = g_strsplit (values[i], ":", 3);
      if (g_strv_length (parts) == 3)
        g_variant_builder_add (&list, "(sss)", parts[0], parts[1], parts[2]);
    }
  cg_dbus_paste_call_report (
      self->guard, site, outcome,
      g_variant_new ("(uuuuu)", counts[0], counts[1], counts[2], counts[3], counts[4]),
      g_variant_builder_end (&list), NULL, NULL, NULL);
}

static char **
guard_placeholders (gpointer data, const char *site, const CgFindingType *types,
                    const char *const *rules, const char *const *identities,
                    const char *const *values, guint n)
{
  Host *self = data;
  GVariantBuilder list;
  g_auto (GStrv) placeholders = NULL;
  g_autoptr (GError) error = NULL;

  if (self->guard == NULL)
    return NULL;
  g_variant_builder_init (&list, G_VARIANT_TYPE ("a(ssss)"));
  for (guint i = 0; i < n; i++)
    g_variant_builder_add (&list, "(ssss)",
                           types[i] == CG_FINDING_RULE ? "rule"
                                                       : cg_finding_type_to_string (types[i]),
                           rules[i] != NULL ? rules[i] : "", identities[i], values[i]);
  g_dbus_proxy_set_default_timeout (G_DBUS_PROXY (self->guard), GUARD_TIMEOUT_MS);
  if (!cg_dbus_paste_call_placeholders_sync (self->guard, site, g_variant_builder_end (&list),
                                             &placeholders, NULL, &error))
    {
      /* never the message's arguments: only what went wrong */
      g_message ("The guard gave no placeholders: %s", error->message);
      return NULL;
    }
  if (placeholders == NULL || placeholders[0] == NULL)
    return NULL;
  return g_steal_pointer (&placeholders);
}

static void push_config (Host *self);

static gboolean
on_pause_over (gpointer user_data)
{
  Host *self = user_data;

  self->pause_timer = 0;
  push_config (self);
  return G_SOURCE_REMOVE;
}

static void
on_guard_changed (GObject *object, GParamSpec *pspec, gpointer user_data)
{
  push_config (user_data);
}

static void
on_guard_appeared (GDBusConnection *bus, const char *name, const char *owner, gpointer user_data)
{
  Host *self = user_data;
  g_autoptr (GError) error = NULL;

  g_clear_object (&self->guard);
  self->guard = cg_dbus_paste_proxy_new_sync (bus, G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START, owner,
                                              "/nl/clipguard/ClipGuard", NULL, &error);
  if (self->guard == NULL)
    g_message ("The guard cannot be reached: %s", error->message);
  else
    g_signal_connect (self->guard, "notify::paused-until", G_CALLBACK (on_guard_changed), self);
  push_config (self);
}

static void
on_guard_vanished (GDBusConnection *bus, const char *name, gpointer user_data)
{
  Host *self = user_data;

  g_clear_object (&self->guard);
  push_config (self);
}

/* ---- settings ------------------------------------------------------------ */

static CgFindingType
enabled_types (GSettings *settings)
{
  return (g_settings_get_boolean (settings, "detect-bsn") ? CG_FINDING_BSN : 0)
         | (g_settings_get_boolean (settings, "detect-iban") ? CG_FINDING_IBAN : 0)
         | (g_settings_get_boolean (settings, "detect-address") ? CG_FINDING_ADDRESS : 0)
         | (g_settings_get_boolean (settings, "detect-confidential") ? CG_FINDING_CONFIDENTIAL : 0);
}

static void
rebuild_scanner (Host *self)
{
  g_autoptr (GError) error = NULL;
  CgScanner *scanner
      = cg_scanner_new (enabled_types (self->settings), CG_SCANNER_DEFAULT_THRESHOLD, &error);

  if (scanner == NULL)
    {
      g_warning ("Cannot build the scanner: %s", error->message);
      return;
    }
  g_clear_pointer (&self->scanner, cg_scanner_unref);
  self->scanner = scanner;
}

static void
push_config (Host *self)
{
  CgPasteConfig c = { 0 };
  g_auto (GStrv) sites = NULL;
  g_autofree char *style = NULL, *scope = NULL, *action = NULL;

  c.problem = self->problem;
  c.guard = self->guard != NULL;
  if (self->guard != NULL)
    {
      c.paused_until = cg_dbus_paste_get_paused_until (self->guard);
      g_clear_handle_id (&self->pause_timer, g_source_remove);
      if (c.paused_until > 0)
        {
          gint64 left = c.paused_until - g_get_real_time () / G_USEC_PER_SEC;
          if (left > 0)
            self->pause_timer = g_timeout_add_seconds ((guint) MIN (left + 1, G_MAXUINT / 2),
                                                       on_pause_over, self);
        }
    }
  if (self->settings != NULL)
    {
      sites = g_settings_get_strv (self->settings, "browser-sites");
      style = g_settings_get_string (self->settings, "mask-style");
      scope = g_settings_get_string (self->settings, "browser-scope");
      action = g_settings_get_string (self->settings, "browser-action");
      c.scanner = self->scanner;
      c.rules = cg_rule_source_get_rules (self->rules);
      c.mask_style = g_strcmp0 (style, "placeholder") == 0 ? CG_MASK_PLACEHOLDER : CG_MASK_STARS;
      c.name_place = g_settings_get_boolean (self->settings, "preview-place");
      c.size_limit = (gsize) g_settings_get_uint (self->settings, "size-limit-mb") << 20;
      c.sites = sites;
      c.scope = g_strcmp0 (scope, "all-sites") == 0 ? CG_BROWSER_SCOPE_ALL_SITES
                                                    : CG_BROWSER_SCOPE_LISTED_SITES;
      c.action = g_strcmp0 (action, "mask") == 0    ? CG_BROWSER_ACTION_MASK
                 : g_strcmp0 (action, "block") == 0 ? CG_BROWSER_ACTION_BLOCK
                                                    : CG_BROWSER_ACTION_WARN;
    }
  cg_paste_host_set_config (self->host, &c);
}

static void
on_settings_changed (GSettings *settings, const char *key, gpointer user_data)
{
  Host *self = user_data;

  if (g_str_has_prefix (key, "detect-"))
    rebuild_scanner (self);
  if (g_str_has_prefix (key, "detect-") || g_str_has_prefix (key, "browser-")
      || g_str_equal (key, "mask-style") || g_str_equal (key, "preview-place")
      || g_str_equal (key, "size-limit-mb"))
    push_config (self);
}

static void
on_rules_changed (CgRuleSource *source, gpointer user_data)
{
  push_config (user_data);
}

static gboolean
open_settings (Host *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema
      = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "browser-sites"))
    {
      self->problem = g_strdup ("no-settings");
      g_warning ("The settings of clipguard (%s) are not installed: nothing is checked", APP_ID);
      return FALSE;
    }
  self->settings = g_settings_new (APP_ID);
  rebuild_scanner (self);
  self->rules = cg_rule_source_new (self->settings);
  g_signal_connect (self->settings, "changed", G_CALLBACK (on_settings_changed), self);
  g_signal_connect (self->rules, "changed", G_CALLBACK (on_rules_changed), self);
  return TRUE;
}

/* ---- input ---------------------------------------------------------------- */

static void
on_message (const char *data, gsize len, gboolean too_large, gpointer user_data)
{
  Host *self = user_data;
  const char *before = cg_paste_host_get_language (self->host);
  g_autofree char *language = g_strdup (before);

  if (too_large)
    {
      cg_paste_host_too_large (self->host, len);
      return;
    }
  cg_paste_host_handle (self->host, data, len);
  /* rule labels in the browser's language, from its hello on */
  if (g_strcmp0 (language, cg_paste_host_get_language (self->host)) != 0
      && cg_paste_host_get_language (self->host) != NULL && self->rules != NULL)
    {
      g_autofree char *posix
          = g_strdelimit (g_strdup (cg_paste_host_get_language (self->host)), "-", '_');
      g_setenv ("LANGUAGE", posix, TRUE);
      cg_rule_source_reload (self->rules);
    }
}

static gboolean
on_stdin (int fd, GIOCondition condition, gpointer user_data)
{
  Host *self = user_data;
  char buffer[65536];
  ssize_t n = read (fd, buffer, sizeof buffer);

  if (n < 0 && (errno == EINTR || errno == EAGAIN))
    return G_SOURCE_CONTINUE;
  if (n <= 0)
    {
      /* the browser closed the connection */
      g_main_loop_quit (self->loop);
      return G_SOURCE_REMOVE;
    }
  cg_frame_reader_feed (self->reader, buffer, (gsize) n, on_message, self);
  return G_SOURCE_CONTINUE;
}

/* ---- manifests -------------------------------------------------------------- */

static int
print_manifest (const char *browser)
{
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr (GString) out = g_string_new ("{\n");

  if (self_path == NULL)
    {
      g_printerr ("clipguard-native-host: cannot tell its own path\n");
      return 2;
    }
  g_string_append_printf (out,
                          "  \"name\": \"%s\",\n"
                          "  \"description\": \"clipguard: checks pastes into AI chatbots for "
                          "personal data\",\n"
                          "  \"path\": \"%s\",\n"
                          "  \"type\": \"stdio\",\n",
                          HOST_NAME, self_path);
  if (g_str_equal (browser, "chromium"))
    g_string_append_printf (out, "  \"allowed_origins\": [\"chrome-extension://%s/\"]\n",
                            CLIPGUARD_EXTENSION_ID);
  else if (g_str_equal (browser, "firefox"))
    g_string_append_printf (out, "  \"allowed_extensions\": [\"%s\"]\n", FIREFOX_EXTENSION_ID);
  else
    {
      g_printerr ("clipguard-native-host: --print-manifest takes chromium or firefox\n");
      return 2;
    }
  g_string_append (out, "}\n");
  fputs (out->str, stdout);
  return 0;
}

int
main (int argc, char **argv)
{
  Host self = { 0 };
  CgPasteLink link = { guard_check_values, guard_report, guard_placeholders, &self };
  g_autoptr (GError) error = NULL;
  g_autoptr (CgAllowList) allow = NULL;

  setlocale (LC_ALL, "");
  /* A browser passes its own arguments (the extension's origin, or the
   * manifest's path and the extension's ID): only ours are read. */
  if (argc >= 2 && g_str_equal (argv[1], "--print-manifest"))
    return print_manifest (argc >= 3 ? argv[2] : "");
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("Usage: clipguard-native-host [--print-manifest chromium|firefox]\n"
              "The native messaging host of the clipguard browser extension; browsers start "
              "it.\n");
      return 0;
    }
  if (argc >= 2 && g_str_equal (argv[1], "--version"))
    {
      printf ("clipguard-native-host %s\n", PACKAGE_VERSION);
      return 0;
    }

  protocol_fd = dup (STDOUT_FILENO);
  if (protocol_fd < 0 || dup2 (STDERR_FILENO, STDOUT_FILENO) < 0)
    {
      g_printerr ("clipguard-native-host: cannot set up its output: %s\n", g_strerror (errno));
      return 1;
    }
  self.loop = g_main_loop_new (NULL, FALSE);
  self.host = cg_paste_host_new (send_message, &self);
  if (open_settings (&self))
    self.size_limit = (gsize) g_settings_get_uint (self.settings, "size-limit-mb") << 20;
  else
    self.size_limit = 1 << 20;
  /* a message holds the text JSON-escaped, and a little more */
  self.reader = cg_frame_reader_new (self.size_limit * JSON_EXPANSION + 4096);
  allow = cg_allow_list_new_readonly (NULL, NULL);
  cg_paste_host_set_allow_list (self.host, allow);
  cg_paste_host_set_link (self.host, &link);
  self.bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  if (self.bus != NULL)
    self.watch_id
        = g_bus_watch_name_on_connection (self.bus, APP_ID, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                          on_guard_appeared, on_guard_vanished, &self, NULL);
  else
    g_message ("No session bus (%s): checking without the guard", error->message);
  push_config (&self);
  g_unix_fd_add (STDIN_FILENO, G_IO_IN | G_IO_HUP | G_IO_ERR, on_stdin, &self);
  g_main_loop_run (self.loop);

  if (self.watch_id != 0)
    g_bus_unwatch_name (self.watch_id);
  g_clear_handle_id (&self.pause_timer, g_source_remove);
  cg_paste_host_free (self.host);
  cg_frame_reader_free (self.reader);
  g_clear_object (&self.guard);
  g_clear_object (&self.rules);
  g_clear_object (&self.settings);
  g_clear_object (&self.bus);
  g_clear_pointer (&self.scanner, cg_scanner_unref);
  g_main_loop_unref (self.loop);
  g_free (self.problem);
  return 0;
}
