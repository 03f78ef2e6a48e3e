/*
 * t_ranking.c: the auditing unions' ranking (ranking_sort in ranking.c):
 * standard competition ranks (1, 2, 2, 4) by each column, either way;
 * the unions without a value in the column (no target, no filed sheet,
 * not filed) unranked and last; ties and those last in unit code order;
 * shares compared as fractions, not rounded.
 */
#include <stdint.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

/* Four unions; codes out of order, so that sorting shows. */
static void
four(struct rankunit *u)
{
	memset(u, 0, 4 * sizeof(*u));
	u[0].code = "D";
	u[1].code = "A";
	u[2].code = "C";
	u[3].code = "B";
}

static void
check(const struct rankunit *u, size_t n, const char *codes,
    const int64_t *ranks)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		ck_assert_msg(u[i].code[0] == codes[i], "row %zu is %s, not %c",
		    i, u[i].code, codes[i]);
		ck_assert_msg(u[i].rank == ranks[i], "row %zu (%s): rank %lld,"
		    " not %lld", i, u[i].code, (long long)u[i].rank,
		    (long long)ranks[i]);
	}
}

START_TEST(t_ranking_ties)
{
	struct rankunit	 u[4];
	const int64_t	 r1[] = { 1, 2, 2, 4 }, r2[] = { 1, 2, 2, 4 },
			 r3[] = { 1, 1, 1, 1 };

	four(u);
	u[0].spent = 500;	/* D */
	u[1].spent = 300;	/* A */
	u[2].spent = 900;	/* C */
	u[3].spent = 500;	/* B */
	ranking_sort(u, 4, RC_SPENT, 1);
	check(u, 4, "CBDA", r1);
	/* the other way: the smallest first, ties still in code order */
	ranking_sort(u, 4, RC_SPENT, 0);
	check(u, 4, "ABDC", r2);
	/* all equal: one rank, code order */
	four(u);
	ranking_sort(u, 4, RC_NAMED, 1);
	check(u, 4, "ABCD", r3);
}
END_TEST

START_TEST(t_ranking_shares)
{
	struct rankunit	 u[4];
	const int64_t	 r1[] = { 1, 1, 3, 0 }, r2[] = { 1, 2, 0, 0 },
			 r3[] = { 1, 2, 3, 0 };

	/* 优秀: 1 of 3 = 2 of 6 > 1 of 4; B has no filed sheet. */
	four(u);
	u[0].excellent = 1; u[0].filed_sheets = 3;	/* D */
	u[1].excellent = 2; u[1].filed_sheets = 6;	/* A */
	u[2].excellent = 1; u[2].filed_sheets = 4;	/* C */
	ranking_sort(u, 4, RC_EXCELLENT, 1);
	check(u, 4, "ADCB", r1);
	/* progress against a target: only A and C have one */
	four(u);
	u[1].named_total = 9; u[1].target = 10;		/* A: 90 % */
	u[2].named_total = 12; u[2].target = 15;	/* C: 80 % */
	u[0].named_total = 50;				/* D: no target */
	ranking_sort(u, 4, RC_PROGRESS, 1);
	check(u, 4, "ACBD", r2);
	/* filing: earliest first, late after on time, the unfiled last */
	four(u);
	u[0].filed = 1; u[0].days_late = -3;	/* D */
	u[1].filed = 1; u[1].days_late = 2;	/* A */
	u[2].filed = 1; u[2].days_late = -10;	/* C */
	ranking_sort(u, 4, RC_FILED, rankcol_desc(RC_FILED));
	check(u, 4, "CDAB", r3);
	/* fewer 不合格 ranks first by default */
	ck_assert_int_eq(rankcol_desc(RC_FAIL), 0);
	ck_assert_int_eq(rankcol_desc(RC_NAMED), 1);
}
END_TEST

START_TEST(t_ranking_names)
{
	ck_assert_int_eq(name_index("spent", rankcol_names, RC__MAX), RC_SPENT);
	ck_assert_int_eq(name_index("filed", rankcol_names, RC__MAX), RC_FILED);
	ck_assert_int_eq(name_index("rank", rankcol_names, RC__MAX), RC__MAX);
	/* nothing to sort: no harm */
	ranking_sort(NULL, 0, RC_NAMED, 1);
}
END_TEST

Suite *
suite_ranking(void)
{
	Suite	*s = suite_create("ranking");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, t_ranking_ties);
	tcase_add_test(tc, t_ranking_shares);
	tcase_add_test(tc, t_ranking_names);
	suite_add_tcase(s, tc);
	return s;
}
