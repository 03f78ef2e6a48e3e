/*
 * codes.c: the national and form code tables (industry, ethnicity,
 * political status, education, gender, employer type, studio type).
 * They are data in sql/, read once per worker on first use and kept:
 * they change only with a migration, and a deployment restarts workers.
 */
#include <stdlib.h>
#include <string.h>

#include "extern.h"

const char *const codetab_names[CT__MAX] = {
	[CT_INDUSTRY] = "industry",
	[CT_ETHNICITY] = "ethnicity",
	[CT_POLITICAL] = "political-status",
	[CT_EDUCATION] = "education",
	[CT_GENDER] = "gender",
	[CT_UNIT_TYPE] = "host-unit-type",
	[CT_STUDIO_TYPE] = "types",
};

static const enum stmt codestmts[CT__MAX] = {
	[CT_INDUSTRY] = STMT_CODES_INDUSTRY,
	[CT_ETHNICITY] = STMT_CODES_ETHNICITY,
	[CT_POLITICAL] = STMT_CODES_POLITICAL,
	[CT_EDUCATION] = STMT_CODES_EDUCATION,
	[CT_GENDER] = STMT_CODES_GENDER,
	[CT_UNIT_TYPE] = STMT_CODES_UNIT_TYPE,
	[CT_STUDIO_TYPE] = STMT_CODES_STUDIO_TYPE,
};

static struct codeset	 sets[CT__MAX];
static int		 loaded[CT__MAX];

const struct codeset *
codes_get(struct db *db, enum codetab t)
{
	struct dbq	*q;
	struct codeset	*cs = &sets[t];
	size_t		 cap = 0;
	int		 rc;

	if (loaded[t])
		return cs;
	if ((q = db_query(db, codestmts[t], DBNOARGS)) == NULL)
		return NULL;
	while ((rc = db_step(q)) == 1) {
		if (cs->n == cap) {
			cap = cap ? cap * 2 : 32;
			if ((cs->v = reallocarray(cs->v, cap,
			    sizeof(*cs->v))) == NULL)
				fatal("%s", __func__);
		}
		if ((cs->v[cs->n].code = strdup(db_col(q, 0))) == NULL ||
		    (cs->v[cs->n].name = strdup(db_col(q, 1))) == NULL)
			fatal("%s", __func__);
		cs->n++;
	}
	db_end(q);
	if (rc < 0) {
		codes_free();
		return NULL;
	}
	loaded[t] = 1;
	return cs;
}

const char *
codes_label(const struct codeset *cs, const char *code)
{
	size_t	 i;

	if (cs == NULL || code == NULL)
		return NULL;
	for (i = 0; i < cs->n; i++)
		if (strcmp(cs->v[i].code, code) == 0)
			return cs->v[i].name;
	return NULL;
}

void
codes_xml(struct req *r, enum codetab t, const struct codeset *cs)
{
	size_t	 i;

	xml_start(r, "table");
	xml_attr(r, "name", codetab_names[t]);
	for (i = 0; cs != NULL && i < cs->n; i++) {
		xml_start(r, "code");
		xml_attr(r, "code", cs->v[i].code);
		xml_text(r, cs->v[i].name);
		xml_end(r);
	}
	xml_end(r);
}

void
codes_free(void)
{
	size_t	 t, i;

	for (t = 0; t < CT__MAX; t++) {
		for (i = 0; i < sets[t].n; i++) {
			free(sets[t].v[i].code);
			free(sets[t].v[i].name);
		}
		free(sets[t].v);
		sets[t].v = NULL;
		sets[t].n = 0;
		loaded[t] = 0;
	}
}
