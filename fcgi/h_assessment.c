/*
 * h_assessment.c: the annual assessment's pages: the sheets a unit sees
 * (GET /app/assessments: paged, filters, CSV), one studio's sheet for a
 * year and the actions on it (GET|POST
 * /app/studios/{id}/assessments/{year}), the year's scheme (GET|POST
 * /app/assessments/schemes/{year}) and the year's filings (GET|POST
 * /app/assessments/filings/{year}).  The rules are assessment.c's.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

#define MAXSUMMARY	2000	/* characters of the year's summary */
#define MAXOPINION	1000	/* of an opinion, a reason, a measure */
#define MAXFUNDS	100000000000LL	/* fen: a billion yuan */

int
h_assessments(struct req *r)
{
	return err_status(list_xml(r, &list_assessments));
}

int
h_assessment(struct req *r)
{
	return err_status(assessment_xml(r, r->arg_id, r->arg_year));
}

/* The sheet's actions and its follow-ups, as the form names them. */
static const char *const sheet_actions[HA__MAX + HF__MAX] = {
	"save", "submit", "score", "return", "file", "confirm",
	"support", "supervise", "close-supervision", "award",
};

#define SA(m)	offsetof(struct sheetact, m)

/* The action and the version, read first. */
static const struct fdef sheet_head[] = {
	FORM_ACTION(sheet_actions, HA__MAX + HF__MAX, SA(action)),
	FORM_VERSION(SA(version), "缺少考核表的版本号，请刷新页面"),
};

/* The self-check's own fields (the scores are read by the model). */
static const struct fdef self_form[] = {
	{ .name = "summary", .label = "年度工作总结", .type = FT_MULTI,
	  .max = MAXSUMMARY, .off = SA(summary) },
	{ .name = "venue-area", .label = "场地保障（平方米）", .type = FT_INT,
	  .max = 1000000, .off = SA(venue_area) },
	{ .name = "staff", .label = "人员配备（人）", .type = FT_INT,
	  .max = 100000, .off = SA(staff) },
	{ .name = "funds", .label = "资金投入（元）", .type = FT_MONEY,
	  .max = MAXFUNDS, .off = SA(funds) },
	{ .name = "equipment", .label = "设备设施", .type = FT_MULTI,
	  .max = 500, .off = SA(equipment) },
	{ .name = "activity-hours", .label = "活动时间（小时）", .type = FT_INT,
	  .max = 8784, .off = SA(activity_hours) },
};

static const struct fdef opinion_form[] = {
	{ .name = "opinion", .label = "意见", .type = FT_MULTI,
	  .max = MAXOPINION, .off = SA(opinion) },
};

static const struct fdef confirm_form[] = {
	{ .name = "grade", .label = "考核等次", .type = FT_ENUM,
	  .names = grade_names, .nnames = GR__MAX, .off = SA(grade) },
	{ .name = "reason", .label = "理由", .type = FT_MULTI,
	  .max = MAXOPINION, .off = SA(opinion) },
};

/* Each follow-up's text field. */
static const struct fdef follow_forms[HF__MAX][2] = {
	[HF_SUPPORT] = {
	  { .name = "measure", .label = "重点支持措施", .type = FT_MULTI,
	    .max = 500, .req = FR_ALWAYS, .off = SA(text) } },
	[HF_SUPERVISE] = {
	  { .name = "measures", .label = "督导措施", .type = FT_MULTI,
	    .max = MAXOPINION, .req = FR_ALWAYS, .off = SA(text) },
	  { .name = "due-on", .label = "整改期限", .type = FT_DATE,
	    .req = FR_ALWAYS, .off = SA(due_on) } },
	[HF_CLOSE_SUPERVISION] = {
	  { .name = "outcome", .label = "督导结果", .type = FT_MULTI,
	    .max = MAXOPINION, .req = FR_ALWAYS, .off = SA(text) } },
	[HF_AWARD] = {
	  { .name = "award-result", .label = "评先选优结果", .type = FT_TEXT,
	    .max = 200, .req = FR_ALWAYS, .off = SA(text) } },
};

