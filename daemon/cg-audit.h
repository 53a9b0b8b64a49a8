/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-audit.h: audit events in the systemd journal, one structured entry per
 * event (MESSAGE_ID, PRIORITY, MESSAGE, CLIPGUARD_* fields), for the log
 * pipeline a fleet already runs.  An event says what kinds were found and
 * what was done, never a value, a masked preview, a page title or a path. */
#pragma once

#include <gio/gio.h>

#include "clipguard-detectors.h"

G_BEGIN_DECLS

/* The MESSAGE_IDs: fixed for good (generated once with systemd-id128 new),
 * the same in data/clipguard.catalog.  Collectors match on them. */
#define CG_AUDIT_ID_WARNED "b0d3914a25d841be9fe596ff77407f0a"
#define CG_AUDIT_ID_MASKED "d882032931084246bd43742a8a0fd508"
#define CG_AUDIT_ID_KEPT "2b99ccf2ca894369b192a3db8d4be83b"
#define CG_AUDIT_ID_ALWAYS_ALLOWED "72f05409ceb44f158cd26683d2d69e09"
#define CG_AUDIT_ID_RESTORED "b54becba4e26473f861911d9f49331a5"
#define CG_AUDIT_ID_UNDONE "2c6d7b076f9844408dc4fbb749d5d98f"
#define CG_AUDIT_ID_SKIPPED_TOO_LARGE "c5ca46fcdeca4c7da33c7abe7c4b466b"
#define CG_AUDIT_ID_PASTE_CHECKED "c6b951f021a44ee1b9909741c62ec822"
#define CG_AUDIT_ID_PASTED_MASKED "96ca291da84040e78262d4fed5b3d68d"
#define CG_AUDIT_ID_PASTED_AS_IS "c98a5a05db7148149e90b4990a147325"
#define CG_AUDIT_ID_PASTE_CANCELLED "9e65b771efbf42d7b82c0dc30dd6e4c7"
#define CG_AUDIT_ID_PAUSED "ce52526fc17a4df6af67d4c9fa5b647d"
#define CG_AUDIT_ID_RESUMED "f5bde8b13a3144d48f7db4831cc0fa2b"
#define CG_AUDIT_ID_QUIT "965152c6568e4e0c8e028ec99a5ed72d"
#define CG_AUDIT_ID_RULES_LOADED "12206a63d182432291b185217a32e803"
#define CG_AUDIT_ID_RULE_ERROR "5441a26488704061baea48139eb343ec"
#define CG_AUDIT_ID_BACKEND_STARTED "4a94cce843a0476fab3da0c550231541"

typedef enum
{
  CG_AUDIT_WARNED,            /* a copy holds personal data: warned, or told */
  CG_AUDIT_MASKED,            /* the copy was masked (by the user, or without asking) */
  CG_AUDIT_KEPT,              /* "Keep as is" */
  CG_AUDIT_ALWAYS_ALLOWED,    /* "Always allow" from the history */
  CG_AUDIT_RESTORED,          /* placeholders put back into a copy */
  CG_AUDIT_UNDONE,            /* a mask undone */
  CG_AUDIT_SKIPPED_TOO_LARGE, /* a copy over the size limit, not checked */
  CG_AUDIT_PASTE_CHECKED,     /* the browser paste guard asked about a paste */
  CG_AUDIT_PASTED_MASKED,     /* a paste into a website went in masked */
  CG_AUDIT_PASTED_AS_IS,      /* ... went in as it was */
  CG_AUDIT_PASTE_CANCELLED,   /* ... did not go in */
  CG_AUDIT_PAUSED,
  CG_AUDIT_RESUMED,
  CG_AUDIT_QUIT,
  CG_AUDIT_RULES_LOADED,
  CG_AUDIT_RULE_ERROR,
  CG_AUDIT_BACKEND_STARTED,
  CG_AUDIT_N_EVENTS
} CgAuditEvent;

/* The CLIPGUARD_* fields of an event; NULL ones are left out. */
typedef struct
{
  const char *kinds;   /* CLIPGUARD_KINDS: "bsn=2 iban=1", see cg_audit_kinds() */
  const char *action;  /* CLIPGUARD_ACTION: what was done, a word of a fixed set */
  const char *site;    /* CLIPGUARD_SITE: a guarded website's host name */
  const char *app;     /* CLIPGUARD_APP: the copying program's class */
  const char *rule;    /* CLIPGUARD_RULE: organisation rule IDs, space-separated */
  const char *backend; /* CLIPGUARD_BACKEND: x11, xwayland, wayland */
} CgAuditFields;

/* From now on events are recorded, as the audit-events key of @settings
 * (schema nl.clipguard.ClipGuard) allows: to the journal, or to @writer when
 * not NULL (tests record them).  Only the guard records: in a process that
 * never starts (the native host) an event is a plain log line. */
void cg_audit_start (GSettings *settings, GLogWriterFunc writer, gpointer user_data);
void cg_audit_stop (void);

/* Records @event with @fields (may be NULL) and a MESSAGE in words.  With
 * audit-events off, events about what a person did are not recorded at
 * all; rules-loaded, rule-error and backend-started are. */
void cg_audit_event (CgAuditEvent event, const CgAuditFields *fields, const char *format, ...)
    G_GNUC_PRINTF (3, 4);

/* "warned", "masked", ... (CLIPGUARD_EVENT), and the MESSAGE_ID. */
const char *cg_audit_event_name (CgAuditEvent event);
const char *cg_audit_message_id (CgAuditEvent event);
/* "bsn=2 iban=1 address=0 rule=0" without the zero ones; NULL when all are. */
char *cg_audit_kinds (guint n_bsn, guint n_iban, guint n_address, guint n_rule,
                      guint n_confidential);
/* The IDs of the organisation rules among @findings, each once, in order of
 * appearance, space-separated; NULL when there are none. */
char *cg_audit_rules (const CgFinding *findings, guint n);

/* The writer used when none is given: the journal, chosen explicitly (not
 * GLib's default writer, which writes only to standard error when started
 * from a terminal).  The readable line goes to standard error as well when
 * that is not the journal itself, and only there when no journal runs. */
GLogWriterOutput cg_audit_write_journal (GLogLevelFlags level, const GLogField *fields,
                                         gsize n_fields, gpointer user_data);

G_END_DECLS
