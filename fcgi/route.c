/*
 * route.c: the URL table and the life of one request:
 * parse → route → auth → (body, CSRF) → handler → response.
 * A URL's handler is found in the table below in one step.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extern.h"

#define R_AUTH	0x01	/* a unit certificate is required */
#define R_CITY	0x02	/* the city federation only */
#define R_FRESH	0x04	/* made anew each time (a one-time key): no ETag */
/* The role a POST needs of the certificate (GETs need none). */
#define R_REVIEW	0x08	/* 审核 */
#define R_FINANCE	0x10	/* 财务 */
#define R_ADMIN		0x20	/* 管理 */
#define R_FILES		0x40	/* a POST may be multipart/form-data with files */
/*
 * Only through nginx's local status server (STUDIO_SITE status), which
 * reaches nothing else: on the public and reviewers' sites such a route
 * does not exist (404), and the status server finds no other route.
 */
#define R_LOCAL		0x80

static const struct route {
	const char	*pattern;
	int		(*get)(struct req *);
	int		(*post)(struct req *);
	enum sheet	 html;
	enum sheet	 print;
	enum sheet	 csv;
	unsigned	 flags;
	const char	*title;		/* Chinese stem of a download's name */
} routes[PAGE__MAX] = {
	[PAGE_HOME] =
	{ "/", h_public_home, NULL,
	  SHEET_HOME, SHEET_HOME, SHEET_NONE, 0,
	  "首页" },
	[PAGE_PUBLIC_STATS] =
	{ "/public/stats", h_public_stats, NULL,
	  SHEET_STATS, SHEET_STATS, SHEET_NONE, 0,
	  "命名情况统计" },
	[PAGE_APP_HOME] =
	{ "/app/", h_home, NULL,
	  SHEET_DASHBOARD, SHEET_DASHBOARD, SHEET_NONE, R_AUTH,
	  "待办事项" },
	[PAGE_UNITS] =
	{ "/app/units", h_units, NULL,
	  SHEET_UNITS, SHEET_UNITS, SHEET_UNITS_CSV, R_AUTH,
	  "单位" },
	[PAGE_UNIT] =
	{ "/app/units/{id}", h_unit, NULL,
	  SHEET_UNIT, SHEET_UNIT, SHEET_NONE, R_AUTH,
	  "单位" },
	[PAGE_UNIT_CERTS] =
	{ "/app/units/{id}/certs", h_certs, h_certs_post,
	  SHEET_CERTS, SHEET_CERTS, SHEET_NONE, R_AUTH | R_ADMIN,
	  "单位证书" },
	[PAGE_AUDIT] =
	{ "/app/audit", h_audit, NULL,
	  SHEET_AUDIT, SHEET_AUDIT, SHEET_AUDIT_CSV, R_AUTH | R_CITY,
	  "审计日志" },
	[PAGE_APPLICATIONS] =
	{ "/app/applications", h_applications, h_application_create,
	  SHEET_APPLICATIONS, SHEET_APPLICATIONS, SHEET_APPLICATIONS_CSV,
	  R_AUTH | R_REVIEW,
	  "创建申请" },
	[PAGE_APPLICATION_NEW] =
	{ "/app/applications/new", h_application_new, NULL,
	  SHEET_APPLICATION_FORM, SHEET_APPLICATION_FORM, SHEET_NONE,
	  R_AUTH | R_FRESH,
	  "新建申请表" },
	[PAGE_APPLICATION_BATCH] =
	{ "/app/applications/batch", NULL, h_batch,
	  SHEET_APPLICATIONS, SHEET_APPLICATIONS, SHEET_NONE, R_AUTH | R_REVIEW,
	  "批量审核" },
	[PAGE_APPLICATION] =
	{ "/app/applications/{id}", h_application, h_application_update,
	  SHEET_APPLICATION, SHEET_APPLICATION_PRINT, SHEET_NONE,
	  R_AUTH | R_REVIEW,
	  "创建申请表" },
	[PAGE_APPLICATION_EDIT] =
	{ "/app/applications/{id}/edit", h_application_edit, NULL,
	  SHEET_APPLICATION_FORM, SHEET_APPLICATION_FORM, SHEET_NONE,
	  R_AUTH,
	  "创建申请表" },
	[PAGE_APPLICATION_TRANSITION] =
	{ "/app/applications/{id}/transition", NULL, h_transition,
	  SHEET_APPLICATION, SHEET_APPLICATION_PRINT, SHEET_NONE,
	  R_AUTH | R_REVIEW,
	  "创建申请表" },
	[PAGE_APPLICATION_CERTIFICATE] =
	{ "/app/applications/{id}/certificate", h_application, NULL,
	  SHEET_CERTIFICATE, SHEET_CERTIFICATE, SHEET_NONE, R_AUTH,
	  "命名证书" },
	[PAGE_STUDIOS] =
	{ "/app/studios", h_studios, NULL,
	  SHEET_STUDIOS, SHEET_STUDIOS, SHEET_STUDIOS_CSV, R_AUTH,
	  "工作室" },
	[PAGE_STUDIO] =
	{ "/app/studios/{id}", h_studio, NULL,
	  SHEET_STUDIO, SHEET_STUDIO, SHEET_NONE, R_AUTH,
	  "工作室" },
	[PAGE_STUDIO_DOSSIER] =
	{ "/app/studios/{id}/dossier", h_dossier, NULL,
	  SHEET_DOSSIER, SHEET_DOSSIER, SHEET_NONE, R_AUTH,
	  "工作室档案" },
	[PAGE_STUDIO_TRANSITION] =
	{ "/app/studios/{id}/transition", NULL, h_studio_transition,
	  SHEET_STUDIO, SHEET_STUDIO, SHEET_NONE, R_AUTH | R_REVIEW,
	  "工作室" },
	[PAGE_PUBLIC_STUDIOS] =
	{ "/public/studios", h_public_studios, NULL,
	  SHEET_REGISTRY, SHEET_REGISTRY, SHEET_NONE, 0,
	  "工作室名录" },
	[PAGE_PUBLIC_STUDIO] =
	{ "/public/studios/{id}", h_public_studio, NULL,
	  SHEET_PUBLIC_STUDIO, SHEET_PUBLIC_STUDIO, SHEET_NONE, 0,
	  "工作室" },
	[PAGE_PUBLIC_FEED] =
	{ "/public/feed.atom", h_public_feed, NULL,
	  SHEET_FEED, SHEET_FEED, SHEET_NONE, 0,
	  "命名公告" },
	[PAGE_STUDIO_AMENDMENTS] =
	{ "/app/studios/{id}/amendments", h_amendments, h_amendment_create,
	  SHEET_AMENDMENTS, SHEET_AMENDMENTS, SHEET_NONE, R_AUTH | R_REVIEW,
	  "变更申请" },
	[PAGE_AMENDMENT] =
	{ "/app/amendments/{id}", h_amendment, NULL,
	  SHEET_AMENDMENT, SHEET_AMENDMENT, SHEET_NONE, R_AUTH,
	  "变更申请" },
	[PAGE_AMENDMENT_TRANSITION] =
	{ "/app/amendments/{id}/transition", NULL, h_amendment_transition,
	  SHEET_AMENDMENT, SHEET_AMENDMENT, SHEET_NONE, R_AUTH | R_REVIEW,
	  "变更申请" },
	[PAGE_STUDIO_UPGRADE] =
	{ "/app/studios/{id}/upgrade", h_upgrades, h_upgrade_create,
	  SHEET_UPGRADE, SHEET_UPGRADE, SHEET_NONE, R_AUTH | R_REVIEW,
	  "升级申请" },
	[PAGE_STUDIO_UPGRADE_TRANSITION] =
	{ "/app/studios/{id}/upgrade/transition", NULL, h_upgrade_transition,
	  SHEET_UPGRADE, SHEET_UPGRADE, SHEET_NONE, R_AUTH | R_REVIEW,
	  "升级申请" },
	[PAGE_DECISION] =
	{ "/app/decisions/{id}", h_decision, NULL,
	  SHEET_DECISION, SHEET_DECISION, SHEET_NONE, R_AUTH,
	  "命名决定" },
	[PAGE_ASSESSMENTS] =
	{ "/app/assessments", h_assessments, NULL,
	  SHEET_ASSESSMENTS, SHEET_ASSESSMENTS, SHEET_ASSESSMENTS_CSV, R_AUTH,
	  "年度考核" },
	[PAGE_ASSESSMENT] =
	{ "/app/studios/{id}/assessments/{year}", h_assessment,
	  h_assessment_post,
	  SHEET_ASSESSMENT, SHEET_ASSESSMENT_PRINT, SHEET_NONE,
	  R_AUTH | R_REVIEW | R_FILES,
	  "考核表" },
	[PAGE_SCHEME] =
	{ "/app/assessments/schemes/{year}", h_scheme, h_scheme_post,
	  SHEET_SCHEME, SHEET_SCHEME, SHEET_NONE, R_AUTH | R_REVIEW,
	  "考核方案" },
	[PAGE_FILINGS] =
	{ "/app/assessments/filings/{year}", h_filings, h_filings_post,
	  SHEET_FILINGS, SHEET_FILINGS, SHEET_NONE, R_AUTH | R_REVIEW,
	  "年度考核报送" },
	[PAGE_FUNDS] =
	{ "/app/funds", h_funds, h_funds_post,
	  SHEET_FUNDS, SHEET_FUNDS, SHEET_FUNDS_CSV, R_AUTH | R_FINANCE,
	  "补助资金" },
	[PAGE_FUND] =
	{ "/app/funds/{id}", h_fund, h_fund_post,
	  SHEET_FUND, SHEET_FUND, SHEET_FUND_CSV, R_AUTH | R_FINANCE,
	  "补助资金" },
	[PAGE_FUNDING] =
	{ "/app/studios/{id}/funding", h_funding, h_funding_post,
	  SHEET_FUNDING, SHEET_FUNDING, SHEET_FUNDING_CSV,
	  R_AUTH | R_FINANCE | R_FILES,
	  "工作室补助" },
	/* moved to /app/reports/funding: 301 */
	[PAGE_FUNDING_REPORT] =
	{ "/app/funding/report", h_funding_report, NULL,
	  SHEET_ERROR, SHEET_ERROR, SHEET_NONE, R_AUTH | R_FRESH,
	  "补助资金年度报表" },
	/* without what=, the page; with it, the XML streamed (export.c) */
	[PAGE_EXPORT] =
	{ "/app/export", h_export, NULL,
	  SHEET_EXPORT, SHEET_EXPORT, SHEET_NONE, R_AUTH,
	  "数据导出" },
	[PAGE_ACHIEVEMENTS] =
	{ "/app/achievements", h_achievements, h_achievements_post,
	  SHEET_ACHIEVEMENTS, SHEET_ACHIEVEMENTS, SHEET_ACHIEVEMENTS_CSV,
	  R_AUTH | R_REVIEW,
	  "创新成果" },
	[PAGE_ACHIEVEMENT] =
	{ "/app/achievements/{id}", h_achievement, h_achievement_post,
	  SHEET_ACHIEVEMENT, SHEET_ACHIEVEMENT, SHEET_NONE,
	  R_AUTH | R_REVIEW | R_FILES,
	  "创新成果" },
	[PAGE_PUBLIC_ACHIEVEMENTS] =
	{ "/public/achievements", h_public_achievements, NULL,
	  SHEET_PUBLIC_ACHIEVEMENTS, SHEET_PUBLIC_ACHIEVEMENTS, SHEET_NONE, 0,
	  "创新成果展示" },
	[PAGE_PUBLIC_ACHIEVEMENT] =
	{ "/public/achievements/{id}", h_public_achievement, NULL,
	  SHEET_PUBLIC_ACHIEVEMENT, SHEET_PUBLIC_ACHIEVEMENT, SHEET_NONE, 0,
	  "创新成果" },
	[PAGE_PUBLIC_PHOTO] =
	{ "/public/photos/{id}", h_public_photo, NULL,
	  SHEET_ERROR, SHEET_ERROR, SHEET_NONE, R_FRESH,
	  "照片" },
	/* the bytes come from nginx (X-Accel-Redirect): no document, no tag;
	   a refusal is the error page */
	[PAGE_ATTACHMENT] =
	{ "/app/attachments/{id}", h_attachment, NULL,
	  SHEET_ERROR, SHEET_ERROR, SHEET_NONE, R_AUTH | R_FRESH,
	  "附件" },
	/* leader training, publicity events, a studio's links */
	[PAGE_TRAININGS] =
	{ "/app/trainings", h_trainings, h_trainings_post,
	  SHEET_TRAININGS, SHEET_TRAININGS, SHEET_NONE, R_AUTH | R_REVIEW,
	  "领衔人培训" },
	/* its print is the sign-in sheet */
	[PAGE_TRAINING] =
	{ "/app/trainings/{id}", h_training, h_training_post,
	  SHEET_TRAINING, SHEET_TRAINING, SHEET_NONE, R_AUTH | R_REVIEW,
	  "领衔人培训签到表" },
	[PAGE_EVENTS] =
	{ "/app/events", h_events, h_events_post,
	  SHEET_EVENTS, SHEET_EVENTS, SHEET_NONE, R_AUTH | R_REVIEW,
	  "宣传活动" },
	[PAGE_EVENT] =
	{ "/app/events/{id}", h_event, h_event_post,
	  SHEET_EVENT, SHEET_EVENT, SHEET_NONE, R_AUTH | R_REVIEW | R_FILES,
	  "宣传活动" },
	[PAGE_PUBLIC_EVENTS] =
	{ "/public/events", h_public_events, NULL,
	  SHEET_PUBLIC_EVENTS, SHEET_PUBLIC_EVENTS, SHEET_NONE, 0,
	  "宣传活动" },
	[PAGE_STUDIO_LINKS] =
	{ "/app/studios/{id}/links", NULL, h_studio_links_post,
	  SHEET_STUDIO, SHEET_STUDIO, SHEET_NONE, R_AUTH | R_REVIEW,
	  "工作室" },
	/* the year's reports: page and print are one file each */
	[PAGE_REPORT_ASSESSMENT] =
	{ "/app/reports/assessment", h_report_assessment, NULL,
	  SHEET_ASSESSMENT_REPORT, SHEET_ASSESSMENT_REPORT,
	  SHEET_ASSESSMENT_REPORT_CSV, R_AUTH,
	  "年度考核情况报告" },
	[PAGE_REPORT_FUNDING] =
	{ "/app/reports/funding", h_report_funding, NULL,
	  SHEET_FUNDING_REPORT, SHEET_FUNDING_REPORT, SHEET_FUNDING_REPORT_CSV,
	  R_AUTH,
	  "补助资金年度报告" },
	[PAGE_REPORT_PROGRESS] =
	{ "/app/reports/progress", h_report_progress, NULL,
	  SHEET_PROGRESS_REPORT, SHEET_PROGRESS_REPORT,
	  SHEET_PROGRESS_REPORT_CSV, R_AUTH,
	  "创建进度报告" },
	/* the year's rankings: read-only */
	[PAGE_RANKING_STUDIOS] =
	{ "/app/rankings/studios", h_ranking_studios, NULL,
	  SHEET_RANKING_STUDIOS, SHEET_RANKING_STUDIOS,
	  SHEET_RANKING_STUDIOS_CSV, R_AUTH,
	  "工作室年度考核排名" },
	[PAGE_RANKING_UNITS] =
	{ "/app/rankings/units", h_ranking_units, NULL,
	  SHEET_RANKING_UNITS, SHEET_RANKING_UNITS, SHEET_RANKING_UNITS_CSV,
	  R_AUTH,
	  "审核单位年度工作排名" },
	/* the pool's status, as php-fpm's: text, or ?format=xml */
	[PAGE_STATUS] =
	{ "/studio-status", h_status, NULL,
	  SHEET_STATUS, SHEET_STATUS, SHEET_NONE, R_LOCAL | R_FRESH,
	  "运行状态" },
	/* the same in Prometheus's text format */
	[PAGE_METRICS] =
	{ "/studio-status/metrics", h_status, NULL,
	  SHEET_METRICS, SHEET_METRICS, SHEET_NONE, R_LOCAL | R_FRESH,
	  "运行状态" },
	/* the city's import: a dry run, then the real one (h_import.c) */
	[PAGE_IMPORT] =
	{ "/app/import", h_import, h_import_post,
	  SHEET_IMPORT, SHEET_IMPORT, SHEET_NONE,
	  R_AUTH | R_CITY | R_ADMIN | R_FILES,
	  "数据导入" },
};

