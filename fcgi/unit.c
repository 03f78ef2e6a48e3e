/*
 * unit.c: the union tree as a model.  Every unit sees its own subtree
 * (its path is a prefix of theirs); a unit outside it is answered as one
 * that does not exist.  Ancestors, children and the <unit> element of a
 * row.  Nothing here knows HTTP: errors are enum err.
 */
#include <stdio.h>
#include <string.h>

#include "extern.h"

#define MAXDEPTH	8

enum err
unit_visible(struct req *r, int64_t id, const char **path, struct dbq **keep)
{
	struct dbq	*q;
	enum err	 e;

	if ((e = db_one(r->db, STMT_UNIT_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "单位") : e;
	*path = astrdup(r->a, db_col(q, 4));
	if (!auth_sees(r->who, *path)) {
		db_end(q);
		return auth_hidden(r, "单位");
	}
	if (keep != NULL)
		*keep = q;
	else
		db_end(q);
	return E_OK;
}

void
unit_xml_row(struct req *r, const char *elem, struct dbq *q, size_t col)
{
	xml_start(r, elem);
	xml_attr(r, "id", db_col(q, col));
	xml_attr(r, "code", db_col(q, col + 1));
	xml_attr(r, "kind", db_col(q, col + 2));
	xml_text(r, db_col(q, col + 3));
	xml_end(r);
}

enum err
unit_ancestors(struct req *r, const char *path, struct dbq **qp)
{
	struct dbv	 codes[MAXDEPTH];
	char		*copy, *tok, *save = NULL;
	size_t		 n = 0, i;

	*qp = NULL;
	copy = astrdup(r->a, path);
	for (tok = strtok_r(copy, "/", &save); tok != NULL;
	    tok = strtok_r(NULL, "/", &save))
		if (n < MAXDEPTH)
			codes[n++] = DBS(tok);
	if (n > 0)
		n--;	/* the unit itself */
	if (n == 0)
		return E_OK;
	for (i = n; i < MAXDEPTH; i++)
		codes[i] = DBN;
	if ((*qp = db_query(r->db, STMT_UNIT_ANCESTORS, codes,
	    MAXDEPTH)) == NULL)
		return db_err(r->db);
	return E_OK;
}

enum err
unit_xml_ancestors(struct req *r, const char *path)
{
	struct dbq	*q;
	int		 rc;
	enum err	 e;

	if ((e = unit_ancestors(r, path, &q)) != E_OK)
		return e;
	xml_start(r, "ancestors");
	if (q != NULL) {
		while ((rc = db_step(q)) == 1)
			unit_xml_row(r, "unit", q, 0);
		db_end(q);
		if (rc < 0)
			return db_err(r->db);
	}
	xml_end(r);
	return E_OK;
}

enum err
unit_xml_children(struct req *r, int64_t id)
{
	struct dbq	*q;
	int64_t		 count = 0;
	int		 rc;
	enum err	 e;

	if ((e = db_int(r->db, STMT_UNIT_CHILDCOUNT, DBARGS(DBI(id)),
	    &count, NULL)) != E_OK)
		return e;
	xml_start(r, "children");
	xml_attri(r, "count", count);
	if ((q = db_query(r->db, STMT_UNIT_CHILDREN,
	    DBARGS(DBI(id), DBI(PER_PAGE)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "unit");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "code", db_col(q, 1));
		xml_attr(r, "kind", db_col(q, 2));
		xml_attrb(r, "active", db_coli(q, 4));
		xml_text(r, db_col(q, 3));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

void
codes_choices(struct req *r, const char *name, const struct codeset *cs)
{
	size_t	 i;

	xml_start(r, name);
	for (i = 0; cs != NULL && i < cs->n; i++) {
		xml_start(r, "code");
		xml_attr(r, "code", cs->v[i].code);
		xml_text(r, cs->v[i].name);
		xml_end(r);
	}
	xml_end(r);
}

enum err
unit_xml_filters(struct req *r)
{
	const struct codeset	*ind, *types;
	struct dbq		*q;
	int			 rc;

	if ((ind = codes_get(r->db, CT_INDUSTRY)) == NULL ||
	    (types = codes_get(r->db, CT_STUDIO_TYPE)) == NULL)
		return db_err(r->db);
	xml_start(r, "filters");
	xml_start(r, "districts");
	if ((q = db_query(r->db, STMT_DISTRICTS,
	    DBARGS(DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1)
		unit_xml_row(r, "unit", q, 0);
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	xml_end(r);
	codes_choices(r, "industries", ind);
	codes_choices(r, "types", types);
	xml_end(r);
	return E_OK;
}

enum err
unit_filter(struct req *r, const char **district, const char **path)
{
	int64_t		 id;
	enum err	 e;

	*path = "";
	if (*district == NULL ||
	    valid_int(*district, 1, INT32_MAX, &id) != NULL) {
		*district = "";
		return E_OK;
	}
	if ((e = unit_visible(r, id, path, NULL)) != E_OK) {
		*path = "";
		*district = "";
		if (e != E_NOTFOUND)
			return e;
	}
	/* A unit it may not see is no filter, as one not there: silently. */
	r->message = NULL;
	r->reason = NULL;
	return E_OK;
}

const char *
unit_name(struct req *r, int64_t id)
{
	struct dbq	*q;
	const char	*name;
	enum err	 e;

	if ((e = db_one(r->db, STMT_UNIT_GET, DBARGS(DBI(id)), &q)) != E_OK) {
		if (e != E_NOTFOUND)
			log_warnx("%s: %s", __func__, err_str(e));
		return NULL;
	}
	name = astrdup(r->a, db_col(q, 3));
	db_end(q);
	return name;
}
