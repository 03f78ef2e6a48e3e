/*
 * t_training.c: the pure rules of leader training (training.c): a
 * session's dates and class hours (training_check), and the ids of a
 * checklist (ids_parse): every value an id, each one once, no more than
 * the form may name.
 */
#include <stdint.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

static const struct {
	const char	*from, *to;
	int64_t		 hours;
	const char	*field;		/* NULL: accepted */
} dates[] = {
	{ "2026-03-02", "2026-03-02", 8, NULL },
	{ "2026-03-02", "2026-03-04", 36, NULL },
	{ "2026-03-02", "2026-03-04", 37, "hours" },	/* 12 a day at most */
	{ "2026-03-02", "2026-03-02", 12, NULL },
	{ "2026-03-02", "2026-03-02", 13, "hours" },
	{ "2026-03-02", "2026-03-02", 0, "hours" },
	{ "2026-03-02", "2026-03-01", 8, "ends-on" },
	{ "2026-12-30", "2027-01-02", 16, NULL },	/* across a year */
	{ "2024-02-28", "2024-02-29", 8, NULL },	/* a leap day */
	{ "2026-02-28", "2026-02-29", 8, "ends-on" },	/* none in 2026 */
	{ "2026-01-01", "2026-12-31", 100, NULL },	/* 365 days */
	{ "2026-01-01", "2027-01-01", 100, NULL },	/* 366 days */
	{ "2026-01-01", "2027-01-02", 100, "ends-on" },	/* past a year */
	{ "2026-13-01", "2026-13-02", 8, "starts-on" },
	{ "2026-3-2", "2026-03-02", 8, "starts-on" },
	{ "", "2026-03-02", 8, "starts-on" },
	{ "2026-03-02", "", 8, "ends-on" },
	{ "2026-03-02", "2026-03-0x", 8, "ends-on" },
};

START_TEST(t_training_check)
{
	const char	*field = "x", *msg;

	msg = training_check(dates[_i].from, dates[_i].to, dates[_i].hours,
	    &field);
	if (dates[_i].field == NULL) {
		ck_assert_msg(msg == NULL, "%s..%s %lld: %s", dates[_i].from,
		    dates[_i].to, (long long)dates[_i].hours, msg);
		ck_assert_ptr_null(field);
	} else {
		ck_assert_msg(msg != NULL, "%s..%s %lld accepted",
		    dates[_i].from, dates[_i].to, (long long)dates[_i].hours);
		ck_assert_str_eq(field, dates[_i].field);
	}
}
END_TEST

/* The ids of "studio" in a query string, as the form posts them. */
static int
ids(struct arena *a, const char *qs, int64_t *out, size_t max)
{
	struct kvlist	 l;
	const char	*bad = NULL;

	memset(&l, 0, sizeof(l));
	ck_assert_int_eq(kv_parse(a, qs, strlen(qs), &l, 100, &bad), E_OK);
	return ids_parse(&l, "studio", out, max);
}

START_TEST(t_ids_parse)
{
	struct arena	*a = arena_new();
	int64_t		 v[4];

	ck_assert_int_eq(ids(a, "", v, 4), 0);
	ck_assert_int_eq(ids(a, "action=invite", v, 4), 0);
	ck_assert_int_eq(ids(a, "studio=7&studio=3&x=1&studio=7", v, 4), 2);
	ck_assert(v[0] == 7 && v[1] == 3);
	ck_assert_int_eq(ids(a, "studio=1&studio=2&studio=3&studio=4", v, 4),
	    4);
	ck_assert_int_eq(ids(a, "studio=1&studio=2&studio=3&studio=4&"
	    "studio=5", v, 4), -1);
	/* one taken twice does not count against the bound */
	ck_assert_int_eq(ids(a, "studio=1&studio=2&studio=3&studio=4&"
	    "studio=4", v, 4), 4);
	ck_assert_int_eq(ids(a, "studio=0", v, 4), -1);
	ck_assert_int_eq(ids(a, "studio=-1", v, 4), -1);
	ck_assert_int_eq(ids(a, "studio=", v, 4), -1);
	ck_assert_int_eq(ids(a, "studio=1x", v, 4), -1);
	ck_assert_int_eq(ids(a, "studio=2147483648", v, 4), -1);
	ck_assert_int_eq(ids(a, "studio=2147483647", v, 4), 1);
	arena_free(a);
}
END_TEST

/* Every name of the enums, and the forms' choices of event kinds. */
START_TEST(t_training_names)
{
	ck_assert_int_eq(name_index("onsite", evkind_names, EV__MAX),
	    EV_ONSITE);
	ck_assert_int_eq(name_index("exchange", evkind_names, EV__MAX),
	    EV_EXCHANGE);
	ck_assert_int_eq(name_index("现场会", evkind_names, EV__MAX), EV__MAX);
	ck_assert_int_eq(name_index("studio", lnkind_names, LT__MAX),
	    LT_STUDIO);
}
END_TEST

Suite *
suite_training(void)
{
	Suite	*s = suite_create("training");
	TCase	*tc = tcase_create("core");

	tcase_add_loop_test(tc, t_training_check, 0, NITEMS(dates));
	tcase_add_test(tc, t_ids_parse);
	tcase_add_test(tc, t_training_names);
	suite_add_tcase(s, tc);
	return s;
}
