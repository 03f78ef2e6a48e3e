/*
 * list.c: every paged list of the program, from its table (struct
 * listdef): the filters read from the query and bound in the table's
 * order, the count, one page of rows written as XML, or the whole
 * filtered list streamed as CSV, each cell from the same column table.
 * A list's statements take, in this order: the unit's path (scope
 * times), each filter's values (see enum lfkind), then LIMIT and OFFSET.
 * A database error anywhere is returned, never a shortened document:
 * the router then answers with the error page, not a 200.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

#define MAXSEARCH	50	/* characters of a search */
#define MAXKEY		200	/* characters of a page's key */


/* How many values each kind of filter binds (LF_SEARCH: its row says). */
static const unsigned lf_binds[LF__MAX] = {
	[LF_ENUM] = 2,
	[LF_CODE] = 2,
	[LF_DISTRICT] = 2,
	[LF_YEAR] = 3,
	[LF_ID] = 2,
	[LF_SEARCH] = 0,
	[LF_FULLTEXT] = 2 * SEARCH_BINDTERMS - 1,
};

unsigned
list_filter_binds(const struct lfilter *f)
{
	return f->kind == LF_SEARCH ? f->nraw + f->npat : lf_binds[f->kind];
}

unsigned
list_binds(const struct listdef *d)
{
	unsigned	 n = d->scope;
	size_t		 i;

	for (i = 0; i < d->nfilters; i++)
		n += list_filter_binds(&d->filters[i]);
	return n;
}

/*
 * Put the query's terms in the order of how many records have them, the
 * fewest first (each counted to SEARCH_RARE rows, from the index), so
 * that the rows are read from the rarest one.  Left as they are when a
 * count fails: the order changes the speed, never the rows.
 */
static void
terms_rarest_first(struct req *r, const char **terms, size_t k)
{
	int64_t		 n[SEARCH_MAXTERMS], tn;
	const char	*t;
	size_t		 i, j;

	if (k < 2)
		return;
	for (i = 0; i < k; i++)
		if (db_int(r->db, STMT_SEARCH_TERM_ROWS, DBARGS(DBS(terms[i]),
		    DBI(SEARCH_RARE)), &n[i], NULL) != E_OK)
			return;
	for (i = 1; i < k; i++)
		for (j = i; j > 0 && n[j] < n[j - 1]; j--) {
			tn = n[j], n[j] = n[j - 1], n[j - 1] = tn;
			t = terms[j], terms[j] = terms[j - 1], terms[j - 1] = t;
		}
}

/*
 * Read one filter from the query into *val (the value in force, ""
 * when unset) and append its bound values at args[*n].  A value that
 * does not parse, a code the table does not know or a district the unit
 * does not see is no filter: ignored, not refused.
 */
static enum err
filter_read(struct req *r, const struct lfilter *f, const char **val,
    struct dbv *args, size_t *n)
{
	const char		*v = kv_get(&r->q, f->name), *path = "";
	const char		*terms[SEARCH_MAXTERMS];
	const struct codeset	*cs;
	int64_t			 i = 0;
	unsigned		 k, j;
	enum err		 e;

