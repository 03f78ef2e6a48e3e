/*
 * audit.c: the hash-chained audit log.  Every write appends one row
 * inside its own transaction.  The meta row is locked first, which
 * serialises writers, gives dense row ids and advances the data version
 * that the ETags are made of.  Each row's hash is SHA-256 over the
 * previous row's hash and the row's fields, so that an edited, removed
 * or inserted row breaks the chain at that row (audit_verify).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>
#include <openssl/sha.h>

#include "extern.h"

static void
sha256_hex(const void *buf, size_t len, char out[65])
{
	unsigned char	 md[SHA256_DIGEST_LENGTH];

	SHA256(buf, len, md);
	hexencode(md, sizeof(md), out);
}

/* Feed one length-prefixed field, so no field can run into the next. */
static void
feed(EVP_MD_CTX *ctx, const char *s)
{
	char	 len[24];

	if (s == NULL)
		s = "";
	snprintf(len, sizeof(len), "%zu:", strlen(s));
	EVP_DigestUpdate(ctx, len, strlen(len));
	EVP_DigestUpdate(ctx, s, strlen(s));
	EVP_DigestUpdate(ctx, "\n", 1);
}

static void
feedi(EVP_MD_CTX *ctx, int64_t v)
{
	char	 buf[24];

	if (v <= 0)
		buf[0] = '\0';	/* NULL */
	else
		snprintf(buf, sizeof(buf), "%lld", (long long)v);
	feed(ctx, buf);
}

void
audit_hash(const char *prev, uint64_t id, const char *at, int64_t unit_id,
    int64_t cert_id, const char *fp, const char *holder, const char *action,
    const char *objtype, int64_t objid, const char *digest, char out[65])
{
	EVP_MD_CTX	*ctx;
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 len = 0;

	if ((ctx = EVP_MD_CTX_new()) == NULL)
		fatalx("%s: EVP_MD_CTX_new", __func__);
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	feed(ctx, "studio-audit-1");
	feed(ctx, prev);
	feedi(ctx, (int64_t)id);
	feed(ctx, at);
	feedi(ctx, unit_id);
	feedi(ctx, cert_id);
	feed(ctx, fp);
	feed(ctx, holder);
	feed(ctx, action);
	feed(ctx, objtype);
	feedi(ctx, objid);
	feed(ctx, digest);
	EVP_DigestFinal_ex(ctx, md, &len);
	EVP_MD_CTX_free(ctx);
	hexencode(md, 32, out);
}

enum err
audit_append(struct db *db, const struct who *w, const char *action,
    const char *objtype, int64_t objid, const char *what, size_t len)
{
	struct dbq	*q;
	struct timespec	 ts;
	struct tm	 tm;
	char		 at[64], prev[65], digest[65], hash[65];
	uint64_t	 id;
	int64_t		 unit_id = w ? w->unit_id : 0;
	int64_t		 cert_id = w ? w->cert_id : 0;
	const char	*fp = w ? w->fp : "";
	const char	*holder = w ? w->holder : "studioctl";
	enum err	 e;
	int		 rc;

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
	audit_hash(prev, id, at, unit_id, cert_id, fp, holder, action,
	    objtype, objid, digest, hash);

	e = db_exec(db, STMT_AUDIT_INSERT, DBARGS(DBI(id), DBS(at),
	    unit_id > 0 ? DBI(unit_id) : DBN,
	    cert_id > 0 ? DBI(cert_id) : DBN,
	    DBS(fp), DBS(holder), DBS(action), DBS(objtype),
	    objid > 0 ? DBI(objid) : DBN,
	    DBS(digest), DBS(prev), DBS(hash)), NULL, NULL);
	if (e != E_OK)
		return e;
	return db_exec(db, STMT_META_ADVANCE, DBARGS(DBI(id), DBS(hash)),
	    NULL, NULL);
}

enum err
audit_verify(struct db *db, uint64_t *badid, uint64_t *rows)
{
	struct dbq	*q;
	char		 prev[65], hash[65], at[64];
	uint64_t	 last = 0, id, n;
	int		 rc;

	*badid = 0;
	*rows = 0;
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
			audit_hash(prev, id, at, db_coli(q, 2),
			    db_coli(q, 3), db_col(q, 4), db_col(q, 5),
			    db_col(q, 6), db_col(q, 7), db_coli(q, 8),
			    db_col(q, 9), hash);
			if (id != last + 1 ||
			    strcmp(db_col(q, 10), prev) != 0 ||
			    strcmp(db_col(q, 11), hash) != 0) {
				*badid = id != last + 1 ? last + 1 : id;
				db_end(q);
				return E_OK;
			}
			memcpy(prev, hash, sizeof(prev));
			last = id;
			(*rows)++;
		}
		db_end(q);
		if (rc < 0)
			return db_err(db);
		if (n == 0)
			break;
	}
	/* The head must name the last row: a cut tail shows here. */
	if ((q = db_query(db, STMT_META_LOCK, DBNOARGS)) == NULL)
		return db_err(db);
	if (db_step(q) == 1 && ((uint64_t)db_coli(q, 1) != last ||
	    strcmp(db_col(q, 2), prev) != 0))
		*badid = last + 1;
	db_end(q);
	return E_OK;
}
