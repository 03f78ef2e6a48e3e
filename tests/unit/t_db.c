/*
 * t_db.c: what the database layer (fcgi/db.c) makes of a server's
 * errors.  A Galera certification conflict arrives as a deadlock and is
 * retried whole, at COMMIT too; a node that is gone or not ready is a
 * lost connection, retried on another node unless COMMIT was sent; the
 * nodes of db_sockets are tried in turn.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include "extern.h"
#include "tests.h"

static const struct {
	unsigned	 no;
	enum err	 e;
} classify_cases[] = {
	{ 0, E_OK },
	{ CR_SERVER_GONE_ERROR, E_DBGONE },	/* 2006 */
	{ CR_SERVER_LOST, E_DBGONE },		/* 2013, a node killed */
	{ CR_CONNECTION_ERROR, E_DBGONE },	/* 2002, its socket dead */
	{ CR_CONN_HOST_ERROR, E_DBGONE },
	{ 2055, E_DBGONE },
	{ 4031, E_DBGONE },
	{ ER_CONNECTION_KILLED, E_DBGONE },	/* 1927 */
	{ ER_SERVER_SHUTDOWN, E_DBGONE },	/* 1053 */
	{ 1047, E_DBGONE },	/* WSREP has not yet prepared node */
	{ 1213, E_DEADLOCK },	/* deadlock, and Galera's conflicts */
	{ 1205, E_DEADLOCK },	/* lock wait timeout */
	{ 1062, E_DUP },
	{ 1064, E_DB },		/* syntax */
	{ 1146, E_DB },		/* no such table */
	{ 1142, E_DB },		/* command denied */
	{ 1180, E_DB },		/* error during COMMIT: outcome unknown */
};

START_TEST(t_db_classify)
{
	ck_assert_int_eq(db_classify(classify_cases[_i].no),
	    classify_cases[_i].e);
}
END_TEST

static const struct {
	enum err	 e;
	int		 at_commit;
	int		 again;
} again_cases[] = {
	{ E_DEADLOCK, 0, 1 },	/* a conflict while it ran */
	{ E_DEADLOCK, 1, 1 },	/* certification failed at COMMIT */
	{ E_DBGONE, 0, 1 },	/* node gone before COMMIT: another node */
	{ E_DBGONE, 1, 0 },	/* gone during COMMIT: it may be committed */
	{ E_DUP, 0, 0 },
	{ E_DUP, 1, 0 },
	{ E_DB, 0, 0 },
	{ E_DB, 1, 0 },
	{ E_CONFLICT, 0, 0 },
	{ E_NOTFOUND, 0, 0 },
	{ E_INVALID, 0, 0 },
};

START_TEST(t_db_txn_again)
{
	ck_assert_int_eq(db_txn_again(again_cases[_i].e,
	    again_cases[_i].at_commit), again_cases[_i].again);
}
END_TEST

/* A server's error number through classification and the retry rule. */
START_TEST(t_db_conflict_retried)
{
	/* MariaDB Galera: certification failure reported at COMMIT. */
	ck_assert(db_txn_again(db_classify(ER_LOCK_DEADLOCK), 1));
	/* A node killed under a transaction: run it again elsewhere. */
	ck_assert(db_txn_again(db_classify(CR_SERVER_LOST), 0));
	ck_assert(!db_txn_again(db_classify(CR_SERVER_LOST), 1));
	ck_assert(db_txn_again(db_classify(1047), 0));
	ck_assert(!db_txn_again(db_classify(ER_DUP_ENTRY), 0));
}
END_TEST

static int	 fn_calls;

static enum err
fn_count(void *arg)
{
	(void)arg;
	fn_calls++;
	return E_OK;
}

/*
 * Every node of db_sockets down: each is tried, the transaction is not
 * run and the caller gets E_DBGONE.
 */
START_TEST(t_db_nodes_down)
{
	struct conf	 c;
	struct db	*db;
	char		 dir[] = "/tmp/t_db.XXXXXX", list[256];
	unsigned	 home;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(list, sizeof(list), "%s/a.sock %s/b.sock,%s/c.sock",
	    dir, dir, dir);
	for (home = 0; home < 5; home++) {
		memset(&c, 0, sizeof(c));
		c.db_socket = "/nonexistent/mysqld.sock";
		c.db_host = "";
		c.db_user = "studio";
		c.db_password = "";
		c.db_name = "studio";
		c.db_sockets = list;
		fn_calls = 0;
		ck_assert_ptr_null(db_open_node(&c, 0, home));
		db = db_open_node(&c, DB_LAZY, home);
		ck_assert_ptr_nonnull(db);
		ck_assert_int_eq(db_txn(db, fn_count, NULL), E_DBGONE);
		ck_assert_int_eq(fn_calls, 0);
		ck_assert_int_eq(db_err(db), E_DBGONE);
		ck_assert_uint_eq(db_errno(db), CR_CONNECTION_ERROR);
		/* Tried from its own node on: the last is the one before. */
		ck_assert_uint_eq(db_node(db), (home + 2) % 3);
		db_close(db);
	}
	rmdir(dir);
}
END_TEST

START_TEST(t_db_sockets_conf)
{
	struct conf	 c;
	char		 path[] = "/tmp/t_db_conf.XXXXXX";
	const char	*text = "db_sockets = /run/a.sock /run/b.sock\n";
	int		 fd;

	ck_assert_int_ne(fd = mkstemp(path), -1);
	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	ck_assert_int_eq(conf_load(path, &c, 0), E_OK);
	ck_assert_str_eq(c.db_sockets, "/run/a.sock /run/b.sock");
	ck_assert_str_eq(c.db_socket, "/run/mysqld/mysqld.sock");
	conf_free(&c);
	ck_assert_int_ne(fd = open(path, O_WRONLY | O_TRUNC), -1);
	close(fd);
	ck_assert_int_eq(conf_load(path, &c, 0), E_OK);
	ck_assert_str_eq(c.db_sockets, "");
	conf_free(&c);
	unlink(path);
}
END_TEST

Suite *
suite_db(void)
{
	Suite	*s = suite_create("db");
	TCase	*tc;

	tc = tcase_create("errors");
	tcase_add_loop_test(tc, t_db_classify, 0, NITEMS(classify_cases));
	tcase_add_loop_test(tc, t_db_txn_again, 0, NITEMS(again_cases));
	tcase_add_test(tc, t_db_conflict_retried);
	suite_add_tcase(s, tc);

	tc = tcase_create("nodes");
	tcase_add_test(tc, t_db_nodes_down);
	tcase_add_test(tc, t_db_sockets_conf);
	suite_add_tcase(s, tc);
	return s;
}
