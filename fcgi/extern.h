/*
 * extern.h: the internal interface shared by the worker (studiod), the
 * operator's tool (studioctl) and the unit tests.  One section per module,
 * in the order a request flows through them.
 */
#ifndef EXTERN_H
#define EXTERN_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include <fcgiapp.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#define SCHEMA_VERSION	"1"
#define PER_PAGE	50

/* ---------------------------------------------------------------- errors */

/*
 * The one error enum.  Functions that can fail return one of these (0 is
 * success) and log where the failure happened; callers pass the code up.
 */
enum err {
	E_OK = 0,
	E_NOMEM,	/* allocation failed */
	E_SYS,		/* system call failed (errno logged) */
	E_CONF,		/* configuration invalid */
	E_DB,		/* database error */
	E_DBGONE,	/* server went away, connection lost */
	E_DEADLOCK,	/* deadlock or lock wait timeout: retry the transaction */
	E_DUP,		/* unique key violated */
	E_UTF8,		/* invalid UTF-8 */
	E_NUL,		/* embedded NUL or control character */
	E_TOOLONG,	/* value longer than allowed */
	E_TOOBIG,	/* request body larger than allowed */
	E_SYNTAX,	/* malformed input */
	E_CERT,		/* certificate unparsable */
	E_XML,		/* XML writer or parser failed */
	E_XSLT,		/* transformation failed */
	E_ABORT,	/* refused by the caller: roll back, no error */
	E_NOTFOUND,	/* the row asked for does not exist (or is hidden) */
	E_FORBIDDEN,	/* refused: not this unit's to do (r->message says) */
	E_CONFLICT,	/* refused: the record's state or version (r->message) */
	E_INVALID,	/* refused: bad input, fields named with req_ferr() */
	E__MAX
};

const char	*err_str(enum err);
/*
 * 1 for the refusals a model gives with r->message set (E_NOTFOUND,
 * E_FORBIDDEN, E_CONFLICT, E_INVALID): the user's to read, no fault.
 */
int		 err_refusal(enum err);
/* The HTTP status that answers an error (503 for a lost database...). */
int		 err_status(enum err);

/* ------------------------------------------------------------------- log */

enum loglevel { LOG_LVL_WARN, LOG_LVL_INFO, LOG_LVL_DEBUG };

