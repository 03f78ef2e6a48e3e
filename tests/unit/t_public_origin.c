/*
 * t_public_origin.c: the public_origin option (fcgi/conf.c), the origin
 * that the links leaving the public site are made with (Open Graph, the
 * Atom feed): a scheme, a host and a port, nothing after them.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extern.h"
#include "tests.h"

static const struct {
	const char	*value;
	int		 ok;
} cases[] = {
	{ "", 1 },
	{ "https://studio.example.org", 1 },
	{ "https://127.0.0.1:8443", 1 },
	{ "http://localhost:8080", 1 },
	{ "https://[::1]:8443", 1 },
	{ "https://studio.example.org/", 0 },
	{ "https://studio.example.org/public", 0 },
	{ "https://studio.example.org?x=1", 0 },
	{ "https://user@studio.example.org", 0 },
	{ "https://studio.example.org:", 0 },
	{ "https://studio.example.org:123456", 0 },
	{ "https://", 0 },
	{ "ftp://studio.example.org", 0 },
	{ "studio.example.org", 0 },
	{ "https://studio.example.org\"><script>", 0 },
	{ "https://[::1", 0 },
};

START_TEST(t_public_origin)
{
	struct conf	 c;
	char		*text, *path;
	enum err	 e;

	text = malloc(strlen(cases[_i].value) + 32);
	ck_assert_ptr_nonnull(text);
	strcpy(text, "public_origin = ");
	strcat(text, cases[_i].value);
	strcat(text, "\n");
	path = tmpfile_with(text);
	e = conf_load(path, &c, 0);
	unlink(path);
	free(path);
	free(text);
	ck_assert_msg((e == E_OK) == cases[_i].ok, "\"%s\": %s, want %s",
	    cases[_i].value, e == E_OK ? "accepted" : "refused",
	    cases[_i].ok ? "accepted" : "refused");
	if (e == E_OK)
		ck_assert_str_eq(c.public_origin, cases[_i].value);
	conf_free(&c);
	ck_assert_ptr_null(c.public_origin);
}
END_TEST

Suite *
suite_public_origin(void)
{
	Suite	*s = suite_create("public_origin");
	TCase	*tc = tcase_create("conf");

	tcase_add_loop_test(tc, t_public_origin, 0, NITEMS(cases));
	suite_add_tcase(s, tc);
	return s;
}