/*
 * Whether r->who's certificate has the role the route's POST needs: 200,
 * or 403 naming the role.
 */
static int
role_check(struct req *r, unsigned flags)
{
	static const unsigned	 need[ROLE__N] = { R_REVIEW, R_FINANCE,
				    R_ADMIN };
	size_t			 i;

	for (i = 0; i < ROLE__N; i++)
		if ((flags & need[i]) && (r->who == NULL ||
		    !(r->who->roles & (1u << i)))) {
			r->reason = "role";
			r->message = aprintf(r->a, "此操作需要具有“%s”角色的证书；"
			    "请使用本单位具有该角色的证书，或请市总工会为本证书"
			    "增加该角色", role_labels[i]);
			return 403;
		}
	return 200;
}

/* Match one path segment [s, e) against a pattern segment [p, pe). */
static int
segment(const char *p, size_t pl, const char *s, size_t sl, int64_t *id,
    int *year)
{
	size_t	 i;
	int64_t	 v = 0;

	if (pl == 4 && memcmp(p, "{id}", 4) == 0) {
		if (sl == 0 || sl > 15 || s[0] == '0')
			return 0;
		for (i = 0; i < sl; i++) {
			if (s[i] < '0' || s[i] > '9')
				return 0;
			v = v * 10 + (s[i] - '0');
		}
		*id = v;
		return 1;
	}
	if (pl == 6 && memcmp(p, "{year}", 6) == 0) {
		if (sl != 4)
			return 0;
		for (i = 0; i < sl; i++) {
			if (s[i] < '0' || s[i] > '9')
				return 0;
			v = v * 10 + (s[i] - '0');
		}
		if (v < 1900 || v > 2199)
			return 0;
		*year = (int)v;
		return 1;
	}
	return pl == sl && memcmp(p, s, pl) == 0;
}

