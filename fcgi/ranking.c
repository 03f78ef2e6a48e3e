/*
 * ranking.c: the year's rankings (issue 13), as a model.  The studios of
 * a unit's subtree ranked by the audit total of their filed assessment
 * sheets, with what else the year shows of them (achievements published,
 * adoptions of them, subsidy spent); and the auditing unions ranked on
 * what the seed asks of them (studios named against their target, the
 * shares graded 优秀 and 不合格, filing on time, achievements, subsidy,
 * leaders trained).  Each figure is an SQL aggregate over the year, a few
 * statements in all, never a query per studio.  Each ranking says when
 * it was computed and from which filings, and whether they are complete.
 * Nothing here knows HTTP.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

const char *const rankcol_names[RC__MAX] = {
	[RC_NAMED] = "named",
	[RC_PROGRESS] = "progress",
	[RC_EXCELLENT] = "excellent",
	[RC_FAIL] = "fail",
	[RC_FILED] = "filed",
	[RC_ACHIEVEMENTS] = "achievements",
	[RC_ADOPTIONS] = "adoptions",
	[RC_GRANTED] = "granted",
	[RC_SPENT] = "spent",
	[RC_TRAINED] = "trained",
};

/* A column's value, "" for SQL NULL. */
static const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

#define RU(m)	offsetof(struct rankunit, m)
#define NONE	((size_t)-1)

/*
 * What each column ranks by: the value num / den (den NONE: 1), which
 * exists only where the field def is positive (NONE: always); and
 * whether the largest ranks first by default.
 */
static const struct rankdef {
	size_t	 num;
	size_t	 den;
	size_t	 def;
	int	 desc;
} rankdefs[RC__MAX] = {
	[RC_NAMED] =		{ RU(named), NONE, NONE, 1 },
	[RC_PROGRESS] =		{ RU(named_total), RU(target), RU(target), 1 },
	[RC_EXCELLENT] =	{ RU(excellent), RU(filed_sheets),
				  RU(filed_sheets), 1 },
	[RC_FAIL] =		{ RU(fail), RU(filed_sheets), RU(filed_sheets),
				  0 },
	[RC_FILED] =		{ RU(days_late), NONE, RU(filed), 0 },
	[RC_ACHIEVEMENTS] =	{ RU(achievements), NONE, NONE, 1 },
	[RC_ADOPTIONS] =	{ RU(adoptions), NONE, NONE, 1 },
	[RC_GRANTED] =		{ RU(granted), NONE, NONE, 1 },
	[RC_SPENT] =		{ RU(spent), NONE, NONE, 1 },
	[RC_TRAINED] =		{ RU(trained), NONE, NONE, 1 },
};

int
rankcol_desc(enum rankcol c)
{
	return c < RC__MAX ? rankdefs[c].desc : 1;
}

static int64_t
field(const struct rankunit *u, size_t off)
{
	return *(const int64_t *)(const void *)((const char *)u + off);
}

/* Whether the union has a value in the column. */
static int
has_value(const struct rankunit *u, const struct rankdef *d)
{
	return d->def == NONE || field(u, d->def) > 0;
}

/*
 * Compare two values of a column, both present: <0, 0, >0 as a's is
 * smaller, equal, larger.  The fractions are compared crosswise, in
 * integers (counts and fen: no overflow at any real size).
 */
static int
value_cmp(const struct rankunit *a, const struct rankunit *b,
    const struct rankdef *d)
{
	int64_t	 an, bn, ad, bd, l, rr;

	an = field(a, d->num);
	bn = field(b, d->num);
	ad = d->den == NONE ? 1 : field(a, d->den);
	bd = d->den == NONE ? 1 : field(b, d->den);
	l = an * bd;
	rr = bn * ad;
	return l < rr ? -1 : l > rr;
}

struct sortctx {
	const struct rankdef	*d;
	int			 desc;
};

static int
unit_cmp(const void *pa, const void *pb, void *arg)
{
	const struct rankunit	*a = pa, *b = pb;
	const struct sortctx	*c = arg;
	int			 ha, hb, v;

	ha = has_value(a, c->d);
	hb = has_value(b, c->d);
	if (ha != hb)
		return hb - ha;
	if (ha && (v = value_cmp(a, b, c->d)) != 0)
		return c->desc ? -v : v;
	return strcmp(a->code, b->code);
}

