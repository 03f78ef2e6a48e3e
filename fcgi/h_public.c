/*
 * h_public.c: the public site, no certificate: the landing page and the
 * progress statistics.  No personal data ever appears here.
 */
#include <stdio.h>
#include <time.h>

#include "extern.h"

#define TARGET		500
#define DEADLINE	"2025-12-31"

static int
progress(struct req *r)
{
	int64_t		 named = 0;
	enum err	 e;

	if ((e = db_int(r->db, STMT_NAMED_COUNT, DBNOARGS, &named,
	    NULL)) != E_OK)
		return err_status(e);
	xml_start(r, "progress");
	xml_attri(r, "target", TARGET);
	xml_attri(r, "named", named);
	xml_attr(r, "deadline", DEADLINE);
	xml_end(r);
	return 200;
}

int
h_public_home(struct req *r)
{
	xml_begin(r, "home");
	xml_attr(r, "today", xml_today(r));
	return progress(r);
}

int
h_public_stats(struct req *r)
{
	struct dbq	*q;
	int		 rc, status;

	xml_begin(r, "stats");
	xml_attr(r, "today", xml_today(r));
	if ((status = progress(r)) != 200)
		return status;
	if ((q = db_query(r->db, STMT_STATS_BY_UNIT, DBNOARGS)) == NULL)
		return err_status(db_err(r->db));
	xml_start(r, "by-unit");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "unit");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "code", db_col(q, 1));
		xml_attr(r, "kind", db_col(q, 2));
		xml_attr(r, "named", db_col(q, 4));
		xml_text(r, db_col(q, 3));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? err_status(db_err(r->db)) : 200;
}
