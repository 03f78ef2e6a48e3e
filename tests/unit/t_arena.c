/*
 * t_arena.c: per-request memory (fcgi/arena.c).  Under AddressSanitizer
 * every allocation is written to its last byte, so an arena handing out
 * less than it was asked for, or two overlapping pieces, shows up.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extern.h"
#include "tests.h"

#define ALIGNED(p)	(((uintptr_t)(p) % _Alignof(max_align_t)) == 0)

/* Sizes allocated in turn; together they span many 64 KiB blocks. */
static const size_t sizes[] = {
	1, 2, 3, 7, 8, 15, 16, 17, 31, 100, 255, 1000, 4096, 10000, 65535,
};

START_TEST(t_arena_many)
{
	struct arena	*a = arena_new();
	enum { N = 3000 };
	unsigned char	*p[N];
	size_t		 i, j, sz;

	for (i = 0; i < N; i++) {
		sz = sizes[i % NITEMS(sizes)];
		p[i] = amalloc(a, sz);
		ck_assert_ptr_nonnull(p[i]);
		ck_assert(ALIGNED(p[i]));
		memset(p[i], (int)(i & 0xff), sz);
	}
	/* Nothing overwrote anything. */
	for (i = 0; i < N; i++) {
		sz = sizes[i % NITEMS(sizes)];
		for (j = 0; j < sz; j++)
			if (p[i][j] != (i & 0xff))
				ck_abort_msg("allocation %zu byte %zu changed",
				    i, j);
	}
	arena_free(a);
}
END_TEST

START_TEST(t_arena_zero)
{
	struct arena	*a = arena_new();
	void		*p, *q;

	p = amalloc(a, 0);
	q = amalloc(a, 0);
	ck_assert_ptr_nonnull(p);
	ck_assert_ptr_nonnull(q);
	ck_assert_ptr_ne(p, q);
	arena_free(a);
}
END_TEST

/* Allocations larger than a block, exactly a block, and around it. */
static const size_t large[] = {
	64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 100 * 1000, 1024 * 1024,
	8 * 1024 * 1024,
};

START_TEST(t_arena_large)
{
	struct arena	*a = arena_new();
	unsigned char	*small1, *big, *small2;
	size_t		 n = large[_i], i;

	small1 = amalloc(a, 100);
	memset(small1, 0x11, 100);
	big = amalloc(a, n);
	ck_assert(ALIGNED(big));
	memset(big, 0x22, n);
	small2 = amalloc(a, 100);
	memset(small2, 0x33, 100);
	for (i = 0; i < 100; i++) {
		ck_assert_uint_eq(small1[i], 0x11);
		ck_assert_uint_eq(small2[i], 0x33);
	}
	ck_assert_uint_eq(big[0], 0x22);
	ck_assert_uint_eq(big[n - 1], 0x22);
	arena_free(a);
}
END_TEST

/* A size that cannot be had is fatal, never a short block. */
static const size_t huge[] = {
	SIZE_MAX, SIZE_MAX - 1, SIZE_MAX - 15, SIZE_MAX / 2 + 1,
};

START_TEST(t_arena_huge)
{
	struct arena	*a = arena_new();

	amalloc(a, huge[_i]);
	/* Not reached: a failed check would exit 1 too, so say it apart. */
	fprintf(stderr, "amalloc(%zu) returned\n", huge[_i]);
	_exit(3);
}
END_TEST

START_TEST(t_arena_strings)
{
	struct arena	*a = arena_new();
	char		*src = exact_copy("hello", 5);	/* not terminated */
	char		*s;

	ck_assert_str_eq(astrndup(a, src, 5), "hello");
	ck_assert_str_eq(astrndup(a, src, 3), "hel");
	ck_assert_str_eq(astrndup(a, src, 0), "");
	free(src);
	ck_assert_str_eq(astrdup(a, "长春市总工会"), "长春市总工会");
	ck_assert_str_eq(astrdup(a, ""), "");
	ck_assert_ptr_null(astrdup(a, NULL));
	s = astrdup(a, "abc");
	s[0] = 'X';
	ck_assert_str_eq(s, "Xbc");
	arena_free(a);
}
END_TEST

START_TEST(t_arena_aprintf)
{
	struct arena	*a = arena_new();
	char		*s;
	size_t		 i;

	ck_assert_str_eq(aprintf(a, "%s", ""), "");
	ck_assert_str_eq(aprintf(a, "%d-%s-%lld", 42, "x", -7LL), "42-x--7");
	ck_assert_str_eq(aprintf(a, "不能超过 %zu 个字", (size_t)50),
	    "不能超过 50 个字");
	ck_assert_str_eq(aprintf(a, "%%"), "%");
	/* Larger than a block. */
	s = aprintf(a, "<%*s>", 100000, "x");
	ck_assert_uint_eq(strlen(s), 100002);
	ck_assert_int_eq(s[0], '<');
	ck_assert_int_eq(s[100000], 'x');
	ck_assert_int_eq(s[100001], '>');
	for (i = 1; i < 100000; i++)
		ck_assert_int_eq(s[i], ' ');
	arena_free(a);
}
END_TEST

/*
 * Reset gives the memory back and keeps the first block: the next
 * request starts where the first one did.
 */
START_TEST(t_arena_reset)
{
	struct arena	*a = arena_new();
	unsigned char	*first, *p;
	int		 round;
	size_t		 i;

	first = amalloc(a, 10);
	for (round = 0; round < 5; round++) {
		for (i = 0; i < 500; i++) {
			p = amalloc(a, 1000);
			memset(p, round, 1000);
		}
		p = amalloc(a, 200 * 1024);
		memset(p, round, 200 * 1024);
		arena_reset(a);
		p = amalloc(a, 10);
		ck_assert_ptr_eq(p, first);
		memset(p, 0, 10);
	}
	/* Reset of an arena that never grew, and twice in a row. */
	arena_reset(a);
	arena_reset(a);
	ck_assert_ptr_eq(amalloc(a, 1), first);
	arena_free(a);
	arena_free(NULL);
}
END_TEST

Suite *
suite_arena(void)
{
	Suite	*s = suite_create("arena");
	TCase	*tc;

	tc = tcase_create("arena");
	tcase_add_test(tc, t_arena_many);
	tcase_add_test(tc, t_arena_zero);
	tcase_add_loop_test(tc, t_arena_large, 0, NITEMS(large));
	if (forking())
		tcase_add_loop_exit_test(tc, t_arena_huge, 1, 0, NITEMS(huge));
	tcase_add_test(tc, t_arena_strings);
	tcase_add_test(tc, t_arena_aprintf);
	tcase_add_test(tc, t_arena_reset);
	suite_add_tcase(s, tc);
	return s;
}