	*val = "";
	switch (f->kind) {
	case LF_ENUM:
		if (v != NULL && name_index(v, f->names, (int)f->nnames) <
		    (int)f->nnames)
			*val = v;
		args[(*n)++] = DBS(*val);
		args[(*n)++] = DBS(*val);
		break;
	case LF_CODE:
		if ((cs = codes_get(r->db, f->codes)) == NULL)
			return db_err(r->db);
		if (v != NULL && codes_label(cs, v) != NULL)
			*val = v;
		args[(*n)++] = DBS(*val);
		args[(*n)++] = DBS(*val);
		break;
	case LF_DISTRICT:
		if ((e = unit_filter(r, &v, &path)) != E_OK)
			return e;
		*val = v;
		args[(*n)++] = DBS(path);
		args[(*n)++] = DBS(path);
		break;
	case LF_YEAR:
		if (v != NULL && valid_int(v, 1990, 2199, &i) == NULL) {
			*val = aprintf(r->a, "%lld", (long long)i);
			args[(*n)++] = DBI(i);
			args[(*n)++] = DBS(aprintf(r->a, "%lld-01-01",
			    (long long)i));
			args[(*n)++] = DBS(aprintf(r->a, "%lld-12-31",
			    (long long)i));
		} else {
			args[(*n)++] = DBI(0);
			args[(*n)++] = DBS("");
			args[(*n)++] = DBS("");
		}
		break;
	case LF_ID:
		if (v != NULL && valid_int(v, 1, INT32_MAX, &i) == NULL)
			*val = aprintf(r->a, "%lld", (long long)i);
		else
			i = 0;
		args[(*n)++] = DBI(i);
		args[(*n)++] = DBI(i);
		break;
	case LF_SEARCH:
		if (v == NULL ||
		    valid_text(r->a, v, MAXSEARCH, 0, val) != NULL)
			*val = "";
		for (k = 0; k < f->nraw; k++)
			args[(*n)++] = DBS(*val);
		path = like_escape(r->a, *val);
		for (k = 0; k < f->npat; k++)
			args[(*n)++] = DBS(path);
		break;
	case LF_FULLTEXT:
		/* The text as typed is the filter's; its terms are bound. */
		if (v == NULL ||
		    valid_text(r->a, v, MAXSEARCH, 0, val) != NULL)
			*val = "";
		/* Of all its terms, the SEARCH_BINDTERMS rarest. */
		k = (unsigned)search_query_terms(r->a, *val, terms,
		    SEARCH_MAXTERMS);
		terms_rarest_first(r, terms, k);
		if (k > SEARCH_BINDTERMS)
			k = SEARCH_BINDTERMS;
		/* Typed, but nothing in it to search for: nothing found. */
		if (**val != '\0' && k == 0)
			terms[k++] = "none0";
		/* The rows are read from the first term's (every record
		   has SEARCH_ALL); a next term not given is "", which
		   leaves its condition out as the statement is planned. */
		args[(*n)++] = DBS(k > 0 ? terms[0] : SEARCH_ALL);
		for (j = 1; j < SEARCH_BINDTERMS; j++) {
			args[(*n)++] = DBS(j < k ? terms[j] : "");
			args[(*n)++] = DBS(j < k ? terms[j] : "");
		}
		break;
	default:
		abort();
	}
	return E_OK;
}

/* Rows a link may skip past its key: to the fourth page from this one. */
#define MAXSKIP		(3 * PER_PAGE)

/* A row's key: its text and id columns (those the list has). */
struct rkey {
	const char	*text;
	int64_t		 id;
};

/*
 * The key named by the query's pname and pname-id (after, before) for a
 * list that pages by key: 1 with it in *k, else 0 (a key that does not
 * parse is no key).
 */
static int
key_param(struct req *r, const struct listdef *d, const char *pname,
    struct rkey *k)
{
	const char	*t = kv_get(&r->q, pname);
	const char	*i = kv_get(&r->q, aprintf(r->a, "%s-id", pname));

	if (d->after == STMT__MAX)
		return 0;
	if (d->keytext >= 0 && (t == NULL || *t == '\0' ||
	    utf8_len(t) > MAXKEY))
		return 0;
	if (d->keyid >= 0 && (i == NULL ||
	    valid_int(i, 1, INT64_MAX, &k->id) != NULL))
		return 0;
	k->text = t != NULL ? t : "";
	return 1;
}

/*
 * The statements that read the key before a page a link names
 * (page_key()), for each statement of a page after a key: the key
 * columns (text, then id) of the rows ahead of a key, behind it in
 * reverse, and from the end in reverse, each binding like the page
 * after a key (the last without the key); and, where the list has one,
 * the statement of the first page without an offset, binding like the
 * page after a key without the key.  A list not here links its numbered
 * pages by offset.
 */
static const struct keyset {
	enum stmt	 after;
	enum stmt	 ahead;
	enum stmt	 behind;
	enum stmt	 last;
	enum stmt	 first;		/* the first page, or STMT__MAX */
} keysets[] = {
	{ STMT_UNIT_AFTER, STMT_UNIT_AHEAD, STMT_UNIT_BEHIND,
	  STMT_UNIT_LAST, STMT_UNIT_FIRST },
	{ STMT_APP_AFTER, STMT_APP_AHEAD, STMT_APP_BEHIND, STMT_APP_LAST,
	  STMT__MAX },
	{ STMT_STUDIO_AFTER, STMT_STUDIO_AHEAD, STMT_STUDIO_BEHIND,
	  STMT_STUDIO_LAST, STMT__MAX },
	{ STMT_AUDIT_AFTER, STMT_AUDIT_AHEAD, STMT_AUDIT_BEHIND,
	  STMT_AUDIT_LAST, STMT_AUDIT_FIRST },
	{ STMT_REGISTRY_AFTER, STMT_REGISTRY_AHEAD, STMT_REGISTRY_BEHIND,
	  STMT_REGISTRY_LAST, STMT__MAX },
	{ STMT_PUB_ACH_AFTER, STMT_PUB_ACH_AHEAD, STMT_PUB_ACH_BEHIND,
	  STMT_PUB_ACH_LAST, STMT__MAX },
};

