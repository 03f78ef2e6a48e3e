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

/* The studio list's filters, bound in STUDIO_FILTER's order. */
static const struct lfilter studio_filters[] = {
	{ "status", LF_ENUM, sstatus_names, SS__MAX, 0, 0, 0 },
	{ "district", LF_DISTRICT, NULL, 0, 0, 0, 0 },
	{ "industry", LF_CODE, NULL, 0, CT_INDUSTRY, 0, 0 },
	{ "type", LF_CODE, NULL, 0, CT_STUDIO_TYPE, 0, 0 },
	{ "year", LF_YEAR, NULL, 0, 0, 0, 0 },
	{ "decision", LF_ID, NULL, 0, 0, 0, 0 },
	{ "q", LF_SEARCH, NULL, 0, 0, 1, 2 },
};

/*
 * Its columns, from STMT_STUDIO_PAGE: id, status, version, number, named
 * on, name, host unit, base union id and name, auditing unit id and
 * name, industry, leader, 专精特新 level, decision's document number,
 * application id.
 */
static const struct lcol studio_cols[] = {
	{ "id", LX_ATTR, 0, 0, { NULL, 0, 0, NULL } },
	{ "version", LX_ATTR, 2, 0, { NULL, 0, 0, NULL } },
	{ "number", LX_ATTR, 3, 0, { "命名编号", 3, CSV_TEXT, NULL } },
	{ "named-on", LX_ATTR, 4, 0, { "命名日期", 4, CSV_TEXT, NULL } },
	{ "decision", LX_ATTR, 14, 0, { "命名决定", 14, CSV_TEXT, NULL } },
	{ "application", LX_ATTR, 15, 0, { NULL, 0, 0, NULL } },
	{ "name", LX_ELEM, 5, 0, { "工作室名称", 5, CSV_TEXT, NULL } },
	{ "host-unit", LX_ELEM, 6, 0, { "所在单位", 6, CSV_TEXT, NULL } },
	{ "srdi", LX_ATTR, 13, 0, { "专精特新", 13, CSV_LABEL, "srdi" } },
	{ "base-union", LX_UNIT, 7, 8, { "基层工会", 8, CSV_TEXT, NULL } },
	{ "auditing-unit", LX_UNIT, 9, 10,
	  { "审核单位", 10, CSV_TEXT, NULL } },
	{ "industry", LX_CODE, 11, 0, { "行业", 11, CSV_CODE, NULL } },
	{ "leader-name", LX_ELEM, 12, 0, { "领衔人", 12, CSV_TEXT, NULL } },
	{ "status", LX_ATTR, 1, 0,
	  { "状态", 1, CSV_LABEL, "studio-status" } },
};

/* The counts by status and the choices of the filters. */
static enum err
studios_head(struct req *r)
{
	enum err	 e;

	if ((e = studio_xml_counts(r, r->who->unit_path)) != E_OK)
		return e;
	return unit_xml_filters(r);
}

/* The key of a row for the page after it, in STMT_STUDIO_AFTER's order. */
static const unsigned char studio_keyb[] = { LK_TEXT, LK_TEXT, LK_ID };

const struct listdef list_studios = {
	"studios", "studio", STMT_STUDIO_COUNT, STMT_STUDIO_PAGE, 1,
	studio_filters, sizeof(studio_filters) / sizeof(studio_filters[0]),
	studio_cols, sizeof(studio_cols) / sizeof(studio_cols[0]),
	CT_INDUSTRY, "studios", 0, studios_head, NULL,
	STMT_STUDIO_KEPT, STMT_STUDIO_AFTER, 4, 0, studio_keyb, sizeof(studio_keyb)
};

int
h_studios(struct req *r)
{
	return err_status(list_xml(r, &list_studios));
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

/*
 * Revoking for three failed years takes its basis from the filed
 * assessment sheets, read in the same transaction as the revocation.
 */
static enum err
studio_txn(void *arg)
{
	struct sact	*a = arg;
	enum err	 e;

	if (a->action == SA_REVOKE && a->basis != NULL &&
	    strcmp(a->basis, "failed-years") == 0 &&
	    (e = assessment_failed_basis(a->r, a->id, &a->sheets)) != E_OK &&
	    e != E_NOTFOUND)
		return e;
	return studio_act(a);
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
	if (a.action == SA_REVOKE && !form_confirmed(r, "取消命名",
	    "取消命名后，工作室移出公开名录，不再计入命名数量，其领衔人可以"
	    "领衔其他工作室。此操作不能撤销。"))
		return (x = studio_xml(r, a.id)) == E_OK ? 200 : err_status(x);
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
	r->notice = "已取消命名，工作室已移出公开名录，不再计入命名数量";
	return 303;
}
