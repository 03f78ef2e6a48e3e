/*
 * t_assess.c: the annual assessment's arithmetic (assessment.c): the
 * grade of a total at the thresholds' edges, the cap on 优秀, the rule of
 * three failed years at its edges (a year missing, a pass between
 * failures, more than three), and money read in yuan (valid.c).
 */
#include <stdint.h>

#include "extern.h"
#include "tests.h"

START_TEST(test_grade)
{
	ck_assert_int_eq(grade_of(100, 90, 60), GR_EXCELLENT);
	ck_assert_int_eq(grade_of(90, 90, 60), GR_EXCELLENT);
	ck_assert_int_eq(grade_of(89, 90, 60), GR_PASS);
	ck_assert_int_eq(grade_of(60, 90, 60), GR_PASS);
	ck_assert_int_eq(grade_of(59, 90, 60), GR_FAIL);
	ck_assert_int_eq(grade_of(0, 90, 60), GR_FAIL);
	ck_assert_int_eq(grade_parse("excellent"), GR_EXCELLENT);
	ck_assert_int_eq(grade_parse("fail"), GR_FAIL);
	ck_assert_int_eq(grade_parse("优秀"), GR__MAX);
	ck_assert_int_eq(grade_parse(""), GR__MAX);
}
END_TEST

START_TEST(test_cap)
{
	/* rounded down: 30 % of 10 is 3, of 9 is 2, of 3 is 0 */
	ck_assert_int_eq(grade_cap(10, 30), 3);
	ck_assert_int_eq(grade_cap(9, 30), 2);
	ck_assert_int_eq(grade_cap(3, 30), 0);
	ck_assert_int_eq(grade_cap(0, 30), 0);
	ck_assert_int_eq(grade_cap(7, 100), 7);
	ck_assert_int_eq(grade_cap(7, 0), 0);
	/* no cap */
	ck_assert_int_eq(grade_cap(7, -1), 7);
}
END_TEST

#define Y(y, g)	{ (y), (g), (y) * 10 }

START_TEST(test_failed_years)
{
	static const struct yeargrade three[] = {
		Y(2026, GR_FAIL), Y(2025, GR_FAIL), Y(2024, GR_FAIL) };
	static const struct yeargrade two[] = {
		Y(2026, GR_FAIL), Y(2025, GR_FAIL) };
	/* a year without a filed sheet neither breaks nor counts */
	static const struct yeargrade gap[] = {
		Y(2026, GR_FAIL), Y(2024, GR_FAIL), Y(2023, GR_FAIL) };
	/* a pass between failures ends the count */
	static const struct yeargrade between[] = {
		Y(2026, GR_FAIL), Y(2025, GR_FAIL), Y(2024, GR_PASS),
		Y(2023, GR_FAIL), Y(2022, GR_FAIL) };
	/* the newest a pass: no proposal, whatever came before */
	static const struct yeargrade recovered[] = {
		Y(2026, GR_EXCELLENT), Y(2025, GR_FAIL), Y(2024, GR_FAIL),
		Y(2023, GR_FAIL) };
	/* four failures: the newest three are the basis */
	static const struct yeargrade four[] = {
		Y(2027, GR_FAIL), Y(2026, GR_FAIL), Y(2025, GR_FAIL),
		Y(2024, GR_FAIL) };
	size_t	 out[3];

	ck_assert_int_eq(failed_years(three, 3, out), 1);
	ck_assert_uint_eq(out[0], 0);
	ck_assert_uint_eq(out[2], 2);
	ck_assert_int_eq(failed_years(two, 2, out), 0);
	ck_assert_int_eq(failed_years(NULL, 0, out), 0);
	ck_assert_int_eq(failed_years(gap, 3, out), 1);
	ck_assert_int_eq(gap[out[2]].year, 2023);
	ck_assert_int_eq(failed_years(between, 5, out), 0);
	ck_assert_int_eq(failed_years(recovered, 4, out), 0);
	ck_assert_int_eq(failed_years(four, 4, out), 1);
	ck_assert_int_eq(four[out[0]].year, 2027);
	ck_assert_int_eq(four[out[2]].year, 2025);
}
END_TEST

START_TEST(test_money)
{
	int64_t	 v = -1;

	ck_assert_ptr_null(valid_money("12500", INT64_MAX, &v));
	ck_assert_int_eq(v, 1250000);
	ck_assert_ptr_null(valid_money(" 12500.5 ", INT64_MAX, &v));
	ck_assert_int_eq(v, 1250050);
	ck_assert_ptr_null(valid_money("0.05", INT64_MAX, &v));
	ck_assert_int_eq(v, 5);
	ck_assert_ptr_null(valid_money("0", INT64_MAX, &v));
	ck_assert_int_eq(v, 0);
	ck_assert_ptr_null(valid_money("100.00", 10000, &v));
	ck_assert_int_eq(v, 10000);
	ck_assert_ptr_nonnull(valid_money("100.01", 10000, &v));
	ck_assert_ptr_nonnull(valid_money("12.345", INT64_MAX, &v));
	ck_assert_ptr_nonnull(valid_money("-1", INT64_MAX, &v));
	ck_assert_ptr_nonnull(valid_money("1e3", INT64_MAX, &v));
	ck_assert_ptr_nonnull(valid_money(".5", INT64_MAX, &v));
	ck_assert_ptr_nonnull(valid_money("5.", INT64_MAX, &v));
	ck_assert_ptr_nonnull(valid_money("1.2.3", INT64_MAX, &v));
	ck_assert_ptr_nonnull(valid_money("", INT64_MAX, &v));
	ck_assert_ptr_nonnull(valid_money("１２", INT64_MAX, &v));
	ck_assert_ptr_nonnull(valid_money("99999999999999", INT64_MAX, &v));
}
END_TEST

Suite *
suite_assess(void)
{
	Suite	*s = suite_create("assess");
	TCase	*tc = tcase_create("assess");

	tcase_add_test(tc, test_grade);
	tcase_add_test(tc, test_cap);
	tcase_add_test(tc, test_failed_years);
	tcase_add_test(tc, test_money);
	suite_add_tcase(s, tc);
	return s;
}
