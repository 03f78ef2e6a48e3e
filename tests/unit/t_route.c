/*
 * t_route.c: the URL table (fcgi/route.c).  Every pattern, its {id}, and
 * the near misses that must answer 404; the methods of each page.
 */
#include <stdint.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

static const struct {
	const char	*path;
	enum page	 page;
	int64_t		 id;
} match_cases[] = {
	{ "/", PAGE_HOME, 0 },
	{ "/public/stats", PAGE_PUBLIC_STATS, 0 },
	{ "/app/", PAGE_APP_HOME, 0 },
	{ "/app/units", PAGE_UNITS, 0 },
	{ "/app/units/17", PAGE_UNIT, 17 },
	{ "/app/units/1", PAGE_UNIT, 1 },
	{ "/app/units/10", PAGE_UNIT, 10 },
	{ "/app/units/999999999999999", PAGE_UNIT, 999999999999999LL },
	{ "/app/units/17/certs", PAGE_UNIT_CERTS, 17 },
	{ "/app/units/123456789012345/certs", PAGE_UNIT_CERTS,
	  123456789012345LL },
	{ "/app/audit", PAGE_AUDIT, 0 },
	{ "/app/applications", PAGE_APPLICATIONS, 0 },
	{ "/app/applications/new", PAGE_APPLICATION_NEW, 0 },
	{ "/app/applications/batch", PAGE_APPLICATION_BATCH, 0 },
	{ "/app/applications/5", PAGE_APPLICATION, 5 },
	{ "/app/applications/5/edit", PAGE_APPLICATION_EDIT, 5 },
	{ "/app/applications/42/transition", PAGE_APPLICATION_TRANSITION,
	  42 },
	{ "/app/applications/42/certificate", PAGE_APPLICATION_CERTIFICATE,
	  42 },

	/* Not a page. */
	{ "", PAGE__MAX, 0 },
	{ "app", PAGE__MAX, 0 },
	{ "//", PAGE__MAX, 0 },
	{ "/index.html", PAGE__MAX, 0 },
	{ "/public", PAGE__MAX, 0 },
	{ "/public/", PAGE__MAX, 0 },
	{ "/public/stats/", PAGE__MAX, 0 },
	{ "/public//stats", PAGE__MAX, 0 },
	{ "//public/stats", PAGE__MAX, 0 },
	{ "/public/statsx", PAGE__MAX, 0 },
	{ "/public/stat", PAGE__MAX, 0 },
	{ "/app", PAGE__MAX, 0 },
	{ "/app//", PAGE__MAX, 0 },
	{ "/APP/", PAGE__MAX, 0 },
	{ "/app/units/", PAGE__MAX, 0 },
	{ "/app//units", PAGE__MAX, 0 },
	{ "/app/units//17", PAGE__MAX, 0 },
	{ "/app/Units", PAGE__MAX, 0 },
	{ "/app/unit", PAGE__MAX, 0 },
	{ "/app/unitsx", PAGE__MAX, 0 },
	{ "/app/audit/", PAGE__MAX, 0 },
	{ "/app/audit/1", PAGE__MAX, 0 },
	{ "/app/units/{id}", PAGE__MAX, 0 },
	{ "/app/units/{id}/certs", PAGE__MAX, 0 },
	/* Ids: digits only, no leading zero, at most 15 digits. */
	{ "/app/units/0", PAGE__MAX, 0 },
	{ "/app/units/00", PAGE__MAX, 0 },
	{ "/app/units/017", PAGE__MAX, 0 },
	{ "/app/units/0/certs", PAGE__MAX, 0 },
	{ "/app/units/-1", PAGE__MAX, 0 },
	{ "/app/units/+1", PAGE__MAX, 0 },
	{ "/app/units/1a", PAGE__MAX, 0 },
	{ "/app/units/a", PAGE__MAX, 0 },
	{ "/app/units/0x11", PAGE__MAX, 0 },
	{ "/app/units/1.0", PAGE__MAX, 0 },
	{ "/app/units/ 1", PAGE__MAX, 0 },
	{ "/app/units/1 ", PAGE__MAX, 0 },
	{ "/app/units/%31", PAGE__MAX, 0 },
	{ "/app/units/\xef\xbc\x91", PAGE__MAX, 0 },	/* fullwidth 1 */
	{ "/app/units/1234567890123456", PAGE__MAX, 0 },	/* 16 digits */
	{ "/app/units/9999999999999999999", PAGE__MAX, 0 },
	{ "/app/units/99999999999999999999999999", PAGE__MAX, 0 },
	{ "/app/units/1234567890123456/certs", PAGE__MAX, 0 },
	/* Trailing and extra segments. */
	{ "/app/units/17/", PAGE__MAX, 0 },
	{ "/app/units/17/x", PAGE__MAX, 0 },
	{ "/app/units/17/certs/", PAGE__MAX, 0 },
	{ "/app/units/17/certs/1", PAGE__MAX, 0 },
	{ "/app/units/17/cert", PAGE__MAX, 0 },
	{ "/app/units/17//certs", PAGE__MAX, 0 },
	{ "/app/units//certs", PAGE__MAX, 0 },
	{ "/app/units/17/certs/../..", PAGE__MAX, 0 },
	{ "/app/units/../audit", PAGE__MAX, 0 },
	{ "/app/units/17?x=1", PAGE__MAX, 0 },
	{ "/app/applications/", PAGE__MAX, 0 },
	{ "/app/application", PAGE__MAX, 0 },
	{ "/app/applications/new/", PAGE__MAX, 0 },
	{ "/app/applications/new/edit", PAGE__MAX, 0 },
	{ "/app/applications/New", PAGE__MAX, 0 },
	{ "/app/applications/batch/1", PAGE__MAX, 0 },
	{ "/app/applications/0", PAGE__MAX, 0 },
	{ "/app/applications/05/edit", PAGE__MAX, 0 },
	{ "/app/applications/5/", PAGE__MAX, 0 },
	{ "/app/applications/5/review", PAGE__MAX, 0 },
	{ "/app/applications/5/edit/", PAGE__MAX, 0 },
	{ "/app/applications/5/certificate/1", PAGE__MAX, 0 },
	{ "/app/applications/{id}/edit", PAGE__MAX, 0 },
	{ "/app/applications/1234567890123456/edit", PAGE__MAX, 0 },
	{ "/app/studios", PAGE_STUDIOS, 0 },
	{ "/app/studios/3", PAGE_STUDIO, 3 },
	{ "/app/studios/3/transition", PAGE_STUDIO_TRANSITION, 3 },
	{ "/app/studios/3/dossier", PAGE_STUDIO_DOSSIER, 3 },
	{ "/app/studios/", PAGE__MAX, 0 },
	{ "/app/studios/x", PAGE__MAX, 0 },
	{ "/app/studios/3/dossier/", PAGE__MAX, 0 },
	{ "/app/studios/3/amendments", PAGE_STUDIO_AMENDMENTS, 3 },
	{ "/app/amendments/8", PAGE_AMENDMENT, 8 },
	{ "/app/amendments/8/transition", PAGE_AMENDMENT_TRANSITION, 8 },
	{ "/app/amendments", PAGE__MAX, 0 },
	{ "/app/studios/3/upgrade", PAGE_STUDIO_UPGRADE, 3 },
	{ "/app/studios/3/upgrade/transition", PAGE_STUDIO_UPGRADE_TRANSITION,
	  3 },
	{ "/app/studios/3/upgrade/", PAGE__MAX, 0 },
	{ "/app/studios/x/upgrade", PAGE__MAX, 0 },
	{ "/public/studios", PAGE_PUBLIC_STUDIOS, 0 },
	{ "/public/studios/7", PAGE_PUBLIC_STUDIO, 7 },
	{ "/public/studios/07", PAGE__MAX, 0 },
	{ "/public/studios/x", PAGE__MAX, 0 },
	{ "/public/studios/", PAGE__MAX, 0 },
	{ "/public/feed.atom", PAGE_PUBLIC_FEED, 0 },
	{ "/public/feed", PAGE__MAX, 0 },
	{ "/app/decisions/4", PAGE_DECISION, 4 },
	{ "/app/decisions/04", PAGE__MAX, 0 },
	{ "/app/decisions/4/", PAGE__MAX, 0 },
	{ "/app/decisions/x", PAGE__MAX, 0 },
	{ "/app/decisions", PAGE__MAX, 0 },
	{ "/app/assessments", PAGE_ASSESSMENTS, 0 },
	{ "/app/assessments/", PAGE__MAX, 0 },
	{ "/app/studios/3/assessments/31", PAGE__MAX, 0 },
	{ "/app/studios/3/assessments/20311", PAGE__MAX, 0 },
	{ "/app/studios/3/assessments/1899", PAGE__MAX, 0 },
	{ "/app/studios/3/assessments/x031", PAGE__MAX, 0 },
	{ "/app/studios/3/assessments", PAGE__MAX, 0 },
	{ "/app/assessments/schemes/203", PAGE__MAX, 0 },
	{ "/app/assessments/filings", PAGE__MAX, 0 },
	{ "/app/funds", PAGE_FUNDS, 0 },
	{ "/app/funds/3", PAGE_FUND, 3 },
	{ "/app/funds/03", PAGE__MAX, 0 },
	{ "/app/studios/3/funding", PAGE_FUNDING, 3 },
	{ "/app/trainings", PAGE_TRAININGS, 0 },
	{ "/app/trainings/12", PAGE_TRAINING, 12 },
	{ "/app/trainings/12/x", PAGE__MAX, 0 },
	{ "/app/events", PAGE_EVENTS, 0 },
	{ "/app/events/5", PAGE_EVENT, 5 },
	{ "/public/events", PAGE_PUBLIC_EVENTS, 0 },
	{ "/public/events/5", PAGE__MAX, 0 },
	{ "/app/studios/3/links", PAGE_STUDIO_LINKS, 3 },
	{ "/app/rankings/studios", PAGE_RANKING_STUDIOS, 0 },
	{ "/app/rankings/units", PAGE_RANKING_UNITS, 0 },
	{ "/app/rankings", PAGE__MAX, 0 },
	/* the pool's status (only on nginx's local status server) */
	{ "/studio-status", PAGE_STATUS, 0 },
	{ "/studio-status/metrics", PAGE_METRICS, 0 },
	{ "/studio-status/", PAGE__MAX, 0 },
	{ "/studio-status/metrics/x", PAGE__MAX, 0 },
	{ "/public/studio-status", PAGE__MAX, 0 },
	{ "/app/studio-status", PAGE__MAX, 0 },
	{ "/app/rankings/studios/3", PAGE__MAX, 0 },
	{ "/app/funding/report", PAGE_FUNDING_REPORT, 0 },
	{ "/app/export", PAGE_EXPORT, 0 },
	{ "/app/export/all", PAGE__MAX, 0 },
	{ "/app/import", PAGE_IMPORT, 0 },
	{ "/app/import/1", PAGE__MAX, 0 },
	{ "/app/reports/assessment", PAGE_REPORT_ASSESSMENT, 0 },
	{ "/app/reports/funding", PAGE_REPORT_FUNDING, 0 },
	{ "/app/reports/progress", PAGE_REPORT_PROGRESS, 0 },
	{ "/app/reports", PAGE__MAX, 0 },
	{ "/app/reports/ranking", PAGE__MAX, 0 },
	{ "/app/funding", PAGE__MAX, 0 },
	{ "/app/achievements", PAGE_ACHIEVEMENTS, 0 },
	{ "/app/achievements/5", PAGE_ACHIEVEMENT, 5 },
	{ "/public/achievements", PAGE_PUBLIC_ACHIEVEMENTS, 0 },
	{ "/public/achievements/5", PAGE_PUBLIC_ACHIEVEMENT, 5 },
	{ "/public/photos/9", PAGE_PUBLIC_PHOTO, 9 },
	{ "/public/photos", PAGE__MAX, 0 },
	{ "/app/attachments/12", PAGE_ATTACHMENT, 12 },
	{ "/app/attachments/012", PAGE__MAX, 0 },
	{ "/app/attachments/12/", PAGE__MAX, 0 },
	{ "/app/attachments", PAGE__MAX, 0 },
	{ "/_attachments/ab/cd/ef", PAGE__MAX, 0 },
};

