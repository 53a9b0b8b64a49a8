/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-rule-source.h: the organisation's rules in force: loaded from the
 * rules.d directories (the administrator's, and the user's when user-rules
 * allows), minus disabled-rules, and loaded again when a directory or one
 * of those settings changes, without a restart.  The guard and the
 * browser's native host both take their rules from one. */
#pragma once

#include <gio/gio.h>

#include "clipguard-detectors.h"

G_BEGIN_DECLS

#define CG_TYPE_RULE_SOURCE (cg_rule_source_get_type ())
G_DECLARE_FINAL_TYPE (CgRuleSource, cg_rule_source, CG, RULE_SOURCE, GObject)

/* Signal "changed": the rules were loaded again.  @settings is of the schema
 * nl.clipguard.ClipGuard.  Loads at once. */
CgRuleSource *cg_rule_source_new (GSettings *settings);
/* The rules in force (never NULL; may hold none). */
CgRules *cg_rule_source_get_rules (CgRuleSource *self);
/* Loads them again now. */
void cg_rule_source_reload (CgRuleSource *self);

G_END_DECLS
