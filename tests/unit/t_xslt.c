/*
 * t_xslt.c: the stylesheets as studiod runs them.  studiod reads the
 * table of labels once (xslt_load) and gives every transformation that
 * copy and s:label(); a plain XSLT processor (xsltproc) builds the table
 * from labels.xsl and looks it up by key.  Both must write the same bytes.
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>

#include "extern.h"
#include "tests.h"

/* The repository's xslt/ folder, from the working directory or the binary. */
static const char *
xsltdir(void)
{
	static const char *const up[] = { "/..", "/../..", "/../../.." };
	static char	 dir[PATH_MAX];
	char		 exe[PATH_MAX], path[PATH_MAX], *p;
	ssize_t		 n;
	size_t		 i;

	if (access("xslt/labels.xsl", R_OK) == 0)
		return "xslt";
	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) > 0) {
		exe[n] = '\0';
		if ((p = strrchr(exe, '/')) != NULL)
			*p = '\0';
		for (i = 0; i < NITEMS(up); i++) {
			if (snprintf(dir, sizeof(dir), "%s%s/xslt", exe,
			    up[i]) >= (int)sizeof(dir) || snprintf(path,
			    sizeof(path), "%s/labels.xsl", dir) >=
			    (int)sizeof(path))
				continue;
			if (access(path, R_OK) == 0)
				return dir;
		}
	}
	ck_abort_msg("xslt/ not found");
	return NULL;
}

START_TEST(t_xslt_label)
{
	ck_assert_int_eq(xslt_load(xsltdir()), E_OK);
	ck_assert_str_eq(xslt_label("kind.city"), "市总工会");
	ck_assert_str_eq(xslt_label("app.upgraded"), "已升级");
	ck_assert_str_eq(xslt_label("status.404"), "页面不存在");
	ck_assert_str_eq(xslt_label("action.cert.enrol"), "登记证书");
	ck_assert_ptr_null(xslt_label("kind.weird"));
	ck_assert_ptr_null(xslt_label("kind"));
	ck_assert_ptr_null(xslt_label(""));
	ck_assert_ptr_null(xslt_label(NULL));
	xslt_free();
	ck_assert_ptr_null(xslt_label("kind.city"));
}
END_TEST

/* A page: its sheet, file, fixture and format. */
static const struct {
	enum sheet	 sheet;
	const char	*file;
	const char	*doc;
	const char	*format;
} pages[] = {
	{ SHEET_UNITS, "units.xsl", "units.xml", "html" },
	{ SHEET_UNITS, "units.xsl", "units.xml", "print" },
	{ SHEET_UNITS_CSV, "units.csv.xsl", "units.xml", "csv" },
	{ SHEET_ERROR, "error.xsl", "error-404.xml", "html" },
	{ SHEET_APPLICATIONS, "applications.xsl", "applications.xml", "html" },
	{ SHEET_APPLICATIONS_CSV, "applications.csv.xsl", "applications.xml",
	    "csv" },
	{ SHEET_APPLICATION, "application.xsl", "application.xml", "html" },
	{ SHEET_APPLICATION_PRINT, "application-print.xsl", "application.xml",
	    "print" },
	{ SHEET_STUDIOS, "studios.xsl", "studios.xml", "html" },
	{ SHEET_AUDIT, "audit.xsl", "audit.xml", "html" },
	{ SHEET_HOME, "home.xsl", "home.xml", "html" },
	{ SHEET_APPLICATIONS, "applications.xsl", "applications-city.xml",
	    "html" },
	{ SHEET_REGISTRY, "registry.xsl", "registry.xml", "html" },
	{ SHEET_REGISTRY, "registry.xsl", "registry.xml", "print" },
	{ SHEET_DASHBOARD, "dashboard.xsl", "dashboard.xml", "html" },
	{ SHEET_DASHBOARD, "dashboard.xsl", "dashboard-assessment.xml",
	    "html" },
};

/*
 * Each page through xslt_transform() (the table read once, s:label(),
 * s:date()) and through libxslt alone, as xsltproc runs it (the table
 * built by the sheet, key(); dates by the template): the same bytes.
 */
