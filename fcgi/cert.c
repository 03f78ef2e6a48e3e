/*
 * cert.c: the certificates of the units as a model, for the certificate
 * page and for studioctl alike: enrolling one (what the union CA issued
 * for a client and in date, with its holder), revoking one, and listing
 * them.  Each write is one transaction with its audit row; r->who is the
 * certificate that makes it, or NULL for the operator (studioctl).
 * Nothing here knows HTTP: refusals are enum err with r->message set,
 * and the fields of a refused enrolment are named with req_ferr().
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "extern.h"

#define MAXPEM		16384	/* bytes of a pasted certificate */
#define MAXHOLDER	50	/* characters of a holder's name */

#define MSG_DUP		"该证书已经登记过，不能重复登记"

/* What one row of a list shows as the certificate's status. */
static const char *
status_of(int revoked, int expired)
{
	return revoked ? "revoked" : expired ? "expired" : "active";
}

/*
 * The holder of the certificate: the name given, else the certificate's
 * own (its CN).  Fields refused are recorded with req_ferr().
 */
static void
holder_of(struct req *r, struct enrolment *en)
{
	const char	*msg;

	if ((msg = valid_text(r->a, en->holder != NULL ? en->holder : "",
	    MAXHOLDER, 0, &en->holder)) != NULL) {
		req_ferr(r, "holder", "持有人", msg);
		return;
	}
	if (*en->holder == '\0' && en->ci.cn[0] != '\0' &&
	    valid_text(r->a, en->ci.cn, MAXHOLDER, 0, &en->holder) != NULL)
		req_ferr(r, "holder", "持有人", "证书中的姓名不能用作"
		    "持有人（过长或含有不允许的字符），请填写持有人");
	else if (r->nferr == 0 && *en->holder == '\0')
		req_ferr(r, "holder", "持有人", "请填写证书持有人");
}

/* A certificate is enrolled once: *unit the unit that holds it, or 0. */
static enum err
enrolled_to(struct req *r, const char *fp, int64_t *unit)
{
	struct dbq	*q;
	int		 rc;

	*unit = 0;
	if ((q = db_query(r->db, STMT_CERT_BY_FP, DBARGS(DBS(fp)))) == NULL)
		return db_err(r->db);
	if ((rc = db_step(q)) == 1)
		*unit = db_coli(q, 1);
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}

struct enroltxn {
	struct req		*r;
	struct enrolment	*en;
};

static enum err
enrol_txn(void *arg)
{
	struct enroltxn		*t = arg;
	struct req		*r = t->r;
	struct enrolment	*en = t->en;
	uint64_t		 id;
	char			*what;
	enum err		 e;

	if ((e = enrolled_to(r, en->ci.fp, &en->enrolled_to)) != E_OK)
		return e;
	if (en->enrolled_to == 0)
		e = db_exec(r->db, STMT_CERT_INSERT, DBARGS(DBI(en->unit_id),
		    DBS(en->ci.fp), DBS(en->holder), DBS(roles_text(r->a,
		    en->roles != 0 ? en->roles : ROLE_ALL)), DBS(en->ci.serial),
		    DBS(en->ci.subject), DBS(en->ci.issuer),
		    DBS(en->ci.not_before), DBS(en->ci.not_after),
		    r->who != NULL ? DBI(r->who->cert_id) : DBN), NULL, &id);
	if (en->enrolled_to != 0 || e == E_DUP) {
		req_ferr(r, "pem", "证书", MSG_DUP);
		r->message = MSG_DUP;
		return E_CONFLICT;
	}
	if (e != E_OK)
		return e;
	en->id = (int64_t)id;
	what = aprintf(r->a, "unit=%lld\nfingerprint=%s\nserial=%s\n"
	    "roles=%s\n", (long long)en->unit_id, en->ci.fp, en->ci.serial,
	    roles_text(r->a, en->roles != 0 ? en->roles : ROLE_ALL));
	return audit_append(r->db, r->who, "cert.enrol", "cert", en->id,
	    what, strlen(what));
}

enum err
cert_enrol(struct req *r, struct enrolment *en)
{
	struct enroltxn	 t;
	const char	*why;
	enum err	 e;

	memset(&en->ci, 0, sizeof(en->ci));
	en->id = en->enrolled_to = 0;
	if (en->pem == NULL || en->len == 0 || *en->pem == '\0')
		req_ferr(r, "pem", "证书", "请粘贴 PEM 格式的证书");
	else if (en->len > MAXPEM || cert_parse_pem(en->pem, en->len,
	    &en->ci) != E_OK)
		req_ferr(r, "pem", "证书",
		    "证书格式不正确，请粘贴 PEM 格式的证书");
	else if ((e = cert_verify(en->pem, en->len, time(NULL),
	    &why)) == E_CERT)
		req_ferr(r, "pem", "证书", why);
	else if (e != E_OK) {
		r->message = why;
		return e;
	}
	holder_of(r, en);
	if (r->nferr > 0) {
		r->message = r->ferr[0].msg;
		return E_INVALID;
	}
	t.r = r;
	t.en = en;
	return db_txn(r->db, enrol_txn, &t);
}

/*
 * The certificate with id *id, or (fp not NULL) with this fingerprint,
 * of the unit unit_id (0: of any unit), not revoked: E_OK with *id and
 * *unit; E_NOTFOUND or E_CONFLICT (revoked) with r->message.
 */
