/*
 * achievement.c: the showcase of innovation results (seed 五.4) as a
 * model.  A studio's base union writes up an achievement (what it is,
 * the problem it solved, what it brought, the year, the people, photos)
 * and submits it; the studio's auditing union publishes it or returns it
 * with its reason; the city may take a published one down with its
 * reason.  Where it was taken up is recorded with it.  Only published
 * achievements of studios not revoked are public: the public list and
 * page, the feed and the studio's public page select them by status in
 * SQL, never by a flag of the page.  Each write keeps the achievement's
 * search terms (search.c) in the same statement.  Nothing here knows
 * HTTP: refusals are enum err with r->message set and fields named.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

const char *const acstatus_names[AC__MAX] = {
	[AC_DRAFT] = "draft",
	[AC_SUBMITTED] = "submitted",
	[AC_PUBLISHED] = "published",
	[AC_RETURNED] = "returned",
	[AC_TAKEN_DOWN] = "taken-down",
};

const char *const acaction_names[AA2__MAX] = {
	[AA2_SUBMIT] = "submit",
	[AA2_PUBLISH] = "publish",
	[AA2_RETURN] = "return",
	[AA2_TAKE_DOWN] = "take-down",
};

const char *const ackind_names[4] = {
	"technical", "management", "service", "system"
};

const char *const acform_names[8] = {
	"improvement", "breakthrough", "invention", "patent", "method",
	"standard", "course", "other"
};

/* The machine: from, action, the stage that takes it, to. */
static const struct mrow achievement_rows[] = {
	{ AC_DRAFT,      AA2_SUBMIT,    STAGE_BASE,     0, AC_SUBMITTED },
	{ AC_RETURNED,   AA2_SUBMIT,    STAGE_BASE,     0, AC_SUBMITTED },
	{ AC_TAKEN_DOWN, AA2_SUBMIT,    STAGE_BASE,     0, AC_SUBMITTED },
	{ AC_SUBMITTED,  AA2_PUBLISH,   STAGE_DISTRICT, 0, AC_PUBLISHED },
	{ AC_SUBMITTED,  AA2_RETURN,    STAGE_DISTRICT, 0, AC_RETURNED },
	{ AC_PUBLISHED,  AA2_TAKE_DOWN, STAGE_CITY,     0, AC_TAKEN_DOWN },
};

const struct machine achievement_machine = {
	MACHINE_ROWS(achievement_rows), acstatus_names, AC__MAX,
	acaction_names, AA2__MAX, stage_names
};

/* Whether the base union may change it: not while under review or public. */
static int
editable(enum acstatus st)
{
	return st == AC_DRAFT || st == AC_RETURNED || st == AC_TAKEN_DOWN;
}

static enum err
refuse(struct req *r, enum err e, const char *msg)
{
	r->message = msg;
	return e;
}

const char *
achievement_terms(struct arena *ar, const char *title, const char *patent,
    const char *problem, const char *benefits, const char *people)
{
	return aprintf(ar, "%s %s", SEARCH_ALL, search_terms(ar, aprintf(ar,
	    "%s\n%s\n%s\n%s\n%s", title, patent, problem, benefits, people)));
}

/*
 * The achievement's terms as rows of achievement_term, anew: the old
 * ones deleted, each of the space-separated list written once, not yet
 * listed (terms_write lists them).
 */
