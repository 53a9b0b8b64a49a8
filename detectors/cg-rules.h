/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-rules.h: the organisation rules' insides, for their tests (private to
 * detectors/). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* For a pattern whose every match starts a word with digits: how many at
 * least (1 or more); 0 when it is not such a pattern, or when that is not
 * plain from how it is written, or when it does not compile.  Such rules
 * are matched from digit run to digit run. */
guint cg_rules_pattern_digit_prefix (const char *pattern);

G_END_DECLS
