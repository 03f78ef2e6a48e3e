/*
 * export.c: the XML exports of a unit's subtree, GET /app/export?what=
 * &year=.  Each part (applications, studios, assessment sheets, grants,
 * spending, achievements) is one statement read as it streams (the rows
 * are never all in memory), its rows written to the response through
 * libxml2's text writer as they are read (xml_stream_begin): the memory
 * of a row, whatever the size of the export.  The statements bind the
 * unit's path as the lists do, with the same rule on what the unit sees
 * (an application before its recommendation, an achievement in draft:
 * its base union's only).  The document is xslt/schema/export.xsd's.
 * Model layer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extern.h"

#define LC(n, x, c)	{ n, x, c, 0, { NULL, 0, 0, NULL } }
#define LU(n, c, c2)	{ n, LX_UNIT, c, c2, { NULL, 0, 0, NULL } }

/* Columns of STMT_EXPORT_APPLICATIONS. */
static const struct lcol app_cols[] = {
	LC("id", LX_ATTR, 0),
	LC("status", LX_ATTR, 1),
	LC("filled-on", LX_ATTR, 2),
	LC("member-count", LX_ATTR, 9),
	LC("founded-on", LX_ATTR, 10),
	LC("naming-number", LX_ATTR, 14),
	LC("named-on", LX_ATTR, 15),
	LC("created-at", LX_ATTR, 20),
	LU("base-union", 3, 4),
	LC("name", LX_ELEM, 5),
	LC("host-unit", LX_ELEM, 6),
	{ "industry", LX_CODE, 7, 0, { NULL, 0, 0, NULL } },
	LC("field", LX_ELEM, 8),
	LC("leader-name", LX_ELEM, 11),
	LC("leader-title", LX_ELEM, 12),
	LC("leader-specialty", LX_ELEM, 13),
	LC("overview", LX_ELEM, 16),
	LC("goals", LX_ELEM, 17),
	LC("achievements-summary", LX_ELEM, 18),
	LC("honours", LX_ELEM, 19),
};

/* Columns of STMT_EXPORT_STUDIOS. */
static const struct lcol studio_cols[] = {
	LC("id", LX_ATTR, 0),
	LC("number", LX_ATTR, 1),
	LC("status", LX_ATTR, 2),
	LC("named-on", LX_ATTR, 3),
	LC("revoked-on", LX_ATTR, 4),
	LC("member-count", LX_ATTR, 13),
	LC("application", LX_ATTR, 20),
	LU("base-union", 5, 6),
	LU("auditing-unit", 7, 8),
	LC("name", LX_ELEM, 9),
	LC("host-unit", LX_ELEM, 10),
	{ "industry", LX_CODE, 11, 0, { NULL, 0, 0, NULL } },
	LC("field", LX_ELEM, 12),
	LC("leader-name", LX_ELEM, 14),
	LC("leader-title", LX_ELEM, 15),
	LC("leader-specialty", LX_ELEM, 16),
	LC("overview", LX_ELEM, 17),
	LC("goals", LX_ELEM, 18),
	LC("achievements-summary", LX_ELEM, 19),
};

/* Columns of STMT_EXPORT_SHEETS. */
static const struct lcol sheet_cols[] = {
	LC("id", LX_ATTR, 0),
	LC("studio", LX_ATTR, 1),
	LC("year", LX_ATTR, 2),
	LC("stage", LX_ATTR, 3),
	LC("self-total", LX_ATTR, 4),
	LC("audit-total", LX_ATTR, 5),
	LC("proposed-grade", LX_ATTR, 6),
	LC("grade", LX_ATTR, 7),
	LC("filed-at", LX_ATTR, 8),
	LC("confirmed-at", LX_ATTR, 9),
	LC("venue-area", LX_ATTR, 17),
	LC("staff", LX_ATTR, 18),
	LC("funds", LX_ATTR, 19),
	LC("activity-hours", LX_ATTR, 20),
	LC("studio-name", LX_ELEM, 10),
	LU("auditing-unit", 11, 12),
	LC("summary", LX_ELEM, 13),
	LC("audit-opinion", LX_ELEM, 14),
	LC("support-measure", LX_ELEM_OPT, 15),
	LC("award-result", LX_ELEM_OPT, 16),
};

