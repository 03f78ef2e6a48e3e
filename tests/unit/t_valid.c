/*
 * t_valid.c: the validators (fcgi/valid.c).  Trimming, line ends, length
 * in characters, integers, unit codes and calendar dates.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

#define IDSP	"\xe3\x80\x80"	/* U+3000 ideographic space */

/* ---------------------------------------------------------- valid_text */

static const struct {
	const char	*name;
	const char	*in;
	size_t		 max;
	int		 multiline;
	const char	*out;	/* NULL: refused */
	const char	*msg;	/* expected message (NULL: any) */
} text_cases[] = {
	{ "plain", "abc", 10, 0, "abc", NULL },
	{ "Chinese", "职工创新工作室", 7, 0, "职工创新工作室", NULL },
	{ "empty", "", 10, 0, "", NULL },
	{ "only spaces", " \t ", 10, 0, "", NULL },
	{ "only ideographic spaces", IDSP IDSP, 10, 0, "", NULL },
	{ "ASCII spaces trimmed", "  abc  ", 10, 0, "abc", NULL },
	{ "tabs and line ends trimmed", "\t\r\n abc \r\n", 10, 0, "abc", NULL },
	{ "ideographic spaces trimmed", IDSP "标题" IDSP, 10, 0, "标题",
	  NULL },
	{ "mixed spaces trimmed", IDSP " " IDSP "x " IDSP " ", 10, 0, "x",
	  NULL },
	{ "inner spaces kept", " a b" IDSP "c ", 10, 0, "a b" IDSP "c",
	  NULL },
	{ "no-break space is not trimmed", "\xc2\xa0x", 10, 0, "\xc2\xa0x",
	  NULL },
	{ "tab inside a line", "a\tb", 10, 0, "a\tb", NULL },
	{ "CRLF to LF", "line1\r\nline2", 20, 1, "line1\nline2", NULL },
	{ "lone CR to LF", "a\rb", 10, 1, "a\nb", NULL },
	{ "blank line kept", "a\r\n\r\nb", 10, 1, "a\n\nb", NULL },
	{ "LF kept", "a\n\tb", 10, 1, "a\n\tb", NULL },
	{ "CRLF counts as one character", "a\r\nb", 3, 1, "a\nb", NULL },
	{ "trim before counting", "  " IDSP "长春" IDSP "  ", 2, 0, "长春",
	  NULL },
	{ "zero allowed, empty", " ", 0, 0, "", NULL },

	{ "single line refuses LF", "a\nb", 10, 0, NULL, "此项只能填写一行" },
	{ "single line refuses CRLF", "a\r\nb", 10, 0, NULL,
	  "此项只能填写一行" },
	{ "single line refuses CR", "a\rb", 10, 0, NULL, "此项只能填写一行" },
	{ "control character", "a\x01" "b", 10, 1, NULL,
	  "含有不允许的控制字符" },
	{ "escape", "a\x1b[0m", 10, 1, NULL, "含有不允许的控制字符" },
	{ "DEL", "a\x7f", 10, 1, NULL, "含有不允许的控制字符" },
	{ "overlong", "\xc0\x80", 10, 1, NULL, "含有无效的 UTF-8 字符" },
	{ "surrogate", "a\xed\xa0\x80", 10, 1, NULL,
	  "含有无效的 UTF-8 字符" },
	{ "truncated", "长\xe6\x98", 10, 1, NULL, "含有无效的 UTF-8 字符" },
	{ "zero allowed, one given", "a", 0, 0, NULL, "不能超过 0 个字" },
	{ "over by one", "abcd", 3, 0, NULL, "不能超过 3 个字" },
};

START_TEST(t_valid_text)
{
	struct arena	*a = arena_new();
	const char	*out = "unset", *msg;

	msg = valid_text(a, text_cases[_i].in, text_cases[_i].max,
	    text_cases[_i].multiline, &out);
	if (text_cases[_i].out != NULL) {
		ck_assert_msg(msg == NULL, "%s: refused: %s",
		    text_cases[_i].name, msg);
		ck_assert_msg(strcmp(out, text_cases[_i].out) == 0,
		    "%s: \"%s\"", text_cases[_i].name, out);
	} else {
		ck_assert_msg(msg != NULL, "%s: accepted as \"%s\"",
		    text_cases[_i].name, out);
		ck_assert_str_eq(out, "unset");
		if (text_cases[_i].msg != NULL)
			ck_assert_str_eq(msg, text_cases[_i].msg);
	}
	arena_free(a);
}
END_TEST

