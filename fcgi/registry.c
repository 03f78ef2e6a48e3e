/*
 * registry.c: the public registry of named studios, the feed of their
 * namings and the progress toward the programme's target: the model of
 * what anyone may read without a certificate.  It knows SQL and XML but
 * not HTTP, and returns enum err.
 *
 * Nothing here selects a leader's mobile, e-mail, birth month,
 * ethnicity or political status: the statements (STMT_REGISTRY_* in
 * sql.c) name only public columns, so no stylesheet or export can show
 * them by mistake.
 *
 * Which studios count: every named studio that is not revoked.  An
 * upgraded studio (升级打造为劳模和工匠人才创新工作室) stays a named city
 * studio, at a higher level: it is listed and counts toward the target.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

/* Columns of STMT_REGISTRY_PAGE and STMT_REGISTRY_GET. */
enum {
	RC_ID, RC_STATUS, RC_NUMBER, RC_NAMED_ON, RC_NAME, RC_HOST, RC_FIELD,
	RC_INDUSTRY, RC_DISTRICT_ID, RC_DISTRICT, RC_TYPES
};
/* Further columns of STMT_REGISTRY_GET, after RC_DISTRICT. */
enum {
	RG_MEMBERS = RC_DISTRICT + 1, RG_LEADER, RG_TITLE, RG_OVERVIEW,
	RG_GOALS, RG_SUMMARY, RG_REVOKED_ON, RG_SINCE, RG_DECISION,
	RG_UPDATED
};
/* Columns of STMT_REGISTRY_FEED. */
enum {
	RF_ID, RF_STATUS, RF_NUMBER, RF_NAMED_ON, RF_NAME, RF_HOST, RF_FIELD,
	RF_UPDATED, RF_DISTRICT, RF_LATEST
};

/* A column's text, "" for SQL NULL. */
static const char *
col(struct dbq *q, size_t c)
{
	const char	*s = db_col(q, c);

	return s != NULL ? s : "";
}

/* <codes name=""><code code="">name</code>...</codes> of a code table. */
static void
code_list(struct req *r, const char *elem, const struct codeset *cs)
{
	size_t	 i;

	xml_start(r, elem);
	for (i = 0; i < cs->n; i++) {
		xml_start(r, "code");
		xml_attr(r, "code", cs->v[i].code);
		xml_text(r, cs->v[i].name);
		xml_end(r);
	}
	xml_end(r);
}

/* What the list can be filtered by: districts, industries, types, years. */
static enum err
registry_head(struct req *r)
{
	const struct codeset	*ind, *types;
	struct dbq		*q;
	int			 rc;

	if ((ind = codes_get(r->db, CT_INDUSTRY)) == NULL ||
	    (types = codes_get(r->db, CT_STUDIO_TYPE)) == NULL)
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
	code_list(r, "industries", ind);
	code_list(r, "types", types);
	xml_start(r, "years");
	if ((q = db_query(r->db, STMT_REGISTRY_YEARS, DBNOARGS)) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1)
		xml_elem(r, "year", col(q, 0));
	db_end(q);
	xml_end(r);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* The filters, bound in REGISTRY_FILTER's order. */
static const struct lfilter registry_filters[] = {
	{ "district", LF_ID, NULL, 0, 0, 0, 0 },
	{ "industry", LF_CODE, NULL, 0, CT_INDUSTRY, 0, 0 },
	{ "type", LF_CODE, NULL, 0, CT_STUDIO_TYPE, 0, 0 },
	{ "year", LF_YEAR, NULL, 0, 0, 0, 0 },
	{ "q", LF_SEARCH, NULL, 0, 0, 1, 3 },
};

/* The columns of STMT_REGISTRY_PAGE: public ones only. */
static const struct lcol registry_cols[] = {
	{ "id", LX_ATTR, RC_ID, 0, { NULL, 0, 0, NULL } },
	{ "status", LX_ATTR, RC_STATUS, 0, { NULL, 0, 0, NULL } },
	{ "named-on", LX_ATTR_EMPTY, RC_NAMED_ON, 0, { NULL, 0, 0, NULL } },
	{ "industry", LX_ATTR_EMPTY, RC_INDUSTRY, 0, { NULL, 0, 0, NULL } },
	{ "types", LX_ATTR_EMPTY, RC_TYPES, 0, { NULL, 0, 0, NULL } },
	{ "name", LX_ELEM, RC_NAME, 0, { NULL, 0, 0, NULL } },
	{ "host-unit", LX_ELEM, RC_HOST, 0, { NULL, 0, 0, NULL } },
	{ "field", LX_ELEM, RC_FIELD, 0, { NULL, 0, 0, NULL } },
	{ "district", LX_UNIT, RC_DISTRICT_ID, RC_DISTRICT,
	  { NULL, 0, 0, NULL } },
	{ "naming-number", LX_ELEM, RC_NUMBER, 0, { NULL, 0, 0, NULL } },
};

/* The key of a row for the page after it, in STMT_REGISTRY_AFTER's order. */
static const unsigned char registry_keyb[] = { LK_TEXT, LK_TEXT, LK_ID };

const struct listdef list_registry = {
	"registry", "studio", STMT_REGISTRY_COUNT, STMT_REGISTRY_PAGE, 0,
	registry_filters, sizeof(registry_filters) /
	sizeof(registry_filters[0]),
	registry_cols, sizeof(registry_cols) / sizeof(registry_cols[0]),
	CT__MAX, NULL, LIST_SPARSE, registry_head, NULL,
	STMT_REGISTRY_KEPT, STMT_REGISTRY_AFTER, RC_NAMED_ON, RC_ID, registry_keyb, sizeof(registry_keyb)
};

enum err
registry_xml_list(struct req *r)
{
	return list_xml(r, &list_registry);
}

/* <types><type code=""/>...</types> of a studio, in the form's order. */
static enum err
studio_types(struct req *r, int64_t id)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_REGISTRY_TYPES, DBARGS(DBI(id)))) ==
	    NULL)
		return db_err(r->db);
	xml_start(r, "types");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "type");
		xml_attr(r, "code", col(q, 0));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
