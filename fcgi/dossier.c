/*
 * dossier.c: a studio's whole file in one document, for auditors
 * without an account: the studio with its leaders' training and its
 * links (studio.c, training.c), the application it was named on with its
 * reviews (application.c), its upgrade applications, its amendments
 * (amendment.c), its assessment sheets (assessment.c), its funding
 * (funding.c), its achievements with their reviews and adoptions
 * (achievement.c), the list of its records' stored files and the audit
 * entries of them all.  This file is the only one that knows them all,
 * so that none of them needs another.
 */
#include <stdio.h>
#include <string.h>

#include "extern.h"

/*
 * <achievements> of the dossier: each achievement of the studio that
 * left the draft, oldest first, as achievement_xml() writes it inside a
 * dossier (its photos, adoptions and reviews).  The ids are read first,
 * one cursor at a time.
 */
static enum err
dossier_achievements(struct req *r, int64_t id)
{
	struct dbq	*q;
	int64_t		*ids = NULL, *grown;
	size_t		 i, n = 0;
	int		 rc;
	enum err	 e;

	if ((q = db_query(r->db, STMT_DOSSIER_ACHIEVEMENTS,
	    DBARGS(DBI(id)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		grown = amalloc(r->a, (n + 1) * sizeof(*ids));
		if (n > 0)
			memcpy(grown, ids, n * sizeof(*ids));
		ids = grown;
		ids[n++] = db_coli(q, 0);
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	xml_start(r, "achievements");
	for (i = 0; i < n; i++) {
		if ((e = achievement_xml(r, ids[i])) != E_OK)
			return e;
		xml_end(r);
	}
	xml_end(r);
	return E_OK;
}

/* Columns of STMT_DOSSIER_ATTACHMENTS. */
enum { DA_ID, DA_OWNER_TYPE, DA_OWNER_ID, DA_NAME, DA_TYPE, DA_SIZE,
	DA_SHA256, DA_AT, DA_HOLDER, DA_RECORD };

/*
 * <attachments> of the dossier: every stored file of the studio's
 * records, oldest first, with its name, type, size, SHA-256, when and
 * by whom it was uploaded and the record it belongs to (owner-type,
 * owner-id and a line naming it), never its storage path.
 */
static enum err
dossier_attachments(struct req *r, int64_t id)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_DOSSIER_ATTACHMENTS, DBARGS(DBI(id),
	    DBI(id), DBI(id)))) == NULL)
		return db_err(r->db);
	xml_start(r, "attachments");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "attachment");
		xml_attr(r, "id", db_col(q, DA_ID));
		xml_attr(r, "name", db_col(q, DA_NAME));
		xml_attr(r, "type", db_col(q, DA_TYPE));
		xml_attr(r, "size", db_col(q, DA_SIZE));
		xml_attr(r, "sha256", db_col(q, DA_SHA256));
		xml_attr(r, "at", xml_datetime(r, db_col(q, DA_AT)));
		xml_attr(r, "owner-type", db_col(q, DA_OWNER_TYPE));
		xml_attr(r, "owner-id", db_col(q, DA_OWNER_ID));
		xml_elem(r, "record", db_col(q, DA_RECORD) != NULL ?
		    db_col(q, DA_RECORD) : "");
		xml_elem(r, "holder", db_col(q, DA_HOLDER));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* <audit>: the entries of the studio and of its records, oldest first. */
static enum err
dossier_audit(struct req *r, int64_t id, int64_t app)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_AUDIT_OF_STUDIO, DBARGS(DBI(id),
	    DBI(app), DBI(id), DBI(id), DBI(id), DBI(id), DBI(id), DBI(id),
	    DBI(id)))) == NULL)
		return db_err(r->db);
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
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
studio_dossier_xml(struct req *r, int64_t id)
{
	struct dbq	*q;
	int64_t		 app;
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
	if ((e = dossier_achievements(r, id)) != E_OK ||
	    (e = dossier_attachments(r, id)) != E_OK)
		goto out;
	e = dossier_audit(r, id, app);
out:
	r->embed = 0;
	return e;
}
