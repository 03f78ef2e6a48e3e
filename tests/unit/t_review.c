/*
 * t_review.c: the status machine of the review, the official naming
 * number, and the application form table against its SQL statements.
 */
#include <stdlib.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

/*
 * The whole matrix, written out independently of h_review.c: for each
 * status and action, the stage that may take it and the status it leads
 * to, or -1 where the action is not allowed at all.
 */
static const struct {
	enum astatus	 from;
	enum action	 act;
	int		 stage;
	int		 to;
} matrix[] = {
	{ ST_DRAFT, ACT_RECOMMEND, STAGE_BASE, ST_RECOMMENDED },
	{ ST_DRAFT, ACT_APPROVE, -1, -1 },
	{ ST_DRAFT, ACT_RETURN, -1, -1 },
	{ ST_DRAFT, ACT_NAME, -1, -1 },
	{ ST_DRAFT, ACT_REJECT, -1, -1 },
	{ ST_DRAFT, ACT_WITHDRAW, STAGE_BASE, ST_WITHDRAWN },
	{ ST_RECOMMENDED, ACT_RECOMMEND, -1, -1 },
	{ ST_RECOMMENDED, ACT_APPROVE, STAGE_DISTRICT, ST_AUDITED },
	{ ST_RECOMMENDED, ACT_RETURN, STAGE_DISTRICT, ST_RETURNED },
	{ ST_RECOMMENDED, ACT_NAME, -1, -1 },
	{ ST_RECOMMENDED, ACT_REJECT, STAGE_DISTRICT, ST_REJECTED },
	{ ST_RECOMMENDED, ACT_WITHDRAW, STAGE_BASE, ST_WITHDRAWN },
	{ ST_AUDITED, ACT_RECOMMEND, -1, -1 },
	{ ST_AUDITED, ACT_APPROVE, -1, -1 },
	{ ST_AUDITED, ACT_RETURN, STAGE_CITY, ST_RETURNED },
	{ ST_AUDITED, ACT_NAME, STAGE_CITY, ST_NAMED },
	{ ST_AUDITED, ACT_REJECT, STAGE_CITY, ST_REJECTED },
	{ ST_AUDITED, ACT_WITHDRAW, -1, -1 },
	{ ST_RETURNED, ACT_RECOMMEND, STAGE_BASE, ST_RECOMMENDED },
	{ ST_RETURNED, ACT_APPROVE, -1, -1 },
	{ ST_RETURNED, ACT_RETURN, -1, -1 },
	{ ST_RETURNED, ACT_NAME, -1, -1 },
	{ ST_RETURNED, ACT_REJECT, -1, -1 },
	{ ST_RETURNED, ACT_WITHDRAW, STAGE_BASE, ST_WITHDRAWN },
};

/* Statuses where no action of the review applies any more. */
static const enum astatus final[] = {
	ST_NAMED, ST_REJECTED, ST_WITHDRAWN, ST_REVOKED, ST_UPGRADED,
};

START_TEST(test_matrix)
{
	enum stage	 st;
	enum astatus	 to;
	int		 ok;

	ok = review_next(matrix[_i].from, matrix[_i].act, &st, &to);
	if (matrix[_i].stage < 0) {
		ck_assert_msg(!ok, "%s --%s--> should be refused",
		    astatus_names[matrix[_i].from],
		    action_names[matrix[_i].act]);
		return;
	}
	ck_assert_msg(ok, "%s --%s--> should be allowed",
	    astatus_names[matrix[_i].from], action_names[matrix[_i].act]);
	ck_assert_int_eq(st, matrix[_i].stage);
	ck_assert_int_eq(to, matrix[_i].to);
}
END_TEST

START_TEST(test_final)
{
	enum stage	 st;
	enum astatus	 to;
	int		 a;

	for (a = 0; a < ACT__MAX; a++)
		ck_assert_msg(!review_next(final[_i], (enum action)a, &st,
		    &to), "%s allows %s", astatus_names[final[_i]],
		    action_names[a]);
}
END_TEST

START_TEST(test_actor)
{
	struct who	 base = { .unit_id = 32, .kind = KIND_BASE };
	struct who	 other = { .unit_id = 33, .kind = KIND_BASE };
	struct who	 dist = { .unit_id = 2, .kind = KIND_DISTRICT };
	struct who	 dist2 = { .unit_id = 3, .kind = KIND_DISTRICT };
	struct who	 ind = { .unit_id = 25, .kind = KIND_INDUSTRY };
	struct who	 city = { .unit_id = 1, .kind = KIND_CITY };

	ck_assert(review_actor(&base, STAGE_BASE, 32, 2));
	ck_assert(!review_actor(&other, STAGE_BASE, 32, 2));
	ck_assert(!review_actor(&dist, STAGE_BASE, 32, 2));
	ck_assert(!review_actor(&city, STAGE_BASE, 32, 2));
	ck_assert(review_actor(&dist, STAGE_DISTRICT, 32, 2));
	ck_assert(!review_actor(&dist2, STAGE_DISTRICT, 32, 2));
	ck_assert(review_actor(&ind, STAGE_DISTRICT, 40, 25));
	ck_assert(!review_actor(&base, STAGE_DISTRICT, 32, 2));
	ck_assert(!review_actor(&city, STAGE_DISTRICT, 32, 2));
	ck_assert(review_actor(&city, STAGE_CITY, 32, 2));
	ck_assert(!review_actor(&dist, STAGE_CITY, 32, 2));
	ck_assert(!review_actor(&base, STAGE_CITY, 32, 2));
	ck_assert(!review_actor(NULL, STAGE_CITY, 32, 2));
}
END_TEST

