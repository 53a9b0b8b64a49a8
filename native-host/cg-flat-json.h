/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-flat-json.h: a fast reader for the messages the extension sends.
 *
 * They are flat JSON objects of strings and integers ({"type": "check",
 * "id": 7, "site": "...", "text": "..."}), and the text of a paste may be
 * a megabyte: json-glib builds such a string a character at a time (40 ms
 * for 1 MB).  This reads only that shape, strictly, and gives up on
 * anything else (nesting, fractions, a duplicate key, an escaped key, a
 * NUL or a lone surrogate in a string, bytes that are not UTF-8, anything
 * after the object): then json-glib reads the message as before.  What it
 * accepts it reads as json-glib does (the fuzz target compares them). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CG_FLAT_JSON_MAX_MEMBERS 16

typedef enum
{
  CG_FLAT_JSON_STRING,
  CG_FLAT_JSON_INT,
  CG_FLAT_JSON_OTHER, /* true, false or null */
} CgFlatJsonKind;

typedef struct
{
  const char *key; /* into the message (keys hold no escapes), not terminated */
  gsize key_len;
  CgFlatJsonKind kind;
  char *string; /* CG_FLAT_JSON_STRING: decoded, NUL-terminated, owned */
  gsize string_len;
  gint64 integer; /* CG_FLAT_JSON_INT */
} CgFlatJsonMember;

typedef struct
{
  CgFlatJsonMember members[CG_FLAT_JSON_MAX_MEMBERS];
  guint n_members;
} CgFlatJson;

/* TRUE when @data is such an object, then @out holds its members (free
 * them with cg_flat_json_clear()); FALSE, with nothing to free, otherwise. */
gboolean cg_flat_json_parse (const char *data, gsize len, CgFlatJson *out);
void cg_flat_json_clear (CgFlatJson *json);
/* The member called @key, or NULL. */
const CgFlatJsonMember *cg_flat_json_get (const CgFlatJson *json, const char *key);

G_END_DECLS
