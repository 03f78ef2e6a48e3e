/*
 * h_upgrade.c: a studio's upgrade applications on the reviewers' site:
 * the page (GET /app/studios/{id}/upgrade: the form for the base union
 * when none is open, the open one with its review actions, the past
 * ones), the application (POST to the same URL) and the review actions
 * (POST /app/studios/{id}/upgrade/transition, with the application's
 * id and version).  The model is upgrade.c.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

#define MAXSTATEMENT	500	/* characters of the statement */
#define MAXOPINION	500	/* characters of a review opinion */
#define MAXBODY		100	/* characters of the awarding body */

/* The honours an upgrade may rest on, and their levels. */
static const char *const kinds[] = { "model-worker", "craftsman" };
static const char *const levels[] = { "national", "provincial", "city" };

/* The year of the honour: from 1950 to this year. */
static const char *
honour_year(struct req *r, const struct fdef *d, const char *val,
    const char *msg, void *dst)
{
	const struct unew	*a = dst;
	int			 now = atoi(xml_today(r));

	(void)d;
	(void)val;
	if (msg != NULL || a->year > now)
		return aprintf(r->a, "获评年份应在 1950 年至 %d 年之间", now);
	return NULL;
}

#define UNEW(m)	offsetof(struct unew, m)
#define UACT(m)	offsetof(struct uact, m)

/* The application: the leader's honour and a statement. */
static const struct fdef apply_form[] = {
	{ .name = "kind", .label = "荣誉类别", .type = FT_WORD,
	  .names = kinds, .nnames = (int)FORM_LEN(kinds), .req = FR_ALWAYS,
	  .off = UNEW(kind),
	  .bad = "请选择劳模或工匠" },
	{ .name = "level", .label = "荣誉级别", .type = FT_WORD,
	  .names = levels, .nnames = (int)FORM_LEN(levels),
	  .req = FR_ALWAYS, .off = UNEW(level),
	  .bad = "请选择荣誉的级别" },
	{ .name = "year", .label = "获评年份", .type = FT_INT, .min = 1950,
	  .max = 9999, .req = FR_ALWAYS, .off = UNEW(year),
	  .empty = "请填写获评年份", .check = honour_year },
	{ .name = "body", .label = "授予单位", .type = FT_TEXT,
	  .max = MAXBODY, .req = FR_ALWAYS, .off = UNEW(body),
	  .empty = "请填写授予荣誉的单位" },
	{ .name = "statement", .label = "申请说明", .type = FT_MULTI,
	  .max = MAXSTATEMENT, .req = FR_ALWAYS, .off = UNEW(statement),
	  .empty = "请填写申请说明" },
};

/* A review action on one of the studio's upgrade applications. */
static const struct fdef act_form[] = {
	FORM_ACTION(uaction_names, UA__MAX, UACT(action)),
	{ .name = "upgrade", .label = "升级申请", .type = FT_ID,
	  .req = FR_ALWAYS, .off = UACT(id),
	  .bad = "缺少升级申请的编号，请刷新页面" },
	FORM_VERSION(UACT(version), "缺少升级申请的版本号，请刷新页面"),
	{ .name = "opinion", .label = "意见", .type = FT_MULTI,
	  .max = MAXOPINION, .off = UACT(opinion) },
	{ .name = "document", .label = "决定文号", .type = FT_TEXT, .max = 60,
	  .off = UACT(document) },
};

int
h_upgrades(struct req *r)
{
	return err_status(upgrade_xml(r, r->arg_id));
}

static enum err
create_txn(void *arg)
{
	return upgrade_create(arg);
}

static enum err
act_txn(void *arg)
{
	return upgrade_act(arg);
}

/*
 * The page again after a refusal: 400 for bad fields, the refusal's
 * status otherwise; the page's own error when it cannot be made.
 */
static int
reshow(struct req *r, int64_t studio, enum err e)
{
	enum err	 x;

	if (e == E_CONFLICT && r->nferr == 0)
		req_ferr(r, "action", "操作", r->message);
	x = upgrade_xml(r, studio);
	return err_status(x == E_OK ? e : x);
}

/*
 * POST /app/studios/{id}/upgrade: the base union applies, with its
 * leader's honour (kind, level, year, awarding body) and a statement.
 */
int
h_upgrade_create(struct req *r)
{
	struct unew	 a;
	enum err	 e;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.studio = r->arg_id;
	(void)form_read(r, apply_form, FORM_LEN(apply_form), &a);
	if (r->nferr > 0)
		return reshow(r, a.studio, E_INVALID);
	e = db_txn(r->db, create_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT)
		return reshow(r, a.studio, e);
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/studios/%lld/upgrade",
	    (long long)a.studio);
	r->notice = "升级申请已提交，等待审核单位审核";
	return 303;
}

/* What a review action did, by the application's status after it. */
static const char *const done[US__MAX] = {
	[US_SUBMITTED] = "升级申请已重新提交，等待审核单位审核",
	[US_AUDITED] = "已审核同意，报长春市总工会决定",
	[US_RETURNED] = "已退回所在单位工会修改",
	[US_UPGRADED] = "已批准升级为长春市劳模和工匠人才创新工作室",
	[US_REJECTED] = "已决定不予升级，本升级申请办结",
	[US_WITHDRAWN] = "升级申请已撤回",
};

/*
 * POST /app/studios/{id}/upgrade/transition: a review action on one of
 * the studio's upgrade applications (upgrade, version, action, opinion;
 * the city's approval with its decision's document number).
 */
int
h_upgrade_transition(struct req *r)
{
	struct uact	 a;
	enum err	 e;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.studio = r->arg_id;
	(void)form_read(r, act_form, FORM_LEN(act_form), &a);
	if (r->nferr > 0)
		return reshow(r, a.studio, E_INVALID);
	if ((a.action == UA_WITHDRAW && !form_confirmed(r, "撤回升级申请",
	    "撤回后本升级申请办结，不能恢复。")) ||
	    (a.action == UA_REJECT && !form_confirmed(r, "不予升级",
	    "不予升级后本升级申请办结，不能恢复。")))
		return err_status(upgrade_xml(r, a.studio));
	e = db_txn(r->db, act_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT)
		return reshow(r, a.studio, e);
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/studios/%lld/upgrade",
	    (long long)a.studio);
	r->notice = done[a.to];
	return 303;
}