registry_xml_studio(struct req *r, int64_t id, const char *origin)
{
	const struct codeset	*ind;
	struct dbq		*q;
	enum err		 e;
	int			 revoked;

	if ((ind = codes_get(r->db, CT_INDUSTRY)) == NULL)
		return db_err(r->db);
	if ((e = db_one(r->db, STMT_REGISTRY_GET, DBARGS(DBI(id)), &q)) !=
	    E_OK) {
		if (e == E_NOTFOUND) {
			r->reason = "no-studio";
			r->message = "未找到该工作室：编号有误，或该工作室不存在";
		}
		return e;
	}
	revoked = strcmp(col(q, RC_STATUS), "revoked") == 0;
	xml_begin(r, "public-studio");
	xml_attr(r, "id", col(q, RC_ID));
	xml_attr(r, "status", col(q, RC_STATUS));
	xml_attr(r, "origin", origin);
	xml_attr(r, "updated", xml_datetime(r, col(q, RG_UPDATED)));
	xml_elem(r, "name", col(q, RC_NAME));
	xml_elem(r, "host-unit", col(q, RC_HOST));
	xml_start(r, "naming");
	xml_attr(r, "number", col(q, RC_NUMBER));
	xml_attr(r, "on", col(q, RC_NAMED_ON));
	if (*col(q, RG_DECISION) != '\0')
		xml_attr(r, "decision", col(q, RG_DECISION));
	xml_end(r);
	xml_start(r, "district");
	xml_attr(r, "id", col(q, RC_DISTRICT_ID));
	xml_text(r, col(q, RC_DISTRICT));
	xml_end(r);
	if (revoked) {
		/*
		 * A revoked studio's page is the record of its naming and of
		 * the revocation, for whoever holds its certificate: nothing
		 * of the studio or its leader beyond that.
		 */
		xml_start(r, "revoked");
		xml_attr(r, "on", col(q, RG_REVOKED_ON));
		xml_end(r);
		db_end(q);
		return E_OK;
	}
	if (strcmp(col(q, RC_STATUS), "active") != 0) {
		xml_start(r, "status-since");
		xml_attr(r, "on", col(q, RG_SINCE));
		xml_end(r);
	}
	if (*col(q, RC_INDUSTRY) != '\0') {
		xml_start(r, "industry");
		xml_attr(r, "code", col(q, RC_INDUSTRY));
		xml_text(r, codes_label(ind, col(q, RC_INDUSTRY)));
		xml_end(r);
	}
	xml_elem(r, "field", col(q, RC_FIELD));
	if (db_col(q, RG_MEMBERS) != NULL)
		xml_elem(r, "member-count", col(q, RG_MEMBERS));
	xml_start(r, "leader");
	xml_elem(r, "name", col(q, RG_LEADER));
	xml_elem(r, "title", col(q, RG_TITLE));
	xml_end(r);
	xml_elem(r, "overview", col(q, RG_OVERVIEW));
	xml_elem(r, "goals", col(q, RG_GOALS));
	xml_elem(r, "achievements-summary", col(q, RG_SUMMARY));
	db_end(q);
	return studio_types(r, id);
}