START_TEST(test_names)
{
	int	 i;

	for (i = 0; i < ST__MAX; i++)
		ck_assert_int_eq(astatus_parse(astatus_names[i]), i);
	for (i = 0; i < ACT__MAX; i++)
		ck_assert_int_eq(action_parse(action_names[i]), i);
	ck_assert_int_eq(astatus_parse("Draft"), ST__MAX);
	ck_assert_int_eq(astatus_parse(""), ST__MAX);
	ck_assert_int_eq(astatus_parse(NULL), ST__MAX);
	ck_assert_int_eq(action_parse("approve "), ACT__MAX);
	ck_assert_int_eq(action_parse(NULL), ACT__MAX);
}
END_TEST

static const struct {
	const char	*pattern;
	int		 year;
	long long	 seq;
	const char	*want;
} numbers[] = {
	{ "长工创命〔%Y〕%N号", 2023, 1, "长工创命〔2023〕001号" },
	{ "长工创命〔%Y〕%N号", 2026, 42, "长工创命〔2026〕042号" },
	{ "长工创命〔%Y〕%N号", 2026, 1234, "长工创命〔2026〕1234号" },
	{ "CC-%Y-%N", 2024, 7, "CC-2024-007" },
	{ "100%% %N", 2024, 7, "100% 007" },
	{ "%x%Y", 2024, 7, "%x2024" },
	{ "no number", 2024, 7, "no number" },
	{ "%", 2024, 7, "%" },
};

START_TEST(test_naming_number)
{
	struct arena	*a = arena_new();

	ck_assert_str_eq(naming_number(a, numbers[_i].pattern,
	    numbers[_i].year, numbers[_i].seq), numbers[_i].want);
	arena_free(a);
}
END_TEST

/*
 * The form table binds by position: the statements (made from the same
 * list, forms.h) must name the columns in the table's order, and take
 * one argument per field besides their own.
 */
static void
columns_in_order(enum stmt s, const char *suffix)
{
	const char	*p = stmts[s], *hit;
	char		 needle[96];
	size_t		 i;

	for (i = 0; i < app_nfields(); i++) {
		snprintf(needle, sizeof(needle), "%s%s",
		    app_field_column(i), suffix);
		hit = strstr(p, needle);
		ck_assert_msg(hit != NULL, "statement %d: %s missing or out "
		    "of order (field %s)", s, needle, app_field_name(i));
		p = hit + strlen(needle);
	}
}

/* The number of ? of a statement. */
static size_t
placeholders(enum stmt s)
{
	const char	*p;
	size_t		 n = 0;

	for (p = stmts[s]; *p != '\0'; p++)
		if (*p == '?')
			n++;
	return n;
}

START_TEST(test_form_columns)
{
	size_t	 i, j;

	ck_assert_uint_eq(app_nfields(), 33);
	for (i = 0; i < app_nfields(); i++)
		for (j = i + 1; j < app_nfields(); j++) {
			ck_assert_str_ne(app_field_name(i), app_field_name(j));
			ck_assert_str_ne(app_field_column(i),
			    app_field_column(j));
		}
	columns_in_order(STMT_APP_INSERT, "");
	columns_in_order(STMT_APP_UPDATE, " = ?");
	columns_in_order(STMT_APP_GET, "");
	/* base union and path; id and version */
	ck_assert_uint_eq(placeholders(STMT_APP_INSERT), app_nfields() + 2);
	ck_assert_uint_eq(placeholders(STMT_APP_UPDATE), app_nfields() + 2);
	ck_assert_uint_eq(placeholders(STMT_APP_GET), 1);
	ck_assert_ptr_null(app_field_name(app_nfields()));
}
END_TEST

Suite *
suite_review(void)
{
	Suite	*s = suite_create("review");
	TCase	*tc = tcase_create("review");

	tcase_add_loop_test(tc, test_matrix, 0, NITEMS(matrix));
	tcase_add_loop_test(tc, test_final, 0, NITEMS(final));
	tcase_add_test(tc, test_actor);
	tcase_add_test(tc, test_names);
	tcase_add_loop_test(tc, test_naming_number, 0, NITEMS(numbers));
	tcase_add_test(tc, test_form_columns);
	suite_add_tcase(s, tc);
	return s;
}
