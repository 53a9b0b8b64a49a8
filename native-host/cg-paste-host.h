/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-paste-host.h: the browser paste guard's native host, without its I/O:
 * takes the extension's messages (JSON, as framed by cg-native-framing.h)
 * and answers them.  It checks a paste with the detector core and the
 * organisation's rules, leaves out the values the user need not be asked
 * about, and answers with what the extension needs to show the dialog and
 * build the masked text: kinds, counts, masked previews, and each finding's
 * place in UTF-16 code units (JavaScript's) with its replacement.  It never
 * sends the text back, nor a value unmasked.  Every answer stays under the
 * browser's 1 MB limit for a message from a host: a long list of findings
 * goes in parts.  The protocol is described in browser/README.md. */
#pragma once

#include <glib.h>

#include "cg-allow-list.h"
#include "clipguard-detectors.h"

G_BEGIN_DECLS

/* The most a message from the host may hold (Chromium and Firefox: 1 MB). */
#define CG_PASTE_HOST_MAX_REPLY (1024 * 1024)

typedef enum
{
  CG_BROWSER_SCOPE_LISTED_SITES,
  CG_BROWSER_SCOPE_ALL_SITES,
} CgBrowserScope;

typedef enum
{
  CG_BROWSER_ACTION_WARN,
  CG_BROWSER_ACTION_MASK,
  CG_BROWSER_ACTION_BLOCK,
} CgBrowserAction;

/* The running guard, when there is one (D-Bus in the real host). */
typedef struct
{
  /* Sets @known[i] for each of the @n hashes (not NULL-terminated); FALSE
   * when the guard did not answer. */
  gboolean (*check_values) (gpointer data, const char *site, const char *const *hashes, guint n,
                            gboolean *known);
  /* @values: "TYPE:HASH:LABEL" of the first values, NULL-terminated */
  void (*report) (gpointer data, const char *site, const char *outcome, const guint counts[5],
                  char **values);
  /* The session's placeholders for the @n different values of a paste
   * (@rules: a rule's ID or NULL; @identities, @values as CgPlaceholderFunc
   * gives them): @n placeholders, NULL-terminated, or NULL when the guard
   * did not answer or does not number them for the session.  May be NULL. */
  char **(*placeholders) (gpointer data, const char *site, const CgFindingType *types,
                          const char *const *rules, const char *const *identities,
                          const char *const *values, guint n);
  gpointer data;
} CgPasteLink;

typedef struct
{
  CgScanner *scanner;
  CgRules *rules; /* or NULL */
  CgMaskStyle mask_style;
  gboolean name_place; /* name an address's place in the preview */
  gsize size_limit;    /* bytes of text; longer pastes are "too large" */
  char **sites;        /* host names; each covers its subdomains */
  CgBrowserScope scope;
  CgBrowserAction action;
  gint64 paused_until; /* the guard's pause: 0, -1, or Unix time */
  gboolean guard;      /* whether a guard runs (then @link works) */
  const char *problem; /* why the host cannot guard (no settings), or NULL */
} CgPasteConfig;

typedef struct _CgPasteHost CgPasteHost;

/* Called with each answer (a JSON text of at most CG_PASTE_HOST_MAX_REPLY bytes). */
typedef void (*CgPasteSend) (const char *json, gsize len, gpointer user_data);

CgPasteHost *cg_paste_host_new (CgPasteSend send, gpointer user_data);
void cg_paste_host_free (CgPasteHost *host);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgPasteHost, cg_paste_host_free)

/* The configuration from now on (copied; the scanner and rules referenced).
 * Once the extension said hello, it is told of the change. */
void cg_paste_host_set_config (CgPasteHost *host, const CgPasteConfig *config);
/* @link: the running guard, or NULL; @allow: the user's allow list for the
 * keyed hashes (read only), or NULL. */
void cg_paste_host_set_link (CgPasteHost *host, const CgPasteLink *link);
void cg_paste_host_set_allow_list (CgPasteHost *host, CgAllowList *allow);
/* The language the extension speaks ("nl", "en-GB"), from its hello, or NULL. */
const char *cg_paste_host_get_language (CgPasteHost *host);

/* One message from the extension: any bytes. */
void cg_paste_host_handle (CgPasteHost *host, const char *data, gsize len);
/* A message over the size limit, not read. */
void cg_paste_host_too_large (CgPasteHost *host, gsize len);

/* Whether @host_name is guarded by @config (its scope and sites). */
gboolean cg_paste_config_guards (const CgPasteConfig *config, const char *host_name);

G_END_DECLS