enum err
registry_xml_feed(struct req *r, const char *origin)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_REGISTRY_FEED, DBNOARGS)) == NULL)
		return db_err(r->db);
	xml_begin(r, "namings");
	xml_attr(r, "origin", origin);
	/*
	 * The feed's time: the latest change to a listed studio (every row
	 * carries it), or, with none yet, the start of today, so that the
	 * document stays the same all day.
	 */
	if ((rc = db_step(q)) == 1)
		xml_attr(r, "updated", xml_datetime(r, col(q, RF_LATEST)));
	else
		xml_attr(r, "updated", aprintf(r->a, "%sT00:00:00+08:00",
		    xml_today(r)));
	for (; rc == 1; rc = db_step(q)) {
		xml_start(r, "studio");
		xml_attr(r, "id", col(q, RF_ID));
		xml_attr(r, "status", col(q, RF_STATUS));
		xml_attr(r, "named-on", col(q, RF_NAMED_ON));
		xml_attr(r, "updated", xml_datetime(r, col(q, RF_UPDATED)));
		xml_elem(r, "name", col(q, RF_NAME));
		xml_elem(r, "host-unit", col(q, RF_HOST));
		xml_elem(r, "field", col(q, RF_FIELD));
		xml_elem(r, "district", col(q, RF_DISTRICT));
		xml_elem(r, "naming-number", col(q, RF_NUMBER));
		xml_end(r);
	}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/*
 * Whether the target of year y comes before that of year t (0: none
 * yet) in the current year cur: this year's or the nearest one after
 * it; else, all of them past, the last one.
 */
static int
target_before(int y, int t, int cur)
{
	if (t == 0)
		return 1;
	if ((y >= cur) != (t >= cur))
		return y >= cur;
	return y >= cur ? y < t : y > t;
}

enum err
registry_xml_progress(struct req *r, int year, int by_unit)
{
	struct dbq	*q;
	const char	*deadline = "9999-12-31", *upto = NULL;
	int64_t		 target = 0, named = 0;
	int		 ty = 0, y, rc, cur;

	/*
	 * One statement: the city's targets (one a year), then the tally's
	 * rows of listed studios by naming date (one a date the city named
	 * studios on), few of either.  The target in force: the year asked
	 * for; else this year's or the next one set; else the last one.
	 * Studios named by its deadline (all of them when none is set):
	 * while the deadline is still ahead, every listed studio; after it,
	 * those of the naming dates up to it.
	 */
	cur = atoi(xml_today(r));
	if ((q = db_query(r->db, STMT_REGISTRY_PROGRESS, DBNOARGS)) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		if (db_coli(q, 0) == 0) {
			y = (int)db_coli(q, 1);
			if (year != 0 ? y != year : !target_before(y, ty, cur))
				continue;
			ty = y;
			target = db_coli(q, 2);
			deadline = astrdup(r->a, col(q, 3));
			continue;
		}
		if (upto == NULL)
			upto = strcmp(deadline, xml_today(r)) >= 0 ?
			    "9999-12-31" : deadline;
		if (strcmp(col(q, 3), upto) <= 0)
			named += db_coli(q, 2);
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	xml_start(r, "progress");
	xml_attri(r, "target", target);
	xml_attri(r, "named", named);
	if (ty != 0) {
		xml_attr(r, "deadline", deadline);
		xml_attri(r, "year", ty);
	}
	xml_end(r);
	if (!by_unit)
		return E_OK;

	if ((q = db_query(r->db, STMT_REGISTRY_BY_UNIT,
	    DBARGS(DBS(deadline), DBI(ty)))) == NULL)
		return db_err(r->db);
	xml_start(r, "by-unit");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "unit");
		xml_attr(r, "id", col(q, 0));
		xml_attr(r, "code", col(q, 1));
		xml_attr(r, "kind", col(q, 2));
		xml_attr(r, "named", col(q, 4));
		if (db_col(q, 5) != NULL)
			xml_attr(r, "target", col(q, 5));
		xml_text(r, col(q, 3));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}
