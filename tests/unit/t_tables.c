/*
 * t_tables.c: every table indexed by an enum is full.  The tables use
 * designated initialisers ([STMT_X] = ...), so a member added to an enum
 * without its row leaves a hole (NULL, 0) that the compiler does not
 * see: these tests do.  Every stylesheet named exists, and every route
 * has the stylesheets its methods need.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

START_TEST(t_stmts_full)
{
	ck_assert_msg(stmts[_i] != NULL && stmts[_i][0] != '\0',
	    "stmts[%d] is empty", _i);
}
END_TEST

START_TEST(t_errs_full)
{
	const char	*s = err_str((enum err)_i);

	ck_assert_msg(s != NULL && *s != '\0', "err_str(%d) is empty", _i);
}
END_TEST

/* The names of every enum that has them: none missing, none twice. */
static const struct {
	const char		*what;
	const char *const	*names;
	size_t			 n;
} names[] = {
	{ "kind_names", kind_names, KIND__MAX },
	{ "fmt_names", fmt_names, FMT__MAX },
	{ "codetab_names", codetab_names, CT__MAX },
	{ "astatus_names", astatus_names, ST__MAX },
	{ "action_names", action_names, ACT__MAX },
	{ "stage_names", stage_names, STAGE__MAX },
	{ "sstatus_names", sstatus_names, SS__MAX },
	{ "saction_names", saction_names, SA__MAX },
	{ "akind_names", akind_names, AK__MAX },
	{ "amstatus_names", amstatus_names, AM__MAX },
	{ "amaction_names", amaction_names, AA__MAX },
	{ "evkind_names", evkind_names, EV__MAX },
	{ "lnkind_names", lnkind_names, LT__MAX },
	{ "tgaction_names", tgaction_names, TG__MAX },
	{ "evaction_names", evaction_names, EA__MAX },
	{ "lnaction_names", lnaction_names, LN__MAX },
	{ "rankcol_names", rankcol_names, RC__MAX },
};

START_TEST(t_names_full)
{
	size_t	 i, j;

	for (i = 0; i < names[_i].n; i++) {
		ck_assert_msg(names[_i].names[i] != NULL &&
		    names[_i].names[i][0] != '\0', "%s[%zu] is empty",
		    names[_i].what, i);
		for (j = 0; j < i; j++)
			ck_assert_msg(strcmp(names[_i].names[i],
			    names[_i].names[j]) != 0, "%s[%zu] = %s[%zu]",
			    names[_i].what, i, names[_i].what, j);
	}
}
END_TEST

START_TEST(t_sheets_exist)
{
	const char	*f = xslt_file((enum sheet)_i);
	char		*path;
	size_t		 len;
	char		*buf;

	if (_i == SHEET_NONE) {
		ck_assert_ptr_null(f);
		return;
	}
	ck_assert_msg(f != NULL, "sheet %d has no file", _i);
	path = malloc(strlen(f) + 16);
	ck_assert_ptr_nonnull(path);
	strcpy(path, "../../xslt/");
	strcat(path, f);
	buf = fixture_read(path, &len);
	ck_assert_msg(buf != NULL && len > 0, "xslt/%s does not exist", f);
	free(buf);
	free(path);
}
END_TEST

START_TEST(t_routes_full)
{
	enum page	 p = (enum page)_i;
	const char	*pat = route_pattern(p);

	ck_assert_msg(pat != NULL && pat[0] == '/', "route %d: no pattern", _i);
	ck_assert_msg(route_allows(p, METHOD_GET) ||
	    route_allows(p, METHOD_POST), "%s: no handler", pat);
	/* A page answers in HTML and print, as any error it gives does. */
	ck_assert_msg(route_sheet(p, FMT_HTML) != SHEET_NONE,
	    "%s: no HTML stylesheet", pat);
	ck_assert_msg(route_sheet(p, FMT_PRINT) != SHEET_NONE,
	    "%s: no print stylesheet", pat);
	/* A CSV stylesheet makes text, and only a CSV one does. */
	if (route_sheet(p, FMT_CSV) != SHEET_NONE)
		ck_assert_msg(strstr(xslt_file(route_sheet(p, FMT_CSV)),
		    ".csv.xsl") != NULL, "%s: CSV sheet", pat);
}
END_TEST

START_TEST(t_app_fields_full)
{
	ck_assert_msg(app_field_name((size_t)_i) != NULL &&
	    app_field_column((size_t)_i) != NULL, "field %d", _i);
}
END_TEST

Suite *
suite_tables(void)
{
	Suite	*s = suite_create("tables");
	TCase	*tc;

	tc = tcase_create("full");
	tcase_add_loop_test(tc, t_stmts_full, 0, STMT__MAX);
	tcase_add_loop_test(tc, t_errs_full, 0, E__MAX);
	tcase_add_loop_test(tc, t_names_full, 0, NITEMS(names));
	tcase_add_loop_test(tc, t_sheets_exist, 0, SHEET__MAX);
	tcase_add_loop_test(tc, t_routes_full, 0, PAGE__MAX);
	tcase_add_loop_test(tc, t_app_fields_full, 0, (int)app_nfields());
	suite_add_tcase(s, tc);
	return s;
}
