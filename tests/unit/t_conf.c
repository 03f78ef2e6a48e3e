/*
 * t_conf.c: the configuration file (fcgi/conf.c), written to temporary
 * files: defaults, every option, comments, refusals, and the secret.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extern.h"
#include "tests.h"

/* Load text as a configuration file; the file is removed again. */
static enum err
load(const char *text, struct conf *c, int need_secret)
{
	char		*path = tmpfile_with(text);
	enum err	 e;

	e = conf_load(path, c, need_secret);
	unlink(path);
	free(path);
	return e;
}

START_TEST(t_conf_defaults)
{
	struct conf	 c;

	ck_assert_int_eq(load("", &c, 0), E_OK);
	ck_assert_str_eq(c.socket, "/run/studio/studio.sock");
	ck_assert_uint_eq(c.socket_mode, 0660);
	ck_assert_int_eq(c.workers, 4);
	ck_assert_int_eq(c.max_requests, 10000);
	ck_assert_str_eq(c.user, "");
	ck_assert_str_eq(c.group, "");
	ck_assert_str_eq(c.pidfile, "");
	ck_assert_str_eq(c.db_socket, "/run/mysqld/mysqld.sock");
	ck_assert_str_eq(c.db_host, "");
	ck_assert_int_eq(c.db_port, 3306);
	ck_assert_str_eq(c.db_user, "studio");
	ck_assert_str_eq(c.db_password, "");
	ck_assert_str_eq(c.db_name, "studio");
	ck_assert_str_eq(c.xslt_dir, "/usr/local/share/studio/xslt");
	ck_assert_str_eq(c.sql_dir, "/usr/local/share/studio/sql");
	ck_assert_str_eq(c.secret_file, "/etc/studio/secret");
	ck_assert_uint_eq(c.max_body, 1048576);
	ck_assert_str_eq(c.origin, "");
	ck_assert_str_eq(c.log_file, "");
	ck_assert_int_eq(c.log_level, LOG_LVL_INFO);
	ck_assert_str_eq(c.naming_pattern, "长工创命〔%Y〕%N号");
	ck_assert_int_eq(c.slow_ms, 1000);
	ck_assert_uint_eq(c.secretlen, 0);
	conf_free(&c);
	ck_assert_ptr_null(c.socket);
	ck_assert_ptr_null(c.naming_pattern);
}
END_TEST

START_TEST(t_conf_every_option)
{
	struct conf	 c;
	const char	*text =
	    "# studio test configuration\n"
	    "\n"
	    "socket = /tmp/studio.sock\n"
	    "socket_mode = 0600\n"
	    "workers = 8\n"
	    "max_requests = 500\n"
	    "user = www-data\n"
	    "group = studio\n"
	    "pidfile = /run/studio.pid\n"
	    "db_socket = /tmp/mysqld.sock\n"
	    "db_host = 127.0.0.1\n"
	    "db_port = 3307\n"
	    "db_user = tester\n"
	    "db_password = p=w#rd and more\n"
	    "db_name = studio_test\n"
	    "xslt_dir = /srv/xslt\n"
	    "sql_dir = /srv/sql\n"
	    "secret_file = /nonexistent/secret\n"
	    "max_body = 2048\n"
	    "origin = https://studio.example:19443\n"
	    "log_file = /var/log/studio.log\n"
	    "log_level = debug\n"
	    "naming_pattern = 长工创字〔%Y〕第%N号\n"
	    "slow_ms = 250\n";

	ck_assert_int_eq(load(text, &c, 0), E_OK);
	ck_assert_str_eq(c.socket, "/tmp/studio.sock");
	ck_assert_uint_eq(c.socket_mode, 0600);
	ck_assert_int_eq(c.workers, 8);
	ck_assert_int_eq(c.max_requests, 500);
	ck_assert_str_eq(c.user, "www-data");
	ck_assert_str_eq(c.group, "studio");
	ck_assert_str_eq(c.pidfile, "/run/studio.pid");
	ck_assert_str_eq(c.db_socket, "/tmp/mysqld.sock");
	ck_assert_str_eq(c.db_host, "127.0.0.1");
	ck_assert_int_eq(c.db_port, 3307);
	ck_assert_str_eq(c.db_user, "tester");
	ck_assert_str_eq(c.db_password, "p=w#rd and more");
	ck_assert_str_eq(c.db_name, "studio_test");
	ck_assert_str_eq(c.xslt_dir, "/srv/xslt");
	ck_assert_str_eq(c.sql_dir, "/srv/sql");
	ck_assert_str_eq(c.secret_file, "/nonexistent/secret");
	ck_assert_uint_eq(c.max_body, 2048);
	ck_assert_str_eq(c.origin, "https://studio.example:19443");
	ck_assert_str_eq(c.log_file, "/var/log/studio.log");
	ck_assert_int_eq(c.log_level, LOG_LVL_DEBUG);
	ck_assert_str_eq(c.naming_pattern, "长工创字〔%Y〕第%N号");
	ck_assert_int_eq(c.slow_ms, 250);
	conf_free(&c);
}
END_TEST

