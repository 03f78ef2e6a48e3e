/*
 * report.c: the year's reports as documents (issue 13): the assessment
 * report (grades by auditing union and city-wide, filing dates against
 * the scheme's deadline, key support, supervision, revocations), the
 * funding report (funds, grants by basis, per auditing union and by
 * purpose, to the fen) and the progress report (namings per year against
 * the target, per auditing union, studios by industry and by type).
 * Each is over the subtree of r->who's unit only, and made of a few
 * aggregate statements grouped in the database, so that its cost grows
 * with the number of auditing unions, years and codes, not of studios
 * held in the worker.  A year without data is an empty report.  The
 * stylesheets draw the tables and charts from these documents alone.
 * Nothing here knows HTTP.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extern.h"

#define MAXSPAN	60	/* years a progress report goes back at most */

/* "YYYY-12-31": the last day of the year, an arena string. */
static const char *
year_end(struct req *r, int year)
{
	return aprintf(r->a, "%d-12-31", year);
}

/* ------------------------------------------------------------ assessment */

/* The states of a union's filing against the scheme's deadline. */
enum filing { FI_ONTIME, FI_LATE, FI_MISSING, FI_PENDING, FI__MAX };

static const char *const filing_names[FI__MAX] = {
	[FI_ONTIME] = "on-time",
	[FI_LATE] = "late",
	[FI_MISSING] = "missing",
	[FI_PENDING] = "pending",
};

/* Columns of STMT_RPT_GRADES. */
enum { GC_UNIT, GC_NAME, GC_SHEETS, GC_EXC, GC_PASS, GC_FAIL, GC_CONF,
	GC_FILED, GC_ACK, GC_INTIME };

/*
 * The studios of one of the assessment report's lists, <list><studio id
 * on> with its name and union: st gives id, name, union, date, then one
 * column for each of extra (an element, or with '@' an attribute), bound
 * to the year and the scope (the scope first when scope_first).
 */
static enum err
studios_xml(struct req *r, const char *list, enum stmt st, int year,
    int scope_first, const char *const *extra, size_t nextra)
{
	struct dbq	*q;
	size_t		 i;
	int		 rc;

	if (scope_first)
		q = db_query(r->db, st, DBARGS(DBS(r->who->unit_path),
		    DBI(year)));
	else
		q = db_query(r->db, st, DBARGS(DBI(year),
		    DBS(r->who->unit_path)));
	if (q == NULL)
		return db_err(r->db);
	xml_start(r, list);
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "studio");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "on", db_col(q, 3));
		/* the attributes first: none may follow an element */
		for (i = 0; i < nextra; i++)
			if (extra[i][0] == '@')
				xml_attr(r, extra[i] + 1, db_col(q, 4 + i));
		xml_elem(r, "name", db_col(q, 1));
		xml_elem(r, "unit", db_col(q, 2));
		for (i = 0; i < nextra; i++)
			if (extra[i][0] != '@')
				xml_elem(r, extra[i], db_col(q, 4 + i));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