void
ranking_sort(struct rankunit *u, size_t n, enum rankcol col, int desc)
{
	struct sortctx	 c;
	size_t		 i;

	if (col >= RC__MAX)
		col = RC_NAMED;
	c.d = &rankdefs[col];
	c.desc = desc;
	if (n > 1)
		qsort_r(u, n, sizeof(*u), unit_cmp, &c);
	for (i = 0; i < n; i++) {
		if (!has_value(&u[i], c.d))
			u[i].rank = 0;
		else if (i > 0 && u[i - 1].rank > 0 &&
		    value_cmp(&u[i - 1], &u[i], c.d) == 0)
			u[i].rank = u[i - 1].rank;
		else
			u[i].rank = (int64_t)i + 1;
	}
}

/* ------------------------------------------------------------ shared */

/* The first day of the year and of the next, as SQL dates. */
static void
year_days(struct req *r, int year, const char **from, const char **to)
{
	*from = aprintf(r->a, "%04d-01-01", year);
	*to = aprintf(r->a, "%04d-01-01", year + 1);
}

/*
 * When the ranking is computed (the database's clock, as every other
 * time shown) and the year's scheme: its deadline and status, NULL when
 * there is none.  Strings in r's arena.
 */
static enum err
ranking_now(struct req *r, int year, const char **now, const char **deadline,
    const char **status)
{
	struct dbq	*q;
	enum err	 e;

	if ((e = db_one(r->db, STMT_RANK_NOW, DBARGS(DBI(year)), &q)) != E_OK)
		return e == E_NOTFOUND ? E_DB : e;
	*now = astrdup(r->a, db_col(q, 0));
	*deadline = db_col(q, 1) != NULL ? astrdup(r->a, db_col(q, 1)) : NULL;
	*status = db_col(q, 2) != NULL ? astrdup(r->a, db_col(q, 2)) : NULL;
	db_end(q);
	return E_OK;
}

/* The root's attributes common to both rankings. */
static void
ranking_head(struct req *r, int year, const char *now, const char *deadline,
    const char *status, const char *state)
{
	xml_attri(r, "year", year);
	xml_attr(r, "computed-at", xml_datetime(r, now));
	xml_attr(r, "state", state);
	if (status != NULL)
		xml_attr(r, "scheme", status);
	if (deadline != NULL)
		xml_attr(r, "deadline", deadline);
}

/*
 * The state of the year's filed data: "none" (no scheme, or no sheet in
 * the subtree), "incomplete" (a union with sheets has not filed, or not
 * all of them) or "complete".
 */
static const char *
ranking_state(const char *deadline, int64_t sheets, int64_t filed_sheets,
    int64_t unions, int64_t unions_filed)
{
	if (deadline == NULL || sheets == 0)
		return "none";
	if (filed_sheets < sheets || unions_filed < unions)
		return "incomplete";
	return "complete";
}

/* ----------------------------------------------------------- studios */

/* One auditing union's filing, kept until the root's attributes are out. */
struct filing {
	const char	*id, *code, *name, *filed_at, *acked_at, *days_late;
	int64_t		 sheets, filed_sheets;
};

/* Columns of STMT_RANK_STUDIO_PAGE. */
enum { RS_ID, RS_NUMBER, RS_NAME, RS_HOST, RS_INDUSTRY, RS_AUDITING,
	RS_AUDITING_NAME, RS_TOTAL, RS_GRADE, RS_STAGE, RS_ACH, RS_ADOPT,
	RS_SPENT, RS_RANK, RS_NAMED_ON, RS_STATUS };

/*
 * The binds of STMT_RANK_STUDIO_SUMS and _PAGE into args: the year's
 * days twice and the year (the subqueries), then RANK_STUDIO_FROM's.
 * Returns their number.
 */
