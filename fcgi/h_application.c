/*
 * h_application.c: the application pages: the paged list (with its CSV
 * export), the new and edit forms, creating and saving, the page of one
 * application and its naming certificate.  The form, its rules and its
 * documents are the model's (application.c); here the request is read,
 * who may do what at this door is checked, and the answer given.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

/* Creating an application is the base union's. */
static int
base_only(struct req *r)
{
	if (r->who->kind == KIND_BASE)
		return 200;
	r->reason = "base-only";
	r->message = "创建申请表由工作室所在单位的基层工会办理";
	return 403;
}

/*
 * A refused form comes back as its document (400 or 409), on the form's
 * stylesheet whatever page it was posted to.
 */
static int
refused(struct req *r, enum err e)
{
	if (e == E_INVALID || e == E_CONFLICT)
		r->sheet = SHEET_APPLICATION_FORM;
	return err_status(e);
}

int
h_application_create(struct req *r)
{
	int64_t		 id = 0;
	int		 status;
	enum err	 e;

	if ((status = base_only(r)) != 200)
		return status;
	if ((e = app_create(r, &id)) != E_OK)
		return refused(r, e);
	r->location = aprintf(r->a, "/app/applications/%lld", (long long)id);
	return 303;
}

int
h_application_update(struct req *r)
{
	enum err	 e;

	if ((e = app_update(r, r->arg_id)) != E_OK)
		return refused(r, e);
	r->location = aprintf(r->a, "/app/applications/%lld",
	    (long long)r->arg_id);
	return 303;
}

int
h_application_new(struct req *r)
{
	int		 status;

	if ((status = base_only(r)) != 200)
		return status;
	return err_status(app_new_xml(r));
}

int
h_application_edit(struct req *r)
{
	return err_status(app_edit_xml(r, r->arg_id));
}

/*
 * The application, or its naming certificate (the same document through
 * another stylesheet, with the QR code of the studio's public page).  A
 * certificate exists once the studio is named: for any other status it
 * is 404, not a certificate of nothing.
 */
int
h_application(struct req *r)
{
	const char	*path;
	enum astatus	 st;
	enum err	 e;

	if (r->page == PAGE_APPLICATION_CERTIFICATE) {
		if ((e = app_visible(r, r->arg_id, 0, &path, &st)) != E_OK)
			return err_status(e);
		if (st != ST_NAMED && st != ST_UPGRADED) {
			r->reason = "not-named";
			r->message = "该申请尚未命名，没有命名证书";
			return 404;
		}
		return err_status(app_certificate_xml(r, r->arg_id));
	}
	return err_status(app_xml(r, r->arg_id));
}

/* ------------------------------------------------------------------ list */

/*
 * The columns of the application list's CSV export, from STMT_APP_PAGE:
 * id, status, version, filled on, status since, name, host unit, base
 * union id and name, recommending unit id and name, industry, leader.
 */
static const struct csvcol app_csv[] = {
	{ "申请编号", 0, CSV_TEXT, NULL },
	{ "工作室名称", 5, CSV_TEXT, NULL },
	{ "所在单位", 6, CSV_TEXT, NULL },
	{ "基层工会", 8, CSV_TEXT, NULL },
	{ "推荐单位", 10, CSV_TEXT, NULL },
	{ "所属行业", 11, CSV_CODE, NULL },
	{ "领衔人", 12, CSV_TEXT, NULL },
	{ "填报日期", 3, CSV_TEXT, NULL },
	{ "状态", 1, CSV_LABEL, "app" },
	{ "状态时间", 4, CSV_DATETIME, NULL },
};