/*
 * The maximum counts characters, not bytes: 50 of them pass and 51 do not,
 * whether they take 1, 2, 3 or 4 bytes.
 */
static const char *const widths[] = {
	"a",			/* 1 byte */
	"\xc3\xa9",		/* é, 2 bytes */
	"创",			/* 3 bytes */
	"\xf0\x9f\x98\x80",	/* emoji, 4 bytes */
};

START_TEST(t_valid_text_length)
{
	struct arena	*a = arena_new();
	const char	*out, *msg;
	char		 buf[64 * 4 + 32];
	size_t		 n, i;

	for (n = 49; n <= 51; n++) {
		buf[0] = '\0';
		strcat(buf, IDSP);	/* trimmed: does not count */
		for (i = 0; i < n; i++)
			strcat(buf, widths[_i]);
		strcat(buf, " ");
		msg = valid_text(a, buf, 50, 0, &out);
		if (n <= 50) {
			ck_assert_msg(msg == NULL, "%zu x \"%s\" refused: %s",
			    n, widths[_i], msg);
			ck_assert_uint_eq(utf8_len(out), n);
			ck_assert_uint_eq(strlen(out), n * strlen(widths[_i]));
		} else {
			ck_assert_msg(msg != NULL, "%zu x \"%s\" accepted", n,
			    widths[_i]);
			ck_assert_str_eq(msg, "不能超过 50 个字");
		}
	}
	arena_free(a);
}
END_TEST

/* ----------------------------------------------------------- valid_int */

#define REFUSED		"数值超出允许范围"
#define NOTINT		"请填写整数"
#define EMPTY		"请填写数字"

static const struct {
	const char	*in;
	int64_t		 min, max;
	const char	*msg;	/* NULL: accepted */
	int64_t		 out;
} int_cases[] = {
	{ "0", 0, 10, NULL, 0 },
	{ "10", 0, 10, NULL, 10 },
	{ "7", 7, 7, NULL, 7 },
	{ "-1", -5, 5, NULL, -1 },
	{ "-5", -5, 5, NULL, -5 },
	{ "-0", 0, 0, NULL, 0 },
	{ "007", 0, 10, NULL, 7 },
	{ " 42 ", 0, 100, NULL, 42 },
	{ "\t7\n", 0, 10, NULL, 7 },
	{ "9223372036854775807", INT64_MIN, INT64_MAX, NULL, INT64_MAX },
	{ "-9223372036854775808", INT64_MIN, INT64_MAX, NULL, INT64_MIN },

	{ "11", 0, 10, REFUSED, 0 },
	{ "-1", 0, 10, REFUSED, 0 },
	{ "-6", -5, 5, REFUSED, 0 },
	{ "6", 7, 7, REFUSED, 0 },
	{ "8", 7, 7, REFUSED, 0 },
	{ "", 0, 10, EMPTY, 0 },
	{ "   ", 0, 10, EMPTY, 0 },
	{ "+5", 0, 10, NOTINT, 0 },
	{ "-", 0, 10, NOTINT, 0 },
	{ "--1", -5, 5, NOTINT, 0 },
	{ "- 1", -5, 5, NOTINT, 0 },
	{ "1-", 0, 10, NOTINT, 0 },
	{ "1 2", 0, 100, NOTINT, 0 },
	{ "1.0", 0, 10, NOTINT, 0 },
	{ "1,000", 0, 10000, NOTINT, 0 },
	{ "1e3", 0, 10000, NOTINT, 0 },
	{ "0x10", 0, 100, NOTINT, 0 },
	{ "12abc", 0, 100, NOTINT, 0 },
	{ "abc", 0, 100, NOTINT, 0 },
	{ "\xef\xbc\x91\xef\xbc\x92", 0, 100, NOTINT, 0 },	/* １２ */
	{ "五", 0, 100, NOTINT, 0 },
	{ "9223372036854775808", INT64_MIN, INT64_MAX, NOTINT, 0 },
	{ "-9223372036854775809", INT64_MIN, INT64_MAX, NOTINT, 0 },
	{ "99999999999999999999999", 0, INT64_MAX, NOTINT, 0 },
};