static int
match(const char *pat, const char *path, int64_t *id, int *year)
{
	const char	*pe, *se;

	for (;;) {
		if (*pat != *path)
			return 0;
		if (*pat == '\0')
			return 1;
		/* Both at '/': compare the next segments. */
		pat++;
		path++;
		pe = pat + strcspn(pat, "/");
		se = path + strcspn(path, "/");
		if (!segment(pat, (size_t)(pe - pat), path,
		    (size_t)(se - path), id, year))
			return 0;
		pat = pe;
		path = se;
	}
}

enum page
route_match(const char *path, int64_t *id, int *year)
{
	size_t	 i;

	*id = 0;
	*year = 0;
	for (i = 0; i < PAGE__MAX; i++)
		if (match(routes[i].pattern, path, id, year))
			return (enum page)i;
	return PAGE__MAX;
}

const char *
route_pattern(enum page p)
{
	return p < PAGE__MAX ? routes[p].pattern : NULL;
}

enum sheet
route_sheet(enum page p, enum fmt f)
{
	if (p >= PAGE__MAX)
		return SHEET_NONE;
	switch (f) {
	case FMT_HTML:
		return routes[p].html;
	case FMT_PRINT:
		return routes[p].print;
	case FMT_CSV:
		return routes[p].csv;
	default:
		return SHEET_NONE;
	}
}