int
h_applications(struct req *r)
{
	const char	*status = kv_get(&r->q, "status");
	const char	*district = kv_get(&r->q, "district");
	const char	*industry = kv_get(&r->q, "industry");
	const char	*type = kv_get(&r->q, "type");
	const char	*year = kv_get(&r->q, "year");
	const char	*q = kv_get(&r->q, "q");
	const char	*dpath = "", *from = "", *to = "", *pat;
	int64_t		 y = 0, total = 0;
	int		 page = req_pageno(r), rc, batch;
	struct dbq	*res;
	const struct codeset *ind, *types;
	enum err	 e;

	ind = codes_get(r->db, CT_INDUSTRY);
	types = codes_get(r->db, CT_STUDIO_TYPE);
	if (ind == NULL || types == NULL)
		return err_status(db_err(r->db));
	/* Filters that do not parse are ignored, not refused. */
	if (status == NULL || astatus_parse(status) == ST__MAX)
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
	if ((e = unit_filter(r, &district, &dpath)) != E_OK)
		return err_status(e);
	pat = like_escape(r->a, q);
#define FILTER DBS(r->who->unit_path), DBS(r->who->unit_path), \
	    DBS(status), DBS(status), \
	    DBS(dpath), DBS(dpath), DBS(industry), DBS(industry), DBS(type), \
	    DBS(type), DBI(y), DBS(from), DBS(to), DBS(q), DBS(pat)
	/* CSV exports the whole filtered list, streamed; HTML pages. */
	r->filename = "applications";
	if (r->fmt == FMT_CSV)
		return csv_open(r, STMT_APP_PAGE, DBARGS(FILTER,
		    DBI(INT64_MAX), DBI(0)), app_csv,
		    sizeof(app_csv) / sizeof(app_csv[0]), ind);
	if ((e = db_int(r->db, STMT_APP_COUNT, DBARGS(FILTER), &total,
	    NULL)) != E_OK)
		return err_status(e);
	xml_begin(r, "applications");
	xml_paging(r, page, total);
	xml_attr(r, "status", status);
	xml_attr(r, "district", district);
	xml_attr(r, "industry", industry);
	xml_attr(r, "type", type);
	xml_attr(r, "year", year);
	xml_attr(r, "q", q);
	xml_attrb(r, "can-create", r->who->kind == KIND_BASE);
	/* Batches: the auditing unit approves, the city names. */
	xml_attrb(r, "can-batch", r->who->kind == KIND_DISTRICT ||
	    r->who->kind == KIND_INDUSTRY || r->who->kind == KIND_CITY);
	xml_attr(r, "batch-action", r->who->kind == KIND_CITY ? "name" :
	    "approve");

	if ((e = app_xml_counts(r, r->who->unit_path)) != E_OK)
		return err_status(e);

	if ((e = unit_xml_filters(r, ind, types)) != E_OK)
		return err_status(e);

	res = db_query(r->db, STMT_APP_PAGE, DBARGS(FILTER,
	    DBI(PER_PAGE), DBI((int64_t)(page - 1) * PER_PAGE)));
#undef FILTER
	if (res == NULL)
		return err_status(db_err(r->db));
	while ((rc = db_step(res)) == 1) {
		batch = r->who->kind == KIND_CITY ?
		    strcmp(db_col(res, 1), "audited") == 0 :
		    strcmp(db_col(res, 1), "recommended") == 0 &&
		    db_coli(res, 9) == r->who->unit_id;
		xml_start(r, "application");
		xml_attr(r, "id", db_col(res, 0));
		xml_attr(r, "status", db_col(res, 1));
		xml_attr(r, "version", db_col(res, 2));
		xml_attr(r, "filled-on", db_col(res, 3) ? db_col(res, 3) : "");
		xml_attr(r, "status-since", xml_datetime(r, db_col(res, 4)));
		xml_attrb(r, "batch", batch);
		xml_elem(r, "name", db_col(res, 5));
		xml_elem(r, "host-unit", db_col(res, 6));
		xml_start(r, "base-union");
		xml_attr(r, "id", db_col(res, 7));
		xml_text(r, db_col(res, 8));
		xml_end(r);
		xml_start(r, "recommending-unit");
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
