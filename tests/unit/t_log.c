/*
 * t_log.c: the log and the error table (fcgi/log.c).  Every error has a
 * text and an HTTP status; nothing logged can start a line of its own.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extern.h"
#include "tests.h"

static const struct {
	enum err	 e;
	int		 status;
} status_cases[] = {
	{ E_OK, 200 },
	{ E_NOMEM, 500 },
	{ E_SYS, 500 },
	{ E_CONF, 500 },
	{ E_DB, 500 },
	{ E_DBGONE, 503 },
	{ E_DEADLOCK, 503 },
	{ E_DUP, 409 },
	{ E_UTF8, 400 },
	{ E_NUL, 400 },
	{ E_TOOLONG, 400 },
	{ E_TOOBIG, 413 },
	{ E_SYNTAX, 400 },
	{ E_CERT, 400 },
	{ E_XML, 500 },
	{ E_XSLT, 500 },
	{ E_ABORT, 500 },
	{ E_NOTFOUND, 404 },
	{ E_FORBIDDEN, 403 },
	{ E_CONFLICT, 409 },
	{ E_INVALID, 400 },
};

START_TEST(t_err_status)
{
	ck_assert_int_eq(err_status(status_cases[_i].e),
	    status_cases[_i].status);
}
END_TEST

START_TEST(t_err_str)
{
	int	 i, j;

	/* The table above covers the whole enum. */
	ck_assert_uint_eq(NITEMS(status_cases), E__MAX);
	for (i = 0; i < E__MAX; i++) {
		ck_assert_ptr_nonnull(err_str((enum err)i));
		ck_assert_str_ne(err_str((enum err)i), "unknown error");
		for (j = 0; j < i; j++)
			ck_assert_str_ne(err_str((enum err)i),
			    err_str((enum err)j));
	}
	ck_assert_str_eq(err_str(E_OK), "success");
	ck_assert_str_eq(err_str(E__MAX), "unknown error");
}
END_TEST

/* Read the log file back. */
static char *
logged(const char *path)
{
	FILE	*f;
	char	*buf = calloc(1, 8192);

	ck_assert_ptr_nonnull(buf);
	f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	buf[fread(buf, 1, 8191, f)] = '\0';
	fclose(f);
	return buf;
}

static size_t
lines(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		if (*s == '\n')
			n++;
	return n;
}

START_TEST(t_log_file)
{
	char	*path = tmpfile_with(""), *text;

	ck_assert_int_eq(log_init(path, LOG_LVL_INFO, "unit-ident"), 0);
	log_warnx("forged\nline\r%s", "x\ny");
	log_info("info %d", 1);
	log_debug("debug is below the level");
	errno = ENOENT;
	log_warn("open %s", "/nonexistent");
	ck_assert_int_eq(errno, ENOENT);
	log_init("/dev/null", LOG_LVL_DEBUG, "unit-tests");

	text = logged(path);
	ck_assert_uint_eq(lines(text), 3);
	ck_assert_ptr_nonnull(strstr(text, "forged line x y\n"));
	ck_assert_ptr_nonnull(strstr(text, "unit-ident["));
	ck_assert_ptr_nonnull(strstr(text, "warning: forged"));
	ck_assert_ptr_nonnull(strstr(text, "info: info 1\n"));
	ck_assert_ptr_null(strstr(text, "debug"));
	ck_assert_ptr_nonnull(strstr(text, "open /nonexistent: "));
	ck_assert_ptr_nonnull(strstr(text, strerror(ENOENT)));
	free(text);
	unlink(path);
	free(path);
}
END_TEST

START_TEST(t_log_levels)
{
	char	*path = tmpfile_with(""), *text;

	ck_assert_int_eq(log_init(path, LOG_LVL_WARN, "x"), 0);
	log_info("hidden info");
	log_debug("hidden debug");
	log_warnx("shown");
	ck_assert_int_eq(log_init(path, LOG_LVL_DEBUG, "y"), 0);
	log_debug("debug %s", "shown");
	log_init("/dev/null", LOG_LVL_DEBUG, "unit-tests");

	text = logged(path);
	ck_assert_uint_eq(lines(text), 2);
	ck_assert_ptr_null(strstr(text, "hidden"));
	ck_assert_ptr_nonnull(strstr(text, " x["));
	ck_assert_ptr_nonnull(strstr(text, " y["));
	ck_assert_ptr_nonnull(strstr(text, "debug: debug shown\n"));
	free(text);
	unlink(path);
	free(path);
}
END_TEST

/* A long message is cut, still on one line; so is a long identity. */
START_TEST(t_log_long)
{
	char	*path = tmpfile_with(""), *text, *big;

	big = malloc(5000);
	memset(big, 'z', 4999);
	big[4999] = '\0';
	ck_assert_int_eq(log_init(path, LOG_LVL_INFO,
	    "an-identity-much-longer-than-thirty-one-characters"), 0);
	log_warnx("%s", big);
	log_init("/dev/null", LOG_LVL_DEBUG, "unit-tests");
	text = logged(path);
	ck_assert_uint_eq(lines(text), 1);
	ck_assert_ptr_nonnull(strstr(text, "an-identity-much-longer-than-th["));
	free(text);
	free(big);
	unlink(path);
	free(path);
}
END_TEST

START_TEST(t_log_bad_file)
{
	ck_assert_int_eq(log_init("/nonexistent/dir/studio.log", LOG_LVL_INFO,
	    "x"), -1);
	log_init("/dev/null", LOG_LVL_DEBUG, "unit-tests");
}
END_TEST

START_TEST(t_fatalx)
{
	fatalx("%s", "stop");
}
END_TEST

Suite *
suite_log(void)
{
	Suite	*s = suite_create("log");
	TCase	*tc;

	tc = tcase_create("errors");
	tcase_add_loop_test(tc, t_err_status, 0, NITEMS(status_cases));
	tcase_add_test(tc, t_err_str);
	suite_add_tcase(s, tc);

	tc = tcase_create("log");
	tcase_add_test(tc, t_log_file);
	tcase_add_test(tc, t_log_levels);
	tcase_add_test(tc, t_log_long);
	tcase_add_test(tc, t_log_bad_file);
	if (forking())
		tcase_add_exit_test(tc, t_fatalx, 1);
	suite_add_tcase(s, tc);
	return s;
}
