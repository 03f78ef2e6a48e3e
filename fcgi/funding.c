/*
 * funding.c: the subsidy ledger as a model (seed 四.1).  The city sets
 * up a fund for worker innovation each year, and a district or
 * development-zone union may add its own; the funder grants from its fund
 * to named studios of its subtree (after naming, for an important
 * research project, for key support, as a top-up, or for a reason in
 * words), never past the fund's budget; the studio's base union records
 * what a grant was spent on, by purpose, never past the grant, with its
 * vouchers; a wrong entry is reversed by a new one, nothing is edited or
 * deleted.  The sums (a fund's granted, a grant's spent) are kept by the
 * writes in their transaction, under a lock of the row they are checked
 * against, so that concurrent grants or spending cannot pass a limit
 * together.  Money is integer fen.  Nothing here knows HTTP.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

const char *const gbasis_names[GB__MAX] = {
	[GB_NAMING] = "naming",
	[GB_RESEARCH] = "research",
	[GB_KEY_SUPPORT] = "key-support",
	[GB_TOP_UP] = "top-up",
	[GB_OTHER] = "other",
};

const char *const purpose_names[PU__MAX] = {
	[PU_EQUIPMENT] = "equipment",
	[PU_INNOVATION] = "innovation",
	[PU_BREAKTHROUGH] = "breakthrough",
	[PU_INVENTION] = "invention",
	[PU_TRAINING] = "training",
	[PU_OTHER] = "other",
};

const char *const plevel_names[4] = {
	"national", "provincial", "city", "enterprise"
};

const char *const fdaction_names[FD__MAX] = {
	[FD_CREATE] = "create",
	[FD_GRANT] = "grant",
	[FD_SPEND] = "spend",
	[FD_REVERSE] = "reverse",
	[FD_PROJECT] = "project",
};

static enum err
refuse(struct req *r, enum err e, const char *msg)
{
	r->message = msg;
	return e;
}

/* A field refused: named, and the refusal E_INVALID. */
static enum err
bad(struct req *r, const char *field, const char *label, const char *msg)
{
	req_ferr(r, field, label, msg);
	return refuse(r, E_INVALID, msg);
}

/* An amount in fen as the users read it: ¥1,234.50. */
static const char *
money(struct req *r, int64_t fen)
{
	char	 digits[32], out[48];
	int64_t	 y = (fen < 0 ? -fen : fen) / 100;
	size_t	 n, i, o = 0;

	n = (size_t)snprintf(digits, sizeof(digits), "%lld", (long long)y);
	if (fen < 0)
		out[o++] = '-';
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = digits[i];
	}
	out[o] = '\0';
	return aprintf(r->a, "¥%s.%02lld", out,
	    (long long)((fen < 0 ? -fen : fen) % 100));
}

static enum err
fund_create(struct fundact *a)
{
	struct req	*r = a->r;
	uint64_t	 last = 0;
	char		*what;
	enum err	 e;

	if (r->who->kind != KIND_CITY && r->who->kind != KIND_DISTRICT)
		return refuse(r, E_FORBIDDEN, "补助资金由长春市总工会或县（市）区、"
		    "开发区总工会设立");
	if (a->budget <= 0)
		return bad(r, "budget", "预算", "预算应大于零");
	e = db_exec(r->db, STMT_FUND_ADD, DBARGS(DBI(a->year),
	    DBI(r->who->unit_id), DBS(r->who->unit_path), DBS(a->title),
	    DBI(a->budget), DBS(a->document), DBS(a->decided_on),
	    DBI(r->who->cert_id), DBS(r->who->holder)), NULL, &last);
	if (e == E_DUP)
		return bad(r, "title", "资金名称", "本单位该年度已有同名的补助资金");
	if (e != E_OK)
		return e;
	a->id = (int64_t)last;
	what = aprintf(r->a, "fund=%lld\nyear=%lld\ntitle=%s\nbudget=%lld\n"
	    "document=%s\ndecided-on=%s\n", (long long)a->id,
	    (long long)a->year, a->title, (long long)a->budget, a->document,
	    a->decided_on);
	return audit_append(r->db, r->who, "fund.create", "fund", a->id, what,
	    strlen(what));
}

