/*
 * decision.c: the city's naming decision (命名决定) as a document.  The
 * city names studios in batches by one decision (decision_create in
 * studio.c); its document carries the decision's number, date, title
 * and issuer, and the list of the studios it named.  A unit sees the
 * header and the studios of its own subtree (the city: all); a decision
 * that named none of them is answered as one that does not exist
 * (auth_hidden).  Nothing here knows HTTP.
 */
#include <stdio.h>
#include <string.h>

#include "extern.h"

/* Columns of STMT_DECISION_GET and STMT_DECISION_STUDIOS. */
enum { DG_ID, DG_NUMBER, DG_ON, DG_TITLE, DG_ISSUER,
	DG__MAX = DG_ISSUER + 4 };
enum { DS_ID, DS_NUMBER, DS_NAMED_ON, DS_STATUS, DS_NAME, DS_HOST,
	DS_LEADER, DS_BASE, DS_AUDIT = DS_BASE + 4 };

enum err
decision_xml(struct req *r, int64_t id)
{
	struct dbq	*q;
	const char	*head[DG__MAX];
	int		 rc, n = 0, i;
	enum err	 e;

	if ((e = db_one(r->db, STMT_DECISION_GET, DBARGS(DBI(id)), &q)) !=
	    E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "命名决定") : e;
	for (i = 0; i < DG__MAX; i++)
		head[i] = db_col(q, i) != NULL ? astrdup(r->a, db_col(q, i)) :
		    NULL;
	db_end(q);
	/* None of the unit's studios: it does not exist for the unit. */
	if ((q = db_query(r->db, STMT_DECISION_STUDIOS, DBARGS(DBI(id),
	    DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	if ((rc = db_step(q)) < 0) {
		db_end(q);
		return db_err(r->db);
	}
	if (rc == 0 && r->who->kind != KIND_CITY) {
		db_end(q);
		return auth_hidden(r, "命名决定");
	}
	xml_begin(r, "decision");
	xml_attr(r, "id", head[DG_ID]);
	xml_attr(r, "number", head[DG_NUMBER]);
	xml_attr(r, "on", head[DG_ON]);
	xml_elem(r, "title", head[DG_TITLE]);
	xml_start(r, "issuer");
	xml_attr(r, "id", head[DG_ISSUER]);
	xml_attr(r, "code", head[DG_ISSUER + 1]);
	xml_attr(r, "kind", head[DG_ISSUER + 2]);
	xml_text(r, head[DG_ISSUER + 3]);
	xml_end(r);
	xml_start(r, "studios");
	xml_attr(r, "scope", r->who->kind == KIND_CITY ? "all" : "subtree");
	for (; rc == 1; rc = db_step(q)) {
		xml_start(r, "studio");
		xml_attri(r, "seq", ++n);
		xml_attr(r, "id", db_col(q, DS_ID));
		xml_attr(r, "number", db_col(q, DS_NUMBER));
		xml_attr(r, "named-on", db_col(q, DS_NAMED_ON));
		xml_attr(r, "status", db_col(q, DS_STATUS));
		xml_elem(r, "name", db_col(q, DS_NAME));
		xml_elem(r, "host-unit", db_col(q, DS_HOST));
		xml_elem(r, "leader-name", db_col(q, DS_LEADER));
		unit_xml_row(r, "base-union", q, DS_BASE);
		unit_xml_row(r, "auditing-unit", q, DS_AUDIT);
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}
