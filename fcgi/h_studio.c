/*
 * h_studio.c: the named studios of the reviewers' site: the list
 * (GET /app/studios: paged, filters, CSV) and a studio's file
 * (GET /app/studios/{id}).  Each unit sees the studios of its subtree.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

/*
 * The columns of the studio list's CSV export, from STMT_STUDIO_PAGE:
 * id, status, version, number, named on, name, host unit, base union id
 * and name, auditing unit id and name, industry, leader, 专精特新 level,
 * decision's document number, application id.
 */
static const struct csvcol studio_csv[] = {
	{ "命名编号", 3, CSV_TEXT, NULL },
	{ "命名日期", 4, CSV_TEXT, NULL },
	{ "命名决定", 14, CSV_TEXT, NULL },
	{ "工作室名称", 5, CSV_TEXT, NULL },
	{ "所在单位", 6, CSV_TEXT, NULL },
	{ "专精特新", 13, CSV_LABEL, "srdi" },
	{ "基层工会", 8, CSV_TEXT, NULL },
	{ "审核单位", 10, CSV_TEXT, NULL },
	{ "行业", 11, CSV_CODE, NULL },
	{ "领衔人", 12, CSV_TEXT, NULL },
	{ "状态", 1, CSV_LABEL, "studio-status" },
};

int
h_studios(struct req *r)
{
	const char	*status = kv_get(&r->q, "status");
	const char	*district = kv_get(&r->q, "district");
	const char	*industry = kv_get(&r->q, "industry");
	const char	*type = kv_get(&r->q, "type");
	const char	*year = kv_get(&r->q, "year");
	const char	*decision = kv_get(&r->q, "decision");
	const char	*q = kv_get(&r->q, "q");
	const char	*dpath = "", *from = "", *to = "", *pat;
	int64_t		 y = 0, dec = 0, total = 0;
	int		 page = req_pageno(r), rc;
	struct dbq	*res;
	const struct codeset *ind, *types;
	enum err	 e;

	ind = codes_get(r->db, CT_INDUSTRY);
	types = codes_get(r->db, CT_STUDIO_TYPE);
	if (ind == NULL || types == NULL)
		return err_status(db_err(r->db));
	/* Filters that do not parse are ignored, not refused. */
	if (status == NULL || sstatus_parse(status) == SS__MAX)
		status = "";
	if (industry == NULL || codes_label(ind, industry) == NULL)
		industry = "";
	if (type == NULL || codes_label(types, type) == NULL)
		type = "";
	if (q == NULL || utf8_len(q) > 50)
		q = "";
	if (year != NULL && valid_int(year, 1990, 2199, &y) == NULL) {
		from = aprintf(r->a, "%lld-01-01", (long long)y);
		to = aprintf(r->a, "%lld-12-31", (long long)y);
	} else {
		year = "";
		y = 0;
	}
	if (decision == NULL || valid_int(decision, 1, INT32_MAX, &dec) !=
	    NULL) {
		decision = "";
		dec = 0;
	}
	if ((e = unit_filter(r, &district, &dpath)) != E_OK)
		return err_status(e);
	pat = like_escape(r->a, q);
#define FILTER DBS(r->who->unit_path), DBS(status), DBS(status), \
	    DBS(dpath), DBS(dpath), DBS(industry), DBS(industry), DBS(type), \
	    DBS(type), DBI(y), DBS(from), DBS(to), DBI(dec), DBI(dec), \
	    DBS(q), DBS(pat), DBS(pat)
	r->filename = "studios";
	if (r->fmt == FMT_CSV)
		return csv_open(r, STMT_STUDIO_PAGE, DBARGS(FILTER,
		    DBI(INT64_MAX), DBI(0)), studio_csv,
		    sizeof(studio_csv) / sizeof(studio_csv[0]), ind);
	if ((e = db_int(r->db, STMT_STUDIO_COUNT, DBARGS(FILTER), &total,
	    NULL)) != E_OK)
		return err_status(e);
	xml_begin(r, "studios");
	xml_paging(r, page, total);
	xml_attr(r, "status", status);
	xml_attr(r, "district", district);
	xml_attr(r, "industry", industry);
	xml_attr(r, "type", type);
	xml_attr(r, "year", year);
	xml_attr(r, "decision", decision);
	xml_attr(r, "q", q);
	if ((e = studio_xml_counts(r, r->who->unit_path)) != E_OK)
		return err_status(e);

	if ((e = unit_xml_filters(r, ind, types)) != E_OK)
		return err_status(e);

	res = db_query(r->db, STMT_STUDIO_PAGE, DBARGS(FILTER,
	    DBI(PER_PAGE), DBI((int64_t)(page - 1) * PER_PAGE)));
#undef FILTER
	if (res == NULL)
		return err_status(db_err(r->db));
	while ((rc = db_step(res)) == 1) {
		xml_start(r, "studio");
		xml_attr(r, "id", db_col(res, 0));
		xml_attr(r, "status", db_col(res, 1));
		xml_attr(r, "version", db_col(res, 2));
		xml_attr(r, "number", db_col(res, 3));
		xml_attr(r, "named-on", db_col(res, 4));
		xml_attr(r, "srdi", db_col(res, 13));
		xml_attr(r, "decision", db_col(res, 14));
		xml_attr(r, "application", db_col(res, 15));
		xml_elem(r, "name", db_col(res, 5));
		xml_elem(r, "host-unit", db_col(res, 6));
		xml_start(r, "base-union");
		xml_attr(r, "id", db_col(res, 7));
		xml_text(r, db_col(res, 8));
		xml_end(r);
		xml_start(r, "auditing-unit");
		xml_attr(r, "id", db_col(res, 9));
		xml_text(r, db_col(res, 10));
		xml_end(r);
		xml_start(r, "industry");
		xml_attr(r, "code", db_col(res, 11) ? db_col(res, 11) : "");
		xml_text(r, codes_label(ind, db_col(res, 11)));
		xml_end(r);
		xml_elem(r, "leader-name", db_col(res, 12));
		xml_end(r);
	}
	db_end(res);
	return rc < 0 ? err_status(db_err(r->db)) : 200;
}