static enum err
terms_rows(struct db *db, struct arena *ar, int64_t id, const char *terms)
{
	struct dbv	 v[2 * ACH_TERM_ROWS];
	char		*copy = astrdup(ar, terms), *t, *save = NULL;
	const char	*last = NULL;
	size_t		 k = 0;
	enum err	 e;

	if ((e = db_exec(db, STMT_ACH_TERMS_CLEAR, DBARGS(DBI(id)), NULL,
	    NULL)) != E_OK)
		return e;
	for (t = strtok_r(copy, " ", &save); ; t = strtok_r(NULL, " ",
	    &save)) {
		if (t != NULL) {
			v[2 * k] = DBS(t);
			v[2 * k + 1] = DBI(id);
			last = t;
			k++;
		}
		if (k == 0 && t == NULL)
			return E_OK;
		if (k == ACH_TERM_ROWS || (t == NULL && k > 0)) {
			/* A short list repeats its last pair. */
			for (; k < ACH_TERM_ROWS; k++) {
				v[2 * k] = DBS(last);
				v[2 * k + 1] = DBI(id);
			}
			if ((e = db_exec(db, STMT_ACH_TERMS_ADD, v,
			    2 * ACH_TERM_ROWS, NULL, NULL)) != E_OK)
				return e;
			k = 0;
		}
		if (t == NULL)
			return E_OK;
	}
}

/*
 * The achievement's terms (terms_rows), listed on the showcase when the
 * achievement is on it.
 */
static enum err
terms_write(struct db *db, struct arena *ar, int64_t id, const char *terms)
{
	enum err	 e;

	if ((e = terms_rows(db, ar, id, terms)) != E_OK)
		return e;
	return db_exec(db, STMT_ACH_TERMS_RELIST, DBARGS(DBI(id)), NULL, NULL);
}

/* The terms an achievement is found by: its title and its texts. */
static const char *
terms_of(struct req *r, const struct achact *a)
{
	return achievement_terms(r->a, a->title, a->patent_number, a->problem,
	    a->benefits, a->people);
}

enum err
achievement_reindex(struct db *db, struct arena *ar, uint64_t *n)
{
	struct dbq	*q;
	int64_t		 after = 0, ids[500];
	const char	*terms[500];
	size_t		 k, i;
	int		 rc;
	enum err	 e;

	*n = 0;
	for (;;) {
		if ((q = db_query(db, STMT_ACH_TEXTS, DBARGS(DBI(after),
		    DBI(500)))) == NULL)
			return db_err(db);
		for (k = 0; (rc = db_step(q)) == 1; k++) {
			ids[k] = db_coli(q, 0);
			terms[k] = achievement_terms(ar, db_col(q, 1),
			    db_col(q, 2), db_col(q, 3), db_col(q, 4),
			    db_col(q, 5));
		}
		db_end(q);
		if (rc < 0)
			return db_err(db);
		if (k == 0)
			return E_OK;
		for (i = 0; i < k; i++)
			if ((e = terms_write(db, ar, ids[i], terms[i])) != E_OK)
				return e;
		*n += k;
		after = ids[k - 1];
		arena_reset(ar);
	}
}

static enum err
create(struct achact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	char		*path, *what;
	int64_t		 base, audit;
	const char	*industry;
	enum sstatus	 st;
	uint64_t	 last = 0;
	enum err	 e;

	if ((e = db_one(r->db, STMT_ACH_STUDIO, DBARGS(DBI(a->studio)), &q)) !=
	    E_OK && e != E_NOTFOUND)
		return e;
	if (e == E_NOTFOUND) {
		req_ferr(r, "studio", "工作室", "请选择本单位的工作室");
		return refuse(r, E_INVALID, "请选择本单位的工作室");
	}
	st = sstatus_parse(db_col(q, 0));
	path = astrdup(r->a, db_col(q, 1));
	base = db_coli(q, 2);
	audit = db_coli(q, 3);
	industry = db_col(q, 4) != NULL ? astrdup(r->a, db_col(q, 4)) : NULL;
	db_end(q);
	if (base != r->who->unit_id) {
		req_ferr(r, "studio", "工作室", "请选择本单位的工作室");
		return refuse(r, E_INVALID, "成果由工作室所在单位工会填报");
	}
	if (st == SS_REVOKED)
		return refuse(r, E_CONFLICT, "工作室已被取消命名，不能再填报成果");
	if ((e = db_exec(r->db, STMT_ACH_ADD, DBARGS(DBI(a->studio), DBS(path),
	    DBI(audit), industry != NULL ? DBS(industry) : DBN, DBS(a->title),
	    DBS(ackind_names[a->kind]), DBS(acform_names[a->form]),
	    DBS(a->patent_number), DBS(a->problem), DBS(a->benefits),
	    a->has_value ? DBI(a->value) : DBN, DBI(a->year), DBS(a->people)),
	    NULL, &last)) != E_OK)
		return e;
	a->id = (int64_t)last;
	a->to = AC_DRAFT;
	if ((e = terms_write(r->db, r->a, a->id, terms_of(r, a))) != E_OK)
		return e;
	what = aprintf(r->a, "achievement=%lld\nstudio=%lld\ntitle=%s\n",
	    (long long)a->id, (long long)a->studio, a->title);
	return audit_append(r->db, r->who, "achievement.create", "achievement",
	    a->id, what, strlen(what));
}