/* Columns of STMT_EXPORT_GRANTS. */
static const struct lcol grant_cols[] = {
	LC("id", LX_ATTR, 0),
	LC("fund", LX_ATTR, 1),
	LC("studio", LX_ATTR, 3),
	LC("amount", LX_ATTR, 5),
	LC("spent", LX_ATTR, 6),
	LC("basis", LX_ATTR, 7),
	LC("decided-on", LX_ATTR, 10),
	LC("project", LX_ATTR, 11),
	LC("fund-title", LX_ELEM, 2),
	LC("studio-name", LX_ELEM, 4),
	LC("basis-text", LX_ELEM, 8),
	LC("document-number", LX_ELEM, 9),
};

/* Columns of STMT_EXPORT_SPENDING. */
static const struct lcol spending_cols[] = {
	LC("id", LX_ATTR, 0),
	LC("grant", LX_ATTR, 1),
	LC("studio", LX_ATTR, 2),
	LC("purpose", LX_ATTR, 3),
	LC("amount", LX_ATTR, 5),
	LC("spent-on", LX_ATTR, 6),
	LC("reverses", LX_ATTR, 7),
	LC("purpose-text", LX_ELEM, 4),
	LC("description", LX_ELEM, 8),
};

/* Columns of STMT_EXPORT_ACHIEVEMENTS. */
static const struct lcol ach_cols[] = {
	LC("id", LX_ATTR, 0),
	LC("studio", LX_ATTR, 1),
	LC("status", LX_ATTR, 3),
	LC("kind", LX_ATTR, 4),
	LC("form", LX_ATTR, 5),
	LC("year", LX_ATTR, 6),
	LC("published-at", LX_ATTR, 7),
	LC("value", LX_ATTR, 8),
	LC("studio-name", LX_ELEM, 2),
	LC("title", LX_ELEM, 9),
	LC("patent-number", LX_ELEM, 10),
	LC("problem", LX_ELEM, 11),
	LC("benefits", LX_ELEM, 12),
	LC("people", LX_ELEM, 13),
	LC("reason", LX_ELEM, 14),
};

#define PART(r, w, s, sc, c, ct) { .root = r, .row = w, .page = s, \
	.scope = sc, .cols = c, .ncols = sizeof(c) / sizeof(c[0]), \
	.codes = ct, .count = STMT__MAX, .kept = STMT__MAX, \
	.after = STMT__MAX, .keytext = -1, .keyid = -1 }

/* The parts, in the document's order; scope: the path's binds. */
static const struct listdef parts[] = {
	PART("applications", "application", STMT_EXPORT_APPLICATIONS, 2,
	    app_cols, CT_INDUSTRY),
	PART("studios", "studio", STMT_EXPORT_STUDIOS, 1, studio_cols,
	    CT_INDUSTRY),
	PART("assessments", "sheet", STMT_EXPORT_SHEETS, 1, sheet_cols,
	    CT__MAX),
	PART("grants", "grant", STMT_EXPORT_GRANTS, 1, grant_cols, CT__MAX),
	PART("spending", "entry", STMT_EXPORT_SPENDING, 1, spending_cols,
	    CT__MAX),
	PART("achievements", "achievement", STMT_EXPORT_ACHIEVEMENTS, 2,
	    ach_cols, CT__MAX),
};
#define NPARTS	(sizeof(parts) / sizeof(parts[0]))

/* What may be asked for: its parts (bits of parts[]) and its label. */
static const struct {
	const char	*what;
	unsigned	 parts;
	const char	*label;
} whats[] = {
	{ "all", 0x3f, "全部数据" },
	{ "applications", 0x01, "创建申请" },
	{ "studios", 0x02, "工作室" },
	{ "assessments", 0x04, "年度考核" },
	{ "funding", 0x18, "补助资金（拨付与使用）" },
	{ "achievements", 0x20, "创新成果" },
};
#define NWHATS	(sizeof(whats) / sizeof(whats[0]))

