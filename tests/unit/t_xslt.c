/*
 * t_xslt.c: the stylesheets as studiod runs them.  studiod reads the
 * table of labels once (xslt_load) and gives every transformation that
 * copy and s:label(); a plain XSLT processor (xsltproc) builds the table
 * from labels.xsl and looks it up by key.  Both must write the same bytes.
 */
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
};

/*
 * Each page through xslt_transform() (the table read once, s:label())
 * and through libxslt alone, as xsltproc runs it (the table built by the
 * sheet, key()): the same bytes.
 */
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

Suite *
suite_xslt(void)
{
	Suite	*s = suite_create("xslt");
	TCase	*tc;

	tc = tcase_create("labels");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, t_xslt_label);
	tcase_add_loop_test(tc, t_xslt_same_bytes, 0, NITEMS(pages));
	suite_add_tcase(s, tc);
	return s;
}
