/*
 * h_report.c: the year's reports (GET /app/reports/assessment,
 * /app/reports/funding and /app/reports/progress, each with ?year=, else
 * this year), over the unit's subtree; and the funding report's old
 * address (/app/funding/report), which answers 301 to the new one with
 * its query.  The figures are report.c's.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "extern.h"

int
h_report_assessment(struct req *r)
{
	int	 year, st;

	if ((st = req_year(r, &year)) != 0)
		return st;
	return err_status(report_assessment_xml(r, year));
}

int
h_report_funding(struct req *r)
{
	int	 year, st;

	if ((st = req_year(r, &year)) != 0)
		return st;
	return err_status(funding_report_xml(r, year));
}

int
h_report_progress(struct req *r)
{
	int	 year, st;

	if ((st = req_year(r, &year)) != 0)
		return st;
	return err_status(report_progress_xml(r, year));
}

/* The old address of the funding report: moved, its query kept. */
int
h_funding_report(struct req *r)
{
	r->location = r->query != NULL && *r->query != '\0' &&
	    strpbrk(r->query, "\r\n") == NULL ?
	    aprintf(r->a, "/app/reports/funding?%s", r->query) :
	    "/app/reports/funding";
	return 301;
}