START_TEST(t_valid_int)
{
	int64_t		 out = 12345;
	const char	*msg;

	msg = valid_int(int_cases[_i].in, int_cases[_i].min,
	    int_cases[_i].max, &out);
	if (int_cases[_i].msg == NULL) {
		ck_assert_msg(msg == NULL, "\"%s\": refused: %s",
		    int_cases[_i].in, msg);
		ck_assert_int_eq(out, int_cases[_i].out);
	} else {
		ck_assert_msg(msg != NULL, "\"%s\": accepted as %lld",
		    int_cases[_i].in, (long long)out);
		ck_assert_str_eq(msg, int_cases[_i].msg);
		ck_assert_int_eq(out, 12345);
	}
}
END_TEST

/* ---------------------------------------------------------- valid_code */

static const struct {
	const char	*in;
	int		 ok;
} code_cases[] = {
	{ "220100", 1 },
	{ "A", 1 },
	{ "0", 1 },
	{ "abcXYZ123", 1 },
	{ "ABCDEFGHIJ0123456789", 1 },		/* 20 */

	{ "", 0 },
	{ "ABCDEFGHIJ0123456789K", 0 },		/* 21 */
	{ "%", 0 },
	{ "22%", 0 },
	{ "_", 0 },
	{ "22_01", 0 },
	{ "a b", 0 },
	{ " 2201", 0 },
	{ "2201 ", 0 },
	{ "22-01", 0 },
	{ "22.01", 0 },
	{ "22/01", 0 },
	{ "a\\", 0 },
	{ "a'", 0 },
	{ "长春", 0 },
	{ "2201长", 0 },
	{ "\xef\xbd\x81", 0 },	/* fullwidth a */
	{ "a\t", 0 },
};

START_TEST(t_valid_code)
{
	const char	*out = NULL, *msg;

	msg = valid_code(code_cases[_i].in, &out);
	if (code_cases[_i].ok) {
		ck_assert_msg(msg == NULL, "\"%s\" refused",
		    code_cases[_i].in);
		ck_assert_str_eq(out, code_cases[_i].in);
	} else {
		ck_assert_msg(msg != NULL, "\"%s\" accepted",
		    code_cases[_i].in);
		ck_assert_ptr_null(out);
	}
}
END_TEST

/* ---------------------------------------------------------- valid_date */

#define BADFMT	"日期格式应为 年-月-日，如 2023-12-06"
#define BADDAY	"不是有效的日期"

static const struct {
	const char	*in;
	const char	*msg;	/* NULL: accepted */
} date_cases[] = {
	{ "2024-02-29", NULL },		/* leap year */
	{ "2000-02-29", NULL },		/* divisible by 400 */
	{ "2023-02-28", NULL },
	{ "2023-12-31", NULL },
	{ "2023-01-31", NULL },
	{ "2023-04-30", NULL },
	{ "1900-01-01", NULL },
	{ "2199-12-31", NULL },

	{ "2023-02-29", BADDAY },	/* not a leap year */
	{ "1900-02-29", BADDAY },	/* divisible by 100 */
	{ "2100-02-29", BADDAY },
	{ "2024-02-30", BADDAY },
	{ "2023-13-01", BADDAY },
	{ "2023-00-10", BADDAY },
	{ "2023-01-00", BADDAY },
	{ "2023-01-32", BADDAY },
	{ "2023-04-31", BADDAY },
	{ "1899-12-31", BADDAY },
	{ "2200-01-01", BADDAY },
	{ "0000-00-00", BADDAY },

	{ "", BADFMT },
	{ "2023-1-01", BADFMT },
	{ "2023-01-1", BADFMT },
	{ "2023/01/01", BADFMT },
	{ "20230101", BADFMT },
	{ "2023-01-01 ", BADFMT },
	{ " 2023-01-01", BADFMT },
	{ "2023-01-1a", BADFMT },
	{ "2023--1-01", BADFMT },
	{ "+023-01-01", BADFMT },
	{ "-023-01-01", BADFMT },
	{ "2023-01-01T00:00", BADFMT },
	{ "２０２３-01-01", BADFMT },
	{ "2023年1月1日", BADFMT },
};

