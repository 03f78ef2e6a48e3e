/*
 * h_review.c: the review's pages: a transition on one application
 * (POST /app/applications/{id}/transition) and batches (POST
 * /app/applications/batch): the auditing unit approves many at once, the
 * city names many by one decision.  The machine is review.c's and the
 * acting act.c's; here the form is read and the refusal answered.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

/*
 * Characters of a review's opinion: it must fit its opinion box on the
 * printed form (所在工会意见, 推荐单位意见, 市总工会审批意见), so that a
 * complete application prints as the cover and two A4 pages.  The
 * opinion textareas of xslt/application.xsl and xslt/applications.xsl
 * say the same.
 */
#define MAXOPINION	200

static enum err
act_txn(void *arg)
{
	return review_act(arg);
}

/*
 * The opinion: required for every action but withdrawing; not looked at
 * when the action is not one (that is the error to show).
 */
static const char *
opinion(struct req *r, const struct fdef *d, const char *val,
    const char *msg, void *dst)
{
	const struct act	*a = dst;

	(void)r;
	(void)d;
	if (a->action == ACT__MAX)
		return NULL;
	if (msg == NULL && *val == '\0' && a->action != ACT_WITHDRAW)
		msg = "请填写意见";
	return msg;
}

/* Batch actions: approving or naming only. */
static const char *
batchable(struct req *r, const struct fdef *d, const char *val,
    const char *msg, void *dst)
{
	const struct act	*a = dst;

	(void)r;
	(void)val;
	if (msg == NULL && a->action != ACT_APPROVE && a->action != ACT_NAME)
		msg = d->bad;
	return msg;
}

#define ACT(m)		offsetof(struct act, m)
#define BATCH(m)	offsetof(struct batch, m)

/* A review action on one application: action, version, opinion. */
enum { RF_ACTION, RF_VERSION, RF_OPINION, RF__MAX };
static const struct fdef review_form[RF__MAX] = {
	[RF_ACTION] =
	FORM_ACTION(action_names, ACT__MAX, ACT(action)),
	[RF_VERSION] =
	FORM_VERSION(ACT(version), "缺少申请的版本号，请刷新页面"),
	[RF_OPINION] =
	{ .name = "opinion", .label = "审核意见", .type = FT_MULTI,
	  .max = MAXOPINION, .off = ACT(opinion), .check = opinion },
};

/* The action of a batch, into its first struct act. */
static const struct fdef batch_form[] = {
	{ .name = "action", .label = "操作", .type = FT_ENUM,
	  .names = action_names, .nnames = ACT__MAX, .req = FR_ALWAYS,
	  .off = ACT(action), .bad = "批量操作只能是审核通过或命名",
	  .check = batchable },
};

int
h_transition(struct req *r)
{
	struct act	 a;
	enum err	 e, x;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.id = r->arg_id;
	(void)form_read(r, review_form, RF__MAX, &a);
	if (r->nferr > 0)
		return (x = app_xml(r, a.id)) == E_OK ? 400 : err_status(x);
	/* What ends the application asks first, on a page of its own. */
	if ((a.action == ACT_WITHDRAW && !form_confirmed(r, "撤回申请",
	    "撤回后本申请办结，不能恢复；如需再申请，须重新填写申请表。")) ||
	    (a.action == ACT_REJECT && r->who->kind == KIND_CITY &&
	    !form_confirmed(r, "不予命名", "不予命名后本申请办结，不能恢复。")) ||
	    (a.action == ACT_REJECT && r->who->kind != KIND_CITY &&
	    !form_confirmed(r, "不予推荐", "不予推荐后本申请办结，不再报长春市"
	    "总工会考核命名，不能恢复。")))
		return (x = app_xml(r, a.id)) == E_OK ? 200 : err_status(x);
	e = db_txn(r->db, act_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT) {
		/* The application again, the reasons at the top. */
		if (e == E_CONFLICT)
			req_ferr(r, "action", "操作", r->message);
		x = app_xml(r, a.id);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/applications/%lld",
	    (long long)a.id);
	r->notice = review_done(&a);
	return 303;
}

struct batch {
	struct req	*r;
	struct act	 a[200];
	size_t		 n;
	/* naming: the city's decision, made in the same transaction */
	const char	*docno;
	const char	*decided_on;
	const char	*title;
	int64_t		 decision;
};

/*
 * The city's naming decision of a batch: its document number (文号), its
 * date (not after today) and its title (the usual one when left empty).
 */