/* Columns of STMT_ACH_LOCK. */
enum { AL_STATUS, AL_VERSION, AL_PATH, AL_BASE, AL_AUDIT, AL_STUDIO };

enum err
achievement_act(struct achact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	enum acstatus	 st;
	int64_t		 version, base, audit, aid = 0;
	const char	*path, *name;
	int		 actor, to;
	uint64_t	 n = 0;
	size_t		 i;
	char		*what;
	enum err	 e;

	if (a->post == AP_CREATE)
		return create(a);
	if ((e = db_one(r->db, STMT_ACH_LOCK, DBARGS(DBI(a->id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "创新成果") : e;
	st = (enum acstatus)name_index(db_col(q, AL_STATUS), acstatus_names,
	    AC__MAX);
	version = db_coli(q, AL_VERSION);
	path = astrdup(r->a, db_col(q, AL_PATH));
	base = db_coli(q, AL_BASE);
	audit = db_coli(q, AL_AUDIT);
	a->studio = db_coli(q, AL_STUDIO);
	db_end(q);
	/* A draft is its base union's own. */
	if (!auth_sees(r->who, path) || (st == AC_DRAFT &&
	    r->who->unit_id != base))
		return auth_hidden(r, "创新成果");
	if (a->version != version)
		return refuse(r, E_CONFLICT,
		    "该成果已被他人修改，请刷新页面后重新操作");
	a->to = st;
	switch (a->post) {
	case AP_SAVE:
	case AP_PHOTO:
		if (r->who->unit_id != base)
			return refuse(r, E_FORBIDDEN, "成果由工作室所在单位工会填报");
		if (!editable(st))
			return refuse(r, E_CONFLICT,
			    "成果正在审核或已发布，不能修改");
		if (a->post == AP_SAVE) {
			name = "save";
			e = db_exec(r->db, STMT_ACH_SAVE, DBARGS(DBS(a->title),
			    DBS(ackind_names[a->kind]),
			    DBS(acform_names[a->form]), DBS(a->patent_number),
			    DBS(a->problem), DBS(a->benefits), a->has_value ?
			    DBI(a->value) : DBN, DBI(a->year), DBS(a->people),
			    DBI(a->id), DBI(version)), &n, NULL);
			if (e == E_OK && n == 1)
				e = terms_write(r->db, r->a, a->id,
				    terms_of(r, a));
		} else {
			name = "photo";
			if (r->nfiles == 0) {
				req_ferr(r, "file", "照片", "请选择照片");
				return refuse(r, E_INVALID, "请选择照片");
			}
			for (i = 0; i < r->nfiles; i++) {
				if (attach_type(r->files[i].data,
				    r->files[i].len) != AT_JPEG &&
				    attach_type(r->files[i].data,
				    r->files[i].len) != AT_PNG) {
					req_ferr(r, r->files[i].field, "照片",
					    "照片须为 JPEG 或 PNG 图片");
					return refuse(r, E_INVALID,
					    "照片须为 JPEG 或 PNG 图片");
				}
				if ((e = attach_store(r, &r->files[i],
				    "achievement", a->id, path, &aid)) != E_OK)
					return e;
			}
			e = db_exec(r->db, STMT_ACH_BUMP, DBARGS(DBI(a->id),
			    DBI(version)), &n, NULL);
		}
		break;
	case AP_ADOPT:
		name = "adopt";
		if (r->who->unit_id != base && r->who->unit_id != audit)
			return refuse(r, E_FORBIDDEN, "成果转化由工作室所在单位工会"
			    "或审核单位登记");
		if (st != AC_PUBLISHED)
			return refuse(r, E_CONFLICT, "发布后的成果才能登记转化应用");
		if ((e = db_exec(r->db, STMT_ADOPT_ADD, DBARGS(DBI(a->id),
		    DBS(a->unit_name), *a->industry != '\0' ?
		    DBS(a->industry) : DBN, DBS(a->region), DBS(a->adopted_on),
		    DBS(a->effect), DBI(r->who->unit_id), DBS(r->who->holder)),
		    NULL, NULL)) != E_OK)
			return e;
		e = db_exec(r->db, STMT_ACH_BUMP, DBARGS(DBI(a->id),
		    DBI(version)), &n, NULL);
		break;
	default:
		name = acaction_names[a->action];
		if (!machine_next(&achievement_machine, st, a->action, 0,
		    &actor, &to))
			return refuse(r, E_CONFLICT, "成果当前的状态不允许此操作");
		if (!review_actor(r->who, (enum stage)actor, base, audit))
			return refuse(r, E_FORBIDDEN,
			    "此操作应由成果当前阶段的单位办理");
		if ((a->action == AA2_RETURN || a->action == AA2_TAKE_DOWN) &&
		    *a->opinion == '\0') {
			req_ferr(r, "opinion", "理由", "请写明理由");
			return refuse(r, E_INVALID, "请写明理由");
		}
		a->to = (enum acstatus)to;
		if ((e = db_exec(r->db, STMT_ACH_STATUS, DBARGS(
		    DBS(acstatus_names[to]), DBS(acstatus_names[to]),
		    DBS(a->action == AA2_RETURN || a->action == AA2_TAKE_DOWN ?
		    a->opinion : ""), DBI(a->id), DBI(version)), &n, NULL)) !=
		    E_OK)
			return e;
		if (n == 1 && (e = step_add(r, STMT_ACH_REVIEW_ADD, a->id,
		    stage_names[actor], name, a->opinion)) != E_OK)
			return e;
		/* Published or taken down: on the showcase or off it. */
		if (n == 1 && (e = db_exec(r->db, STMT_ACH_TERMS_RELIST,
		    DBARGS(DBI(a->id)), NULL, NULL)) != E_OK)
			return e;
		break;
	}
	if (e != E_OK)
		return e;
	if (n != 1)
		return refuse(r, E_CONFLICT,
		    "该成果已被他人修改，请刷新页面后重新操作");
	what = aprintf(r->a, "achievement=%lld\nstudio=%lld\naction=%s\n"
	    "from=%s\nto=%s\ntitle=%s\nopinion=%s\nphoto=%lld\n",
	    (long long)a->id, (long long)a->studio, name, acstatus_names[st],
	    acstatus_names[a->to], a->title != NULL ? a->title : "",
	    a->opinion != NULL ? a->opinion : "", (long long)aid);
	return audit_append(r->db, r->who, aprintf(r->a, "achievement.%s",
	    name), "achievement", a->id, what, strlen(what));
}

/* Columns of STMT_ACH_GET. */
enum { AG_ID, AG_STUDIO, AG_STATUS, AG_VERSION, AG_SINCE, AG_PUBLISHED,
	AG_KIND, AG_FORM, AG_YEAR, AG_VALUE, AG_TITLE, AG_PATENT, AG_PROBLEM,
	AG_BENEFITS, AG_PEOPLE, AG_REASON, AG_PATH, AG_NUMBER, AG_SSTATUS,
	AG_SNAME, AG_BASE, AG_BASE_NAME, AG_AUDIT, AG_AUDIT_NAME, AG_HOST,
	AG_INDUSTRY };


static const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

/* <adoptions> of an achievement; public: the industry as a code element. */
static enum err
adoptions_xml(struct req *r, int64_t id, int public)
{
	const struct codeset	*cs = codes_get(r->db, CT_INDUSTRY);
	struct dbq		*q;
	int			 rc;

	if ((q = db_query(r->db, STMT_ADOPTIONS, DBARGS(DBI(id)))) == NULL)
		return db_err(r->db);
	xml_start(r, "adoptions");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "adoption");
		if (!public) {
			xml_attr(r, "id", db_col(q, 0));
			xml_attr(r, "industry", nz(db_col(q, 2)));
		}
		xml_attr(r, "adopted-on", db_col(q, 4));
		xml_elem(r, "unit-name", db_col(q, 1));
		if (public) {
			xml_start(r, "industry");
			xml_attr(r, "code", nz(db_col(q, 2)));
			if (cs != NULL && db_col(q, 2) != NULL)
				xml_text(r, nz(codes_label(cs, db_col(q, 2))));
			xml_end(r);
		} else
			xml_elem(r, "industry-name", cs != NULL &&
			    db_col(q, 2) != NULL ?
			    nz(codes_label(cs, db_col(q, 2))) : "");
		xml_elem(r, "region", db_col(q, 3));
		xml_elem(r, "effect", db_col(q, 5));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
achievement_xml(struct req *r, int64_t id)
{
	struct dbq	*q;
	enum acstatus	 st;
	int64_t		 base, audit;
	int		 mine;
	enum err	 e;

	if ((e = db_one(r->db, STMT_ACH_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "创新成果") : e;
	st = (enum acstatus)name_index(db_col(q, AG_STATUS), acstatus_names,
	    AC__MAX);
	base = db_coli(q, AG_BASE);
	audit = db_coli(q, AG_AUDIT);
	if (!auth_sees(r->who, db_col(q, AG_PATH)) || (st == AC_DRAFT &&
	    r->who->unit_id != base)) {
		db_end(q);
		return auth_hidden(r, "创新成果");
	}
	mine = r->who->unit_id == base;
	xml_begin(r, "achievement");
	xml_attr(r, "id", db_col(q, AG_ID));
	xml_attr(r, "studio", db_col(q, AG_STUDIO));
	xml_attr(r, "status", db_col(q, AG_STATUS));
	xml_attr(r, "version", db_col(q, AG_VERSION));
	xml_attr(r, "since", xml_datetime(r, db_col(q, AG_SINCE)));
	xml_attr(r, "published-at", db_col(q, AG_PUBLISHED) != NULL ?
	    xml_datetime(r, db_col(q, AG_PUBLISHED)) : "");
	xml_attr(r, "kind", db_col(q, AG_KIND));
	xml_attr(r, "form", db_col(q, AG_FORM));
	xml_attr(r, "year", db_col(q, AG_YEAR));
	xml_attr(r, "value", nz(db_col(q, AG_VALUE)));
	xml_start(r, "studio");
	xml_attr(r, "id", db_col(q, AG_STUDIO));
	xml_attr(r, "number", db_col(q, AG_NUMBER));
	xml_attr(r, "status", db_col(q, AG_SSTATUS));
	xml_elem(r, "name", db_col(q, AG_SNAME));
	xml_ref(r, "base-union", db_col(q, AG_BASE), db_col(q, AG_BASE_NAME));
	xml_ref(r, "auditing-unit", db_col(q, AG_AUDIT),
	    db_col(q, AG_AUDIT_NAME));
	xml_end(r);
	xml_elem(r, "title", db_col(q, AG_TITLE));
	xml_elem(r, "patent-number", db_col(q, AG_PATENT));
	xml_elem(r, "problem", db_col(q, AG_PROBLEM));
	xml_elem(r, "benefits", db_col(q, AG_BENEFITS));
	xml_elem(r, "people", db_col(q, AG_PEOPLE));
	xml_elem(r, "reason", db_col(q, AG_REASON));
	db_end(q);
	if ((e = attach_xml(r, "achievement", id)) != E_OK ||
	    (e = adoptions_xml(r, id, 0)) != E_OK ||
	    (e = steps_xml(r, STMT_ACH_REVIEWS, id)) != E_OK)
		return e;
	/* In a dossier, the record only: no actions, no forms. */
	if (r->embed)
		return E_OK;
	machine_xml_actions(r, &achievement_machine, st, 0,
	    review_stages(r->who, base, audit));
	xml_start(r, "may");
	xml_attrb(r, "edit", mine && editable(st));
	xml_attrb(r, "photo", mine && editable(st));
	xml_attrb(r, "adopt", (mine || r->who->unit_id == audit) &&
	    st == AC_PUBLISHED);
	xml_end(r);
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

/* ------------------------------------------------------------------ lists */

static const struct lfilter ach_filters[] = {
	{ "status", LF_ENUM, acstatus_names, AC__MAX, 0, 0, 0 },
	{ "kind", LF_ENUM, ackind_names, 4, 0, 0, 0 },
	{ "year", LF_ID, NULL, 0, 0, 0, 0 },
	{ "district", LF_DISTRICT, NULL, 0, 0, 0, 0 },
	{ "q", LF_FULLTEXT, NULL, 0, 0, 0, 0 },
};

static const struct lcol ach_cols[] = {
	{ "id", LX_ATTR, 0, 0, { NULL, 0, 0, NULL } },
	{ "studio", LX_ATTR, 1, 0, { NULL, 0, 0, NULL } },
	{ "status", LX_ATTR, 2, 0,
	  { "状态", 2, CSV_LABEL, "ach-status" } },
	{ "kind", LX_ATTR, 3, 0, { "成果类别", 3, CSV_LABEL, "ach-kind" } },
	{ "form", LX_ATTR, 4, 0, { "成果形式", 4, CSV_LABEL, "ach-form" } },
	{ "year", LX_ATTR, 5, 0, { "年度", 5, CSV_TEXT, NULL } },
	{ "since", LX_DATETIME, 6, 0, { NULL, 0, 0, NULL } },
	{ "published-at", LX_ATTR_EMPTY, 7, 0, { "发布时间", 7, CSV_TEXT, NULL } },
	{ "title", LX_ELEM, 8, 0, { "成果名称", 8, CSV_TEXT, NULL } },
	{ "studio-name", LX_ELEM, 9, 0, { "工作室", 9, CSV_TEXT, NULL } },
	{ "base-union", LX_UNIT, 10, 11, { "基层工会", 11, CSV_TEXT, NULL } },
	{ "auditing-unit", LX_UNIT, 12, 13,
	  { "审核单位", 13, CSV_TEXT, NULL } },
};

/* The filters' choices, and the base union's studios for a new one. */
static enum err
ach_head(struct req *r)
{
	struct dbq	*q;
	int		 rc;
	enum err	 e;

	if ((e = unit_xml_filters(r)) != E_OK)
		return e;
	if (r->who->kind != KIND_BASE)
		return E_OK;
	if ((q = db_query(r->db, STMT_ACH_NEW_STUDIOS,
	    DBARGS(DBI(r->who->unit_id)))) == NULL)
		return db_err(r->db);
	xml_start(r, "new");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "studio");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "number", db_col(q, 1));
		xml_text(r, db_col(q, 2));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

const struct listdef list_achievements = {
	"achievements", "achievement", STMT_ACH_COUNT, STMT_ACH_PAGE, 2,
	ach_filters, sizeof(ach_filters) / sizeof(ach_filters[0]),
	ach_cols, sizeof(ach_cols) / sizeof(ach_cols[0]),
	CT__MAX, "achievements", 0, ach_head, NULL,
	STMT__MAX, STMT__MAX, -1, -1, NULL, 0
};

static const struct lfilter pub_filters[] = {
	{ "kind", LF_ENUM, ackind_names, 4, 0, 0, 0 },
	{ "industry", LF_CODE, NULL, 0, CT_INDUSTRY, 0, 0 },
	{ "district", LF_ID, NULL, 0, 0, 0, 0 },
	{ "year", LF_ID, NULL, 0, 0, 0, 0 },
	{ "q", LF_FULLTEXT, NULL, 0, 0, 0, 0 },
};

/* Public columns only: nothing of the studio's people or its reviews. */
static const struct lcol pub_cols[] = {
	{ "id", LX_ATTR, 0, 0, { NULL, 0, 0, NULL } },
	{ "studio", LX_ATTR, 1, 0, { NULL, 0, 0, NULL } },
	{ "kind", LX_ATTR, 2, 0, { NULL, 0, 0, NULL } },
	{ "form", LX_ATTR, 3, 0, { NULL, 0, 0, NULL } },
	{ "year", LX_ATTR, 4, 0, { NULL, 0, 0, NULL } },
	{ "published-at", LX_DATETIME, 5, 0, { NULL, 0, 0, NULL } },
	{ "value", LX_ATTR_EMPTY, 6, 0, { NULL, 0, 0, NULL } },
	{ "title", LX_ELEM, 7, 0, { NULL, 0, 0, NULL } },
	{ "studio-name", LX_ELEM, 8, 0, { NULL, 0, 0, NULL } },
	{ "district", LX_UNIT, 9, 10, { NULL, 0, 0, NULL } },
	{ "summary", LX_ELEM, 11, 0, { NULL, 0, 0, NULL } },
};

/* A row's photo, when it has one: the link to its scaled copy. */
static void
pub_row(struct req *r, struct dbq *q)
{
	if (db_col(q, 12) != NULL)
		xml_attr(r, "photo", aprintf(r->a, "/public/photos/%s",
		    db_col(q, 12)));
}

/* The districts and industries for the public filters. */
static enum err
pub_head(struct req *r)
{
	const struct codeset	*ind;
	struct dbq		*q;
	int			 rc;

	if ((ind = codes_get(r->db, CT_INDUSTRY)) == NULL)
		return db_err(r->db);
	xml_start(r, "filters");
	xml_start(r, "districts");
	if ((q = db_query(r->db, STMT_DISTRICTS, DBARGS(DBS("")))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1)
		unit_xml_row(r, "unit", q, 0);
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);
	codes_choices(r, "industries", ind);
	xml_end(r);
	return E_OK;
}

static const unsigned char pub_keyb[] = { LK_TEXT, LK_TEXT, LK_ID };

const struct listdef list_public_achievements = {
	"public-achievements", "achievement", STMT_PUB_ACH_COUNT,
	STMT_PUB_ACH_PAGE, 0,
	pub_filters, sizeof(pub_filters) / sizeof(pub_filters[0]),
	pub_cols, sizeof(pub_cols) / sizeof(pub_cols[0]),
	/* "1000+": each row counted is a read of its achievement */
	CT__MAX, NULL, LIST_SHORT, pub_head, pub_row,
	STMT__MAX, STMT_PUB_ACH_AFTER, 13, 0, pub_keyb, sizeof(pub_keyb)
};

/* Columns of STMT_PUB_ACH_GET. */
enum { PG_ID, PG_KIND, PG_FORM, PG_YEAR, PG_PUBLISHED, PG_VALUE, PG_TITLE,
	PG_PATENT, PG_STUDIO, PG_NUMBER, PG_SNAME, PG_HOST, PG_DISTRICT,
	PG_DNAME, PG_INDUSTRY, PG_PROBLEM, PG_BENEFITS, PG_PEOPLE };

enum err
public_achievement_xml(struct req *r, int64_t id, const char *origin)
{
	const struct codeset	*cs = codes_get(r->db, CT_INDUSTRY);
	struct dbq		*q;
	int			 rc;
	enum err		 e;

	if ((e = db_one(r->db, STMT_PUB_ACH_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "创新成果") : e;
	xml_begin(r, "public-achievement");
	xml_attr(r, "id", db_col(q, PG_ID));
	xml_attr(r, "origin", origin);
	xml_attr(r, "kind", db_col(q, PG_KIND));
	xml_attr(r, "form", db_col(q, PG_FORM));
	xml_attr(r, "year", db_col(q, PG_YEAR));
	xml_attr(r, "published-at", xml_datetime(r, db_col(q, PG_PUBLISHED)));
	xml_attr(r, "value", nz(db_col(q, PG_VALUE)));
	xml_elem(r, "title", db_col(q, PG_TITLE));
	xml_elem(r, "patent-number", db_col(q, PG_PATENT));
	xml_start(r, "studio");
	xml_attr(r, "id", db_col(q, PG_STUDIO));
	xml_attr(r, "number", db_col(q, PG_NUMBER));
	xml_elem(r, "name", db_col(q, PG_SNAME));
	xml_elem(r, "host-unit", db_col(q, PG_HOST));
	xml_end(r);
	xml_ref(r, "district", db_col(q, PG_DISTRICT), db_col(q, PG_DNAME));
	xml_start(r, "industry");
	xml_attr(r, "code", nz(db_col(q, PG_INDUSTRY)));
	if (cs != NULL && db_col(q, PG_INDUSTRY) != NULL)
		xml_text(r, nz(codes_label(cs, db_col(q, PG_INDUSTRY))));
	xml_end(r);
	xml_elem(r, "problem", db_col(q, PG_PROBLEM));
	xml_elem(r, "benefits", db_col(q, PG_BENEFITS));
	xml_elem(r, "people", db_col(q, PG_PEOPLE));
	db_end(q);
	if ((q = db_query(r->db, STMT_PUB_PHOTOS, DBARGS(DBI(id)))) == NULL)
		return db_err(r->db);
	xml_start(r, "photos");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "photo");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "type", db_col(q, 2));
		xml_attr(r, "href", aprintf(r->a, "/public/photos/%s",
		    db_col(q, 0)));
		xml_attr(r, "original", aprintf(r->a,
		    "/public/photos/%s?size=original", db_col(q, 0)));
		xml_text(r, db_col(q, 1));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);
	return adoptions_xml(r, id, 1);
}

enum err
public_photo(struct req *r, int64_t id, int original, struct xaccel **out)
{
	struct xaccel	*x;
	struct dbq	*q;
	const char	*rel;
	enum err	 e;

	*out = NULL;
	if ((e = db_one(r->db, STMT_PUB_PHOTO, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "照片") : e;
	if ((rel = attach_relpath(r->a, db_col(q, 0))) == NULL) {
		db_end(q);
		return E_DB;
	}
	x = amalloc(r->a, sizeof(*x));
	x->uri = aprintf(r->a, "/%s/%s", original ? "_attachments" :
	    "_photos", rel);
	x->type = astrdup(r->a, db_col(q, 1));
	x->name = astrdup(r->a, db_col(q, 2));
	x->ascii = aprintf(r->a, "photo-%lld.%s", (long long)id,
	    strcmp(x->type, "image/png") == 0 ? "png" : "jpg");
	x->disp_inline = 1;
	db_end(q);
	*out = x;
	return E_OK;
}

enum err
achievement_xml_public_studio(struct req *r, int64_t studio)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_PUB_STUDIO_ACH, DBARGS(DBI(studio)))) ==
	    NULL)
		return db_err(r->db);
	xml_start(r, "achievements");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "achievement");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "year", db_col(q, 1));
		xml_attr(r, "kind", db_col(q, 2));
		xml_text(r, db_col(q, 3));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
achievement_xml_feed(struct req *r)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_FEED_ACH, DBNOARGS)) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "achievement");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "updated", xml_datetime(r, db_col(q, 1)));
		xml_attr(r, "published-on", db_col(q, 2));
		xml_elem(r, "title", db_col(q, 3));
		xml_elem(r, "studio-name", db_col(q, 4));
		xml_elem(r, "summary", db_col(q, 5));
		xml_end(r);
	}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}
