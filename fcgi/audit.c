/*
 * audit.c: the hash-chained audit log.  Every write appends one row
 * inside its own transaction.  The meta row is locked first, which
 * serialises writers, gives dense row ids and advances the data version
 * that the ETags are made of.  Each row's hash covers the previous row's
 * hash and the row's fields, so that an edited, removed or inserted row
 * breaks the chain at that row (audit_check).
 *
 * The hash is HMAC-SHA256 under the audit key, a file beside the CSRF
 * secret that the database does not hold: whoever has only the database
 * password can change a row but cannot compute the chain again.  Rows
 * written before the switch carry plain SHA-256 (audit_hash, tag
 * "studio-audit-1").  The switch is the row that records migration 004
 * (AUDIT_KEYED_MIGRATION): it and every later row must verify as HMAC;
 * the rows before it may be either, and are only as strong as before,
 * except that the first keyed row covers the hash of the last plain one
 * and so anchors them all.  The boundary is found, not stored: only a
 * holder of the key can make a keyed row that records that migration,
 * so it can be moved neither forwards nor backwards.
 *
 * A head line (audit_head_line) signs the last row's id, hash and time
 * under the same key; kept away from the server, it shows a tail that
 * was cut or rewritten later, even by someone who got the key.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

#include "extern.h"

#define TAG_PLAIN	"studio-audit-1"
#define TAG_KEYED	"studio-audit-2"
#define TAG_HEAD	"studio-audit-head-1"
#define HEAD_WORD	"studio-audit-head"

/* A running hash: plain SHA-256, or HMAC-SHA256 when keyed. */
struct chainhash {
	EVP_MD_CTX	*ctx;
	EVP_PKEY	*pkey;		/* NULL: plain */
};

static void
ch_init(struct chainhash *h, const unsigned char *key, size_t keylen)
{
	if ((h->ctx = EVP_MD_CTX_new()) == NULL)
		fatalx("%s: EVP_MD_CTX_new", __func__);
	h->pkey = NULL;
	if (key == NULL) {
		if (EVP_DigestInit_ex(h->ctx, EVP_sha256(), NULL) != 1)
			fatalx("%s: EVP_DigestInit_ex", __func__);
		return;
	}
	if ((h->pkey = EVP_PKEY_new_raw_private_key(EVP_PKEY_HMAC, NULL,
	    key, keylen)) == NULL ||
	    EVP_DigestSignInit(h->ctx, NULL, EVP_sha256(), NULL,
	    h->pkey) != 1)
		fatalx("%s: HMAC init", __func__);
}

static void
ch_update(struct chainhash *h, const void *p, size_t n)
{
	if (h->pkey != NULL)
		EVP_DigestSignUpdate(h->ctx, p, n);
	else
		EVP_DigestUpdate(h->ctx, p, n);
}

/* Finish: lowercase hex into out, and free the context. */
static void
ch_final(struct chainhash *h, char out[65])
{
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 mdlen = 0;
	size_t		 len = sizeof(md);

	if (h->pkey != NULL) {
		if (EVP_DigestSignFinal(h->ctx, md, &len) != 1 || len != 32)
			fatalx("%s: HMAC final", __func__);
		EVP_PKEY_free(h->pkey);
	} else if (EVP_DigestFinal_ex(h->ctx, md, &mdlen) != 1 || mdlen != 32)
		fatalx("%s: EVP_DigestFinal_ex", __func__);
	EVP_MD_CTX_free(h->ctx);
	hexencode(md, 32, out);
	OPENSSL_cleanse(md, sizeof(md));
}

static void
sha256_hex(const void *buf, size_t len, char out[65])
{
	unsigned char	 md[SHA256_DIGEST_LENGTH];

	SHA256(buf, len, md);
	hexencode(md, sizeof(md), out);
}

/* Feed one length-prefixed field, so no field can run into the next. */
static void
feed(struct chainhash *h, const char *s)
{
	char	 len[24];

	if (s == NULL)
		s = "";
	snprintf(len, sizeof(len), "%zu:", strlen(s));
	ch_update(h, len, strlen(len));
	ch_update(h, s, strlen(s));
	ch_update(h, "\n", 1);
}

static void
feedi(struct chainhash *h, int64_t v)
{
	char	 buf[24];

	if (v <= 0)
		buf[0] = '\0';	/* NULL */
	else
		snprintf(buf, sizeof(buf), "%lld", (long long)v);
	feed(h, buf);
}