static const struct fdef decision_form[] = {
	{ .name = "decision-number", .label = "命名决定文号", .type = FT_TEXT,
	  .max = 60, .req = FR_ALWAYS, .off = BATCH(docno),
	  .empty = "请填写命名决定的文号，如 长工发〔2026〕12号" },
	{ .name = "decision-date", .label = "命名决定日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .flags = FF_PAST, .off = BATCH(decided_on) },
	{ .name = "decision-title", .label = "命名决定标题", .type = FT_TEXT,
	  .max = 100, .off = BATCH(title) },
};

static enum err
batch_txn(void *arg)
{
	struct batch	*b = arg;
	size_t		 i;
	enum err	 e;

	if (b->docno != NULL && (e = decision_create(b->r, b->docno,
	    b->decided_on, b->title, &b->decision)) != E_OK)
		return e;
	for (i = 0; i < b->n; i++) {
		b->a[i].decision = b->decision;
		b->a[i].decided_on = b->decided_on;
		b->a[i].document = b->docno;
		if ((e = review_act(&b->a[i])) != E_OK) {
			if (err_refusal(e)) {
				/* The name only of what the unit sees. */
				b->r->message = b->a[i].name != NULL ?
				    aprintf(b->r->a, "申请“%s”（编号 %lld）：%s。"
				    "本次批量操作未执行，请调整所选申请后重试",
				    b->a[i].name, (long long)b->a[i].id,
				    b->r->message) :
				    aprintf(b->r->a, "编号 %lld：%s。"
				    "本次批量操作未执行，请调整所选申请后重试",
				    (long long)b->a[i].id, b->r->message);
			}
			return e;
		}
	}
	return E_OK;
}

static int
batch(struct req *r)
{
	struct batch	*b;
	const char	*op, *v;
	enum action	 act;
	size_t		 i, n = kv_count(&r->form, "ids");
	int64_t		 id, version;
	char		*colon;
	enum err	 e;

	b = amalloc(r->a, sizeof(*b));
	memset(b, 0, sizeof(*b));
	b->r = r;
	if (form_read(r, batch_form, FORM_LEN(batch_form), &b->a[0]) > 0)
		return 400;
	act = b->a[0].action;
	if (act == ACT_NAME && r->who->kind != KIND_CITY) {
		r->reason = "city-only";
		r->message = "命名由长春市总工会办理";
		return 403;
	}
	if (act == ACT_NAME) {
		if (form_read(r, decision_form, FORM_LEN(decision_form), b) > 0)
			return 400;
		if (*b->title == '\0')
			b->title = "关于命名长春市职工创新工作室的决定";
	}
	if (form_read(r, &review_form[RF_OPINION], 1, &b->a[0]) > 0)
		return 400;
	op = b->a[0].opinion;
	if (n == 0 || n > 200) {
		req_ferr(r, "ids", "申请", "请选择 1 至 200 个申请");
		return 400;
	}
	for (i = 0; i < n; i++) {
		v = astrdup(r->a, kv_nth(&r->form, "ids", i));
		version = 0;
		if ((colon = strchr(v, ':')) != NULL) {
			*colon = '\0';
			if (valid_int(colon + 1, 1, INT32_MAX, &version) !=
			    NULL)
				version = -1;
		}
		if (valid_int(v, 1, INT32_MAX, &id) != NULL || version < 0) {
			req_ferr(r, "ids", "申请", "所选申请的编号不正确");
			return 400;
		}
		b->a[b->n].r = r;
		b->a[b->n].id = id;
		b->a[b->n].version = version;
		b->a[b->n].action = act;
		b->a[b->n].opinion = op;
		b->n++;
	}
	if ((e = db_txn(r->db, batch_txn, b)) != E_OK)
		return err_status(e);
	r->location = act == ACT_NAME ? aprintf(r->a,
	    "/app/decisions/%lld", (long long)b->decision) :
	    "/app/applications?status=audited";
	r->notice = act == ACT_NAME ? aprintf(r->a, "已命名%zu个工作室，"
	    "命名决定已生成，可打印", b->n) : aprintf(r->a, "已审核通过%zu项申请，"
	    "报送长春市总工会考核命名", b->n);
	return 303;
}

/*
 * POST /app/applications/batch.  A refused batch (400, 409) shows the
 * list again with its reasons at the top and the opinion kept.
 */
int
h_batch(struct req *r)
{
	int		 status = batch(r);
	enum err	 x;

	if (status != 400 && status != 409)
		return status;
	if (r->nferr == 0 && r->message != NULL)
		req_ferr(r, "ids", "申请", r->message);
	r->message = NULL;
	x = list_xml(r, &list_applications);
	return x == E_OK ? status : err_status(x);
}
