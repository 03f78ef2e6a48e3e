/*
 * h_review.c: the review's pages: a transition on one application
 * (POST /app/applications/{id}/transition) and batches (POST
 * /app/applications/batch): the auditing unit approves many at once, the
 * city names many by one decision.  The machine is review.c's and the
 * acting act.c's; here the form is read and the refusal answered.
 */
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

/* The opinion: required for every action but withdrawing. */
static const char *
opinion(struct req *r, enum action act)
{
	const char	*in = kv_get(&r->form, "opinion"), *out, *msg;

	if ((msg = valid_text(r->a, in ? in : "", MAXOPINION, 1, &out)) != NULL) {
		req_ferr(r, "opinion", "审核意见", msg);
		return NULL;
	}
	if (*out == '\0' && act != ACT_WITHDRAW) {
		req_ferr(r, "opinion", "审核意见", "请填写意见");
		return NULL;
	}
	return out;
}

int
h_transition(struct req *r)
{
	struct act	 a;
	const char	*v;
	enum err	 e, x;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.id = r->arg_id;
	if ((a.action = action_parse(kv_get(&r->form, "action"))) ==
	    ACT__MAX)
		req_ferr(r, "action", "操作", "未知的操作");
	if ((v = kv_get(&r->form, "version")) == NULL ||
	    valid_int(v, 1, INT32_MAX, &a.version) != NULL)
		req_ferr(r, "version", "版本", "缺少申请的版本号，请刷新页面");
	if (a.action != ACT__MAX)
		a.opinion = opinion(r, a.action);
	if (r->nferr > 0)
		return (x = app_xml(r, a.id)) == E_OK ? 400 : err_status(x);
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
 * date (not after today) and its title.  0, or the number of fields
 * refused (each named with req_ferr).
 */
static int
decision(struct req *r, struct batch *b)
{
	const char	*v, *msg;
	size_t		 before = r->nferr;

	v = kv_get(&r->form, "decision-number");
	if ((msg = valid_text(r->a, v ? v : "", 60, 0, &b->docno)) != NULL)
		req_ferr(r, "decision-number", "命名决定文号", msg);
	else if (*b->docno == '\0')
		req_ferr(r, "decision-number", "命名决定文号",
		    "请填写命名决定的文号，如 长工发〔2026〕12号");
	v = kv_get(&r->form, "decision-date");
	if ((msg = valid_date(v ? v : "", &b->decided_on)) != NULL ||
	    (msg = valid_not_after(b->decided_on, xml_today(r))) != NULL)
		req_ferr(r, "decision-date", "命名决定日期", msg);
	v = kv_get(&r->form, "decision-title");
	if ((msg = valid_text(r->a, v ? v : "", 100, 0, &b->title)) != NULL)
		req_ferr(r, "decision-title", "命名决定标题", msg);
	else if (*b->title == '\0')
		b->title = "关于命名长春市职工创新工作室的决定";
	return (int)(r->nferr - before);
}

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

int
h_batch(struct req *r)
{
	struct batch	*b;
	const char	*op, *v;
	enum action	 act;
	size_t		 i, n = kv_count(&r->form, "ids");
	int64_t		 id, version;
	char		*colon;
	enum err	 e;

	act = action_parse(kv_get(&r->form, "action"));
	if (act != ACT_APPROVE && act != ACT_NAME) {
		req_ferr(r, "action", "操作", "批量操作只能是审核通过或命名");
		return 400;
	}
	if (act == ACT_NAME && r->who->kind != KIND_CITY) {
		r->reason = "city-only";
		r->message = "命名由长春市总工会办理";
		return 403;
	}
	b = amalloc(r->a, sizeof(*b));
	memset(b, 0, sizeof(*b));
	b->r = r;
	if (act == ACT_NAME && decision(r, b) != 0)
		return 400;
	if ((op = opinion(r, act)) == NULL)
		return 400;
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
	    "/app/studios?decision=%lld", (long long)b->decision) :
	    "/app/applications?status=audited";
	return 303;
}
