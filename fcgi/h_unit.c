/*
 * h_unit.c: units and their certificates.  Every unit sees its own
 * subtree; only the city federation enrols and revokes certificates.
 */
#include <stdio.h>
#include <string.h>

#include "extern.h"

/*
 * The columns of the unit list's CSV export, from STMT_UNIT_PAGE: id,
 * code, kind, name, active, parent id, parent's name, certificates.
 */
static const struct csvcol unit_csv[] = {
	{ "代码", 1, CSV_TEXT, NULL },
	{ "单位名称", 3, CSV_TEXT, NULL },
	{ "类别", 2, CSV_LABEL, "kind" },
	{ "上级单位", 6, CSV_TEXT, NULL },
	{ "证书数", 7, CSV_TEXT, NULL },
	{ "状态", 4, CSV_BOOL_LABEL, "active" },
};

int
h_units(struct req *r)
{
	const char	*q = kv_get(&r->q, "q"), *kind = kv_get(&r->q, "kind");
	const char	*pat;
	int64_t		 total = 0;
	int		 page = req_pageno(r), rc;
	struct dbq	*res;
	enum err	 e;

	if (q == NULL)
		q = "";
	if (kind == NULL || kind_parse(kind) == KIND__MAX)
		kind = "";
	if (utf8_len(q) > 50)
		q = "";
	pat = like_escape(r->a, q);
	r->filename = "units";
#define FILTER DBS(r->who->unit_path), DBS(kind), DBS(kind), DBS(q), \
	    DBS(pat), DBS(q)
	/* CSV exports the whole filtered list, streamed; HTML pages. */
	if (r->fmt == FMT_CSV)
		return csv_open(r, STMT_UNIT_PAGE, DBARGS(FILTER,
		    DBI(INT64_MAX), DBI(0)), unit_csv,
		    sizeof(unit_csv) / sizeof(unit_csv[0]), NULL);
	if ((e = db_int(r->db, STMT_UNIT_COUNT, DBARGS(FILTER), &total,
	    NULL)) != E_OK)
		return err_status(e);
	xml_begin(r, "units");
	xml_paging(r, page, total);
	xml_attr(r, "q", q);
	xml_attr(r, "kind", kind);
	res = db_query(r->db, STMT_UNIT_PAGE, DBARGS(FILTER,
	    DBI(PER_PAGE), DBI((int64_t)(page - 1) * PER_PAGE)));
#undef FILTER
	if (res == NULL)
		return err_status(db_err(r->db));
	while ((rc = db_step(res)) == 1) {
		xml_start(r, "unit");
		xml_attr(r, "id", db_col(res, 0));
		xml_attr(r, "code", db_col(res, 1));
		xml_attr(r, "kind", db_col(res, 2));
		xml_attrb(r, "active", db_coli(res, 4));
		xml_attr(r, "parent-id", db_col(res, 5));
		xml_attr(r, "certs", db_col(res, 7));
		xml_elem(r, "name", db_col(res, 3));
		if (db_col(res, 6) != NULL)
			xml_elem(r, "parent", db_col(res, 6));
		xml_end(r);
	}
	db_end(res);
	return rc < 0 ? err_status(db_err(r->db)) : 200;
}

int
h_unit(struct req *r)
{
	struct dbq	*q;
	const char	*path;
	int64_t		 id = r->arg_id, ncert, nactive;
	enum err	 e;

	if ((e = unit_visible(r, id, &path, &q)) != E_OK)
		return err_status(e);
	xml_begin(r, "unit");
	xml_attr(r, "id", db_col(q, 0));
	xml_attr(r, "code", db_col(q, 1));
	xml_attr(r, "kind", db_col(q, 2));
	xml_attrb(r, "active", db_coli(q, 5));
	xml_attr(r, "version", db_col(q, 6));
	xml_attrb(r, "can-edit", r->who->kind == KIND_CITY);
	xml_elem(r, "name", db_col(q, 3));
	if (db_col(q, 7) != NULL)
		unit_xml_row(r, "parent", q, 7);
	db_end(q);
	if ((e = unit_xml_ancestors(r, path)) != E_OK ||
	    (e = unit_xml_children(r, id)) != E_OK)
		return err_status(e);
	if ((e = db_one(r->db, STMT_UNIT_CERTCOUNT, DBARGS(DBI(id)),
	    &q)) != E_OK)
		return err_status(e);
	ncert = db_coli(q, 0);
	nactive = db_coli(q, 1);
	db_end(q);
	xml_start(r, "certs");
	xml_attri(r, "count", ncert);
	xml_attri(r, "active", nactive);
	xml_end(r);
	return 200;
}

