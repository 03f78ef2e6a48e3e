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
	r->notice = "申请表已保存为草稿。填写完整后，请点击“推荐上报”";
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
	r->notice = "修改已保存";
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

/* The application list's filters, bound in APP_FILTER's order. */
static const struct lfilter app_filters[] = {
	{ "status", LF_ENUM, astatus_names, ST__MAX, 0, 0, 0 },
	{ "district", LF_DISTRICT, NULL, 0, 0, 0, 0 },
	{ "industry", LF_CODE, NULL, 0, CT_INDUSTRY, 0, 0 },
	{ "type", LF_CODE, NULL, 0, CT_STUDIO_TYPE, 0, 0 },
	{ "year", LF_YEAR, NULL, 0, 0, 0, 0 },
	{ "q", LF_SEARCH, NULL, 0, 0, 1, 1 },
};

/*
 * Its columns, from STMT_APP_PAGE: id, status, version, filled on,
 * status since, name, host unit, base union id and name, recommending
 * unit id and name, industry, leader.
 */
static const struct lcol app_cols[] = {
	{ "id", LX_ATTR, 0, 0, { "申请编号", 0, CSV_TEXT, NULL } },
	{ "version", LX_ATTR, 2, 0, { NULL, 0, 0, NULL } },
	{ "name", LX_ELEM, 5, 0, { "工作室名称", 5, CSV_TEXT, NULL } },
	{ "host-unit", LX_ELEM, 6, 0, { "所在单位", 6, CSV_TEXT, NULL } },
	{ "base-union", LX_UNIT, 7, 8, { "基层工会", 8, CSV_TEXT, NULL } },
	{ "recommending-unit", LX_UNIT, 9, 10,
	  { "推荐单位", 10, CSV_TEXT, NULL } },
	{ "industry", LX_CODE, 11, 0, { "所属行业", 11, CSV_CODE, NULL } },
	{ "leader-name", LX_ELEM, 12, 0, { "领衔人", 12, CSV_TEXT, NULL } },
	{ "filled-on", LX_ATTR_EMPTY, 3, 0,
	  { "填报日期", 3, CSV_TEXT, NULL } },
	{ "status", LX_ATTR, 1, 0, { "状态", 1, CSV_LABEL, "app" } },
	{ "status-since", LX_DATETIME, 4, 0,
	  { "状态时间", 4, CSV_DATETIME, NULL } },
	{ "naming-number", LX_ATTR, 13, 0, { "命名编号", 13, CSV_TEXT, NULL } },
	{ "named-on", LX_ATTR, 14, 0, { "命名日期", 14, CSV_TEXT, NULL } },
};

/*
 * What the unit may do with the list (create; batches: the auditing
 * unit approves, the city names), the counts by status and the choices
 * of the filters.
 */
static enum err
apps_head(struct req *r)
{
	enum err	 e;

	xml_attrb(r, "can-create", r->who->kind == KIND_BASE);
	xml_attrb(r, "can-batch", r->who->kind == KIND_DISTRICT ||
	    r->who->kind == KIND_INDUSTRY || r->who->kind == KIND_CITY);
	xml_attr(r, "batch-action", r->who->kind == KIND_CITY ? "name" :
	    "approve");
	if ((e = app_xml_counts(r, r->who->unit_path)) != E_OK)
		return e;
	return unit_xml_filters(r);
}

/* Whether the row may go into the unit's batch. */
static void
apps_row(struct req *r, struct dbq *q)
{
	xml_attrb(r, "batch", r->who->kind == KIND_CITY ?
	    strcmp(db_col(q, 1), "audited") == 0 :
	    strcmp(db_col(q, 1), "recommended") == 0 &&
	    db_coli(q, 9) == r->who->unit_id);
}

const struct listdef list_applications = {
	"applications", "application", STMT_APP_COUNT, STMT_APP_PAGE, 2,
	app_filters, sizeof(app_filters) / sizeof(app_filters[0]),
	app_cols, sizeof(app_cols) / sizeof(app_cols[0]),
	CT_INDUSTRY, "applications", 0, apps_head, apps_row
};

/* The applications the unit sees; CSV exports the whole filtered list. */
int
h_applications(struct req *r)
{
	return err_status(list_xml(r, &list_applications));
}
