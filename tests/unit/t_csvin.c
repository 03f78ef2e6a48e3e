/*
 * t_csvin.c: the CSV reader of the import (fcgi/csvin.c).  Tables of
 * texts as Excel and other programs save them, each with the records and
 * fields it holds and the line each record starts on, or the error and
 * its line; the character set of UTF-8 with and without a byte order
 * mark and of GB18030; and what the writer of the exports (csv.c)
 * writes, read back.
 */
#include <stdlib.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

/*
 * A text and what it reads as: records separated by '|', fields by '^'
 * in want, each record prefixed by its line and ':' ("2:a^b|4:c");
 * or bad, the error's message, at line badline.
 */
static const struct {
	const char	*in;
	const char	*want;
	const char	*bad;
	size_t		 badline;
} cases[] = {
	{ "", "", NULL, 0 },
	{ "a,b,c", "1:a^b^c", NULL, 0 },
	{ "a,b,c\r\n", "1:a^b^c", NULL, 0 },
	{ "a,b\r\n1,2\r\n", "1:a^b|2:1^2", NULL, 0 },
	{ "a,b\n1,2\n", "1:a^b|2:1^2", NULL, 0 },
	{ "a,b\r1,2\r", "1:a^b|2:1^2", NULL, 0 },
	/* Blank lines are skipped, their lines counted. */
	{ "a\r\n\r\n\r\nb\r\n", "1:a|4:b", NULL, 0 },
	/* Empty fields, leading and trailing. */
	{ ",a,,\r\n", "1:^a^^", NULL, 0 },
	/* Quoted: commas, doubled quotes, line breaks of every kind. */
	{ "\"a,b\",c", "1:a,b^c", NULL, 0 },
	{ "\"say \"\"hi\"\"\",x", "1:say \"hi\"^x", NULL, 0 },
	{ "\"\"", "1:", NULL, 0 },
	{ "\"\"\"\"", "1:\"", NULL, 0 },
	{ "\"l1\r\nl2\",x\r\nnext", "1:l1\r\nl2^x|3:next", NULL, 0 },
	{ "\"l1\nl2\nl3\"\nnext", "1:l1\nl2\nl3|4:next", NULL, 0 },
	{ "\"l1\rl2\"\rnext", "1:l1\rl2|3:next", NULL, 0 },
	{ "a,\"\"\r\n", "1:a^", NULL, 0 },
	/* Chinese text, as it is. */
	{ "单位代码,单位名称\r\n220102,\"南关区总工会，一\"\r\n",
	  "1:单位代码^单位名称|2:220102^南关区总工会，一", NULL, 0 },
	/* Blanks are kept (the import trims them). */
	{ " a , b ", "1: a ^ b ", NULL, 0 },
	/* Malformed. */
	{ "\"open", NULL, "引号未闭合", 1 },
	{ "a\r\n\"open\r\nstill", NULL, "引号未闭合", 3 },
	{ "a\"b,c", NULL, "未加引号的内容中含有引号", 1 },
	{ "x\n\"a\"b", NULL, "引号后应为逗号或换行", 2 },
	{ "\"a\" ,b", NULL, "引号后应为逗号或换行", 1 },
};

/* The records of in as the table writes them, or NULL with *why, *line. */
static char *
readall(const char *in, size_t len, const char **why, size_t *line)
{
	struct arena	*a = arena_new();
	struct csvin	 c;
	char		**f, *out;
	size_t		 n, i, ln, cap = 64 + 4 * len, o = 0;
	int		 rc;

	out = malloc(cap);
	ck_assert_ptr_nonnull(out);
	out[0] = '\0';
	csvin_init(&c, in, len);
	while ((rc = csvin_next(&c, a, &f, &n, &ln)) == 1) {
		if (o > 0)
			out[o++] = '|';
		o += (size_t)snprintf(out + o, cap - o, "%zu:", ln);
		for (i = 0; i < n; i++)
			o += (size_t)snprintf(out + o, cap - o, "%s%s",
			    i > 0 ? "^" : "", f[i]);
	}
	if (rc < 0) {
		*why = c.why;
		*line = c.line;
		free(out);
		out = NULL;
	}
	arena_free(a);
	return out;
}

START_TEST(t_csvin_cases)
{
	const char	*in = cases[_i].in, *why = NULL;
	size_t		 len = strlen(in), line = 0;
	char		*copy = exact_copy(in, len), *got;

	got = readall(copy, len, &why, &line);
	if (cases[_i].want != NULL) {
		ck_assert_msg(got != NULL, "case %d: refused: %s", _i, why);
		ck_assert_str_eq(got, cases[_i].want);
	} else {
		ck_assert_msg(got == NULL, "case %d: read as %s", _i, got);
		ck_assert_str_eq(why, cases[_i].bad);
		ck_assert_uint_eq(line, cases[_i].badline);
	}
	free(got);
	free(copy);
}
END_TEST

/* A NUL byte is refused, quoted or not. */
START_TEST(t_csvin_nul)
{
	const char	*why = NULL;
	size_t		 line = 0;
	char		*got;

	got = readall("a,b\0c\n", 6, &why, &line);
	ck_assert_ptr_null(got);
	ck_assert_str_eq(why, "含有空字符");
	got = readall("x\n\"b\0c\"\n", 8, &why, &line);
	ck_assert_ptr_null(got);
	ck_assert_uint_eq(line, 2);
}
END_TEST