/* s:date()'s part of the template "date": what it takes, what it leaves. */
START_TEST(t_xslt_date)
{
	static const struct {
		const char	*in, *out;	/* out NULL: left (-1) */
	} cases[] = {
		{ "2026-11-05", "2026年11月5日" },
		{ "2026-12-31 23:59:59", "2026年12月31日" },
		{ "2026-11-05T00:30:00+08:00", "2026年11月5日" },
		{ "0999-01-02", "999年1月2日" },
		{ "2026-11-05T00:30:00Z", NULL },	/* another offset */
		{ "2026-11-05T00:30:00", NULL },	/* no offset */
		{ "2026-1-05", NULL },
		{ "2026/11/05", NULL },
		{ "", NULL },
		{ "2026-11", NULL },
		{ "年度", NULL },
	};
	char	 out[64];
	size_t	 i;

	for (i = 0; i < NITEMS(cases); i++) {
		if (cases[i].out == NULL) {
			ck_assert_msg(xslt_date(cases[i].in, out,
			    sizeof(out)) == -1, "%s", cases[i].in);
			continue;
		}
		ck_assert_int_eq(xslt_date(cases[i].in, out, sizeof(out)), 0);
		ck_assert_str_eq(out, cases[i].out);
	}
}
END_TEST

START_TEST(t_xslt_same_bytes)
{
	const char	*params[] = {
		"format", pages[_i].format, "site", "app", "path", "/app/units",
		"today", "2026-11-25", "csrf", "token", "me-id", "1",
		"me-code", "220100", "me-kind", "city", "me-name", "长春市总工会",
		"me-holder", "张三", NULL
	};
	char			 path[PATH_MAX], name[64];
	const char		*dir = xsltdir();
	char			*src;
	size_t			 len;
	xmlDocPtr		 doc, want, got;
	xsltStylesheetPtr	 style;
	xsltTransformContextPtr	 ctx;
	xmlChar			*wb, *gb;
	int			 wl, gl;
	xmlExternalEntityLoader	 oldloader;
	xsltSecurityPrefsPtr	 oldsec;

	snprintf(name, sizeof(name), "xml/%s", pages[_i].doc);
	src = fixture_read(name, &len);
	doc = xmlReadMemory(src, (int)len, pages[_i].doc, NULL, 0);
	free(src);
	ck_assert_ptr_nonnull(doc);

	/*
	 * As xsltproc: no s:label(), no labels-rtf given; compiled with
	 * libxml2's own loader and no security preferences, which an
	 * earlier xslt_load() in this process replaced.
	 */
	exsltRegisterAll();
	xsltUnregisterExtModuleFunction(BAD_CAST "label",
	    BAD_CAST "urn:x-studio:xslt");
	xsltUnregisterExtModuleFunction(BAD_CAST "date",
	    BAD_CAST "urn:x-studio:xslt");
	oldloader = xmlGetExternalEntityLoader();
	oldsec = xsltGetDefaultSecurityPrefs();
	xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
	xsltSetDefaultSecurityPrefs(NULL);
	snprintf(path, sizeof(path), "%s/%s", dir, pages[_i].file);
	style = xsltParseStylesheetFile(BAD_CAST path);
	xmlSetExternalEntityLoader(oldloader);
	xsltSetDefaultSecurityPrefs(oldsec);
	ck_assert_ptr_nonnull(style);
	ctx = xsltNewTransformContext(style, doc);
	ck_assert_int_eq(xsltQuoteUserParams(ctx, params), 0);
	want = xsltApplyStylesheetUser(style, doc, NULL, NULL, NULL, ctx);
	ck_assert_ptr_nonnull(want);
	ck_assert_int_eq(ctx->state, XSLT_STATE_OK);
	xsltFreeTransformContext(ctx);
	ck_assert_int_eq(xsltSaveResultToString(&wb, &wl, want, style), 0);

	ck_assert_int_eq(xslt_load(dir), E_OK);
	got = xslt_transform(pages[_i].sheet, doc, params);
	ck_assert_ptr_nonnull(got);
	ck_assert_int_eq(xsltSaveResultToString(&gb, &gl, got, style), 0);
	ck_assert_int_gt(wl, 100);
	ck_assert_int_eq(gl, wl);
	ck_assert_msg(memcmp(gb, wb, (size_t)wl) == 0, "%s (%s) differs",
	    pages[_i].file, pages[_i].format);

	xmlFree(wb);
	xmlFree(gb);
	xmlFreeDoc(want);
	xmlFreeDoc(got);
	xsltFreeStylesheet(style);
	xmlFreeDoc(doc);
	xslt_free();
}
END_TEST

/*
 * html.c against libxml2's serialiser (xsltSaveResultToString, as
 * xsltproc writes a page): html_dump() of res writes the same bytes, or
 * refuses (-1).  1 when it wrote them.
 */
