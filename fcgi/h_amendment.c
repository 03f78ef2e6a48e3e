/*
 * h_amendment.c: changes to a named studio: its amendments and the form
 * to ask for one (GET|POST /app/studios/{id}/amendments), one amendment
 * (GET /app/amendments/{id}) and its review (POST
 * /app/amendments/{id}/transition).  The rules are amendment.c's.
 */
#include <stddef.h>
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

/* A member who joins: "成员" unless named otherwise, never the leader. */
static const char *
member_role(struct req *r, const struct fdef *d, const char *val,
    const char *msg, void *dst)
{
	struct areq	*q = dst;

	(void)r;
	(void)d;
	if (msg == NULL && *val == '\0')
		q->member_role = "成员";
	else if (msg == NULL && strcmp(val, "领衔人") == 0)
		msg = "领衔人请申请更换领衔人";
	return msg;
}

#define AREQ(m)	offsetof(struct areq, m)

/* The kind of change, read first: the rest of the form depends on it. */
static const struct fdef kind_form[] = {
	{ .name = "kind", .label = "变更事项", .type = FT_ENUM,
	  .names = akind_names, .nnames = AK__MAX, .req = FR_ALWAYS,
	  .off = AREQ(kind), .bad = "请选择变更事项" },
	{ .name = "reason", .label = "变更理由", .type = FT_MULTI,
	  .max = MAXREASON, .req = FR_ALWAYS, .off = AREQ(reason),
	  .empty = "请写明变更的理由" },
};

