/*
 * t_search.c: the terms of Chinese text for the full-text index
 * (search.c): characters and pairs, Latin words, and the query of what a
 * user typed, where no operator or wildcard gets through.
 */
#include <string.h>

#include "extern.h"
#include "tests.h"

START_TEST(test_terms)
{
	struct arena	*a = arena_new();

	/* 焊接: U+710A U+63A5 */
	ck_assert_str_eq(search_terms(a, "焊接"),
	    "u0710a u063a5 b0710a063a5");
	ck_assert_str_eq(search_terms(a, "MIG焊"), "w3mig u0710a");
	ck_assert_str_eq(search_terms(a, "Ａ1，焊"), "w2a1 u0710a");
	ck_assert_str_eq(search_terms(a, ""), "");
	ck_assert_str_eq(search_terms(a, "%_*+-\"()"), "");
	arena_free(a);
}
END_TEST

START_TEST(test_query)
{
	struct arena	*a = arena_new();
	const char	*q;
	size_t		 i;

	ck_assert_str_eq(search_query(a, "焊接"), "+b0710a063a5");
	ck_assert_str_eq(search_query(a, "焊"), "+u0710a");
	ck_assert_str_eq(search_query(a, "焊 接"), "+u0710a +u063a5");
	ck_assert_str_eq(search_query(a, "MIG 焊接"), "+w3mig +b0710a063a5");
	/* wildcards and operators are no terms */
	ck_assert_str_eq(search_query(a, "%"), "");
	ck_assert_str_eq(search_query(a, "_%*"), "");
	ck_assert_str_eq(search_query(a, "焊%接"), "+u0710a +u063a5");
	/* the terms are bounded */
	q = search_query(a, "一二三四五六七八九十一二三四五六七八九十一二三四五");
	for (i = 0; *q != '\0'; q++)
		i += *q == '+';
	ck_assert_uint_eq(i, SEARCH_MAXTERMS);
	arena_free(a);
}
END_TEST

Suite *
suite_search(void)
{
	Suite	*s = suite_create("search");
	TCase	*tc = tcase_create("search");

	tcase_add_test(tc, test_terms);
	tcase_add_test(tc, test_query);
	suite_add_tcase(s, tc);
	return s;
}