/* The hash of one row in either format: key NULL = plain. */
static void
row_hash(const unsigned char *key, size_t keylen, const char *prev,
    uint64_t id, const char *at, int64_t unit_id, int64_t cert_id,
    const char *fp, const char *holder, const char *action,
    const char *objtype, int64_t objid, const char *digest, char out[65])
{
	struct chainhash	 h;

	ch_init(&h, key, keylen);
	feed(&h, key == NULL ? TAG_PLAIN : TAG_KEYED);
	feed(&h, prev);
	feedi(&h, (int64_t)id);
	feed(&h, at);
	feedi(&h, unit_id);
	feedi(&h, cert_id);
	feed(&h, fp);
	feed(&h, holder);
	feed(&h, action);
	feed(&h, objtype);
	feedi(&h, objid);
	feed(&h, digest);
	ch_final(&h, out);
}

void
audit_hash(const char *prev, uint64_t id, const char *at, int64_t unit_id,
    int64_t cert_id, const char *fp, const char *holder, const char *action,
    const char *objtype, int64_t objid, const char *digest, char out[65])
{
	row_hash(NULL, 0, prev, id, at, unit_id, cert_id, fp, holder, action,
	    objtype, objid, digest, out);
}

void
audit_hmac(const unsigned char *key, size_t keylen, const char *prev,
    uint64_t id, const char *at, int64_t unit_id, int64_t cert_id,
    const char *fp, const char *holder, const char *action,
    const char *objtype, int64_t objid, const char *digest, char out[65])
{
	row_hash(key, keylen, prev, id, at, unit_id, cert_id, fp, holder,
	    action, objtype, objid, digest, out);
}

/* Equal hex strings, in time that does not depend on where they differ. */
static int
hexeq(const char *a, const char *b)
{
	size_t	 n = strlen(a);

	return n == strlen(b) && CRYPTO_memcmp(a, b, n) == 0;
}

int
audit_row_ok(const unsigned char *key, size_t keylen, uint64_t keyed_from,
    const struct audit_row *r, const char *stored)
{
	char	 h[65];

	audit_hmac(key, keylen, r->prev, r->id, r->at, r->unit_id,
	    r->cert_id, r->fp, r->holder, r->action, r->objtype, r->objid,
	    r->digest, h);
	if (hexeq(stored, h))
		return 1;
	if (keyed_from != 0 && r->id >= keyed_from)
		return 0;
	audit_hash(r->prev, r->id, r->at, r->unit_id, r->cert_id, r->fp,
	    r->holder, r->action, r->objtype, r->objid, r->digest, h);
	return hexeq(stored, h);
}

/*
 * Where a change shows: by the kind of object, the statement giving the
 * path of its base union (or of the unit itself), whether the units
 * below see it too, and whether the public site can show it (the
 * assessment and the ledger are the reviewers' only; a publicity event,
 * private 2, when its statement's second column says the public site
 * shows it or showed it).  Any other kind (a migration, a data file)
 * shows everywhere.
 */
static const struct scope {
	const char	*type;
	enum stmt	 path;
	int		 subtree;
	int		 private;
} scopes[] = {
	{ "application", STMT_SCOPE_APPLICATION, 0, 0 },
	{ "studio", STMT_SCOPE_STUDIO, 0, 0 },
	{ "amendment", STMT_SCOPE_AMENDMENT, 0, 0 },
	{ "upgrade", STMT_SCOPE_UPGRADE, 0, 0 },
	{ "cert", STMT_SCOPE_CERT, 0, 1 },
	{ "unit", STMT_SCOPE_UNIT, 1, 0 },
	{ "assessment", STMT_SCOPE_SHEET, 0, 1 },
	{ "assessment-filing", STMT_SCOPE_UNIT, 1, 1 },
	{ "fund", STMT_SCOPE_FUND, 1, 1 },
	{ "grant", STMT_SCOPE_GRANT, 0, 1 },
	{ "spending", STMT_SCOPE_SPENDING, 0, 1 },
	{ "achievement", STMT_SCOPE_ACHIEVEMENT, 0, 0 },
	{ "training", STMT_SCOPE_TRAINING, 1, 1 },
	{ "event", STMT_SCOPE_EVENT, 1, 2 },
};

#define BUMP_PATHS	8	/* the ?s of STMT_SCOPE_BUMP */

/* Add 1 to the data_version of the units on path p (each prefix to '/'). */
static enum err
bump_path(struct db *db, const char *p)
{
	struct dbv	 args[BUMP_PATHS];
	const char	*s;
	size_t		 n = 0;
	enum err	 e;

	for (s = strchr(p + 1, '/'); s != NULL; s = strchr(s + 1, '/')) {
		args[n++] = (struct dbv){ .t = DBV_STR, .s = p,
		    .len = (size_t)(s - p) + 1 };
		if (n == BUMP_PATHS || s[1] == '\0') {
			while (n < BUMP_PATHS)
				args[n++] = DBS("");
			if ((e = db_exec(db, STMT_SCOPE_BUMP, args, BUMP_PATHS,
			    NULL, NULL)) != E_OK)
				return e;
			n = 0;
		}
	}
	return E_OK;
}

