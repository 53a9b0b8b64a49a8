/* SPDX-License-Identifier: GPL-3.0-or-later */
/* clipguard-detectors.h: the public interface of the detector core: find BSNs,
 * IBANs and Dutch addresses in text and mask them.  GLib only, no GTK; the
 * only header the daemon, the CLI and the tests include from detectors/. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum /*< flags >*/
{
  CG_FINDING_BSN = 1 << 0,     /*< nick=bsn >*/
  CG_FINDING_IBAN = 1 << 1,    /*< nick=iban >*/
  CG_FINDING_ADDRESS = 1 << 2, /*< nick=address >*/
  CG_FINDING_RULE = 1 << 3,
  /*< nick=rule >*/ /* an organisation's rule (CgRules) */
  CG_FINDING_CONFIDENTIAL = 1 << 4,
  /*< nick=confidential >*/ /* a block of confidential business figures, or a
                             * document marked confidential (see block_kind) */
} CgFindingType;

#define CG_FINDING_ALL \
  (CG_FINDING_BSN | CG_FINDING_IBAN | CG_FINDING_ADDRESS | CG_FINDING_CONFIDENTIAL)

/* What a CG_FINDING_CONFIDENTIAL block is. */
typedef enum
{
  CG_BLOCK_NONE,        /* not a confidential finding */
  CG_BLOCK_FIGURES,     /* internal figures (a message, a KPI report) */
  CG_BLOCK_PROFIT_LOSS, /* a profit and loss statement */
  CG_BLOCK_BALANCE,     /* a balance sheet */
  CG_BLOCK_BUDGET,      /* a budget against actuals */
  CG_BLOCK_FORECAST,    /* a forecast */
  CG_BLOCK_CASH_FLOW,   /* a cash-flow statement or liquidity forecast */
  CG_BLOCK_MARGIN,      /* revenue or margin per customer, product or project */
  CG_BLOCK_SALARY,      /* salary costs per department */
  CG_BLOCK_VALUATION,   /* a valuation or an investment case */
  CG_BLOCK_LEDGER,      /* a general ledger or trial balance */
  CG_BLOCK_MARKED,      /* a document its author marked confidential */
} CgBlockKind;

/* The confidence from which a finding alarms.  One number for every detector:
 * each detector maps its evidence onto the same scale (see doc/detectors.md). */
#define CG_SCANNER_DEFAULT_THRESHOLD 0.5

typedef struct
{
  CgFindingType type;
  guint group;        /* 0, or an id shared by the findings that are the parts of
                       * one value (the fields of one address in a JSON object,
                       * a CSV row): they count as one and get one placeholder */
  gsize start;        /* byte offset in the scanned text */
  gsize end;          /* exclusive */
  double confidence;  /* 0..1 */
  const char *reason; /* why, e.g. "11-check + keyword 'bsn'"; never the value nor
                       * other words of the text.  Interned: valid for the
                       * process's life, from a small fixed set of strings. */
  /* CG_FINDING_RULE only, else NULL: the rule's ID and label (interned, so
   * that a finding outlives a reload of the rules) and its own mask style
   * (-1: the user's). */
  const char *rule;
  const char *label;
  int rule_mask;
  /* CG_FINDING_CONFIDENTIAL only, else CG_BLOCK_NONE.  A block masks as
   * its amounts ([BEDRAG-1]), labels and layout kept; a marked document
   * without amounts has nothing to mask. */
  CgBlockKind block_kind;
} CgFinding;

/* The values of a scan: a finding is a value, or a part of one (the fields
 * of one address share a group).  Built in one pass over the findings, so
 * that everything after a scan stays linear in the number of values. */
typedef struct _CgValues CgValues;

CgValues *cg_values_new (const CgFinding *findings, guint n_findings);
void cg_values_free (CgValues *values);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgValues, cg_values_free)
/* How many values; value @i's parts as indices into the findings,
 * ascending (the first is where the value starts), in the order of their
 * first parts. */
guint cg_values_get_n (const CgValues *values);
const guint *cg_values_get_parts (const CgValues *values, guint i, guint *n_parts);
/* The index of the value finding @finding belongs to. */
guint cg_values_of_finding (const CgValues *values, guint finding);

/* CG_SCAN_INCLUDE_WEAK: also return candidates below the threshold (for
 * tuning and --all).  CG_SCAN_KEEP_BUFFERS: the calling thread keeps the
 * working copy a text may need (one as large as the largest text it scanned)
 * for its next scan, until it ends: for tools that scan many large pieces. */