/* Whether the form has a value in the field (not empty, not refused). */
static int
given(struct req *r, const char *name)
{
	const char	*v = kv_get(&r->form, name);
	size_t		 i;

	if (v == NULL || v[strspn(v, " \t\r\n")] == '\0')
		return 0;
	for (i = 0; i < r->nferr; i++)
		if (strcmp(r->ferr[i].name, name) == 0)
			return 0;
	return 1;
}

/* The posted action's fields into a. */
static void
sheet_form(struct req *r, struct sheetact *a)
{
	int	 f;

	a->summary = a->equipment = a->opinion = a->text = a->due_on = "";
	a->grade = GR__MAX;
	if (form_read(r, sheet_head, FORM_LEN(sheet_head), a) > 0)
		return;
	switch (a->action) {
	case HA_SAVE:
	case HA_SUBMIT:
		(void)form_read(r, self_form, FORM_LEN(self_form), a);
		a->has_venue = given(r, "venue-area");
		a->has_staff = given(r, "staff");
		a->has_funds = given(r, "funds");
		a->has_hours = given(r, "activity-hours");
		break;
	case HA_SCORE:
	case HA_RETURN:
		(void)form_read(r, opinion_form, FORM_LEN(opinion_form), a);
		break;
	case HA_CONFIRM:
		(void)form_read(r, confirm_form, FORM_LEN(confirm_form), a);
		break;
	case HA_FILE:
		break;
	default:
		f = a->action - HA__MAX;
		(void)form_read(r, follow_forms[f],
		    follow_forms[f][1].name != NULL ? 2 : 1, a);
		break;
	}
}

static enum err
sheet_txn(void *arg)
{
	return assessment_act(arg);
}

/* What an action did, by its name. */
static const char *
sheet_done(const struct sheetact *a)
{
	static const char *const done[HA__MAX + HF__MAX] = {
		"自检表已保存，尚未提交",
		"自检表已提交，等待审核单位评分",
		"评分已提交，建议等次已按总分计算",
		"考核表已退回",
		"考核结果已报送",
		"考核等次已确认",
		"已决定重点支持，工作室状态为重点支持",
		"督导已记录，工作室状态为督导整改",
		"督导已结束",
		"评先选优结果已记录",
	};

	return done[a->action];
}

/* Evidence on a sheet: the form's version and its one file. */
struct sheetfile {
	struct req		*r;
	int64_t			 studio, version, id;
	int			 year;
	const struct upfile	*f;
};

static enum err
attach_txn(void *arg)
{
	struct sheetfile	*s = arg;

	return assessment_attach(s->r, s->studio, s->year, s->version, s->f,
	    &s->id);
}

static const struct fdef attach_form[] = {
	FORM_VERSION(offsetof(struct sheetfile, version),
	    "缺少考核表的版本号，请刷新页面"),
};

/*
 * POST action=attach (multipart/form-data, file field "file"): one
 * evidence file stored on the sheet, then back to the sheet.
 */
static int
sheet_attach(struct req *r)
{
	struct sheetfile	 s;
	size_t			 i;
	enum err		 e, x;

	memset(&s, 0, sizeof(s));
	s.r = r;
	s.studio = r->arg_id;
	s.year = r->arg_year;
	(void)form_read(r, attach_form, FORM_LEN(attach_form), &s);
	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "file") == 0 && s.f == NULL)
			s.f = &r->files[i];
	if (s.f == NULL && r->nferr == 0) {
		r->message = "请选择要上传的文件";
		req_ferr(r, "file", "佐证材料", r->message);
	}
	if (r->nferr > 0)
		return (x = assessment_xml(r, s.studio, s.year)) == E_OK ?
		    400 : err_status(x);
	e = db_txn(r->db, attach_txn, &s);
	if (e == E_INVALID || e == E_CONFLICT || e == E_FORBIDDEN) {
		if (r->nferr == 0)
			req_ferr(r, "file", "佐证材料", r->message);
		x = assessment_xml(r, s.studio, s.year);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/studios/%lld/assessments/%d",
	    (long long)s.studio, s.year);
	r->notice = "佐证材料已上传";
	return 303;
}