START_TEST(t_valid_date)
{
	const char	*out = NULL, *msg;

	msg = valid_date(date_cases[_i].in, &out);
	if (date_cases[_i].msg == NULL) {
		ck_assert_msg(msg == NULL, "\"%s\" refused: %s",
		    date_cases[_i].in, msg);
		ck_assert_str_eq(out, date_cases[_i].in);
	} else {
		ck_assert_msg(msg != NULL, "\"%s\" accepted",
		    date_cases[_i].in);
		ck_assert_str_eq(msg, date_cases[_i].msg);
		ck_assert_ptr_null(out);
	}
}
END_TEST

/* ------------------------------------------ valid_month, mobile, email */

static const struct {
	const char	*(*fn)(const char *, const char **);
	const char	*in;
	int		 ok;
} shape_cases[] = {
	{ valid_month, "1978-05", 1 },
	{ valid_month, "1900-01", 1 },
	{ valid_month, "2199-12", 1 },
	{ valid_month, "1978-00", 0 },
	{ valid_month, "1978-13", 0 },
	{ valid_month, "1899-12", 0 },
	{ valid_month, "2200-01", 0 },
	{ valid_month, "1978-5", 0 },
	{ valid_month, "1978/05", 0 },
	{ valid_month, "197805", 0 },
	{ valid_month, "1978-05-01", 0 },
	{ valid_month, " 1978-05", 0 },
	{ valid_month, "+978-05", 0 },
	{ valid_month, "", 0 },

	{ valid_mobile, "13800138000", 1 },
	{ valid_mobile, "19912345678", 1 },
	{ valid_mobile, "12800138000", 0 },
	{ valid_mobile, "10800138000", 0 },
	{ valid_mobile, "23800138000", 0 },
	{ valid_mobile, "1380013800", 0 },
	{ valid_mobile, "138001380000", 0 },
	{ valid_mobile, "1380013800a", 0 },
	{ valid_mobile, "138 0013 800", 0 },
	{ valid_mobile, "+8613800138", 0 },
	{ valid_mobile, "１３８００１３８０００", 0 },
	{ valid_mobile, "", 0 },

	{ valid_email, "a@b.cn", 1 },
	{ valid_email, "a@b.c", 0 },		/* no one-letter top level */
	{ valid_email, "a@b..c", 0 },
	{ valid_email, "a@b..cn", 0 },
	{ valid_email, "a..b@c.cn", 0 },
	{ valid_email, ".a@c.cn", 0 },
	{ valid_email, "a.@c.cn", 0 },
	{ valid_email, "a@-b.cn", 0 },
	{ valid_email, "a@b-.cn", 0 },
	{ valid_email, "a@b.c1", 0 },
	{ valid_email, "a@b_c.cn", 0 },
	{ valid_email, "a@b.cn.", 0 },
	{ valid_email, "a@.b.cn", 0 },
	{ valid_email, "o'brien-zhang@mail-1.example.com", 1 },
	{ valid_email, "a.b.c@x.cn", 1 },
	{ valid_email, "a@b.co", 1 },
	{ valid_email, "zhang.san+studio@mail.ccszgh.org.cn", 1 },
	{ valid_email, "a@b.", 0 },
	{ valid_email, "a@.cn", 0 },
	{ valid_email, "@b.cn", 0 },
	{ valid_email, "ab.cn", 0 },
	{ valid_email, "a@b@c.cn", 0 },
	{ valid_email, "a@bcn", 0 },
	{ valid_email, "a@b", 0 },
	{ valid_email, "a b@c.cn", 0 },
	{ valid_email, "a@b.cn ", 0 },
	{ valid_email, "a\t@b.cn", 0 },
	{ valid_email, "<a@b.cn>", 0 },
	{ valid_email, "a,b@c.cn", 0 },
	{ valid_email, "\"a\"@b.cn", 0 },
	{ valid_email, "张三@b.cn", 0 },
	{ valid_email, "a@例子.cn", 0 },
	{ valid_email, "", 0 },
};

START_TEST(t_valid_shape)
{
	const char	*out = NULL, *msg;

	msg = shape_cases[_i].fn(shape_cases[_i].in, &out);
	if (shape_cases[_i].ok) {
		ck_assert_msg(msg == NULL, "\"%s\" refused: %s",
		    shape_cases[_i].in, msg);
		ck_assert_str_eq(out, shape_cases[_i].in);
	} else {
		ck_assert_msg(msg != NULL, "\"%s\" accepted",
		    shape_cases[_i].in);
		ck_assert_ptr_null(out);
	}
}
END_TEST

