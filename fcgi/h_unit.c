/*
 * h_unit.c: units and their certificates.  Every unit sees its own
 * subtree; only the city federation enrols and revokes certificates.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

/* The unit list's filters, bound in UNIT_FILTER's order. */
static const struct lfilter unit_filters[] = {
	{ "kind", LF_ENUM, kind_names, KIND__MAX, 0, 0, 0 },
	{ "q", LF_SEARCH, NULL, 0, 0, 2, 1 },
};

/*
 * Its columns, from STMT_UNIT_PAGE: id, code, kind, name, active, parent
 * id, parent's name, certificates.
 */
static const struct lcol unit_cols[] = {
	{ "id", LX_ATTR, 0, 0, { NULL, 0, 0, NULL } },
	{ "code", LX_ATTR, 1, 0, { "代码", 1, CSV_TEXT, NULL } },
	{ "name", LX_ELEM, 3, 0, { "单位名称", 3, CSV_TEXT, NULL } },
	{ "kind", LX_ATTR, 2, 0, { "类别", 2, CSV_LABEL, "kind" } },
	{ "parent-id", LX_ATTR, 5, 0, { NULL, 0, 0, NULL } },
	{ "parent", LX_ELEM_OPT, 6, 0, { "上级单位", 6, CSV_TEXT, NULL } },
	{ "certs", LX_ATTR, 7, 0, { "证书数", 7, CSV_TEXT, NULL } },
	{ "active", LX_BOOL, 4, 0,
	  { "状态", 4, CSV_BOOL_LABEL, "active" } },
};

/* The key of a row for the page after it, in STMT_UNIT_AFTER's order. */
static const unsigned char unit_keyb[] = { LK_TEXT };

const struct listdef list_units = {
	"units", "unit", STMT_UNIT_COUNT, STMT_UNIT_PAGE, 1,
	unit_filters, sizeof(unit_filters) / sizeof(unit_filters[0]),
	unit_cols, sizeof(unit_cols) / sizeof(unit_cols[0]),
	CT__MAX, "units", 0, NULL, NULL,
	STMT_UNIT_KEPT, STMT_UNIT_AFTER, 8, -1, unit_keyb, sizeof(unit_keyb)
};

/* The units of the subtree; CSV exports the whole filtered list. */
int
h_units(struct req *r)
{
	return err_status(list_xml(r, &list_units));
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
enum { CA_ENROL, CA_REVOKE, CA_ROLES, CA__MAX };
static const char *const cert_actions[CA__MAX] = {
	[CA_ENROL] = "enrol",
	[CA_REVOKE] = "revoke",
	[CA_ROLES] = "roles",
};

/*
 * The roles ticked on the form (role.review, role.finance, role.admin);
 * a form without them (the marker field "roles" absent) gives every
 * role, as the certificates enrolled before roles had.
 */
static unsigned
form_roles(struct req *r)
{
	const char	*v;
	unsigned	 mask = 0;
	size_t		 i;

	if (kv_get(&r->form, "roles") == NULL)
		return ROLE_ALL;
	for (i = 0; i < ROLE__N; i++)
		if ((v = kv_get(&r->form, aprintf(r->a, "role.%s",
		    role_names[i]))) != NULL && (strcmp(v, "1") == 0 ||
		    strcmp(v, "true") == 0))
			mask |= 1u << i;
	return mask;
}

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
		if ((en.roles = form_roles(r)) == 0) {
			req_ferr(r, "roles", "角色", "请至少选择一个角色");
			status = certs_doc(r, r->arg_id, en.pem, en.holder);
			return status == 200 ? 400 : status;
		}
		e = cert_enrol(r, &en);
		if (r->nferr > 0 && (e == E_INVALID || e == E_CONFLICT)) {
			status = certs_doc(r, r->arg_id, en.pem,
			    kv_get(&r->form, "holder"));
			return status == 200 ? err_status(e) : status;
		}
	} else if (cf.action == CA_ROLES) {
		if (form_read(r, cert_revoke_form, FORM_LEN(cert_revoke_form),
		    &cf) > 0)
			return 400;
		e = cert_roles(r, r->arg_id, cf.cert, NULL, form_roles(r));
		if (e == E_INVALID || e == E_CONFLICT) {
			req_ferr(r, "roles", "角色", r->message);
			status = certs_doc(r, r->arg_id, NULL, NULL);
			return status == 200 ? err_status(e) : status;
		}
	} else {
		if (form_read(r, cert_revoke_form, FORM_LEN(cert_revoke_form),
		    &cf) > 0)
			return 400;
		if (!form_confirmed(r, "吊销证书", "吊销后，持有人不能再用该证书"
		    "登录本系统；吊销不能恢复，须重新签发并登记新证书。"))
			return certs_doc(r, r->arg_id, NULL, NULL);
		e = cert_revoke(r, r->arg_id, cf.cert, NULL, &id);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/units/%lld/certs",
	    (long long)r->arg_id);
	r->notice = cf.action == CA_ENROL ? "证书已登记，持有人可以用它登录本系统" :
	    cf.action == CA_ROLES ? "证书的角色已修改" :
	    "证书已吊销，不能再用它登录本系统";
	return 303;
}