typedef enum /*< flags >*/
{
  CG_SCAN_FLAGS_NONE = 0,
  CG_SCAN_INCLUDE_WEAK = 1 << 0,
  CG_SCAN_KEEP_BUFFERS = 1 << 1,
} CgScanFlags;

/* stars: format-preserving ("*******82", "NL** **** **** **** 2307");
 * placeholder: "[BSN-1]", "[IBAN-2]", "[ADRES-1]". */
typedef enum
{
  CG_MASK_STARS,       /*< nick=stars >*/
  CG_MASK_PLACEHOLDER, /*< nick=placeholder >*/
} CgMaskStyle;

#define CG_SCANNER_ERROR (cg_scanner_error_quark ())
GQuark cg_scanner_error_quark (void);

typedef enum
{
  CG_SCANNER_ERROR_DATA, /* the embedded lookup data is missing or broken */
} CgScannerError;

typedef struct _CgScanner CgScanner;

/* A scanner is built once (it loads the IBAN registry and the Dutch street
 * and place lists) and is immutable afterwards: any number of threads may
 * call cg_scanner_scan() on it at the same time. */
CgScanner *cg_scanner_new (CgFindingType types, double threshold, GError **error);
CgScanner *cg_scanner_ref (CgScanner *scanner);
void cg_scanner_unref (CgScanner *scanner);

/* Findings in @text (any bytes, need not be UTF-8 or NUL-terminated), sorted
 * by start, never overlapping.  Returns a GArray of CgFinding. */
GArray *cg_scanner_scan (CgScanner *scanner, const char *text, gsize len, CgScanFlags flags);

/* Scanning a long input in pieces (clipguard-scan reads files in chunks, a
 * chunk per core): a piece reads as it would in the whole input when it is
 * preceded by the context this gives, the header line of a table that began
 * in an earlier piece and goes on into it.  Feed every piece, in order, after
 * taking the context for the next. */
typedef struct _CgScanCarry CgScanCarry;

CgScanCarry *cg_scan_carry_new (void);
void cg_scan_carry_free (CgScanCarry *carry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgScanCarry, cg_scan_carry_free)
/* The input's next bytes, right after those fed before. */
void cg_scan_carry_feed (CgScanCarry *carry, const char *text, gsize len);
/* What a piece that starts where the fed bytes end (or a few lines before)
 * must be preceded by, one line without its line break; NULL for nothing. */
const char *cg_scan_carry_context (CgScanCarry *carry, gsize *len);

/* The place name in an address that was found (@value, the finding's bytes),
 * for a preview that names the place only ("an address in Utrecht"); NULL
 * when it names none. */
char *cg_scanner_address_place (CgScanner *scanner, const char *value, gsize len);

/* @text with every finding replaced; the bytes outside findings are copied
 * unchanged.  Returns a NUL-terminated string of *@out_len bytes. */
char *cg_mask_text (const char *text, gsize len, const CgFinding *findings, guint n_findings,
                    CgMaskStyle style, gsize *out_len);
/* What cg_mask_text() puts in place of each finding, in the same order (a
 * NULL-terminated array): for telling the user what the clipboard holds. */
char **cg_mask_replacements (const char *text, gsize len, const CgFinding *findings,
                             guint n_findings, CgMaskStyle style);
/* Placeholders numbered across texts (a session's: the guard remembers what
 * each one stood for).  For every finding masked with a placeholder, @func
 * appends the placeholder to @out; @identity is the same for the same value
 * however it is written ("1234.56.782" and "123456782"; the parts of one
 * address in a JSON object are one value), @value is its text (a group's
 * parts joined by ", ").  Otherwise as cg_mask_text() and
 * cg_mask_replacements(). */
typedef void (*CgPlaceholderFunc) (GString *out, const CgFinding *finding, const char *identity,
                                   const char *value, gsize value_len, gpointer user_data);
char *cg_mask_text_numbered (const char *text, gsize len, const CgFinding *findings,
                             guint n_findings, CgMaskStyle style, CgPlaceholderFunc func,
                             gpointer user_data, gsize *out_len);
char **cg_mask_replacements_numbered (const char *text, gsize len, const CgFinding *findings,
                                      guint n_findings, CgMaskStyle style, CgPlaceholderFunc func,
                                      gpointer user_data);
/* The English name of a block's kind ("profit and loss statement"), for
 * reasons and messages; translate it with the domain "clipguard". */
