/*
 * t_list.c: the lists' tables (list.c).  A list binds by position: the
 * unit's path, then each filter's values, then LIMIT and OFFSET, so the
 * number of placeholders of its statements must be what its table
 * binds.  Every column is written somewhere, names are not given twice,
 * and the kinds have what they need.
 */
#include <stdint.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

static const struct {
	const char		*what;
	const struct listdef	*d;
} lists[] = {
	{ "applications", &list_applications },
	{ "studios", &list_studios },
	{ "units", &list_units },
	{ "audit", &list_audit },
	{ "registry", &list_registry },
	{ "assessments", &list_assessments },
	{ "funds", &list_funds },
	{ "achievements", &list_achievements },
	{ "public-achievements", &list_public_achievements },
	{ "trainings", &list_trainings },
	{ "events", &list_events },
};

/* Placeholders of a statement (none of them quotes a question mark). */
static unsigned
placeholders(enum stmt s)
{
	const char	*p;
	unsigned	 n = 0;

	for (p = stmts[s]; *p != '\0'; p++)
		if (*p == '?')
			n++;
	return n;
}

START_TEST(t_list_binds)
{
	const struct listdef	*d = lists[_i].d;

	ck_assert_uint_le(d->nfilters, LIST_MAXF);
	ck_assert_uint_le(list_binds(d) + 2, LIST_MAXBIND);
	ck_assert_msg(placeholders(d->count) == list_binds(d) + 1,
	    "%s: count statement takes %u values, the table binds %u + 1",
	    lists[_i].what, placeholders(d->count), list_binds(d));
	ck_assert_msg(strstr(stmts[d->count], "LIMIT ?") != NULL,
	    "%s: the count is bounded", lists[_i].what);
	if (d->after != STMT__MAX) {
		size_t	 i, nt = 0, ni = 0;

		ck_assert_msg(placeholders(d->after) == list_binds(d) +
		    d->nkeyb + 1, "%s: the page after a key takes %u values,"
		    " the table binds %u + %zu + 1", lists[_i].what,
		    placeholders(d->after), list_binds(d), d->nkeyb);
		for (i = 0; i < d->nkeyb; i++)
			d->keyb[i] == LK_TEXT ? nt++ : ni++;
		ck_assert_msg((nt > 0) == (d->keytext >= 0) &&
		    (ni > 0) == (d->keyid >= 0), "%s: the key's columns",
		    lists[_i].what);
		ck_assert_msg(strstr(stmts[d->after], "OFFSET") == NULL,
		    "%s: the page after a key has no offset", lists[_i].what);
	}
	if (d->after != STMT__MAX) {
		enum stmt	 ahead, behind, last;

		/* The keys of the pages near a page: bound, no offset. */
		ck_assert_msg(list_keyset(d, &ahead, &behind, &last),
		    "%s: the keys of the pages near a page", lists[_i].what);
		ck_assert_uint_eq(placeholders(ahead), list_binds(d) +
		    d->nkeyb + 1);
		ck_assert_uint_eq(placeholders(behind), list_binds(d) +
		    d->nkeyb + 1);
		ck_assert_uint_eq(placeholders(last), list_binds(d) + 1);
		ck_assert(strstr(stmts[ahead], "OFFSET") == NULL &&
		    strstr(stmts[behind], "OFFSET") == NULL &&
		    strstr(stmts[last], "OFFSET") == NULL);
		/* The first page without an offset, where there is one. */
		if (list_first(d) != STMT__MAX) {
			ck_assert_uint_eq(placeholders(list_first(d)),
			    list_binds(d) + 1);
			ck_assert(strstr(stmts[list_first(d)], "OFFSET") == NULL);
		}
	}
	if (d->kept != STMT__MAX)
		ck_assert_msg(placeholders(d->kept) == d->scope,
		    "%s: kept count takes %u values, the scope is %u",
		    lists[_i].what, placeholders(d->kept), d->scope);
	ck_assert_msg(placeholders(d->page) == list_binds(d) + 2,
	    "%s: page statement takes %u values, the table binds %u + 2",
	    lists[_i].what, placeholders(d->page), list_binds(d));
}
END_TEST

