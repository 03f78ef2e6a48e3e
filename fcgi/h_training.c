/*
 * h_training.c: the pages of the people of the programme: the training
 * sessions a unit sees and a new one (GET|POST /app/trainings), a session
 * with its invitations, its attendance and its sign-in sheet (GET|POST
 * /app/trainings/{id}, format=print), the publicity events (GET|POST
 * /app/events, GET|POST /app/events/{id}), the past public ones on the
 * public site (GET /public/events), and a studio's collaboration links
 * (POST /app/studios/{id}/links).  The rules are training.c's.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

#define TA(m)		offsetof(struct trainact, m)
#define EA(m)		offsetof(struct eventact, m)
#define LA(m)		offsetof(struct linkact, m)

/* Whether the public site shows an event: empty is public. */
static const char *const visibility_names[2] = { "public", "private" };

int
h_trainings(struct req *r)
{
	return err_status(list_xml(r, &list_trainings));
}

int
h_training(struct req *r)
{
	return err_status(training_xml(r, r->arg_id));
}

int
h_events(struct req *r)
{
	return err_status(list_xml(r, &list_events));
}

int
h_event(struct req *r)
{
	return err_status(event_xml(r, r->arg_id));
}

/* /public/events: the past public events, newest first, 50 a page. */
int
h_public_events(struct req *r)
{
	return err_status(event_xml_public(r));
}

/* ------------------------------------------------------------- training */

static const struct fdef tg_action_form[] = {
	FORM_ACTION(tgaction_names, TG__MAX, TA(action)),
};