const char *cg_block_kind_to_string (CgBlockKind kind);
/* Whether a confidential block holds an amount (something Mask can hide). */
gboolean cg_finding_has_amounts (const CgFinding *finding, const char *text, gsize len);

/* The stars form of one found value, for showing it (CLI, notifications). */
char *cg_mask_value (CgFindingType type, const char *value, gsize len);
/* The same, appended to @out (no allocation per value). */
void cg_mask_value_append (GString *out, CgFindingType type, const char *value, gsize len);

const char *cg_finding_type_to_string (CgFindingType type);
/* Parses "bsn", "iban" or "address" (and "adres"); 0 when unknown. */
CgFindingType cg_finding_type_from_string (const char *name);
/* Parses a comma-separated list such as "bsn,iban"; FALSE on an unknown name. */
gboolean cg_finding_types_parse (const char *list, CgFindingType *out_types, GError **error);

/* ---- organisation rules (PCRE2) ----------------------------------------- */

/* An administrator's own identifiers (personnel, client, case numbers): a
 * PCRE2 pattern, optional keywords, a checksum, a confidence and a label, in
 * GKeyFile files (see clipguard-rules(5)).  A set of rules is immutable once
 * loaded; any number of threads may scan with it. */
typedef struct _CgRules CgRules;

typedef enum
{
  CG_CHECKSUM_NONE,
  CG_CHECKSUM_11,    /* the 11-check of the BSN, on the match's digits */
  CG_CHECKSUM_LUHN,  /* Luhn (payment and loyalty cards) */
  CG_CHECKSUM_MOD97, /* ISO 7064 MOD 97-10: the digits as a number, mod 97 == 1 */
} CgChecksum;

/* A rule's label is cut to this many bytes (on a character boundary). */
#define CG_RULE_MAX_LABEL 64

typedef struct
{
  const char *id;    /* interned */
  const char *label; /* interned, in the current language, <= CG_RULE_MAX_LABEL bytes */
  const char *file;  /* where it came from */
  gboolean system;   /* from $XDG_CONFIG_DIRS (an administrator's) */
  const char *error; /* why it did not load, or NULL when it did */
  gboolean enabled;  /* loaded and not switched off (cg_rules_disable()) */
} CgRuleInfo;

CgRules *cg_rules_new (void);
CgRules *cg_rules_ref (CgRules *rules);
void cg_rules_unref (CgRules *rules);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgRules, cg_rules_unref)
/* Loads the rules of @path.  A rule that does not load is kept with its
 * error (cg_rules_get_info()) and one line for @errors ("FILE: rule 'ID':
 * REASON"); the file's other rules still load.  A user rule (@system FALSE)
 * never replaces a system rule of the same ID.  FALSE when anything in the
 * file failed. */
gboolean cg_rules_load_file (CgRules *rules, const char *path, gboolean system, GPtrArray *errors);
/* The *.rules files of $XDG_CONFIG_DIRS/clipguard/rules.d (system) and, with
 * @user, of $XDG_CONFIG_HOME/clipguard/rules.d, in name order. */
void cg_rules_load_directories (CgRules *rules, gboolean user, GPtrArray *errors);
/* Those directories (system ones first), for watching them. */
char **cg_rules_get_directories (gboolean user);
/* Switches the rules with these IDs off (the user's or an administrator's
 * choice).  Before the first scan. */
void cg_rules_disable (CgRules *rules, const char *const *ids);
/* Every rule read, loaded or not (CgRuleInfo, owned by @rules). */
GPtrArray *cg_rules_get_info (CgRules *rules);
guint cg_rules_get_n_loaded (CgRules *rules);

/* cg_scanner_scan() and the matches of @rules (may be NULL) that overlap no
 * built-in finding.  Matching is bounded: per match by PCRE2's limits, per
 * scan by a time budget (a rule that exceeds one is skipped for the rest of
 * the scan, with a warning). */
GArray *cg_scanner_scan_with_rules (CgScanner *scanner, CgRules *rules, const char *text, gsize len,
                                    CgScanFlags flags);
/* Whether @digits (ASCII digits, @len of them) pass @checksum. */
gboolean cg_checksum_passes (CgChecksum checksum, const char *digits, gsize len);

/* Building blocks, public for tests and other tools. */
gboolean cg_bsn_passes_11_check (const char digits[9]);
gboolean cg_iban_is_valid (CgScanner *scanner, const char *iban, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgScanner, cg_scanner_unref)

G_END_DECLS