report_assessment_xml(struct req *r, int year)
{
	static const char *const support[] = { "measure" };
	static const char *const supervised[] = { "@due", "@closed",
	    "measures" };
	static const char *const revoked[] = { "@document", "reason" };
	struct dbq	*q;
	enum err	 e;
	enum filing	 fi;
	int64_t		 t[5] = { 0, 0, 0, 0, 0 };
	int		 rc, past = 0, has = 0;

	xml_begin(r, "assessment-report");
	xml_attri(r, "year", year);
	if ((q = db_query(r->db, STMT_RPT_SCHEME, DBARGS(DBI(year)))) == NULL)
		return db_err(r->db);
	if ((rc = db_step(q)) == 1) {
		has = 1;
		past = db_coli(q, 5) != 0;
		xml_attr(r, "scheme-title", db_col(q, 0));
		xml_attr(r, "deadline", db_col(q, 1));
		xml_attr(r, "excellent-min", db_col(q, 2));
		xml_attr(r, "pass-min", db_col(q, 3));
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	xml_attrb(r, "scheme", has);
	if ((e = xml_years(r, STMT_RPT_SCHEME_YEARS)) != E_OK)
		return e;

	if ((q = db_query(r->db, STMT_RPT_GRADES, DBARGS(DBI(year),
	    DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	xml_start(r, "units");
	while ((rc = db_step(q)) == 1) {
		if (db_col(q, GC_FILED) == NULL)
			fi = past ? FI_MISSING : FI_PENDING;
		else
			fi = db_coli(q, GC_INTIME) ? FI_ONTIME : FI_LATE;
		xml_start(r, "unit");
		xml_attr(r, "id", db_col(q, GC_UNIT));
		xml_attr(r, "sheets", db_col(q, GC_SHEETS));
		xml_attr(r, "excellent", db_col(q, GC_EXC));
		xml_attr(r, "passed", db_col(q, GC_PASS));
		xml_attr(r, "failed", db_col(q, GC_FAIL));
		xml_attri(r, "unfiled", db_coli(q, GC_SHEETS) -
		    db_coli(q, GC_EXC) - db_coli(q, GC_PASS) -
		    db_coli(q, GC_FAIL));
		xml_attr(r, "confirmed", db_col(q, GC_CONF));
		xml_attr(r, "filing", filing_names[fi]);
		xml_attr(r, "filed-on", db_col(q, GC_FILED));
		xml_attr(r, "acknowledged-on", db_col(q, GC_ACK));
		xml_elem(r, "name", db_col(q, GC_NAME));
		xml_end(r);
		t[0] += db_coli(q, GC_SHEETS);
		t[1] += db_coli(q, GC_EXC);
		t[2] += db_coli(q, GC_PASS);
		t[3] += db_coli(q, GC_FAIL);
		t[4] += db_coli(q, GC_CONF);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);
	xml_start(r, "totals");
	xml_attri(r, "sheets", t[0]);
	xml_attri(r, "excellent", t[1]);
	xml_attri(r, "passed", t[2]);
	xml_attri(r, "failed", t[3]);
	xml_attri(r, "unfiled", t[0] - t[1] - t[2] - t[3]);
	xml_attri(r, "confirmed", t[4]);
	xml_end(r);

	if ((e = studios_xml(r, "key-support", STMT_RPT_SUPPORT, year, 0,
	    support, 1)) != E_OK ||
	    (e = studios_xml(r, "supervised", STMT_RPT_SUPERVISED, year, 0,
	    supervised, 3)) != E_OK ||
	    (e = studios_xml(r, "revocations", STMT_RPT_REVOKED, year, 1,
	    revoked, 2)) != E_OK)
		return e;
	return E_OK;
}

/* --------------------------------------------------------------- funding */

/* One auditing union's row of the funding report, kept for its purposes. */
struct reprow {
	int64_t		 unit, studios, grants, granted, spent;
	int64_t		 by[PU__MAX];
	const char	*name;
};

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

/* <funds>: the year's funds r->who sees, granted within its subtree. */
static enum err
funds_xml(struct req *r, int year)
{
	const char	*path = r->who->unit_path;
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_RPT_FUND_LIST, DBARGS(DBS(path),
	    DBI(year), DBS(path), DBS(path)))) == NULL)
		return db_err(r->db);
	xml_start(r, "funds");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "fund");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "budget", db_col(q, 3));
		xml_attr(r, "grants", db_col(q, 4));
		xml_attr(r, "granted", db_col(q, 5));
		xml_attr(r, "spent", db_col(q, 6));
		xml_elem(r, "title", db_col(q, 1));
		xml_elem(r, "funder", db_col(q, 2));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* <bases>: the year's grants by basis, every basis (zero where none). */
static enum err
bases_xml(struct req *r, int year)
{
	struct dbq	*q;
	int64_t		 n[GB__MAX], g[GB__MAX], s[GB__MAX];
	int		 rc, b;

	memset(n, 0, sizeof(n));
	memset(g, 0, sizeof(g));
	memset(s, 0, sizeof(s));
	if ((q = db_query(r->db, STMT_RPT_BASES, DBARGS(DBI(year),
	    DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		if ((b = name_index(db_col(q, 0), gbasis_names, GB__MAX)) ==
		    GB__MAX)
			continue;
		n[b] += db_coli(q, 1);
		g[b] += db_coli(q, 2);
		s[b] += db_coli(q, 3);
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	xml_start(r, "bases");
	for (b = 0; b < GB__MAX; b++) {
		xml_start(r, "basis");
		xml_attr(r, "code", gbasis_names[b]);
		xml_attri(r, "grants", n[b]);
		xml_attri(r, "granted", g[b]);
		xml_attri(r, "spent", s[b]);
		xml_end(r);
	}
	xml_end(r);
	return E_OK;
}

enum err
funding_report_xml(struct req *r, int year)
{
	struct dbq	*q;
	struct reprow	*u = NULL, *grown;
	int64_t		 sums[PU__MAX], granted = 0, spent = 0, unit;
	size_t		 n = 0, i, k;
	enum err	 e;
	int		 rc, p;

	memset(sums, 0, sizeof(sums));
	if ((q = db_query(r->db, STMT_REPORT_UNITS, DBARGS(DBI(year),
	    DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		grown = amalloc(r->a, (n + 1) * sizeof(*u));
		if (n > 0)
			memcpy(grown, u, n * sizeof(*u));
		u = grown;
		memset(&u[n], 0, sizeof(u[n]));
		u[n].unit = db_coli(q, 0);
		u[n].name = astrdup(r->a, db_col(q, 1));
		u[n].studios = db_coli(q, 2);
		u[n].grants = db_coli(q, 3);
		u[n].granted = db_coli(q, 4);
		u[n].spent = db_coli(q, 5);
		granted += u[n].granted;
		spent += u[n].spent;
		n++;
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	if ((q = db_query(r->db, STMT_REPORT_PURPOSES, DBARGS(DBI(year),
	    DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		unit = db_coli(q, 0);
		if ((p = name_index(db_col(q, 1), purpose_names, PU__MAX)) ==
		    PU__MAX)
			continue;
		sums[p] += db_coli(q, 2);
		for (k = 0; k < n; k++)
			if (u[k].unit == unit)
				u[k].by[p] = db_coli(q, 2);
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);

	if ((q = db_query(r->db, STMT_REPORT_FUNDS, DBARGS(DBI(year),
	    DBS(r->who->unit_path), DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	rc = db_step(q);
	xml_begin(r, "funding-report");
	xml_attri(r, "year", year);
	xml_attr(r, "funds", rc == 1 ? db_col(q, 0) : "0");
	xml_attr(r, "budget", rc == 1 ? db_col(q, 1) : "0");
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	xml_attri(r, "granted", granted);
	xml_attri(r, "spent", spent);
	xml_attri(r, "balance", granted - spent);
	if ((e = xml_years(r, STMT_FUND_YEARS)) != E_OK)
		return e;
	for (i = 0; i < n; i++) {
		xml_start(r, "unit");
		xml_attri(r, "id", u[i].unit);
		xml_attri(r, "studios", u[i].studios);
		xml_attri(r, "grants", u[i].grants);
		xml_attri(r, "granted", u[i].granted);
		xml_attri(r, "spent", u[i].spent);
		xml_attri(r, "balance", u[i].granted - u[i].spent);
		xml_elem(r, "name", u[i].name);
		purposes_xml(r, u[i].by);
		xml_end(r);
	}
	xml_start(r, "purposes");
	purposes_xml(r, sums);
	xml_end(r);
	if ((e = funds_xml(r, year)) != E_OK ||
	    (e = bases_xml(r, year)) != E_OK)
		return e;
	return E_OK;
}

/* -------------------------------------------------------------- progress */

/* A year's namings, revocations and target in the progress report. */
struct pyear {
	int64_t		 named, revoked, target;
	const char	*deadline;
};

/*
 * Add the rows (year, count) of a per-year statement to the years from
 * first, at the member of struct pyear that off names.
 */
static enum err
per_year(struct req *r, enum stmt st, const char *end, struct pyear *y,
    int first, int year, size_t off)
{
	struct dbq	*q;
	int64_t		 v;
	int		 rc;

	if ((q = db_query(r->db, st, DBARGS(DBS(r->who->unit_path),
	    DBS(end)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		v = db_coli(q, 0);
		if (v < first || v > year)
			continue;
		*(int64_t *)((char *)&y[v - first] + off) += db_coli(q, 1);
	}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
report_progress_xml(struct req *r, int year)
{
	const char	*path = r->who->unit_path, *end = year_end(r, year);
	struct dbq	*q;
	struct pyear	*y;
	enum err	 e;
	int64_t		 inforce = 0, v;
	int		 rc, first = year, last, i;

	/* The first year of a naming, for the series and the years. */
	if ((q = db_query(r->db, STMT_RPT_NAMINGS, DBARGS(DBS(path),
	    DBS(end)))) == NULL)
		return db_err(r->db);
	if ((rc = db_step(q)) == 1 && db_coli(q, 0) < first)
		first = (int)db_coli(q, 0);
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	if (first < year - MAXSPAN + 1)
		first = year - MAXSPAN + 1;
	y = amalloc(r->a, (size_t)(year - first + 1) * sizeof(*y));
	memset(y, 0, (size_t)(year - first + 1) * sizeof(*y));
	for (i = 0; i <= year - first; i++)
		y[i].target = -1;
	if ((e = per_year(r, STMT_RPT_NAMINGS, end, y, first, year,
	    offsetof(struct pyear, named))) != E_OK ||
	    (e = per_year(r, STMT_RPT_REVOCATIONS, end, y, first, year,
	    offsetof(struct pyear, revoked))) != E_OK)
		return e;
	if ((q = db_query(r->db, STMT_RPT_TARGETS, DBARGS(
	    DBI(r->who->kind == KIND_CITY), DBS(path)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		v = db_coli(q, 0);
		if (v < first || v > year)
			continue;
		y[v - first].target = db_coli(q, 1);
		y[v - first].deadline = astrdup(r->a, db_col(q, 2));
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);

	xml_begin(r, "progress-report");
	xml_attri(r, "year", year);
	for (i = 0; i <= year - first; i++)
		inforce += y[i].named - y[i].revoked;
	xml_attri(r, "named", y[year - first].named);
	xml_attri(r, "in-force", inforce);
	if (y[year - first].target >= 0) {
		xml_attri(r, "target", y[year - first].target);
		xml_attr(r, "deadline", y[year - first].deadline);
	}
	/* The years to choose: from the first naming to this year. */
	last = xml_this_year() > year ? xml_this_year() : year;
	xml_start(r, "years");
	for (i = last; i >= first && i > last - MAXSPAN; i--)
		xml_elem(r, "year", aprintf(r->a, "%d", i));
	xml_end(r);

	xml_start(r, "namings");
	for (v = 0, i = 0; i <= year - first; i++) {
		v += y[i].named - y[i].revoked;
		xml_start(r, "year");
		xml_attri(r, "value", first + i);
		xml_attri(r, "named", y[i].named);
		xml_attri(r, "revoked", y[i].revoked);
		xml_attri(r, "in-force", v);
		if (y[i].target >= 0) {
			xml_attri(r, "target", y[i].target);
			xml_attr(r, "deadline", y[i].deadline);
		}
		xml_end(r);
	}
	xml_end(r);

	if ((q = db_query(r->db, STMT_RPT_UNITS, DBARGS(DBI(year), DBS(end),
	    DBS(end), DBS(path), DBI(year), DBS(path), DBS(path)))) == NULL)
		return db_err(r->db);
	xml_start(r, "units");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "unit");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "kind", db_col(q, 2));
		xml_attr(r, "named", db_col(q, 3));
		xml_attr(r, "in-force", db_col(q, 4));
		xml_attr(r, "target", db_col(q, 5));
		xml_elem(r, "name", db_col(q, 1));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);

	if ((q = db_query(r->db, STMT_RPT_INDUSTRIES, DBARGS(DBS(path),
	    DBS(end), DBS(end)))) == NULL)
		return db_err(r->db);
	xml_start(r, "industries");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "industry");
		xml_attr(r, "code", db_col(q, 0));
		xml_attr(r, "studios", db_col(q, 2));
		xml_text(r, db_col(q, 1));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);

	if ((q = db_query(r->db, STMT_RPT_TYPES, DBARGS(DBS(path),
	    DBS(end), DBS(end)))) == NULL)
		return db_err(r->db);
	xml_start(r, "types");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "type");
		xml_attr(r, "code", db_col(q, 0));
		xml_attr(r, "studios", db_col(q, 1));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}
