/*
 * dossier.c: a studio's whole file in one document, for auditors
 * without an account: the studio (studio.c), the application it was
 * named on with its reviews (application.c), its upgrade applications,
 * its amendments (amendment.c) and the audit entries of them all.  The
 * later parts of the programme add theirs here; this file is the only
 * one that knows them all, so that none of them needs another.
 */
#include <stdio.h>
#include <string.h>

#include "extern.h"

enum err
studio_dossier_xml(struct req *r, int64_t id)
{
	struct dbq	*q;
	int64_t		 app;
	int		 rc;
	enum err	 e;

	if ((e = db_one(r->db, STMT_STUDIO_LOCK, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	app = db_coli(q, 3);
	if (!auth_sees(r->who, db_col(q, 2))) {
		db_end(q);
		return auth_hidden(r, "工作室");
	}
	db_end(q);
	xml_begin(r, "dossier");
	xml_attri(r, "studio", id);
	xml_attr(r, "made-on", xml_today(r));
	r->embed = 1;
	if ((e = studio_xml(r, id)) != E_OK)
		goto out;
	xml_end(r);
	if ((e = app_xml(r, app)) != E_OK)
		goto out;
	xml_end(r);
	if ((e = studio_xml_upgrades(r, id)) != E_OK ||
	    (e = amendment_xml_dossier(r, id)) != E_OK ||
	    (e = assessment_xml_dossier(r, id)) != E_OK ||
	    (e = funding_xml(r, id)) != E_OK)
		goto out;
	xml_end(r);
	if ((q = db_query(r->db, STMT_AUDIT_OF_STUDIO, DBARGS(DBI(id),
	    DBI(app), DBI(id), DBI(id), DBI(id), DBI(id), DBI(id)))) == NULL) {
		e = db_err(r->db);
		goto out;
	}
	xml_start(r, "audit");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "entry");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "at", xml_datetime(r, db_col(q, 1)));
		xml_attr(r, "action", db_col(q, 5));
		xml_attr(r, "object-type", db_col(q, 6));
		xml_attr(r, "object-id", db_col(q, 7));
		xml_attr(r, "fingerprint", db_col(q, 4));
		xml_attr(r, "hash", db_col(q, 8));
		xml_elem(r, "unit", db_col(q, 2) != NULL ? db_col(q, 2) :
		    "studioctl");
		xml_elem(r, "holder", db_col(q, 3));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	e = rc < 0 ? db_err(r->db) : E_OK;
out:
	r->embed = 0;
	return e;
}
