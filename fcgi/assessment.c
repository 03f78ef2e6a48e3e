/*
 * assessment.c: the annual assessment as a model.  The city sets each
 * year's scheme (items with their points, the grade thresholds, the cap
 * on the share graded 优秀, the filing deadline) and opens it: each
 * studio named before the scheme's date then has one sheet for the year.
 * The base union fills in the self-check and submits it, the auditing
 * union scores each item beside the self-score and so proposes the grade
 * (computed from the total, never typed), files its year's results with
 * the city in one action, and the city acknowledges the filing and
 * confirms or changes each grade.  A scheme does not change once a sheet
 * of its year is submitted.  What follows a grade is kept with the
 * sheet: key support for 优秀, supervision for 不合格, the leader's award
 * recommendation; three failed years, counted from the filed sheets, are
 * the basis of a revocation.  Nothing here knows HTTP: refusals are enum
 * err with r->message set and the fields named.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

#define MAXNOTE		300	/* characters of an item's note */
#define MAXSUMMARY	2000	/* of the year's summary, an opinion */
#define MAXLIST		5	/* unfinished sheets named in a refusal */

const char *const shstage_names[SH__MAX] = {
	[SH_SELF] = "self",
	[SH_SUBMITTED] = "submitted",
	[SH_SCORED] = "scored",
	[SH_FILED] = "filed",
	[SH_CONFIRMED] = "confirmed",
};

const char *const shaction_names[HA__MAX] = {
	[HA_SAVE] = "save",
	[HA_SUBMIT] = "submit",
	[HA_SCORE] = "score",
	[HA_RETURN] = "return",
	[HA_FILE] = "file",
	[HA_CONFIRM] = "confirm",
};

const char *const grade_names[GR__MAX] = {
	[GR_EXCELLENT] = "excellent",
	[GR_PASS] = "pass",
	[GR_FAIL] = "fail",
};

const char *const shfollow_names[HF__MAX] = {
	[HF_SUPPORT] = "support",
	[HF_SUPERVISE] = "supervise",
	[HF_CLOSE_SUPERVISION] = "close-supervision",
	[HF_AWARD] = "award",
};

const char *const scaction_names[SC__MAX] = {
	[SC_SAVE] = "save",
	[SC_OPEN] = "open",
	[SC_CREATE] = "create",
};

const char *const flaction_names[FL__MAX] = {
	[FL_FILE] = "file",
	[FL_ACKNOWLEDGE] = "acknowledge",
};

/* The sheet's machine: from, action, the stage that takes it, to. */
static const struct mrow sheet_rows[] = {
	{ SH_SELF,      HA_SAVE,    STAGE_BASE,     0, SH_SELF },
	{ SH_SELF,      HA_SUBMIT,  STAGE_BASE,     0, SH_SUBMITTED },
	{ SH_SUBMITTED, HA_SCORE,   STAGE_DISTRICT, 0, SH_SCORED },
	{ SH_SCORED,    HA_SCORE,   STAGE_DISTRICT, 0, SH_SCORED },
	{ SH_SUBMITTED, HA_RETURN,  STAGE_DISTRICT, 0, SH_SELF },
	{ SH_SCORED,    HA_RETURN,  STAGE_DISTRICT, 0, SH_SELF },
	{ SH_SCORED,    HA_FILE,    STAGE_DISTRICT, 0, SH_FILED },
	{ SH_FILED,     HA_RETURN,  STAGE_CITY,     0, SH_SUBMITTED },
	{ SH_FILED,     HA_CONFIRM, STAGE_CITY,     0, SH_CONFIRMED },
	{ SH_CONFIRMED, HA_CONFIRM, STAGE_CITY,     0, SH_CONFIRMED },
};

const struct machine sheet_machine = {
	MACHINE_ROWS(sheet_rows), shstage_names, SH__MAX, shaction_names,
	HA__MAX, stage_names
};

enum shstage
shstage_parse(const char *s)
{
	return (enum shstage)name_index(s, shstage_names, SH__MAX);
}

enum grade
grade_parse(const char *s)
{
	return (enum grade)name_index(s, grade_names, GR__MAX);
}

enum grade
grade_of(int64_t total, int64_t excellent_min, int64_t pass_min)
{
	if (total >= excellent_min)
		return GR_EXCELLENT;
	return total >= pass_min ? GR_PASS : GR_FAIL;
}

int64_t
grade_cap(int64_t n, int pct)
{
	return pct < 0 ? n : n * pct / 100;
}

int
failed_years(const struct yeargrade *g, size_t n, size_t out[3])
{
	size_t	 i, k = 0;

	for (i = 0; i < n && k < 3; i++) {
		if (g[i].grade != GR_FAIL)
			return 0;
		out[k++] = i;
	}
	return k == 3;
}

static enum err
refuse(struct req *r, enum err e, const char *msg)
{
	r->message = msg;
	return e;
}

/* The grade's name in the users' words. */
static const char *
grade_label(enum grade g)
{
	static const char *const labels[GR__MAX + 1] = {
		[GR_EXCELLENT] = "优秀", [GR_PASS] = "合格",
		[GR_FAIL] = "不合格", [GR__MAX] = "",
	};

	return labels[g <= GR__MAX ? g : GR__MAX];
}

/* An attribute of a column, empty when NULL. */
static void
attr_opt(struct req *r, const char *name, const char *v)
{
	xml_attr(r, name, v != NULL ? v : "");
}

/* Yuan with two decimals of an amount in fen. */
static const char *
yuan(struct req *r, int64_t fen)
{
	return aprintf(r->a, "%lld.%02lld", (long long)(fen / 100),
	    (long long)(fen % 100));
}

/* ---------------------------------------------------------------- scheme */

/* Columns of STMT_SCHEME_LOCK. */
enum { SL_STATUS, SL_LOCKED, SL_VERSION, SL_EXCELLENT, SL_PASS, SL_CAP,
	SL_CAP_UNIT, SL_DEADLINE };

/* The scheme's row, locked: what the actions on its year need. */
struct scheme {
	int		 open, locked;
	int64_t		 version, excellent_min, pass_min;
	int		 cap, cap_unit;		/* -1: none */
};

static enum err
scheme_lock(struct req *r, int year, struct scheme *s)
{
	struct dbq	*q;
	enum err	 e;

	if ((e = db_one(r->db, STMT_SCHEME_LOCK, DBARGS(DBI(year)), &q)) !=
	    E_OK)
		return e;
	s->open = strcmp(db_col(q, SL_STATUS), "open") == 0;
	s->locked = db_coli(q, SL_LOCKED) != 0;
	s->version = db_coli(q, SL_VERSION);
	s->excellent_min = db_coli(q, SL_EXCELLENT);
	s->pass_min = db_coli(q, SL_PASS);
	s->cap = db_col(q, SL_CAP) != NULL ? (int)db_coli(q, SL_CAP) : -1;
	s->cap_unit = db_col(q, SL_CAP_UNIT) != NULL ?
	    (int)db_coli(q, SL_CAP_UNIT) : -1;
	db_end(q);
	return E_OK;
}

/* The year's items: code, max and title of each, in order. */
struct item {
	const char	*code, *title;
	int64_t		 max;
};

