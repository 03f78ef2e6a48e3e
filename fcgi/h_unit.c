/*
 * h_unit.c: units and their certificates.  Every unit sees its own
 * subtree; only the city federation enrols and revokes certificates.
 */
#include <stddef.h>
#include <stdint.h>
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
	enum err	 e;

	if ((e = db_one(r->db, STMT_UNIT_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return err_status(e);
	xml_begin(r, "certs");
	xml_attrb(r, "can-edit", r->who->kind == KIND_CITY);
	unit_xml_row(r, "unit", q, 0);
	db_end(q);
	if ((e = cert_xml_list(r, id)) != E_OK)
		return err_status(e);
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

/*
 * The certificate form: enrol one (its PEM and holder, which
 * cert_enrol() checks, as it does studioctl's) or revoke one by its id.
 */
enum { CA_ENROL, CA_REVOKE, CA__MAX };
static const char *const cert_actions[CA__MAX] = {
	[CA_ENROL] = "enrol",
	[CA_REVOKE] = "revoke",
};

struct certform {
	int		 action;	/* CA_* */
	int64_t		 cert;		/* revoke: the certificate's id */
};

static const struct fdef cert_action_form[] = {
	{ .name = "action", .label = "操作", .type = FT_ENUM,
	  .names = cert_actions, .nnames = CA__MAX, .req = FR_ALWAYS,
	  .off = offsetof(struct certform, action), .bad = "未知的操作" },
};
static const struct fdef cert_revoke_form[] = {
	{ .name = "cert", .label = "证书", .type = FT_ID, .req = FR_ALWAYS,
	  .off = offsetof(struct certform, cert),
	  .bad = "未指明要吊销的证书" },
};

/*
 * Enrol (action=enrol, pem, holder) or revoke (action=revoke, cert) a
 * certificate of the unit: the city's.  A refused enrolment comes back
 * as the page with the form as typed, the fields named (400, or 409 for
 * a certificate enrolled already).
 */
int
h_certs_post(struct req *r)
{
	struct enrolment en;
	struct certform	 cf;
	const char	*path;
	int64_t		 id;
	int		 status;
	enum err	 e;

	if ((e = unit_visible(r, r->arg_id, &path, NULL)) != E_OK)
		return err_status(e);
	if (r->who->kind != KIND_CITY) {
		r->reason = "city-only";
		r->message = "只有市总工会可以登记或吊销证书";
		return 403;
	}
	if (form_read(r, cert_action_form, FORM_LEN(cert_action_form),
	    &cf) > 0)
		return 400;
	if (cf.action == CA_ENROL) {
		memset(&en, 0, sizeof(en));
		en.unit_id = r->arg_id;
		en.pem = kv_get(&r->form, "pem");
		en.len = en.pem != NULL ? strlen(en.pem) : 0;
		en.holder = kv_get(&r->form, "holder");
		e = cert_enrol(r, &en);
		if (r->nferr > 0 && (e == E_INVALID || e == E_CONFLICT)) {
			status = certs_doc(r, r->arg_id, en.pem,
			    kv_get(&r->form, "holder"));
			return status == 200 ? err_status(e) : status;
		}
	} else {
		if (form_read(r, cert_revoke_form, FORM_LEN(cert_revoke_form),
		    &cf) > 0)
			return 400;
		e = cert_revoke(r, r->arg_id, cf.cert, NULL, &id);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/units/%lld/certs",
	    (long long)r->arg_id);
	return 303;
}
