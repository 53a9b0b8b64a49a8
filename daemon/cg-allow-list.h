/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-allow-list.h: values the user said not to be warned about again, "for
 * now" (this session, in memory) or "always" (on disk).  A value is never
 * kept, on disk or in memory: only a keyed hash of it (HMAC-SHA256 with a
 * random key of the user's, in a 0600 file), which without the key cannot be
 * checked against a guessed BSN.  The hash is of the value however written:
 * "1234.56.782" and "123456782" are one BSN. */
#pragma once

#include <gio/gio.h>

#include "clipguard-detectors.h"

G_BEGIN_DECLS

typedef struct
{
  char *hash; /* hex */
  CgFindingType type;
  char *label;  /* masked, for the preferences: "*******82", "NL** **** … 00" */
  gint64 added; /* seconds since the epoch */
} CgAllowEntry;

#define CG_TYPE_ALLOW_LIST (cg_allow_list_get_type ())
G_DECLARE_FINAL_TYPE (CgAllowList, cg_allow_list, CG, ALLOW_LIST, GObject)

/* Signal "changed": the values allowed always changed.
 *
 * @key_path NULL: $XDG_DATA_HOME/clipguard/allow.key (made when missing);
 * @list_path NULL: $XDG_STATE_HOME/clipguard/allowed.json.  Only a missing
 * key file is made; when the key cannot be read (or made), the file is left
 * alone, a key for this session only is used and nothing can be allowed
 * always (cg_allow_list_get_problem()). */
CgAllowList *cg_allow_list_new (const char *key_path, const char *list_path);
/* The key and the list for reading only (the browser's native host): a
 * missing key is not made, and nothing is ever written. */
CgAllowList *cg_allow_list_new_readonly (const char *key_path, const char *list_path);
/* Why values cannot be allowed always (for the log and the preferences), or NULL. */
const char *cg_allow_list_get_problem (CgAllowList *self);

/* The hash of value @i of @findings in @text (for the parts of one address,
 * their values together). */
char *cg_allow_list_hash (CgAllowList *self, const char *text, const CgFinding *findings, guint n,
                          guint i);
/* The same for a value given by its parts (cg_values_get_parts()). */
char *cg_allow_list_hash_value (CgAllowList *self, const char *text, const CgFinding *findings,
                                const guint *parts, guint n_parts);
/* Whether the value with @hash is allowed, for the session or always. */
gboolean cg_allow_list_allows (CgAllowList *self, const char *hash);
/* Whether it is allowed always. */
gboolean cg_allow_list_allows_always (CgAllowList *self, const char *hash);
/* Kept as is this session: the newest 100,000 values. */
void cg_allow_list_allow_for_session (CgAllowList *self, const char *hash);
/* The same for every hash of @hashes, under one lock (an export's values). */
void cg_allow_list_allow_for_session_all (CgAllowList *self, GPtrArray *hashes);
guint cg_allow_list_get_n_session (CgAllowList *self);
/* Changes whenever a value is allowed or no longer allowed: a check made in
 * another thread is stale when the epoch moved since.  The checks and the
 * epoch may be used from any thread; everything else from the main loop. */
guint64 cg_allow_list_get_epoch (CgAllowList *self);
gboolean cg_allow_list_allow_always (CgAllowList *self, const char *hash, CgFindingType type,
                                     const char *label, gint64 now, GError **error);
gboolean cg_allow_list_remove (CgAllowList *self, const char *hash);
/* The values allowed always, newest first (CgAllowEntry; they belong to the list). */
GPtrArray *cg_allow_list_get_entries (CgAllowList *self);

G_END_DECLS