static size_t
studio_binds(struct req *r, const struct rankfilter *f, struct dbv *args)
{
	const char	*from, *to;
	size_t		 n = 0;

	year_days(r, f->year, &from, &to);
	args[n++] = DBS(from);
	args[n++] = DBS(to);
	args[n++] = DBS(from);
	args[n++] = DBS(to);
	args[n++] = DBI(f->year);
	args[n++] = DBI(f->year);
	args[n++] = DBS(r->who->unit_path);
	args[n++] = DBI(f->district);
	args[n++] = DBI(f->district);
	args[n++] = DBS(f->industry);
	args[n++] = DBS(f->industry);
	args[n++] = DBS(f->type);
	args[n++] = DBS(f->type);
	return n;
}

enum err
ranking_studios_xml(struct req *r, const struct rankfilter *f)
{
	const char	*path = r->who->unit_path, *now, *deadline, *status;
	struct filing	*fl = NULL, *grown;
	struct dbv	 args[20];
	struct dbq	*q;
	int64_t		 sums[8], sheets = 0, filed_sheets = 0, unions = 0,
			 unions_filed = 0, limit, offset;
	size_t		 nf = 0, i, n;
	int		 rc;
	enum err	 e;

	if ((e = ranking_now(r, f->year, &now, &deadline, &status)) != E_OK)
		return e;

	/* The filings the ranking is made from. */
	if ((q = db_query(r->db, STMT_RANK_FILINGS, DBARGS(DBI(f->year),
	    DBI(f->year), DBI(f->year), DBS(path), DBS(path), DBS(path)))) ==
	    NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		grown = amalloc(r->a, (nf + 1) * sizeof(*fl));
		if (nf > 0)
			memcpy(grown, fl, nf * sizeof(*fl));
		fl = grown;
		fl[nf].id = astrdup(r->a, db_col(q, 0));
		fl[nf].code = astrdup(r->a, db_col(q, 1));
		fl[nf].name = astrdup(r->a, db_col(q, 2));
		fl[nf].filed_at = db_col(q, 3) != NULL ?
		    astrdup(r->a, db_col(q, 3)) : NULL;
		fl[nf].acked_at = db_col(q, 4) != NULL ?
		    astrdup(r->a, db_col(q, 4)) : NULL;
		fl[nf].sheets = db_coli(q, 5);
		fl[nf].filed_sheets = db_coli(q, 6);
		fl[nf].days_late = db_col(q, 7) != NULL ?
		    astrdup(r->a, db_col(q, 7)) : NULL;
		sheets += fl[nf].sheets;
		filed_sheets += fl[nf].filed_sheets;
		if (fl[nf].sheets > 0) {
			unions++;
			unions_filed += fl[nf].filed_at != NULL;
		}
		nf++;
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);

	/* The count and the sums of the whole filter. */
	n = studio_binds(r, f, args);
	if ((e = db_one(r->db, STMT_RANK_STUDIO_SUMS, args, n, &q)) != E_OK)
		return e == E_NOTFOUND ? E_DB : e;
	for (i = 0; i < 8; i++)
		sums[i] = db_coli(q, i);
	db_end(q);

	xml_begin(r, "studio-ranking");
	ranking_head(r, f->year, now, deadline, status, ranking_state(deadline,
	    sheets, filed_sheets, unions, unions_filed));
	xml_paging(r, f->page, sums[0]);
	xml_attr(r, "district", f->district > 0 ?
	    aprintf(r->a, "%lld", (long long)f->district) : "");
	xml_attr(r, "industry", f->industry);
	xml_attr(r, "type", f->type);
	if ((e = xml_years(r, STMT_RANK_YEARS)) != E_OK ||
	    (e = unit_xml_filters(r)) != E_OK)
		return e;

	xml_start(r, "filings");
	xml_attri(r, "unions", unions);
	xml_attri(r, "filed", unions_filed);
	xml_attri(r, "sheets", sheets);
	xml_attri(r, "filed-sheets", filed_sheets);
	for (i = 0; i < nf; i++) {
		xml_start(r, "filing");
		xml_attr(r, "unit", fl[i].id);
		xml_attr(r, "code", fl[i].code);
		xml_attri(r, "sheets", fl[i].sheets);
		xml_attri(r, "filed-sheets", fl[i].filed_sheets);
		if (fl[i].filed_at != NULL)
			xml_attr(r, "filed-at", xml_datetime(r, fl[i].filed_at));
		if (fl[i].days_late != NULL)
			xml_attr(r, "days-late", fl[i].days_late);
		if (fl[i].acked_at != NULL)
			xml_attr(r, "acknowledged-at",
			    xml_datetime(r, fl[i].acked_at));
		xml_elem(r, "name", fl[i].name);
		xml_end(r);
	}
	xml_end(r);

	xml_start(r, "totals");
	xml_attri(r, "studios", sums[0]);
	xml_attri(r, "score", sums[1]);
	xml_attri(r, "achievements", sums[2]);
	xml_attri(r, "adoptions", sums[3]);
	xml_attri(r, "spent", sums[4]);
	xml_attri(r, "excellent", sums[5]);
	xml_attri(r, "pass", sums[6]);
	xml_attri(r, "fail", sums[7]);
	xml_end(r);

	/* The page, or every row for the CSV. */
	limit = f->all ? INT64_MAX : PER_PAGE;
	offset = f->all ? 0 : (int64_t)(f->page - 1) * PER_PAGE;
	args[n++] = DBI(limit);
	args[n++] = DBI(offset);
	if ((q = db_query(r->db, STMT_RANK_STUDIO_PAGE, args, n)) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "studio");
		xml_attr(r, "id", db_col(q, RS_ID));
		xml_attr(r, "rank", db_col(q, RS_RANK));
		xml_attr(r, "number", db_col(q, RS_NUMBER));
		xml_attr(r, "named-on", db_col(q, RS_NAMED_ON));
		xml_attr(r, "status", db_col(q, RS_STATUS));
		xml_attr(r, "industry", nz(db_col(q, RS_INDUSTRY)));
		xml_attr(r, "auditing-unit-id", db_col(q, RS_AUDITING));
		xml_attr(r, "score", db_col(q, RS_TOTAL));
		xml_attr(r, "grade", nz(db_col(q, RS_GRADE)));
		xml_attr(r, "stage", db_col(q, RS_STAGE));
		xml_attr(r, "achievements", db_col(q, RS_ACH));
		xml_attr(r, "adoptions", db_col(q, RS_ADOPT));
		xml_attr(r, "spent", db_col(q, RS_SPENT));
		xml_elem(r, "name", db_col(q, RS_NAME));
		xml_elem(r, "host-unit", db_col(q, RS_HOST));
		xml_elem(r, "auditing-unit", db_col(q, RS_AUDITING_NAME));
		xml_end(r);
	}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* ------------------------------------------------------------- units */