/* Advance the public site's version (db_public_changed). */
static enum err
public_bump(struct db *db)
{
	enum err	 e;

	if ((e = db_exec(db, STMT_PUBLIC_BUMP, DBNOARGS, NULL, NULL)) ==
	    E_OK)
		db_public_changed(db);
	return e;
}

/* Advance the versions of what the change of this object shows in. */
static enum err
touch(struct db *db, const char *action, const char *objtype, int64_t objid)
{
	const struct scope	*sc = NULL;
	struct dbq		*q;
	char			*path;
	size_t			 i;
	int			 pub;
	enum err		 e;

	/*
	 * The operator's migrations and data loads show everywhere; those
	 * before migration 013 made the versions have none to advance
	 * (ER_BAD_FIELD_ERROR).
	 */
	if (strcmp(objtype, "migration") == 0 || strcmp(objtype, "file") == 0) {
		if ((e = public_bump(db)) == E_OK)
			e = db_exec(db, STMT_SCOPE_BUMP_ALL, DBNOARGS, NULL,
			    NULL);
		return e != E_OK && db_errno(db) == 1054 ? E_OK : e;
	}

	for (i = 0; i < sizeof(scopes) / sizeof(scopes[0]); i++)
		if (strcmp(scopes[i].type, objtype) == 0)
			sc = &scopes[i];
	/* What the public site shows: not the private kinds, nor
	   applications before they are named. */
	if ((sc == NULL || sc->private == 0) &&
	    (strcmp(objtype, "application") != 0 ||
	    strcmp(action, "application.name") == 0) &&
	    (e = public_bump(db)) != E_OK)
		return e;
	if (sc == NULL || objid <= 0)
		return db_exec(db, STMT_SCOPE_BUMP_ALL, DBNOARGS, NULL, NULL);
	if ((e = db_one(db, sc->path, DBARGS(DBI(objid)), &q)) != E_OK)
		return e == E_NOTFOUND ?
		    db_exec(db, STMT_SCOPE_BUMP_ALL, DBNOARGS, NULL, NULL) : e;
	pub = sc->private == 2 && db_coli(q, 1) != 0;
	path = strdup(db_col(q, 0) != NULL ? db_col(q, 0) : "");
	db_end(q);
	if (path == NULL)
		fatal("%s", __func__);
	if (pub && (e = public_bump(db)) != E_OK) {
		free(path);
		return e;
	}
	e = *path == '\0' ? db_exec(db, STMT_SCOPE_BUMP_ALL, DBNOARGS, NULL,
	    NULL) : bump_path(db, path);
	if (e == E_OK && sc->subtree && *path != '\0')
		e = db_exec(db, STMT_SCOPE_BUMP_SUBTREE, DBARGS(DBS(path)), NULL,
		    NULL);
	free(path);
	return e;
}

enum err
audit_append(struct db *db, const struct who *w, const char *action,
    const char *objtype, int64_t objid, const char *what, size_t len)
{
	const struct conf	*c = db_conf(db);
	struct dbq		*q;
	struct timespec		 ts;
	struct tm		 tm;
	char			 at[64], prev[65], digest[65], hash[65];
	uint64_t		 id;
	int64_t			 unit_id = w ? w->unit_id : 0;
	int64_t			 cert_id = w ? w->cert_id : 0;
	const char		*fp = w ? w->fp : "";
	const char		*holder = w ? w->holder : "studioctl";
	enum err		 e;
	int			 rc;

	if (c == NULL || c->audit_keylen == 0) {
		log_warnx("%s: no audit key loaded", __func__);
		return E_CONF;
	}
	if ((q = db_query(db, STMT_META_LOCK, DBNOARGS)) == NULL)
		return db_err(db);
	if ((rc = db_step(q)) != 1) {
		db_end(q);
		if (rc == 0)
			log_warnx("%s: meta row missing", __func__);
		return rc == 0 ? E_DB : db_err(db);
	}
	id = (uint64_t)db_coli(q, 1) + 1;
	snprintf(prev, sizeof(prev), "%s", db_col(q, 2));
	db_end(q);

	clock_gettime(CLOCK_REALTIME, &ts);
	localtime_r(&ts.tv_sec, &tm);
	snprintf(at, sizeof(at), "%04d-%02d-%02d %02d:%02d:%02d.%06ld",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	    tm.tm_min, tm.tm_sec, ts.tv_nsec / 1000);
	sha256_hex(what, len, digest);
	audit_hmac(c->audit_key, c->audit_keylen, prev, id, at, unit_id,
	    cert_id, fp, holder, action, objtype, objid, digest, hash);

	e = db_exec(db, STMT_AUDIT_INSERT, DBARGS(DBI(id), DBS(at),
	    unit_id > 0 ? DBI(unit_id) : DBN,
	    cert_id > 0 ? DBI(cert_id) : DBN,
	    DBS(fp), DBS(holder), DBS(action), DBS(objtype),
	    objid > 0 ? DBI(objid) : DBN,
	    DBS(digest), DBS(prev), DBS(hash)), NULL, NULL);
	if (e != E_OK)
		return e;
	if ((e = touch(db, action, objtype, objid)) != E_OK)
		return e;
	return db_exec(db, STMT_META_ADVANCE, DBARGS(DBI(id), DBS(hash)),
	    NULL, NULL);
}

