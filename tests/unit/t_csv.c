/*
 * t_csv.c: the CSV writer of the exports (fcgi/csv.c).  Each cell as the
 * stylesheets wrote it (RFC 4180 quoting, an apostrophe before what a
 * spreadsheet would take for a formula, CRLF after the last cell), the
 * header line, and the label table read from xslt/labels.xsl.
 */
#include <stdlib.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

static const struct {
	const char	*in;		/* NULL: SQL NULL */
	int		 last;
	const char	*out;
} cell_cases[] = {
	{ "abc", 0, "abc," },
	{ "abc", 1, "abc\r\n" },
	{ "", 0, "," },
	{ "", 1, "\r\n" },
	{ NULL, 0, "," },
	{ "长春燃气股份有限公司工会", 0, "长春燃气股份有限公司工会," },
	{ "a,b", 0, "\"a,b\"," },
	{ "say \"hi\"", 0, "\"say \"\"hi\"\"\"," },
	{ "\"", 1, "\"\"\"\"\r\n" },
	{ "line1\nline2", 0, "\"line1\nline2\"," },
	{ "cr\rin", 0, "\"cr\rin\"," },
	{ "crlf\r\n", 0, "\"crlf\r\n\"," },
	{ "tab\tinside", 0, "tab\tinside," },
	{ " lead and trail ", 0, " lead and trail ," },
	/* What a spreadsheet would run as a formula. */
	{ "=SUM(A1:A9)", 0, "'=SUM(A1:A9)," },
	{ "+86 431", 0, "'+86 431," },
	{ "-1", 0, "'-1," },
	{ "@cmd", 1, "'@cmd\r\n" },
	{ "\tx", 0, "'\tx," },
	{ "\rx", 0, "\"'\rx\"," },
	{ "=HYPERLINK(\"x\")", 0, "\"'=HYPERLINK(\"\"x\"\")\"," },
	{ "=a,b", 0, "\"'=a,b\"," },
	/* Only at the start, and only these. */
	{ "a=b", 0, "a=b," },
	{ "'quoted", 0, "'quoted," },
	{ "（=）", 0, "（=）," },
	{ " =x", 0, " =x," },
	/* Stored before the parser refused it: U+FFFD, as on the pages. */
	{ "a\xef\xbf\xbf" "b", 0, "a\xef\xbf\xbd" "b," },
	{ "\xe2\x80\xa8,", 1, "\"\xef\xbf\xbd,\"\r\n" },
	{ "=\x01", 0, "'=\xef\xbf\xbd," },
	{ "x\xff", 0, "x\xef\xbf\xbd," },
};

START_TEST(t_csv_cell)
{
	struct csvbuf	 b = { NULL, 0, 0 };
	const char	*in = cell_cases[_i].in, *want = cell_cases[_i].out;
	char		*copy = NULL;

	/* An exact copy: the writer must keep to the length it is given. */
	if (in != NULL)
		copy = exact_copy(in, strlen(in));
	csv_cell(&b, copy, in != NULL ? strlen(in) : 0, cell_cases[_i].last);
	ck_assert_uint_eq(b.len, strlen(want));
	ck_assert_msg(memcmp(b.p, want, b.len) == 0, "case %d: got %.*s",
	    _i, (int)b.len, b.p);
	free(copy);
	csvbuf_free(&b);
}
END_TEST

/* Cells append; a long row grows the buffer; free leaves it empty. */
START_TEST(t_csv_row)
{
	struct csvbuf	 b = { NULL, 0, 0 };
	char		 big[5000];
	size_t		 i;

	memset(big, 'x', sizeof(big));
	csv_cell(&b, "1", 1, 0);
	csv_cell(&b, big, sizeof(big), 0);
	csv_cell(&b, "a,b", 3, 1);
	ck_assert_uint_eq(b.len, 2 + sizeof(big) + 1 + 7);
	ck_assert(memcmp(b.p, "1,", 2) == 0);
	for (i = 0; i < sizeof(big); i++)
		ck_assert_int_eq(b.p[2 + i], 'x');
	ck_assert(memcmp(b.p + 2 + sizeof(big), ",\"a,b\"\r\n", 8) == 0);
	b.len = 0;
	csv_cell(&b, "again", 5, 1);
	ck_assert(b.len == 7 && memcmp(b.p, "again\r\n", 7) == 0);
	csvbuf_free(&b);
	ck_assert(b.p == NULL && b.len == 0 && b.cap == 0);
}
END_TEST