int
route_allows(enum page p, enum method m)
{
	if (p >= PAGE__MAX)
		return 0;
	switch (m) {
	case METHOD_GET:
	case METHOD_HEAD:
		return routes[p].get != NULL;
	case METHOD_POST:
		return routes[p].post != NULL;
	default:
		return 0;
	}
}

/*
 * The ETag of a GET, known before its page is made: a keyed hash
 * (HMAC-SHA256 under the server secret, 128 bits) of what the page is
 * made from: the request (path and query), the site, the day, the set of
 * stylesheets (xslt_version) and the version of the data the page can
 * show.  For a reviewer that is its unit's data_version, which every
 * write the unit can see advances (audit_append), with the unit, the
 * certificate, the holder and the hour (pages with forms carry a CSRF
 * token with its issue time); on the public site, the public version
 * (db_public_version: read from the database at most once a second, the
 * pool's own writes counted at once).  A
 * conditional request whose tag still holds is answered 304 before the
 * handler runs: no list query, no stylesheet.  The tag tells neither the
 * version nor anything of another unit's writes.  NULL when the public
 * version cannot be read (the page is then made, without a tag).
 */
static const char *
etag(struct req *r)
{
	const struct who	*w = r->who;
	const char		*extra[16];
	unsigned char		 mac[32];
	char			 hex[2 * sizeof(mac) + 1], *msg, *p;
	const char		*pv = NULL;
	size_t			 n = 0, i, len;

	if (w == NULL && r->site == SITE_APP)
		return NULL;
	if (w == NULL && (pv = db_public_version(r->db, r->a)) == NULL)
		return NULL;
	extra[n++] = "etag-2";
	extra[n++] = r->path;
	extra[n++] = r->query != NULL ? r->query : "";
	extra[n++] = r->site == SITE_APP ? "app" : "public";
	extra[n++] = xml_today(r);
	extra[n++] = xslt_version();
	if (w != NULL) {
		extra[n++] = aprintf(r->a, "%lld", (long long)w->data_version);
		extra[n++] = w->fp;
		extra[n++] = w->unit_name;
		extra[n++] = w->holder != NULL ? w->holder : "";
		extra[n++] = aprintf(r->a, "%lld",
		    (long long)(time(NULL) / 3600));
	} else
		extra[n++] = pv;
	if (r->notice != NULL)
		extra[n++] = r->notice;
	/* Each string length-prefixed, so none runs into the next. */
	for (len = 0, i = 0; i < n; i++)
		len += strlen(extra[i]) + 24;
	p = msg = amalloc(r->a, len + 1);
	for (i = 0; i < n; i++)
		p += sprintf(p, "%zu:%s", strlen(extra[i]), extra[i]);
	if (hmac_sha256(r->conf->secret, r->conf->secretlen, msg,
	    (size_t)(p - msg), mac) == -1) {
		log_warnx("%s: HMAC failed", __func__);
		return NULL;
	}
	hexencode(mac, 16, hex);
	return aprintf(r->a, "\"%s\"", hex);
}

