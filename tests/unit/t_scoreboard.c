/*
 * t_scoreboard.c: the pool's counters (fcgi/scoreboard.c) as the master
 * and its workers write them and the status page reads them: a fork
 * writes into the same pages, the totals add up, a worker's slot shows
 * its state, a crash and a recycle are told apart, and the breaker's
 * hold is kept.  The public version: a worker's public write shows in
 * every worker's next tag, the database's figure holds for a second.
 */
#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "extern.h"
#include "tests.h"

static struct conf	 c = { .workers = 3, .slow_ms = 500,
			    .max_requests = 100 };

START_TEST(t_sb_before_init)
{
	struct sbview	 v;
	struct sbworker	 w[4];
	char		 pv[64];
	size_t		 n = 9;

	/* studioctl, the unit tests: no scoreboard, nothing happens. */
	if (!forking())
		return;
	sb_public_read(3);
	sb_public_changed();
	ck_assert_int_eq(sb_public_version(pv, sizeof(pv)), -1);
	sb_begin(0);
	sb_end(0, 1, 10, 1, SBDB_UP);
	ck_assert_int_eq(sb_read(&v, w, 4, &n), -1);
	ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(t_sb_counts)
{
	struct sbview	 v;
	struct sbworker	 w[8];
	size_t		 n;
	pid_t		 pid;
	int		 st;

	ck_assert_int_eq(sb_init(&c), 0);
	sb_spawned(0, 1001, 0, 0);
	sb_spawned(1, 1002, 0, 0);
	sb_spawned(5, 1003, 0, 1);
	/* A worker writes from a child process: the master sees it. */
	if ((pid = fork()) == 0) {
		sb_begin(1);
		sb_end(1, PAGE_STUDIOS, 20, 0, SBDB_UP);
		sb_begin(1);
		sb_end(1, PAGE_STUDIO, 700, 1, SBDB_UP);
		sb_begin(5);
		sb_end(5, PAGE_HOME, 5, 0, SBDB_DOWN);
		sb_begin(0);	/* still serving */
		_exit(0);
	}
	ck_assert_int_gt(pid, 0);
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert_int_eq(sb_read(&v, w, 8, &n), 0);
	ck_assert_uint_eq(n, 3);
	ck_assert_int_eq(v.workers, 3);
	ck_assert_int_eq(v.slow_ms, 500);
	ck_assert_int_eq(v.max_requests, 100);
	ck_assert_uint_eq(v.requests, 3);
	ck_assert_uint_eq(v.slow, 1);
	ck_assert_uint_eq(v.duration_ms, 725);
	ck_assert_int_eq(v.busy, 1);
	ck_assert_int_eq(v.idle, 2);
	ck_assert_int_eq(v.db_up, 1);
	ck_assert_int_eq(v.db_down, 1);
	ck_assert_uint_eq(v.spawned, 3);
	ck_assert_uint_eq(v.respawned, 1);
	ck_assert_int_le(v.started, v.now);
	/* Slots in order: 0, 1, 5. */
	ck_assert_int_eq(w[0].pid, 1001);
	ck_assert_int_eq(w[0].busy, 1);
	ck_assert_int_eq(w[0].db, SBDB_UNKNOWN);
	ck_assert_int_eq(w[1].pid, 1002);
	ck_assert_uint_eq(w[1].requests, 2);
	ck_assert_int_eq(w[1].last_ms, 700);
	ck_assert_int_eq(w[1].page, PAGE_STUDIO);
	ck_assert_int_eq(w[2].db, SBDB_DOWN);
	ck_assert_int_eq(sb_find(1003), 5);
	ck_assert_int_eq(sb_find(4242), -1);

	/* A crash, a recycle, a worker of the image before a reload. */
	sb_gone(0, SBX_CRASH);
	sb_gone(1, SBX_RECYCLED);
	sb_adopted(7, 1007);
	sb_reloaded();
	sb_breaker(time(NULL) + 5, 1);
	ck_assert_int_eq(sb_read(&v, w, 8, &n), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(v.crashes, 1);
	ck_assert_uint_eq(v.recycled, 1);
	ck_assert_uint_eq(v.reloads, 1);
	ck_assert_uint_eq(v.trips, 1);
	ck_assert_int_gt(v.hold_until, v.now);
	ck_assert_int_eq(v.leaving, 1);
	ck_assert_int_eq(v.busy, 0);
	/* What was served stays counted. */
	ck_assert_uint_eq(v.requests, 3);
}
END_TEST

START_TEST(t_sb_public)
{
	char	 v[64], want[64], at0[64];
	int64_t	 end;
	pid_t	 pid;
	int	 st;

	/* Nothing read yet: the database is asked. */
	ck_assert_int_eq(sb_init(&c), 0);
	ck_assert_int_eq(sb_public_version(v, sizeof(v)), -1);
	sb_public_read(7);
	ck_assert_int_eq(sb_public_version(at0, sizeof(at0)), 0);
	ck_assert_ptr_nonnull(strstr(at0, ".7.0"));
	/* A worker's public write: the others' next version differs. */
	if ((pid = fork()) == 0) {
		sb_public_changed();
		_exit(0);
	}
	ck_assert_int_gt(pid, 0);
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert_int_eq(sb_public_version(v, sizeof(v)), 0);
	ck_assert_str_ne(v, at0);
	snprintf(want, sizeof(want), "%.*s.7.1",
	    (int)(strstr(at0, ".7.0") - at0), at0);
	ck_assert_str_eq(v, want);
	/* A worker dead by a signal may have committed one unseen. */
	sb_gone(3, SBX_CRASH);
	ck_assert_int_eq(sb_public_version(v, sizeof(v)), 0);
	ck_assert_str_ne(v, want);
	/* The database's figure is read again after a second. */
	end = sb_now_ms() + 10000;
	while (sb_public_version(v, sizeof(v)) == 0 && sb_now_ms() < end)
		usleep(20000);
	ck_assert_int_eq(sb_public_version(v, sizeof(v)), -1);
}
END_TEST

Suite *
suite_scoreboard(void)
{
	Suite	*s = suite_create("scoreboard");
	TCase	*tc = tcase_create("scoreboard");

	/* Each maps the scoreboard of its own process (check forks). */
	tcase_add_test(tc, t_sb_before_init);
	if (forking()) {
		tcase_add_test(tc, t_sb_counts);
		tcase_add_test(tc, t_sb_public);
	}
	suite_add_tcase(s, tc);
	return s;
}