/* Columns of STMT_FUND_LOCK. */
enum { FL_FUNDER, FL_PATH, FL_BUDGET, FL_GRANTED, FL_VERSION, FL_YEAR };

static enum err
grant(struct fundact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	char		*fpath, *spath, *what;
	int64_t		 funder, budget, granted, audit;
	uint64_t	 last = 0;
	enum sstatus	 st;
	enum err	 e;

	if ((e = db_one(r->db, STMT_FUND_LOCK, DBARGS(DBI(a->fund)), &q)) !=
	    E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "补助资金") : e;
	funder = db_coli(q, FL_FUNDER);
	fpath = astrdup(r->a, db_col(q, FL_PATH));
	budget = db_coli(q, FL_BUDGET);
	granted = db_coli(q, FL_GRANTED);
	db_end(q);
	if (funder != r->who->unit_id) {
		if (!auth_sees(r->who, fpath) && strncmp(r->who->unit_path,
		    fpath, strlen(fpath)) != 0)
			return auth_hidden(r, "补助资金");
		return refuse(r, E_FORBIDDEN, "补助由设立该资金的单位发放");
	}
	if (a->amount <= 0)
		return bad(r, "amount", "金额", "金额应大于零");

	/* The studio: named, not revoked, in the funder's subtree. */
	if ((e = db_one(r->db, STMT_GRANT_STUDIO, DBARGS(DBI(a->studio)),
	    &q)) != E_OK && e != E_NOTFOUND)
		return e;
	if (e == E_NOTFOUND || strncmp(db_col(q, 1), fpath,
	    strlen(fpath)) != 0) {
		if (e == E_OK)
			db_end(q);
		return bad(r, "studio", "工作室", "所选工作室不在本资金的发放范围内");
	}
	st = sstatus_parse(db_col(q, 0));
	spath = astrdup(r->a, db_col(q, 1));
	audit = db_coli(q, 2);
	db_end(q);
	if (st != SS_ACTIVE && st != SS_KEY_SUPPORT && st != SS_SUPERVISED)
		return bad(r, "studio", "工作室", st == SS_REVOKED ?
		    "该工作室已被取消命名，不能发放补助" :
		    "该工作室已升级，不在本资金的发放范围内");

	/* Its basis: a research project names one of the studio's. */
	if (a->basis == GB_RESEARCH) {
		if (a->project == 0)
			return bad(r, "project", "科研课题",
			    "按重要科研课题发放须选择课题");
		if ((e = db_one(r->db, STMT_PROJECT_GET, DBARGS(DBI(a->project)),
		    &q)) != E_OK && e != E_NOTFOUND)
			return e;
		if (e == E_NOTFOUND || db_coli(q, 0) != a->studio ||
		    db_coli(q, 1) == 0 || db_coli(q, 2) == 0) {
			if (e == E_OK)
				db_end(q);
			return bad(r, "project", "科研课题",
			    "所选课题不是该工作室在研的重要科研课题");
		}
		db_end(q);
	} else
		a->project = 0;
	if (a->basis == GB_OTHER && *a->basis_text == '\0')
		return bad(r, "basis-text", "发放依据说明", "请写明发放的依据");

	/* The budget, under the fund's lock. */
	if (granted + a->amount > budget)
		return refuse(r, E_CONFLICT, aprintf(r->a, "超出资金预算：预算%s，"
		    "已发放%s，尚余%s，本次拟发放%s", money(r, budget),
		    money(r, granted), money(r, budget - granted),
		    money(r, a->amount)));
	if ((e = db_exec(r->db, STMT_GRANT_ADD, DBARGS(DBI(a->fund),
	    DBI(a->studio), DBS(spath), DBI(audit), DBI(a->amount),
	    DBS(gbasis_names[a->basis]), DBS(a->basis_text),
	    a->project > 0 ? DBI(a->project) : DBN, DBS(a->document),
	    DBS(a->decided_on), DBI(r->who->unit_id), DBI(r->who->cert_id),
	    DBS(r->who->holder)), NULL, &last)) != E_OK)
		return e;
	a->id = (int64_t)last;
	if ((e = db_exec(r->db, STMT_FUND_GRANTED, DBARGS(DBI(a->amount),
	    DBI(a->fund)), NULL, NULL)) != E_OK)
		return e;
	what = aprintf(r->a, "grant=%lld\nfund=%lld\nstudio=%lld\namount=%lld\n"
	    "basis=%s\nbasis-text=%s\nproject=%lld\ndocument=%s\n"
	    "decided-on=%s\n", (long long)a->id, (long long)a->fund,
	    (long long)a->studio, (long long)a->amount,
	    gbasis_names[a->basis], a->basis_text, (long long)a->project,
	    a->document, a->decided_on);
	return audit_append(r->db, r->who, "fund.grant", "grant", a->id, what,
	    strlen(what));
}