/* More fields than CSVIN_MAXFIELDS are refused; exactly that many pass. */
START_TEST(t_csvin_maxfields)
{
	char		 buf[2 * CSVIN_MAXFIELDS + 2];
	const char	*why = NULL;
	size_t		 i, line = 0;
	char		*got;

	for (i = 0; i < CSVIN_MAXFIELDS; i++) {
		buf[2 * i] = 'x';
		buf[2 * i + 1] = ',';
	}
	buf[2 * CSVIN_MAXFIELDS - 1] = '\0';
	got = readall(buf, strlen(buf), &why, &line);
	ck_assert_ptr_nonnull(got);
	free(got);
	buf[2 * CSVIN_MAXFIELDS - 1] = ',';
	buf[2 * CSVIN_MAXFIELDS] = 'x';
	buf[2 * CSVIN_MAXFIELDS + 1] = '\0';
	got = readall(buf, strlen(buf), &why, &line);
	ck_assert_ptr_null(got);
	ck_assert_str_eq(why, "一行的列数超过上限");
}
END_TEST

/* The byte order mark is dropped by both the reader and csvin_text. */
START_TEST(t_csvin_bom)
{
	const char	*in = "\xef\xbb\xbf" "代码,名称\r\n1,甲\r\n", *cs, *t;
	const char	*why = NULL;
	struct arena	*a = arena_new();
	size_t		 len = strlen(in), tl, line = 0;
	char		*got;

	got = readall(in, len, &why, &line);
	ck_assert_str_eq(got, "1:代码^名称|2:1^甲");
	free(got);
	t = csvin_text(a, in, len, &tl, &cs);
	ck_assert_str_eq(cs, "utf-8");
	ck_assert_uint_eq(tl, len - 3);
	ck_assert(memcmp(t, in + 3, tl) == 0);
	arena_free(a);
}
END_TEST

/* GB18030 (not valid UTF-8) is converted; UTF-8 is taken as it is. */
START_TEST(t_csvin_charset)
{
	/* "单位名称,长春" in GB18030, and a four-byte GB18030 character
	   (U+20000, 95 32 82 36) */
	static const char gb[] = "\xb5\xa5\xce\xbb\xc3\xfb\xb3\xc6,"
	    "\xb3\xa4\xb4\xba\x95\x32\x82\x36";
	static const char utf[] = "单位名称,长春\xf0\xa0\x80\x80";
	struct arena	*a = arena_new();
	const char	*cs, *t;
	size_t		 tl;

	t = csvin_text(a, gb, sizeof(gb) - 1, &tl, &cs);
	ck_assert_ptr_nonnull(t);
	ck_assert_str_eq(cs, "gb18030");
	ck_assert_uint_eq(tl, strlen(utf));
	ck_assert_str_eq(t, utf);
	t = csvin_text(a, utf, strlen(utf), &tl, &cs);
	ck_assert_str_eq(cs, "utf-8");
	ck_assert_ptr_eq(t, utf);
	/* Neither: a GB18030 lead byte at the end, cut short. */
	ck_assert_ptr_null(csvin_text(a, "\xb5", 1, &tl, &cs));
	arena_free(a);
}
END_TEST

/* What the exports write (csv_cell) reads back as it was. */
START_TEST(t_csvin_roundtrip)
{
	static const char *const cells[] = { "plain", "a,b", "say \"hi\"",
	    "l1\r\nl2", "", "长春，市", "\"" };
	struct csvbuf	 b = { NULL, 0, 0 };
	struct arena	*a = arena_new();
	struct csvin	 c;
	char		**f;
	size_t		 n, line, i;

	for (i = 0; i < NITEMS(cells); i++)
		csv_cell(&b, cells[i], strlen(cells[i]), i + 1 == NITEMS(cells));
	csvin_init(&c, b.p, b.len);
	ck_assert_int_eq(csvin_next(&c, a, &f, &n, &line), 1);
	ck_assert_uint_eq(n, NITEMS(cells));
	for (i = 0; i < NITEMS(cells); i++)
		ck_assert_str_eq(f[i], cells[i]);
	ck_assert_int_eq(csvin_next(&c, a, &f, &n, &line), 0);
	csvbuf_free(&b);
	arena_free(a);
}
END_TEST

Suite *
suite_csvin(void)
{
	Suite	*s = suite_create("csvin");
	TCase	*tc;

	tc = tcase_create("csvin_next");
	tcase_add_loop_test(tc, t_csvin_cases, 0, NITEMS(cases));
	tcase_add_test(tc, t_csvin_nul);
	tcase_add_test(tc, t_csvin_maxfields);
	tcase_add_test(tc, t_csvin_roundtrip);
	suite_add_tcase(s, tc);

	tc = tcase_create("csvin_text");
	tcase_add_test(tc, t_csvin_bom);
	tcase_add_test(tc, t_csvin_charset);
	suite_add_tcase(s, tc);
	return s;
}