int
h_assessment_post(struct req *r)
{
	struct sheetact	 a;
	enum err	 e, x;

	if (kv_get(&r->form, "action") != NULL &&
	    strcmp(kv_get(&r->form, "action"), "attach") == 0)
		return sheet_attach(r);
	memset(&a, 0, sizeof(a));
	a.r = r;
	a.studio = r->arg_id;
	a.year = r->arg_year;
	sheet_form(r, &a);
	if (r->nferr > 0)
		return (x = assessment_xml(r, a.studio, a.year)) == E_OK ?
		    400 : err_status(x);
	if (a.action == HA_RETURN && !form_confirmed(r, "退回考核表",
	    "退回后考核表回到上一阶段，由上一阶段的单位修改后重新提交。"))
		return (x = assessment_xml(r, a.studio, a.year)) == E_OK ?
		    200 : err_status(x);
	e = db_txn(r->db, sheet_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT) {
		if (r->nferr == 0)
			req_ferr(r, "action", "操作", r->message);
		x = assessment_xml(r, a.studio, a.year);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/studios/%lld/assessments/%d",
	    (long long)a.studio, a.year);
	r->notice = sheet_done(&a);
	return 303;
}

/* ---------------------------------------------------------------- scheme */

int
h_scheme(struct req *r)
{
	return err_status(scheme_xml(r, r->arg_year));
}

#define SCA(m)	offsetof(struct schemeact, m)

static const struct fdef scheme_head[] = {
	FORM_ACTION(scaction_names, SC__MAX, SCA(action)),
};

static const struct fdef scheme_version[] = {
	FORM_VERSION(SCA(version), "缺少考核方案的版本号，请刷新页面"),
};