/* Columns of STMT_RANK_UNITS. */
enum { RU_ID, RU_CODE, RU_NAME, RU_FILED_AT, RU_ACKED_AT, RU_LATE,
	RU_SHEETS, RU_FILED, RU_EXC, RU_FAIL, RU_NAMED, RU_TOTAL, RU_TARGET,
	RU_ACH, RU_ADOPT, RU_GRANTED, RU_SPENT, RU_TRAINED };

/* The figures of a union (or of them all) as attributes. */
static void
unit_figures(struct req *r, const struct rankunit *u)
{
	xml_attri(r, "named", u->named);
	xml_attri(r, "named-total", u->named_total);
	if (u->target > 0)
		xml_attri(r, "target", u->target);
	xml_attri(r, "sheets", u->sheets);
	xml_attri(r, "filed-sheets", u->filed_sheets);
	xml_attri(r, "excellent", u->excellent);
	xml_attri(r, "fail", u->fail);
	xml_attri(r, "achievements", u->achievements);
	xml_attri(r, "adoptions", u->adoptions);
	xml_attri(r, "granted", u->granted);
	xml_attri(r, "spent", u->spent);
	xml_attri(r, "trained", u->trained);
}

enum err
ranking_units_xml(struct req *r, int year, enum rankcol col, int desc)
{
	const char		*path = r->who->unit_path, *now, *deadline,
				*status, *from, *to;
	struct rankunit		*u = NULL, *grown, sum;
	struct dbq		*q;
	int64_t			 unions = 0, unions_filed = 0;
	size_t			 n = 0, i;
	int			 rc;
	enum err		 e;

	if ((e = ranking_now(r, year, &now, &deadline, &status)) != E_OK)
		return e;
	year_days(r, year, &from, &to);
	if ((q = db_query(r->db, STMT_RANK_UNITS, DBARGS(DBI(year), DBI(year),
	    DBI(year), DBS(path), DBS(from), DBS(to), DBS(to), DBS(path),
	    DBI(year), DBS(from), DBS(to), DBS(path), DBS(from), DBS(to),
	    DBS(path), DBI(year), DBS(path), DBS(from), DBS(to), DBS(path),
	    DBS(path), DBS(path)))) == NULL)
		return db_err(r->db);
	memset(&sum, 0, sizeof(sum));
	while ((rc = db_step(q)) == 1) {
		grown = amalloc(r->a, (n + 1) * sizeof(*u));
		if (n > 0)
			memcpy(grown, u, n * sizeof(*u));
		u = grown;
		memset(&u[n], 0, sizeof(u[n]));
		u[n].id = db_coli(q, RU_ID);
		u[n].code = astrdup(r->a, db_col(q, RU_CODE));
		u[n].name = astrdup(r->a, db_col(q, RU_NAME));
		if (db_col(q, RU_FILED_AT) != NULL) {
			u[n].filed_at = astrdup(r->a, db_col(q, RU_FILED_AT));
			u[n].filed = 1;
			u[n].days_late = db_coli(q, RU_LATE);
		}
		if (db_col(q, RU_ACKED_AT) != NULL)
			u[n].acked_at = astrdup(r->a, db_col(q, RU_ACKED_AT));
		u[n].sheets = db_coli(q, RU_SHEETS);
		u[n].filed_sheets = db_coli(q, RU_FILED);
		u[n].excellent = db_coli(q, RU_EXC);
		u[n].fail = db_coli(q, RU_FAIL);
		u[n].named = db_coli(q, RU_NAMED);
		u[n].named_total = db_coli(q, RU_TOTAL);
		u[n].target = db_coli(q, RU_TARGET);
		u[n].achievements = db_coli(q, RU_ACH);
		u[n].adoptions = db_coli(q, RU_ADOPT);
		u[n].granted = db_coli(q, RU_GRANTED);
		u[n].spent = db_coli(q, RU_SPENT);
		u[n].trained = db_coli(q, RU_TRAINED);
		sum.named += u[n].named;
		sum.named_total += u[n].named_total;
		sum.sheets += u[n].sheets;
		sum.filed_sheets += u[n].filed_sheets;
		sum.excellent += u[n].excellent;
		sum.fail += u[n].fail;
		sum.achievements += u[n].achievements;
		sum.adoptions += u[n].adoptions;
		sum.granted += u[n].granted;
		sum.spent += u[n].spent;
		sum.trained += u[n].trained;
		if (u[n].sheets > 0) {
			unions++;
			unions_filed += u[n].filed;
		}
		n++;
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	ranking_sort(u, n, col, desc);

	xml_begin(r, "unit-ranking");
	ranking_head(r, year, now, deadline, status, ranking_state(deadline,
	    sum.sheets, sum.filed_sheets, unions, unions_filed));
	xml_attr(r, "sort", rankcol_names[col]);
	xml_attr(r, "dir", desc ? "desc" : "asc");
	if ((e = xml_years(r, STMT_RANK_YEARS)) != E_OK)
		return e;
	xml_start(r, "totals");
	xml_attri(r, "unions", (int64_t)n);
	xml_attri(r, "unions-with-sheets", unions);
	xml_attri(r, "unions-filed", unions_filed);
	unit_figures(r, &sum);
	xml_end(r);
	for (i = 0; i < n; i++) {
		xml_start(r, "unit");
		xml_attri(r, "id", u[i].id);
		xml_attr(r, "code", u[i].code);
		if (u[i].rank > 0)
			xml_attri(r, "rank", u[i].rank);
		unit_figures(r, &u[i]);
		if (u[i].filed_at != NULL) {
			xml_attr(r, "filed-at", xml_datetime(r, u[i].filed_at));
			xml_attri(r, "days-late", u[i].days_late);
		}
		if (u[i].acked_at != NULL)
			xml_attr(r, "acknowledged-at",
			    xml_datetime(r, u[i].acked_at));
		xml_elem(r, "name", u[i].name);
		xml_end(r);
	}
	return E_OK;
}