static enum err
items_read(struct req *r, int year, struct item **out, size_t *n)
{
	struct dbq	*q;
	struct item	*v;
	int		 rc;

	*n = 0;
	*out = v = amalloc(r->a, SCHEME_MAXITEMS * sizeof(*v));
	if ((q = db_query(r->db, STMT_SCHEME_ITEMS, DBARGS(DBI(year)))) ==
	    NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1 && *n < SCHEME_MAXITEMS) {
		v[*n].code = astrdup(r->a, db_col(q, 1));
		v[*n].title = astrdup(r->a, db_col(q, 2));
		v[*n].max = db_coli(q, 4);
		(*n)++;
	}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* Whether s is a code of an item: 1 to 10 ASCII letters and digits. */
static int
item_code(const char *s)
{
	size_t	 i;

	for (i = 0; s[i] != '\0'; i++)
		if (i >= 10 || !((s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return i > 0;
}

/* The posted scheme's rules across its fields; each refusal named. */
static void
scheme_check(struct schemeact *a)
{
	struct req	*r = a->r;
	int64_t		 total = 0;
	size_t		 i, j;
	char		*f;

	if (a->nitems == 0)
		req_ferr(r, "item.1.title", "考核项目", "至少要有一个考核项目");
	for (i = 0; i < a->nitems; i++) {
		f = aprintf(r->a, "item.%zu.code", i + 1);
		if (!item_code(a->items[i].code))
			req_ferr(r, f, "项目编号",
			    "请填写1到10个字母或数字");
		for (j = 0; j < i; j++)
			if (strcmp(a->items[i].code, a->items[j].code) == 0)
				req_ferr(r, f, "项目编号", "项目编号重复");
		total += a->items[i].max;
	}
	if (a->pass_min >= a->excellent_min)
		req_ferr(r, "pass-min", "合格分数线", "合格分数线应低于优秀分数线");
	if (a->nitems > 0 && a->excellent_min > total)
		req_ferr(r, "excellent-min", "优秀分数线",
		    aprintf(r->a, "优秀分数线不能高于各项满分之和（%lld分）",
		    (long long)total));
	if (strcmp(a->deadline, aprintf(r->a, "%04d-01-01", a->year)) < 0)
		req_ferr(r, "deadline", "报送截止日期",
		    "报送截止日期不能早于考核年度");
}

/* The scheme's fields and items written anew. */
static enum err
scheme_write(struct schemeact *a)
{
	struct req	*r = a->r;
	uint64_t	 n = 0;
	size_t		 i;
	enum err	 e;

	if ((e = db_exec(r->db, STMT_SCHEME_UPDATE, DBARGS(DBS(a->title),
	    DBI(a->excellent_min), DBI(a->pass_min),
	    a->cap >= 0 ? DBI(a->cap) : DBN,
	    a->cap_unit >= 0 ? DBI(a->cap_unit) : DBN,
	    DBS(a->eligible_before), DBS(a->deadline), DBI(a->year),
	    DBI(a->version)), &n, NULL)) != E_OK)
		return e;
	if (n != 1)
		return refuse(r, E_CONFLICT,
		    "考核方案已被他人修改，请刷新页面后重新操作");
	if ((e = db_exec(r->db, STMT_SCHEME_ITEMS_CLEAR, DBARGS(DBI(a->year)),
	    NULL, NULL)) != E_OK)
		return e;
	for (i = 0; i < a->nitems; i++)
		if ((e = db_exec(r->db, STMT_SCHEME_ITEM_ADD, DBARGS(
		    DBI(a->year), DBI((int64_t)i + 1), DBS(a->items[i].code),
		    DBS(a->items[i].title), DBS(a->items[i].criteria),
		    DBI(a->items[i].max)), NULL, NULL)) != E_OK)
			return e;
	return E_OK;
}

enum err
scheme_act(struct schemeact *a)
{
	struct req	*r = a->r;
	struct scheme	 s;
	struct dbq	*q;
	struct item	*items;
	size_t		 nitems;
	int64_t		 src;
	uint64_t	 n = 0;
	char		*what;
	enum err	 e;

	if (r->who->kind != KIND_CITY)
		return refuse(r, E_FORBIDDEN, "考核方案由长春市总工会制定");
	if (a->action == SC_CREATE) {
		if ((e = db_one(r->db, STMT_SCHEME_SOURCE, DBARGS(DBI(a->year),
		    DBI(a->year)), &q)) != E_OK)
			return e == E_NOTFOUND ? refuse(r, E_CONFLICT,
			    "没有可以复制的考核方案") : e;
		src = db_coli(q, 0);
		db_end(q);
		e = db_exec(r->db, STMT_SCHEME_COPY, DBARGS(DBI(a->year),
		    DBI(a->year), DBI(a->year), DBI(a->year), DBI(src)), NULL,
		    NULL);
		if (e == E_DUP)
			return refuse(r, E_CONFLICT, "该年度的考核方案已经存在");
		if (e != E_OK || (e = db_exec(r->db, STMT_SCHEME_COPY_ITEMS,
		    DBARGS(DBI(a->year), DBI(src)), NULL, NULL)) != E_OK)
			return e;
		what = aprintf(r->a, "year=%d\nfrom=%lld\n", a->year,
		    (long long)src);
		return audit_append(r->db, r->who, "assessment.scheme.create",
		    "assessment-scheme", a->year, what, strlen(what));
	}
	if ((e = scheme_lock(r, a->year, &s)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "考核方案") : e;
	if (a->version != s.version)
		return refuse(r, E_CONFLICT,
		    "考核方案已被他人修改，请刷新页面后重新操作");
	if (a->action == SC_OPEN) {
		if (s.open)
			return refuse(r, E_CONFLICT, "考核方案已经发布");
		if ((e = items_read(r, a->year, &items, &nitems)) != E_OK)
			return e;
		if (nitems == 0)
			return refuse(r, E_CONFLICT,
			    "考核方案还没有考核项目，不能发布");
		if ((e = db_exec(r->db, STMT_SCHEME_OPEN, DBARGS(DBI(a->year),
		    DBI(a->version)), &n, NULL)) != E_OK)
			return e;
		if (n != 1)
			return refuse(r, E_CONFLICT,
			    "考核方案已被他人修改，请刷新页面后重新操作");
		if ((e = db_exec(r->db, STMT_SCHEME_SHEETS, DBARGS(DBI(a->year)),
		    &n, NULL)) != E_OK)
			return e;
		a->sheets = (int64_t)n;
		what = aprintf(r->a, "year=%d\nsheets=%llu\n", a->year,
		    (unsigned long long)n);
		return audit_append(r->db, r->who, "assessment.scheme.open",
		    "assessment-scheme", a->year, what, strlen(what));
	}
	if (s.locked)
		return refuse(r, E_CONFLICT,
		    "该年度已有考核表提交，考核方案不能再修改");
	scheme_check(a);
	if (r->nferr > 0)
		return refuse(r, E_INVALID, "考核方案有误，请按提示修改");
	if ((e = scheme_write(a)) != E_OK)
		return e;
	what = aprintf(r->a, "year=%d\ntitle=%s\nexcellent-min=%lld\n"
	    "pass-min=%lld\ncap=%lld\ncap-unit=%lld\neligible-before=%s\n"
	    "deadline=%s\nitems=%zu\n", a->year, a->title,
	    (long long)a->excellent_min, (long long)a->pass_min,
	    (long long)a->cap, (long long)a->cap_unit, a->eligible_before,
	    a->deadline, a->nitems);
	return audit_append(r->db, r->who, "assessment.scheme.save",
	    "assessment-scheme", a->year, what, strlen(what));
}

/* Columns of STMT_SCHEME_GET. */
enum { SG_YEAR, SG_TITLE, SG_EXCELLENT, SG_PASS, SG_CAP, SG_CAP_UNIT,
	SG_ELIGIBLE, SG_DEADLINE, SG_STATUS, SG_LOCKED, SG_VERSION, SG_TOTAL,
	SG_SHEETS, SG_DAYS };

/* <years> of the schemes there are, the newest first. */
static enum err
years_xml(struct req *r)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_SCHEME_YEARS, DBNOARGS)) == NULL)
		return db_err(r->db);
	xml_start(r, "years");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "year");
		xml_attr(r, "status", db_col(q, 1));
		xml_text(r, db_col(q, 0));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* The scheme's thresholds as attributes (the sheet's and the list's). */
static void
scheme_attrs(struct req *r, struct dbq *q)
{
	xml_attr(r, "year", db_col(q, SG_YEAR));
	xml_attr(r, "status", db_col(q, SG_STATUS));
	xml_attr(r, "excellent-min", db_col(q, SG_EXCELLENT));
	xml_attr(r, "pass-min", db_col(q, SG_PASS));
	xml_attr(r, "max-total", db_col(q, SG_TOTAL));
	attr_opt(r, "excellent-cap", db_col(q, SG_CAP));
	attr_opt(r, "excellent-cap-unit", db_col(q, SG_CAP_UNIT));
	xml_attr(r, "deadline", db_col(q, SG_DEADLINE));
}

enum err
scheme_xml(struct req *r, int year)
{
	struct dbq	*q;
	int		 rc, city = r->who->kind == KIND_CITY;
	enum err	 e;

	e = db_one(r->db, STMT_SCHEME_GET, DBARGS(DBI(year)), &q);
	if (e != E_OK && e != E_NOTFOUND)
		return e;
	xml_begin(r, "scheme");
	xml_attri(r, "year", year);
	xml_attrb(r, "exists", e == E_OK);
	if (e == E_NOTFOUND) {
		xml_attrb(r, "editable", 0);
		if ((e = years_xml(r)) != E_OK)
			return e;
		xml_ferrs(r);
		if (r->message != NULL)
			xml_elem(r, "message", r->message);
		return E_OK;
	}
	xml_attr(r, "status", db_col(q, SG_STATUS));
	xml_attrb(r, "locked", db_coli(q, SG_LOCKED) != 0);
	xml_attr(r, "version", db_col(q, SG_VERSION));
	xml_attr(r, "excellent-min", db_col(q, SG_EXCELLENT));
	xml_attr(r, "pass-min", db_col(q, SG_PASS));
	xml_attr(r, "excellent-cap", db_col(q, SG_CAP) != NULL ?
	    db_col(q, SG_CAP) : "");
	xml_attr(r, "excellent-cap-unit", db_col(q, SG_CAP_UNIT) != NULL ?
	    db_col(q, SG_CAP_UNIT) : "");
	xml_attr(r, "eligible-before", db_col(q, SG_ELIGIBLE));
	xml_attr(r, "deadline", db_col(q, SG_DEADLINE));
	xml_attr(r, "max-total", db_col(q, SG_TOTAL));
	xml_attr(r, "sheets", db_col(q, SG_SHEETS));
	xml_attrb(r, "editable", city && db_coli(q, SG_LOCKED) == 0);
	xml_elem(r, "title", db_col(q, SG_TITLE));
	db_end(q);
	if ((q = db_query(r->db, STMT_SCHEME_ITEMS, DBARGS(DBI(year)))) ==
	    NULL)
		return db_err(r->db);
	xml_start(r, "items");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "item");
		xml_attr(r, "seq", db_col(q, 0));
		xml_attr(r, "code", db_col(q, 1));
		xml_attr(r, "max", db_col(q, 4));
		xml_elem(r, "title", db_col(q, 2));
		xml_elem(r, "criteria", db_col(q, 3));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);
	if ((e = years_xml(r)) != E_OK)
		return e;
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

/* ----------------------------------------------------------------- sheet */