static const struct fdef tg_create_form[] = {
	{ .name = "title", .label = "培训名称", .type = FT_TEXT, .max = 100,
	  .req = FR_ALWAYS, .off = TA(title) },
	{ .name = "starts-on", .label = "开始日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .off = TA(starts_on) },
	{ .name = "ends-on", .label = "结束日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .off = TA(ends_on) },
	{ .name = "place", .label = "培训地点", .type = FT_TEXT, .max = 100,
	  .req = FR_ALWAYS, .off = TA(place) },
	{ .name = "hours", .label = "学时", .type = FT_INT, .min = 1,
	  .max = 999, .req = FR_ALWAYS, .off = TA(hours) },
};

static const struct fdef tg_attend_form[] = {
	FORM_VERSION(TA(version), "缺少版本号，请刷新页面"),
};

static enum err
training_txn(void *arg)
{
	return training_act(arg);
}

/* The page's document again, for a refused form. */
static enum err
training_again(struct req *r, int list)
{
	enum err	 e;

	if (!list)
		return training_xml(r, r->arg_id);
	if ((e = list_xml(r, &list_trainings)) != E_OK)
		return e;
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

/* A POST on the session list (list) or on a session: its own actions. */
static int
training_post(struct req *r, int list)
{
	struct trainact	*a;
	const char	*key;
	int		 n;
	enum err	 e, x;

	a = amalloc(r->a, sizeof(*a));
	memset(a, 0, sizeof(*a));
	a->r = r;
	a->title = a->starts_on = a->ends_on = a->place = "";
	if (form_read(r, tg_action_form, FORM_LEN(tg_action_form), a) == 0 &&
	    (a->action == TG_CREATE) != list)
		req_ferr(r, "action", "操作", "此页面不办理该操作");
	if (r->nferr == 0 && a->action == TG_CREATE)
		(void)form_read(r, tg_create_form, FORM_LEN(tg_create_form), a);
	else if (r->nferr == 0 && a->action == TG_ATTEND)
		(void)form_read(r, tg_attend_form, FORM_LEN(tg_attend_form), a);
	if (r->nferr == 0 && a->action != TG_CREATE) {
		key = a->action == TG_INVITE ? "studio" : "attended";
		if ((n = ids_parse(&r->form, key, a->ids,
		    TRAINING_MAXIDS)) < 0)
			req_ferr(r, key, "工作室", "所选工作室有误");
		else
			a->nids = n;
	}
	if (!list)
		a->id = r->arg_id;
	if (r->nferr > 0)
		return (x = training_again(r, list)) == E_OK ? 400 :
		    err_status(x);
	e = db_txn(r->db, training_txn, a);
	if (e == E_INVALID || e == E_CONFLICT || e == E_FORBIDDEN) {
		if (r->nferr == 0)
			req_ferr(r, "action", "操作", r->message);
		x = training_again(r, list);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/trainings/%lld", (long long)a->id);
	r->notice = a->action == TG_CREATE ? "培训已设立，请邀请参训的工作室" :
	    a->action == TG_INVITE ? aprintf(r->a, "已邀请 %lld 个工作室",
	    (long long)a->done) : aprintf(r->a, "出席情况已登记：出席 %lld 人",
	    (long long)a->done);
	return 303;
}

int
h_trainings_post(struct req *r)
{
	return training_post(r, 1);
}

int
h_training_post(struct req *r)
{
	return training_post(r, 0);
}

/* --------------------------------------------------------------- events */

static const struct fdef ev_action_form[] = {
	FORM_ACTION(evaction_names, EA__MAX, EA(action)),
};

/* The event's own fields, for create and update. */
static const struct fdef ev_form[] = {
	{ .name = "kind", .label = "活动形式", .type = FT_ENUM,
	  .names = evkind_names, .nnames = EV__MAX, .req = FR_ALWAYS,
	  .off = EA(kind) },
	{ .name = "held-on", .label = "活动日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .off = EA(held_on) },
	{ .name = "title", .label = "活动名称", .type = FT_TEXT, .max = 100,
	  .req = FR_ALWAYS, .off = EA(title) },
	{ .name = "host-studio", .label = "承办工作室", .type = FT_ID,
	  .off = EA(host_studio) },
	{ .name = "host-unit", .label = "承办单位", .type = FT_ID,
	  .off = EA(host_unit) },
	{ .name = "summary", .label = "活动概况", .type = FT_MULTI,
	  .max = 2000, .req = FR_ALWAYS, .off = EA(summary) },
	{ .name = "visibility", .label = "公开", .type = FT_ENUM,
	  .names = visibility_names, .nnames = 2, .off = EA(visibility) },
};

static const struct fdef ev_version_form[] = {
	FORM_VERSION(EA(version), "缺少版本号，请刷新页面"),
};

static enum err
event_txn(void *arg)
{
	return event_act(arg);
}

static enum err
event_again(struct req *r, int list)
{
	enum err	 e;

	if (!list)
		return event_xml(r, r->arg_id);
	if ((e = list_xml(r, &list_events)) != E_OK)
		return e;
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

static int
event_post(struct req *r, int list)
{
	struct eventact	*a;
	int		 n;
	enum err	 e, x;

	a = amalloc(r->a, sizeof(*a));
	memset(a, 0, sizeof(*a));
	a->r = r;
	a->held_on = a->title = a->summary = "";
	if (form_read(r, ev_action_form, FORM_LEN(ev_action_form), a) == 0 &&
	    (a->action == EA_CREATE) != list)
		req_ferr(r, "action", "操作", "此页面不办理该操作");
	if (r->nferr == 0 && (a->action == EA_CREATE ||
	    a->action == EA_UPDATE)) {
		(void)form_read(r, ev_form, FORM_LEN(ev_form), a);
		a->public = a->visibility != 1;
	}
	if (r->nferr == 0 && a->action == EA_UPDATE)
		(void)form_read(r, ev_version_form, FORM_LEN(ev_version_form),
		    a);
	if (r->nferr == 0 && a->action == EA_STUDIOS) {
		if ((n = ids_parse(&r->form, "studio", a->ids,
		    TRAINING_MAXIDS)) < 0)
			req_ferr(r, "studio", "参加的工作室", "所选工作室有误");
		else
			a->nids = n;
	}
	if (!list)
		a->id = r->arg_id;
	if (r->nferr > 0)
		return (x = event_again(r, list)) == E_OK ? 400 : err_status(x);
	e = db_txn(r->db, event_txn, a);
	if (e == E_INVALID || e == E_CONFLICT || e == E_FORBIDDEN) {
		if (r->nferr == 0)
			req_ferr(r, "action", "操作", r->message);
		x = event_again(r, list);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/events/%lld", (long long)a->id);
	r->notice = a->action == EA_CREATE ? "宣传活动已登记" :
	    a->action == EA_UPDATE ? "活动信息已修改" :
	    a->action == EA_STUDIOS ? "参加的工作室已登记" : "照片已上传";
	return 303;
}

int
h_events_post(struct req *r)
{
	return event_post(r, 1);
}

int
h_event_post(struct req *r)
{
	return event_post(r, 0);
}

/* ---------------------------------------------------------------- links */

static const struct fdef ln_action_form[] = {
	FORM_ACTION(lnaction_names, LN__MAX, LA(action)),
};

static const struct fdef ln_add_form[] = {
	{ .name = "kind", .label = "协作对象", .type = FT_ENUM,
	  .names = lnkind_names, .nnames = LT__MAX, .req = FR_ALWAYS,
	  .off = LA(kind) },
	{ .name = "linked", .label = "协作的工作室编号", .type = FT_ID,
	  .off = LA(linked) },
	{ .name = "name", .label = "劳模和工匠人才创新工作室名称",
	  .type = FT_TEXT, .max = 100, .off = LA(name) },
	{ .name = "note", .label = "协作内容", .type = FT_TEXT, .max = 200,
	  .off = LA(note) },
};

static const struct fdef ln_remove_form[] = {
	{ .name = "link", .label = "协作联系", .type = FT_ID,
	  .req = FR_ALWAYS, .off = LA(link), .bad = "请选择协作联系" },
};

static enum err
link_txn(void *arg)
{
	return link_act(arg);
}

/* POST /app/studios/{id}/links: add or take back a link; the file again. */
int
h_studio_links_post(struct req *r)
{
	struct linkact	 a;
	enum err	 e, x;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.studio = r->arg_id;
	a.name = a.note = "";
	if (form_read(r, ln_action_form, FORM_LEN(ln_action_form), &a) == 0)
		(void)form_read(r, a.action == LN_ADD ? ln_add_form :
		    ln_remove_form, a.action == LN_ADD ? FORM_LEN(ln_add_form) :
		    FORM_LEN(ln_remove_form), &a);
	if (r->nferr > 0)
		return (x = studio_xml(r, a.studio)) == E_OK ? 400 :
		    err_status(x);
	if (a.action == LN_REMOVE && !form_confirmed(r, "取消协作联系",
	    "取消后该协作联系不再显示在工作室的档案和公开页面上，登记记录保留。"))
		return (x = studio_xml(r, a.studio)) == E_OK ? 200 :
		    err_status(x);
	e = db_txn(r->db, link_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT || e == E_FORBIDDEN) {
		if (r->nferr == 0)
			req_ferr(r, "action", "操作", r->message);
		x = studio_xml(r, a.studio);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/studios/%lld",
	    (long long)a.studio);
	r->notice = a.action == LN_ADD ? "协作联系已登记" : "协作联系已取消";
	return 303;
}