static const struct fdef scheme_form[] = {
	{ .name = "title", .label = "方案名称", .type = FT_TEXT, .max = 100,
	  .req = FR_ALWAYS, .off = SCA(title) },
	{ .name = "excellent-min", .label = "优秀分数线", .type = FT_INT,
	  .min = 1, .max = 1000, .req = FR_ALWAYS, .off = SCA(excellent_min) },
	{ .name = "pass-min", .label = "合格分数线", .type = FT_INT,
	  .min = 1, .max = 1000, .req = FR_ALWAYS, .off = SCA(pass_min) },
	{ .name = "excellent-cap", .label = "优秀比例上限（全市，%）",
	  .type = FT_INT, .max = 100, .off = SCA(cap) },
	{ .name = "excellent-cap-unit", .label = "优秀比例上限（各审核单位，%）",
	  .type = FT_INT, .max = 100, .off = SCA(cap_unit) },
	{ .name = "eligible-before", .label = "参加考核的命名日期（此日期前命名）",
	  .type = FT_DATE, .req = FR_ALWAYS, .off = SCA(eligible_before) },
	{ .name = "deadline", .label = "报送截止日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .off = SCA(deadline) },
};

/*
 * The items as posted: rows item.{n}.code, .title, .criteria, .max for n
 * from 1; a row whose title is empty is left out; the first row not
 * posted at all ends them.
 */
static void
scheme_items(struct req *r, struct schemeact *a)
{
	struct schemeitem	*it;
	struct fdef		 d[4];
	const char		*p;
	size_t			 n;

	for (n = 1; n <= SCHEME_MAXITEMS + 3; n++) {
		p = aprintf(r->a, "item.%zu.", n);
		if (kv_get(&r->form, aprintf(r->a, "%stitle", p)) == NULL)
			break;
		if (!given(r, aprintf(r->a, "%stitle", p)))
			continue;
		if (a->nitems == SCHEME_MAXITEMS) {
			req_ferr(r, aprintf(r->a, "%stitle", p), "考核项目",
			    "考核项目最多20项");
			break;
		}
		it = &a->items[a->nitems++];
		memset(d, 0, sizeof(d));
		d[0] = (struct fdef){ .name = aprintf(r->a, "%scode", p),
		    .label = "项目编号", .type = FT_TEXT, .max = 10,
		    .req = FR_ALWAYS, .off = offsetof(struct schemeitem, code) };
		d[1] = (struct fdef){ .name = aprintf(r->a, "%stitle", p),
		    .label = "考核项目", .type = FT_TEXT, .max = 60,
		    .req = FR_ALWAYS, .off = offsetof(struct schemeitem, title) };
		d[2] = (struct fdef){ .name = aprintf(r->a, "%scriteria", p),
		    .label = "考核内容和评分标准", .type = FT_MULTI, .max = 500,
		    .off = offsetof(struct schemeitem, criteria) };
		d[3] = (struct fdef){ .name = aprintf(r->a, "%smax", p),
		    .label = "分值", .type = FT_INT, .min = 1, .max = 100,
		    .req = FR_ALWAYS, .off = offsetof(struct schemeitem, max) };
		(void)form_read(r, d, 4, it);
	}
}

static enum err
scheme_txn(void *arg)
{
	return scheme_act(arg);
}

int
h_scheme_post(struct req *r)
{
	struct schemeact	 a;
	enum err		 e, x;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.year = r->arg_year;
	if (form_read(r, scheme_head, FORM_LEN(scheme_head), &a) == 0 &&
	    a.action != SC_CREATE)
		(void)form_read(r, scheme_version, FORM_LEN(scheme_version),
		    &a);
	if (r->nferr == 0 && a.action == SC_SAVE) {
		(void)form_read(r, scheme_form, FORM_LEN(scheme_form), &a);
		a.cap = given(r, "excellent-cap") ? a.cap : -1;
		a.cap_unit = given(r, "excellent-cap-unit") ? a.cap_unit : -1;
		scheme_items(r, &a);
	}
	if (r->nferr > 0)
		return (x = scheme_xml(r, a.year)) == E_OK ? 400 :
		    err_status(x);
	if (a.action == SC_OPEN && !form_confirmed(r, "发布考核方案",
	    "发布后为此前命名的每个工作室生成本年度的考核表；"
	    "第一份考核表提交后，方案不能再修改。"))
		return (x = scheme_xml(r, a.year)) == E_OK ? 200 :
		    err_status(x);
	e = db_txn(r->db, scheme_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT || e == E_FORBIDDEN) {
		if (r->nferr == 0)
			req_ferr(r, "action", "操作", r->message);
		x = scheme_xml(r, a.year);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/assessments/schemes/%d", a.year);
	r->notice = a.action == SC_CREATE ? "已以上一年度的方案为基础新建考核方案" :
	    a.action == SC_OPEN ? aprintf(r->a, "考核方案已发布，已生成%lld份"
	    "考核表", (long long)a.sheets) : "考核方案已保存";
	return 303;
}

/* --------------------------------------------------------------- filings */

int
h_filings(struct req *r)
{
	return err_status(filings_xml(r, r->arg_year));
}

#define FA(m)	offsetof(struct filingact, m)

static const struct fdef filing_form[] = {
	FORM_ACTION(flaction_names, FL__MAX, FA(action)),
	{ .name = "unit", .label = "审核单位", .type = FT_ID, .off = FA(unit) },
};

static enum err
filing_txn(void *arg)
{
	return filing_act(arg);
}

int
h_filings_post(struct req *r)
{
	struct filingact	 a;
	enum err		 e, x;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.year = r->arg_year;
	(void)form_read(r, filing_form, FORM_LEN(filing_form), &a);
	if (r->nferr == 0 && a.action == FL_ACKNOWLEDGE && a.unit == 0)
		req_ferr(r, "unit", "审核单位", "请选择备案的审核单位");
	if (r->nferr > 0)
		return (x = filings_xml(r, a.year)) == E_OK ? 400 :
		    err_status(x);
	if (a.action == FL_FILE && !form_confirmed(r, "报送年度考核结果",
	    "报送后各考核表由长春市总工会备案和确认等次，不能再修改评分。"))
		return (x = filings_xml(r, a.year)) == E_OK ? 200 :
		    err_status(x);
	e = db_txn(r->db, filing_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT || e == E_FORBIDDEN) {
		if (r->nferr == 0)
			req_ferr(r, "action", "操作", r->message);
		x = filings_xml(r, a.year);
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/assessments/filings/%d", a.year);
	r->notice = a.action == FL_FILE ? aprintf(r->a, "已报送%lld份考核表，"
	    "等待长春市总工会备案", (long long)a.sheets) : aprintf(r->a,
	    "已备案，%lld份考核表的等次已确认", (long long)a.sheets);
	return 303;
}
