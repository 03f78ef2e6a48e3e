/*
 * h_amendment.c: changes to a named studio: its amendments and the form
 * to ask for one (GET|POST /app/studios/{id}/amendments), one amendment
 * (GET /app/amendments/{id}) and its review (POST
 * /app/amendments/{id}/transition).  The rules are amendment.c's.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

#define MAXREASON	500	/* characters of the reason and opinions */

int
h_amendments(struct req *r)
{
	return err_status(amendments_xml(r, r->arg_id));
}

/* One text field of the form into *out; required unless empty is allowed. */
static void
text_field(struct req *r, const char *name, const char *label, size_t max,
    int required, const char **out)
{
	const char	*v = kv_get(&r->form, name), *msg;

	if ((msg = valid_text(r->a, v ? v : "", max, 0, out)) != NULL)
		req_ferr(r, name, label, msg);
	else if (required && **out == '\0')
		req_ferr(r, name, label, "请填写");
}

/* A date of a member's joining or leaving: not after today. */
static void
member_date(struct req *r, const char *name, const char *label,
    const char **out)
{
	const char	*v = kv_get(&r->form, name), *msg;

	if ((msg = valid_date(v ? v : "", out)) != NULL ||
	    (msg = valid_not_after(*out, xml_today(r))) != NULL)
		req_ferr(r, name, label, msg);
}

/* The form's values for its kind of change; errors named. */
static void
form_read(struct req *r, struct areq *q)
{
	const char	*v, *msg;

	if ((q->kind = akind_parse(kv_get(&r->form, "kind"))) == AK__MAX) {
		req_ferr(r, "kind", "变更事项", "请选择变更事项");
		return;
	}
	v = kv_get(&r->form, "reason");
	if ((msg = valid_text(r->a, v ? v : "", MAXREASON, 1, &q->reason)) !=
	    NULL)
		req_ferr(r, "reason", "变更理由", msg);
	else if (*q->reason == '\0')
		req_ferr(r, "reason", "变更理由", "请写明变更的理由");
	switch (q->kind) {
	case AK_LEADER:
		/* Bounded like the application form's leader fields. */
		text_field(r, "leader.name", "领衔人姓名", 20, 1,
		    &q->leader_name);
		text_field(r, "leader.title", "技术职称", 30, 1,
		    &q->leader_title);
		text_field(r, "leader.specialty", "专业/工种", 30, 1,
		    &q->leader_specialty);
		v = kv_get(&r->form, "leader.mobile");
		if ((msg = valid_mobile(v ? v : "", &q->leader_mobile)) != NULL)
			req_ferr(r, "leader.mobile", "手机号码", msg);
		v = kv_get(&r->form, "leader.email");
		q->leader_email = "";
		if (v != NULL && *v != '\0' &&
		    (msg = valid_email(v, &q->leader_email)) != NULL)
			req_ferr(r, "leader.email", "E-mail", msg);
		v = kv_get(&r->form, "leader.birth-month");
		if ((msg = valid_month(v ? v : "", &q->leader_birth_month)) !=
		    NULL || (msg = valid_not_after(q->leader_birth_month,
		    xml_today(r))) != NULL)
			req_ferr(r, "leader.birth-month", "出生年月", msg);
		break;
	case AK_HOST_UNIT:
		text_field(r, "host-unit", "所在单位", 60, 1, &q->host_unit);
		break;
	case AK_FIELD:
		text_field(r, "field", "专业领域", 30, 1, &q->field);
		break;
	case AK_MEMBER_JOIN:
		text_field(r, "member.name", "成员姓名", 20, 1, &q->member_name);
		text_field(r, "member.role", "在工作室中", 30, 0, &q->member_role);
		if (q->member_role != NULL && *q->member_role == '\0')
			q->member_role = "成员";
		if (q->member_role != NULL &&
		    strcmp(q->member_role, "领衔人") == 0)
			req_ferr(r, "member.role", "在工作室中",
			    "领衔人请申请更换领衔人");
		text_field(r, "member.trade", "专业或工种", 50, 0,
		    &q->member_trade);
		text_field(r, "member.title", "职称或技能等级", 50, 0,
		    &q->member_title);
		member_date(r, "member.joined", "加入日期", &q->member_on);
		break;
	case AK_MEMBER_LEAVE:
		v = kv_get(&r->form, "member.id");
		if (v == NULL || valid_int(v, 1, INT32_MAX, &q->member_id) !=
		    NULL)
			req_ferr(r, "member.id", "退出的成员", "请选择退出的成员");
		member_date(r, "member.left", "退出日期", &q->member_on);
		break;
	default:
		v = kv_get(&r->form, "member-count");
		if ((msg = valid_int(v ? v : "", 1, 100000,
		    &q->member_count)) != NULL)
			req_ferr(r, "member-count", "成员人数", msg);
		break;
	}
}

static enum err
request_txn(void *arg)
{
	return amendment_request(arg);
}

int
h_amendment_create(struct req *r)
{
	struct areq	 q;
	enum err	 e, x;

	memset(&q, 0, sizeof(q));
	q.r = r;
	q.studio = r->arg_id;
	form_read(r, &q);
	if (r->nferr > 0)
		return (x = amendments_xml(r, q.studio)) == E_OK ? 400 :
		    err_status(x);
	e = db_txn(r->db, request_txn, &q);
	if (e == E_INVALID || e == E_CONFLICT) {
		req_ferr(r, "kind", "变更事项", r->message);
		x = amendments_xml(r, q.studio);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/amendments/%lld", (long long)q.id);
	return 303;
}

int
h_amendment(struct req *r)
{
	return err_status(amendment_xml(r, r->arg_id));
}

static enum err
act_txn(void *arg)
{
	return amendment_act(arg);
}

int
h_amendment_transition(struct req *r)
{
	struct aact	 a;
	const char	*v, *msg;
	enum err	 e, x;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.id = r->arg_id;
	if ((a.action = amaction_parse(kv_get(&r->form, "action"))) ==
	    AA__MAX)
		req_ferr(r, "action", "操作", "未知的操作");
	if ((v = kv_get(&r->form, "version")) == NULL ||
	    valid_int(v, 1, INT32_MAX, &a.version) != NULL)
		req_ferr(r, "version", "版本", "缺少变更申请的版本号，请刷新页面");
	v = kv_get(&r->form, "opinion");
	if ((msg = valid_text(r->a, v ? v : "", MAXREASON, 1, &a.opinion)) !=
	    NULL)
		req_ferr(r, "opinion", "意见", msg);
	else if (*a.opinion == '\0' && a.action != AA_WITHDRAW)
		req_ferr(r, "opinion", "意见", "请填写意见");
	if (r->nferr > 0)
		return (x = amendment_xml(r, a.id)) == E_OK ? 400 :
		    err_status(x);
	e = db_txn(r->db, act_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT) {
		req_ferr(r, "action", "操作", r->message);
		x = amendment_xml(r, a.id);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/amendments/%lld", (long long)a.id);
	return 303;
}