static enum err
cert_live(struct req *r, int64_t unit_id, const char *fp, int64_t *id,
    int64_t *unit)
{
	struct dbq	*q;
	int		 revoked;
	enum err	 e;

	if (fp != NULL)
		e = db_one(r->db, STMT_CERT_BY_FP, DBARGS(DBS(fp)), &q);
	else
		e = db_one(r->db, STMT_CERT_GET, DBARGS(DBI(*id)), &q);
	if (e == E_NOTFOUND)
		r->message = "该证书不存在";
	if (e != E_OK)
		return e;
	*id = db_coli(q, 0);
	*unit = db_coli(q, 1);
	revoked = (int)db_coli(q, 3);
	db_end(q);
	if (unit_id != 0 && *unit != unit_id) {
		r->message = "该单位没有这张证书";
		return E_NOTFOUND;
	}
	if (revoked) {
		r->message = "该证书已被吊销";
		return E_CONFLICT;
	}
	return E_OK;
}

struct revoketxn {
	struct req	*r;
	int64_t		 unit_id;
	int64_t		 id;
	const char	*fp;
};

static enum err
revoke_txn(void *arg)
{
	struct revoketxn	*t = arg;
	struct req		*r = t->r;
	int64_t			 unit;
	uint64_t		 n;
	char			*what;
	enum err		 e;

	if ((e = cert_live(r, t->unit_id, t->fp, &t->id, &unit)) != E_OK)
		return e;
	if ((e = db_exec(r->db, STMT_CERT_REVOKE, DBARGS(r->who != NULL ?
	    DBI(r->who->cert_id) : DBN, DBI(t->id)), &n, NULL)) != E_OK)
		return e;
	if (n != 1) {
		r->message = "该证书已被吊销";
		return E_CONFLICT;
	}
	what = aprintf(r->a, "unit=%lld\ncert=%lld\n", (long long)unit,
	    (long long)t->id);
	return audit_append(r->db, r->who, "cert.revoke", "cert", t->id,
	    what, strlen(what));
}

enum err
cert_revoke(struct req *r, int64_t unit_id, int64_t id, const char *fp,
    int64_t *revoked)
{
	struct revoketxn	 t;
	enum err		 e;

	t.r = r;
	t.unit_id = unit_id;
	t.id = id;
	t.fp = fp;
	e = db_txn(r->db, revoke_txn, &t);
	*revoked = t.id;
	return e;
}

struct rolestxn {
	struct req	*r;
	int64_t		 unit_id, id;
	const char	*fp;
	unsigned	 roles;
};

static enum err
roles_txn(void *arg)
{
	struct rolestxn	*t = arg;
	struct req	*r = t->r;
	int64_t		 unit;
	uint64_t	 n;
	char		*what;
	enum err	 e;

	if ((e = cert_live(r, t->unit_id, t->fp, &t->id, &unit)) != E_OK)
		return e;
	if ((e = db_exec(r->db, STMT_CERT_ROLES, DBARGS(DBS(roles_text(r->a,
	    t->roles)), DBI(t->id)), &n, NULL)) != E_OK)
		return e;
	what = aprintf(r->a, "unit=%lld\ncert=%lld\nroles=%s\n",
	    (long long)unit, (long long)t->id, roles_text(r->a, t->roles));
	return audit_append(r->db, r->who, "cert.roles", "cert", t->id,
	    what, strlen(what));
}

enum err
cert_roles(struct req *r, int64_t unit_id, int64_t id, const char *fp,
    unsigned roles)
{
	struct rolestxn	 t;

	if ((roles & ROLE_ALL) == 0 || (roles & ~ROLE_ALL) != 0) {
		r->message = "证书至少要有一个角色";
		return E_INVALID;
	}
	t.r = r;
	t.unit_id = unit_id;
	t.id = id;
	t.fp = fp;
	t.roles = roles;
	return db_txn(r->db, roles_txn, &t);
}

enum err
cert_xml_list(struct req *r, int64_t unit_id)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_CERT_BY_UNIT,
	    DBARGS(DBI(unit_id)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "cert");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "fingerprint", db_col(q, 1));
		xml_attr(r, "serial", db_col(q, 2));
		xml_attr(r, "not-before", db_col(q, 3));
		xml_attr(r, "not-after", db_col(q, 4));
		xml_attr(r, "enrolled-on", xml_datetime(r, db_col(q, 5)));
		xml_attr(r, "revoked-on", db_col(q, 6) ?
		    xml_datetime(r, db_col(q, 6)) : "");
		xml_attr(r, "status", status_of(db_col(q, 6) != NULL,
		    (int)db_coli(q, 9)));
		xml_attr(r, "roles", db_col(q, 10));
		xml_elem(r, "holder", db_col(q, 7));
		xml_elem(r, "subject", db_col(q, 8));
		xml_end(r);
	}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
cert_list(struct req *r, const char *unit_code,
    void (*fn)(void *, const struct certrow *), void *arg)
{
	struct certrow	 c;
	struct dbq	*q;
	int		 rc;

	if (unit_code == NULL)
		unit_code = "";
	if ((q = db_query(r->db, STMT_CERT_LIST, DBARGS(DBS(unit_code),
	    DBS(unit_code)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		c.id = db_coli(q, 0);
		c.unit_code = db_col(q, 1);
		c.fingerprint = db_col(q, 2);
		c.holder = db_col(q, 3);
		c.not_after = db_col(q, 4);
		c.status = status_of((int)db_coli(q, 5), (int)db_coli(q, 6));
		c.roles = db_col(q, 7) != NULL ? db_col(q, 7) : "";
		fn(arg, &c);
	}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}
