/*
 * purge.c: studioctl purge, the retention of leaders' personal data.
 *
 * What the application form holds of a studio's leader beyond the name
 * (mobile, e-mail, birth month, gender, education, ethnicity, political
 * status, title, specialty and honours) is kept while it serves the
 * programme: it is erased from every application that was rejected or
 * withdrawn, and from every studio revoked at least purge_years ago
 * (with the application it was named from and its leader amendments).
 * The records stay, with those fields emptied.
 *
 * The audit log holds no personal data: each row carries only the
 * SHA-256 digest of its change's description (audit.c), so erasing the
 * data leaves the chain intact.  The purge itself is one audit row
 * whose description names the records by id.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

struct pitem {
	int		 studio;	/* 0: an application, 1: a studio */
	int64_t		 id;
	int64_t		 app;		/* a studio's application */
	char		 status[16];	/* an application's status */
	char		 on[16];	/* since when, YYYY-MM-DD */
};

struct purge {
	struct db	*db;
	int		 years;
	int		 dry;
	struct pitem	*items;
	size_t		 n, cap;
	char		*what;		/* the audit row's description */
};

/* A new item at the end of p->items (fatal when memory runs out). */
static struct pitem *
pitem_add(struct purge *p)
{
	struct pitem	*v;

	if (p->n == p->cap) {
		p->cap = p->cap == 0 ? 64 : p->cap * 2;
		if ((v = reallocarray(p->items, p->cap, sizeof(*v))) == NULL)
			fatal("%s", __func__);
		p->items = v;
	}
	v = &p->items[p->n++];
	memset(v, 0, sizeof(*v));
	return v;
}

/* Append the ids of the items of one kind as "key=1,2,3\n" to *s. */
static void
ids_line(const struct purge *p, int studio, int app, const char *key,
    char **s, size_t *len)
{
	FILE		*f;
	size_t		 i, n = 0;
	char		*out = NULL;
	size_t		 outlen = 0;

	if ((f = open_memstream(&out, &outlen)) == NULL)
		fatal("%s", __func__);
	fprintf(f, "%s%s=", *s != NULL ? *s : "", key);
	for (i = 0; i < p->n; i++)
		if (p->items[i].studio == studio)
			fprintf(f, "%s%lld", n++ ? "," : "", (long long)(app ?
			    p->items[i].app : p->items[i].id));
	fputc('\n', f);
	if (fclose(f) != 0)
		fatal("%s", __func__);
	free(*s);
	*s = out;
	*len = outlen;
}

static enum err
purge_txn(void *arg)
{
	struct purge	*p = arg;
	struct pitem	*it;
	struct dbq	*q;
	size_t		 i, len = 0;
	int		 rc;
	enum err	 e;

	p->n = 0;
	free(p->what);
	p->what = NULL;
	if ((q = db_query(p->db, STMT_PURGE_APPS, DBNOARGS)) == NULL)
		return db_err(p->db);
	while ((rc = db_step(q)) == 1) {
		it = pitem_add(p);
		it->id = db_coli(q, 0);
		snprintf(it->status, sizeof(it->status), "%s", db_col(q, 1));
		snprintf(it->on, sizeof(it->on), "%s", db_col(q, 2));
	}
	db_end(q);
	if (rc < 0)
		return db_err(p->db);
	if ((q = db_query(p->db, STMT_PURGE_STUDIOS,
	    DBARGS(DBI(p->years)))) == NULL)
		return db_err(p->db);
	while ((rc = db_step(q)) == 1) {
		it = pitem_add(p);
		it->studio = 1;
		it->id = db_coli(q, 0);
		it->app = db_coli(q, 1);
		snprintf(it->status, sizeof(it->status), "revoked");
		snprintf(it->on, sizeof(it->on), "%s", db_col(q, 2));
	}
	db_end(q);
	if (rc < 0)
		return db_err(p->db);
	/* A dry run, or nothing to do: nothing written, no audit row. */
	if (p->dry || p->n == 0)
		return E_ABORT;

	for (i = 0; i < p->n; i++) {
		it = &p->items[i];
		if (it->studio &&
		    ((e = db_exec(p->db, STMT_PURGE_STUDIO, DBARGS(DBI(it->id)),
		    NULL, NULL)) != E_OK ||
		    (e = db_exec(p->db, STMT_PURGE_AMENDMENTS,
		    DBARGS(DBI(it->id)), NULL, NULL)) != E_OK))
			return e;
		if ((e = db_exec(p->db, STMT_PURGE_APP, DBARGS(DBI(it->studio ?
		    it->app : it->id)), NULL, NULL)) != E_OK ||
		    (e = db_exec(p->db, STMT_PURGE_APP_HONOURS,
		    DBARGS(DBI(it->studio ? it->app : it->id)), NULL,
		    NULL)) != E_OK)
			return e;
	}
	ids_line(p, 0, 0, "applications", &p->what, &len);
	ids_line(p, 1, 0, "studios", &p->what, &len);
	ids_line(p, 1, 1, "studio-applications", &p->what, &len);
	return audit_append(p->db, NULL, "privacy.purge", "purge", 0,
	    p->what, len);
}

enum err
purge_run(struct db *db, int years, int dry,
    void (*fn)(void *, const struct purgerow *), void *arg,
    struct purgecount *count)
{
	struct purge	 p;
	struct purgerow	 row;
	size_t		 i;
	enum err	 e;

	memset(&p, 0, sizeof(p));
	memset(count, 0, sizeof(*count));
	p.db = db;
	p.years = years;
	p.dry = dry;
	if ((e = db_txn(db, purge_txn, &p)) == E_ABORT)
		e = E_OK;
	if (e == E_OK) {
		for (i = 0; i < p.n; i++) {
			row.studio = p.items[i].studio;
			row.id = p.items[i].id;
			row.app = p.items[i].app;
			row.status = p.items[i].status;
			row.on = p.items[i].on;
			if (row.studio)
				count->studios++;
			else
				count->applications++;
			if (fn != NULL)
				fn(arg, &row);
		}
		count->what = p.what;
		p.what = NULL;
	}
	free(p.what);
	free(p.items);
	return e;
}