/* The certificate page, with the refused form when there is one. */
static int
certs_doc(struct req *r, int64_t id, const char *pem, const char *holder)
{
	struct dbq	*q;
	int		 rc;
	enum err	 e;

	if ((e = db_one(r->db, STMT_UNIT_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return err_status(e);
	xml_begin(r, "certs");
	xml_attrb(r, "can-edit", r->who->kind == KIND_CITY);
	unit_xml_row(r, "unit", q, 0);
	db_end(q);
	if ((q = db_query(r->db, STMT_CERT_BY_UNIT,
	    DBARGS(DBI(id)))) == NULL)
		return err_status(db_err(r->db));
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
		xml_attr(r, "status", db_col(q, 6) != NULL ? "revoked" :
		    db_coli(q, 9) ? "expired" : "active");
		xml_elem(r, "holder", db_col(q, 7));
		xml_elem(r, "subject", db_col(q, 8));
		xml_end(r);
	}
	db_end(q);
	if (rc < 0)
		return err_status(db_err(r->db));
	if (r->nferr > 0) {
		xml_ferrs(r);
		xml_start(r, "form");
		xml_elem(r, "pem", pem);
		xml_elem(r, "holder", holder);
		xml_end(r);
	}
	return 200;
}

int
h_certs(struct req *r)
{
	const char	*path;
	enum err	 e;

	if ((e = unit_visible(r, r->arg_id, &path, NULL)) != E_OK)
		return err_status(e);
	return certs_doc(r, r->arg_id, NULL, NULL);
}

struct certop {
	struct req	*r;
	int64_t		 unit_id;
	int64_t		 cert_id;
	struct certinfo	 ci;
	const char	*holder;
	int		 status;
};

static enum err
enrol_txn(void *arg)
{
	struct certop	*op = arg;
	struct req	*r = op->r;
	uint64_t	 id;
	char		*what;
	enum err	 e;

	e = db_exec(r->db, STMT_CERT_INSERT, DBARGS(DBI(op->unit_id),
	    DBS(op->ci.fp), DBS(op->holder), DBS(op->ci.serial),
	    DBS(op->ci.subject), DBS(op->ci.issuer), DBS(op->ci.not_before),
	    DBS(op->ci.not_after), DBI(r->who->cert_id)), NULL, &id);
	if (e == E_DUP) {
		op->status = 409;
		req_ferr(r, "pem", "证书", "该证书已经登记过，不能重复登记");
		return E_ABORT;
	}
	if (e != E_OK)
		return e;
	op->cert_id = (int64_t)id;
	what = aprintf(r->a, "unit=%lld\nfingerprint=%s\nserial=%s\n",
	    (long long)op->unit_id, op->ci.fp, op->ci.serial);
	return audit_append(r->db, r->who, "cert.enrol", "cert",
	    op->cert_id, what, strlen(what));
}

static enum err
revoke_txn(void *arg)
{
	struct certop	*op = arg;
	struct req	*r = op->r;
	struct dbq	*q;
	int64_t		 unit;
	int		 revoked;
	uint64_t	 n;
	char		*what;
	enum err	 e;

	if ((e = db_one(r->db, STMT_CERT_GET, DBARGS(DBI(op->cert_id)),
	    &q)) != E_OK) {
		if (e != E_NOTFOUND)
			return e;
		op->status = 404;
		r->message = "该证书不存在";
		return E_ABORT;
	}
	unit = db_coli(q, 1);
	revoked = (int)db_coli(q, 3);
	db_end(q);
	if (unit != op->unit_id) {
		op->status = 404;
		r->message = "该单位没有这张证书";
		return E_ABORT;
	}
	if (revoked) {
		op->status = 409;
		r->message = "该证书已被吊销";
		return E_ABORT;
	}
	if ((e = db_exec(r->db, STMT_CERT_REVOKE, DBARGS(
	    DBI(r->who->cert_id), DBI(op->cert_id)), &n, NULL)) != E_OK)
		return e;
	what = aprintf(r->a, "unit=%lld\ncert=%lld\n",
	    (long long)op->unit_id, (long long)op->cert_id);
	return audit_append(r->db, r->who, "cert.revoke", "cert",
	    op->cert_id, what, strlen(what));
}

int
h_certs_post(struct req *r)
{
	struct certop	 op;
	const char	*path, *action, *pem, *holder, *msg, *cert, *why;
	int		 status;
	enum err	 e;

	if ((e = unit_visible(r, r->arg_id, &path, NULL)) != E_OK)
		return err_status(e);
	if (r->who->kind != KIND_CITY) {
		r->reason = "city-only";
		r->message = "只有市总工会可以登记或吊销证书";
		return 403;
	}
	memset(&op, 0, sizeof(op));
	op.r = r;
	op.unit_id = r->arg_id;
	op.status = 303;
	action = kv_get(&r->form, "action");
	pem = kv_get(&r->form, "pem");
	holder = kv_get(&r->form, "holder");
	if (action != NULL && strcmp(action, "enrol") == 0) {
		if (pem == NULL || *pem == '\0')
			req_ferr(r, "pem", "证书", "请粘贴 PEM 格式的证书");
		else if (strlen(pem) > 16384 || cert_parse_pem(pem,
		    strlen(pem), &op.ci) != E_OK)
			req_ferr(r, "pem", "证书",
			    "证书格式不正确，请粘贴 PEM 格式的证书");
		else if ((e = cert_verify(pem, strlen(pem), time(NULL),
		    &why)) == E_CERT)
			req_ferr(r, "pem", "证书", why);
		else if (e != E_OK)
			return err_status(e);
		if ((msg = valid_text(r->a, holder ? holder : "", 50, 0,
		    &op.holder)) != NULL)
			req_ferr(r, "holder", "持有人", msg);
		else if (*op.holder == '\0' && op.ci.cn[0] != '\0' &&
		    valid_text(r->a, op.ci.cn, 50, 0, &op.holder) != NULL)
			req_ferr(r, "holder", "持有人", "证书中的姓名不能用作"
			    "持有人（过长或含有不允许的字符），请填写持有人");
		if (r->nferr == 0 && (op.holder == NULL || *op.holder == '\0'))
			req_ferr(r, "holder", "持有人", "请填写证书持有人");
		if (r->nferr > 0) {
			status = certs_doc(r, op.unit_id, pem, holder);
			return status == 200 ? 400 : status;
		}
		e = db_txn(r->db, enrol_txn, &op);
	} else if (action != NULL && strcmp(action, "revoke") == 0) {
		cert = kv_get(&r->form, "cert");
		if (cert == NULL || valid_int(cert, 1, INT32_MAX,
		    &op.cert_id) != NULL) {
			req_ferr(r, "cert", "证书", "未指明要吊销的证书");
			return 400;
		}
		e = db_txn(r->db, revoke_txn, &op);
	} else {
		req_ferr(r, "action", "操作", "未知的操作");
		return 400;
	}
	if (e == E_ABORT) {
		if (op.status == 409 && r->nferr > 0) {
			status = certs_doc(r, op.unit_id, pem, holder);
			return status == 200 ? 409 : status;
		}
		return op.status;
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/units/%lld/certs",
	    (long long)op.unit_id);
	return 303;
}