static int
html_same(xmlDocPtr res, xsltStylesheetPtr style, const char *what)
{
	struct htmlout	 o = { NULL, 0, 0 };
	xmlChar		*want;
	size_t		 i;
	int		 wl, rc;

	ck_assert_int_eq(xsltSaveResultToString(&want, &wl, res, style), 0);
	rc = html_dump(res, &o);
	if (rc == 0) {
		for (i = 0; i < o.len && i < (size_t)wl; i++)
			if (o.p[i] != (char)want[i])
				break;
		ck_assert_msg(o.len == (size_t)wl && i == o.len,
		    "%s: html_dump() differs from libxml2 at byte %zu of "
		    "%d: \"%.60s\" for \"%.60s\"", what, i, wl,
		    i < o.len ? o.p + i : "", i < (size_t)wl ?
		    (const char *)want + i : "");
	}
	xmlFree(want);
	html_free(&o);
	return rc == 0;
}

static xmlDocPtr
apply(xsltStylesheetPtr style, xmlDocPtr doc, const char *format)
{
	const char	*params[] = {
		"format", format, "site", "app", "path", "/app/units",
		"today", "2026-11-25", "csrf", "token", "me-id", "1",
		"me-code", "220100", "me-kind", "city", "me-name", "长春市总工会",
		"me-holder", "张三", NULL
	};
	xsltTransformContextPtr	 ctx;
	xmlDocPtr		 res;

	ctx = xsltNewTransformContext(style, doc);
	ck_assert_int_eq(xsltQuoteUserParams(ctx, params), 0);
	res = xsltApplyStylesheetUser(style, doc, NULL, NULL, NULL, ctx);
	xsltFreeTransformContext(ctx);
	return res;
}

/*
 * Every sample document (tests/fixtures/xml) through the sheet of its
 * root element, as a page and as its printout: the same bytes as
 * libxml2's, and written by html_dump(), not refused.
 */
START_TEST(t_html_samples)
{
	const char		*formats[] = { "html", "print" };
	char			 dir[PATH_MAX / 2], path[PATH_MAX], what[PATH_MAX];
	DIR			*d;
	struct dirent		*e;
	xmlDocPtr		 doc, res;
	xsltStylesheetPtr	 style;
	size_t			 i, n = 0;
	xmlExternalEntityLoader	 oldloader = xmlGetExternalEntityLoader();
	xsltSecurityPrefsPtr	 oldsec = xsltGetDefaultSecurityPrefs();

	/* As xsltproc (see t_xslt_same_bytes). */
	exsltRegisterAll();
	xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
	xsltSetDefaultSecurityPrefs(NULL);
	snprintf(dir, sizeof(dir), "%s/../tests/fixtures/xml", xsltdir());
	ck_assert_ptr_nonnull(d = opendir(dir));
	while ((e = readdir(d)) != NULL) {
		if (strstr(e->d_name, ".xml") == NULL)
			continue;
		if (snprintf(path, sizeof(path), "%s/%.255s", dir, e->d_name) >=
		    (int)sizeof(path))
			continue;
		ck_assert_ptr_nonnull(doc = xmlReadFile(path, NULL, 0));
		snprintf(path, sizeof(path), "%s/%s.xsl", xsltdir(),
		    (const char *)xmlDocGetRootElement(doc)->name);
		if (access(path, R_OK) != 0 ||
		    (style = xsltParseStylesheetFile(BAD_CAST path)) == NULL) {
			xmlFreeDoc(doc);
			continue;
		}
		for (i = 0; i < NITEMS(formats); i++) {
			if ((res = apply(style, doc, formats[i])) == NULL)
				continue;
			snprintf(what, sizeof(what), "%.255s (%s)", e->d_name,
			    formats[i]);
			ck_assert_msg(html_same(res, style, what),
			    "%s: refused", what);
			n++;
			xmlFreeDoc(res);
		}
		xsltFreeStylesheet(style);
		xmlFreeDoc(doc);
	}
	closedir(d);
	xmlSetExternalEntityLoader(oldloader);
	xsltSetDefaultSecurityPrefs(oldsec);
	ck_assert_uint_gt(n, 60);
}
END_TEST

