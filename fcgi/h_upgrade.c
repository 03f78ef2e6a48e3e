/*
 * h_upgrade.c: a studio's upgrade applications on the reviewers' site:
 * the page (GET /app/studios/{id}/upgrade: the form for the base union
 * when none is open, the open one with its review actions, the past
 * ones), the application (POST to the same URL) and the review actions
 * (POST /app/studios/{id}/upgrade/transition, with the application's
 * id and version).  The model is upgrade.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "extern.h"

#define MAXSTATEMENT	500	/* characters of the statement */
#define MAXOPINION	500	/* characters of a review opinion */
#define MAXBODY		100	/* characters of the awarding body */

/* The honours an upgrade may rest on, and their levels. */
static const char *const kinds[] = { "model-worker", "craftsman" };
static const char *const levels[] = { "national", "provincial", "city" };

/* 1 if s is one of the n words. */
static int
oneof(const char *s, const char *const *words, size_t n)
{
	size_t	 i;

	for (i = 0; s != NULL && i < n; i++)
		if (strcmp(s, words[i]) == 0)
			return 1;
	return 0;
}

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
	const char	*v, *msg;
	time_t		 now = time(NULL);
	struct tm	 tm;
	enum err	 e;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.studio = r->arg_id;
	localtime_r(&now, &tm);
	a.kind = kv_get(&r->form, "kind");
	if (!oneof(a.kind, kinds, sizeof(kinds) / sizeof(kinds[0])))
		req_ferr(r, "kind", "荣誉类别", "请选择劳模或工匠");
	a.level = kv_get(&r->form, "level");
	if (!oneof(a.level, levels, sizeof(levels) / sizeof(levels[0])))
		req_ferr(r, "level", "荣誉级别", "请选择荣誉的级别");
	if ((v = kv_get(&r->form, "year")) == NULL || *v == '\0')
		req_ferr(r, "year", "获评年份", "请填写获评年份");
	else if (valid_int(v, 1950, tm.tm_year + 1900, &a.year) != NULL)
		req_ferr(r, "year", "获评年份", aprintf(r->a,
		    "获评年份应在 1950 年至 %d 年之间", tm.tm_year + 1900));
	v = kv_get(&r->form, "body");
	if ((msg = valid_text(r->a, v ? v : "", MAXBODY, 0, &a.body)) != NULL)
		req_ferr(r, "body", "授予单位", msg);
	else if (*a.body == '\0')
		req_ferr(r, "body", "授予单位", "请填写授予荣誉的单位");
	v = kv_get(&r->form, "statement");
	if ((msg = valid_text(r->a, v ? v : "", MAXSTATEMENT, 1,
	    &a.statement)) != NULL)
		req_ferr(r, "statement", "申请说明", msg);
	else if (*a.statement == '\0')
		req_ferr(r, "statement", "申请说明", "请填写申请说明");
	if (r->nferr > 0)
		return reshow(r, a.studio, E_INVALID);
	e = db_txn(r->db, create_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT)
		return reshow(r, a.studio, e);
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/studios/%lld/upgrade",
	    (long long)a.studio);
	return 303;
}

/*
 * POST /app/studios/{id}/upgrade/transition: a review action on one of
 * the studio's upgrade applications (upgrade, version, action, opinion;
 * the city's approval with its decision's document number).
 */
int
h_upgrade_transition(struct req *r)
{
	struct uact	 a;
	const char	*v, *msg;
	enum err	 e;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.studio = r->arg_id;
	if ((a.action = uaction_parse(kv_get(&r->form, "action"))) == UA__MAX)
		req_ferr(r, "action", "操作", "未知的操作");
	if ((v = kv_get(&r->form, "upgrade")) == NULL ||
	    valid_int(v, 1, INT32_MAX, &a.id) != NULL)
		req_ferr(r, "upgrade", "升级申请", "缺少升级申请的编号，请刷新页面");
	if ((v = kv_get(&r->form, "version")) == NULL ||
	    valid_int(v, 1, INT32_MAX, &a.version) != NULL)
		req_ferr(r, "version", "版本", "缺少升级申请的版本号，请刷新页面");
	v = kv_get(&r->form, "opinion");
	if ((msg = valid_text(r->a, v ? v : "", MAXOPINION, 1, &a.opinion)) !=
	    NULL)
		req_ferr(r, "opinion", "意见", msg);
	v = kv_get(&r->form, "document");
	if ((msg = valid_text(r->a, v ? v : "", 60, 0, &a.document)) != NULL)
		req_ferr(r, "document", "决定文号", msg);
	if (r->nferr > 0)
		return reshow(r, a.studio, E_INVALID);
	e = db_txn(r->db, act_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT)
		return reshow(r, a.studio, e);
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/studios/%lld/upgrade",
	    (long long)a.studio);
	return 303;
}