/* Columns of STMT_SHEET_LOCK. */
enum { SK_ID, SK_STAGE, SK_VERSION, SK_PATH, SK_BASE, SK_AUDIT,
	SK_PROPOSED, SK_GRADE, SK_SUPPORT, SK_STUDIO_STATUS, SK_AWARD,
	SK_SUMMARY };

/* The locked sheet: what the actions on it need. */
struct shrec {
	int64_t		 id, version, base, audit;
	enum shstage	 stage;
	enum grade	 proposed, grade;	/* GR__MAX: none */
	int		 supported;
	enum sstatus	 studio_status;
};

/* The grade that counts: the city's, else the proposed one. */
static enum grade
effective(const struct shrec *h)
{
	return h->grade != GR__MAX ? h->grade : h->proposed;
}

static enum err
sheet_lock(struct req *r, int64_t studio, int year, struct shrec *h)
{
	struct dbq	*q;
	enum err	 e;

	if ((e = db_one(r->db, STMT_SHEET_LOCK, DBARGS(DBI(studio),
	    DBI(year)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "考核表") : e;
	if (!auth_sees(r->who, db_col(q, SK_PATH))) {
		db_end(q);
		return auth_hidden(r, "考核表");
	}
	h->id = db_coli(q, SK_ID);
	h->stage = shstage_parse(db_col(q, SK_STAGE));
	h->version = db_coli(q, SK_VERSION);
	h->base = db_coli(q, SK_BASE);
	h->audit = db_coli(q, SK_AUDIT);
	h->proposed = db_col(q, SK_PROPOSED) != NULL ?
	    grade_parse(db_col(q, SK_PROPOSED)) : GR__MAX;
	h->grade = db_col(q, SK_GRADE) != NULL ?
	    grade_parse(db_col(q, SK_GRADE)) : GR__MAX;
	h->supported = db_col(q, SK_SUPPORT) != NULL;
	h->studio_status = sstatus_parse(db_col(q, SK_STUDIO_STATUS));
	db_end(q);
	return E_OK;
}

/*
 * The 优秀 cap: refused (E_CONFLICT, with the numbers) when, after the
 * action, more of the year's sheets (of the auditing union unit, or all
 * when 0) would be graded 优秀 than pct per cent of them; add: the sheets
 * the action makes 优秀 beyond those filed or confirmed so (those of the
 * union scored 优秀 and not yet filed are added when file is set).
 */
static enum err
cap_check(struct req *r, int year, int64_t unit, int pct, int64_t add,
    int file, int64_t filer)
{
	struct dbq	*q;
	int64_t		 total, now, scored, after, most;
	enum err	 e;

	if (pct < 0)
		return E_OK;
	if ((e = db_one(r->db, STMT_SHEET_CAP, DBARGS(DBI(filer), DBI(year),
	    DBI(unit), DBI(unit)), &q)) != E_OK)
		return e;
	total = db_coli(q, 0);
	now = db_coli(q, 1);
	scored = db_coli(q, 2);
	db_end(q);
	after = now + add + (file ? scored : 0);
	most = grade_cap(total, pct);
	if (after <= most)
		return E_OK;
	return refuse(r, E_CONFLICT, aprintf(r->a, "优秀等次超过比例上限："
	    "%s%d年度考核表共%lld份，优秀比例上限为%d%%，至多%lld份；"
	    "此次操作后将有%lld份为优秀", unit > 0 ? "本单位" : "全市", year,
	    (long long)total, pct, (long long)most, (long long)after));
}

/* The posted score of an item: 1 with *v, 0 when empty; refused named. */
static int
score_read(struct req *r, const char *kind, const char *label,
    const struct item *it, int required, int64_t *v)
{
	const char	*name = aprintf(r->a, "%s.%s", kind, it->code);
	const char	*raw = kv_get(&r->form, name), *msg;

	if (raw == NULL || raw[strspn(raw, " \t")] == '\0') {
		if (required)
			req_ferr(r, name, it->title, aprintf(r->a,
			    "请填写“%s”的%s", it->title, label));
		return 0;
	}
	if ((msg = valid_int(raw, 0, it->max, v)) != NULL) {
		req_ferr(r, name, it->title, aprintf(r->a, "“%s”的%s应为0到"
		    "%lld之间的整数", it->title, label, (long long)it->max));
		return 0;
	}
	return 1;
}

/* The posted note of an item, "" when none; refused named. */
static const char *
note_read(struct req *r, const char *kind, const struct item *it)
{
	const char	*name = aprintf(r->a, "%s-note.%s", kind, it->code);
	const char	*raw = kv_get(&r->form, name), *val, *msg;

	if (raw == NULL)
		return "";
	if ((msg = valid_text(r->a, raw, MAXNOTE, 0, &val)) != NULL) {
		req_ferr(r, name, it->title, msg);
		return "";
	}
	return val;
}

/* A sheet's step, at the stage of the unit that took it. */
static enum err
sheet_step(struct req *r, int64_t id, enum stage st, const char *action,
    const char *opinion)
{
	return step_add(r, STMT_SHEET_REVIEW_ADD, id, stage_names[st], action,
	    opinion);
}

/* save, submit: the base union's self-check. */
static enum err
self_check(struct sheetact *a, struct shrec *h, const struct item *it,
    size_t n, int submit)
{
	struct req	*r = a->r;
	int64_t		*sc, total = 0;
	int		*has, any = 0;
	const char	**note;
	uint64_t	 rows = 0;
	size_t		 i;
	enum err	 e;

	sc = amalloc(r->a, (n + 1) * sizeof(*sc));
	has = amalloc(r->a, (n + 1) * sizeof(*has));
	note = amalloc(r->a, (n + 1) * sizeof(*note));
	for (i = 0; i < n; i++) {
		has[i] = score_read(r, "self", "自评分", &it[i], submit, &sc[i]);
		note[i] = note_read(r, "self", &it[i]);
		if (has[i]) {
			total += sc[i];
			any = 1;
		}
	}
	if (submit) {
		if (*a->summary == '\0')
			req_ferr(r, "summary", "年度工作总结",
			    "提交自检前须填写年度工作总结");
		if (!a->has_venue)
			req_ferr(r, "venue-area", "场地保障",
			    "提交自检前须填写场地面积");
		if (!a->has_staff)
			req_ferr(r, "staff", "人员配备",
			    "提交自检前须填写人员配备");
		if (!a->has_hours)
			req_ferr(r, "activity-hours", "活动时间",
			    "提交自检前须填写活动时间");
	}
	if (r->nferr > 0)
		return refuse(r, E_INVALID, "自检表有误，请按提示修改");
	for (i = 0; i < n; i++)
		if ((e = db_exec(r->db, STMT_SCORE_SELF, DBARGS(DBI(h->id),
		    DBS(it[i].code), has[i] ? DBI(sc[i]) : DBN,
		    DBS(note[i])), NULL, NULL)) != E_OK)
			return e;
	a->to = submit ? SH_SUBMITTED : SH_SELF;
	if ((e = db_exec(r->db, STMT_SHEET_SELF_SET, DBARGS(DBS(a->summary),
	    a->has_venue ? DBI(a->venue_area) : DBN,
	    a->has_staff ? DBI(a->staff) : DBN,
	    a->has_funds ? DBI(a->funds) : DBN, DBS(a->equipment),
	    a->has_hours ? DBI(a->activity_hours) : DBN,
	    any ? DBI(total) : DBN, DBS(shstage_names[a->to]),
	    DBS(shstage_names[a->to]), DBI(h->id), DBI(h->version)), &rows,
	    NULL)) != E_OK)
		return e;
	if (rows != 1)
		return refuse(r, E_CONFLICT,
		    "考核表已被他人修改，请刷新页面后重新操作");
	if (!submit)
		return E_OK;
	/* The first sheet submitted fixes the year's scheme. */
	if ((e = db_exec(r->db, STMT_SCHEME_LOCK_SET, DBARGS(DBI(a->year)),
	    NULL, NULL)) != E_OK)
		return e;
	return sheet_step(r, h->id, STAGE_BASE, "submit", "");
}

/* score: the auditing union's scores and the grade they make. */
static enum err
score(struct sheetact *a, struct shrec *h, const struct scheme *s,
    const struct item *it, size_t n)
{
	struct req	*r = a->r;
	int64_t		*sc, total = 0;
	const char	**note;
	enum grade	 g;
	uint64_t	 rows = 0;
	size_t		 i;
	enum err	 e;

	sc = amalloc(r->a, (n + 1) * sizeof(*sc));
	note = amalloc(r->a, (n + 1) * sizeof(*note));
	for (i = 0; i < n; i++) {
		if (score_read(r, "audit", "考核评分", &it[i], 1, &sc[i]))
			total += sc[i];
		note[i] = note_read(r, "audit", &it[i]);
	}
	if (*a->opinion == '\0')
		req_ferr(r, "opinion", "评分意见", "请填写评分意见");
	if (r->nferr > 0)
		return refuse(r, E_INVALID, "评分有误，请按提示修改");
	for (i = 0; i < n; i++)
		if ((e = db_exec(r->db, STMT_SCORE_AUDIT, DBARGS(DBI(h->id),
		    DBS(it[i].code), DBI(sc[i]), DBS(note[i])), NULL,
		    NULL)) != E_OK)
			return e;
	g = grade_of(total, s->excellent_min, s->pass_min);
	if ((e = db_exec(r->db, STMT_SHEET_AUDIT_SET, DBARGS(DBI(total),
	    DBS(a->opinion), DBS(grade_names[g]), DBI(h->id),
	    DBI(h->version)), &rows, NULL)) != E_OK)
		return e;
	if (rows != 1)
		return refuse(r, E_CONFLICT,
		    "考核表已被他人修改，请刷新页面后重新操作");
	a->to = SH_SCORED;
	a->grade = g;
	return sheet_step(r, h->id, STAGE_DISTRICT, "score", aprintf(r->a,
	    "%s（合计%lld分，建议等次：%s）", a->opinion, (long long)total,
	    grade_label(g)));
}

/* confirm: the city's grade, checked against the caps. */
static enum err
confirm(struct sheetact *a, struct shrec *h, const struct scheme *s)
{
	struct req	*r = a->r;
	enum grade	 g = a->grade < GR__MAX ? (enum grade)a->grade :
			    h->proposed, was = effective(h);
	int64_t		 add;
	uint64_t	 rows = 0;
	enum err	 e;

	if (g == GR__MAX)
		return refuse(r, E_CONFLICT, "考核表还没有建议等次");
	if (g != h->proposed && *a->opinion == '\0') {
		req_ferr(r, "reason", "理由", "改变建议等次须写明理由");
		return refuse(r, E_INVALID, "改变建议等次须写明理由");
	}
	add = (g == GR_EXCELLENT) - (was == GR_EXCELLENT &&
	    (h->stage == SH_FILED || h->stage == SH_CONFIRMED));
	if (add > 0 && ((e = cap_check(r, a->year, 0, s->cap, add, 0, 0)) !=
	    E_OK || (e = cap_check(r, a->year, h->audit, s->cap_unit, add, 0,
	    0)) != E_OK))
		return e;
	if ((e = db_exec(r->db, STMT_SHEET_CONFIRM, DBARGS(DBS(grade_names[g]),
	    DBS(a->opinion), DBI(h->id), DBI(h->version)), &rows, NULL)) !=
	    E_OK)
		return e;
	if (rows != 1)
		return refuse(r, E_CONFLICT,
		    "考核表已被他人修改，请刷新页面后重新操作");
	a->to = SH_CONFIRMED;
	a->grade = g;
	return sheet_step(r, h->id, STAGE_CITY, "confirm", *a->opinion ?
	    aprintf(r->a, "%s：%s", grade_label(g), a->opinion) :
	    grade_label(g));
}

/* The follow-ups: key support, supervision, its end, the award. */
static enum err
follow(struct sheetact *a, struct shrec *h, enum shfollow f)
{
	struct req	*r = a->r;
	int		 city = r->who->kind == KIND_CITY;
	int		 auditor = r->who->unit_id == h->audit;
	int		 filed = h->stage == SH_FILED ||
			    h->stage == SH_CONFIRMED;
	uint64_t	 rows = 0;
	enum err	 e;

	if ((f == HF_SUPPORT || f == HF_AWARD) && !city)
		return refuse(r, E_FORBIDDEN, "此操作由长春市总工会办理");
	if ((f == HF_SUPERVISE || f == HF_CLOSE_SUPERVISION) && !auditor)
		return refuse(r, E_FORBIDDEN, "督导由工作室的审核单位记录");
	if (*a->text == '\0') {
		req_ferr(r, f == HF_SUPPORT ? "measure" : f == HF_SUPERVISE ?
		    "measures" : f == HF_AWARD ? "award-result" : "outcome",
		    "内容", "请填写内容");
		return refuse(r, E_INVALID, "请填写内容");
	}
	a->to = h->stage;
	switch (f) {
	case HF_SUPPORT:
		if (h->stage != SH_CONFIRMED || h->grade != GR_EXCELLENT)
			return refuse(r, E_CONFLICT,
			    "考核等次确认为优秀的工作室才能列入重点支持");
		if (h->supported)
			return refuse(r, E_CONFLICT, "已经决定重点支持");
		if ((e = db_exec(r->db, STMT_SHEET_SUPPORT, DBARGS(DBS(a->text),
		    DBI(h->id), DBI(h->version)), &rows, NULL)) != E_OK)
			return e;
		if (rows == 1 && (e = studio_move(r, a->studio, SA_SUPPORT,
		    SR_ASSESSMENT, aprintf(r->a, "%d年度考核优秀", a->year),
		    a->text)) != E_OK)
			return e;
		break;
	case HF_AWARD:
		if (h->stage != SH_CONFIRMED || h->grade != GR_EXCELLENT)
			return refuse(r, E_CONFLICT,
			    "考核等次确认为优秀的工作室才能推荐评先选优");
		if ((e = db_exec(r->db, STMT_SHEET_AWARD, DBARGS(DBS(a->text),
		    DBI(h->id), DBI(h->version)), &rows, NULL)) != E_OK)
			return e;
		break;
	case HF_SUPERVISE:
		if (!filed || effective(h) != GR_FAIL)
			return refuse(r, E_CONFLICT,
			    "报送为不合格的工作室才需要督导");
		if (a->due_on == NULL || *a->due_on == '\0') {
			req_ferr(r, "due-on", "整改期限", "请填写整改期限");
			return refuse(r, E_INVALID, "请填写整改期限");
		}
		e = db_exec(r->db, STMT_SUPERVISION_ADD, DBARGS(DBI(h->id),
		    DBI(a->studio), DBS(a->text), DBS(a->due_on),
		    DBI(r->who->unit_id), DBS(r->who->holder)), NULL, NULL);
		if (e == E_DUP)
			return refuse(r, E_CONFLICT, "该考核表已经记录了督导");
		if (e != E_OK)
			return e;
		if ((e = db_exec(r->db, STMT_SHEET_BUMP, DBARGS(DBI(h->id),
		    DBI(h->version)), &rows, NULL)) != E_OK)
			return e;
		if (rows == 1 && h->studio_status != SS_SUPERVISED &&
		    (e = studio_move(r, a->studio, SA_SUPERVISE,
		    SR_ASSESSMENT, aprintf(r->a, "%d年度考核不合格", a->year),
		    a->text)) != E_OK)
			return e;
		break;
	default:
		if ((e = db_exec(r->db, STMT_SUPERVISION_CLOSE, DBARGS(
		    DBS(a->text), DBI(h->id)), &rows, NULL)) != E_OK)
			return e;
		if (rows != 1)
			return refuse(r, E_CONFLICT, "没有进行中的督导");
		if ((e = db_exec(r->db, STMT_SHEET_BUMP, DBARGS(DBI(h->id),
		    DBI(h->version)), &rows, NULL)) != E_OK)
			return e;
		if (rows == 1 && h->studio_status == SS_SUPERVISED &&
		    (e = studio_move(r, a->studio, SA_RESTORE, SR_ASSESSMENT,
		    aprintf(r->a, "%d年度考核督导结束", a->year),
		    a->text)) != E_OK)
			return e;
		break;
	}
	if (rows != 1)
		return refuse(r, E_CONFLICT,
		    "考核表已被他人修改，请刷新页面后重新操作");
	return E_OK;
}

enum err
assessment_act(struct sheetact *a)
{
	struct req	*r = a->r;
	struct scheme	 s;
	struct shrec	 h;
	struct item	*it = NULL;
	size_t		 n = 0;
	uint64_t	 rows = 0;
	int		 actor, to;
	const char	*name;
	char		*what;
	enum err	 e;

	/* The scheme first, then the sheet: the filing locks so too. */
	memset(&h, 0, sizeof(h));
	memset(&s, 0, sizeof(s));
	if ((e = scheme_lock(r, a->year, &s)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "考核表") : e;
	if ((e = sheet_lock(r, a->studio, a->year, &h)) != E_OK)
		return e;
	if (a->version != h.version)
		return refuse(r, E_CONFLICT,
		    "考核表已被他人修改，请刷新页面后重新操作");
	if (a->action >= HA__MAX) {
		if ((e = follow(a, &h, (enum shfollow)(a->action - HA__MAX))) !=
		    E_OK)
			return e;
		name = shfollow_names[a->action - HA__MAX];
	} else {
		name = shaction_names[a->action];
		if (h.studio_status == SS_REVOKED)
			return refuse(r, E_CONFLICT, "工作室已被取消命名，"
			    "其考核表不再办理");
		if (a->action == HA_FILE)
			return refuse(r, E_CONFLICT, "考核结果由审核单位在年度"
			    "报送页面统一报送");
		if (!machine_next(&sheet_machine, h.stage, a->action, 0, &actor,
		    &to))
			return refuse(r, E_CONFLICT, "考核表当前的阶段不允许此操作");
		if (!review_actor(r->who, (enum stage)actor, h.base, h.audit))
			return refuse(r, E_FORBIDDEN,
			    "此操作应由考核表当前阶段的单位办理");
		if (a->action != HA_RETURN && (e = items_read(r, a->year, &it,
		    &n)) != E_OK)
			return e;
		switch (a->action) {
		case HA_SAVE:
		case HA_SUBMIT:
			e = self_check(a, &h, it, n, a->action == HA_SUBMIT);
			break;
		case HA_SCORE:
			e = score(a, &h, &s, it, n);
			break;
		case HA_CONFIRM:
			e = confirm(a, &h, &s);
			break;
		default:
			if (*a->opinion == '\0') {
				req_ferr(r, "opinion", "退回理由",
				    "请写明退回的理由");
				return refuse(r, E_INVALID, "请写明退回的理由");
			}
			a->to = (enum shstage)to;
			if ((e = db_exec(r->db, STMT_SHEET_STAGE_SET, DBARGS(
			    DBS(shstage_names[to]), DBI(h.id),
			    DBI(h.version)), &rows, NULL)) != E_OK)
				return e;
			if (rows != 1)
				return refuse(r, E_CONFLICT, "考核表已被他人修改，"
				    "请刷新页面后重新操作");
			e = sheet_step(r, h.id, (enum stage)actor, "return",
			    a->opinion);
			break;
		}
		if (e != E_OK)
			return e;
	}
	what = aprintf(r->a, "sheet=%lld\nstudio=%lld\nyear=%d\naction=%s\n"
	    "from=%s\nto=%s\ngrade=%s\ntext=%s%s\n", (long long)h.id,
	    (long long)a->studio, a->year, name, shstage_names[h.stage],
	    shstage_names[a->to], a->grade < GR__MAX ? grade_names[a->grade] :
	    "", a->opinion != NULL ? a->opinion : "",
	    a->text != NULL ? a->text : "");
	return audit_append(r->db, r->who, aprintf(r->a, "assessment.%s",
	    name), "assessment", h.id, what, strlen(what));
}

enum err
assessment_attach(struct req *r, int64_t studio, int year, int64_t version,
    const struct upfile *f, int64_t *id)
{
	struct shrec	 h;
	struct dbq	*q;
	const char	*path;
	char		*what;
	uint64_t	 rows = 0;
	enum err	 e;

	memset(&h, 0, sizeof(h));
	if ((e = sheet_lock(r, studio, year, &h)) != E_OK)
		return e;
	if (version != h.version)
		return refuse(r, E_CONFLICT,
		    "考核表已被他人修改，请刷新页面后重新操作");
	if (h.studio_status == SS_REVOKED || h.stage != SH_SELF)
		return refuse(r, E_CONFLICT, "只有自检阶段的考核表可以上传佐证材料");
	if (!review_actor(r->who, STAGE_BASE, h.base, h.audit))
		return refuse(r, E_FORBIDDEN, "佐证材料由工作室所在单位工会上传");
	if ((e = db_one(r->db, STMT_SCOPE_SHEET, DBARGS(DBI(h.id)), &q)) !=
	    E_OK)
		return e;
	path = astrdup(r->a, db_col(q, 0));
	db_end(q);
	if ((e = attach_store(r, f, "assessment", h.id, path, id)) != E_OK)
		return e;
	if ((e = db_exec(r->db, STMT_SHEET_BUMP, DBARGS(DBI(h.id),
	    DBI(h.version)), &rows, NULL)) != E_OK)
		return e;
	if (rows != 1)
		return refuse(r, E_CONFLICT,
		    "考核表已被他人修改，请刷新页面后重新操作");
	what = aprintf(r->a, "sheet=%lld\nstudio=%lld\nyear=%d\n"
	    "action=attach\nattachment=%lld\nname=%s\nsize=%zu\n",
	    (long long)h.id, (long long)studio, year, (long long)*id,
	    f->name, f->len);
	return audit_append(r->db, r->who, "assessment.attach", "assessment",
	    h.id, what, strlen(what));
}

/* Columns of STMT_SHEET_GET. */
enum { SX_ID, SX_STAGE, SX_VERSION, SX_SINCE, SX_BASE, SX_PATH, SX_AUDIT,
	SX_SUMMARY, SX_VENUE, SX_STAFF, SX_FUNDS, SX_EQUIPMENT, SX_HOURS,
	SX_SELF_TOTAL, SX_AUDIT_TOTAL, SX_OPINION, SX_PROPOSED, SX_GRADE,
	SX_REASON, SX_SUPPORT, SX_SUPPORT_ON, SX_AWARD, SX_AWARD_ON, SX_NAME,
	SX_NUMBER, SX_NAMED_ON, SX_STATUS, SX_HOST, SX_LEADER, SX_BASE_NAME,
	SX_AUDIT_NAME };

/* <items> of the sheet: each item of the year with its two scores. */
static enum err
items_xml(struct req *r, int64_t sheet, int year)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_SHEET_SCORES, DBARGS(DBI(sheet),
	    DBI(year)))) == NULL)
		return db_err(r->db);
	xml_start(r, "items");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "item");
		xml_attr(r, "code", db_col(q, 0));
		xml_attr(r, "seq", db_col(q, 1));
		xml_attr(r, "max", db_col(q, 2));
		attr_opt(r, "self-score", db_col(q, 5));
		attr_opt(r, "audit-score", db_col(q, 7));
		xml_elem(r, "title", db_col(q, 3));
		xml_elem(r, "criteria", db_col(q, 4));
		xml_elem(r, "self-note", db_col(q, 6));
		xml_elem(r, "audit-note", db_col(q, 8));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* <supervision> of the sheet, when one is recorded; *open if it is. */