/* A sheet of the program's kind (html, UTF-8, no indent) around body. */
static xmlDocPtr
html_of(const char *body, const char *input)
{
	static const char	*head =
	    "<xsl:stylesheet version=\"1.0\""
	    " xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
	    "<xsl:output method=\"html\" encoding=\"UTF-8\""
	    " doctype-system=\"about:legacy-compat\" indent=\"no\"/>"
	    "<xsl:template match=\"/t\"><html lang=\"zh-CN\"><head>"
	    "<title>t</title></head><body>";
	static const char	*tail = "</body></html></xsl:template>"
	    "</xsl:stylesheet>";
	static xsltStylesheetPtr style;
	char			 src[4096];
	xmlDocPtr		 sdoc, in, res;

	snprintf(src, sizeof(src), "%s%s%s", head, body, tail);
	ck_assert_ptr_nonnull(sdoc = xmlReadMemory(src, (int)strlen(src),
	    "t.xsl", NULL, 0));
	if (style != NULL)
		xsltFreeStylesheet(style);
	ck_assert_ptr_nonnull(style = xsltParseStylesheetDoc(sdoc));
	ck_assert_ptr_nonnull(in = xmlReadMemory(input, (int)strlen(input),
	    "t.xml", NULL, 0));
	ck_assert_ptr_nonnull(res = apply(style, in, "html"));
	xmlFreeDoc(in);
	res->_private = style;
	return res;
}

/* What the sheets may make, escaped and quoted as libxml2 does. */
START_TEST(t_html_escaping)
{
	const char	*input =
	    "<t u=\" /路径/a b?x=1&amp;y=2#frag\" q='say \"hi\"'"
	    " both=\"a&quot;b'c\" k=\"/app/units?page=2&amp;after=%2F1%2F\">"
	    "文本 &amp; &lt;more&gt;\t\n</t>";
	const char	*body =
	    "<p/><div/><textarea/><br/><hr/><img src=\"{@u}\" alt=\"\"/>"
	    "<input type=\"checkbox\" checked=\"checked\" value=\"\"/>"
	    "<input name=\"q\" value=\"{@q}\" disabled=\"\"/>"
	    "<a href=\"{@u}\" name=\"{@u}\" title=\"{@q}\">x</a>"
	    "<a href=\"{@k}\" rel=\"next\">y</a><a name=\"{@q}\"/>"
	    "<a href=\"{@q}\" title=\"{@k}\">q</a><img src=\"{@both}\"/>"
	    "<span title=\"{@both}\" data-x=\"{@u}\">&lt;&amp;&gt; "
	    "<xsl:value-of select=\".\"/></span>"
	    "<nav><section/><main>m</main></nav><table><tr><td nowrap=\"\">z"
	    "</td></tr></table><select><option selected=\"selected\">o"
	    "</option></select><xsl:comment> c &amp; d </xsl:comment>"
	    "<form action=\"/app/x?y=中 文\" method=\"post\"><button"
	    " disabled=\"disabled\">b</button></form><script"
	    " src=\"/static/print.js\" defer=\"\"></script>"
	    "<style>p { }</style><p>中文 tab&#9;nl&#10;cr&#13;end</p>";
	xmlDocPtr	 res;

	res = html_of(body, input);
	ck_assert_msg(html_same(res, res->_private, "escaping"), "refused");
	xmlFreeDoc(res);
}
END_TEST

/* What versions of libxml2 write differently is left to libxml2. */
START_TEST(t_html_refused)
{
	static const char *const bodies[] = {
		"<style>a &gt; b { }</style>",
		"<span><xsl:attribute name=\"title\">&amp;{x}</xsl:attribute>"
		"s</span>",
		"<span title=\"&lt;!-- x --&gt;\">s</span>",
		"<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>",
		"<p xml:lang=\"zh\">p</p>",
	};
	struct htmlout	 o = { NULL, 0, 0 };
	xmlDocPtr	 res;
	size_t		 i;

	for (i = 0; i < NITEMS(bodies); i++) {
		res = html_of(bodies[i], "<t/>");
		ck_assert_msg(html_dump(res, &o) == -1, "%s: not refused",
		    bodies[i]);
		/* libxml2's own output of it, for the record. */
		ck_assert_int_eq(html_same(res, res->_private, bodies[i]), 0);
		xmlFreeDoc(res);
	}
	html_free(&o);
}
END_TEST

Suite *
suite_xslt(void)
{
	Suite	*s = suite_create("xslt");
	TCase	*tc;

	tc = tcase_create("labels");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, t_xslt_label);
	tcase_add_test(tc, t_xslt_date);
	tcase_add_loop_test(tc, t_xslt_same_bytes, 0, NITEMS(pages));
	suite_add_tcase(s, tc);
	tc = tcase_create("html");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, t_html_samples);
	tcase_add_test(tc, t_html_escaping);
	tcase_add_test(tc, t_html_refused);
	suite_add_tcase(s, tc);
	return s;
}