/* Dates and months not after a day, as the form checks against today. */
static const struct {
	const char	*iso;
	const char	*max;
	int		 ok;
} after_cases[] = {
	{ "2026-11-30", "2026-11-30", 1 },
	{ "2026-12-01", "2026-11-30", 0 },
	{ "2027-01-01", "2026-11-30", 0 },
	{ "2199-12-31", "2026-11-30", 0 },
	{ "1900-01-01", "2026-11-30", 1 },
	{ "2026-11", "2026-11-30", 1 },
	{ "2026-12", "2026-11-30", 0 },
	{ "1978-05", "2026-11-30", 1 },
};

START_TEST(t_valid_not_after)
{
	const char	*msg = valid_not_after(after_cases[_i].iso,
	    after_cases[_i].max);

	ck_assert_msg((msg == NULL) == after_cases[_i].ok, "%s after %s",
	    after_cases[_i].iso, after_cases[_i].max);
}
END_TEST

START_TEST(t_valid_email_length)
{
	char		 buf[128];
	const char	*out, *msg;

	/* 100 characters pass, 101 do not: a local part of 64 (the most). */
	memset(buf, 'a', 64);
	buf[64] = '@';
	memset(buf + 65, 'b', 32);
	memcpy(buf + 97, ".cn", 4);
	ck_assert_uint_eq(strlen(buf), 100);
	msg = valid_email(buf, &out);
	ck_assert_ptr_null(msg);
	memmove(buf + 66, buf + 65, 36);
	ck_assert_uint_eq(strlen(buf), 101);
	msg = valid_email(buf, &out);
	ck_assert_ptr_nonnull(msg);
	/* a local part of 65 is refused even in a short address */
	memset(buf, 'a', 65);
	memcpy(buf + 65, "@b.cn", 6);
	ck_assert_ptr_nonnull(valid_email(buf, &out));
}
END_TEST

/* ------------------------------------------------------------ utf8_len */

static const struct {
	const char	*s;
	size_t		 n;
} len_cases[] = {
	{ "", 0 },
	{ "abc", 3 },
	{ "长春", 2 },
	{ "\xf0\x9f\x98\x80", 1 },
	{ "a\xc3\xa9创\xf0\x9f\x98\x80", 4 },
	{ IDSP "x" IDSP, 3 },
	{ "a\r\nb", 4 },
};

START_TEST(t_utf8_len)
{
	ck_assert_msg(utf8_len(len_cases[_i].s) == len_cases[_i].n,
	    "\"%s\": %zu, want %zu", len_cases[_i].s,
	    utf8_len(len_cases[_i].s), len_cases[_i].n);
}
END_TEST

/* ----------------------------------------------------------- text_check */

/* Code points at the boundary of every class: 1 = text, 0 = refused. */
static const struct {
	uint32_t	 cp;
	int		 ok;
} cp_cases[] = {
	{ 0x00, 0 }, { 0x08, 0 }, { 0x09, 1 }, { 0x0a, 1 }, { 0x0b, 0 },
	{ 0x0c, 0 }, { 0x0d, 1 }, { 0x0e, 0 }, { 0x1f, 0 }, { 0x20, 1 },
	{ 0x7e, 1 }, { 0x7f, 0 }, { 0x80, 0 }, { 0x85, 0 }, { 0x9f, 0 },
	{ 0xa0, 1 }, { 0x4e00, 1 }, { 0x2027, 1 }, { 0x2028, 0 },
	{ 0x2029, 0 }, { 0x202a, 0 }, { 0x202e, 0 }, { 0x202f, 1 },
	{ 0x2065, 1 }, { 0x2066, 0 }, { 0x2069, 0 }, { 0x206a, 1 },
	{ 0x3000, 1 }, { 0xd7ff, 1 }, { 0xe000, 1 }, { 0xf8ff, 1 },
	{ 0xfdcf, 1 }, { 0xfdd0, 0 }, { 0xfdef, 0 }, { 0xfdf0, 1 },
	{ 0xfeff, 1 }, { 0xfffd, 1 }, { 0xfffe, 0 }, { 0xffff, 0 },
	{ 0x10000, 1 }, { 0x1fffd, 1 }, { 0x1fffe, 0 }, { 0x1ffff, 0 },
	{ 0x20000, 1 }, { 0x2a6d6, 1 }, { 0xefffe, 0 }, { 0x10fffd, 1 },
	{ 0x10fffe, 0 }, { 0x10ffff, 0 },
};