static const struct keyset *
keyset_of(const struct listdef *d)
{
	size_t	 i;

	if (d->after == STMT__MAX)
		return NULL;
	for (i = 0; i < sizeof(keysets) / sizeof(keysets[0]); i++)
		if (keysets[i].after == d->after)
			return &keysets[i];
	return NULL;
}

int
list_keyset(const struct listdef *d, enum stmt *ahead, enum stmt *behind,
    enum stmt *last)
{
	const struct keyset	*k;

	if ((k = keyset_of(d)) == NULL)
		return 0;
	*ahead = k->ahead;
	*behind = k->behind;
	*last = k->last;
	return 1;
}

enum stmt
list_first(const struct listdef *d)
{
	const struct keyset	*k = keyset_of(d);

	return k != NULL ? k->first : STMT__MAX;
}

/*
 * Read the key columns of the rows of statement id, bound with the
 * scope and filters (args[0..n]), then the key k unless NULL, then
 * limit; into out[j] the key of the row at position want[j] (from 1),
 * left with a NULL text and id 0 where the rows end before it (or its
 * key is NULL).  The statement returns the text column first, if any.
 */
static enum err
keys_read(struct req *r, const struct listdef *d, enum stmt id,
    const struct dbv *base, size_t n, const struct rkey *k, int64_t limit,
    const int64_t *want, struct rkey *out, size_t nwant)
{
	struct dbv	 args[LIST_MAXBIND];
	struct dbq	*q;
	const char	*t;
	int64_t		 pos;
	size_t		 i, j, c;
	int		 rc = 0;

	memcpy(args, base, n * sizeof(args[0]));
	if (k != NULL)
		for (i = 0; i < d->nkeyb; i++)
			args[n++] = d->keyb[i] == LK_TEXT ?
			    DBS(k->text) : DBI(k->id);
	args[n++] = DBI(limit);
	for (j = 0; j < nwant; j++) {
		out[j].text = NULL;
		out[j].id = 0;
	}
	if ((q = db_query(r->db, id, args, n)) == NULL)
		return db_err(r->db);
	for (pos = 1, j = 0; j < nwant && (rc = db_step(q)) == 1; pos++) {
		if (pos != want[j])
			continue;
		c = 0;
		if (d->keytext >= 0) {
			t = db_col(q, c++);
			out[j].text = t != NULL ? astrdup(r->a, t) : NULL;
		} else
			out[j].text = "";
		if (d->keyid >= 0)
			out[j].id = db_coli(q, c);
		if (d->keyid >= 0 && out[j].id <= 0)
			out[j].text = NULL;
		j++;
	}
	if (j < nwant && rc < 0) {
		db_end(q);
		return db_err(r->db);
	}
	db_end(q);
	return E_OK;
}

/*
 * The key of the row before page (of total rows, exact unless the count
 * was bounded) that the query's link names, into *k with *by_key 1;
 * *by_key 0 when the page is to be read by its number.  E_OK, or the
 * database's error.  The pager's links
 * carry the keys of their page's first and last rows and the rows to
 * skip from there, so that showing a page reads no keys but its own;
 * the link that is followed reads at most MAXSKIP + PER_PAGE + 1 keys:
 *
 *	after=K&skip=S	the page starts S rows after the row K (the next
 *			page: S = 0, no key to read);
 *	before=K&skip=S	it ends S rows before the row K (the page before:
 *			S = 0), after the row S + PER_PAGE + 1 behind K;
 *	end=1		the last page, after the row before its rows,
 *			counted from the end.
 *
 * A key the rows do not reach (the start of the list, rows removed
 * meanwhile) or a skip out of bounds leaves the page to its number.
 */
