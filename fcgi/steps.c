/*
 * steps.c: the record of the steps taken on a record under review, for
 * the applications, the amendments, the upgrade applications and the
 * studios alike: who (r->who) acted, at which stage, what, with which
 * opinion, when.  Each helper is given the record's statement (sql.c
 * keeps one per table); two shapes: a review (stage, decision, opinion)
 * and a move (stage or none, action, from, to, text, document).
 */
#include <stdio.h>
#include <string.h>

#include "extern.h"

enum err
step_add(struct req *r, enum stmt s, int64_t id, const char *stage,
    const char *action, const char *opinion)
{
	return db_exec(r->db, s, DBARGS(DBI(id), DBS(stage),
	    DBI(r->who->unit_id), DBI(r->who->cert_id), DBS(r->who->holder),
	    DBS(action), DBS(opinion != NULL ? opinion : "")), NULL, NULL);
}

enum err
steps_xml(struct req *r, enum stmt s, int64_t id)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, s, DBARGS(DBI(id)))) == NULL)
		return db_err(r->db);
	xml_start(r, "reviews");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "review");
		xml_attr(r, "stage", db_col(q, 0));
		xml_attr(r, "unit-id", db_col(q, 1));
		xml_attr(r, "unit-name", db_col(q, 2));
		xml_attr(r, "holder", db_col(q, 3));
		xml_attr(r, "decision", db_col(q, 4));
		xml_attr(r, "on", xml_datetime(r, db_col(q, 6)));
		xml_text(r, db_col(q, 5));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
move_add(struct req *r, enum stmt s, int64_t id, const struct move *m)
{
	struct dbv	 v[10];
	size_t		 n = 0;

	v[n++] = DBI(id);
	if (m->stage != NULL)
		v[n++] = DBS(m->stage);
	v[n++] = DBS(m->action);
	v[n++] = DBS(m->from);
	v[n++] = DBS(m->to);
	v[n++] = DBI(r->who->unit_id);
	v[n++] = DBI(r->who->cert_id);
	v[n++] = DBS(r->who->holder);
	v[n++] = DBS(m->text != NULL ? m->text : "");
	v[n++] = DBS(m->document != NULL ? m->document : "");
	return db_exec(r->db, s, v, n, NULL, NULL);
}

enum err
moves_xml(struct req *r, enum stmt s, int64_t id, const char *list,
    const char *item, const char *text)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, s, DBARGS(DBI(id)))) == NULL)
		return db_err(r->db);
	xml_start(r, list);
	while ((rc = db_step(q)) == 1) {
		xml_start(r, item);
		xml_attr(r, "stage", db_col(q, 0));
		xml_attr(r, "action", db_col(q, 1));
		xml_attr(r, "from", db_col(q, 2));
		xml_attr(r, "to", db_col(q, 3));
		xml_attr(r, "at", xml_datetime(r, db_col(q, 4)));
		xml_attr(r, "document", db_col(q, 11));
		unit_xml_row(r, "unit", q, 5);
		xml_elem(r, "holder", db_col(q, 9));
		xml_elem(r, text, db_col(q, 10));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}
