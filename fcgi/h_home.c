/*
 * h_home.c: the signed-in unit's home page: the unit, its place in the
 * tree, its subunits, what waits for its action (oldest first, with the
 * time it has waited), its applications by state, and the upgrade
 * applications waiting for it, and its studios whose leader has had no
 * training this year.
 */
#include "extern.h"

/*
 * What waits for this unit: drafts and returned applications for a base
 * union, recommended ones for the auditing unit, audited ones for the
 * city; the oldest 50, with the total.  Then the upgrade applications
 * waiting for an auditing union or the city.
 */
static int
todo(struct req *r)
{
	const struct who	*w = r->who;
	struct dbq		*q;
	int			 rc, n;
	enum err		 e;

	if (w->kind == KIND_BASE)
		q = db_query(r->db, STMT_PENDING_BASE, DBARGS(DBI(w->unit_id)));
	else if (w->kind == KIND_CITY)
		q = db_query(r->db, STMT_PENDING_CITY, DBNOARGS);
	else
		q = db_query(r->db, STMT_PENDING_DISTRICT,
		    DBARGS(DBI(w->unit_id)));
	if (q == NULL)
		return err_status(db_err(r->db));
	xml_start(r, "todo");
	for (n = 0; (rc = db_step(q)) == 1; n++) {
		/* The list is the oldest 50; the total counts them all. */
		if (n == 0)
			xml_attr(r, "total", db_col(q, 5));
		xml_start(r, "item");
		xml_attr(r, "href", aprintf(r->a, "/app/applications/%s",
		    db_col(q, 0)));
		xml_attr(r, "since", xml_datetime(r, db_col(q, 3)));
		xml_attr(r, "status", db_col(q, 2));
		xml_text(r, aprintf(r->a, "%s — %s", *db_col(q, 1) ?
		    db_col(q, 1) : "（未填写名称）", db_col(q, 4)));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return err_status(db_err(r->db));

	if ((e = app_xml_counts(r, w->unit_path)) != E_OK)
		return err_status(e);
	/* Upgrades and amendments: the auditing unions' and the city's. */
	if (w->kind != KIND_BASE && ((e = upgrade_xml_pending(r)) != E_OK ||
	    (e = amendment_xml_pending(r)) != E_OK))
		return err_status(e);
	/* The annual assessment: what of the open year waits for it. */
	if ((e = assessment_xml_todo(r)) != E_OK)
		return err_status(e);
	/* The studios whose leader attended no training this year. */
	return err_status(training_xml_todo(r));
}

int
h_home(struct req *r)
{
	const struct who	*w = r->who;
	enum err		 e;

	xml_begin(r, "dashboard");
	xml_start(r, "unit");
	xml_attri(r, "id", w->unit_id);
	xml_attr(r, "code", w->unit_code);
	xml_attr(r, "kind", kind_names[w->kind]);
	xml_attrb(r, "active", 1);
	xml_elem(r, "name", w->unit_name);
	xml_end(r);
	if ((e = unit_xml_ancestors(r, w->unit_path)) != E_OK ||
	    (e = unit_xml_children(r, w->unit_id)) != E_OK)
		return err_status(e);
	return todo(r);
}
