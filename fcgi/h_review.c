/*
 * h_review.c: the review's pages: a transition on one application
 * (POST /app/applications/{id}/transition) and batch approval
 * (POST /app/applications/batch).  The machine and the rules are the
 * model's (review.c); here the form is read and the refusal answered.
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
};

static enum err
batch_txn(void *arg)
{
	struct batch	*b = arg;
	size_t		 i;
	enum err	 e;

	for (i = 0; i < b->n; i++) {
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
	if (act != ACT_APPROVE) {
		req_ferr(r, "action", "操作", "批量操作只能是审核通过");
		return 400;
	}
	if ((op = opinion(r, act)) == NULL)
		return 400;
	if (n == 0 || n > 200) {
		req_ferr(r, "ids", "申请", "请选择 1 至 200 个申请");
		return 400;
	}
	b = amalloc(r->a, sizeof(*b));
	memset(b, 0, sizeof(*b));
	b->r = r;
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
	r->location = "/app/applications?status=audited";
	return 303;
}