static int
etag_matches(const char *inm, const char *tag)
{
	if (inm == NULL || tag == NULL)
		return 0;
	return strcmp(inm, "*") == 0 || strstr(inm, tag) != NULL;
}

/* nginx's id of the request: 32 hex digits, or "-". */
static const char *
request_id(const struct req *r)
{
	const char	*id = req_param(r, "STUDIO_REQUEST_ID");
	size_t		 i;

	if (id == NULL || strlen(id) != 32)
		return "-";
	for (i = 0; i < 32; i++)
		if (!isxdigit((unsigned char)id[i]))
			return "-";
	return id;
}

void
route_log_slow(const struct req *r, int64_t ms)
{
	static const char *const methods[METHOD__MAX + 1] = {
		[METHOD_GET] = "GET",
		[METHOD_HEAD] = "HEAD",
		[METHOD_POST] = "POST",
		[METHOD__MAX] = "(other)",
	};
	const char	*pat = NULL;

	if (r->page >= 0 && r->page < PAGE__MAX)
		pat = routes[r->page].pattern;
	log_warnx("slow request: %s %s: %lld ms (slow_ms %ld), status %d, "
	    "request %s", methods[r->method <= METHOD__MAX ? r->method :
	    METHOD__MAX], pat != NULL ? pat : "(no route)", (long long)ms,
	    r->conf->slow_ms, r->status, request_id(r));
}