/* Layout that is accepted, and what it yields. */
START_TEST(t_conf_layout)
{
	struct conf	 c;
	const char	*text =
	    "   # indented comment\n"
	    "\t\n"
	    "#workers = 99\n"
	    "  workers\t=\t2  \r\n"
	    "log_level=warn\n"
	    "socket =\n"
	    "user = first\n"
	    "user = second\n"
	    "db_password = \"quoted\"\n"
	    "origin = https://a.example # not a comment\n"
	    "max_body = 1024";		/* no final newline */

	ck_assert_int_eq(load(text, &c, 0), E_OK);
	ck_assert_int_eq(c.workers, 2);
	ck_assert_int_eq(c.log_level, LOG_LVL_WARN);
	ck_assert_str_eq(c.socket, "");
	ck_assert_str_eq(c.user, "second");
	ck_assert_str_eq(c.db_password, "\"quoted\"");
	ck_assert_str_eq(c.origin, "https://a.example # not a comment");
	ck_assert_uint_eq(c.max_body, 1024);
	conf_free(&c);
}
END_TEST

static const struct {
	const char	*name;
	const char	*text;
} bad_cases[] = {
	{ "unknown key", "colour = blue\n" },
	{ "key in other case", "Workers = 4\n" },
	{ "misspelt key", "worker = 4\n" },
	{ "no =", "workers 4\n" },
	{ "empty key", "= 4\n" },
	{ "not a number", "workers = four\n" },
	{ "number with junk", "workers = 4x\n" },
	{ "empty number", "workers =\n" },
	{ "space inside number", "workers = 4 4\n" },
	{ "negative", "max_requests = -1\n" },
	{ "fraction", "max_body = 2048.5\n" },
	{ "hexadecimal", "db_port = 0x10\n" },
	{ "port too large", "db_port = 70000\n" },
	{ "number overflow", "max_requests = 99999999999999999999\n" },
	{ "workers zero", "workers = 0\n" },
	{ "too many workers", "workers = 257\n" },
	{ "max_body below 1024", "max_body = 1023\n" },
	{ "mode not octal", "socket_mode = 0999\n" },
	{ "mode too large", "socket_mode = 01000\n" },
	{ "unknown log level", "log_level = verbose\n" },
	{ "slow_ms negative", "slow_ms = -1\n" },
	{ "slow_ms over an hour", "slow_ms = 3600001\n" },
	{ "slow_ms with a unit", "slow_ms = 1s\n" },
	{ "log level in capitals", "log_level = INFO\n" },
	{ "bad line after good ones", "workers = 2\nuser = x\nfoo\n" },
};

START_TEST(t_conf_bad)
{
	struct conf	 c;

	ck_assert_msg(load(bad_cases[_i].text, &c, 0) == E_CONF,
	    "%s: accepted", bad_cases[_i].name);
	conf_free(&c);
}
END_TEST

START_TEST(t_conf_long_line)
{
	struct conf	 c;
	char		*text = malloc(5000);

	strcpy(text, "origin = ");
	memset(text + 9, 'a', 4000);
	strcpy(text + 4009, "\n");
	ck_assert_int_eq(load(text, &c, 0), E_CONF);
	conf_free(&c);
	free(text);
}
END_TEST

START_TEST(t_conf_missing)
{
	struct conf	 c;

	ck_assert_int_eq(conf_load("/nonexistent/studio.conf", &c, 0), E_CONF);
	conf_free(&c);
}
END_TEST

/* ---------------------------------------------------------- the secret */

#define HEX64	"000102030405060708090a0b0c0d0e0f" \
		"101112131415161718191a1b1c1d1e1f"