/* The first row of the keyed chain (the record of migration 004), or 0. */
static enum err
keyed_from(struct db *db, uint64_t *id)
{
	int64_t		 v = 0;
	int		 found = 0;
	enum err	 e;

	*id = 0;
	if ((e = db_int(db, STMT_AUDIT_ANCHOR, DBARGS(DBS("migration"),
	    DBI(AUDIT_KEYED_MIGRATION), DBS("schema.migrate")), &v,
	    &found)) != E_OK)
		return e;
	if (found && v > 0)
		*id = (uint64_t)v;
	return E_OK;
}

enum err
audit_check(struct db *db, struct audit_check *ck)
{
	const struct conf	*c = db_conf(db);
	struct dbq		*q;
	struct audit_row	 row;
	char			 prev[65], at[32];
	uint64_t		 last = 0, id, n;
	int			 rc;
	enum err		 e;

	memset(ck, 0, sizeof(*ck));
	if (c == NULL || c->audit_keylen == 0) {
		log_warnx("%s: no audit key loaded", __func__);
		return E_CONF;
	}
	if ((e = keyed_from(db, &ck->keyed_from)) != E_OK)
		return e;
	memset(prev, '0', 64);
	prev[64] = '\0';
	for (;;) {
		if ((q = db_query(db, STMT_AUDIT_CHAIN,
		    DBARGS(DBI(last)))) == NULL)
			return db_err(db);
		n = 0;
		while ((rc = db_step(q)) == 1) {
			n++;
			id = (uint64_t)db_coli(q, 0);
			snprintf(at, sizeof(at), "%s", db_col(q, 1));
			if (id != last + 1) {
				ck->bad = last + 1;
				ck->why = "row missing (rows removed or "
				    "renumbered)";
				db_end(q);
				return E_OK;
			}
			if (strcmp(db_col(q, 10), prev) != 0) {
				ck->bad = id;
				ck->why = "not chained to the row before it";
				db_end(q);
				return E_OK;
			}
			row.prev = prev;
			row.id = id;
			row.at = at;
			row.unit_id = db_coli(q, 2);
			row.cert_id = db_coli(q, 3);
			row.fp = db_col(q, 4);
			row.holder = db_col(q, 5);
			row.action = db_col(q, 6);
			row.objtype = db_col(q, 7);
			row.objid = db_coli(q, 8);
			row.digest = db_col(q, 9);
			if (!audit_row_ok(c->audit_key, c->audit_keylen,
			    ck->keyed_from, &row, db_col(q, 11))) {
				ck->bad = id;
				ck->why = ck->keyed_from != 0 &&
				    id >= ck->keyed_from ?
				    "hash is not the HMAC under the audit key "
				    "(row changed, or the chain recomputed "
				    "without the key)" :
				    "hash does not match the row (row changed)";
				db_end(q);
				return E_OK;
			}
			snprintf(prev, sizeof(prev), "%s", db_col(q, 11));
			last = id;
			ck->rows++;
			ck->head = id;
			memcpy(ck->hash, prev, sizeof(ck->hash));
			snprintf(ck->at, sizeof(ck->at), "%s", at);
		}
		db_end(q);
		if (rc < 0)
			return db_err(db);
		if (n == 0)
			break;
	}
	/* A log with rows but no keyed row is not anchored by the key. */
	if (last > 0 && (ck->keyed_from == 0 || ck->keyed_from > last)) {
		ck->bad = last + 1;
		ck->why = "no keyed row: the record of migration 004, which "
		    "anchors the chain, is missing";
		return E_OK;
	}
	/* The head must name the last row: a cut tail shows here. */
	if ((q = db_query(db, STMT_META_LOCK, DBNOARGS)) == NULL)
		return db_err(db);
	if (db_step(q) == 1 && ((uint64_t)db_coli(q, 1) != last ||
	    strcmp(db_col(q, 2), prev) != 0)) {
		ck->bad = last + 1;
		ck->why = "the head in the meta row does not name the last "
		    "row (tail cut)";
	}
	db_end(q);
	return E_OK;
}