START_TEST(t_csv_head)
{
	static const struct csvcol cols[] = {
		{ "代码", 1, CSV_TEXT, NULL },
		{ "单位名称", 3, CSV_TEXT, NULL },
		{ "状态", 4, CSV_BOOL_LABEL, "active" },
	};
	struct csvbuf	 b = { NULL, 0, 0 };
	const char	*want = "代码,单位名称,状态\r\n";

	csv_head(&b, cols, NITEMS(cols));
	ck_assert_uint_eq(b.len, strlen(want));
	ck_assert(memcmp(b.p, want, b.len) == 0);
	csvbuf_free(&b);
}
END_TEST

/* The installed table: the labels that the CSV exports use. */
START_TEST(t_csv_labels_file)
{
	char	*buf;
	size_t	 len;

	buf = fixture_read("../../xslt/labels.xsl", &len);
	ck_assert_int_eq(xslt_labels_parse(buf, len), E_OK);
	free(buf);
	ck_assert_str_eq(csv_label("kind", "city"), "市总工会");
	ck_assert_str_eq(csv_label("kind", "base"), "基层工会");
	ck_assert_str_eq(csv_label("active", "true"), "正常");
	ck_assert_str_eq(csv_label("active", "false"), "已停用");
	ck_assert_str_eq(csv_label("app", "recommended"), "已推荐（待审核）");
	ck_assert_str_eq(csv_label("app", "upgraded"), "已升级");
	ck_assert_str_eq(csv_label("action", "cert.enrol"), "登记证书");
	ck_assert_str_eq(csv_label("object", "application"), "创建申请");
	/* No row: the caller shows the code. */
	ck_assert_ptr_null(csv_label("kind", "weird"));
	ck_assert_ptr_null(csv_label("kind", ""));
	ck_assert_ptr_null(csv_label("nogroup", "city"));
	ck_assert_ptr_null(csv_label("kind", NULL));
	ck_assert_ptr_null(csv_label("app.draft", ""));
	xslt_free();
	ck_assert_ptr_null(csv_label("kind", "city"));
}
END_TEST

static const char labels_dup[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<xsl:stylesheet version=\"1.0\""
    " xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"
    "  <xsl:variable name=\"other\"><l k=\"a.x\">not this</l></xsl:variable>\n"
    "  <xsl:variable name=\"labels-rtf\">\n"
    "    <!-- a comment -->\n"
    "    <l k=\"b.y\">second</l>\n"
    "    <l k=\"a.x\">first</l>\n"
    "    <l k=\"a.x\">shadowed</l>\n"
    "    <l k=\"a.x\">shadowed too</l>\n"
    "    <l>no key</l>\n"
    "    <m k=\"c.z\">not a label</m>\n"
    "    <l k=\"a.&amp;\">a &lt;b&gt; &#x4e2d;</l>\n"
    "  </xsl:variable>\n"
    "</xsl:stylesheet>\n";

/* The first row of a key wins, as key('label', $k)[1] in the sheets. */
START_TEST(t_csv_labels_table)
{
	ck_assert_int_eq(xslt_labels_parse(labels_dup, strlen(labels_dup)),
	    E_OK);
	ck_assert_str_eq(csv_label("a", "x"), "first");
	ck_assert_str_eq(csv_label("b", "y"), "second");
	ck_assert_str_eq(csv_label("a", "&"), "a <b> 中");
	ck_assert_ptr_null(csv_label("c", "z"));
	xslt_free();
}
END_TEST

static const char *const labels_bad[] = {
	"",
	"not xml",
	"<xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
	"<xsl:variable name=\"labels\"><l k=\"a.b\">c</l></xsl:variable>"
	"</xsl:stylesheet>",
	/* The right name in no namespace is not the variable. */
	"<stylesheet><variable name=\"labels-rtf\"><l k=\"a.b\">c</l>"
	"</variable></stylesheet>",
	"<xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
	"<xsl:variable name=\"labels-rtf\"><l k=\"a.b\">c</l>",
};

START_TEST(t_csv_labels_bad)
{
	const char	*s = labels_bad[_i];

	ck_assert_int_eq(xslt_labels_parse(s, strlen(s)), E_XML);
	ck_assert_ptr_null(csv_label("a", "b"));
}
END_TEST

Suite *
suite_csv(void)
{
	Suite	*s = suite_create("csv");
	TCase	*tc;

	tc = tcase_create("csv_cell");
	tcase_add_loop_test(tc, t_csv_cell, 0, NITEMS(cell_cases));
	tcase_add_test(tc, t_csv_row);
	tcase_add_test(tc, t_csv_head);
	suite_add_tcase(s, tc);

	tc = tcase_create("csv_labels");
	tcase_add_test(tc, t_csv_labels_file);
	tcase_add_test(tc, t_csv_labels_table);
	tcase_add_loop_test(tc, t_csv_labels_bad, 0, NITEMS(labels_bad));
	suite_add_tcase(s, tc);
	return s;
}
