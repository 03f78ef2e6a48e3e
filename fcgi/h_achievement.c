/*
 * h_achievement.c: the showcase's pages.  Reviewers: the achievements a
 * unit sees and a new one (GET|POST /app/achievements), one achievement
 * and what is done to it (GET|POST /app/achievements/{id}: save, photo,
 * adopt, submit, publish, return, take-down).  Public: the showcase
 * (GET /public/achievements), an achievement's page
 * (GET /public/achievements/{id}) and its photos (GET /public/photos/{id},
 * scaled, or ?size=original).  The rules are achievement.c's.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

#define MAXTEXT		1000	/* characters of the problem, the benefits */
#define MAXFEN		100000000000LL
#define AC(m)		offsetof(struct achact, m)

int
h_achievements(struct req *r)
{
	return err_status(list_xml(r, &list_achievements));
}

int
h_achievement(struct req *r)
{
	return err_status(achievement_xml(r, r->arg_id));
}

/* What is posted, as the form names it. */
static const char *const posts[] = {
	"create", "save", "photo", "adopt", "submit", "publish", "return",
	"take-down"
};

struct posted {
	int	 what;		/* index in posts */
};

static const struct fdef post_form[] = {
	{ .name = "action", .label = "操作", .type = FT_ENUM, .names = posts,
	  .nnames = (int)(sizeof(posts) / sizeof(posts[0])),
	  .req = FR_ALWAYS, .off = offsetof(struct posted, what),
	  .bad = "未知的操作" },
};

static const struct fdef version_form[] = {
	FORM_VERSION(AC(version), "缺少成果的版本号，请刷新页面"),
};

/* The achievement's own fields, as on create and save. */
static const struct fdef fields_form[] = {
	{ .name = "title", .label = "成果名称", .type = FT_TEXT, .max = 100,
	  .req = FR_ALWAYS, .off = AC(title) },
	{ .name = "kind", .label = "成果类别", .type = FT_ENUM,
	  .names = ackind_names, .nnames = 4, .req = FR_ALWAYS,
	  .off = AC(kind) },
	{ .name = "form", .label = "成果形式", .type = FT_ENUM,
	  .names = acform_names, .nnames = 8, .req = FR_ALWAYS,
	  .off = AC(form) },
	{ .name = "patent-number", .label = "专利号", .type = FT_TEXT,
	  .max = 40, .off = AC(patent_number) },
	{ .name = "problem", .label = "解决的问题", .type = FT_MULTI,
	  .max = MAXTEXT, .req = FR_ALWAYS, .off = AC(problem) },
	{ .name = "benefits", .label = "取得的效益", .type = FT_MULTI,
	  .max = MAXTEXT, .req = FR_ALWAYS, .off = AC(benefits) },
	{ .name = "value", .label = "创造价值（元）", .type = FT_MONEY,
	  .max = MAXFEN, .off = AC(value) },
	{ .name = "year", .label = "年度", .type = FT_INT, .min = 1990,
	  .max = 2199, .req = FR_ALWAYS, .off = AC(year) },
	{ .name = "people", .label = "主要完成人", .type = FT_TEXT, .max = 300,
	  .req = FR_ALWAYS, .off = AC(people) },
};

static const struct fdef studio_form[] = {
	{ .name = "studio", .label = "工作室", .type = FT_ID,
	  .req = FR_ALWAYS, .off = AC(studio), .bad = "请选择工作室" },
};

static const struct fdef adopt_form[] = {
	{ .name = "unit-name", .label = "应用单位", .type = FT_TEXT,
	  .max = 100, .req = FR_ALWAYS, .off = AC(unit_name) },
	{ .name = "industry", .label = "所属行业", .type = FT_CODE,
	  .codes = CT_INDUSTRY, .off = AC(industry) },
	{ .name = "region", .label = "所在地区", .type = FT_TEXT, .max = 60,
	  .req = FR_ALWAYS, .off = AC(region) },
	{ .name = "adopted-on", .label = "应用时间", .type = FT_DATE,
	  .req = FR_ALWAYS, .flags = FF_PAST, .off = AC(adopted_on) },
	{ .name = "effect", .label = "应用效果", .type = FT_MULTI, .max = 500,
	  .req = FR_ALWAYS, .off = AC(effect) },
};

static const struct fdef opinion_form[] = {
	{ .name = "opinion", .label = "意见", .type = FT_MULTI, .max = 500,
	  .off = AC(opinion) },
};