static const struct {
	const char	*name;
	const char	*secret;	/* NULL: no file */
	size_t		 len;		/* bytes of secret, 0: refused */
} secret_cases[] = {
	{ "64 hex digits", HEX64, 32 },
	{ "with newline", HEX64 "\n", 32 },
	{ "with spaces around", "  " HEX64 " \n\n", 32 },
	{ "upper case", "000102030405060708090A0B0C0D0E0F"
	  "101112131415161718191A1B1C1D1E1F", 32 },
	{ "128 hex digits", HEX64 HEX64, 64 },
	{ "66 hex digits", HEX64 "ff", 33 },

	{ "no file", NULL, 0 },
	{ "empty", "", 0 },
	{ "62 hex digits", "000102030405060708090a0b0c0d0e0f"
	  "101112131415161718191a1b1c1d1e", 0 },
	{ "63 hex digits", "000102030405060708090a0b0c0d0e0f"
	  "101112131415161718191a1b1c1d1e1", 0 },
	{ "65 hex digits", HEX64 "f", 0 },
	{ "130 hex digits", HEX64 HEX64 "00", 0 },
	{ "not hex", "zz0102030405060708090a0b0c0d0e0f"
	  "101112131415161718191a1b1c1d1e1f", 0 },
	{ "not hex at the end", "000102030405060708090a0b0c0d0e0f"
	  "101112131415161718191a1b1c1d1e1g", 0 },
	{ "space inside", "000102030405060708090a0b0c0d0e0 "
	  "101112131415161718191a1b1c1d1e1f", 0 },
	{ "0x prefix", "0x0102030405060708090a0b0c0d0e0f"
	  "101112131415161718191a1b1c1d1e1f", 0 },
	{ "two lines", "000102030405060708090a0b0c0d0e0\n"
	  "101112131415161718191a1b1c1d1e1f", 0 },
	{ "sign", "+102030405060708090a0b0c0d0e0f"
	  "101112131415161718191a1b1c1d1e1f00", 0 },
};

START_TEST(t_conf_secret)
{
	struct conf	 c;
	char		*spath = NULL, *kpath, *text;
	enum err	 e;
	size_t		 i;

	/* The audit key, read with the secret (t_audit.c tests it). */
	kpath = tmpfile_with("a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5"
	    "a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5\n");
	if (secret_cases[_i].secret != NULL)
		spath = tmpfile_with(secret_cases[_i].secret);
	ck_assert_int_ne(asprintf(&text, "secret_file = %s\n"
	    "audit_key_file = %s\n",
	    spath != NULL ? spath : "/nonexistent/secret", kpath), -1);
	e = load(text, &c, 1);
	if (secret_cases[_i].len > 0) {
		ck_assert_msg(e == E_OK, "%s: refused", secret_cases[_i].name);
		ck_assert_uint_eq(c.secretlen, secret_cases[_i].len);
		for (i = 0; i < 32; i++)
			ck_assert_uint_eq(c.secret[i], i);
	} else
		ck_assert_msg(e == E_CONF, "%s: accepted",
		    secret_cases[_i].name);
	/* Without need_secret the file is not read at all. */
	conf_free(&c);
	ck_assert_int_eq(load(text, &c, 0), E_OK);
	ck_assert_uint_eq(c.secretlen, 0);
	conf_free(&c);
	ck_assert_uint_eq(c.secret[0], 0);
	if (spath != NULL)
		unlink(spath);
	unlink(kpath);
	free(spath);
	free(kpath);
	free(text);
}
END_TEST

Suite *
suite_conf(void)
{
	Suite	*s = suite_create("conf");
	TCase	*tc;

	tc = tcase_create("conf_load");
	tcase_add_test(tc, t_conf_defaults);
	tcase_add_test(tc, t_conf_every_option);
	tcase_add_test(tc, t_conf_layout);
	tcase_add_loop_test(tc, t_conf_bad, 0, NITEMS(bad_cases));
	tcase_add_test(tc, t_conf_long_line);
	tcase_add_test(tc, t_conf_missing);
	suite_add_tcase(s, tc);

	tc = tcase_create("secret");
	tcase_add_loop_test(tc, t_conf_secret, 0, NITEMS(secret_cases));
	suite_add_tcase(s, tc);
	return s;
}