static enum err
page_key(struct req *r, const struct listdef *d, const struct dbv *args,
    size_t n, int64_t page, int64_t total, int exact, struct rkey *k,
    int *by_key)
{
	enum stmt	 ahead, behind, end;
	const char	*v = kv_get(&r->q, "skip");
	struct rkey	 from;
	int64_t		 skip = 0, want;
	enum err	 e;

	*by_key = 0;
	if (!list_keyset(d, &ahead, &behind, &end))
		return E_OK;
	if (v != NULL && valid_int(v, 0, MAXSKIP, &skip) != NULL)
		return E_OK;
	if (key_param(r, d, "after", &from)) {
		if (skip == 0) {
			*k = from;
			*by_key = 1;
			return E_OK;
		}
		want = skip;
		e = keys_read(r, d, ahead, args, n, &from, want, &want, k, 1);
	} else if (key_param(r, d, "before", &from)) {
		want = skip + PER_PAGE + 1;
		e = keys_read(r, d, behind, args, n, &from, want, &want, k, 1);
	} else if ((v = kv_get(&r->q, "end")) != NULL && strcmp(v, "1") == 0 &&
	    exact && page > 1) {
		want = total - (page - 1) * PER_PAGE + 1;
		if (want < 2 || want > PER_PAGE + 1)
			return E_OK;
		e = keys_read(r, d, end, args, n, NULL, want, &want, k, 1);
	} else
		return E_OK;
	if (e == E_OK)
		*by_key = k->text != NULL;
	return e;
}

/* The CSV columns of the table: the rows with a header, in order. */
static const struct csvcol *
csv_cols(struct req *r, const struct listdef *d, size_t *n)
{
	struct csvcol	*c;
	size_t		 i;

	c = amalloc(r->a, d->ncols * sizeof(*c));
	for (*n = i = 0; i < d->ncols; i++)
		if (d->cols[i].csv.head != NULL)
			c[(*n)++] = d->cols[i].csv;
	return c;
}

/* One row's element: its attributes first, then its child elements. */
void
list_row(struct req *r, const struct listdef *d, struct dbq *q,
    const struct codeset *cs)
{
	const struct lcol	*c;
	const char		*v;
	size_t			 i;

	xml_start(r, d->row);
	for (i = 0; i < d->ncols; i++) {
		c = &d->cols[i];
		v = db_col(q, c->col);
		switch (c->x) {
		case LX_ATTR:
			xml_attr(r, c->name, v);
			break;
		case LX_ATTR_EMPTY:
			xml_attr(r, c->name, v != NULL ? v : "");
			break;
		case LX_BOOL:
			xml_attrb(r, c->name, db_coli(q, c->col));
			break;
		case LX_DATETIME:
			xml_attr(r, c->name, v != NULL ?
			    xml_datetime(r, v) : "");
			break;
		default:
			break;
		}
	}
	if (d->rowfn != NULL)
		d->rowfn(r, q);
	for (i = 0; i < d->ncols; i++) {
		c = &d->cols[i];
		v = db_col(q, c->col);
		switch (c->x) {
		case LX_ELEM:
			xml_elem(r, c->name, v);
			break;
		case LX_ELEM_OPT:
			if (v != NULL)
				xml_elem(r, c->name, v);
			break;
		case LX_UNIT:
			xml_start(r, c->name);
			xml_attr(r, "id", v);
			xml_text(r, db_col(q, c->col2));
			xml_end(r);
			break;
		case LX_CODE:
			xml_start(r, c->name);
			xml_attr(r, "code", v != NULL ? v : "");
			xml_text(r, codes_label(cs, v));
			xml_end(r);
			break;
		default:
			break;
		}
	}
	xml_end(r);
}