/* The pages of a year: the id and the year both read from the path. */
START_TEST(t_route_year)
{
	int64_t		 id = -1;
	int		 year = -1;

	ck_assert_int_eq(route_match("/app/studios/3/assessments/2031", &id,
	    &year), PAGE_ASSESSMENT);
	ck_assert_int_eq(id, 3);
	ck_assert_int_eq(year, 2031);
	ck_assert_int_eq(route_match("/app/assessments/schemes/2026", &id,
	    &year), PAGE_SCHEME);
	ck_assert_int_eq(year, 2026);
	ck_assert_int_eq(route_match("/app/assessments/filings/2199", &id,
	    &year), PAGE_FILINGS);
	ck_assert_int_eq(year, 2199);
}
END_TEST

START_TEST(t_route_match)
{
	int64_t		 id = -1;
	int		 year = -1;
	enum page	 p;

	p = route_match(match_cases[_i].path, &id, &year);
	ck_assert_msg(p == match_cases[_i].page, "\"%s\": page %d, want %d",
	    match_cases[_i].path, p, match_cases[_i].page);
	if (p != PAGE__MAX) {
		ck_assert_msg(id == match_cases[_i].id,
		    "\"%s\": id %lld, want %lld", match_cases[_i].path,
		    (long long)id, (long long)match_cases[_i].id);
		ck_assert_int_eq(year, 0);
	}
}
END_TEST