static enum err
supervision_xml(struct req *r, int64_t sheet, int *exists, int *open)
{
	struct dbq	*q;
	enum err	 e;

	*exists = *open = 0;
	e = db_one(r->db, STMT_SUPERVISION_GET, DBARGS(DBI(sheet)), &q);
	if (e == E_NOTFOUND)
		return E_OK;
	if (e != E_OK)
		return e;
	*exists = 1;
	*open = db_col(q, 4) == NULL;
	xml_start(r, "supervision");
	xml_attr(r, "id", db_col(q, 0));
	xml_attr(r, "due-on", db_col(q, 2));
	attr_opt(r, "closed-on", db_col(q, 4));
	xml_attr(r, "created", xml_datetime(r, db_col(q, 7)));
	xml_elem(r, "measures", db_col(q, 1));
	xml_elem(r, "outcome", db_col(q, 3));
	xml_start(r, "unit");
	xml_attr(r, "id", db_col(q, 5));
	xml_text(r, db_col(q, 6));
	xml_end(r);
	xml_end(r);
	db_end(q);
	return E_OK;
}

enum err
assessment_xml(struct req *r, int64_t studio, int year)
{
	struct dbq	*q, *c;
	int64_t		 id, base, audit;
	enum shstage	 st;
	enum grade	 eff;
	enum sstatus	 ss;
	int		 city = r->who->kind == KIND_CITY, auditor, sup, open;
	int		 supported, confirmed_excellent;
	enum err	 e;

	if ((e = db_one(r->db, STMT_SHEET_GET, DBARGS(DBI(studio), DBI(year)),
	    &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "考核表") : e;
	if (!auth_sees(r->who, db_col(q, SX_PATH))) {
		db_end(q);
		return auth_hidden(r, "考核表");
	}
	if ((e = db_one(r->db, STMT_SCHEME_GET, DBARGS(DBI(year)), &c)) !=
	    E_OK) {
		db_end(q);
		return e;
	}
	id = db_coli(q, SX_ID);
	st = shstage_parse(db_col(q, SX_STAGE));
	base = db_coli(q, SX_BASE);
	audit = db_coli(q, SX_AUDIT);
	ss = sstatus_parse(db_col(q, SX_STATUS));
	eff = grade_parse(db_col(q, SX_GRADE) != NULL ? db_col(q, SX_GRADE) :
	    db_col(q, SX_PROPOSED) != NULL ? db_col(q, SX_PROPOSED) : "");
	supported = db_col(q, SX_SUPPORT) != NULL;
	confirmed_excellent = st == SH_CONFIRMED && db_col(q, SX_GRADE) !=
	    NULL && strcmp(db_col(q, SX_GRADE), "excellent") == 0;
	auditor = r->who->unit_id == audit;

	xml_begin(r, "assessment");
	xml_attr(r, "id", db_col(q, SX_ID));
	xml_attri(r, "year", year);
	xml_attri(r, "studio", studio);
	xml_attr(r, "stage", db_col(q, SX_STAGE));
	xml_attr(r, "version", db_col(q, SX_VERSION));
	xml_attr(r, "since", xml_datetime(r, db_col(q, SX_SINCE)));
	attr_opt(r, "self-total", db_col(q, SX_SELF_TOTAL));
	attr_opt(r, "audit-total", db_col(q, SX_AUDIT_TOTAL));
	attr_opt(r, "proposed-grade", db_col(q, SX_PROPOSED));
	xml_attr(r, "deadline", db_col(c, SG_DEADLINE));
	xml_attr(r, "days-left", db_col(c, SG_DAYS));

	xml_start(r, "studio");
	xml_attri(r, "id", studio);
	xml_attr(r, "number", db_col(q, SX_NUMBER));
	xml_attr(r, "named-on", db_col(q, SX_NAMED_ON));
	xml_attr(r, "status", db_col(q, SX_STATUS));
	xml_elem(r, "name", db_col(q, SX_NAME));
	xml_elem(r, "host-unit", db_col(q, SX_HOST));
	xml_elem(r, "leader", db_col(q, SX_LEADER));
	xml_start(r, "base-union");
	xml_attri(r, "id", base);
	xml_text(r, db_col(q, SX_BASE_NAME));
	xml_end(r);
	xml_start(r, "auditing-unit");
	xml_attri(r, "id", audit);
	xml_text(r, db_col(q, SX_AUDIT_NAME));
	xml_end(r);
	xml_end(r);

	xml_start(r, "scheme");
	scheme_attrs(r, c);
	xml_elem(r, "title", db_col(c, SG_TITLE));
	xml_end(r);
	db_end(c);

	if ((e = items_xml(r, id, year)) != E_OK) {
		db_end(q);
		return e;
	}
	xml_start(r, "self-check");
	xml_elem(r, "summary", db_col(q, SX_SUMMARY));
	xml_elem(r, "venue-area", db_col(q, SX_VENUE));
	xml_elem(r, "staff", db_col(q, SX_STAFF));
	xml_start(r, "funds");
	if (db_col(q, SX_FUNDS) != NULL) {
		xml_attr(r, "fen", db_col(q, SX_FUNDS));
		xml_text(r, yuan(r, db_coli(q, SX_FUNDS)));
	}
	xml_end(r);
	xml_elem(r, "equipment", db_col(q, SX_EQUIPMENT));
	xml_elem(r, "activity-hours", db_col(q, SX_HOURS));
	xml_end(r);
	/* the evidence files (attach.c) */
	if ((e = attach_xml(r, "assessment", id)) != E_OK) {
		db_end(q);
		return e;
	}
	xml_elem(r, "audit-opinion", db_col(q, SX_OPINION));
	xml_start(r, "city");
	attr_opt(r, "grade", db_col(q, SX_GRADE));
	xml_elem(r, "reason", db_col(q, SX_REASON));
	xml_end(r);
	if (supported) {
		xml_start(r, "support");
		xml_attr(r, "on", db_col(q, SX_SUPPORT_ON));
		xml_elem(r, "measure", db_col(q, SX_SUPPORT));
		xml_end(r);
	}
	if (db_col(q, SX_AWARD) != NULL) {
		xml_start(r, "award");
		xml_attr(r, "on", db_col(q, SX_AWARD_ON));
		xml_elem(r, "result", db_col(q, SX_AWARD));
		xml_end(r);
	}
	db_end(q);
	/* The year's subsidy, beside the item on its use. */
	if ((e = db_one(r->db, STMT_STUDIO_FUNDS_YEAR, DBARGS(DBI(studio),
	    DBI(year)), &q)) != E_OK)
		return e;
	xml_start(r, "subsidy");
	xml_attri(r, "year", year);
	xml_attr(r, "granted", db_col(q, 0));
	xml_attr(r, "spent", db_col(q, 1));
	xml_end(r);
	db_end(q);
	if ((e = supervision_xml(r, id, &sup, &open)) != E_OK ||
	    (e = steps_xml(r, STMT_SHEET_REVIEWS, id)) != E_OK)
		return e;
	machine_xml_actions(r, &sheet_machine, st, 0,
	    review_stages(r->who, base, audit));
	xml_start(r, "follow-up");
	xml_attrb(r, "support", city && confirmed_excellent && !supported &&
	    machine_next(&studio_machine, ss, SA_SUPPORT, 0, NULL, NULL));
	xml_attrb(r, "supervise", auditor && !sup && eff == GR_FAIL &&
	    (st == SH_FILED || st == SH_CONFIRMED) && ss != SS_REVOKED &&
	    ss != SS_UPGRADED);
	xml_attrb(r, "close-supervision", auditor && open);
	xml_attrb(r, "award", city && confirmed_excellent);
	xml_end(r);
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

/* --------------------------------------------------------------- filing */

/* The ids of the auditing union's sheets of the year at a stage, locked. */
static enum err
sheets_at(struct req *r, int year, int64_t unit, enum shstage st,
    int64_t **ids, size_t *n)
{
	struct dbq	*q;
	int64_t		*grown;
	int		 rc;

	*ids = NULL;
	*n = 0;
	if ((q = db_query(r->db, STMT_FILING_SHEETS, DBARGS(DBI(year),
	    DBI(unit), DBS(shstage_names[st])))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		grown = amalloc(r->a, (*n + 1) * sizeof(**ids));
		if (*n > 0)
			memcpy(grown, *ids, *n * sizeof(**ids));
		*ids = grown;
		(*ids)[(*n)++] = db_coli(q, 0);
	}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* Refused while any of the union's sheets is unfinished, naming them. */
static enum err
unfinished(struct req *r, int year, int64_t unit)
{
	struct dbq	*q;
	char		*names = NULL;
	int		 rc, n = 0;

	if ((q = db_query(r->db, STMT_FILING_UNFINISHED, DBARGS(DBI(year),
	    DBI(unit), DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		if (n < MAXLIST)
			names = aprintf(r->a, "%s%s%s（%s）", names ? names : "",
			    names ? "、" : "", db_col(q, 3),
			    strcmp(db_col(q, 2), "self") == 0 ? "自检未提交" :
			    "未评分");
		n++;
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	if (n == 0)
		return E_OK;
	return refuse(r, E_CONFLICT, aprintf(r->a, "以下考核表尚未完成，"
	    "不能报送：%s%s", names, n > MAXLIST ? aprintf(r->a, "等%d份", n) :
	    ""));
}

enum err
filing_act(struct filingact *a)
{
	struct req	*r = a->r;
	struct scheme	 s;
	struct dbq	*q;
	int64_t		*ids, unit, fid, sheets, exc, pass, fail;
	size_t		 n, i;
	uint64_t	 rows = 0;
	int		 acked;
	char		*what;
	enum err	 e;

	if ((e = scheme_lock(r, a->year, &s)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "考核方案") : e;
	if (!s.open)
		return refuse(r, E_CONFLICT, "该年度考核方案尚未发布");
	if (a->action == FL_FILE) {
		if (r->who->kind == KIND_CITY || r->who->kind == KIND_BASE)
			return refuse(r, E_FORBIDDEN, "年度考核结果由县（市）区、"
			    "开发区总工会和市产业工会报送");
		unit = r->who->unit_id;
	} else {
		if (r->who->kind != KIND_CITY)
			return refuse(r, E_FORBIDDEN, "备案由长春市总工会办理");
		unit = a->unit;
	}
	e = db_one(r->db, STMT_FILING_GET, DBARGS(DBI(a->year), DBI(unit)), &q);
	if (e != E_OK && e != E_NOTFOUND)
		return e;
	fid = e == E_OK ? db_coli(q, 0) : 0;
	acked = e == E_OK && db_coli(q, 1) != 0;
	if (e == E_OK)
		db_end(q);

	if (a->action == FL_ACKNOWLEDGE) {
		if (fid == 0)
			return refuse(r, E_CONFLICT, "该单位尚未报送本年度考核结果");
		if (acked)
			return refuse(r, E_CONFLICT, "该单位的报送已经备案");
		if ((e = sheets_at(r, a->year, unit, SH_FILED, &ids, &n)) !=
		    E_OK)
			return e;
		if ((e = db_exec(r->db, STMT_FILING_CONFIRM_SHEETS, DBARGS(
		    DBI(a->year), DBI(unit)), NULL, NULL)) != E_OK)
			return e;
		for (i = 0; i < n; i++)
			if ((e = sheet_step(r, ids[i], STAGE_CITY, "confirm",
			    "备案，确认建议等次")) != E_OK)
				return e;
		if ((e = db_exec(r->db, STMT_FILING_ACK, DBARGS(
		    DBI(r->who->cert_id), DBS(r->who->holder), DBI(fid)), &rows,
		    NULL)) != E_OK)
			return e;
		if (rows != 1)
			return refuse(r, E_CONFLICT, "该单位的报送已经备案");
		a->sheets = (int64_t)n;
		what = aprintf(r->a, "year=%d\nunit=%lld\nfiling=%lld\n"
		    "confirmed=%zu\n", a->year, (long long)unit,
		    (long long)fid, n);
		return audit_append(r->db, r->who, "assessment.acknowledge",
		    "assessment-filing", unit, what, strlen(what));
	}

	if ((e = unfinished(r, a->year, unit)) != E_OK)
		return e;
	if ((e = sheets_at(r, a->year, unit, SH_SCORED, &ids, &n)) != E_OK)
		return e;
	if (n == 0)
		return refuse(r, E_CONFLICT, fid > 0 ?
		    "本年度的考核结果已经报送" :
		    "本单位本年度没有需要报送的考核表");
	if ((e = cap_check(r, a->year, 0, s.cap, 0, 1, unit)) != E_OK ||
	    (e = cap_check(r, a->year, unit, s.cap_unit, 0, 1, unit)) != E_OK)
		return e;
	/* The filing's counts: the union's sheets once these are filed. */
	if ((e = db_one(r->db, STMT_FILING_GRADES, DBARGS(DBI(a->year),
	    DBI(unit)), &q)) != E_OK)
		return e;
	sheets = db_coli(q, 0);
	exc = db_coli(q, 1);
	pass = db_coli(q, 2);
	fail = db_coli(q, 3);
	db_end(q);
	if ((e = db_exec(r->db, STMT_FILING_UPSERT, DBARGS(DBI(a->year),
	    DBI(unit), DBI(sheets), DBI(exc), DBI(pass), DBI(fail),
	    DBI(r->who->cert_id), DBS(r->who->holder)), NULL, NULL)) != E_OK)
		return e;
	if ((e = db_one(r->db, STMT_FILING_GET, DBARGS(DBI(a->year),
	    DBI(unit)), &q)) != E_OK)
		return e;
	fid = db_coli(q, 0);
	db_end(q);
	if ((e = db_exec(r->db, STMT_FILING_FILE_SHEETS, DBARGS(DBI(fid),
	    DBI(a->year), DBI(unit)), NULL, NULL)) != E_OK)
		return e;
	for (i = 0; i < n; i++)
		if ((e = sheet_step(r, ids[i], STAGE_DISTRICT, "file", "")) !=
		    E_OK)
			return e;
	a->sheets = (int64_t)n;
	what = aprintf(r->a, "year=%d\nunit=%lld\nfiling=%lld\nfiled=%zu\n"
	    "sheets=%lld\nexcellent=%lld\npass=%lld\nfail=%lld\n", a->year,
	    (long long)unit, (long long)fid, n, (long long)sheets,
	    (long long)exc, (long long)pass, (long long)fail);
	return audit_append(r->db, r->who, "assessment.file",
	    "assessment-filing", unit, what, strlen(what));
}

/* Columns of STMT_FILING_UNITS. */
enum { FU_UNIT, FU_NAME, FU_SHEETS, FU_SELF, FU_SUBMITTED, FU_SCORED,
	FU_FILED, FU_CONFIRMED, FU_EXCELLENT, FU_PASS, FU_FAIL, FU_ID,
	FU_AT, FU_HOLDER, FU_ACK };

/* <unfinished> sheets of one auditing union, as r->who sees them. */
static enum err
unfinished_xml(struct req *r, int year, int64_t unit)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_FILING_UNFINISHED, DBARGS(DBI(year),
	    DBI(unit), DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	xml_start(r, "unfinished");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "sheet");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "studio", db_col(q, 1));
		xml_attr(r, "stage", db_col(q, 2));
		xml_text(r, db_col(q, 3));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* One filing row's fields, copied before the next query. */
struct filrow {
	int64_t		 unit, n[10];
	const char	*name, *at, *holder, *ack;
	int		 filed;
};

/* The studio's filed grades, the newest first (at most n): *k of them. */
static enum err
filed_grades(struct req *r, int64_t studio, struct yeargrade *g, size_t n,
    size_t *k)
{
	struct dbq	*q;
	int		 rc;

	*k = 0;
	if ((q = db_query(r->db, STMT_STUDIO_FILED_GRADES,
	    DBARGS(DBI(studio)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1)
		if (*k < n) {
			g[*k].year = (int)db_coli(q, 0);
			g[*k].grade = grade_parse(db_col(q, 1));
			g[(*k)++].sheet = db_coli(q, 2);
		}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/*
 * The studios whose filed sheets end in three failed years, each a
 * <proposal> (in <proposals> with the sheets when listed is set).
 */
static enum err
proposals_xml(struct req *r, int listed)
{
	struct dbq	*q;
	int64_t		*ids = NULL, *grown;
	const char	**names = NULL, **gn, *years, *sheets;
	struct yeargrade g[64];
	size_t		 n = 0, i, k, out[3];
	int		 rc;
	enum err	 e;

	if ((q = db_query(r->db, STMT_FAIL_CANDIDATES, DBNOARGS)) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		grown = amalloc(r->a, (n + 1) * sizeof(*ids));
		gn = amalloc(r->a, (n + 1) * sizeof(*names));
		if (n > 0) {
			memcpy(grown, ids, n * sizeof(*ids));
			memcpy(gn, names, n * sizeof(*names));
		}
		ids = grown;
		names = gn;
		ids[n] = db_coli(q, 0);
		names[n++] = astrdup(r->a, db_col(q, 1));
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	if (listed)
		xml_start(r, "proposals");
	for (i = 0; i < n; i++) {
		if ((e = filed_grades(r, ids[i], g, sizeof(g) / sizeof(g[0]),
		    &k)) != E_OK)
			return e;
		if (!failed_years(g, k, out))
			continue;
		years = aprintf(r->a, "%d %d %d", g[out[2]].year,
		    g[out[1]].year, g[out[0]].year);
		sheets = aprintf(r->a, "%lld %lld %lld",
		    (long long)g[out[2]].sheet, (long long)g[out[1]].sheet,
		    (long long)g[out[0]].sheet);
		xml_start(r, "proposal");
		xml_attri(r, "studio", ids[i]);
		xml_attr(r, "years", years);
		if (listed)
			xml_attr(r, "sheets", sheets);
		xml_text(r, names[i]);
		xml_end(r);
	}
	if (listed)
		xml_end(r);
	return E_OK;
}

enum err
assessment_failed_basis(struct req *r, int64_t studio, const char **basis)
{
	struct yeargrade g[64];
	size_t		 k = 0, out[3];
	enum err	 e;

	*basis = NULL;
	if ((e = filed_grades(r, studio, g, sizeof(g) / sizeof(g[0]), &k)) !=
	    E_OK)
		return e;
	if (!failed_years(g, k, out))
		return E_NOTFOUND;
	*basis = aprintf(r->a, "%d年度、%d年度、%d年度考核不合格"
	    "（考核表 %lld、%lld、%lld）", g[out[2]].year, g[out[1]].year,
	    g[out[0]].year, (long long)g[out[2]].sheet,
	    (long long)g[out[1]].sheet, (long long)g[out[0]].sheet);
	return E_OK;
}

enum err
filings_xml(struct req *r, int year)
{
	struct dbq	*q, *c;
	struct filrow	*f = NULL, *grown;
	size_t		 n = 0, i, j;
	int		 rc, city = r->who->kind == KIND_CITY, open;
	int64_t		 total[4] = { 0, 0, 0, 0 };
	enum err	 e;

	if ((e = db_one(r->db, STMT_SCHEME_GET, DBARGS(DBI(year)), &c)) !=
	    E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "考核方案") : e;
	open = strcmp(db_col(c, SG_STATUS), "open") == 0;
	xml_begin(r, "filings");
	xml_attri(r, "year", year);
	xml_attr(r, "deadline", db_col(c, SG_DEADLINE));
	xml_attr(r, "days-left", db_col(c, SG_DAYS));
	xml_attr(r, "today", xml_today(r));
	xml_attr(r, "scheme-status", db_col(c, SG_STATUS));
	xml_attr(r, "excellent-cap", db_col(c, SG_CAP) != NULL ?
	    db_col(c, SG_CAP) : "");
	xml_attr(r, "excellent-cap-unit", db_col(c, SG_CAP_UNIT) != NULL ?
	    db_col(c, SG_CAP_UNIT) : "");
	db_end(c);

	/* The rows first, copied: each then asks for its unfinished. */
	if ((q = db_query(r->db, STMT_FILING_UNITS, DBARGS(DBI(year),
	    DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		grown = amalloc(r->a, (n + 1) * sizeof(*f));
		if (n > 0)
			memcpy(grown, f, n * sizeof(*f));
		f = grown;
		f[n].unit = db_coli(q, FU_UNIT);
		f[n].name = astrdup(r->a, db_col(q, FU_NAME));
		for (j = 0; j < 9; j++)
			f[n].n[j] = db_coli(q, FU_SHEETS + j);
		f[n].filed = db_col(q, FU_ID) != NULL;
		f[n].at = db_col(q, FU_AT) != NULL ?
		    xml_datetime(r, db_col(q, FU_AT)) : "";
		f[n].holder = astrdup(r->a, db_col(q, FU_HOLDER) != NULL ?
		    db_col(q, FU_HOLDER) : "");
		f[n].ack = db_col(q, FU_ACK) != NULL ?
		    xml_datetime(r, db_col(q, FU_ACK)) : "";
		n++;
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	for (i = 0; i < n; i++) {
		static const char *const counts[9] = { "sheets", "self",
		    "submitted", "scored", "filed", "confirmed", "excellent",
		    "passed", "failed" };
		int64_t	 pending = f[i].n[1] + f[i].n[2];

		xml_start(r, "filing");
		xml_attri(r, "unit-id", f[i].unit);
		xml_attr(r, "state", !f[i].filed ? "open" : *f[i].ack ?
		    "acknowledged" : "filed");
		for (j = 0; j < 9; j++)
			xml_attri(r, counts[j], f[i].n[j]);
		xml_attr(r, "filed-at", f[i].at);
		xml_attr(r, "holder", f[i].holder);
		xml_attr(r, "acknowledged-at", f[i].ack);
		xml_attrb(r, "may-file", open && r->who->unit_id == f[i].unit &&
		    !city && f[i].n[3] > 0 && pending == 0);
		xml_attrb(r, "may-acknowledge", open && city && f[i].filed &&
		    *f[i].ack == '\0');
		xml_elem(r, "unit-name", f[i].name);
		if (pending > 0 && (e = unfinished_xml(r, year, f[i].unit)) !=
		    E_OK)
			return e;
		xml_end(r);
		total[0] += f[i].n[0];
		total[1] += f[i].n[6];
		total[2] += f[i].n[7];
		total[3] += f[i].n[8];
	}
	xml_start(r, "grades");
	xml_attri(r, "excellent", total[1]);
	xml_attri(r, "passed", total[2]);
	xml_attri(r, "failed", total[3]);
	xml_attri(r, "sheets", total[0]);
	xml_end(r);
	if (city) {
		if ((q = db_query(r->db, STMT_SHEET_AWARDS,
		    DBARGS(DBI(year)))) == NULL)
			return db_err(r->db);
		xml_start(r, "awards");
		while ((rc = db_step(q)) == 1) {
			xml_start(r, "sheet");
			xml_attr(r, "id", db_col(q, 0));
			xml_attr(r, "studio", db_col(q, 1));
			xml_attr(r, "leader", db_col(q, 2));
			xml_attr(r, "result", db_col(q, 3) != NULL ?
			    db_col(q, 3) : "");
			xml_attr(r, "on", db_col(q, 4) != NULL ?
			    db_col(q, 4) : "");
			xml_text(r, db_col(q, 5));
			xml_end(r);
		}
		db_end(q);
		xml_end(r);
		if (rc < 0)
			return db_err(r->db);
		if ((e = proposals_xml(r, 1)) != E_OK)
			return e;
	}
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

/* ----------------------------------------------------------------- to-do */

/* What STMT_SHEET_DUE_BASE, _AUDIT and _CITY count. */
enum { ST_SELF, ST_SCORE, ST_FILE, ST_CONFIRM, ST_SUPPORT, ST_ACK,
	ST_AUDITS, ST_FILED, ST_NCOUNTS };

static void
todo_item(struct req *r, const char *kind, int64_t count, const char *href)
{
	if (count <= 0)
		return;
	xml_start(r, "item");
	xml_attr(r, "kind", kind);
	xml_attri(r, "count", count);
	xml_attr(r, "href", href);
	xml_end(r);
}

enum err
assessment_xml_todo(struct req *r)
{
	const struct who	*w = r->who;
	struct dbq		*q;
	int64_t			 year, v[ST_NCOUNTS], u = w->unit_id;
	int			 rc, city = w->kind == KIND_CITY;
	enum err		 e;

	e = db_one(r->db, STMT_SCHEME_NEWEST_OPEN, DBNOARGS, &q);
	if (e == E_NOTFOUND)
		return E_OK;
	if (e != E_OK)
		return e;
	year = db_coli(q, 0);
	xml_start(r, "assessment-todo");
	xml_attri(r, "year", year);
	xml_attr(r, "deadline", db_col(q, 1));
	xml_attr(r, "days-left", db_col(q, 2));
	xml_attr(r, "scheme-status", "open");
	db_end(q);
	memset(v, 0, sizeof(v));
	if (w->kind == KIND_BASE) {
		e = db_one(r->db, STMT_SHEET_DUE_BASE, DBARGS(DBI(u),
		    DBI(year)), &q);
		if (e == E_OK) {
			v[ST_SELF] = db_coli(q, 0);
			db_end(q);
		}
	} else if ((e = db_one(r->db, STMT_SHEET_DUE_AUDIT, DBARGS(DBI(year),
	    DBI(u), DBI(u), DBI(year)), &q)) == E_OK) {
		v[ST_SCORE] = db_coli(q, 0);
		v[ST_FILE] = db_coli(q, 1);
		v[ST_AUDITS] = db_coli(q, 2);
		v[ST_FILED] = db_coli(q, 3);
		db_end(q);
	}
	if (e == E_OK && city && (e = db_one(r->db, STMT_SHEET_DUE_CITY,
	    DBARGS(DBI(year), DBI(year), DBI(year)), &q)) == E_OK) {
		v[ST_CONFIRM] = db_coli(q, 0);
		v[ST_SUPPORT] = db_coli(q, 1);
		v[ST_ACK] = db_coli(q, 2);
		db_end(q);
	}
	if (e != E_OK)
		return e;
	todo_item(r, "self-check", v[ST_SELF], aprintf(r->a,
	    "/app/assessments?year=%lld&stage=self", (long long)year));
	todo_item(r, "score", v[ST_SCORE], aprintf(r->a,
	    "/app/assessments?year=%lld&stage=submitted", (long long)year));
	/* The filing: due while the union has sheets not yet filed. */
	if (!city && w->kind != KIND_BASE && v[ST_AUDITS] > 0 &&
	    (v[ST_FILE] > 0 || v[ST_FILED] == 0))
		todo_item(r, "filing", v[ST_FILE] > 0 ? v[ST_FILE] :
		    v[ST_AUDITS], aprintf(r->a, "/app/assessments/filings/%lld",
		    (long long)year));
	if (city) {
		todo_item(r, "acknowledge", v[ST_ACK], aprintf(r->a,
		    "/app/assessments/filings/%lld", (long long)year));
		todo_item(r, "confirm", v[ST_CONFIRM], aprintf(r->a,
		    "/app/assessments?year=%lld&stage=filed", (long long)year));
		todo_item(r, "support", v[ST_SUPPORT], aprintf(r->a,
		    "/app/assessments?year=%lld&stage=confirmed&grade=excellent",
		    (long long)year));
	}
	if (!city && w->kind != KIND_BASE) {
		if ((q = db_query(r->db, STMT_SUPERVISION_OPEN, DBARGS(DBI(0),
		    DBI(u)))) == NULL)
			return db_err(r->db);
		while ((rc = db_step(q)) == 1) {
			xml_start(r, "supervision");
			xml_attr(r, "id", db_col(q, 0));
			xml_attr(r, "studio", db_col(q, 1));
			xml_attr(r, "year", db_col(q, 2));
			xml_attr(r, "due-on", db_col(q, 3));
			xml_attr(r, "days-left", db_col(q, 4));
			xml_text(r, db_col(q, 5));
			xml_end(r);
		}
		db_end(q);
		if (rc < 0)
			return db_err(r->db);
	}
	if (city && (e = proposals_xml(r, 0)) != E_OK)
		return e;
	xml_end(r);
	return E_OK;
}

/* --------------------------------------------------------------- dossier */

enum err
assessment_xml_dossier(struct req *r, int64_t studio)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_STUDIO_SHEETS, DBARGS(DBI(studio)))) ==
	    NULL)
		return db_err(r->db);
	xml_start(r, "assessments");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "assessment");
		xml_attr(r, "year", db_col(q, 0));
		xml_attr(r, "stage", db_col(q, 1));
		attr_opt(r, "self-total", db_col(q, 2));
		attr_opt(r, "audit-total", db_col(q, 3));
		attr_opt(r, "proposed-grade", db_col(q, 4));
		attr_opt(r, "grade", db_col(q, 5));
		xml_attr(r, "filed-at", db_col(q, 6) != NULL ?
		    xml_datetime(r, db_col(q, 6)) : "");
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* ------------------------------------------------------------------ list */

static const char *const grade_filter[GR__MAX] = {
	"excellent", "pass", "fail"
};

/* The list's filters, bound in SHEET_FILTER's order. */
static const struct lfilter sheet_filters[] = {
	{ "year", LF_ID, NULL, 0, 0, 0, 0 },
	{ "stage", LF_ENUM, shstage_names, SH__MAX, 0, 0, 0 },
	{ "grade", LF_ENUM, grade_filter, GR__MAX, 0, 0, 0 },
	{ "district", LF_DISTRICT, NULL, 0, 0, 0, 0 },
	{ "q", LF_SEARCH, NULL, 0, 0, 1, 1 },
};

/* Its columns, from SHEET_ROWS. */
static const struct lcol sheet_cols[] = {
	{ "id", LX_ATTR, 0, 0, { NULL, 0, 0, NULL } },
	{ "studio", LX_ATTR, 1, 0, { NULL, 0, 0, NULL } },
	{ "year", LX_ATTR, 2, 0, { "年度", 2, CSV_TEXT, NULL } },
	{ "name", LX_ELEM, 9, 0, { "工作室名称", 9, CSV_TEXT, NULL } },
	{ "number", LX_ELEM, 10, 0, { "命名编号", 10, CSV_TEXT, NULL } },
	{ "base-union", LX_UNIT, 11, 12, { "基层工会", 12, CSV_TEXT, NULL } },
	{ "auditing-unit", LX_UNIT, 13, 14,
	  { "审核单位", 14, CSV_TEXT, NULL } },
	{ "stage", LX_ATTR, 3, 0,
	  { "考核阶段", 3, CSV_LABEL, "assessment-stage" } },
	{ "self-total", LX_ATTR_EMPTY, 4, 0, { "自评总分", 4, CSV_TEXT, NULL } },
	{ "audit-total", LX_ATTR_EMPTY, 5, 0,
	  { "考核总分", 5, CSV_TEXT, NULL } },
	{ "proposed-grade", LX_ATTR_EMPTY, 6, 0,
	  { "建议等次", 6, CSV_LABEL, "grade" } },
	{ "grade", LX_ATTR_EMPTY, 7, 0, { "确认等次", 7, CSV_LABEL, "grade" } },
	{ "since", LX_DATETIME, 8, 0, { NULL, 0, 0, NULL } },
};

/* The years there are and the chosen year's deadline. */
static enum err
sheets_head(struct req *r)
{
	const char	*y = kv_get(&r->q, "year");
	struct dbq	*q;
	int64_t		 year;
	enum err	 e;

	if ((e = unit_xml_filters(r)) != E_OK || (e = years_xml(r)) != E_OK)
		return e;
	if (y == NULL || valid_int(y, 1900, 2199, &year) != NULL)
		return E_OK;
	e = db_one(r->db, STMT_SCHEME_GET, DBARGS(DBI(year)), &q);
	if (e == E_NOTFOUND)
		return E_OK;
	if (e != E_OK)
		return e;
	xml_start(r, "scheme");
	xml_attr(r, "year", db_col(q, SG_YEAR));
	xml_attr(r, "status", db_col(q, SG_STATUS));
	xml_attr(r, "deadline", db_col(q, SG_DEADLINE));
	xml_attr(r, "days-left", db_col(q, SG_DAYS));
	xml_end(r);
	db_end(q);
	return E_OK;
}

const struct listdef list_assessments = {
	"assessments", "assessment", STMT_SHEET_COUNT, STMT_SHEET_PAGE, 1,
	sheet_filters, sizeof(sheet_filters) / sizeof(sheet_filters[0]),
	sheet_cols, sizeof(sheet_cols) / sizeof(sheet_cols[0]),
	CT__MAX, "assessments", 0, sheets_head, NULL,
	STMT__MAX, STMT__MAX, -1, -1, NULL, 0
};