int
h_studio(struct req *r)
{
	return err_status(studio_xml(r, r->arg_id));
}

int
h_dossier(struct req *r)
{
	return err_status(studio_dossier_xml(r, r->arg_id));
}

#define MAXREASON	500	/* characters of a studio action's reason */

static enum err
studio_txn(void *arg)
{
	return studio_act(arg);
}

/* The basis: needed to revoke, and one of the two. */
static const char *
basis(struct req *r, const struct fdef *d, const char *val,
    const char *msg, void *dst)
{
	const struct sact	*a = dst;

	(void)r;
	(void)d;
	if (a->action == SA_REVOKE && (msg != NULL || *val == '\0'))
		return "请选择取消命名的依据";
	return NULL;
}

static const char *const bases[] = { "violation", "failed-years" };

#define SACT(m)	offsetof(struct sact, m)

/* An action on the studio from its page. */
static const struct fdef transition_form[] = {
	FORM_ACTION(saction_names, SA__MAX, SACT(action)),
	FORM_VERSION(SACT(version), "缺少工作室的版本号，请刷新页面"),
	{ .name = "basis", .label = "取消命名的依据", .type = FT_WORD,
	  .names = bases, .nnames = (int)FORM_LEN(bases), .off = SACT(basis),
	  .check = basis },
	{ .name = "reason", .label = "理由", .type = FT_MULTI,
	  .max = MAXREASON, .req = FR_ALWAYS, .off = SACT(reason),
	  .empty = "请写明理由" },
	{ .name = "document", .label = "决定文号", .type = FT_TEXT, .max = 60,
	  .req = FR_ALWAYS, .off = SACT(document),
	  .empty = "请填写决定的文号" },
};

/*
 * POST /app/studios/{id}/transition: an action on the studio (revoke),
 * with its basis, its reason and the decision's document number.  A
 * refused action shows the studio again with the reasons at the top.
 */
int
h_studio_transition(struct req *r)
{
	struct sact	 a;
	enum err	 e, x;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.id = r->arg_id;
	(void)form_read(r, transition_form, FORM_LEN(transition_form), &a);
	if (r->nferr > 0)
		return (x = studio_xml(r, a.id)) == E_OK ? 400 : err_status(x);
	e = db_txn(r->db, studio_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT) {
		if (e == E_CONFLICT)
			req_ferr(r, "action", "操作", r->message);
		x = studio_xml(r, a.id);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/studios/%lld", (long long)a.id);
	return 303;
}