/* Which methods each page answers; HEAD goes with GET. */
static const struct {
	enum page	 page;
	int		 get, head, post;
} allow_cases[] = {
	{ PAGE_HOME, 1, 1, 0 },
	{ PAGE_PUBLIC_STATS, 1, 1, 0 },
	{ PAGE_APP_HOME, 1, 1, 0 },
	{ PAGE_UNITS, 1, 1, 0 },
	{ PAGE_UNIT, 1, 1, 0 },
	{ PAGE_UNIT_CERTS, 1, 1, 1 },
	{ PAGE_AUDIT, 1, 1, 0 },
	{ PAGE_APPLICATIONS, 1, 1, 1 },
	{ PAGE_APPLICATION_NEW, 1, 1, 0 },
	{ PAGE_APPLICATION_BATCH, 0, 0, 1 },
	{ PAGE_APPLICATION, 1, 1, 1 },
	{ PAGE_APPLICATION_EDIT, 1, 1, 0 },
	{ PAGE_APPLICATION_TRANSITION, 0, 0, 1 },
	{ PAGE_APPLICATION_CERTIFICATE, 1, 1, 0 },
	{ PAGE_STUDIOS, 1, 1, 0 },
	{ PAGE_STUDIO, 1, 1, 0 },
	{ PAGE_STUDIO_TRANSITION, 0, 0, 1 },
	{ PAGE_STUDIO_DOSSIER, 1, 1, 0 },
	{ PAGE_PUBLIC_STUDIOS, 1, 1, 0 },
	{ PAGE_PUBLIC_STUDIO, 1, 1, 0 },
	{ PAGE_PUBLIC_FEED, 1, 1, 0 },
	{ PAGE_STUDIO_AMENDMENTS, 1, 1, 1 },
	{ PAGE_AMENDMENT, 1, 1, 0 },
	{ PAGE_AMENDMENT_TRANSITION, 0, 0, 1 },
	{ PAGE_STUDIO_UPGRADE, 1, 1, 1 },
	{ PAGE_STUDIO_UPGRADE_TRANSITION, 0, 0, 1 },
	{ PAGE_DECISION, 1, 1, 0 },
	{ PAGE_ASSESSMENTS, 1, 1, 0 },
	{ PAGE_ASSESSMENT, 1, 1, 1 },
	{ PAGE_SCHEME, 1, 1, 1 },
	{ PAGE_FILINGS, 1, 1, 1 },
	{ PAGE_FUNDS, 1, 1, 1 },
	{ PAGE_FUND, 1, 1, 1 },
	{ PAGE_FUNDING, 1, 1, 1 },
	{ PAGE_FUNDING_REPORT, 1, 1, 0 },
	{ PAGE_EXPORT, 1, 1, 0 },
	{ PAGE_ACHIEVEMENTS, 1, 1, 1 },
	{ PAGE_ACHIEVEMENT, 1, 1, 1 },
	{ PAGE_PUBLIC_ACHIEVEMENTS, 1, 1, 0 },
	{ PAGE_PUBLIC_ACHIEVEMENT, 1, 1, 0 },
	{ PAGE_PUBLIC_PHOTO, 1, 1, 0 },
	{ PAGE_ATTACHMENT, 1, 1, 0 },
	{ PAGE_TRAININGS, 1, 1, 1 },
	{ PAGE_TRAINING, 1, 1, 1 },
	{ PAGE_EVENTS, 1, 1, 1 },
	{ PAGE_EVENT, 1, 1, 1 },
	{ PAGE_PUBLIC_EVENTS, 1, 1, 0 },
	{ PAGE_STUDIO_LINKS, 0, 0, 1 },
	{ PAGE_REPORT_ASSESSMENT, 1, 1, 0 },
	{ PAGE_REPORT_FUNDING, 1, 1, 0 },
	{ PAGE_REPORT_PROGRESS, 1, 1, 0 },
	{ PAGE_RANKING_STUDIOS, 1, 1, 0 },
	{ PAGE_RANKING_UNITS, 1, 1, 0 },
	{ PAGE_STATUS, 1, 1, 0 },
	{ PAGE_METRICS, 1, 1, 0 },
	{ PAGE_IMPORT, 1, 1, 1 },
	{ PAGE__MAX, 0, 0, 0 },
};