enum err
audit_verify(struct db *db, uint64_t *badid, uint64_t *rows)
{
	struct audit_check	 ck;
	enum err		 e;

	*badid = *rows = 0;
	if ((e = audit_check(db, &ck)) != E_OK)
		return e;
	*badid = ck.bad;
	*rows = ck.rows;
	return E_OK;
}

/* The signature of a head: HMAC over its id, hash and time. */
static void
head_mac(const unsigned char *key, size_t keylen, const struct audit_head *h,
    char out[65])
{
	struct chainhash	 ch;

	ch_init(&ch, key, keylen);
	feed(&ch, TAG_HEAD);
	feedi(&ch, (int64_t)h->id);
	feed(&ch, h->hash);
	feed(&ch, h->at);
	ch_final(&ch, out);
}

int
audit_head_line(const unsigned char *key, size_t keylen,
    struct audit_head *h, char *buf, size_t bufsz)
{
	int	 n;

	head_mac(key, keylen, h, h->mac);
	n = snprintf(buf, bufsz, "%s id=%llu hash=%s at=%s mac=%s",
	    HEAD_WORD, (unsigned long long)h->id, h->hash, h->at, h->mac);
	return n < 0 || (size_t)n >= bufsz ? -1 : 0;
}

/* s is n lowercase hex digits and nothing else. */
static int
ishex(const char *s, size_t n)
{
	size_t	 i;

	if (strlen(s) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* s is "YYYY-MM-DDTHH:MM:SS.ffffff". */
static int
istime(const char *s)
{
	static const char	 pat[] = "dddd-dd-ddTdd:dd:dd.dddddd";
	size_t			 i;

	if (strlen(s) != sizeof(pat) - 1)
		return 0;
	for (i = 0; pat[i] != '\0'; i++)
		if (pat[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') :
		    s[i] != pat[i])
			return 0;
	return 1;
}

int
audit_head_parse(const char *line, struct audit_head *h)
{
	char			 id[24], hash[72], at[40], mac[72];
	unsigned long long	 v;
	int			 end = -1;
	char			*ep;

	memset(h, 0, sizeof(*h));
	while (*line == ' ' || *line == '\t')
		line++;
	if (sscanf(line, HEAD_WORD " id=%20[0-9] hash=%70[0-9a-f]"
	    " at=%38[0-9T:.-] mac=%70[0-9a-f]%n", id, hash, at, mac,
	    &end) != 4 || end < 0)
		return -1;
	for (line += end; *line != '\0'; line++)
		if (*line != ' ' && *line != '\t' && *line != '\r' &&
		    *line != '\n')
			return -1;
	v = strtoull(id, &ep, 10);
	if (*ep != '\0' || v == 0 || id[0] == '0' ||
	    !ishex(hash, 64) || !ishex(mac, 64) || !istime(at))
		return -1;
	h->id = v;
	memcpy(h->hash, hash, sizeof(h->hash));
	memcpy(h->at, at, strlen(at) + 1);
	memcpy(h->mac, mac, sizeof(h->mac));
	return 0;
}

int
audit_head_valid(const unsigned char *key, size_t keylen,
    const struct audit_head *h)
{
	char	 mac[65];

	head_mac(key, keylen, h, mac);
	return hexeq(mac, h->mac);
}

enum err
audit_head_verify(struct db *db, const struct audit_head *h,
    const char **why)
{
	struct dbq	*q;
	char		 at[32];
	int		 rc;

	*why = NULL;
	if ((q = db_query(db, STMT_AUDIT_ROW, DBARGS(DBI(h->id)))) == NULL)
		return db_err(db);
	if ((rc = db_step(q)) != 1) {
		db_end(q);
		if (rc < 0)
			return db_err(db);
		*why = "that row is gone: the log was cut back after the "
		    "head was kept";
		return E_OK;
	}
	snprintf(at, sizeof(at), "%s", db_col(q, 1));
	if (at[10] == ' ')
		at[10] = 'T';
	if (!hexeq(db_col(q, 0), h->hash) || strcmp(at, h->at) != 0)
		*why = "that row has changed since the head was kept: the "
		    "log was rewritten";
	db_end(q);
	return E_OK;
}