START_TEST(t_list_filters)
{
	const struct listdef	*d = lists[_i].d;
	const struct lfilter	*f;
	size_t			 i, j;

	for (i = 0; i < d->nfilters; i++) {
		f = &d->filters[i];
		ck_assert_msg(f->name != NULL && *f->name != '\0',
		    "%s: filter %zu unnamed", lists[_i].what, i);
		ck_assert_msg(strcmp(f->name, "page") != 0 &&
		    strcmp(f->name, "format") != 0, "%s: filter %s",
		    lists[_i].what, f->name);
		ck_assert_int_lt(f->kind, LF__MAX);
		if (f->kind == LF_ENUM)
			ck_assert_msg(f->names != NULL && f->nnames > 0,
			    "%s: %s has no names", lists[_i].what, f->name);
		if (f->kind == LF_CODE)
			ck_assert_int_lt(f->codes, CT__MAX);
		if (f->kind == LF_SEARCH)
			ck_assert_msg(f->nraw > 0 && f->npat > 0,
			    "%s: %s binds neither", lists[_i].what, f->name);
		else
			ck_assert_msg(f->nraw == 0 && f->npat == 0,
			    "%s: %s: nraw, npat only for a search",
			    lists[_i].what, f->name);
		ck_assert_uint_gt(list_filter_binds(f), 0);
		for (j = 0; j < i; j++)
			ck_assert_str_ne(f->name, d->filters[j].name);
	}
}
END_TEST

/* Whether a kind writes an attribute (1), an element (2) or neither. */
static int
place(enum lxkind x)
{
	switch (x) {
	case LX_ATTR:
	case LX_ATTR_EMPTY:
	case LX_BOOL:
	case LX_DATETIME:
		return 1;
	case LX_ELEM:
	case LX_ELEM_OPT:
	case LX_UNIT:
	case LX_CODE:
		return 2;
	default:
		return 0;
	}
}

START_TEST(t_list_cols)
{
	const struct listdef	*d = lists[_i].d;
	const struct lcol	*c, *o;
	size_t			 i, j, ncsv = 0;

	ck_assert(d->root != NULL && d->row != NULL);
	ck_assert_uint_gt(d->ncols, 0);
	for (i = 0; i < d->ncols; i++) {
		c = &d->cols[i];
		ck_assert_int_lt(c->x, LX__MAX);
		ck_assert_msg((c->x == LX_NONE) == (c->name == NULL),
		    "%s: column %zu: a name exactly when in the XML",
		    lists[_i].what, i);
		ck_assert_msg(c->name != NULL || c->csv.head != NULL,
		    "%s: column %zu is written nowhere", lists[_i].what, i);
		if (c->x == LX_UNIT)
			ck_assert_msg(c->col2 != 0 && c->col2 != c->col,
			    "%s: %s: no text column", lists[_i].what, c->name);
		if (c->x == LX_CODE || (c->csv.head != NULL &&
		    c->csv.conv == CSV_CODE))
			ck_assert_msg(d->codes < CT__MAX,
			    "%s: column %zu needs the list's codes",
			    lists[_i].what, i);
		if (c->csv.head != NULL) {
			ncsv++;
			ck_assert_int_lt(c->csv.conv, CSV__MAX);
			ck_assert_msg((c->csv.group != NULL) ==
			    (c->csv.conv == CSV_LABEL ||
			    c->csv.conv == CSV_BOOL_LABEL),
			    "%s: %s: a label group exactly for labels",
			    lists[_i].what, c->csv.head);
		}
		for (j = 0; j < i; j++) {
			o = &d->cols[j];
			if (c->name != NULL && o->name != NULL &&
			    place(c->x) == place(o->x))
				ck_assert_str_ne(c->name, o->name);
			if (c->csv.head != NULL && o->csv.head != NULL)
				ck_assert_str_ne(c->csv.head, o->csv.head);
		}
	}
	/* An export has cells; a list without one has none. */
	ck_assert_msg((d->filename != NULL) == (ncsv > 0),
	    "%s: CSV cells exactly when it exports", lists[_i].what);
}
END_TEST

Suite *
suite_list(void)
{
	Suite	*s = suite_create("list");
	TCase	*tc;

	tc = tcase_create("tables");
	tcase_add_loop_test(tc, t_list_binds, 0, NITEMS(lists));
	tcase_add_loop_test(tc, t_list_filters, 0, NITEMS(lists));
	tcase_add_loop_test(tc, t_list_cols, 0, NITEMS(lists));
	suite_add_tcase(s, tc);
	return s;
}