START_TEST(t_route_allows)
{
	enum page	 p = allow_cases[_i].page;

	ck_assert_int_eq(route_allows(p, METHOD_GET), allow_cases[_i].get);
	ck_assert_int_eq(route_allows(p, METHOD_HEAD), allow_cases[_i].head);
	ck_assert_int_eq(route_allows(p, METHOD_POST), allow_cases[_i].post);
	ck_assert_int_eq(route_allows(p, METHOD__MAX), 0);
}
END_TEST

/* Every page of the enum has a row above: a new page needs one. */
START_TEST(t_route_complete)
{
	ck_assert_uint_eq(NITEMS(allow_cases), PAGE__MAX + 1);
	ck_assert_int_eq(route_allows((enum page)(PAGE__MAX + 1), METHOD_GET),
	    0);
}
END_TEST

Suite *
suite_route(void)
{
	Suite	*s = suite_create("route");
	TCase	*tc;

	tc = tcase_create("route_match");
	tcase_add_test(tc, t_route_year);
	tcase_add_loop_test(tc, t_route_match, 0, NITEMS(match_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("route_allows");
	tcase_add_loop_test(tc, t_route_allows, 0, NITEMS(allow_cases));
	tcase_add_test(tc, t_route_complete);
	suite_add_tcase(s, tc);
	return s;
}