/* An export being written. */
struct xport {
	size_t	 what;		/* index in whats[] */
	int	 year;		/* 0: every year */
};

enum err
export_index_xml(struct req *r)
{
	size_t	 i;
	int	 y;

	xml_begin(r, "export-index");
	xml_attr(r, "unit", r->who->unit_name);
	for (i = 0; i < NWHATS; i++) {
		xml_start(r, "what");
		xml_attr(r, "name", whats[i].what);
		xml_text(r, whats[i].label);
		xml_end(r);
	}
	for (y = xml_this_year(); y >= 2019; y--) {
		xml_start(r, "year");
		xml_attri(r, "value", y);
		xml_end(r);
	}
	return E_OK;
}

/* One part: its element and its rows, written as they are read. */
static enum err
part_write(struct req *r, const struct listdef *d, int year)
{
	const struct codeset	*cs = NULL;
	struct dbv		 args[4];
	struct dbq		*q;
	size_t			 n = 0, i;
	int			 rc = 0;

	/* The codes before the stream: no other query while it is open. */
	if (d->codes != CT__MAX && (cs = codes_get(r->db, d->codes)) == NULL)
		return db_err(r->db);
	for (i = 0; i < d->scope; i++)
		args[n++] = DBS(r->who->unit_path);
	args[n++] = DBI(year);
	args[n++] = DBI(year);
	if ((q = db_stream(r->db, d->page, args, n)) == NULL)
		return db_err(r->db);
	xml_start(r, d->root);
	while (!r->xmlerr && (rc = db_step(q)) == 1)
		list_row(r, d, q, cs);
	db_end(q);
	if (r->xmlerr)
		return E_XML;
	if (rc < 0)
		return db_err(r->db);
	xml_end(r);
	return E_OK;
}

/* r->stream: the export of r->stream_arg, written as it is read. */
static enum err
export_body(struct req *r)
{
	const struct xport	*x = r->stream_arg;
	char			 at[32];
	time_t			 now = time(NULL);
	struct tm		 tm;
	size_t			 i;
	enum err		 e = E_OK;

	localtime_r(&now, &tm);
	strftime(at, sizeof(at), "%Y-%m-%dT%H:%M:%S+08:00", &tm);
	if (xml_stream_begin(r, "export") == -1) {
		xml_stream_end(r, 0);
		return E_XML;
	}
	xml_attr(r, "what", whats[x->what].what);
	xml_attri(r, "year", x->year);
	xml_attri(r, "unit-id", r->who->unit_id);
	xml_attr(r, "generated-at", at);
	xml_start(r, "unit");
	xml_attri(r, "id", r->who->unit_id);
	xml_text(r, r->who->unit_name);
	xml_end(r);
	for (i = 0; i < NPARTS && e == E_OK; i++)
		if (whats[x->what].parts & (1u << i))
			e = part_write(r, &parts[i], x->year);
	/* Cut short, it is left unended: no reader takes it for whole. */
	if (xml_stream_end(r, e == E_OK) == -1 && e == E_OK)
		e = E_XML;
	return e;
}

enum err
export_begin(struct req *r, const char *what, const char *year)
{
	struct xport	*x;
	int64_t		 y = 0;
	size_t		 i;

	for (i = 0; i < NWHATS; i++)
		if (what != NULL && strcmp(what, whats[i].what) == 0)
			break;
	if (i == NWHATS) {
		req_ferr(r, "what", "导出内容", "请选择导出的内容");
		r->message = "导出内容有误";
		return E_INVALID;
	}
	if (year != NULL && *year != '\0' &&
	    valid_int(year, 1900, 2199, &y) != NULL) {
		req_ferr(r, "year", "年度", "请选择年度");
		r->message = "年度有误";
		return E_INVALID;
	}
	x = amalloc(r->a, sizeof(*x));
	x->what = i;
	x->year = (int)y;
	r->filename = aprintf(r->a, "export_%s%s", whats[i].what,
	    y > 0 ? aprintf(r->a, "_%lld", (long long)y) : "");
	r->stream = export_body;
	r->stream_arg = x;
	return E_OK;
}