enum err
list_xml(struct req *r, const struct listdef *d)
{
	struct dbv		 args[LIST_MAXBIND];
	const char		*val[LIST_MAXF];
	const struct codeset	*cs = NULL;
	const struct csvcol	*cc;
	struct dbq		*q;
	int64_t			 total = 0, bound;
	size_t			 n = 0, i, nc;
	int			 page = req_pageno(r), rc, set, more = 0;
	const char		*ktext = "";
	int64_t			 kid = 0;
	size_t			 nrows, nbase;
	struct rkey		 first = { NULL, 0 }, key;
	int			 by_key;
	enum stmt		 first_page;
	enum err		 e;

	/* The tables are constant: a unit test keeps them in bounds. */
	if (d->nfilters > LIST_MAXF || list_binds(d) + 2 > LIST_MAXBIND ||
	    list_binds(d) + d->nkeyb + 1 > LIST_MAXBIND ||
	    d->scope > LIST_MAXBIND)
		abort();
	for (i = 0; i < d->scope; i++)
		args[n++] = DBS(r->who->unit_path);
	for (i = 0; i < d->nfilters; i++)
		if ((e = filter_read(r, &d->filters[i], &val[i], args, &n)) !=
		    E_OK)
			return e;
	if (d->codes != CT__MAX && (cs = codes_get(r->db, d->codes)) == NULL)
		return db_err(r->db);
	nbase = n;

	/* CSV: the whole filtered list, streamed. */
	r->filename = d->filename;
	if (r->fmt == FMT_CSV && d->filename != NULL) {
		args[n++] = DBI(INT64_MAX);
		args[n++] = DBI(0);
		cc = csv_cols(r, d, &nc);
		return csv_open(r, d->page, args, n, cc, nc, cs);
	}

	/*
	 * The count: kept by the writes when no filter is set; else
	 * counted, but never past the list's bound + 1 rows.
	 */
	for (set = 0, i = 0; i < d->nfilters; i++)
		set |= *val[i] != '\0';
	if (!set && d->kept != STMT__MAX)
		e = db_int(r->db, d->kept, args, d->scope, &total, NULL);
	else {
		bound = d->flags & LIST_SHORT ? LIST_BOUND_SHORT : LIST_BOUND;
		args[n] = DBI(bound + 1);
		e = db_int(r->db, d->count, args, n + 1, &total, NULL);
		if (e == E_OK && total > bound) {
			total = bound;
			more = 1;
		}
	}
	if (e != E_OK)
		return e;
	xml_begin(r, d->root);
	xml_paging(r, page, total);
	if (more)
		xml_attrb(r, "more", 1);
	for (i = 0; i < d->nfilters; i++)
		if (!(d->flags & LIST_SPARSE) || *val[i] != '\0')
			xml_attr(r, d->filters[i].name, val[i]);
	if (d->head != NULL && (e = d->head(r)) != E_OK)
		return e;

	/* The page after a row given by its key, or the page by number. */
	if ((e = page_key(r, d, args, nbase, page, total, !more, &key,
	    &by_key)) != E_OK)
		return e;
	if (by_key) {
		for (i = 0; i < d->nkeyb; i++)
			args[n++] = d->keyb[i] == LK_TEXT ?
			    DBS(key.text) : DBI(key.id);
		args[n++] = DBI(PER_PAGE);
		q = db_query(r->db, d->after, args, n);
	} else if (page == 1 && (first_page = list_first(d)) != STMT__MAX) {
		args[n++] = DBI(PER_PAGE);
		q = db_query(r->db, first_page, args, n);
	} else {
		args[n++] = DBI(PER_PAGE);
		args[n++] = DBI((int64_t)(page - 1) * PER_PAGE);
		q = db_query(r->db, d->page, args, n);
	}
	if (q == NULL)
		return db_err(r->db);
	for (nrows = 0; (rc = db_step(q)) == 1; nrows++) {
		list_row(r, d, q, cs);
		if (d->keytext >= 0)
			ktext = astrdup(r->a, db_col(q, (size_t)d->keytext));
		if (d->keyid >= 0)
			kid = db_coli(q, (size_t)d->keyid);
		if (nrows == 0) {
			first.text = ktext;
			first.id = kid;
		}
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	if (d->after == STMT__MAX || nrows == 0)
		return E_OK;
	/*
	 * The keys of the first and the last row, from which the pager's
	 * links reach the pages around this one (page_key()).
	 */
	if (page > 1 && (d->keytext < 0 || first.text != NULL)) {
		xml_start(r, "prev");
		if (d->keytext >= 0)
			xml_attr(r, "before", first.text);
		if (d->keyid >= 0)
			xml_attri(r, "before-id", first.id);
		xml_end(r);
	}
	if (nrows == PER_PAGE && (int64_t)page * PER_PAGE < total &&
	    (d->keytext < 0 || ktext != NULL)) {
		xml_start(r, "next");
		if (d->keytext >= 0)
			xml_attr(r, "after", ktext);
		if (d->keyid >= 0)
			xml_attri(r, "after-id", kid);
		xml_end(r);
	}
	return E_OK;
}