/* Each kind's fields, bounded like the application form's. */
static const struct fdef leader_form[] = {
	{ .name = "leader.name", .label = "领衔人姓名", .type = FT_TEXT,
	  .max = 20, .req = FR_ALWAYS, .off = AREQ(leader_name) },
	{ .name = "leader.title", .label = "技术职称", .type = FT_TEXT,
	  .max = 30, .req = FR_ALWAYS, .off = AREQ(leader_title) },
	{ .name = "leader.specialty", .label = "专业/工种", .type = FT_TEXT,
	  .max = 30, .req = FR_ALWAYS, .off = AREQ(leader_specialty) },
	{ .name = "leader.mobile", .label = "手机号码", .type = FT_MOBILE,
	  .req = FR_ALWAYS, .flags = FF_PERSONAL, .off = AREQ(leader_mobile) },
	{ .name = "leader.email", .label = "E-mail", .type = FT_EMAIL,
	  .max = 100, .flags = FF_PERSONAL, .off = AREQ(leader_email) },
	{ .name = "leader.birth-month", .label = "出生年月", .type = FT_MONTH,
	  .req = FR_ALWAYS, .flags = FF_PERSONAL | FF_PAST,
	  .off = AREQ(leader_birth_month) },
};
static const struct fdef host_unit_form[] = {
	{ .name = "host-unit", .label = "所在单位", .type = FT_TEXT,
	  .max = 60, .req = FR_ALWAYS, .off = AREQ(host_unit) },
};
static const struct fdef field_form[] = {
	{ .name = "field", .label = "专业领域", .type = FT_TEXT, .max = 30,
	  .req = FR_ALWAYS, .off = AREQ(field) },
};
static const struct fdef member_count_form[] = {
	{ .name = "member-count", .label = "成员人数", .type = FT_INT,
	  .min = 1, .max = 100000, .req = FR_ALWAYS,
	  .off = AREQ(member_count) },
};
static const struct fdef join_form[] = {
	{ .name = "member.name", .label = "成员姓名", .type = FT_TEXT,
	  .max = 20, .req = FR_ALWAYS, .off = AREQ(member_name) },
	{ .name = "member.role", .label = "在工作室中", .type = FT_TEXT,
	  .max = 30, .off = AREQ(member_role), .check = member_role },
	{ .name = "member.trade", .label = "专业或工种", .type = FT_TEXT,
	  .max = 50, .off = AREQ(member_trade) },
	{ .name = "member.title", .label = "职称或技能等级", .type = FT_TEXT,
	  .max = 50, .off = AREQ(member_title) },
	{ .name = "member.joined", .label = "加入日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .flags = FF_PAST, .off = AREQ(member_on) },
};
static const struct fdef leave_form[] = {
	{ .name = "member.id", .label = "退出的成员", .type = FT_ID,
	  .req = FR_ALWAYS, .off = AREQ(member_id),
	  .bad = "请选择退出的成员" },
	{ .name = "member.left", .label = "退出日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .flags = FF_PAST, .off = AREQ(member_on) },
};

static const struct {
	const struct fdef	*f;
	size_t			 n;
} kind_forms[AK__MAX] = {
	[AK_LEADER] = { leader_form, FORM_LEN(leader_form) },
	[AK_HOST_UNIT] = { host_unit_form, FORM_LEN(host_unit_form) },
	[AK_FIELD] = { field_form, FORM_LEN(field_form) },
	[AK_MEMBER_COUNT] = { member_count_form, FORM_LEN(member_count_form) },
	[AK_MEMBER_JOIN] = { join_form, FORM_LEN(join_form) },
	[AK_MEMBER_LEAVE] = { leave_form, FORM_LEN(leave_form) },
};

/* The form's values for its kind of change; errors named. */
static void
amendment_form(struct req *r, struct areq *q)
{
	if (form_read(r, kind_form, 1, q) > 0)
		return;
	(void)form_read(r, kind_form + 1, 1, q);
	(void)form_read(r, kind_forms[q->kind].f, kind_forms[q->kind].n, q);
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
	amendment_form(r, &q);
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
	r->notice = "变更申请已提交，等待审核单位审核";
	return 303;
}

int
h_amendment(struct req *r)
{
	return err_status(amendment_xml(r, r->arg_id));
}

/* What a review action did, by the amendment's status after it. */
static const char *const done[AM__MAX] = {
	[AM_REQUESTED] = "变更申请已重新提交，等待审核单位审核",
	[AM_AUDITED] = "已审核同意，报长春市总工会审批",
	[AM_APPROVED] = "变更已批准，工作室的信息已更新",
	[AM_RETURNED] = "已退回所在单位工会",
	[AM_REJECTED] = "已决定不同意变更，本变更申请办结",
	[AM_WITHDRAWN] = "变更申请已撤回",
};

static enum err
act_txn(void *arg)
{
	return amendment_act(arg);
}

/* An opinion: required for every action but withdrawing. */
static const char *
opinion(struct req *r, const struct fdef *d, const char *val,
    const char *msg, void *dst)
{
	const struct aact	*a = dst;

	(void)r;
	(void)d;
	if (msg == NULL && *val == '\0' && a->action != AA_WITHDRAW)
		msg = "请填写意见";
	return msg;
}

#define AACT(m)	offsetof(struct aact, m)

/* A review action on an amendment. */
static const struct fdef act_form[] = {
	FORM_ACTION(amaction_names, AA__MAX, AACT(action)),
	FORM_VERSION(AACT(version), "缺少变更申请的版本号，请刷新页面"),
	{ .name = "opinion", .label = "意见", .type = FT_MULTI,
	  .max = MAXREASON, .off = AACT(opinion), .check = opinion },
};

int
h_amendment_transition(struct req *r)
{
	struct aact	 a;
	enum err	 e, x;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.id = r->arg_id;
	(void)form_read(r, act_form, FORM_LEN(act_form), &a);
	if (r->nferr > 0)
		return (x = amendment_xml(r, a.id)) == E_OK ? 400 :
		    err_status(x);
	if ((a.action == AA_WITHDRAW && !form_confirmed(r, "撤回变更申请",
	    "撤回后本变更申请办结，不能恢复。")) ||
	    (a.action == AA_REJECT && !form_confirmed(r, "不同意变更",
	    "不同意后本变更申请办结，不能恢复。")))
		return (x = amendment_xml(r, a.id)) == E_OK ? 200 :
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
	r->notice = done[a.to];
	return 303;
}
