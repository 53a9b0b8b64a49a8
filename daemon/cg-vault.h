/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-vault.h: what the placeholders a Mask wrote stood for ("[BSN-1]" is
 * that BSN in every copy of the session), so that a chatbot's answer with
 * them can be turned back.  The most sensitive thing the guard holds: in
 * memory only, in pages kept out of core dumps and cleared when a value is
 * dropped; at most @capacity values, the oldest go first.  Only the last
 * number issued for each kind is kept on disk (no value), so that a number
 * is never given to another value after a restart. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CgVault CgVault;

/* @numbers_path: where the last numbers are kept, or NULL (tests). */
CgVault *cg_vault_new (guint capacity, const char *numbers_path);
void cg_vault_free (CgVault *vault);

/* Drops every value (the numbers go on). */
void cg_vault_forget (CgVault *vault);
/* Drops the values remembered before @time (the guard's clock, seconds). */
void cg_vault_expire (CgVault *vault, gint64 time);
guint cg_vault_size (CgVault *vault);
/* Where the values are kept (NULL before the first one): for the test that
 * the mapping is left out of core dumps. */
const void *cg_vault_region (CgVault *vault, gsize *size);

/* Appends the placeholder of a value of @kind ("BSN", "IBAN", "ADRES", a
 * rule's ID: upper case, no spaces) to @out: the one it got before in this
 * session (same @identity), or a new number, remembering @value at @now.
 * A value too long to remember gets a number all the same. */
void cg_vault_issue (CgVault *vault, GString *out, const char *kind, const char *identity,
                     const char *value, gsize value_len, gint64 now);
/* Writes the numbers issued to disk, if they changed. */
void cg_vault_sync (CgVault *vault);
/* What cg_vault_issue() would append for the first new value, remembering
 * nothing: for a preview. */
void cg_vault_peek (CgVault *vault, GString *out, const char *kind, const char *identity);

/* How many placeholders in @text this vault issued and still holds:
 * "[BSN-1]", also "[bsn-1]", "[ BSN‑1 ]" (a non-breaking or typographic
 * hyphen, spaces inside), with Markdown around it; with @bare also "BSN-1"
 * as a word of its own. */
guint cg_vault_count_in (CgVault *vault, const char *text, gsize len, gboolean bare);
/* @text with each of them replaced by the value it stands for; everything
 * else byte for byte as it was.  *@n_restored: how many were put back. */
char *cg_vault_restore (CgVault *vault, const char *text, gsize len, gboolean bare,
                        guint *n_restored, gsize *out_len);

G_END_DECLS
