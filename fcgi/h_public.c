/*
 * h_public.c: the public site, no certificate: the landing page, the
 * progress statistics, the registry of named studios, a studio's public
 * page and the Atom feed of namings and published achievements.  The
 * models (registry.c, achievement.c) select only public columns: no
 * personal data ever appears here.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "extern.h"

int
h_public_home(struct req *r)
{
	xml_begin(r, "home");
	xml_attr(r, "today", xml_today(r));
	return err_status(registry_xml_progress(r, 0, 0));
}

/*
 * /public/stats?year=: named studios (not revoked) against the target of
 * the year (default the one in force), by district.
 */
int
h_public_stats(struct req *r)
{
	const char	*year = kv_get(&r->q, "year");
	int64_t		 y = 0;

	/* A year that does not parse is no filter, as on the lists. */
	if (year == NULL || valid_int(year, 1990, 2199, &y) != NULL)
		y = 0;
	xml_begin(r, "stats");
	xml_attr(r, "today", xml_today(r));
	return err_status(registry_xml_progress(r, (int)y, 1));
}

/*
 * /public/studios: the registry, filtered by district (the auditing
 * district or industry union's id), industry, type, year named and a
 * search in name, host unit and field; 50 a page, newest first.
 */
int
h_public_studios(struct req *r)
{
	return err_status(registry_xml_list(r));
}

/*
 * /public/studios/{id}: a studio's public page, with its published
 * achievements; 404 when there is none.
 */
int
h_public_studio(struct req *r)
{
	enum err	 e;

	if ((e = registry_xml_studio(r, r->arg_id, req_public_origin(r))) !=
	    E_OK)
		return err_status(e);
	/* At its end, its published achievements, then its collaboration
	   links (none when revoked). */
	if ((e = achievement_xml_public_studio(r, r->arg_id)) != E_OK)
		return err_status(e);
	return err_status(links_xml(r, r->arg_id, 1));
}

/*
 * /public/feed.atom: the namings as Atom, made by the route's stylesheet
 * whatever the request's Accept says (feed readers name application/xml
 * among their types); ?format=xml still gives the document itself.
 */
int
h_public_feed(struct req *r)
{
	enum err	 e;

	if (r->fmt != FMT_XML || kv_get(&r->q, "format") == NULL)
		r->fmt = FMT_HTML;
	if ((e = registry_xml_feed(r, req_public_origin(r))) != E_OK)
		return err_status(e);
	return err_status(achievement_xml_feed(r));
}
