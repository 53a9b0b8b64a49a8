/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-helpers.h: a shared scanner and small assertions for the unit tests. */
#pragma once

#include <glib.h>
#include <string.h>

#include "clipguard-detectors.h"

/* Building a scanner loads the street list; the tests share one. */
CgScanner *test_scanner (void);

/* Findings of @text at the default threshold. */
GArray *test_scan (const char *text);

/* The number of findings of @type in @text. */
guint test_count (const char *text, CgFindingType type);

/* Asserts that @text holds exactly one finding, of @type, covering @expected. */
#define assert_one_finding(text, want_type, expected)                                             \
  G_STMT_START                                                                                    \
  {                                                                                               \
    const char *_t = (text);                                                                      \
    g_autoptr (GArray) _f = test_scan (_t);                                                       \
    if (_f->len != 1)                                                                             \
      g_error ("%s:%d: expected one finding in \"%s\", got %u", __FILE__, __LINE__, _t, _f->len); \
    CgFinding *_x = &g_array_index (_f, CgFinding, 0);                                            \
    g_assert_cmpstr (cg_finding_type_to_string (_x->type), ==,                                    \
                     cg_finding_type_to_string (want_type));                                      \
    g_autofree char *_got = g_strndup (_t + _x->start, _x->end - _x->start);                      \
    g_assert_cmpstr (_got, ==, (expected));                                                       \
  }                                                                                               \
  G_STMT_END

#define assert_no_finding(text)                                                             \
  G_STMT_START                                                                              \
  {                                                                                         \
    const char *_t = (text);                                                                \
    g_autoptr (GArray) _f = test_scan (_t);                                                 \
    if (_f->len != 0)                                                                       \
      {                                                                                     \
        CgFinding *_x = &g_array_index (_f, CgFinding, 0);                                  \
        g_error ("%s:%d: expected nothing in \"%s\", found %s at %" G_GSIZE_FORMAT " (%s)", \
                 __FILE__, __LINE__, _t, cg_finding_type_to_string (_x->type), _x->start,   \
                 _x->reason);                                                               \
      }                                                                                     \
  }                                                                                         \
  G_STMT_END