/* The posted form into a; the number of refused fields. */
static size_t
read_post(struct req *r, struct achact *a, int create)
{
	struct posted	 p;

	a->title = a->patent_number = a->problem = a->benefits = "";
	a->people = a->opinion = a->unit_name = a->industry = "";
	a->region = a->adopted_on = a->effect = "";
	if (form_read(r, post_form, FORM_LEN(post_form), &p) > 0)
		return r->nferr;
	if ((p.what == 0) != create) {
		req_ferr(r, "action", "操作", "此页面不办理该操作");
		return r->nferr;
	}
	switch (p.what) {
	case 0:
		a->post = AP_CREATE;
		(void)form_read(r, studio_form, FORM_LEN(studio_form), a);
		break;
	case 1:
		a->post = AP_SAVE;
		break;
	case 2:
		a->post = AP_PHOTO;
		break;
	case 3:
		a->post = AP_ADOPT;
		break;
	default:
		a->post = AP_ACT;
		a->action = p.what - 4;
		break;
	}
	if (!create)
		(void)form_read(r, version_form, FORM_LEN(version_form), a);
	if (a->post == AP_CREATE || a->post == AP_SAVE) {
		(void)form_read(r, fields_form, FORM_LEN(fields_form), a);
		a->has_value = a->value > 0;
	} else if (a->post == AP_ADOPT)
		(void)form_read(r, adopt_form, FORM_LEN(adopt_form), a);
	else if (a->post == AP_ACT)
		(void)form_read(r, opinion_form, FORM_LEN(opinion_form), a);
	return r->nferr;
}

static enum err
ach_txn(void *arg)
{
	return achievement_act(arg);
}

/* What was done, by the post. */
static const char *
done(const struct achact *a)
{
	static const char *const acts[AA2__MAX] = {
		"成果已提交，等待审核单位审核",
		"成果已审核发布，公众网站可以看到",
		"成果已退回所在单位工会",
		"成果已撤下，公众网站不再显示",
	};

	switch (a->post) {
	case AP_CREATE:
		return "成果已保存为草稿，可以上传照片后提交审核";
	case AP_SAVE:
		return "成果已保存";
	case AP_PHOTO:
		return "照片已上传";
	case AP_ADOPT:
		return "成果转化应用已登记";
	default:
		return acts[a->action];
	}
}

/* POST on the list (create) or on one achievement. */
static int
post(struct req *r, int create)
{
	struct achact	 a;
	enum err	 e, x;

	memset(&a, 0, sizeof(a));
	a.r = r;
	a.id = r->arg_id;
	if (read_post(r, &a, create) > 0)
		return (x = create ? list_xml(r, &list_achievements) :
		    achievement_xml(r, a.id)) == E_OK ? 400 : err_status(x);
	if (a.post == AP_ACT && a.action == AA2_TAKE_DOWN &&
	    !form_confirmed(r, "撤下成果", "撤下后公众网站不再显示该成果，"
	    "所在单位工会修改后可重新提交审核。"))
		return (x = achievement_xml(r, a.id)) == E_OK ? 200 :
		    err_status(x);
	e = db_txn(r->db, ach_txn, &a);
	if (e == E_INVALID || e == E_CONFLICT || e == E_FORBIDDEN) {
		if (r->nferr == 0)
			req_ferr(r, "action", "操作", r->message);
		x = create ? list_xml(r, &list_achievements) :
		    achievement_xml(r, a.id);
		if (x == E_OK && create) {
			xml_ferrs(r);
			xml_elem(r, "message", r->message);
		}
		return err_status(x == E_OK ? e : x);
	}
	if (e != E_OK)
		return err_status(e);
	r->location = aprintf(r->a, "/app/achievements/%lld", (long long)a.id);
	r->notice = done(&a);
	return 303;
}

int
h_achievements_post(struct req *r)
{
	return post(r, 1);
}

int
h_achievement_post(struct req *r)
{
	return post(r, 0);
}

int
h_public_achievements(struct req *r)
{
	return err_status(list_xml(r, &list_public_achievements));
}

int
h_public_achievement(struct req *r)
{
	return err_status(public_achievement_xml(r, r->arg_id,
	    req_public_origin(r)));
}

int
h_public_photo(struct req *r)
{
	const char	*size = kv_get(&r->q, "size");
	struct xaccel	*x;
	enum err	 e;

	if ((e = public_photo(r, r->arg_id, size != NULL &&
	    strcmp(size, "original") == 0, &x)) != E_OK)
		return err_status(e);
	r->accel = x;
	return 200;
}