/* UTF-8 of a code point (no checks: the table holds scalar values). */
static size_t
encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3f));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

START_TEST(t_text_check)
{
	char		 buf[16];
	size_t		 n;
	uint32_t	 bad;
	enum err	 e;
	struct arena	*a = arena_new();
	const char	*msg, *out, *mended;

	/* Between two letters, so that trimming plays no part. */
	buf[0] = 'a';
	n = 1 + encode(cp_cases[_i].cp, buf + 1);
	buf[n++] = 'b';
	buf[n] = '\0';
	e = text_check(buf, n, &bad);
	ck_assert_msg((e == E_OK) == cp_cases[_i].ok, "U+%04X: %s",
	    (unsigned)cp_cases[_i].cp, err_str(e));
	if (!cp_cases[_i].ok) {
		ck_assert_int_eq(e, E_NUL);
		ck_assert_uint_eq(bad, cp_cases[_i].cp);
	}
	/* valid_text refuses the same, in a field of one line or several */
	msg = valid_text(a, buf, 10, 1, &out);
	ck_assert_msg((msg == NULL) == cp_cases[_i].ok ||
	    cp_cases[_i].cp == 0, "valid_text U+%04X",	/* NUL ends a string */
	    (unsigned)cp_cases[_i].cp);
	/* text_mend keeps text as it is and replaces the rest with U+FFFD */
	mended = text_mend(a, buf);
	if (cp_cases[_i].ok)
		ck_assert_ptr_eq(mended, buf);
	else if (cp_cases[_i].cp != 0)
		ck_assert_str_eq(mended, "a\xef\xbf\xbd" "b");
	ck_assert_int_eq(text_check(mended, strlen(mended), &bad), E_OK);
	arena_free(a);
}
END_TEST

START_TEST(t_text_mend_bytes)
{
	struct arena	*a = arena_new();
	uint32_t	 bad;

	/* not UTF-8: each bad byte one U+FFFD, the good ones kept */
	ck_assert_str_eq(text_mend(a, "x\xff\xfey"),
	    "x\xef\xbf\xbd\xef\xbf\xbdy");
	ck_assert_str_eq(text_mend(a, "\xe4\xb8"), "\xef\xbf\xbd\xef\xbf\xbd");
	ck_assert_str_eq(text_mend(a, "\xed\xa0\x80"),	/* a surrogate */
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	ck_assert_str_eq(text_mend(a, "\xe5\xb7\xa5\xef\xbf\xbf\xe4\xbc\x9a"),
	    "\xe5\xb7\xa5\xef\xbf\xbd\xe4\xbc\x9a");	/* 工 U+FFFF 会 */
	ck_assert_int_eq(text_check("a\xc0\x80", 3, &bad), E_UTF8);
	arena_free(a);
}
END_TEST

Suite *
suite_valid(void)
{
	Suite	*s = suite_create("valid");
	TCase	*tc;

	tc = tcase_create("valid_text");
	tcase_add_loop_test(tc, t_valid_text, 0, NITEMS(text_cases));
	tcase_add_loop_test(tc, t_valid_text_length, 0, NITEMS(widths));
	suite_add_tcase(s, tc);

	tc = tcase_create("valid_int");
	tcase_add_loop_test(tc, t_valid_int, 0, NITEMS(int_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("valid_code");
	tcase_add_loop_test(tc, t_valid_code, 0, NITEMS(code_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("valid_date");
	tcase_add_loop_test(tc, t_valid_date, 0, NITEMS(date_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("valid_month_mobile_email");
	tcase_add_loop_test(tc, t_valid_shape, 0, NITEMS(shape_cases));
	tcase_add_test(tc, t_valid_email_length);
	tcase_add_loop_test(tc, t_valid_not_after, 0, NITEMS(after_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("text_check");
	tcase_add_loop_test(tc, t_text_check, 0, NITEMS(cp_cases));
	tcase_add_test(tc, t_text_mend_bytes);
	suite_add_tcase(s, tc);

	tc = tcase_create("utf8_len");
	tcase_add_loop_test(tc, t_utf8_len, 0, NITEMS(len_cases));
	suite_add_tcase(s, tc);
	return s;
}