/* Columns of STMT_GRANT_LOCK. */
enum { GL_STUDIO, GL_AMOUNT, GL_SPENT, GL_PATH, GL_BASE };

/* The grant, locked, as its studio's base union: E_OK with its row. */
static enum err
grant_lock(struct req *r, int64_t id, int64_t studio, int64_t *amount,
    int64_t *spent, const char **path)
{
	struct dbq	*q;
	int64_t		 base, s;
	enum err	 e;

	if ((e = db_one(r->db, STMT_GRANT_LOCK, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? bad(r, "grant", "补助",
		    "所选补助不是本工作室的") : e;
	s = db_coli(q, GL_STUDIO);
	*amount = db_coli(q, GL_AMOUNT);
	*spent = db_coli(q, GL_SPENT);
	*path = astrdup(r->a, db_col(q, GL_PATH));
	base = db_coli(q, GL_BASE);
	db_end(q);
	if (s != studio || !auth_sees(r->who, *path))
		return bad(r, "grant", "补助", "所选补助不是本工作室的");
	if (base != r->who->unit_id)
		return refuse(r, E_FORBIDDEN, "补助的使用由工作室所在单位工会登记");
	return E_OK;
}

static enum err
spend(struct fundact *a)
{
	struct req	*r = a->r;
	const char	*path;
	int64_t		 amount, spent, aid;
	size_t		 i;
	uint64_t	 last = 0;
	char		*what;
	enum err	 e;

	if ((e = grant_lock(r, a->grant, a->studio, &amount, &spent, &path)) !=
	    E_OK)
		return e;
	if (a->amount <= 0)
		return bad(r, "amount", "金额", "金额应大于零");
	if (a->purpose == PU_OTHER && *a->purpose_text == '\0')
		return bad(r, "purpose-text", "用途说明", "请写明用途");
	if (spent + a->amount > amount)
		return refuse(r, E_CONFLICT, aprintf(r->a, "超出补助金额：补助%s，"
		    "已使用%s，尚余%s，本次登记%s", money(r, amount),
		    money(r, spent), money(r, amount - spent),
		    money(r, a->amount)));
	if ((e = db_exec(r->db, STMT_SPEND_ADD, DBARGS(DBI(a->grant),
	    DBI(a->studio), DBS(path), DBS(purpose_names[a->purpose]),
	    DBS(a->purpose == PU_OTHER ? a->purpose_text : ""),
	    DBI(a->amount), DBS(a->spent_on), DBS(a->description), DBN,
	    DBI(r->who->unit_id), DBI(r->who->cert_id), DBS(r->who->holder)),
	    NULL, &last)) != E_OK)
		return e;
	a->id = (int64_t)last;
	if ((e = db_exec(r->db, STMT_GRANT_SPENT, DBARGS(DBI(a->amount),
	    DBI(a->grant)), NULL, NULL)) != E_OK)
		return e;
	/* Its vouchers, stored with it in this transaction. */
	for (i = 0; i < r->nfiles; i++)
		if ((e = attach_store(r, &r->files[i], "spending", a->id, path,
		    &aid)) != E_OK)
			return e;
	what = aprintf(r->a, "spending=%lld\ngrant=%lld\nstudio=%lld\n"
	    "purpose=%s\npurpose-text=%s\namount=%lld\nspent-on=%s\n"
	    "description=%s\nvouchers=%zu\n", (long long)a->id,
	    (long long)a->grant, (long long)a->studio,
	    purpose_names[a->purpose], a->purpose_text, (long long)a->amount,
	    a->spent_on, a->description, r->nfiles);
	return audit_append(r->db, r->who, "spending.add", "spending", a->id,
	    what, strlen(what));
}

/* Columns of STMT_SPEND_GET. */
enum { SG_GRANT, SG_STUDIO, SG_PURPOSE, SG_PTEXT, SG_AMOUNT, SG_ON,
	SG_REVERSES };

static enum err
reverse(struct fundact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	const char	*path, *purpose, *ptext, *on;
	int64_t		 amount, spent, was;
	uint64_t	 last = 0;
	char		*what;
	enum err	 e;

	if ((e = db_one(r->db, STMT_SPEND_GET, DBARGS(DBI(a->spending)), &q)) !=
	    E_OK)
		return e == E_NOTFOUND ? bad(r, "spending", "支出",
		    "所选支出不是本工作室的") : e;
	if (db_coli(q, SG_STUDIO) != a->studio) {
		db_end(q);
		return bad(r, "spending", "支出", "所选支出不是本工作室的");
	}
	a->grant = db_coli(q, SG_GRANT);
	purpose = astrdup(r->a, db_col(q, SG_PURPOSE));
	ptext = astrdup(r->a, db_col(q, SG_PTEXT));
	was = db_coli(q, SG_AMOUNT);
	on = astrdup(r->a, db_col(q, SG_ON));
	if (db_col(q, SG_REVERSES) != NULL) {
		db_end(q);
		return refuse(r, E_CONFLICT, "冲销记录不能再冲销");
	}
	db_end(q);
	if ((e = grant_lock(r, a->grant, a->studio, &amount, &spent, &path)) !=
	    E_OK)
		return e;
	e = db_exec(r->db, STMT_SPEND_ADD, DBARGS(DBI(a->grant),
	    DBI(a->studio), DBS(path), DBS(purpose), DBS(ptext), DBI(-was),
	    DBS(on), DBS(a->description), DBI(a->spending),
	    DBI(r->who->unit_id), DBI(r->who->cert_id), DBS(r->who->holder)),
	    NULL, &last);
	if (e == E_DUP)
		return refuse(r, E_CONFLICT, "该支出已经冲销");
	if (e != E_OK)
		return e;
	a->id = (int64_t)last;
	if ((e = db_exec(r->db, STMT_GRANT_SPENT, DBARGS(DBI(-was),
	    DBI(a->grant)), NULL, NULL)) != E_OK)
		return e;
	what = aprintf(r->a, "spending=%lld\nreverses=%lld\ngrant=%lld\n"
	    "amount=%lld\nreason=%s\n", (long long)a->id,
	    (long long)a->spending, (long long)a->grant, (long long)-was,
	    a->description);
	return audit_append(r->db, r->who, "spending.reverse", "spending",
	    a->id, what, strlen(what));
}

/* The studio, as its base union: E_OK with its path. */
static enum err
studio_own(struct req *r, int64_t studio, const char **path)
{
	struct dbq	*q;
	int64_t		 base;
	enum err	 e;

	if ((e = db_one(r->db, STMT_FUNDING_STUDIO, DBARGS(DBI(studio)), &q)) !=
	    E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	*path = astrdup(r->a, db_col(q, 8));
	base = db_coli(q, 4);
	db_end(q);
	if (!auth_sees(r->who, *path))
		return auth_hidden(r, "工作室");
	if (base != r->who->unit_id)
		return refuse(r, E_FORBIDDEN, "由工作室所在单位工会登记");
	return E_OK;
}

static enum err
project(struct fundact *a)
{
	struct req	*r = a->r;
	const char	*path;
	uint64_t	 last = 0;
	char		*what;
	enum err	 e;

	if ((e = studio_own(r, a->studio, &path)) != E_OK)
		return e;
	if (*a->end_on != '\0' && strcmp(a->end_on, a->start_on) < 0)
		return bad(r, "end-on", "结束日期", "结束日期不能早于开始日期");
	if ((e = db_exec(r->db, STMT_PROJECT_ADD, DBARGS(DBI(a->studio),
	    DBS(a->title), DBS(plevel_names[a->level]), DBS(a->source),
	    DBS(a->start_on), *a->end_on != '\0' ? DBS(a->end_on) : DBN,
	    DBI(a->important != 0), DBI(r->who->unit_id),
	    DBI(r->who->cert_id), DBS(r->who->holder)), NULL, &last)) != E_OK)
		return e;
	a->id = (int64_t)last;
	what = aprintf(r->a, "project=%lld\nstudio=%lld\ntitle=%s\nlevel=%s\n"
	    "source=%s\nstart-on=%s\nend-on=%s\nimportant=%d\n",
	    (long long)a->id, (long long)a->studio, a->title,
	    plevel_names[a->level], a->source, a->start_on, a->end_on,
	    a->important != 0);
	return audit_append(r->db, r->who, "project.add", "studio", a->studio,
	    what, strlen(what));
}

enum err
funding_act(struct fundact *a)
{
	switch (a->action) {
	case FD_CREATE:
		return fund_create(a);
	case FD_GRANT:
		return grant(a);
	case FD_SPEND:
		return spend(a);
	case FD_REVERSE:
		return reverse(a);
	case FD_PROJECT:
		return project(a);
	default:
		return refuse(a->r, E_INVALID, "未知的操作");
	}
}

/* ------------------------------------------------------------- documents */

/* The fund list's filters, bound in FUND_FILTER's order. */
static const struct lfilter fund_filters[] = {
	{ "year", LF_ID, NULL, 0, 0, 0, 0 },
	{ "q", LF_SEARCH, NULL, 0, 0, 1, 1 },
};

/* Its columns, from FUND_ROWS. */
static const struct lcol fund_cols[] = {
	{ "id", LX_ATTR, 0, 0, { NULL, 0, 0, NULL } },
	{ "year", LX_ATTR, 1, 0, { "年度", 1, CSV_TEXT, NULL } },
	{ "funder-id", LX_ATTR, 2, 0, { NULL, 0, 0, NULL } },
	{ "title", LX_ELEM, 10, 0, { "资金名称", 10, CSV_TEXT, NULL } },
	{ "funder", LX_UNIT, 2, 3, { "设立单位", 3, CSV_TEXT, NULL } },
	{ "budget", LX_ATTR, 4, 0, { "预算（元）", 11, CSV_TEXT, NULL } },
	{ "granted", LX_ATTR, 5, 0, { "已发放（元）", 12, CSV_TEXT, NULL } },
	{ "spent", LX_ATTR, 6, 0, { "已使用（元）", 13, CSV_TEXT, NULL } },
	{ "remaining", LX_ATTR, 7, 0, { "尚余（元）", 14, CSV_TEXT, NULL } },
	{ "document", LX_ATTR, 8, 0, { "决定文号", 8, CSV_TEXT, NULL } },
	{ "decided-on", LX_ATTR, 9, 0, { "决定日期", 9, CSV_TEXT, NULL } },
};

/* Whether r->who may set up a fund. */
static enum err
funds_head(struct req *r)
{
	xml_attrb(r, "may-create", r->who->kind == KIND_CITY ||
	    r->who->kind == KIND_DISTRICT);
	return E_OK;
}

const struct listdef list_funds = {
	"funds", "fund", STMT_FUND_COUNT, STMT_FUND_PAGE, 2,
	fund_filters, sizeof(fund_filters) / sizeof(fund_filters[0]),
	fund_cols, sizeof(fund_cols) / sizeof(fund_cols[0]),
	CT__MAX, "funds", 0, funds_head, NULL,
	STMT__MAX, STMT__MAX, -1, -1, NULL, 0
};


static const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

/* Columns of STMT_FUND_GET. */
enum { FG_ID, FG_YEAR, FG_VERSION, FG_FUNDER, FG_FUNDER_NAME, FG_PATH,
	FG_TITLE, FG_BUDGET, FG_GRANTED, FG_SPENT, FG_DOCUMENT, FG_ON };

enum err
fund_xml(struct req *r, int64_t id)
{
	struct dbq	*q;
	char		*path;
	int		 rc, mine;
	enum err	 e;

	if ((e = db_one(r->db, STMT_FUND_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "补助资金") : e;
	path = astrdup(r->a, db_col(q, FG_PATH));
	/* Its own unit, the units below (its grants' studios) and above. */
	if (!auth_sees(r->who, path) && strncmp(r->who->unit_path, path,
	    strlen(path)) != 0) {
		db_end(q);
		return auth_hidden(r, "补助资金");
	}
	mine = db_coli(q, FG_FUNDER) == r->who->unit_id;
	xml_begin(r, "fund");
	xml_attr(r, "id", db_col(q, FG_ID));
	xml_attr(r, "year", db_col(q, FG_YEAR));
	xml_attr(r, "version", db_col(q, FG_VERSION));
	xml_attr(r, "funder-id", db_col(q, FG_FUNDER));
	xml_attr(r, "budget", db_col(q, FG_BUDGET));
	xml_attr(r, "granted", db_col(q, FG_GRANTED));
	xml_attr(r, "spent", db_col(q, FG_SPENT));
	xml_attri(r, "remaining", db_coli(q, FG_BUDGET) -
	    db_coli(q, FG_GRANTED));
	xml_attr(r, "document", db_col(q, FG_DOCUMENT));
	xml_attr(r, "decided-on", db_col(q, FG_ON));
	xml_attrb(r, "may-grant", mine);
	xml_elem(r, "title", db_col(q, FG_TITLE));
	xml_ref(r, "funder", db_col(q, FG_FUNDER), db_col(q, FG_FUNDER_NAME));
	db_end(q);

	/* What of it r->who may see: the grants to its own subtree. */
	if ((q = db_query(r->db, STMT_FUND_DISTRICTS, DBARGS(DBI(id),
	    DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	xml_start(r, "districts");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "district");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "grants", db_col(q, 2));
		xml_attr(r, "granted", db_col(q, 3));
		xml_attr(r, "spent", db_col(q, 4));
		xml_text(r, db_col(q, 1));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);
	if ((q = db_query(r->db, STMT_FUND_GRANTS, DBARGS(DBI(id),
	    DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	xml_start(r, "grants");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "grant");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "studio", db_col(q, 1));
		xml_attr(r, "amount", db_col(q, 2));
		xml_attr(r, "spent", db_col(q, 3));
		xml_attr(r, "basis", db_col(q, 4));
		xml_attr(r, "project", nz(db_col(q, 5)));
		xml_attr(r, "document", db_col(q, 6));
		xml_attr(r, "decided-on", db_col(q, 7));
		/* A grant is not reversed here (the contract has room). */
		xml_attr(r, "reverses", "");
		xml_attrb(r, "reversed", 0);
		xml_elem(r, "studio-name", db_col(q, 8));
		xml_elem(r, "number", db_col(q, 9));
		xml_ref(r, "auditing-unit", db_col(q, 10), db_col(q, 11));
		xml_elem(r, "basis-text", db_col(q, 12));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);

	/* The grant form's choices, for the funder. */
	if (mine) {
		if ((q = db_query(r->db, STMT_FUND_ELIGIBLE,
		    DBARGS(DBS(path)))) == NULL)
			return db_err(r->db);
		xml_start(r, "eligible");
		while ((rc = db_step(q)) == 1) {
			xml_start(r, "studio");
			xml_attr(r, "id", db_col(q, 0));
			xml_attr(r, "number", db_col(q, 1));
			xml_text(r, db_col(q, 2));
			xml_end(r);
		}
		db_end(q);
		xml_end(r);
		if (rc < 0)
			return db_err(r->db);
		if ((q = db_query(r->db, STMT_FUND_PROJECTS,
		    DBARGS(DBS(path)))) == NULL)
			return db_err(r->db);
		xml_start(r, "projects");
		while ((rc = db_step(q)) == 1) {
			xml_start(r, "project");
			xml_attr(r, "id", db_col(q, 0));
			xml_attr(r, "studio", db_col(q, 1));
			xml_attr(r, "level", db_col(q, 2));
			xml_text(r, db_col(q, 3));
			xml_end(r);
		}
		db_end(q);
		xml_end(r);
		if (rc < 0)
			return db_err(r->db);
	}
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

/* <purpose code="" spent=""/> of each purpose, from sums by code. */
static void
purposes_xml(struct req *r, const int64_t sums[PU__MAX])
{
	size_t	 i;

	for (i = 0; i < PU__MAX; i++) {
		xml_start(r, "purpose");
		xml_attr(r, "code", purpose_names[i]);
		xml_attri(r, "spent", sums[i]);
		xml_end(r);
	}
}

/* One spending row of STMT_STUDIO_SPENDING, kept for its grant. */
struct sprow {
	int64_t		 id, grant, amount;
	const char	*purpose, *ptext, *on, *reverses, *at, *holder, *desc;
	int		 reversed;
};

/* Columns of STMT_STUDIO_GRANTS. */
enum { SR_ID, SR_FUND, SR_YEAR, SR_AMOUNT, SR_SPENT, SR_BASIS, SR_PROJECT,
	SR_DOCUMENT, SR_ON, SR_TITLE, SR_FUNDER, SR_FUNDER_NAME, SR_TEXT };

enum err
funding_xml(struct req *r, int64_t studio)
{
	struct dbq	*q;
	struct sprow	*sp = NULL, *grown;
	int64_t		 sums[PU__MAX], granted = 0, spent = 0, base;
	size_t		 n = 0, i;
	int		 rc, p;
	enum sstatus	 st;
	enum err	 e;

	if ((e = db_one(r->db, STMT_FUNDING_STUDIO, DBARGS(DBI(studio)), &q)) !=
	    E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	if (!auth_sees(r->who, db_col(q, 8))) {
		db_end(q);
		return auth_hidden(r, "工作室");
	}
	base = db_coli(q, 4);
	st = sstatus_parse(db_col(q, 2));
	xml_begin(r, "funding");
	xml_attri(r, "studio", studio);

	/* The totals first, as attributes: summed from the grants. */
	{
		struct dbq	*g;

		if ((g = db_query(r->db, STMT_STUDIO_GRANTS,
		    DBARGS(DBI(studio)))) == NULL) {
			db_end(q);
			return db_err(r->db);
		}
		while ((rc = db_step(g)) == 1) {
			granted += db_coli(g, SR_AMOUNT);
			spent += db_coli(g, SR_SPENT);
		}
		db_end(g);
		if (rc < 0) {
			db_end(q);
			return db_err(r->db);
		}
	}
	xml_attri(r, "granted", granted);
	xml_attri(r, "spent", spent);
	xml_attri(r, "balance", granted - spent);
	if (!r->embed) {
		xml_attrb(r, "may-spend", base == r->who->unit_id);
		xml_attrb(r, "may-project", base == r->who->unit_id &&
		    st != SS_REVOKED);
	}
	xml_start(r, "studio");
	xml_attr(r, "id", db_col(q, 0));
	xml_attr(r, "number", db_col(q, 1));
	xml_attr(r, "status", db_col(q, 2));
	xml_elem(r, "name", db_col(q, 3));
	xml_ref(r, "base-union", db_col(q, 4), db_col(q, 5));
	xml_ref(r, "auditing-unit", db_col(q, 6), db_col(q, 7));
	xml_end(r);
	db_end(q);

	/* By purpose. */
	memset(sums, 0, sizeof(sums));
	if ((q = db_query(r->db, STMT_STUDIO_PURPOSES, DBARGS(DBI(studio)))) ==
	    NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1)
		if ((p = name_index(db_col(q, 0), purpose_names, PU__MAX)) <
		    PU__MAX)
			sums[p] = db_coli(q, 1);
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	xml_start(r, "purposes");
	purposes_xml(r, sums);
	xml_end(r);

	/* The spending, read first, then written under each grant. */
	if ((q = db_query(r->db, STMT_STUDIO_SPENDING, DBARGS(DBI(studio)))) ==
	    NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		grown = amalloc(r->a, (n + 1) * sizeof(*sp));
		if (n > 0)
			memcpy(grown, sp, n * sizeof(*sp));
		sp = grown;
		sp[n].id = db_coli(q, 0);
		sp[n].grant = db_coli(q, 1);
		sp[n].purpose = astrdup(r->a, db_col(q, 2));
		sp[n].ptext = astrdup(r->a, db_col(q, 3));
		sp[n].amount = db_coli(q, 4);
		sp[n].on = astrdup(r->a, db_col(q, 5));
		sp[n].reverses = astrdup(r->a, nz(db_col(q, 6)));
		sp[n].reversed = db_coli(q, 7) != 0;
		sp[n].at = xml_datetime(r, db_col(q, 8));
		sp[n].holder = astrdup(r->a, db_col(q, 9));
		sp[n].desc = astrdup(r->a, db_col(q, 10));
		n++;
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);

	if ((q = db_query(r->db, STMT_STUDIO_GRANTS, DBARGS(DBI(studio)))) ==
	    NULL)
		return db_err(r->db);
	xml_start(r, "grants");
	while ((rc = db_step(q)) == 1) {
		int64_t	 gid = db_coli(q, SR_ID);

		xml_start(r, "grant");
		xml_attr(r, "id", db_col(q, SR_ID));
		xml_attr(r, "fund", db_col(q, SR_FUND));
		xml_attr(r, "year", db_col(q, SR_YEAR));
		xml_attr(r, "amount", db_col(q, SR_AMOUNT));
		xml_attr(r, "spent", db_col(q, SR_SPENT));
		xml_attri(r, "balance", db_coli(q, SR_AMOUNT) -
		    db_coli(q, SR_SPENT));
		xml_attr(r, "basis", db_col(q, SR_BASIS));
		xml_attr(r, "project", nz(db_col(q, SR_PROJECT)));
		xml_attr(r, "document", db_col(q, SR_DOCUMENT));
		xml_attr(r, "decided-on", db_col(q, SR_ON));
		xml_elem(r, "fund-title", db_col(q, SR_TITLE));
		xml_ref(r, "funder", db_col(q, SR_FUNDER),
		    db_col(q, SR_FUNDER_NAME));
		xml_elem(r, "basis-text", db_col(q, SR_TEXT));
		for (i = 0; i < n; i++) {
			if (sp[i].grant != gid)
				continue;
			xml_start(r, "spending");
			xml_attri(r, "id", sp[i].id);
			xml_attr(r, "purpose", sp[i].purpose);
			xml_attri(r, "amount", sp[i].amount);
			xml_attr(r, "spent-on", sp[i].on);
			xml_attr(r, "reverses", sp[i].reverses);
			xml_attrb(r, "reversed", sp[i].reversed);
			xml_attr(r, "at", sp[i].at);
			xml_attr(r, "holder", sp[i].holder);
			xml_elem(r, "purpose-text", sp[i].ptext);
			xml_elem(r, "description", sp[i].desc);
			if ((e = attach_xml(r, "spending", sp[i].id)) !=
			    E_OK) {
				db_end(q);
				return e;
			}
			xml_end(r);
		}
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);

	if ((q = db_query(r->db, STMT_STUDIO_PROJECTS, DBARGS(DBI(studio)))) ==
	    NULL)
		return db_err(r->db);
	xml_start(r, "projects");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "project");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "level", db_col(q, 2));
		xml_attrb(r, "important", db_coli(q, 6) != 0);
		xml_attr(r, "start-on", db_col(q, 4));
		xml_attr(r, "end-on", nz(db_col(q, 5)));
		xml_elem(r, "title", db_col(q, 1));
		xml_elem(r, "source", db_col(q, 3));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);
	if (!r->embed) {
		xml_ferrs(r);
		if (r->message != NULL)
			xml_elem(r, "message", r->message);
	}
	return E_OK;
}