/* Throw away an unread request body, so the connection stays usable. */
static void
drain(struct req *r)
{
	char	 buf[8192];

	while (FCGX_GetStr(buf, sizeof(buf), r->fr->in) > 0)
		continue;
}

/*
 * The ASCII stem of a download's name: the list's own (r->filename), else
 * the route's pattern without its prefix and parameters ("/app/studios/
 * {id}/dossier" gives "studios-dossier"); "export" when nothing is left.
 */
static const char *
ascii_stem(struct req *r, const char *pat)
{
	const char	*s, *e;
	char		*out, *p;

	if (r->filename != NULL)
		return r->filename;
	p = out = aprintf(r->a, "%s", pat);
	for (s = pat; *s != '\0'; s = e) {
		while (*s == '/')
			s++;
		e = s + strcspn(s, "/");
		if (e == s || *s == '{' || (e - s == 3 &&
		    memcmp(s, "app", 3) == 0) || (e - s == 6 &&
		    memcmp(s, "public", 6) == 0))
			continue;
		if (p != out)
			*p++ = '-';
		for (; s < e; s++)
			if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
			    *s == '-')
				*p++ = *s;
	}
	*p = '\0';
	return *out != '\0' ? out : "export";
}

void
route_serve(struct req *r)
{
	const struct route	*rt = NULL;
	enum page		 p = PAGE__MAX;
	const char		*tag = NULL;
	int			 status;

	if ((status = req_parse(r)) != 200)
		goto out;
	p = route_match(r->path, &r->arg_id, &r->arg_year);
	if (p != PAGE__MAX && ((routes[p].flags & R_LOCAL) != 0) !=
	    (r->site == SITE_STATUS))
		p = PAGE__MAX;
	if (p == PAGE__MAX) {
		status = 404;
		r->message = "您访问的页面不存在";
		goto out;
	}
	r->page = (int)p;
	rt = &routes[p];
	if (!route_allows(p, r->method)) {
		status = 405;
		r->allow = route_allows(p, METHOD_GET) &&
		    route_allows(p, METHOD_POST) ? "GET, HEAD, POST" :
		    route_allows(p, METHOD_POST) ? "POST" : "GET, HEAD";
		goto out;
	}
	if (rt->flags & R_AUTH && (status = auth_client(r)) != 200)
		goto out;
	if (r->fmt == FMT_CSV && rt->csv == SHEET_NONE) {
		status = 400;
		r->reason = "bad-format";
		req_ferr(r, "format", "format", "此页面不提供 CSV 格式");
		goto out;
	}
	if (rt->flags & R_CITY && (r->who == NULL ||
	    r->who->kind != KIND_CITY)) {
		status = 403;
		r->reason = "city-only";
		r->message = "此页面仅供市总工会使用";
		goto out;
	}
	if (r->method == METHOD_POST) {
		r->upload = (rt->flags & R_FILES) != 0;
		if ((status = role_check(r, rt->flags)) != 200 ||
		    (status = req_body(r)) != 200 ||
		    (status = auth_post(r)) != 200)
			goto out;
		status = rt->post(r);
		if (status == 303)
			notice_put(r);
		goto out;
	}
	notice_take(r);
	/*
	 * A tag of this page that still holds: 304, before the page is
	 * made.  It was given with the page, so the unit may see it (a
	 * record is never taken out of a unit's subtree).  "*" matches
	 * only what is there: the handler decides that first.
	 */
	if (!(rt->flags & R_FRESH))
		tag = etag(r);
	if (tag != NULL && r->notice == NULL &&
	    r->if_none_match != NULL && strcmp(r->if_none_match, "*") != 0 &&
	    etag_matches(r->if_none_match, tag)) {
		status = 304;
		goto out;
	}
	if ((status = rt->get(r)) != 200)
		tag = NULL;
	else if (tag != NULL && r->if_none_match != NULL &&
	    strcmp(r->if_none_match, "*") == 0)
		status = 304;
out:
	r->status = status;
	if (status == 503 && r->message == NULL)
		r->message = "数据库暂时不可用，请稍后再试";
	/*
	 * The route (its pattern, never the path with its ids, nor the query
	 * or the body, which may hold personal data) and nginx's request id,
	 * which finds the access-log line.
	 */
	if (status >= 500)
		log_warnx("%s %s: %d, request %s", r->method == METHOD_POST ?
		    "POST" : "GET", rt != NULL ? rt->pattern : "(no route)",
		    status, request_id(r));
	drain(r);
	if (rt != NULL) {
		r->title = rt->title;
		r->filename = ascii_stem(r, rt->pattern);
	}
	if (rt != NULL && r->sheet != SHEET_NONE)
		resp_emit(r, status, tag, (enum sheet)r->sheet,
		    (enum sheet)r->sheet, SHEET_NONE);
	else
		resp_emit(r, status, tag, rt ? rt->html : SHEET_NONE,
		    rt ? rt->print : SHEET_NONE, rt ? rt->csv : SHEET_NONE);
}
