/*
 * h_funding.c: the subsidy ledger's pages: the funds a unit sees and a
 * new fund (GET|POST /app/funds), a fund and its grants (GET|POST
 * /app/funds/{id}), a studio's funding, its spending and its research
 * projects (GET|POST /app/studios/{id}/funding); the year's report is
 * h_report.c's (/app/reports/funding).  The rules are funding.c's.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "extern.h"

#define MAXFEN		100000000000LL	/* a billion yuan */
#define FA(m)		offsetof(struct fundact, m)

int
h_funds(struct req *r)
{
	return err_status(list_xml(r, &list_funds));
}

int
h_fund(struct req *r)
{
	return err_status(fund_xml(r, r->arg_id));
}

int
h_funding(struct req *r)
{
	return err_status(funding_xml(r, r->arg_id));
}

static const struct fdef action_form[] = {
	FORM_ACTION(fdaction_names, FD__MAX, FA(action)),
};

static const struct fdef create_form[] = {
	{ .name = "year", .label = "年度", .type = FT_INT, .min = 2000,
	  .max = 2199, .req = FR_ALWAYS, .off = FA(year) },
	{ .name = "title", .label = "资金名称", .type = FT_TEXT, .max = 100,
	  .req = FR_ALWAYS, .off = FA(title) },
	{ .name = "budget", .label = "预算（元）", .type = FT_MONEY,
	  .max = MAXFEN, .req = FR_ALWAYS, .off = FA(budget) },
	{ .name = "document", .label = "决定文号", .type = FT_TEXT, .max = 60,
	  .req = FR_ALWAYS, .off = FA(document) },
	{ .name = "decided-on", .label = "决定日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .off = FA(decided_on) },
};

static const struct fdef grant_form[] = {
	{ .name = "studio", .label = "工作室", .type = FT_ID,
	  .req = FR_ALWAYS, .off = FA(studio), .bad = "请选择工作室" },
	{ .name = "amount", .label = "金额（元）", .type = FT_MONEY,
	  .max = MAXFEN, .req = FR_ALWAYS, .off = FA(amount) },
	{ .name = "basis", .label = "发放依据", .type = FT_ENUM,
	  .names = gbasis_names, .nnames = GB__MAX, .req = FR_ALWAYS,
	  .off = FA(basis) },
	{ .name = "basis-text", .label = "发放依据说明", .type = FT_TEXT,
	  .max = 200, .off = FA(basis_text) },
	{ .name = "project", .label = "科研课题", .type = FT_ID,
	  .off = FA(project) },
	{ .name = "document", .label = "决定文号", .type = FT_TEXT, .max = 60,
	  .req = FR_ALWAYS, .off = FA(document) },
	{ .name = "decided-on", .label = "决定日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .off = FA(decided_on) },
};

static const struct fdef spend_form[] = {
	{ .name = "grant", .label = "补助", .type = FT_ID, .req = FR_ALWAYS,
	  .off = FA(grant), .bad = "请选择补助" },
	{ .name = "purpose", .label = "用途", .type = FT_ENUM,
	  .names = purpose_names, .nnames = PU__MAX, .req = FR_ALWAYS,
	  .off = FA(purpose) },
	{ .name = "purpose-text", .label = "用途说明", .type = FT_TEXT,
	  .max = 100, .off = FA(purpose_text) },
	{ .name = "amount", .label = "金额（元）", .type = FT_MONEY,
	  .max = MAXFEN, .req = FR_ALWAYS, .off = FA(amount) },
	{ .name = "spent-on", .label = "支出日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .flags = FF_PAST, .off = FA(spent_on) },
	{ .name = "description", .label = "购置或开展的内容", .type = FT_MULTI,
	  .max = 500, .req = FR_ALWAYS, .off = FA(description) },
};

static const struct fdef reverse_form[] = {
	{ .name = "spending", .label = "支出", .type = FT_ID,
	  .req = FR_ALWAYS, .off = FA(spending), .bad = "请选择支出" },
	{ .name = "description", .label = "冲销原因", .type = FT_MULTI,
	  .max = 500, .req = FR_ALWAYS, .off = FA(description),
	  .empty = "请写明冲销的原因" },
};

static const struct fdef project_form[] = {
	{ .name = "title", .label = "课题名称", .type = FT_TEXT, .max = 100,
	  .req = FR_ALWAYS, .off = FA(title) },
	{ .name = "level", .label = "课题级别", .type = FT_ENUM,
	  .names = plevel_names, .nnames = 4, .req = FR_ALWAYS,
	  .off = FA(level) },
	{ .name = "source", .label = "课题来源", .type = FT_TEXT, .max = 100,
	  .req = FR_ALWAYS, .off = FA(source) },
	{ .name = "start-on", .label = "开始日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .off = FA(start_on) },
	{ .name = "end-on", .label = "结束日期", .type = FT_DATE,
	  .off = FA(end_on) },
	{ .name = "important", .label = "重要科研课题", .type = FT_BOOL,
	  .off = FA(important) },
};

/* Each action's form, and the page it is posted on. */
static const struct {
	const struct fdef	*f;
	size_t			 n;
	enum page		 on;
	const char		*done;
} forms[FD__MAX] = {
	[FD_CREATE] = { create_form, FORM_LEN(create_form), PAGE_FUNDS,
	    "补助资金已设立" },
	[FD_GRANT] = { grant_form, FORM_LEN(grant_form), PAGE_FUND,
	    "补助已发放" },
	[FD_SPEND] = { spend_form, FORM_LEN(spend_form), PAGE_FUNDING,
	    "支出已登记" },
	[FD_REVERSE] = { reverse_form, FORM_LEN(reverse_form), PAGE_FUNDING,
	    "支出已冲销，补助余额已恢复" },
	[FD_PROJECT] = { project_form, FORM_LEN(project_form), PAGE_FUNDING,
	    "科研课题已登记" },
};

static enum err
fund_txn(void *arg)
{
	return funding_act(arg);
}

/* The page's document again, for a refused form. */
static enum err
again(struct req *r, enum page on)
{
	enum err	 e;

	switch (on) {
	case PAGE_FUNDS:
		/* The list, and after its rows what was refused. */
		if ((e = list_xml(r, &list_funds)) != E_OK)
			return e;
		xml_ferrs(r);
		if (r->message != NULL)
			xml_elem(r, "message", r->message);
		return E_OK;
	case PAGE_FUND:
		return fund_xml(r, r->arg_id);
	default:
		return funding_xml(r, r->arg_id);
	}
}

/* A POST on one of the ledger's pages: only its own actions. */
static int
post(struct req *r, enum page on)
{
	struct fundact	 a;
	enum err	 e, x;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.title = a.basis_text = a.document = a.decided_on = "";
	a.purpose_text = a.spent_on = a.description = "";
	a.source = a.start_on = a.end_on = "";
	if (form_read(r, action_form, FORM_LEN(action_form), &a) == 0 &&
	    forms[a.action].on != on)
		req_ferr(r, "action", "操作", "此页面不办理该操作");
	if (r->nferr == 0)
		(void)form_read(r, forms[a.action].f, forms[a.action].n, &a);
	if (on == PAGE_FUND)
		a.fund = r->arg_id;
	else if (on == PAGE_FUNDING)
		a.studio = r->arg_id;
	if (r->nferr > 0)
		return (x = again(r, on)) == E_OK ? 400 : err_status(x);
	if (a.action == FD_REVERSE && !form_confirmed(r, "冲销支出",
	    "冲销后以一条金额相反的记录抵消原支出，补助余额随之恢复，原记录保留。"))
		return (x = again(r, on)) == E_OK ? 200 : err_status(x);
	e = db_txn(r->db, fund_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT || e == E_FORBIDDEN) {
		if (r->nferr == 0)
			req_ferr(r, "action", "操作", r->message);
		x = again(r, on);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = on == PAGE_FUNDS ? aprintf(r->a, "/app/funds/%lld",
	    (long long)a.id) : on == PAGE_FUND ? aprintf(r->a,
	    "/app/funds/%lld", (long long)a.fund) : aprintf(r->a,
	    "/app/studios/%lld/funding", (long long)a.studio);
	r->notice = forms[a.action].done;
	return 303;
}

int
h_funds_post(struct req *r)
{
	return post(r, PAGE_FUNDS);
}

int
h_fund_post(struct req *r)
{
	return post(r, PAGE_FUND);
}

int
h_funding_post(struct req *r)
{
	return post(r, PAGE_FUNDING);
}