/* Open the log (NULL or "" = stderr); the identity prefixes each line. */
int	 log_init(const char *file, enum loglevel, const char *ident);
void	 log_setident(const char *ident);
void	 log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_warnx(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_debug(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 fatal(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
void	 fatalx(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));

/* ------------------------------------------------------------------ conf */

struct conf {
	char		*socket;	/* "" = inherit fd 0 */
	unsigned	 socket_mode;
	int		 workers;
	long		 max_requests;
	char		*user;
	char		*group;
	char		*pidfile;
	char		*db_socket;
	char		*db_host;
	int		 db_port;
	char		*db_user;
	char		*db_password;
	char		*db_name;
	char		*xslt_dir;
	char		*sql_dir;
	char		*secret_file;
	char		*union_ca_file;	/* PEM: what cert_verify trusts */
	size_t		 max_body;
	char		*origin;
	char		*public_origin;	/* the public site's, e.g. https://h:8443:
					   links that leave it (Open Graph,
					   Atom, the certificate's QR code) */
	char		*log_file;
	enum loglevel	 log_level;
	char		*naming_pattern;
	unsigned char	 secret[64];	/* read from secret_file */
	size_t		 secretlen;
	char		*audit_key_file;
	char		*db_admin_user;	/* "" = studioctl uses db_user */
	char		*db_admin_password_file;
	char		*db_admin_password; /* read by conf_admin(), or NULL */
	unsigned char	 audit_key[64];	/* read from audit_key_file */
	size_t		 audit_keylen;
	size_t		 upload_max;	/* bytes of one uploaded file */
	int		 upload_files;	/* files of one request */
	char		*attach_dir;	/* stored files, outside the web root */
	long		 slow_ms;	/* a request this long is logged as
					   slow (ms); 0: never */
	int		 purge_years;	/* studioctl purge: years after a
					   studio's revocation */
	char		*db_sockets;	/* "" or the sockets of a cluster's
					   nodes, separated by spaces: worker
					   i starts at node i modulo their
					   count (db_open_node) */
};

/*
 * Read the configuration file into c (defaults first), and the secret.
 * Returns E_OK or E_CONF (logged with file and line).  conf_free()
 * releases the strings; c itself belongs to the caller.
 */
enum err conf_load(const char *path, struct conf *c, int need_secret);
void	 conf_free(struct conf *c);
/*
 * With need_secret, conf_load() also reads the audit key (audit_key_file)
 * and refuses a missing or short one, or one equal to the CSRF secret.
 * conf_admin() reads db_admin_password_file into c->db_admin_password
 * (studioctl only: the workers' user cannot read it).  E_OK or E_CONF.
 */
enum err conf_admin(struct conf *c);

/* ----------------------------------------------------------------- arena */

/*
 * Per-request memory: everything allocated from the arena lives until
 * arena_reset(), which the request loop calls at the end of each request.
 * Allocation failure is fatal (the worker dies and is replaced).
 */
struct arena;

struct arena	*arena_new(void);
void		 arena_reset(struct arena *);
void		 arena_free(struct arena *);
void		*amalloc(struct arena *, size_t);
char		*astrdup(struct arena *, const char *);
char		*astrndup(struct arena *, const char *, size_t);
char		*aprintf(struct arena *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

/* ------------------------------------------------------------------- req */

enum method { METHOD_GET, METHOD_HEAD, METHOD_POST, METHOD__MAX };
enum fmt { FMT_HTML, FMT_XML, FMT_PRINT, FMT_CSV, FMT__MAX };
/* The format= value of each format ("html", ...). */
extern const char *const fmt_names[FMT__MAX];
/*
 * SITE_STATUS: nginx's local status server (STUDIO_SITE status), the only
 * one that reaches the routes of the pool's status (R_LOCAL in route.c).
 */
enum site { SITE_PUBLIC, SITE_APP, SITE_STATUS };

struct kv {
	const char	*key;
	const char	*val;	/* NUL-terminated, valid UTF-8 */
	size_t		 len;
};

struct kvlist {
	struct kv	*v;
	size_t		 n;
	size_t		 cap;
};

/*
 * Parse an application/x-www-form-urlencoded buffer (or a query string)
 * into l, allocating from a.  At most maxpairs pairs are accepted.
 * Returns E_OK, E_SYNTAX (bad escape or too many pairs), E_UTF8 or E_NUL;
 * on error *badkey names the offending field (or is NULL).
 */
enum err kv_parse(struct arena *a, const char *buf, size_t len,
	    struct kvlist *l, size_t maxpairs, const char **badkey);
/* First value of key, or NULL. */
const char *kv_get(const struct kvlist *, const char *key);
/* Number of values of key; kv_nth() returns the n-th (0-based) or NULL. */
size_t	 kv_count(const struct kvlist *, const char *key);
const char *kv_nth(const struct kvlist *, const char *key, size_t n);

/* Decode %XX and '+' in place; returns new length or -1 on a bad escape. */
long	 url_decode(char *s, size_t len);

struct who;
struct upfile;
struct xaccel;

/* The parsed request.  Everything hangs off the arena. */
struct req {
	FCGX_Request		*fr;
	struct arena		*a;
	const struct conf	*conf;
	struct db		*db;
	enum method		 method;
	enum site		 site;
	enum fmt		 fmt;
	const char		*path;		/* decoded, no query */
	const char		*query;		/* raw query string */
	struct kvlist		 q;		/* query parameters */
	struct kvlist		 form;		/* POST body */
	const char		*if_none_match;
	const char		*accept;
	int64_t			 arg_id;	/* {id} in the route */
	int			 arg_year;	/* {year} in the route */
	int			 page;		/* index into the route table */
	struct who		*who;		/* NULL on public pages */
	char			*csrf;		/* token for forms */
	xmlDocPtr		 doc;		/* the response document */
	xmlTextWriterPtr	 w;		/* unused: see xcur */
	int			 xmlerr;
	int			 embed;		/* xml_begin() nests, for a dossier */
	const char		*location;	/* for 303 */
	const char		*allow;		/* the Allow header of a 405 */
	const char		*reason;	/* short machine reason */
	const char		*message;	/* message for error page */
	struct ferr {
		const char	*name;
		const char	*label;
		const char	*msg;
	}			 ferr[32];
	size_t			 nferr;
	const char		*filename;	/* ASCII stem of a download's name */
	const char		*confirm;	/* asked: the action to confirm */
	const char		*consequence;	/* and what it cannot undo */
	const char		*notice;	/* what was done: set by a POST's
						   handler with its 303; on a
						   GET, the one to show */
	int			 sheet;		/* enum sheet overriding the page's */
	struct csvout		*csv;		/* CSV rows to stream, or NULL */
	/*
	 * An XML export written by the handler's function after the
	 * headers of a 200, as it is read (xml_stream_begin), so that
	 * its memory does not grow with its size; or NULL.
	 */
	enum err		(*stream)(struct req *);
	const void		*stream_arg;	/* what stream writes */
	void			*xw;		/* the streamed document's
						   xmlTextWriter, or NULL */
	const char		*title;		/* Chinese stem of a download's
						   name (the route's), or NULL */
	xmlNodePtr		 xcur;		/* r->doc's open element (its
						   document node once the root
						   is ended), NULL once closed */
	int			 upload;	/* the route takes multipart/
						   form-data (R_FILES) */
	struct upfile		*files;		/* the file parts of such a body */
	size_t			 nfiles;
	const struct xaccel	*accel;		/* a stored file for nginx to
						   send (h_attach.c), or NULL */
	int			 status;	/* the HTTP status route_serve()
						   answered with */
};

/*
 * Fill r from the FastCGI parameters: method, path, query string and
 * format.  Returns an HTTP status: 200 to go on, else the error to answer.
 */
int	 req_parse(struct req *r);
/*
 * Read and parse the POST body (size-limited).  200, 400, 411 or 413.
 * urlencoded bodies always; multipart/form-data (multipart.c) only when
 * r->upload is set, under its own limit (upload_max * upload_files +
 * 1 MB): text parts into r->form, file parts into r->files.
 */
int	 req_body(struct req *r);
/* FastCGI parameter or NULL. */
const char *req_param(const struct req *r, const char *name);
/*
 * The year a page is of: ?year=, else this year.  0, or 400 with the
 * field named when it is not a year (1900-2199).
 */
int	 req_year(struct req *, int *year);
/* Record a field error for the re-shown form (400). */
void	 req_ferr(struct req *r, const char *name, const char *label,
	    const char *msg);
/* Page number from ?page= (1 when absent or invalid). */
int	 req_pageno(const struct req *r);

/* ----------------------------------------------------------------- valid */

/*
 * Validators only compute.  Each takes the raw value and writes the typed
 * result; they return NULL when valid or a Chinese message for the user.
 */
const char *valid_text(struct arena *, const char *in, size_t maxchars,
	    int multiline, const char **out);
const char *valid_int(const char *in, int64_t min, int64_t max, int64_t *out);
/*
 * An amount of money in yuan ("12500", "12500.5", "0.05": at most two
 * decimals) as fen in *out, at most max fen; NULL, or why not.
 */
const char *valid_money(const char *in, int64_t max, int64_t *out);
const char *valid_code(const char *in, const char **out);
const char *valid_date(const char *in, const char **out);
/* Year and month, YYYY-MM, 1900-01 to 2199-12. */
const char *valid_month(const char *in, const char **out);
/* A mainland mobile number: 11 digits, 1[3-9]xxxxxxxxx. */
const char *valid_mobile(const char *in, const char **out);
/* An e-mail address of the plain local@domain.tld shape. */
const char *valid_email(const char *in, const char **out);
/*
 * A valid date (YYYY-MM-DD) or month (YYYY-MM) that is not after max
 * (today, YYYY-MM-DD, from the caller): NULL, or the message.
 */
const char *valid_not_after(const char *iso, const char *max);
/*
 * The index of s in a table of n names (an enum's *_names), or n when it
 * is not one of them (or NULL): what every *_parse() returns.
 */
int	 name_index(const char *s, const char *const *names, int n);
/* Number of Unicode code points of a valid UTF-8 string. */
/*
 * The origin of the public site for links that leave it (Open Graph,
 * Atom): public_origin from the configuration, or else https:// and the
 * Host nginx passed when it is a plain host[:port]; NULL when neither.
 */
const char *req_public_origin(struct req *);
size_t	 utf8_len(const char *s);
/* 1 if s[0..len) is valid UTF-8 (no overlongs, surrogates, > U+10FFFF). */
int	 utf8_valid(const char *s, size_t len);
/*
 * Whether s[0..len) is text that every page, export and parser takes as
 * text: valid UTF-8 (else E_UTF8) of characters that XML 1.0 allows,
 * less the controls and line breaks of other parsers (else E_NUL, with
 * *bad the first such code point).  E_OK otherwise.
 */
enum err text_check(const char *s, size_t len, uint32_t *bad);
/*
 * s itself when it is text (text_check), else an arena copy with each
 * character that text may not hold, and each byte that is not UTF-8,
 * replaced by U+FFFD.
 */
const char *text_mend(struct arena *, const char *s);
/*
 * The same into out, which has room for 3 * len + 1 bytes: the length
 * written (out is NUL-terminated).
 */
size_t	 text_mend_buf(const char *s, size_t len, char *out);

/* ------------------------------------------------------------------ auth */

enum kind { KIND_CITY, KIND_DISTRICT, KIND_INDUSTRY, KIND_BASE, KIND__MAX };
extern const char *const kind_names[KIND__MAX];
enum kind kind_parse(const char *);

struct who {
	int64_t		 unit_id;
	int64_t		 cert_id;
	enum kind	 kind;
	char		 fp[65];	/* SHA-256 of the certificate, hex */
	const char	*unit_code;
	const char	*unit_name;
	const char	*unit_path;	/* /220100/220102/ */
	const char	*holder;
	int64_t		 data_version;	/* of its unit: see audit_append */
	unsigned	 roles;		/* ROLE_* of its certificate */
};

/*
 * A certificate's roles within its unit: what its holder may do.  A POST
 * of a route that needs a role the certificate lacks is refused (403).
 */
#define ROLE_REVIEW	0x01	/* 审核: applications, reviews, assessment */
#define ROLE_FINANCE	0x02	/* 财务: funds, grants, spending */
#define ROLE_ADMIN	0x04	/* 管理: certificates and units */
#define ROLE_ALL	0x07
#define ROLE__N		3
/* The roles' names ("review", "finance", "admin") and labels (审核 …). */
extern const char *const role_names[ROLE__N];
extern const char *const role_labels[ROLE__N];
/*
 * The roles of a comma-separated list of names (as the database's SET
 * gives them): the mask, or 0 when a name is unknown or none is given.
 */
unsigned roles_parse(const char *);
/* The names of the roles of mask, comma-separated ("" for none). */
const char *roles_text(struct arena *, unsigned);

struct certinfo {
	char		 fp[65];
	char		 serial[80];
	char		 subject[512];
	char		 issuer[512];
	char		 not_before[32];	/* YYYY-MM-DD HH:MM:SS, UTC */
	char		 not_after[32];
	char		 cn[256];
};

/*
 * Parse one PEM certificate and fill ci.  Returns E_OK or E_CERT.
 */
enum err cert_parse_pem(const char *pem, size_t len, struct certinfo *ci);
/*
 * Identify the client from SSL_CLIENT_VERIFY and SSL_CLIENT_CERT and map
 * the certificate to an enrolled, unrevoked certificate of an active unit.
 * Returns 200 (r->who set) or 403 with r->reason and r->message set.
 */
int	 auth_client(struct req *r);
/* Token for the forms of this certificate, issued now (arena string). */
char	*csrf_make(struct arena *, const unsigned char *key, size_t keylen,
	    const char *fp, time_t now);
/* 1 if token was issued for fp by key and is not older than maxage. */
int	 csrf_check(const unsigned char *key, size_t keylen, const char *fp,
	    const char *token, time_t now, time_t maxage);
/*
 * The cross-site checks of a POST: token, and Sec-Fetch-Site same-origin
 * or, without Fetch Metadata, an exact Origin.  200 or 403.
 */
int	 auth_post(struct req *r);
/* 1 if the unit with the given path is in who's subtree. */
int	 auth_sees(const struct who *, const char *unit_path);
/*
 * The one answer for a record that does not exist and for one outside
 * r->who's subtree, whatever the route: E_NOTFOUND (404) with the same
 * reason and message (noun names the kind of record: "申请", "单位"), so
 * that no status, message or timing of a page tells the two apart.
 */
enum err auth_hidden(struct req *r, const char *noun);
/* Lowercase hex of n bytes into out (2n+1 bytes). */
void	 hexencode(const unsigned char *in, size_t n, char *out);
/* HMAC-SHA256 of msg[0..len) under the key into md: 0, or -1. */
int	 hmac_sha256(const unsigned char *key, size_t keylen, const void *msg,
	    size_t len, unsigned char md[32]);

/* -------------------------------------------------------------------- db */

enum stmt {
	STMT_META_LOCK,
	STMT_META_ADVANCE,
	STMT_META_BUMP,
	STMT_AUDIT_INSERT,
	STMT_AUDIT_COUNT,
	STMT_AUDIT_PAGE,
	STMT_AUDIT_CHAIN,
	STMT_CERT_WHO,
	STMT_CERT_BY_UNIT,
	STMT_CERT_GET,
	STMT_CERT_BY_FP,
	STMT_CERT_INSERT,
	STMT_CERT_REVOKE,
	STMT_CERT_ROLES,
	STMT_CERT_LIST,
	STMT_UNIT_GET,
	STMT_UNIT_BY_CODE,
	STMT_UNIT_CHILDREN,
	STMT_UNIT_CHILDCOUNT,
	STMT_UNIT_ANCESTORS,
	STMT_UNIT_COUNT,
	STMT_UNIT_PAGE,
	STMT_UNIT_ALL,
	STMT_UNIT_INSERT,
	STMT_UNIT_CERTCOUNT,
	STMT_MIGRATION_TABLE,
	STMT_MIGRATION_LIST,
	STMT_MIGRATION_ADD,
	STMT_CODES_INDUSTRY,
	STMT_CODES_ETHNICITY,
	STMT_CODES_POLITICAL,
	STMT_CODES_EDUCATION,
	STMT_CODES_GENDER,
	STMT_CODES_UNIT_TYPE,
	STMT_CODES_STUDIO_TYPE,
	STMT_APP_INSERT,
	STMT_APP_UPDATE,
	STMT_APP_GET,
	STMT_APP_LOCK,
	STMT_APP_TYPES,
	STMT_APP_TYPES_DEL,
	STMT_APP_TYPE_ADD,
	STMT_APP_HONOURS,
	STMT_APP_HONOURS_DEL,
	STMT_APP_HONOUR_ADD,
	STMT_APP_REVIEWS,
	STMT_APP_SET_STATUS,
	STMT_APP_NAME,
	STMT_APP_COUNT,
	STMT_APP_PAGE,
	STMT_APP_STATUS_COUNTS,
	STMT_REVIEW_ADD,
	STMT_LEADER_ACTIVE,
	STMT_STUDIO_NAMED,
	STMT_NAMING_SEQ_INIT,
	STMT_NAMING_SEQ_LOCK,
	STMT_NAMING_SEQ_SET,
	STMT_ONCE_CLAIM,
	STMT_ONCE_GET,
	STMT_ONCE_SET,
	STMT_PENDING_BASE,
	STMT_PENDING_DISTRICT,
	STMT_PENDING_CITY,
	STMT_DISTRICTS,
	STMT_AUDIT_ANCHOR,
	STMT_AUDIT_ROW,
	/* studios */
	STMT_DECISION_ADD,
	STMT_STUDIO_FROM_APP,
	STMT_STUDIO_TYPES_FROM_APP,
	STMT_STUDIO_LEADER_MEMBER,
	STMT_STUDIO_EVENT_ADD,
	STMT_STUDIO_COUNT,
	STMT_STUDIO_PAGE,
	STMT_STUDIO_STATUS_COUNTS,
	STMT_STUDIO_GET,
	STMT_STUDIO_TYPES,
	STMT_STUDIO_MEMBERS,
	STMT_STUDIO_EVENTS,
	STMT_STUDIO_LOCK,
	STMT_STUDIO_SET_STATUS,
	STMT_APP_STUDIO_STATUS,
	STMT_CLAIM_APP,
	STMT_CLAIM_RELEASE_APP,
	STMT_CLAIM_TO_STUDIO,
	STMT_CLAIM_RELEASE_STUDIO,
	STMT_AUDIT_OF_STUDIO,
	/* 007: the review's corrections */
	STMT_APP_MARK_RECOMMENDED,
	/* the public registry, the feed, the progress (registry.c) */
	STMT_REGISTRY_COUNT,
	STMT_REGISTRY_PAGE,
	STMT_REGISTRY_YEARS,
	STMT_REGISTRY_GET,
	STMT_REGISTRY_TYPES,
	STMT_REGISTRY_FEED,
	STMT_REGISTRY_PROGRESS,
	STMT_REGISTRY_BY_UNIT,
	/* the studio an application was named as */
	STMT_APP_STUDIO,
	/* amendments */
	STMT_AMEND_STUDIO,
	STMT_AMEND_STUDIO_GET,
	STMT_AMEND_LEADER_TAKEN,
	STMT_AMEND_ADD,
	STMT_AMEND_REVIEW_ADD,
	STMT_AMEND_LOCK,
	STMT_AMEND_APPLY_LEADER,
	STMT_CLAIM_STUDIO_LEADER,
	STMT_MEMBER_LEADER_LEAVES,
	STMT_STUDIO_LEADER_JOINS,
	STMT_AMEND_APPLY_HOST,
	STMT_AMEND_APPLY_FIELD,
	STMT_AMEND_APPLY_MEMBERS,
	STMT_AMEND_SET_STATUS,
	STMT_STUDIO_EVENT_AMEND,
	STMT_AMEND_GET,
	STMT_AMEND_REVIEWS,
	STMT_AMEND_OF_STUDIO,
	STMT_AMEND_PENDING,
	STMT_MEMBER_GET,
	STMT_MEMBER_ADD,
	STMT_MEMBER_LEAVE,
	STMT_MEMBERS_CURRENT,
	/* 008: upgrade applications (upgrade.c) */
	STMT_UPGRADE_ADD,
	STMT_UPGRADE_LOCK,
	STMT_UPGRADE_SET_STATUS,
	STMT_UPGRADE_STEP_ADD,
	STMT_UPGRADE_OF_STUDIO,
	STMT_UPGRADE_STEPS,
	STMT_UPGRADE_OPEN,
	STMT_UPGRADE_BASIS,
	STMT_UPGRADE_PENDING,
	STMT_NOTICE_PUT,
	STMT_NOTICE_PURGE,
	STMT_NOTICE_GET,
	STMT_NOTICE_DELETE,
	STMT_UNIT_KEPT,
	STMT_AUDIT_KEPT,
	STMT_REGISTRY_KEPT,
	STMT_APP_KEPT,
	STMT_STUDIO_KEPT,
	STMT_UNIT_AHEAD,
	STMT_UNIT_BEHIND,
	STMT_UNIT_LAST,
	STMT_APP_AHEAD,
	STMT_APP_BEHIND,
	STMT_APP_LAST,
	STMT_STUDIO_AHEAD,
	STMT_STUDIO_BEHIND,
	STMT_STUDIO_LAST,
	STMT_AUDIT_AHEAD,
	STMT_AUDIT_BEHIND,
	STMT_AUDIT_LAST,
	STMT_REGISTRY_AHEAD,
	STMT_REGISTRY_BEHIND,
	STMT_REGISTRY_LAST,
	STMT_UNIT_AFTER,
	STMT_UNIT_FIRST,
	STMT_APP_AFTER,
	STMT_STUDIO_AFTER,
	STMT_AUDIT_AFTER,
	STMT_AUDIT_FIRST,
	STMT_REGISTRY_AFTER,
	STMT_SCOPE_APPLICATION,
	STMT_SCOPE_STUDIO,
	STMT_SCOPE_AMENDMENT,
	STMT_SCOPE_UPGRADE,
	STMT_SCOPE_CERT,
	STMT_SCOPE_UNIT,
	STMT_SCOPE_BUMP,
	STMT_SCOPE_BUMP_SUBTREE,
	STMT_SCOPE_BUMP_ALL,
	STMT_PUBLIC_BUMP,
	STMT_PUBLIC_VERSION,
	/* a naming decision as a document (decision.c) */
	STMT_DECISION_GET,
	STMT_DECISION_STUDIOS,
	/* the annual assessment (assessment.c) */
	STMT_SCHEME_GET,
	STMT_SCHEME_LOCK,
	STMT_SCHEME_YEARS,
	STMT_SCHEME_ITEMS,
	STMT_SCHEME_UPDATE,
	STMT_SCHEME_ITEMS_CLEAR,
	STMT_SCHEME_ITEM_ADD,
	STMT_SCHEME_OPEN,
	STMT_SCHEME_SHEETS,
	STMT_SCHEME_NEW_STUDIO,
	STMT_SCHEME_SOURCE,
	STMT_SCHEME_COPY,
	STMT_SCHEME_COPY_ITEMS,
	STMT_SCHEME_LOCK_SET,
	STMT_SHEET_GET,
	STMT_SHEET_LOCK,
	STMT_SHEET_SCORES,
	STMT_SCORE_SELF,
	STMT_SCORE_AUDIT,
	STMT_SHEET_SELF_SET,
	STMT_SHEET_AUDIT_SET,
	STMT_SHEET_STAGE_SET,
	STMT_SHEET_CONFIRM,
	STMT_SHEET_SUPPORT,
	STMT_SHEET_AWARD,
	STMT_SHEET_BUMP,
	STMT_SHEET_REVIEW_ADD,
	STMT_SHEET_REVIEWS,
	STMT_SCOPE_SHEET,
	STMT_SUPERVISION_GET,
	STMT_SUPERVISION_ADD,
	STMT_SUPERVISION_CLOSE,
	STMT_SUPERVISION_OPEN,
	STMT_SHEET_CAP,
	STMT_FILING_UNITS,
	STMT_FILING_UNFINISHED,
	STMT_FILING_SHEETS,
	STMT_FILING_UPSERT,
	STMT_FILING_GET,
	STMT_FILING_FILE_SHEETS,
	STMT_FILING_ACK,
	STMT_FILING_CONFIRM_SHEETS,
	STMT_FILING_GRADES,
	STMT_SHEET_AWARDS,
	STMT_SHEET_DUE_BASE,
	STMT_SHEET_DUE_AUDIT,
	STMT_SHEET_DUE_CITY,
	STMT_SCHEME_NEWEST_OPEN,
	STMT_FAIL_CANDIDATES,
	STMT_STUDIO_FILED_GRADES,
	STMT_STUDIO_SHEETS,
	STMT_SHEET_COUNT,
	STMT_SHEET_PAGE,
	/* the subsidy ledger (funding.c) */
	STMT_FUND_ADD,
	STMT_FUND_COUNT,
	STMT_FUND_PAGE,
	STMT_FUND_GET,
	STMT_FUND_LOCK,
	STMT_FUND_GRANTED,
	STMT_FUND_DISTRICTS,
	STMT_FUND_GRANTS,
	STMT_FUND_ELIGIBLE,
	STMT_FUND_PROJECTS,
	STMT_FUND_YEARS,
	STMT_GRANT_STUDIO,
	STMT_PROJECT_GET,
	STMT_GRANT_ADD,
	STMT_GRANT_LOCK,
	STMT_GRANT_SPENT,
	STMT_SPEND_ADD,
	STMT_SPEND_GET,
	STMT_FUNDING_STUDIO,
	STMT_STUDIO_GRANTS,
	STMT_STUDIO_SPENDING,
	STMT_STUDIO_PURPOSES,
	STMT_STUDIO_FUNDS_YEAR,
	STMT_PROJECT_ADD,
	STMT_STUDIO_PROJECTS,
	STMT_REPORT_FUNDS,
	STMT_REPORT_UNITS,
	STMT_REPORT_PURPOSES,
	STMT_SCOPE_FUND,
	STMT_SCOPE_GRANT,
	STMT_SCOPE_SPENDING,
	/* attachments (attach.c) */
	STMT_ATTACH_INSERT,
	STMT_ATTACH_GET,
	STMT_ATTACH_LIST,
	STMT_ATTACH_ALL,
	STMT_ATTACH_HASH,
	/* the showcase (achievement.c) */
	STMT_ACH_STUDIO,
	STMT_ACH_ADD,
	STMT_ACH_LOCK,
	STMT_ACH_SAVE,
	STMT_ACH_STATUS,
	STMT_ACH_BUMP,
	STMT_ACH_REVIEW_ADD,
	STMT_ACH_REVIEWS,
	STMT_ACH_GET,
	STMT_ADOPT_ADD,
	STMT_ADOPTIONS,
	STMT_ACH_NEW_STUDIOS,
	STMT_ACH_COUNT,
	STMT_ACH_PAGE,
	STMT_ACH_TEXTS,
	STMT_ACH_TERMS_CLEAR,
	STMT_ACH_TERMS_ADD,
	STMT_ACH_TERMS_RELIST,
	STMT_ACH_TERMS_RELIST_STUDIO,
	STMT_SEARCH_TERM_ROWS,
	STMT_SCOPE_ACHIEVEMENT,
	STMT_PUB_ACH_COUNT,
	STMT_PUB_ACH_PAGE,
	STMT_PUB_ACH_AFTER,
	STMT_PUB_ACH_AHEAD,
	STMT_PUB_ACH_BEHIND,
	STMT_PUB_ACH_LAST,
	STMT_PUB_ACH_GET,
	STMT_EXPORT_APPLICATIONS,
	STMT_EXPORT_STUDIOS,
	STMT_EXPORT_SHEETS,
	STMT_EXPORT_GRANTS,
	STMT_EXPORT_SPENDING,
	STMT_EXPORT_ACHIEVEMENTS,
	STMT_PUB_PHOTOS,
	STMT_PUB_PHOTO,
	STMT_PUB_STUDIO_ACH,
	STMT_FEED_ACH,
	/* leader training, publicity events, links (training.c) */
	STMT_TRAINING_ADD,
	STMT_TRAINING_COUNT,
	STMT_TRAINING_PAGE,
	STMT_TRAINING_GET,
	STMT_TRAINING_LOCK,
	STMT_TRAINING_BUMP,
	STMT_TRAINING_STUDIO,
	STMT_TRAINING_INVITE,
	STMT_TRAINING_INVITEES,
	STMT_TRAINING_ALL_INVITEES,
	STMT_TRAINING_ATTEND,
	STMT_TRAINING_ELIGIBLE,
	STMT_TRAINING_YEARS,
	STMT_STUDIO_TRAININGS,
	STMT_TRAINING_TODO,
	STMT_TRAINING_TODO_COUNT,
	STMT_SCOPE_TRAINING,
	STMT_EVENT_ADD,
	STMT_EVENT_COUNT,
	STMT_EVENT_PAGE,
	STMT_EVENT_GET,
	STMT_EVENT_LOCK,
	STMT_EVENT_UPDATE,
	STMT_EVENT_BUMP,
	STMT_EVENT_STUDIO_ADD,
	STMT_EVENT_STUDIOS,
	STMT_EVENT_CHOICES,
	STMT_EVENT_UNITS,
	STMT_EVENT_UNIT,
	STMT_PUBLIC_EVENT_COUNT,
	STMT_PUBLIC_EVENT_PAGE,
	STMT_PUBLIC_EVENT_STUDIOS,
	STMT_SCOPE_EVENT,
	STMT_LINK_STUDIO,
	STMT_LINK_TARGET,
	STMT_LINK_ADD,
	STMT_LINK_REMOVE,
	STMT_STUDIO_LINKS,
	STMT_PUBLIC_EVENT_PHOTOS,
	/* the dossier (dossier.c) */
	STMT_DOSSIER_ACHIEVEMENTS,
	STMT_DOSSIER_ATTACHMENTS,
	/* the year's reports (report.c) */
	STMT_RPT_FUND_LIST,
	STMT_RPT_BASES,
	STMT_RPT_SCHEME,
	STMT_RPT_SCHEME_YEARS,
	STMT_RPT_GRADES,
	STMT_RPT_SUPPORT,
	STMT_RPT_SUPERVISED,
	STMT_RPT_REVOKED,
	STMT_RPT_NAMINGS,
	STMT_RPT_REVOCATIONS,
	STMT_RPT_TARGETS,
	STMT_RPT_UNITS,
	STMT_RPT_INDUSTRIES,
	STMT_RPT_TYPES,
	/* rankings (ranking.c) */
	STMT_RANK_NOW,
	STMT_RANK_YEARS,
	STMT_RANK_FILINGS,
	STMT_RANK_STUDIO_SUMS,
	STMT_RANK_STUDIO_PAGE,
	STMT_RANK_UNITS,
	STMT_BACKUP_LOGBIN,
	STMT_RESTORE_OBJECTS,
	STMT_RESTORE_TRIGGERS_BLOCKED,
	STMT_PURGE_APPS,
	STMT_PURGE_STUDIOS,
	STMT_PURGE_APP,
	STMT_PURGE_APP_HONOURS,
	STMT_PURGE_STUDIO,
	STMT_PURGE_AMENDMENTS,
	/* the import of what existed before the system (import.c) */
	STMT_IMPORT_UNIT,
	STMT_IMPORT_STUDIO,
	STMT_IMPORT_APP,
	STMT_IMPORT_STUDIO_STATUS,
	STMT_IMPORT_SEQ_RAISE,
	STMT__MAX
};

/* The SQL text of each statement, indexed by enum stmt (sql.c). */
extern const char *const stmts[STMT__MAX];

/* A bound value. */
struct dbv {
	enum { DBV_NULL, DBV_INT, DBV_STR } t;
	int64_t		 i;
	const char	*s;
	size_t		 len;
};

#define DBI(x)	((struct dbv){ .t = DBV_INT, .i = (int64_t)(x) })
#define DBS(x)	db_str_arg(x)
#define DBN	((struct dbv){ .t = DBV_NULL })
#define DBARGS(...) (const struct dbv[]){ __VA_ARGS__ }, \
	(sizeof((const struct dbv[]){ __VA_ARGS__ }) / sizeof(struct dbv))
#define DBNOARGS NULL, 0

struct dbv	 db_str_arg(const char *);

struct db;
struct dbq;

/*
 * Connect (no statements prepared yet: each is prepared on first use and
 * kept for the life of the connection).  NULL on failure (logged), but
 * with DB_LAZY a failed connect is only logged and tried again on use.
 */
#define DB_ADMIN	0x01	/* studioctl: LOAD DATA LOCAL from sql_dir,
				   as db_admin_user when one is set */
#define DB_LAZY		0x02	/* a failed connect is retried on first use */
struct db	*db_open(const struct conf *, int flags);
/*
 * The same, for worker number home: with db_sockets set, it connects
 * first to node home modulo their count and, when that node is down or
 * not ready (a Galera node not synced), to the next ones in turn; every
 * reconnect starts again at its own node.  db_open is db_open_node(,, 0).
 */
struct db	*db_open_node(const struct conf *, int flags, unsigned home);
/* Index in db_sockets of the node connected now (0 without db_sockets). */
unsigned	 db_node(const struct db *);
/*
 * The enum err of a MySQL/MariaDB error number: E_DBGONE for a lost or
 * unusable server (a Galera node out of the cluster too), E_DEADLOCK for
 * a deadlock, a lock wait timeout or a Galera certification conflict,
 * E_DUP, E_OK for 0, else E_DB.
 */
enum err	 db_classify(unsigned no);
/*
 * 1 when db_txn runs a transaction that failed with e again from the
 * start: a deadlock or conflict, also at COMMIT; a lost connection only
 * before COMMIT was sent (after, the outcome is unknown).
 */
int		 db_txn_again(enum err e, int at_commit);
void		 db_close(struct db *);
/* The last error of the connection as an enum err. */
enum err	 db_err(const struct db *);
/* MySQL error number of the last failure (0 if none). */
unsigned	 db_errno(const struct db *);
/*
 * The name of the unique key that the last failure (E_DUP) violated
 * ("table.key" on MySQL 8, "key" on MariaDB), or "": valid until the
 * next statement.
 */
const char	*db_dupkey(const struct db *);
/* The configuration the connection was opened with (the caller's). */
const struct conf *db_conf(const struct db *);

/*
 * Execute a statement.  For a query, the rows are read with db_step()
 * and released with db_end(); the returned cursor belongs to the
 * connection and is valid until db_end().  NULL on error (see db_err).
 * Outside a transaction a lost connection is reopened and the statement
 * run once more.
 */
struct dbq	*db_query(struct db *, enum stmt, const struct dbv *, size_t);
/*
 * The same, but the rows are not stored in the worker: each db_step()
 * reads the next one from the server, so a result of any length takes
 * the memory of one row (a value may be at most 64 kB; a longer one
 * makes db_step fail).  Until db_end() no other statement may run on
 * the connection.
 */
struct dbq	*db_stream(struct db *, enum stmt, const struct dbv *, size_t);
/* 1 if a row is ready, 0 at the end, -1 on error. */
int		 db_step(struct dbq *);
/* Column as a string (NULL for SQL NULL), valid until the next step. */
const char	*db_col(struct dbq *, size_t col);
size_t		 db_collen(struct dbq *, size_t col);
int64_t		 db_coli(struct dbq *, size_t col);
void		 db_end(struct dbq *);

/*
 * A query expected to give one row: E_OK with *q on that row (the caller
 * ends it with db_end), E_NOTFOUND when there is none, or the error.
 */
enum err	 db_one(struct db *, enum stmt, const struct dbv *, size_t,
		    struct dbq **q);
/* A statement without a result.  E_OK and *affected / *lastid set. */
enum err	 db_exec(struct db *, enum stmt, const struct dbv *, size_t,
		    uint64_t *affected, uint64_t *lastid);
/* Escape LIKE wildcards (% _ \) of user text for a bound pattern. */
const char	*like_escape(struct arena *, const char *);
/*
 * Whether the server answers on this connection now (mysql_ping; a lost
 * connection is opened again): E_OK or E_DBGONE.
 */
enum err	 db_ping(struct db *);
/*
 * 1 when the connection is open and its last statement did not find the
 * server gone, else 0 (never opened, or lost).
 */
int		 db_up(const struct db *);
/* A query returning one integer in its first row: E_OK, or E_DB. */
enum err	 db_int(struct db *, enum stmt, const struct dbv *, size_t,
		    int64_t *out, int *found);

/*
 * Run fn(arg) inside one transaction: begin, fn, commit.  fn returns
 * E_OK to commit; any other code rolls back.  A deadlock or a Galera
 * certification conflict is retried (a few times, with the whole of fn),
 * at COMMIT too; so is a connection lost before COMMIT was sent, on
 * another node when its own is gone (db_txn_again).  Returns what fn
 * returned, or the commit error.
 */
enum err	 db_txn(struct db *, enum err (*fn)(void *), void *arg);
/*
 * The statement just run advanced the public version: the pool's
 * scoreboard learns of it when the transaction ends (committed or not:
 * a version advanced in vain costs a page made again), at once outside
 * one.
 */
void	 db_public_changed(struct db *);
/*
 * The public site's data version, for its ETags: the scoreboard's
 * (sb_public_version), or read from meta when it is a second old or
 * there is no scoreboard.  NULL when it cannot be read.
 */
const char	*db_public_version(struct db *, struct arena *);
/* Run a file of SQL statements (migrations, demo data). */
enum err	 db_script(struct db *, const char *path, const char *datadir);

/* ------------------------------------------------------------------ once */

/* A fresh one-time key for a creating form (32 hex digits, arena). */
const char	*once_new(struct arena *);
/* 1 if key has the shape once_new() gives. */
int		 once_valid(const char *key);
/*
 * Inside the creating transaction, before the record is made: claim key
 * for the unit and the kind of record.  E_OK with *made = 0 when the key
 * is new (make the record, then once_made()); E_OK with *made = the id
 * of the record this key already made; E_DUP when the key belongs to
 * another unit or kind; or a database error.
 */
enum err	 once_claim(struct db *, const char *key, int64_t unit_id,
		    const char *type, int64_t *made);
/* Note the id of the record made under key, in the same transaction. */
enum err	 once_made(struct db *, const char *key, int64_t id);

/* ---------------------------------------------------------------- notice */

/*
 * What an action did, told once (notice.c).  After a POST's handler set
 * r->notice (a Chinese sentence) with its 303, notice_put() keeps it for
 * r->who's unit under a fresh token and adds "n=<token>" to r->location.
 * The GET of that page calls notice_take(), which sets r->notice from
 * the token of the query and deletes it, so that a reload shows no
 * notice.  Failures are logged and cost only the notice, never the
 * action or the page.
 */
void	 notice_put(struct req *);
void	 notice_take(struct req *);

/* ----------------------------------------------------------------- audit */

/*
 * Append a row to the hash-chained audit log, inside the caller's
 * transaction, and advance the data version: meta's, the data_version
 * of every unit whose pages can show the object changed (the units on
 * the path of its base union; for a unit, its subtree too; for any other
 * kind of object, every unit), and the public version unless the change
 * is one the public site never shows (certificates; applications before
 * naming).  The digest is SHA-256 over
 * what, the canonical description of the change; the row's hash is
 * audit_hmac() under the configuration's audit key (E_CONF without one).
 */
enum err audit_append(struct db *, const struct who *, const char *action,
	    const char *objtype, int64_t objid, const char *what, size_t len);
/*
 * Check the whole chain (audit_check).  Returns E_OK and *badid = 0 when
 * intact, E_OK and *badid = the first bad row's id when broken, or an
 * error.
 */
enum err audit_verify(struct db *, uint64_t *badid, uint64_t *rows);
/*
 * The plain hash of one row (hex, 65 bytes): SHA-256 after the tag
 * "studio-audit-1", the format of the rows before the keyed chain.
 */
void	 audit_hash(const char *prev, uint64_t id, const char *at,
	    int64_t unit_id, int64_t cert_id, const char *fp,
	    const char *holder, const char *action, const char *objtype,
	    int64_t objid, const char *digest, char out[65]);
/*
 * The keyed hash of one row, as audit_append computes it (hex, 65
 * bytes): HMAC-SHA256 under the audit key over the same fields in the
 * same form, after the tag "studio-audit-2".
 */
void	 audit_hmac(const unsigned char *key, size_t keylen,
	    const char *prev, uint64_t id, const char *at, int64_t unit_id,
	    int64_t cert_id, const char *fp, const char *holder,
	    const char *action, const char *objtype, int64_t objid,
	    const char *digest, char out[65]);

/* One row's fields, as they are hashed (0 = NULL for the integers). */
struct audit_row {
	const char	*prev;
	uint64_t	 id;
	const char	*at;
	int64_t		 unit_id;
	int64_t		 cert_id;
	const char	*fp;
	const char	*holder;
	const char	*action;
	const char	*objtype;
	int64_t		 objid;
	const char	*digest;
};
/*
 * 1 when stored is the hash of row r: its HMAC under key, or, for a row
 * before the keyed chain (keyed_from 0 or r->id < keyed_from), also its
 * plain SHA-256.  0 otherwise.
 */
int	 audit_row_ok(const unsigned char *key, size_t keylen,
	    uint64_t keyed_from, const struct audit_row *r,
	    const char *stored);

/* The migration whose audit row is the first row of the keyed chain. */
#define AUDIT_KEYED_MIGRATION	4

/* What audit_check() found. */
struct audit_check {
	uint64_t	 rows;		/* rows that verified */
	uint64_t	 bad;		/* first bad row; 0 = intact */
	const char	*why;		/* what is wrong there (static text) */
	uint64_t	 keyed_from;	/* first row of the keyed chain, or 0 */
	uint64_t	 head;		/* id of the last row, 0 = none */
	char		 hash[65];	/* its hash */
	char		 at[32];	/* its time, "YYYY-MM-DD HH:MM:SS.ffffff" */
};
/*
 * Check the whole chain with the audit key of the connection's
 * configuration: rows before keyed_from as plain SHA-256 (or keyed),
 * every row from it on as HMAC.  E_OK with the result in *c, or an error.
 */
enum err audit_check(struct db *, struct audit_check *c);

/*
 * A head line, which the operator keeps away from the database:
 *   studio-audit-head id=N hash=HEX at=YYYY-MM-DDTHH:MM:SS.ffffff mac=HEX
 * mac is HMAC-SHA256 under the audit key over id, hash and at.
 */
struct audit_head {
	uint64_t	 id;
	char		 hash[65];
	char		 at[32];	/* with a T between date and time */
	char		 mac[65];
};
/*
 * Sign h (id, hash, at set) into h->mac and write its line, without a
 * newline, into buf.  0, or -1 when buf is too small.
 */
int	 audit_head_line(const unsigned char *key, size_t keylen,
	    struct audit_head *h, char *buf, size_t bufsz);
/* Parse one line (blanks around allowed) into h: 0, or -1 if malformed. */
int	 audit_head_parse(const char *line, struct audit_head *h);
/* 1 when h->mac is the signature of h under key, else 0. */
int	 audit_head_valid(const unsigned char *key, size_t keylen,
	    const struct audit_head *h);
/*
 * Compare a kept head with the log.  E_OK and *why = NULL when the row
 * h->id still has h->hash and h->at; E_OK and *why = what differs
 * (static text) otherwise; or a database error.
 */
enum err audit_head_verify(struct db *, const struct audit_head *h,
	    const char **why);

/* ------------------------------------------------------------------- xml */

/*
 * Start the response document with its root element (schema="1").  The
 * other calls add to it; a writer failure is recorded in r->xmlerr and
 * makes the response a 500, so handlers need not check each call.
 */
void	 xml_begin(struct req *, const char *root);
void	 xml_start(struct req *, const char *name);
void	 xml_end(struct req *);
/* Attribute; skipped when val is NULL. */
void	 xml_attr(struct req *, const char *name, const char *val);
void	 xml_attri(struct req *, const char *name, int64_t val);
void	 xml_attrb(struct req *, const char *name, int val);
void	 xml_text(struct req *, const char *text);
/* <name>text</name>; an empty element when text is NULL. */
void	 xml_elem(struct req *, const char *name, const char *text);
/* <name id="id">text</name>: a reference to a record, with its name. */
void	 xml_ref(struct req *, const char *name, const char *id,
	    const char *text);
/* Close everything and detach the document: NULL on error. */
xmlDocPtr xml_finish(struct req *);
/* Add <errors> from r->ferr. */
void	 xml_ferrs(struct req *);
/*
 * <counts><count status="">n</count>...</counts> from a statement giving
 * (status, count) rows for the subtree with this path.  E_OK or the
 * database error.
 */
enum err xml_counts(struct req *, enum stmt, const char *path);
/* Paging attributes on the current element. */
void	 xml_paging(struct req *, int page, int64_t total);
/*
 * A document streamed to the response as it is written: between
 * xml_stream_begin and xml_stream_end, xml_start, xml_attr, xml_text and
 * xml_end write through libxml2's text writer (r->xw) instead of adding
 * to r->doc, so that its memory does not grow with its size.  The root
 * is started with its schema attribute; xml_stream_end ends every open
 * element (whole; else it leaves the document cut short, so that no
 * reader takes it for whole: its headers are gone) and frees the writer.
 * 0, or -1 when writing failed.
 */
int	 xml_stream_begin(struct req *, const char *root);
int	 xml_stream_end(struct req *, int whole);
/* Today's date in Asia/Shanghai, YYYY-MM-DD (arena string). */
const char *xml_today(struct req *);
/* This year in Asia/Shanghai (the process's zone). */
int	 xml_this_year(void);
/*
 * <years><year>…</year></years> from a statement of one year column that
 * binds nothing.  E_OK or the database error.
 */
enum err xml_years(struct req *, enum stmt);
/* ISO 8601 date-time (with +08:00) from a "YYYY-MM-DD HH:MM:SS[.f]". */
const char *xml_datetime(struct req *, const char *sqltime);

/* ------------------------------------------------------------------ xslt */

enum sheet {
	SHEET_NONE,
	SHEET_ERROR,
	SHEET_HOME,
	SHEET_STATS,
	SHEET_DASHBOARD,
	SHEET_UNITS,
	SHEET_UNITS_CSV,
	SHEET_UNIT,
	SHEET_CERTS,
	SHEET_AUDIT,
	SHEET_AUDIT_CSV,
	SHEET_APPLICATIONS,
	SHEET_APPLICATION,
	SHEET_APPLICATION_FORM,
	SHEET_APPLICATION_PRINT,
	SHEET_CERTIFICATE,
	SHEET_APPLICATIONS_CSV,
	SHEET_STUDIOS,
	SHEET_STUDIOS_CSV,
	SHEET_STUDIO,
	SHEET_DOSSIER,
	SHEET_AMENDMENTS,
	SHEET_AMENDMENT,
	/* the public registry and its feed */
	SHEET_REGISTRY,
	SHEET_PUBLIC_STUDIO,
	SHEET_FEED,
	SHEET_UPGRADE,
	SHEET_DECISION,
	/* the annual assessment */
	SHEET_ASSESSMENT,
	SHEET_ASSESSMENT_PRINT,
	SHEET_ASSESSMENTS,
	SHEET_ASSESSMENTS_CSV,
	SHEET_SCHEME,
	SHEET_FILINGS,
	/* the subsidy ledger */
	SHEET_FUNDS,
	SHEET_FUNDS_CSV,
	SHEET_FUND,
	SHEET_FUNDING,
	SHEET_FUNDING_REPORT,
	SHEET_FUNDING_REPORT_CSV,
	SHEET_EXPORT,
	SHEET_FUND_CSV,
	SHEET_FUNDING_CSV,
	/* the showcase of innovation results */
	SHEET_ACHIEVEMENTS,
	SHEET_ACHIEVEMENTS_CSV,
	SHEET_ACHIEVEMENT,
	SHEET_PUBLIC_ACHIEVEMENTS,
	SHEET_PUBLIC_ACHIEVEMENT,
	/* leader training and publicity events */
	SHEET_TRAININGS,
	SHEET_TRAINING,
	SHEET_EVENTS,
	SHEET_EVENT,
	SHEET_PUBLIC_EVENTS,
	/* the year's reports */
	SHEET_ASSESSMENT_REPORT,
	SHEET_ASSESSMENT_REPORT_CSV,
	SHEET_PROGRESS_REPORT,
	SHEET_PROGRESS_REPORT_CSV,
	SHEET_RANKING_STUDIOS,
	SHEET_RANKING_STUDIOS_CSV,
	SHEET_RANKING_UNITS,
	SHEET_RANKING_UNITS_CSV,
	/* the pool's status: text as php-fpm's, and Prometheus's format */
	SHEET_STATUS,
	SHEET_METRICS,
	/* the import (h_import.c) */
	SHEET_IMPORT,
	SHEET__MAX
};

/*
 * HTML output (html.c): a result document written into o (o->p, o->len;
 * kept for the next, html_free() frees it) as libxml2's HTML serialiser
 * writes it without indenting.  0, or -1 when the document holds what it
 * does not write (see html.c) or memory ran out: the caller then uses
 * libxml2's.
 */
struct htmlout {
	char	*p;
	size_t	 len;
	size_t	 cap;
};
int	 html_dump(xmlDocPtr, struct htmlout *o);
void	 html_free(struct htmlout *o);

/*
 * Compile every stylesheet of the table from dir.  On success the old set
 * (if any) is replaced; on failure the old set stays.  E_OK or E_XSLT.
 */
enum err xslt_load(const char *dir);
void	 xslt_free(void);
/*
 * What the loaded set of stylesheets is (a hash of the .xsl files read at
 * the last successful xslt_load), for validators: "" before any load.
 */
const char *xslt_version(void);
/*
 * Replace the table of labels with the one of a labels.xsl in buf (what
 * xslt_load() reads from the file; for tests).  E_OK, or E_XML when it
 * does not parse or has no labels-rtf (the table is then empty).
 */
enum err xslt_labels_parse(const char *buf, size_t len);
/* The file of a stylesheet, relative to xslt_dir (NULL for SHEET_NONE). */
const char *xslt_file(enum sheet);
/* 1 if the stylesheet's output is text (CSV). */
int	 xslt_is_text(enum sheet);
/*
 * The media type that the stylesheet's xsl:output names (media-type),
 * e.g. "application/atom+xml", or NULL when it names none.
 */
const char *xslt_media_type(enum sheet);
/*
 * Transform doc with the sheet and the parameters (name, value pairs,
 * NULL-terminated, values taken literally).  Returns the result document
 * (the caller frees it with xmlFreeDoc) or NULL on error (logged).
 */
xmlDocPtr xslt_transform(enum sheet, xmlDocPtr doc, const char **params);
/* Serialise a result of the sheet to the stream.  E_OK or E_XSLT. */
enum err xslt_write(enum sheet, xmlDocPtr res, FCGX_Stream *out);
/*
 * The label of key k ("<group>.<code>", its first row) in the table of
 * xslt/labels.xsl read by xslt_load(), or NULL.  Valid until the next
 * xslt_load() or xslt_free().
 */
const char *xslt_label(const char *k);
/*
 * A date or local time (YYYY-MM-DD..., no 'T' or ending +08:00) as
 * 2026年11月5日 into out: 0, or -1 for anything else.  The stylesheets'
 * s:date(), answering their template "date" for what studiod writes.
 */
int	 xslt_date(const char *s, char *out, size_t outsz);

/* ----------------------------------------------------------------- codes */

enum codetab {
	CT_INDUSTRY,
	CT_ETHNICITY,
	CT_POLITICAL,
	CT_EDUCATION,
	CT_GENDER,
	CT_UNIT_TYPE,
	CT_STUDIO_TYPE,
	CT__MAX
};

struct code {
	char	*code;
	char	*name;
};

struct codeset {
	struct code	*v;
	size_t		 n;
};

/* Name of each code table in documents ("industry", ...). */
extern const char *const codetab_names[CT__MAX];
/*
 * The code table, read from the database once per worker and kept (code
 * tables change only with migrations, which restart the workers).
 * NULL on a database error.
 */
const struct codeset *codes_get(struct db *, enum codetab);
/* The name of a code, or NULL when the code is not in the set. */
const char *codes_label(const struct codeset *, const char *code);
/* Write <table name="..."><code code="">name</code>...</table>. */
void	 codes_xml(struct req *, enum codetab, const struct codeset *);
void	 codes_free(void);

/* ------------------------------------------------------------------ form */

/*
 * One form mechanism (form.c).  A form is a table of struct fdef, one row
 * per field; form_read() parses r->form into a struct by the table, each
 * value at its row's offset, and names each refused field with
 * req_ferr().  What a row's value is in the struct, by its type:
 */
enum ftype {
	FT_TEXT,	/* const char *: one line, trimmed; "" when empty */
	FT_MULTI,	/* const char *: several lines */
	FT_INT,		/* int64_t: min to max (0 when empty) */
	FT_DATE,	/* const char *: YYYY-MM-DD ("" when empty) */
	FT_MONTH,	/* const char *: YYYY-MM */
	FT_CODE,	/* const char *: a code of the row's code table */
	FT_BOOL,	/* int64_t: a ticked box ("true" or "1") is 1, else 0 */
	FT_MOBILE,	/* const char *: a mainland mobile number */
	FT_EMAIL,	/* const char *: an e-mail address */
	FT_ID,		/* int64_t: a record's id, 1 to INT32_MAX (0 empty) */
	FT_ENUM,	/* int (an enum): the index in names, nnames when
			   empty or not one of them (what *_parse() gives) */
	FT_WORD,	/* const char *: one of names, as it is there */
	FT_VERSION,	/* int64_t: a record's version, 1 to INT32_MAX */
	FT_MONEY,	/* int64_t: yuan with two decimals, as fen (max) */
	FT__MAX
};

/* When a field must be filled. */
enum freq {
	FR_NEVER,	/* optional: empty stores the type's empty value */
	FR_ALWAYS,	/* empty is refused when the form is read */
	FR_SUBMIT,	/* optional to save, required to submit (the
			   application: to recommend; see form_missing()) */
};

#define FF_PERSONAL	0x01	/* personal data of a person (never public) */
#define FF_PAST		0x02	/* a date or month not after today */

struct fdef;
/*
 * A row's own check, for what its type does not say (a value among the
 * units of this form, a role the form refuses, a field required only for
 * some actions).  Called after the type, for every value but a required
 * one left empty: val is the trimmed text ("" when empty or when the text
 * itself was refused), msg the type's refusal or NULL, dst the struct
 * being filled (rows before this one are in it already).  Returns the
 * message to record, or NULL to accept; it may change the value stored.
 */
typedef const char *(*fcheck)(struct req *, const struct fdef *,
	    const char *val, const char *msg, void *dst);

struct fdef {
	const char	*name;		/* form field, XML path (dotted) */
	const char	*label;		/* as on the paper form */
	enum ftype	 type;
	size_t		 max;		/* characters (0: 200); FT_INT: the
					   largest value */
	int64_t		 min;		/* FT_INT: the smallest value */
	enum freq	 req;
	enum codetab	 codes;		/* FT_CODE */
	const char *const *names;	/* FT_ENUM, FT_WORD */
	int		 nnames;
	unsigned int	 flags;		/* FF_* */
	size_t		 off;		/* offsetof() of the value in dst */
	const char	*column;	/* SQL column, or NULL */
	const char	*empty;		/* required and empty; NULL: bad */
	const char	*bad;		/* refused; NULL: the validator's */
	fcheck		 check;		/* NULL or the row's own check */
};

/*
 * What cannot be undone asks first: 1 when the form says it is confirmed
 * (confirm=yes); else 0 with r->confirm (the action's label, 撤回申请)
 * and r->consequence set, and the handler answers 200 with the record's
 * document, which the router sends with <confirm> and the fields sent,
 * for the page to ask on a page of its own and send them again.
 */
int	 form_confirmed(struct req *, const char *label,
	    const char *consequence);
/*
 * Parse the n fields of the table from r->form into dst, each at its
 * offset: every row's value is set (to its empty value when refused or
 * empty), and every refused field is recorded with req_ferr() (its name,
 * label and a Chinese message).  Returns the number of fields refused.
 * Strings stored point into r's arena (or the form) for the request.
 */
int	 form_read(struct req *, const struct fdef *, size_t n, void *dst);
/*
 * The values of the n fields of src (filled by form_read(), or alike)
 * as bound statement arguments, in the order of the table: an empty
 * date, month or code, and an FT_INT or FT_ID of 0, as NULL.
 */
void	 form_bind(const struct fdef *, size_t n, const void *src,
	    struct dbv *out);
/*
 * Whether a stored value (as a column reads: NULL, "", "0"/"1" for a
 * box) leaves the FR_SUBMIT row unfilled: NULL when it is filled, else
 * the message to record ("推荐前须填写此项", "推荐前须确认此项").
 */
const char *form_missing(const struct fdef *, const char *stored);
/*
 * Whether a table is well made: every row named and labelled, no name
 * twice, names for an FT_ENUM or FT_WORD, an FT_INT's range not empty.
 * NULL, or the name of the first row that is not (for the unit tests).
 */
const char *form_check(const struct fdef *, size_t n);
/*
 * The rows every review form starts with: its action, one of the n names
 * of an enum at offset o ("未知的操作" otherwise), and the record's
 * version at offset o (msg when it is missing or bad).
 */
#define FORM_ACTION(nm, n, o) \
	{ .name = "action", .label = "操作", .type = FT_ENUM, .names = (nm), \
	  .nnames = (n), .req = FR_ALWAYS, .off = (o), .bad = "未知的操作" }
#define FORM_VERSION(o, msg) \
	{ .name = "version", .label = "版本", .type = FT_VERSION, \
	  .req = FR_ALWAYS, .off = (o), .bad = (msg) }
/* The number of rows of a form's table (an array, not a pointer). */
#define FORM_LEN(t)	(sizeof(t) / sizeof((t)[0]))
/* The row of the table named name, or NULL. */
const struct fdef *form_field(const struct fdef *, size_t n,
	    const char *name);
/* --------------------------------------------------------------- machine */

/*
 * A status machine as data (machine.c).  Each row says: from a state, an
 * action taken by an actor leads to a state, when its guard holds.  The
 * values are those of the record's own enums (its status, its action,
 * who acts: enum stage or its own); a guard of 0 always holds, any other
 * holds when it equals the condition the caller gives (an amendment:
 * whether it changes the leader).  The first row that matches decides.
 */
struct mrow {
	int	 from;
	int	 act;
	int	 actor;
	int	 guard;
	int	 to;
};
struct machine {
	const struct mrow	 *rows;
	size_t			  nrows;
	const char *const	 *states;	/* names, nstates of them */
	int			  nstates;
	const char *const	 *actions;	/* names, nactions of them */
	int			  nactions;
	const char *const	 *actors;	/* names, or NULL: not shown */
};
/* The rows and their number, for a struct machine initialiser. */
#define MACHINE_ROWS(t)	(t), (sizeof(t) / sizeof((t)[0]))
/*
 * 1 and *actor, *to (each may be NULL) when the action is allowed from
 * the state under the condition (by the actor given), else 0.
 */
int	 machine_next(const struct machine *, int from, int act, int cond,
	    int *actor, int *to);
/*
 * <actions><action name="" stage="" to=""/>...</actions>: the actions
 * allowed from the state under the condition to a unit that acts as the
 * actors in the mask (bit 1u << actor), in the order of the action enum;
 * stage only when the machine names its actors.  The one way the pages
 * learn what a unit may do.
 */
void	 machine_xml_actions(struct req *, const struct machine *, int from,
	    int cond, unsigned actors);

/* ----------------------------------------------------------------- steps */

/*
 * The steps taken on a record (steps.c), each written and read through
 * the record's own statement, r->who acting.  A review: the statement
 * takes (record id, stage, unit, cert, holder, decision, opinion) and
 * its reading gives (stage, unit id, unit name, holder, decision,
 * opinion, at).  E_OK or the database error.
 */
enum err step_add(struct req *, enum stmt, int64_t id, const char *stage,
	    const char *action, const char *opinion);
/* <reviews><review stage unit-id unit-name holder decision on>opinion. */
enum err steps_xml(struct req *, enum stmt, int64_t id);
/*
 * A move from one status to another: the statement takes (record id,
 * [stage,] action, from, to, unit, cert, holder, text, document), stage
 * only when it is not NULL; its reading gives (stage or NULL, action,
 * from, to, at, unit id, code, kind, name, holder, text, document).
 */
struct move {
	const char	*stage;		/* NULL: the statement takes none */
	const char	*action;
	const char	*from;		/* NULL: none (the first) */
	const char	*to;
	const char	*text;		/* the opinion or reason */
	const char	*document;	/* a decision's number, or NULL */
};
enum err move_add(struct req *, enum stmt, int64_t id, const struct move *);
/*
 * <list><item stage action from to at document><unit/><holder/><text/>
 * </item>...</list> of the record's moves.
 */
enum err moves_xml(struct req *, enum stmt, int64_t id, const char *list,
	    const char *item, const char *text);

/* ---------------------------------------------------------------- review */

enum astatus {
	ST_DRAFT,
	ST_RECOMMENDED,
	ST_AUDITED,
	ST_NAMED,
	ST_RETURNED,
	ST_REJECTED,
	ST_WITHDRAWN,
	ST_REVOKED,
	ST_UPGRADED,
	ST__MAX
};

enum action {
	ACT_RECOMMEND,
	ACT_APPROVE,
	ACT_RETURN,
	ACT_NAME,
	ACT_REJECT,
	ACT_WITHDRAW,
	ACT__MAX
};

enum stage { STAGE_BASE, STAGE_DISTRICT, STAGE_CITY, STAGE__MAX };

extern const char *const astatus_names[ST__MAX];
extern const char *const action_names[ACT__MAX];
extern const char *const stage_names[STAGE__MAX];
enum astatus astatus_parse(const char *);
enum action action_parse(const char *);

/*
 * The status machine: 1 and *stage, *to set when the action is allowed
 * from the status at all (by the unit of that stage), else 0.
 */
int	 review_next(enum astatus from, enum action, enum stage *stage,
	    enum astatus *to);
/*
 * Whether the unit may act at a stage of an application whose base union
 * and recommending unit are given.
 */
int	 review_actor(const struct who *, enum stage, int64_t base_union,
	    int64_t recommending_unit);
/*
 * The stages (bit 1u << stage) at which the unit acts on a record of
 * this base union and this auditing (recommending) unit: the actors'
 * mask of machine_xml_actions() for the machines staged like the review.
 */
unsigned review_stages(const struct who *, int64_t base_union,
	    int64_t auditing_unit);
/* The review machine of applications, as data (review.c). */
extern const struct machine review_machine;
/* Format the official naming number from the pattern (%Y, %N). */
char	*naming_number(struct arena *, const char *pattern, int year,
	    int64_t seq);

/* One review action on one application. */
struct act {
	struct req	*r;
	int64_t		 id;
	int64_t		 version;	/* 0 = the current one (batch) */
	enum action	 action;
	const char	*opinion;
	const char	*name;		/* set once the unit may see it */
	int64_t		 decision;	/* naming: the city's decision, or 0 */
	const char	*decided_on;	/* naming: its date (NULL: today) */
	const char	*document;	/* naming: its document number */
	int64_t		 studio;	/* naming: the studio made */
	int64_t		 base;		/* set: its base union */
	int64_t		 rec;		/* set: its recommending unit */
	const char	*number;	/* set by naming: the number */
};
/*
 * Take the action inside the caller's transaction.  E_OK, or a refusal
 * with r->message set: E_NOTFOUND (not there, or not the unit's to see),
 * E_FORBIDDEN (not this unit's stage), E_CONFLICT (the state, a stale
 * version, a rule across records), E_INVALID (incomplete: the missing
 * fields recorded with req_ferr()); or a database error.
 */
enum err review_act(struct act *);
/*
 * What an action taken (review_act E_OK) did and what comes next, in
 * the users' words ("已推荐上报，等待南关区总工会审核"), for the page it
 * leads to (r->notice).  An arena string.
 */
const char *review_done(const struct act *);

/* ----------------------------------------------------------- application */

/*
 * The application (application.c).  Each call builds its document in r
 * and returns E_OK, a refusal (r->message set; E_INVALID and E_CONFLICT
 * with the form document made again, the fields named), or an error.
 */
/* <application> of one application, with the actions r->who may take. */
enum err app_xml(struct req *, int64_t id);
/*
 * The same for its naming certificate: the <studio> element also holds
 * the <qr> code of the studio's public page (when public_origin is set).
 */
enum err app_certificate_xml(struct req *, int64_t id);
/* <application-form> for a new application of r->who's base union. */
enum err app_new_xml(struct req *);
/* <application-form> of a stored draft or returned application. */
enum err app_edit_xml(struct req *, int64_t id);
/* Create from r->form (one transaction): E_OK and *id. */
enum err app_create(struct req *, int64_t *id);
/* Save r->form over application id (its version in the form). */
enum err app_update(struct req *, int64_t id);
/*
 * The application exists and r->who sees it (E_NOTFOUND alike
 * otherwise); with own, it is also this base union's (E_FORBIDDEN).
 * *path (arena) is its base union's path, *st its status.
 */
enum err app_visible(struct req *, int64_t id, int own, const char **path,
	    enum astatus *st);
/*
 * Check inside a transaction that the stored application has every field
 * needed to recommend it; each missing one is recorded with req_ferr().
 * Returns the number missing (0 = complete), or -1 on a database error.
 */
int	 app_check_complete(struct req *, int64_t id);
/* <counts> of the applications of the subtree with this path by status. */
enum err app_xml_counts(struct req *, const char *path);
/* The form table's fields: count, and each one's name and SQL column. */
size_t	 app_nfields(void);
const char *app_field_name(size_t);
const char *app_field_column(size_t);
/* The form table itself (forms.h's fields), its row count in *n. */
const struct fdef *app_fields(size_t *n);

/*
 * Whether the unit sees an application of the base union with this path:
 * one of its subtree that was ever recommended; until then (a draft, or
 * withdrawn before it was recommended) only its base union does.  The
 * lists say the same in SQL (APP_FILTER of sql.c).
 */
int	 app_sees(const struct who *, const char *base_path, int recommended);

/* ------------------------------------------------------------------- csv */

/* How a column's value becomes its cell (one converter each, csv.c). */
enum csvconv {
	CSV_TEXT,	/* as it is; SQL NULL is empty */
	CSV_LABEL,	/* the label of "<group>.<value>", else the value */
	CSV_BOOL_LABEL,	/* the label of "<group>.true|false" of a number */
	CSV_DATETIME,	/* "YYYY-MM-DD HH:MM:SS" of an SQL date-time */
	CSV_CODE,	/* the name of the code in the export's code table */
	CSV__MAX
};

/* One column of a list's CSV export: the list's table has one per cell. */
struct csvcol {
	const char	*head;		/* header cell */
	size_t		 col;		/* column of the query's row */
	enum csvconv	 conv;
	const char	*group;		/* label group of CSV_*LABEL */
};

/* An export being streamed: the open query and the list's columns. */
struct csvout {
	struct dbq		*q;
	const struct csvcol	*cols;
	size_t			 ncols;
	const struct codeset	*codes;		/* of CSV_CODE */
};

/* Bytes of one row, malloc'd and reused; csvbuf_free() releases them. */
struct csvbuf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};

/*
 * Append one cell of len bytes (s may be NULL: empty), quoted when it
 * holds , " CR or LF, with an apostrophe before a leading = + - @ TAB or
 * CR, then a comma, or CRLF when last.  Allocation failure is fatal.
 */
void	 csv_cell(struct csvbuf *, const char *s, size_t len, int last);
/* Append the header line of the columns. */
void	 csv_head(struct csvbuf *, const struct csvcol *, size_t ncols);
/* Append the line of the query's current row. */
void	 csv_row(struct csvbuf *, const struct csvout *);
void	 csvbuf_free(struct csvbuf *);
/* The label of "<group>.<code>" (its first row), or NULL. */
const char *csv_label(const char *group, const char *code);
/*
 * Start the CSV export of a list: run the statement streamed (db_stream)
 * and set r->csv, whose rows resp_emit() writes and whose query it ends.
 * E_OK, or the error with nothing left open.
 */
enum err csv_open(struct req *, enum stmt, const struct dbv *, size_t,
	    const struct csvcol *, size_t ncols, const struct codeset *);

/* ------------------------------------------------------------------ list */

/*
 * A paged list (list.c) is a table: its statements, its filters and its
 * columns.  Adding a list is adding its table and its two statements.
 */

/* What a filter is; each binds its values in the statements' order. */
enum lfkind {
	LF_ENUM,	/* one of names[]: binds (v, v), "" unset */
	LF_CODE,	/* a code of the code table: binds (v, v) */
	LF_DISTRICT,	/* a unit id r->who sees: binds (path, path) */
	LF_YEAR,	/* binds (year, its 1 January, its 31 December), 0 */
	LF_ID,		/* a positive id: binds (id, id), 0 unset */
	LF_SEARCH,	/* text: binds it nraw times, then its LIKE
			   pattern (like_escape) npat times */
	LF_FULLTEXT,	/* text: binds its rarest term (SEARCH_ALL when
			   it has none), then each of its next
			   SEARCH_BINDTERMS - 1 rarest terms twice (""
			   twice for those it has not) */
	LF__MAX
};

struct lfilter {
	const char		*name;	/* query parameter, root attribute */
	enum lfkind		 kind;
	const char *const	*names;	/* LF_ENUM */
	size_t			 nnames;
	enum codetab		 codes;	/* LF_CODE */
	unsigned		 nraw, npat;	/* LF_SEARCH */
};

/* How a column of the page's row is written in the row's element. */
enum lxkind {
	LX_NONE,	/* not in the XML (a CSV cell only) */
	LX_ATTR,	/* attribute, left out when NULL */
	LX_ATTR_EMPTY,	/* attribute, empty when NULL */
	LX_BOOL,	/* attribute "true" | "false" of a number */
	LX_DATETIME,	/* attribute, ISO 8601 (xml_datetime) */
	LX_ELEM,	/* child element, empty when NULL */
	LX_ELEM_OPT,	/* child element, left out when NULL */
	LX_UNIT,	/* <name id="col">col2</name> */
	LX_CODE,	/* <name code="col">its name in the codes</name> */
	LX__MAX
};

/*
 * One column: in the XML (attributes in any order, elements in the
 * table's order) and, when csv.head is set, a cell of the CSV export
 * (in the table's order).
 */
struct lcol {
	const char	*name;
	enum lxkind	 x;
	size_t		 col, col2;
	struct csvcol	 csv;
};

#define LIST_SPARSE	0x01	/* filters not set leave no attribute */
#define LIST_SHORT	0x02	/* counted to LIST_BOUND_SHORT */
#define LIST_MAXF	8	/* filters of one list */
#define LIST_MAXBIND	64	/* values its statements bind */

struct listdef {
	const char		*root;		/* the document's element */
	const char		*row;		/* each row's element */
	enum stmt		 count;		/* COUNT(*) of the filtered list */
	enum stmt		 page;		/* its rows, LIMIT ? OFFSET ? */
	unsigned		 scope;		/* r->who's path binds first */
	const struct lfilter	*filters;
	size_t			 nfilters;
	const struct lcol	*cols;
	size_t			 ncols;
	enum codetab		 codes;		/* of LX_CODE, CSV_CODE;
						   CT__MAX: none */
	const char		*filename;	/* CSV download; NULL: none */
	unsigned		 flags;
	/* After the root's attributes: more of them, counts, choices. */
	enum err		(*head)(struct req *);
	/* After a row's attributes: those computed from the row. */
	void			(*rowfn)(struct req *, struct dbq *);
	/*
	 * The count when no filter is set, kept by the writes (tally),
	 * binding the unit's path scope times; STMT__MAX: none.  Else,
	 * and whenever a filter is set, the count statement counts at
	 * most LIST_BOUND + 1 rows (LIST_SHORT: LIST_BOUND_SHORT + 1; its
	 * last ? is that bound): beyond it the document says more="true".
	 */
	enum stmt		 kept;
	/*
	 * Paging by key: the page after a row, whose "next" link carries
	 * the row's key (after: a text column, after-id: an id column), so
	 * that walking the pages shows each row once while rows come and
	 * go.  The statement binds the unit's path and the filters, then
	 * the key values in the order of keyb (LK_TEXT, LK_ID), then LIMIT.
	 * STMT__MAX: numbered pages only.
	 */
	enum stmt		 after;
	int			 keytext;	/* column of after, or -1 */
	int			 keyid;		/* column of after-id, or -1 */
	const unsigned char	*keyb;
	size_t			 nkeyb;
};

#define LIST_BOUND	10000
/* Of a list whose every row counted costs a read of its record. */
#define LIST_BOUND_SHORT 1000
enum { LK_TEXT, LK_ID };

/*
 * The list for r: with r->fmt FMT_CSV (and a filename) the whole
 * filtered list as CSV, streamed; else the document <root page= ...
 * filters...> with one page of rows.  E_OK or the database error.
 */
enum err list_xml(struct req *, const struct listdef *);
/*
 * One row of the list's table as its element (d->row), from the current
 * row of q; cs: the code table of LX_CODE columns, or NULL.
 */
void	 list_row(struct req *, const struct listdef *, struct dbq *,
	    const struct codeset *);
/*
 * How many values a filter binds, and how many the list's filters and
 * scope take: its count statement takes one more (the bound), its page
 * statement two (LIMIT, OFFSET).
 */
unsigned list_filter_binds(const struct lfilter *);
unsigned list_binds(const struct listdef *);
/*
 * The statements reading the key before a page that a pager's link
 * names, for a list that pages by key (ahead of a key, behind it in
 * reverse, from the end in reverse): 1 with them, 0 when the list has
 * none.
 */
int list_keyset(const struct listdef *, enum stmt *, enum stmt *,
    enum stmt *);
/* The statement of a list's first page without an offset, or STMT__MAX. */
enum stmt list_first(const struct listdef *);
/* The lists, each defined with its page (the unit tests check them). */
extern const struct listdef list_applications, list_studios, list_units,
	    list_audit, list_registry;

/* ---------------------------------------------------------------- studio */

/* The life of a named studio (studio.c). */
enum sstatus {
	SS_ACTIVE,
	SS_KEY_SUPPORT,
	SS_SUPERVISED,
	SS_REVOKED,
	SS_UPGRADED,
	SS__MAX
};
extern const char *const sstatus_names[SS__MAX];
enum sstatus sstatus_parse(const char *);

/*
 * What may happen to a named studio.  Revocation is the city's, on a
 * basis: a violation stated in words, or three consecutive failed years
 * in the assessment records.  Key support, supervision and restoring are
 * set by the annual assessment; upgrading by the upgrade application.
 */
enum saction {
	SA_REVOKE,
	SA_SUPPORT,
	SA_SUPERVISE,
	SA_RESTORE,
	SA_UPGRADE,
	SA__MAX
};
/* Who takes a studio action. */
enum sactor {
	SR_CITY,	/* the city federation, on the studio's page */
	SR_ASSESSMENT,	/* the annual assessment's filing */
	SR_UPGRADE,	/* the decision on an upgrade application */
	SR__MAX
};
extern const char *const saction_names[SA__MAX];
enum saction saction_parse(const char *);
/* The studio machine, as data (studio.c): its actors are enum sactor. */
extern const struct machine studio_machine;
/* Whether the machine lets an upgrade decision upgrade a studio so. */
int	 studio_upgradable(enum sstatus);

/* One action on one studio, from its page. */
struct sact {
	struct req	*r;
	int64_t		 id;
	int64_t		 version;
	enum saction	 action;
	const char	*basis;		/* revoke: violation | failed-years */
	const char	*sheets;	/* failed-years: the three filed sheets
					   (assessment_failed_basis), or NULL */
	const char	*reason;
	const char	*document;	/* the decision's document number */
};
/*
 * Take it inside the caller's transaction: E_OK, or a refusal with
 * r->message set (E_NOTFOUND, E_FORBIDDEN, E_CONFLICT, E_INVALID).
 */
enum err studio_act(struct sact *);
/*
 * The city's naming decision (文号, date YYYY-MM-DD, title), inside the
 * caller's transaction: E_OK and *id, or E_CONFLICT when the document
 * number is already a decision's.
 */
enum err decision_create(struct req *, const char *number, const char *on,
	    const char *title, int64_t *id);
/*
 * The studio of application app, just named inside the caller's
 * transaction (by decision, or 0), with the naming's document number
 * and opinion as its first event: E_OK and *id.
 */
enum err studio_create(struct req *, int64_t app, int64_t decision,
	    const char *document, const char *reason, int64_t *id);
/*
 * <studio>: the studio's file (naming, current data, members, events);
 * E_NOTFOUND alike for a studio that does not exist and one outside
 * r->who's subtree.
 */
enum err studio_xml(struct req *, int64_t id);
/* <counts> of the studios of the subtree with this path by status. */
enum err studio_xml_counts(struct req *, const char *path);
/*
 * <dossier>: the studio's whole file in one document, for auditors
 * without an account (dossier.c): the studio (with its leaders'
 * training and its links), the application it was named on with its
 * reviews, its upgrade applications, its amendments, its assessment
 * sheets, its funding, its achievements (with their reviews and
 * adoptions), the list of its records' stored files, and the audit
 * entries of them all.  E_NOTFOUND alike for a studio that does not
 * exist and one outside r->who's subtree.
 */
enum err studio_dossier_xml(struct req *, int64_t id);
/* <upgrades> of the dossier: the studio's upgrade applications. */
enum err studio_xml_upgrades(struct req *, int64_t id);
/*
 * <decision>: the city's naming decision as a document (decision.c):
 * its number, date, title and issuer, and the studios it named that
 * r->who sees (the city: all).  E_NOTFOUND alike for a decision that
 * does not exist and one that named no studio of r->who's subtree.
 */
enum err decision_xml(struct req *, int64_t id);

/* ------------------------------------------------------------- amendment */

/* Changes to a named studio after its naming (amendment.c). */
enum akind {
	AK_LEADER,
	AK_HOST_UNIT,
	AK_FIELD,
	AK_MEMBER_COUNT,
	AK_MEMBER_JOIN,
	AK_MEMBER_LEAVE,
	AK__MAX
};
enum amstatus {
	AM_REQUESTED,
	AM_AUDITED,
	AM_APPROVED,
	AM_RETURNED,
	AM_REJECTED,
	AM_WITHDRAWN,
	AM__MAX
};
enum amaction { AA_APPROVE, AA_RETURN, AA_REJECT, AA_WITHDRAW, AA__MAX };
extern const char *const akind_names[AK__MAX];
extern const char *const amstatus_names[AM__MAX];
extern const char *const amaction_names[AA__MAX];
enum akind akind_parse(const char *);
enum amstatus amstatus_parse(const char *);
enum amaction amaction_parse(const char *);
/*
 * The amendment machine, as data (amendment.c): its actors are the
 * stages, its condition amendment_guard() of the kind of change (a new
 * leader goes on to the city; the others end with the auditing union).
 */
extern const struct machine amendment_machine;
int	 amendment_guard(enum akind);

/* A change asked for by the base union, its values validated. */
struct areq {
	struct req	*r;
	int64_t		 studio;
	enum akind	 kind;
	const char	*reason;
	const char	*leader_name, *leader_title, *leader_specialty;
	const char	*leader_mobile, *leader_email, *leader_birth_month;
	const char	*host_unit;
	const char	*field;
	int64_t		 member_count;
	int64_t		 member_id;	/* member-leave: who leaves */
	const char	*member_name, *member_role, *member_trade;
	const char	*member_title;	/* member-join: who joins, as what */
	const char	*member_on;	/* joins or leaves on, YYYY-MM-DD */
	int64_t		 id;		/* the amendment made */
};
/*
 * Ask for it inside the caller's transaction: E_OK and q->id, or a
 * refusal (E_NOTFOUND, E_FORBIDDEN: not the studio's base union,
 * E_CONFLICT: revoked, one already open, a new leader who leads
 * another studio; E_INVALID: nothing changes).
 */
enum err amendment_request(struct areq *);

/* A review action on an amendment. */
struct aact {
	struct req	*r;
	int64_t		 id;
	int64_t		 version;
	enum amaction	 action;
	const char	*opinion;
	int64_t		 studio;	/* set: the amendment's studio */
	enum amstatus	 to;		/* set: its status now */
};
/*
 * Take it inside the caller's transaction; an approval changes the
 * studio.  E_OK, or a refusal with r->message set.
 */
enum err amendment_act(struct aact *);
/* <amendment>: one amendment, old and new, its reviews and actions. */
enum err amendment_xml(struct req *, int64_t id);
/* <amendments>: a studio's amendments and what its form needs. */
enum err amendments_xml(struct req *, int64_t studio);
/*
 * <amendment-todo>: the amendments waiting for r->who, oldest first (at
 * most 50): requested ones of the studios it audits; for the city, the
 * audited ones (a new leader).
 */
enum err amendment_xml_pending(struct req *);
/* <amendments> of the dossier: each with its old and new values, reviews. */
enum err amendment_xml_dossier(struct req *, int64_t studio);
/* -------------------------------------------------------------- upgrade */

/*
 * The upgrade of a studio to a 劳模和工匠人才创新工作室 (upgrade.c): the
 * studio's base union applies with its leader's honour, the auditing
 * union audits, the city decides.  The machine is a table; the stages
 * are the review's (enum stage) and review_actor() says who acts.
 */
enum ustatus {
	US_SUBMITTED,
	US_AUDITED,
	US_RETURNED,
	US_UPGRADED,
	US_REJECTED,
	US_WITHDRAWN,
	US__MAX
};
enum uaction {
	UA_SUBMIT,	/* a returned one submitted again */
	UA_APPROVE,
	UA_RETURN,
	UA_REJECT,
	UA_WITHDRAW,
	UA__MAX
};
extern const char *const ustatus_names[US__MAX];
extern const char *const uaction_names[UA__MAX];
enum ustatus ustatus_parse(const char *);
enum uaction uaction_parse(const char *);
/* 1 when the status is open (the studio's one open application). */
int	 upgrade_open(enum ustatus);
/* The upgrade machine, as data (upgrade.c): its actors are the stages. */
extern const struct machine upgrade_machine;

/* A new upgrade application: the leader's honour and the statement. */
struct unew {
	struct req	*r;
	int64_t		 studio;
	const char	*kind;		/* model-worker | craftsman */
	const char	*level;		/* national | provincial | city */
	int64_t		 year;
	const char	*body;		/* the awarding body */
	const char	*statement;
	int64_t		 id;		/* set: the application made */
};
/*
 * Apply inside the caller's transaction: E_OK and a->id, or a refusal
 * with r->message set: E_NOTFOUND (no such studio or not r->who's to
 * see), E_FORBIDDEN (not its base union), E_CONFLICT (the studio's
 * status, or an application already open).
 */
enum err upgrade_create(struct unew *);

/* One review action on one upgrade application. */
struct uact {
	struct req	*r;
	int64_t		 studio;
	int64_t		 id;
	int64_t		 version;
	enum uaction	 action;
	const char	*opinion;
	const char	*document;	/* the city's approval: its number */
	enum ustatus	 to;		/* set: its status now */
};
/*
 * Take it inside the caller's transaction: E_OK, or a refusal with
 * r->message set (E_NOTFOUND, E_FORBIDDEN, E_CONFLICT, E_INVALID).
 * The city's approval upgrades the studio (studio_move()).
 */
enum err upgrade_act(struct uact *);
/*
 * <upgrades> of a studio: the studio, the form when r->who may apply,
 * each application with its steps and the actions r->who may take.
 * E_NOTFOUND alike for a studio not there and one outside the subtree.
 */
enum err upgrade_xml(struct req *, int64_t studio);
/*
 * <upgrade-todo> of the upgrade applications waiting for r->who (the
 * district: submitted ones of its subtree; the city: audited ones).
 */
enum err upgrade_xml_pending(struct req *);
/*
 * A step of the studio's machine taken by an actor other than the city's
 * page (SR_UPGRADE: upgraded by the decision on an upgrade application;
 * SR_ASSESSMENT: key support, supervision, restored), with its event
 * naming the document, inside the caller's transaction (studio.c): E_OK,
 * or E_CONFLICT with r->message when its status does not allow it.
 */
enum err studio_move(struct req *, int64_t id, enum saction, enum sactor,
	    const char *document, const char *reason);

/* ------------------------------------------------------------ assessment */

/*
 * The annual assessment (assessment.c): the city's scheme for a year,
 * one sheet per studio named before the scheme's date, filled in by its
 * base union (the self-check), scored by its auditing union, filed with
 * the city in one action per auditing union, and confirmed by the city.
 */
enum shstage {
	SH_SELF,	/* the base union fills in the self-check */
	SH_SUBMITTED,	/* waits for the auditing union's scores */
	SH_SCORED,	/* scored, waits for the year's filing */
	SH_FILED,	/* filed with the city, waits for its confirmation */
	SH_CONFIRMED,	/* the city confirmed (or changed) the grade */
	SH__MAX
};
extern const char *const shstage_names[SH__MAX];
enum shstage shstage_parse(const char *);

enum shaction {
	HA_SAVE,	/* the self-check kept, not yet submitted */
	HA_SUBMIT,
	HA_SCORE,
	HA_RETURN,	/* to the stage before, with the reason */
	HA_FILE,	/* with all the auditing union's sheets (filing) */
	HA_CONFIRM,
	HA__MAX
};
extern const char *const shaction_names[HA__MAX];
/* The sheet's machine, as data: its actors are enum stage. */
extern const struct machine sheet_machine;

enum grade {
	GR_EXCELLENT,	/* 优秀 */
	GR_PASS,	/* 合格 */
	GR_FAIL,	/* 不合格 */
	GR__MAX
};
extern const char *const grade_names[GR__MAX];
enum grade grade_parse(const char *);
/* The grade of a total under the scheme's two thresholds. */
enum grade grade_of(int64_t total, int64_t excellent_min, int64_t pass_min);
/*
 * The most sheets of n that may be graded 优秀 under a cap of pct
 * per cent (rounded down); n when pct < 0 (no cap).
 */
int64_t	 grade_cap(int64_t n, int pct);

/* One filed year's grade of a studio, the newest first. */
struct yeargrade {
	int		 year;
	enum grade	 grade;
	int64_t		 sheet;
};
/*
 * Whether the studio's filed grades (newest first) end in three failed
 * years: counted back from the newest, a year without a filed sheet is
 * neither a pass nor a failure, any other grade ends the count.  1 with
 * the three sheets' indexes in g (newest first) in out, else 0.
 */
int	 failed_years(const struct yeargrade *g, size_t n, size_t out[3]);

/* The follow-ups of a sheet, beside its machine. */
enum shfollow {
	HF_SUPPORT,		/* the city: key support of a studio graded 优秀 */
	HF_SUPERVISE,		/* the auditing union: a failed studio's 督导 */
	HF_CLOSE_SUPERVISION,	/* its outcome */
	HF_AWARD,		/* the city: the leader's 评先选优 result */
	HF__MAX
};
extern const char *const shfollow_names[HF__MAX];

/* A sheet's action or follow-up, as posted. */
struct sheetact {
	struct req	*r;
	int64_t		 studio;
	int		 year;
	int		 action;	/* enum shaction, or HA__MAX + shfollow */
	int64_t		 version;
	/* save, submit */
	const char	*summary, *equipment;
	int64_t		 venue_area, staff, funds, activity_hours;
	int		 has_venue, has_staff, has_funds, has_hours;
	/* score, return, confirm: the opinion or reason */
	const char	*opinion;
	int		 grade;		/* enum grade; GR__MAX: as proposed */
	/* follow-ups */
	const char	*text, *due_on;
	/* after: the stage the sheet is in */
	enum shstage	 to;
};
/*
 * The sheet's scores as posted (self.{code}, self-note.{code} or
 * audit.{code}, audit-note.{code}) are read by assessment_act itself,
 * by the items of the year's scheme.  E_OK, or the refusal: E_INVALID
 * with the fields named, E_FORBIDDEN, E_CONFLICT (stale version, the
 * cap), E_NOTFOUND, with r->message.  Inside the caller's transaction.
 */
enum err assessment_act(struct sheetact *);
/*
 * <assessment> of the studio's sheet for the year, as r->who may see it
 * (E_NOTFOUND alike for no sheet and a studio outside its subtree).
 */
enum err assessment_xml(struct req *, int64_t studio, int year);
/* The list of the sheets r->who sees (GET /app/assessments). */
extern const struct listdef list_assessments;

/* The scheme of a year, as posted: save (its fields and items), open, create. */
enum scaction { SC_SAVE, SC_OPEN, SC_CREATE, SC__MAX };
extern const char *const scaction_names[SC__MAX];
#define SCHEME_MAXITEMS	20
struct schemeitem {
	const char	*code, *title, *criteria;
	int64_t		 max;
};
struct schemeact {
	struct req	*r;
	int		 year;
	int		 action;	/* enum scaction */
	int64_t		 version;
	const char	*title, *eligible_before, *deadline;
	int64_t		 excellent_min, pass_min;
	int64_t		 cap, cap_unit;	/* -1: none */
	struct schemeitem items[SCHEME_MAXITEMS];
	size_t		 nitems;
	int64_t		 sheets;	/* after open: the sheets made */
};
enum err scheme_act(struct schemeact *);
/* <scheme> of the year, with the form when the city may change it. */
enum err scheme_xml(struct req *, int year);

/* The year's filing: the auditing union files, the city acknowledges. */
enum flaction { FL_FILE, FL_ACKNOWLEDGE, FL__MAX };
extern const char *const flaction_names[FL__MAX];
struct filingact {
	struct req	*r;
	int		 year;
	int		 action;	/* enum flaction */
	int64_t		 unit;		/* acknowledge: the auditing union */
	int64_t		 sheets;	/* after: the sheets filed or confirmed */
};
enum err filing_act(struct filingact *);
/* <filings> of the year as r->who sees them. */
enum err filings_xml(struct req *, int year);
/* <assessment-todo> of r->who for the newest open year (none: nothing). */
enum err assessment_xml_todo(struct req *);
/*
 * Evidence on a sheet, in the caller's transaction: the base union,
 * while the sheet (version) is in stage self, stores f (attach_store)
 * with owner "assessment" and the sheet's base_path; the sheet's version
 * advances and the audit row is written.  E_OK and *id; E_CONFLICT,
 * E_FORBIDDEN or E_INVALID with r->message; E_NOTFOUND for a sheet that
 * is not there or not r->who's to see.
 */
enum err assessment_attach(struct req *, int64_t studio, int year,
	    int64_t version, const struct upfile *f, int64_t *id);
/* <assessments> of a studio's sheets in its dossier. */
enum err assessment_xml_dossier(struct req *, int64_t studio);
/*
 * Whether the studio's filed sheets show three failed years: E_OK with
 * the basis (the years and sheets, as text) in *basis, E_NOTFOUND when
 * they do not; inside the caller's transaction for a revocation.
 */
enum err assessment_failed_basis(struct req *, int64_t studio,
	    const char **basis);

/* ---------------------------------------------------------------- search */

/*
 * Full-text search of Chinese text (search.c): the terms of a text for
 * its index column (space-separated, letters and digits only), and the
 * boolean-mode query of what a user typed ("+t +t", at most
 * SEARCH_MAXTERMS terms; "" when nothing in it can be searched).
 */
#define SEARCH_MAXTERMS	16
const char *search_terms(struct arena *, const char *text);
const char *search_query(struct arena *, const char *text);
/*
 * The terms a query must find, as a list (at most max, the pairs of its
 * words before their lone characters): their number.
 */
size_t	 search_query_terms(struct arena *, const char *text,
	    const char **out, size_t max);
/*
 * The terms a list filter LF_FULLTEXT binds, each as a condition that
 * the record has it: the first one the rows are read from (SEARCH_ALL,
 * the term every indexed record has, for a query of none), each next
 * one as (? = '' OR the record has ?).
 */
#define SEARCH_BINDTERMS	8
#define SEARCH_ALL		"all0"
/* A query's terms are read rarest first, each counted to this many. */
#define SEARCH_RARE		2000
/* The pairs (term, id) STMT_ACH_TERMS_ADD writes at once. */
#define ACH_TERM_ROWS	16

/* --------------------------------------------------------------- funding */

/*
 * The subsidy ledger (funding.c): funds of a year and a funder (the city,
 * or a district union's top-up), grants from a fund to named studios of
 * the funder's subtree within its budget, spending of a grant by purpose
 * within the grant, with vouchers, reversed rather than edited; research
 * projects of a studio.  Money is integer fen.
 */
enum gbasis {
	GB_NAMING,	/* support after naming */
	GB_RESEARCH,	/* an important research project (named) */
	GB_KEY_SUPPORT,	/* key support after an 优秀 year */
	GB_TOP_UP,	/* a district's top-up */
	GB_OTHER,	/* in words */
	GB__MAX
};
extern const char *const gbasis_names[GB__MAX];

enum purpose {
	PU_EQUIPMENT,	/* 设施设备提升 */
	PU_INNOVATION,	/* 技术革新 */
	PU_BREAKTHROUGH,/* 技术攻关 */
	PU_INVENTION,	/* 发明创造 */
	PU_TRAINING,	/* 技能培训 */
	PU_OTHER,	/* in words */
	PU__MAX
};
extern const char *const purpose_names[PU__MAX];
extern const char *const plevel_names[4];

enum fdaction { FD_CREATE, FD_GRANT, FD_SPEND, FD_REVERSE, FD_PROJECT,
	FD__MAX };
extern const char *const fdaction_names[FD__MAX];

/* One action on the ledger, as posted. */
struct fundact {
	struct req	*r;
	int		 action;	/* enum fdaction */
	int64_t		 fund, studio, version;
	/* create */
	int64_t		 year, budget;
	const char	*title;
	/* grant */
	int64_t		 amount, project;
	int		 basis;		/* enum gbasis */
	const char	*basis_text, *document, *decided_on;
	/* spend, reverse */
	int64_t		 grant, spending;
	int		 purpose;	/* enum purpose */
	const char	*purpose_text, *spent_on, *description;
	/* project */
	int		 level;
	const char	*source, *start_on, *end_on;
	int64_t		 important;
	/* after: the record made */
	int64_t		 id;
};
/*
 * Take it inside the caller's transaction: E_OK with a->id, or the
 * refusal (E_INVALID with the fields named, E_FORBIDDEN, E_CONFLICT with
 * the numbers past a budget or a grant, E_NOTFOUND) with r->message.
 * A spending entry's vouchers (r->files) are stored with it.
 */
enum err funding_act(struct fundact *);
/* The funds r->who sees (GET /app/funds). */
extern const struct listdef list_funds;
/* <fund>: its totals, by district, its grants, the grant form's choices. */
enum err fund_xml(struct req *, int64_t id);
/* <funding> of a studio: grants, spending, by purpose, projects. */
enum err funding_xml(struct req *, int64_t studio);
/*
 * <funding-report> of the year over r->who's subtree: the funds, the
 * grants by basis, per auditing union and by purpose (report.c).
 */
enum err funding_report_xml(struct req *, int year);

/* ---------------------------------------------------------------- export */

/*
 * The XML exports of a unit's subtree (export.c): "all", or one of
 * applications, studios, assessments, funding, achievements; of a year
 * (0: every year).  Each part is one query read as it streams, its rows
 * written and freed in small batches: the memory of a batch, whatever
 * the size.  A unit's export holds only what its lists show it.
 */
/* The export's index of what and when. */
enum err export_index_xml(struct req *);
/*
 * Check what and year (year: "" or a year) and set r->stream to write
 * the export after the headers.  E_OK, or E_INVALID with the field
 * named.
 */
enum err export_begin(struct req *, const char *what, const char *year);
/* --------------------------------------------------------------- ranking */

/*
 * What the studios' ranking of a year is filtered by: the auditing
 * union (0: any), the industry section and the studio type ("": any),
 * the page (1 on), and all: every row (CSV) instead of the page.
 */
struct rankfilter {
	int		 year;
	int64_t		 district;
	const char	*industry;
	const char	*type;
	int		 page;
	int		 all;
};
/*
 * <studio-ranking> of r->who's subtree: the year's filed sheets ranked
 * by their audit total (ties share a rank), with each studio's
 * achievements, adoptions and subsidy spent of the year, the totals of
 * the filter and the filings the ranking is made from.
 */
enum err ranking_studios_xml(struct req *, const struct rankfilter *);

/* The columns the auditing unions' ranking sorts by (?sort=). */
enum rankcol {
	RC_NAMED,		/* studios named in the year */
	RC_PROGRESS,		/* named and not revoked, of the unit's target */
	RC_EXCELLENT,		/* share of its filed sheets graded 优秀 */
	RC_FAIL,		/* share graded 不合格 */
	RC_FILED,		/* days of the filing after the deadline */
	RC_ACHIEVEMENTS,	/* achievements published in the year */
	RC_ADOPTIONS,		/* adoptions of them recorded in the year */
	RC_GRANTED,		/* subsidy granted from the year's funds */
	RC_SPENT,		/* spent of those grants */
	RC_TRAINED,		/* leaders who attended a training of the year */
	RC__MAX
};
extern const char *const rankcol_names[RC__MAX];
/* One auditing union's figures of the year, as ranking_units_xml reads them. */
struct rankunit {
	int64_t		 id;
	const char	*code, *name;
	const char	*filed_at, *acked_at;	/* NULL: not filed, not acknowledged */
	int64_t		 filed;			/* 1 when a filing exists */
	int64_t		 days_late;		/* filing day after the deadline */
	int64_t		 sheets, filed_sheets, excellent, fail;
	int64_t		 named, named_total;
	int64_t		 target;		/* 0: none set */
	int64_t		 achievements, adoptions, granted, spent, trained;
	int64_t		 rank;			/* 0: no value in the column */
};
/*
 * Sort the unions by the column (desc: largest first; those without a
 * value in it last, each group then by unit code) and give each its
 * standard competition rank in it: equal values share a rank and the
 * next rank skips as many (1, 2, 2, 4).  Only computes.
 */
void	 ranking_sort(struct rankunit *, size_t n, enum rankcol, int desc);
/* 1 if the column ranks the largest first by default. */
int	 rankcol_desc(enum rankcol);
/*
 * <unit-ranking> of r->who's subtree: the auditing unions of the year,
 * sorted by a column (desc: largest first) with their rank in it.
 */
enum err ranking_units_xml(struct req *, int year, enum rankcol, int desc);

/* ----------------------------------------------------------- achievement */

struct xaccel;

/*
 * The showcase of innovation results (achievement.c): a studio's
 * achievement, submitted by its base union, published or returned by its
 * auditing union, taken down by the city; only published ones (of studios
 * not revoked) are public, and found by their terms (search.c).
 */
enum acstatus { AC_DRAFT, AC_SUBMITTED, AC_PUBLISHED, AC_RETURNED,
	AC_TAKEN_DOWN, AC__MAX };
extern const char *const acstatus_names[AC__MAX];
enum acaction { AA2_SUBMIT, AA2_PUBLISH, AA2_RETURN, AA2_TAKE_DOWN,
	AA2__MAX };
extern const char *const acaction_names[AA2__MAX];
extern const struct machine achievement_machine;
extern const char *const ackind_names[4];
extern const char *const acform_names[8];

/* What is posted on an achievement: its fields, an action, a photo. */
enum acpost { AP_CREATE, AP_SAVE, AP_PHOTO, AP_ADOPT, AP_ACT, AP__MAX };
struct achact {
	struct req	*r;
	int		 post;		/* enum acpost */
	int		 action;	/* enum acaction, with AP_ACT */
	int64_t		 id, studio, version;
	/* create, save */
	const char	*title, *patent_number, *problem, *benefits, *people;
	int		 kind, form;
	int64_t		 value, year;
	int		 has_value;
	/* act */
	const char	*opinion;
	/* adopt */
	const char	*unit_name, *industry, *region, *adopted_on, *effect;
	/* after */
	enum acstatus	 to;
};
/* Inside the caller's transaction; refusals with r->message, fields named. */
enum err achievement_act(struct achact *);
/*
 * <achievement> as r->who may see it, with what it may do; inside a
 * dossier (r->embed) the record only, without its actions and may.
 */
enum err achievement_xml(struct req *, int64_t id);
/* The reviewers' list, with the base union's studios for a new one. */
extern const struct listdef list_achievements;
/* The public showcase: the list, a page, a photo. */
extern const struct listdef list_public_achievements;
enum err public_achievement_xml(struct req *, int64_t id, const char *origin);
/*
 * A photo for the public site, of a published achievement (of a studio
 * not revoked) or of a publicity event that the public site lists
 * (public, held by today): E_OK with its nginx location (original: the
 * file as stored; else scaled), type and name; E_NOTFOUND otherwise,
 * as for a photo that does not exist.
 */
enum err public_photo(struct req *, int64_t id, int original,
	    struct xaccel **);
/* The search terms of an achievement's texts (search.c). */
const char *achievement_terms(struct arena *, const char *title,
	    const char *patent, const char *problem, const char *benefits,
	    const char *people);
/*
 * The search terms of every achievement made anew (after a change of
 * the terms' rules, or rows loaded by SQL): *n rows.  studioctl's.
 */
enum err achievement_reindex(struct db *, struct arena *, uint64_t *n);
/* <achievements> of a studio's public page; <achievement> feed entries. */
enum err achievement_xml_public_studio(struct req *, int64_t studio);
enum err achievement_xml_feed(struct req *);

/* ------------------------------------------------------------------ resp */

/*
 * Write the whole response for r with the given status: the document
 * that the handler built (or, for an error without one, the error page)
 * in the requested format, through the page's stylesheets.  Handles HEAD,
 * 303, 304, the CSV byte order mark, ETag and the security headers.
 */
void	 resp_emit(struct req *r, int status, const char *etag,
	    enum sheet html, enum sheet print, enum sheet csv);
const char *resp_status_text(int status);

/* ----------------------------------------------------------------- route */

enum page {
	PAGE_HOME,
	PAGE_PUBLIC_STATS,
	PAGE_APP_HOME,
	PAGE_UNITS,
	PAGE_UNIT,
	PAGE_UNIT_CERTS,
	PAGE_AUDIT,
	PAGE_APPLICATIONS,
	PAGE_APPLICATION_NEW,
	PAGE_APPLICATION_BATCH,
	PAGE_APPLICATION,
	PAGE_APPLICATION_EDIT,
	PAGE_APPLICATION_TRANSITION,
	PAGE_APPLICATION_CERTIFICATE,
	PAGE_STUDIOS,
	PAGE_STUDIO,
	PAGE_STUDIO_TRANSITION,
	PAGE_STUDIO_DOSSIER,
	/* the public registry and its feed */
	PAGE_PUBLIC_STUDIOS,
	PAGE_PUBLIC_STUDIO,
	PAGE_PUBLIC_FEED,
	PAGE_STUDIO_AMENDMENTS,
	PAGE_AMENDMENT,
	PAGE_AMENDMENT_TRANSITION,
	/* a studio's upgrade applications */
	PAGE_STUDIO_UPGRADE,
	PAGE_STUDIO_UPGRADE_TRANSITION,
	/* the city's naming decision as a document */
	PAGE_DECISION,
	PAGE_ASSESSMENTS,
	PAGE_ASSESSMENT,
	PAGE_SCHEME,
	PAGE_FILINGS,
	PAGE_FUNDS,
	PAGE_FUND,
	PAGE_FUNDING,
	PAGE_FUNDING_REPORT,
	PAGE_EXPORT,
	PAGE_ACHIEVEMENTS,
	PAGE_ACHIEVEMENT,
	PAGE_PUBLIC_ACHIEVEMENTS,
	PAGE_PUBLIC_ACHIEVEMENT,
	PAGE_PUBLIC_PHOTO,
	/* a stored file (h_attach.c) */
	PAGE_ATTACHMENT,
	/* leader training, publicity events, a studio's links (h_training.c) */
	PAGE_TRAININGS,
	PAGE_TRAINING,
	PAGE_EVENTS,
	PAGE_EVENT,
	PAGE_PUBLIC_EVENTS,
	PAGE_STUDIO_LINKS,
	/* the year's reports (h_report.c); PAGE_FUNDING_REPORT answers 301 */
	PAGE_REPORT_ASSESSMENT,
	PAGE_REPORT_FUNDING,
	PAGE_REPORT_PROGRESS,
	/* the year's rankings (h_ranking.c) */
	PAGE_RANKING_STUDIOS,
	PAGE_RANKING_UNITS,
	/* the pool's status, on nginx's local status server (h_status.c) */
	PAGE_STATUS,
	PAGE_METRICS,
	/* the import of what existed before the system (h_import.c) */
	PAGE_IMPORT,
	PAGE__MAX
};

/*
 * Match a path against the route table.  Returns the page (PAGE__MAX when
 * none) and fills *id / *year from the pattern.
 */
enum page route_match(const char *path, int64_t *id, int *year);
/* 1 if the page answers the method. */
int	 route_allows(enum page, enum method);
/* The page's URL pattern, and its stylesheet for a format (tests). */
const char *route_pattern(enum page);
enum sheet route_sheet(enum page, enum fmt);
/* Serve one request from start to end. */
void	 route_serve(struct req *r);
/*
 * Log r, served in ms milliseconds, as a slow request: its method, its
 * route's pattern (never the path, query or body), the time, its status
 * and nginx's request id.  r->page is PAGE__MAX when no route matched.
 */
void	 route_log_slow(const struct req *r, int64_t ms);

/* -------------------------------------------------------------- handlers */

/*
 * The handler's contract.  route_serve() calls the page's handler for
 * its method after parsing, authenticating (R_AUTH, R_CITY), reading the
 * body and checking the CSRF token of a POST.  The handler reads r (the
 * query r->q, the body r->form, r->arg_id, r->who), calls the model and
 * returns an HTTP status; the router answers with resp_emit():
 *
 *   200	the document the handler built (xml_begin ...) in r->fmt,
 *	through the route's stylesheet for the format or r->sheet when
 *	set; a GET gets an ETag of the document (304 when it matches);
 *	or, when the handler opened one (csv_open), the streamed CSV.
 *   303	r->location (a path of this site), nothing else; with
 *	r->notice (what was done, in the users' words) the page it leads
 *	to tells it once (notice.c).  A re-shown form (400, 409) gets the
 *	fields that were sent as <posted>, for the page to keep them.
 *   400, 409	the handler's document again when it built one (a form
 *	with its errors), else the error page; r->ferr names the fields.
 *   403, 404, 5xx	the error page: r->reason (a short code for the
 *	XML) and r->message (Chinese, for the user); any document the
 *	handler began is dropped.
 *
 * It may also set r->filename (the CSV download's name).  A list is a
 * table for list_xml(), a form a table for form_read().  It never writes
 * to the client, never formats HTML and never builds SQL text; a handler
 * calls the model and the platform, never another handler.  The model's
 * refusals map to statuses through err_status().
 */
int	 h_public_home(struct req *);
int	 h_public_stats(struct req *);
int	 h_home(struct req *);
int	 h_units(struct req *);
int	 h_unit(struct req *);
int	 h_certs(struct req *);
int	 h_certs_post(struct req *);
int	 h_audit(struct req *);
int	 h_applications(struct req *);
int	 h_application_create(struct req *);
int	 h_application_new(struct req *);
int	 h_application(struct req *);
int	 h_application_update(struct req *);
int	 h_application_edit(struct req *);
int	 h_transition(struct req *);
int	 h_batch(struct req *);
int	 h_studios(struct req *);
int	 h_studio(struct req *);
int	 h_studio_transition(struct req *);
int	 h_dossier(struct req *);
int	 h_amendments(struct req *);
int	 h_amendment_create(struct req *);
int	 h_amendment(struct req *);
int	 h_amendment_transition(struct req *);
/* a studio's upgrade applications (h_upgrade.c) */
int	 h_upgrades(struct req *);
int	 h_upgrade_create(struct req *);
int	 h_upgrade_transition(struct req *);
/* the city's naming decision (h_decision.c) */
int	 h_decision(struct req *);
/* the annual assessment (h_assessment.c) */
int	 h_assessments(struct req *);
int	 h_assessment(struct req *);
int	 h_assessment_post(struct req *);
int	 h_scheme(struct req *);
int	 h_scheme_post(struct req *);
int	 h_filings(struct req *);
int	 h_filings_post(struct req *);
/* the subsidy ledger (h_funding.c) */
int	 h_funds(struct req *);
int	 h_funds_post(struct req *);
int	 h_fund(struct req *);
int	 h_fund_post(struct req *);
int	 h_funding(struct req *);
int	 h_funding_post(struct req *);
int	 h_funding_report(struct req *);
int	 h_export(struct req *);
/* the year's rankings (h_ranking.c) */
int	 h_ranking_studios(struct req *);
int	 h_ranking_units(struct req *);
/* the showcase (h_achievement.c) */
int	 h_achievements(struct req *);
int	 h_achievements_post(struct req *);
int	 h_achievement(struct req *);
int	 h_achievement_post(struct req *);
int	 h_public_achievements(struct req *);
int	 h_public_achievement(struct req *);
int	 h_public_photo(struct req *);
/* a stored file (h_attach.c) */
int	 h_attachment(struct req *);
/* leader training, publicity events, a studio's links (h_training.c) */
int	 h_trainings(struct req *);
int	 h_trainings_post(struct req *);
int	 h_training(struct req *);
int	 h_training_post(struct req *);
int	 h_events(struct req *);
int	 h_events_post(struct req *);
int	 h_event(struct req *);
int	 h_event_post(struct req *);
int	 h_public_events(struct req *);
int	 h_studio_links_post(struct req *);
/* the public registry and its feed (h_public.c) */
int	 h_public_studios(struct req *);
int	 h_public_studio(struct req *);
int	 h_public_feed(struct req *);
/*
 * The pool's status (h_status.c): <pool-status> from the scoreboard and
 * a check of this worker's database connection; only on SITE_STATUS.
 */
int	 h_status(struct req *);

/* ------------------------------------------------------------------ unit */

/*
 * The unit exists and is in r->who's subtree: E_OK and *path (arena)
 * set; E_NOTFOUND for both a unit that does not exist and one outside
 * the subtree (auth_hidden).  With keep, *keep is the open STMT_UNIT_GET
 * cursor on the unit's row, for the caller to end.
 */
enum err unit_visible(struct req *, int64_t id, const char **path,
	    struct dbq **keep);
/*
 * Query the ancestors of the unit with this path (itself excluded), root
 * first: *q is the open cursor (NULL for the root).  E_OK or the error.
 */
enum err unit_ancestors(struct req *, const char *path, struct dbq **q);
/*
 * <elem id="" code="" kind="">name</elem> from the columns col to col+3
 * (id, code, kind, name) of the current row.
 */
void	 unit_xml_row(struct req *, const char *elem, struct dbq *, size_t col);
/*
 * The name of the unit with this id (arena), or NULL when there is none
 * or on a database error (logged).  For the names of a record's own
 * units, which the unit acting on the record already sees.
 */
const char *unit_name(struct req *, int64_t id);
/* <ancestors> of the unit with this path (itself excluded). */
enum err unit_xml_ancestors(struct req *, const char *path);
/* <children count=""> of the unit, at most PER_PAGE of them. */
enum err unit_xml_children(struct req *, int64_t id);
/*
 * <filters> of a list of r->who's subtree: the districts it sees (the
 * units one level below the city), the industries and the studio types.
 */
enum err unit_xml_filters(struct req *);
/* <name><code code="">label</code>...</name> of a code table. */
void	 codes_choices(struct req *, const char *name, const struct codeset *);
/*
 * A list's district filter: *district (a unit id from the query) that
 * r->who sees gives *path (arena) to filter by; absent, bad, hidden or
 * missing, both become "" (no filter).  E_OK or a database error.
 */
enum err unit_filter(struct req *, const char **district, const char **path);


/* ------------------------------------------------------------------ cert */

/*
 * The certificates of the units (cert.c), for the certificate page and
 * studioctl alike.  r->who makes the change (NULL: the operator); each
 * write is one transaction with its audit row.
 */
struct enrolment {
	int64_t		 unit_id;	/* the unit it is enrolled to */
	const char	*pem;		/* the certificate, PEM */
	size_t		 len;
	const char	*holder;	/* NULL or "": the certificate's name */
	unsigned	 roles;		/* ROLE_*; 0: every role */
	int64_t		 id;		/* out: the new certificate's id */
	int64_t		 enrolled_to;	/* out, E_CONFLICT: the unit holding
					   it (never for the user to see) */
	struct certinfo	 ci;		/* out: the certificate parsed */
};
/*
 * Enrol a certificate: one that the union CA issued for a client and in
 * date (cert_verify), with a valid holder.  E_OK and en->id; E_INVALID
 * with the fields named (pem, holder: req_ferr(), the first also as
 * r->message); E_CONFLICT when it is enrolled already (to any unit: the
 * pem field named); or an error (E_CONF without a union CA loaded).
 */
enum err cert_enrol(struct req *, struct enrolment *);
/*
 * Revoke the certificate with this id, or (fp not NULL) with this
 * fingerprint, of the unit unit_id (0: of any unit).  E_OK and *revoked
 * its id (also on a refusal, when found); E_NOTFOUND (no such
 * certificate, or not the unit's), E_CONFLICT (already revoked), with
 * r->message; or a database error.
 */
enum err cert_revoke(struct req *, int64_t unit_id, int64_t id,
	    const char *fp, int64_t *revoked);
/*
 * Set the roles of the certificate with this id, or (fp not NULL) with
 * this fingerprint, of the unit unit_id (0: of any unit), in its own
 * transaction with its audit row.  E_OK; E_NOTFOUND, E_CONFLICT (revoked)
 * or E_INVALID (no role) with r->message; or a database error.
 */
enum err cert_roles(struct req *, int64_t unit_id, int64_t id,
	    const char *fp, unsigned roles);
/* <cert> of each certificate of the unit, the active ones first. */
enum err cert_xml_list(struct req *, int64_t unit_id);
/* One certificate of a list: its strings valid during the call only. */
struct certrow {
	int64_t		 id;
	const char	*unit_code;
	const char	*fingerprint;
	const char	*holder;
	const char	*not_after;	/* YYYY-MM-DD, UTC */
	const char	*status;	/* active, revoked or expired */
	const char	*roles;		/* "review,finance,admin" or fewer */
};
/* Call fn for each certificate (of the unit with this code, NULL: all). */
enum err cert_list(struct req *, const char *unit_code,
	    void (*fn)(void *, const struct certrow *), void *arg);
/* -------------------------------------------------------------- registry */

/*
 * The public registry of named studios (registry.c): what anyone may
 * read, without a certificate.  Only public columns are ever selected:
 * never a leader's mobile, e-mail, birth month, ethnicity or political
 * status.  Listed are the studios named and not revoked (active,
 * key-support, supervised, upgraded).
 */

/*
 * The registry's page: <registry> with its filters from the query (the
 * ones in force, and those to choose from) and at most PER_PAGE
 * studios, newest first.  Filter values that do not parse or that the
 * code tables do not know are dropped, not refused.  E_OK or a database
 * error.
 */
enum err registry_xml_list(struct req *);
/*
 * <public-studio> of one named studio, revoked ones included (their
 * page says so and when), under the public origin.  E_NOTFOUND (with
 * r->message) for a studio that does not exist.
 */
enum err registry_xml_studio(struct req *, int64_t id, const char *origin);
/* <namings>: the newest 50 namings of listed studios, for the feed. */
enum err registry_xml_feed(struct req *, const char *origin);
/*
 * <progress year target named deadline> toward the city-wide target of
 * the year (0: the one in force: this year's or the next one set, and
 * after the last deadline the last one); with by_unit also
 * <by-unit> with each district's and industry union's named studios
 * and its own target when the city set one.
 */
enum err registry_xml_progress(struct req *, int year, int by_unit);

/* ------------------------------------------------------------------ pool */

/* Run the master until SIGTERM; returns the exit status. */
int	 pool_run(const char *confpath, struct conf *c);
/*
 * The master's command line, for the new image a reload executes (the
 * same argv): set by main() before pool_run().
 */
void	 pool_argv(char *const *argv);

/* ------------------------------------------------------------ scoreboard */

/*
 * The pool's counters in shared memory (scoreboard.c), mapped by the
 * master before it forks and kept across a reload.  A slot is the pool's
 * (pool.c's slots[i]); each worker writes its own.  Without sb_init()
 * (studioctl, the unit tests) every call does nothing and sb_read()
 * returns -1.
 */
#define SB_SLOTS	1024

/* A worker's database connection after its last request. */
enum sbdb { SBDB_UNKNOWN, SBDB_UP, SBDB_DOWN, SBDB__MAX };
extern const char *const sbdb_names[SBDB__MAX];
/* How a worker ended, as the master saw it. */
enum sbexit { SBX_EXITED, SBX_RECYCLED, SBX_CRASH };

/*
 * Map the scoreboard: the one handed over by the image before a reload
 * (then 1), else a new one (0).  Fatal when it cannot be mapped.
 */
int	 sb_init(const struct conf *);
/* Note the configuration in force (workers, slow_ms, max_requests). */
void	 sb_conf(const struct conf *);
/*
 * Hand the scoreboard over to the image a reload executes (through the
 * environment): 0, or -1 (logged); sb_handover_undo() when exec failed.
 */
int	 sb_handover(void);
void	 sb_handover_undo(void);
/* The slot that pid holds, or -1. */
int	 sb_find(pid_t pid);
/* The master: slot i forked pid of generation gen (respawn: replacing). */
void	 sb_spawned(int i, pid_t pid, int gen, int respawn);
/* The master, after a reload: slot i is pid, a worker of the old image. */
void	 sb_adopted(int i, pid_t pid);
/* The master: slot i's worker was reaped. */
void	 sb_gone(int i, enum sbexit how);
void	 sb_reloaded(void);
/* The crash breaker: no respawn until hold_until (tripped: just now). */
void	 sb_breaker(time_t hold_until, int tripped);
/* A worker, around each request: its route (page), time and database. */
void	 sb_begin(int i);
void	 sb_end(int i, int page, int64_t ms, int slow, enum sbdb db);
/* Milliseconds of the monotonic clock. */
int64_t	 sb_now_ms(void);
/*
 * The public site's data version, for its ETags (db_public_version):
 * into buf, 0; -1 when there is no scoreboard or the database's figure
 * was read more than a second ago: read meta.public_version and
 * sb_public_read() it.  sb_public_changed() after every transaction that
 * advanced it (db_public_changed).
 */
int	 sb_public_version(char *buf, size_t len);
void	 sb_public_read(int64_t version);
void	 sb_public_changed(void);

/* A copy of the scoreboard, for the status page. */
struct sbview {
	int64_t		 now, started, reloaded, hold_until;
	int64_t		 workers, slow_ms, max_requests;
	uint64_t	 requests, slow, duration_ms;
	uint64_t	 spawned, respawned, crashes, recycled, reloads, trips;
	int64_t		 busy, idle, leaving, db_up, db_down;
};
struct sbworker {
	int64_t		 pid, started, busy_ms, last_ms;
	uint64_t	 requests;
	int		 busy, leaving, db, page;
	const char	*route;		/* the pattern of its last request's
					   route (route_pattern), or NULL */
};
/*
 * Read the totals into v and up to maxw workers into w (*nw of them).
 * 0, or -1 when there is no scoreboard.
 */
int	 sb_read(struct sbview *v, struct sbworker *w, size_t maxw,
	    size_t *nw);

/* ------------------------------------------------------- auth: union CA */

/*
 * Load the union CA certificate (PEM; every certificate in the file must
 * be a CA) as the only trust anchor of cert_verify(), replacing the one
 * loaded before.  E_OK, or E_CONF (logged with the path and why) when the
 * file is missing, unreadable, holds no certificate or a non-CA one; the
 * one loaded before then stays.
 */
enum err cert_ca_load(const char *path);
void	 cert_ca_free(void);
/*
 * Whether the first PEM certificate in pem[0..len) may be enrolled: it
 * chains to the union CA (signatures checked, not names), is a client
 * certificate as conf/pki/issue.sh issues them (not a CA, extended key
 * usage clientAuth) and is valid at now.  E_OK; E_CERT with *why the
 * reason for the user (Chinese, static); E_CONF when no CA is loaded or
 * E_NOMEM, *why then a general message.
 */
enum err cert_verify(const char *pem, size_t len, time_t now,
	    const char **why);

/* -------------------------------------------------------------------- qr */

/*
 * Encode text as a QR code, error correction level M, the smallest
 * version that holds it (libqrencode's mixed modes, case kept).  Returns
 * its size in modules (21 to 177) with *m the matrix, size * size bytes
 * row by row, 1 for a dark module (arena memory); or 0 with errno set
 * (EINVAL: empty text, ERANGE: too long for any version; logged).
 */
int	 qr_matrix(struct arena *, const char *text, unsigned char **m);
/*
 * The SVG path data of a matrix in module units, origin at its top left
 * corner, quiet zone not included: one closed rectangle per horizontal
 * run of dark modules ("M3 0h2v1h-2z").  An arena string; NULL only if
 * the bound on its length were wrong.
 */
const char *qr_path(struct arena *, const unsigned char *m, int size);
/*
 * Add <qr href="text" level="M" version="V" size="N" d="path"/> at the
 * writer's position.  E_OK; E_TOOLONG (text too long), E_SYNTAX (empty)
 * or E_NOMEM, logged, with nothing added.
 */
enum err qr_xml(struct req *, const char *text);

/* ------------------------------------------------------------- multipart */

/*
 * multipart/form-data bodies (multipart.c, RFC 7578 and RFC 2046 §5.1):
 * the one way files come in.  Pure parsing: no I/O, no database.
 */

/* One file part: what the client sent, never trusted for its type. */
struct upfile {
	const char		*field;	/* the part's name= */
	const char		*name;	/* the client's file name, cleaned
					   (mp_filename): may be "" */
	const unsigned char	*data;	/* the bytes, inside the body */
	size_t			 len;
};

/* The limits of one body. */
struct mplimits {
	size_t	 parts;		/* parts of any kind */
	size_t	 files;		/* file parts (conf: upload_files) */
	size_t	 file_bytes;	/* bytes of one file (conf: upload_max) */
	size_t	 text_bytes;	/* bytes of all the text parts together */
};

#define MP_MAXPARTS	128	/* parts of one body */
#define MP_MAXLINE	1024	/* bytes of one header line of a part */
#define MP_MAXHEADERS	8	/* header lines of one part */
#define MP_MAXNAME	120	/* characters of a cleaned file name */

/*
 * The boundary of a Content-Type of multipart/form-data: E_OK with *b
 * (arena) set; E_SYNTAX when the type is another one, or its boundary
 * parameter is missing, repeated or not 1 to 70 of RFC 2046's bchars.
 */
enum err mp_boundary(struct arena *, const char *ctype, const char **b);
/*
 * Parse a multipart/form-data body buf[0..len) with boundary b.  Each
 * part needs Content-Disposition: form-data with a name (text as
 * text_check takes it, not empty).  A part with a filename parameter is
 * a file: appended to *files (arena array, *nfiles entries; data points
 * into buf, which must outlive them), its name cleaned by mp_filename();
 * a file part with an empty file name and no bytes (a file input left
 * empty) is skipped.  Any other part is text, appended to form as
 * kv_parse() appends a pair (its value text_check'd).  A preamble and
 * an epilogue are ignored.
 * Returns E_OK; E_TOOBIG when a file is longer than file_bytes (413);
 * E_TOOLONG past the count of parts or files or the text bytes;
 * E_SYNTAX for anything malformed: no delimiter, no close delimiter (a
 * truncated body), a header line longer than MP_MAXLINE or more than
 * MP_MAXHEADERS of them, a part without a name; E_UTF8 or E_NUL for a
 * text value that is not text.  On an error *badkey names the part's
 * field when it is known (else NULL); what was appended stays.
 */
enum err mp_parse(struct arena *, const char *b, const unsigned char *buf,
	    size_t len, const struct mplimits *, struct kvlist *form,
	    struct upfile **files, size_t *nfiles, const char **badkey);
/*
 * A client's file name s[0..len) made safe to keep and show (arena):
 * only its last path component ('/' or '\\'); bytes that are not UTF-8,
 * control and format characters (C0, DEL, C1, bidirectional overrides,
 * zero-width ones) and the characters a file name may not hold
 * (\\ / : * ? " < > |) removed; leading dots and blanks and trailing
 * blanks and dots removed; at most MP_MAXNAME characters, the extension
 * kept.  The result passes text_check(); it may be "".
 */
const char *mp_filename(struct arena *, const char *s, size_t len);

/* ---------------------------------------------------------------- attach */

/*
 * Stored files (attach.c): the one mechanism for every record that has
 * files (assessment evidence, spending vouchers, ...).  Files are kept
 * under conf attach_dir as <aa>/<bb>/<sha256> (content-addressed: the
 * same bytes are stored once), outside the web root; a row of
 * `attachment` names the owner record (owner_type, owner_id), the scope
 * path of the units that may see it (base_path: the owner's), the
 * client's name, the type, size and hash, and who uploaded it.  nginx
 * sends the bytes (X-Accel-Redirect to an internal location aliased to
 * attach_dir); studiod never does.
 */

/* The types a file may have, told by its content only. */
enum atype { AT_PDF, AT_JPEG, AT_PNG, AT_OFD, AT__MAX };
/* Media type and file extension of each ("application/pdf", "pdf"). */
extern const char *const atype_mime[AT__MAX];
extern const char *const atype_ext[AT__MAX];
/*
 * The type of data[0..len) by its content: a PDF (%PDF- header), JPEG
 * (SOI and a marker), PNG (signature and IHDR), OFD (a ZIP whose local
 * headers hold an entry OFD.xml); AT__MAX for anything else, and for
 * zero bytes.
 */
enum atype attach_type(const unsigned char *data, size_t len);

/*
 * Store one uploaded file for an owner record, inside the caller's
 * transaction (the owner locked and checked by the caller): its type by
 * content (attach_type), the file written under attach_dir (temporary
 * file, fsync, rename, unless the same content is there already), then
 * its row with r->who as uploader.  E_OK and *id; E_INVALID with
 * r->message and a field error on f->field for a zero-byte file or one
 * of a type not allowed; E_SYS when the file cannot be written (logged);
 * or a database error.  A transaction that then rolls back leaves the
 * file without a row: studioctl attach-verify reports it.
 */
enum err attach_store(struct req *, const struct upfile *f,
	    const char *owner_type, int64_t owner_id, const char *base_path,
	    int64_t *id);
/*
 * <attachments><attachment id="" name="" type="" size=""
 * href="/app/attachments/{id}" at=""/>...</attachments> of an owner
 * record, oldest first, at the writer's position (never the storage
 * path).  The caller has checked that r->who sees the owner.  E_OK or
 * a database error.
 */
enum err attach_xml(struct req *, const char *owner_type, int64_t owner_id);

/* What nginx is to send for one stored file (resp.c writes it). */
struct xaccel {
	const char	*uri;		/* /_attachments/aa/bb/<sha256> */
	const char	*type;		/* media type */
	const char	*name;		/* the file's name, UTF-8 */
	const char	*ascii;		/* its ASCII fallback name */
	int		 disp_inline;	/* an image: inline, else attachment */
};
/*
 * Look up attachment id for r->who: E_OK with *x (arena) set;
 * E_NOTFOUND when there is none; E_FORBIDDEN (r->message) when r->who
 * does not see its owner's scope path; or a database error.
 */
enum err attach_get(struct req *, int64_t id, struct xaccel **x);
/*
 * The relative storage path of a hash, "aa/bb/<sha256>" (arena), or
 * NULL when hex is not 64 lowercase hex digits.
 */
const char *attach_relpath(struct arena *, const char *hex);

/* What attach_verify() found: one call per problem. */
enum avproblem { AV_NOFILE, AV_NOROW, AV_BADSIZE };
/*
 * Compare attach_dir with the table: fn is called for each row whose
 * file is missing (AV_NOFILE) or has another size (AV_BADSIZE), and for
 * each file under attach_dir that no row names (AV_NOROW; temporary
 * files of interrupted writes too).  E_OK with *problems counted, or an
 * error.
 */
enum err attach_verify(struct db *, const char *dir,
	    void (*fn)(void *, enum avproblem, const char *what), void *arg,
	    uint64_t *problems);

/* -------------------------------------------------------------- training */

/*
 * The people of the programme (training.c): training sessions for studio
 * leaders, organised by the city or a district or industry union for its
 * subtree, the studios invited (with the leader's name at the time) and
 * who attended; publicity events (现场会, 观摩会, 学习交流会) with their
 * host, the studios taking part and photos, public unless the organiser
 * says not; a studio's collaboration links.
 */
enum evkind { EV_ONSITE, EV_OBSERVATION, EV_EXCHANGE, EV__MAX };
extern const char *const evkind_names[EV__MAX];
enum lnkind { LT_MODEL_WORKER, LT_STUDIO, LT__MAX };
extern const char *const lnkind_names[LT__MAX];

enum tgaction { TG_CREATE, TG_INVITE, TG_ATTEND, TG__MAX };
extern const char *const tgaction_names[TG__MAX];
enum evaction { EA_CREATE, EA_UPDATE, EA_STUDIOS, EA_PHOTOS, EA__MAX };
extern const char *const evaction_names[EA__MAX];
enum lnaction { LN_ADD, LN_REMOVE, LN__MAX };
extern const char *const lnaction_names[LN__MAX];

/* The most studios one form may name (a checklist). */
#define TRAINING_MAXIDS	500

/*
 * Whether a session's dates and hours make sense: YYYY-MM-DD dates, the
 * end not before the start, at most 366 days, and at most 12 class
 * hours a day.  NULL, or the message (field in *field).
 */
const char *training_check(const char *starts_on, const char *ends_on,
	    int64_t hours, const char **field);
/*
 * The ids of the values of key in l (each 1 to INT32_MAX), at most max
 * of them, a repeated one taken once: the number in out, or -1 when a
 * value is not an id or there are more than max.
 */
int	 ids_parse(const struct kvlist *, const char *key, int64_t *out,
	    size_t max);

/* One action on a training session, as posted. */
struct trainact {
	struct req	*r;
	int		 action;	/* enum tgaction */
	int64_t		 id, version;
	const char	*title, *starts_on, *ends_on, *place;
	int64_t		 hours;
	int64_t		 ids[TRAINING_MAXIDS];	/* invite: studios;
						   attend: who attended */
	int		 nids;
	int64_t		 done;		/* after: studios invited, recorded */
};
/*
 * Take it inside the caller's transaction: E_OK (a->id the session), or
 * a refusal with r->message (E_INVALID with the fields named,
 * E_FORBIDDEN, E_CONFLICT, E_NOTFOUND).
 */
enum err training_act(struct trainact *);
/* The sessions r->who sees (GET /app/trainings). */
extern const struct listdef list_trainings;
/* <training>: the session, its invitees r->who sees, the forms. */
enum err training_xml(struct req *, int64_t id);
/* <trainings> of a studio's file: its leaders' sessions. */
enum err training_xml_studio(struct req *, int64_t studio);
/*
 * <training-todo> of r->who's to-do page: the studios of its subtree
 * whose leader attended no session this year (the oldest named 50).
 */
enum err training_xml_todo(struct req *);

/* One action on a publicity event, as posted. */
struct eventact {
	struct req	*r;
	int		 action;	/* enum evaction */
	int64_t		 id, version;
	int		 kind;		/* enum evkind */
	const char	*held_on, *title, *summary;
	int64_t		 host_studio, host_unit, public;
	int		 visibility;	/* public, private (or empty: public) */
	int64_t		 ids[TRAINING_MAXIDS];	/* studios taking part */
	int		 nids;
};
enum err event_act(struct eventact *);
/* The events r->who sees (GET /app/events). */
extern const struct listdef list_events;
/* <event>: the event, its studios and photos, the forms. */
enum err event_xml(struct req *, int64_t id);
/* <public-events>: the past public events, newest first, paged. */
enum err event_xml_public(struct req *);

/* One change to a studio's links, as posted. */
struct linkact {
	struct req	*r;
	int		 action;	/* enum lnaction */
	int64_t		 studio;
	int		 kind;		/* enum lnkind */
	int64_t		 linked;	/* kind studio: its id */
	const char	*name, *note;
	int64_t		 link;		/* remove: the link */
};
enum err link_act(struct linkact *);
/*
 * <links> of a studio: in its file (with the form for its base union
 * unless r->embed), or on its public page (public: the linked studios
 * that are listed only; nothing for a revoked studio).
 */
enum err links_xml(struct req *, int64_t studio, int public);

/* ---------------------------------------------------------------- report */

/*
 * The year's reports over r->who's subtree (report.c), each one document
 * made by a few aggregate statements; a year without data is an empty
 * report, not an error.  E_OK or the database's error.
 */
/* <assessment-report>: grades by auditing union, filing dates against
   the scheme's deadline, key support, supervision, revocations. */
enum err report_assessment_xml(struct req *, int year);
/* <progress-report>: namings per year against the target, per auditing
   union, studios by industry and by type. */
enum err report_progress_xml(struct req *, int year);

/* the year's reports (h_report.c): ?year=, else this year */
int	 h_report_assessment(struct req *);
int	 h_report_funding(struct req *);
int	 h_report_progress(struct req *);

/* ----------------------------------------------------------------- purge */

/* One record studioctl purge erases (or, in a dry run, would). */
struct purgerow {
	int		 studio;	/* 0: an application, 1: a studio */
	int64_t		 id;
	int64_t		 app;		/* a studio's application */
	const char	*status;	/* rejected, withdrawn, revoked */
	const char	*on;		/* since when, YYYY-MM-DD */
};
struct purgecount {
	uint64_t	 applications;
	uint64_t	 studios;
	char		*what;		/* the audit row's description (ids
					   only), the caller's to free; NULL
					   when nothing was written */
};
/*
 * Erase the leader's personal data beyond the name (purge.c) of every
 * rejected or withdrawn application and of every studio revoked at
 * least years ago (its application and leader amendments too), in one
 * transaction with one audit row ("privacy.purge": the ids).  With dry,
 * only find them.  fn is called for each record after the commit.
 * E_OK with *count set (nothing to erase is E_OK with zero counts), or
 * a database error with nothing written.
 */
enum err purge_run(struct db *, int years, int dry,
	    void (*fn)(void *, const struct purgerow *), void *arg,
	    struct purgecount *count);

/* ---------------------------------------------------------------- backup */

/*
 * studioctl backup and restore (backup.c).  A backup is a directory:
 * database.sql (mariadb-dump --single-transaction: one consistent
 * snapshot, taken while the service runs), attachments/aa/bb/<sha256>
 * (the stored files of attach_dir) and MANIFEST, which gives the
 * SHA-256 and size of each part, each table's row count and the SHA-256
 * of its rows, the binary log position of the snapshot when the server
 * keeps one, and is signed with an HMAC under the audit key.
 * Progress goes to out; a refusal or failure is described in why.
 */
/*
 * Take a backup into dir, which must not exist or be empty (created
 * 0700).  E_OK; E_CONFLICT (dir not empty), E_SYS (a file, mariadb-dump
 * or its result: why says which), or a database error.
 */
enum err backup_take(struct db *, const char *dir, FILE *out, char *why,
	    size_t whysz);
/*
 * Restore the backup in dir into the connection's database, which must
 * hold no table nor routine, and attach_dir, which must be empty or
 * missing.  Every part is checked against the manifest (and the manifest
 * against its signature) before anything is written.  After the load,
 * each table's rows are compared with the manifest.  E_OK; E_CONFLICT
 * (target not empty), E_INVALID (manifest or a part does not match),
 * E_SYS, or a database error; why says what.
 */
enum err backup_restore(struct db *, const char *dir, FILE *out,
	    char *why, size_t whysz);
/* ----------------------------------------------------------------- csvin */

/*
 * Reading CSV as Excel saves it (csvin.c, RFC 4180): fields separated by
 * commas, records by CRLF, LF or a lone CR, a field in double quotes
 * holding commas, line breaks and doubled quotes.  Pure parsing.
 */
#define CSVIN_MAXFIELDS	256	/* fields of one record */

struct csvin {
	const char	*p;	/* the next byte */
	const char	*end;
	size_t		 line;	/* the line of p, from 1 */
	const char	*why;	/* after an error: why (Chinese, static) */
};
/*
 * The text of a file in UTF-8: buf itself (less a leading byte order
 * mark) when it is valid UTF-8, *charset "utf-8"; else its conversion
 * from GB18030 (arena), *charset "gb18030"; NULL when it is neither.
 * *outlen is the text's length; a converted text is NUL-terminated.
 */
const char *csvin_text(struct arena *, const char *buf, size_t len,
	    size_t *outlen, const char **charset);
/* Start reading buf[0..len) (a leading byte order mark skipped). */
void	 csvin_init(struct csvin *, const char *buf, size_t len);
/*
 * The next record: 1 with *fields (an arena array of *nfields arena
 * strings, NUL-terminated) and *line the line it starts on; 0 at the
 * end; -1 when the text is malformed (an unclosed quote, a quote inside
 * an unquoted field or text after a closing one, a NUL byte, more than
 * CSVIN_MAXFIELDS fields), c->why saying why and c->line where.  Blank
 * lines are skipped.  Fields are not checked as text (text_check).
 */
int	 csvin_next(struct csvin *, struct arena *, char ***fields,
	    size_t *nfields, size_t *line);

/* ---------------------------------------------------------------- import */

/*
 * The import of what existed before the system (import.c): base unions
 * (code, parent code, name) and studios named before it (the fields of
 * the application form, naming number and date, status), from the
 * project's XML (xslt/schema/import.xsd) or from CSV as Excel saves it.
 * Every record is checked inside one transaction, which is committed
 * only for a real run without a single error; a dry run always rolls
 * back.  Naming numbers and unit codes are the keys: a record already
 * there as the file says is left as it is.
 */
#define IMPORT_MAXERRS	500	/* errors reported of one file */

/* What became of one record of the file. */
enum impres { IR_CREATE, IR_SAME, IR_ERROR, IR__MAX };
extern const char *const impres_names[IR__MAX];

struct imprec {
	size_t		 line;
	const char	*kind;		/* "unit" or "studio" */
	const char	*key;		/* its code or naming number */
	const char	*name;
	enum impres	 res;
};
struct imperr {
	size_t		 line;		/* 0: the file as a whole */
	const char	*field;		/* the field's name, or "" */
	const char	*label;		/* its Chinese label, or "" */
	const char	*msg;
};

struct import {
	struct req	*r;		/* r->who acts (the city's unit for
					   studioctl, which audits as the
					   operator: see operator) */
	int		 operator;	/* audited as studioctl's */
	const char	*data;		/* the file, as uploaded */
	size_t		 len;
	const char	*name;		/* its name, or NULL */
	int		 dry;
	const char	*checked;	/* a real run: the SHA-256 the dry
					   run showed, or NULL */
	/* results */
	char		 sha256[65];
	const char	*format;	/* "csv" or "xml" */
	const char	*charset;	/* "utf-8" or "gb18030" */
	struct imprec	*recs;
	size_t		 nrecs, caprecs;
	struct imperr	*errs;
	size_t		 nerrs;
	size_t		 created, same;
	int		 written;	/* a real run committed */
};
/*
 * Check every record of im->data and, unless im->dry and when no record
 * has an error, write them all in one transaction with one audit entry
 * (action "import", the file's SHA-256 as its digest).  E_OK: checked
 * (a dry run, errors or not) or written (im->written; nothing to write
 * is no write and no entry); E_INVALID: a real run with errors, nothing
 * written; E_CONFLICT (r->message) when im->checked is not the file's
 * SHA-256; or a database error.  Errors are in im->errs.
 */
enum err import_run(struct import *);
/* <import> of a run's results at the writer's position. */
void	 import_xml(struct req *, const struct import *);

/* the import page, for the city (h_import.c) */
int	 h_import(struct req *);
int	 h_import_post(struct req *);

#endif /* EXTERN_H */
