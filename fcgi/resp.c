/*
 * resp.c: the response.  The handler's document goes out as XML, or
 * through the page's stylesheet as HTML, print or CSV; an error without
 * a document becomes the error page.  A list's CSV export has no
 * document: its rows go out as the database gives them (csv.c).  Every
 * response carries the security headers.  Nothing else in the program
 * writes to the client.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "extern.h"

#define CSP	"default-src 'none'; script-src 'self'; style-src 'self'; " \
		"img-src 'self' data:; " \
		"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

const char *
resp_status_text(int status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 301: return "Moved Permanently";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 411: return "Length Required";
	case 413: return "Payload Too Large";
	case 503: return "Service Unavailable";
	default: return "Internal Server Error";
	}
}

/* s as an RFC 5987 value: UTF-8, each byte outside attr-char %XX. */
static const char *
ext_value(struct req *r, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const char		*t;
	char			*enc, *p;
	unsigned char		 c;

	p = enc = amalloc(r->a, strlen(s) * 3 + 1);
	for (t = s; *t != '\0'; t++) {
		c = (unsigned char)*t;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || strchr("!#$&+-.^_`|~", c)) {
			*p++ = (char)c;
			continue;
		}
		*p++ = '%';
		*p++ = hex[c >> 4];
		*p++ = hex[c & 0x0f];
	}
	*p = '\0';
	return enc;
}

/*
 * The Content-Disposition of an export (RFC 6266): an attachment named
 * <stem>[_<id>]_<today>.<csv|xml>, with an ASCII filename= for old
 * clients and the route's Chinese title as filename*=UTF-8''... (RFC
 * 5987), which every current browser prefers.
 */
static void
disposition(struct req *r, FCGX_Stream *o)
{
	const char		*ext = r->fmt == FMT_CSV ? "csv" : "xml";
	const char		*id = "";

	if (r->arg_id > 0)
		id = aprintf(r->a, "_%lld", (long long)r->arg_id);
	FCGX_FPrintF(o, "Content-Disposition: attachment; "
	    "filename=\"%s%s_%s.%s\"", r->filename != NULL ? r->filename :
	    "export", id, xml_today(r), ext);
	if (r->title != NULL)
		FCGX_FPrintF(o, "; filename*=UTF-8''%s", ext_value(r,
		    aprintf(r->a, "%s%s_%s.%s", r->title, id, xml_today(r),
		    ext)));
	FCGX_PutS("\r\n", o);
}

/*
 * A stored file (h_attach.c): nginx's internal redirect to its bytes,
 * their type, and the file's own name (RFC 6266: inline for an image,
 * else attachment; the ASCII fallback, then the UTF-8 name).
 */
static void
accel(struct req *r, FCGX_Stream *o)
{
	const struct xaccel	*x = r->accel;

	FCGX_FPrintF(o, "X-Accel-Redirect: %s\r\n", x->uri);
	FCGX_FPrintF(o, "Content-Disposition: %s; filename=\"%s\"; "
	    "filename*=UTF-8''%s\r\n", x->disp_inline ? "inline" :
	    "attachment", x->ascii, ext_value(r, x->name));
}

static void
headers(struct req *r, int status, const char *ctype, const char *etag)
{
	FCGX_Stream	*o = r->fr->out;

	FCGX_FPrintF(o, "Status: %d %s\r\n", status, resp_status_text(status));
	if (ctype != NULL)
		FCGX_FPrintF(o, "Content-Type: %s\r\n", ctype);
	FCGX_PutS("X-Content-Type-Options: nosniff\r\n"
	    "X-Frame-Options: DENY\r\n"
	    "Referrer-Policy: same-origin\r\n"
	    "Content-Security-Policy: " CSP "\r\n"
	    "Vary: Accept\r\n", o);
	/*
	 * The reviewers' pages carry personal data and CSRF tokens: no copy
	 * anywhere, not even in the browser's cache (a shared computer in a
	 * union office).  Conditional requests still get 304.
	 */
	if (r->site != SITE_PUBLIC)	/* the status page: always now */
		FCGX_PutS("Cache-Control: no-store\r\n", o);
	else if (status == 200 || status == 304)
		FCGX_PutS("Cache-Control: public, max-age=5\r\n", o);
	else
		FCGX_PutS("Cache-Control: no-store\r\n", o);
	if (etag != NULL && (status == 200 || status == 304))
		FCGX_FPrintF(o, "ETag: %s\r\n", etag);
	if (status == 405 && r->allow != NULL)
		FCGX_FPrintF(o, "Allow: %s\r\n", r->allow);
	if ((status == 301 || status == 303) && r->location != NULL)
		FCGX_FPrintF(o, "Location: %s\r\n", r->location);
	if (status == 200 && r->accel != NULL)
		accel(r, o);
	else if (status == 200 && (r->fmt == FMT_CSV ||
	    (r->fmt == FMT_XML && r->site == SITE_APP)))
		disposition(r, o);
	FCGX_PutS("\r\n", o);
}

/* The error document for a status without one of the handler's. */
static void
error_doc(struct req *r, int status)
{
	size_t	 i;

	xml_begin(r, "error");
	xml_attri(r, "status", status);
	xml_attr(r, "reason", r->reason);
	xml_elem(r, "message", r->message);
	for (i = 0; i < r->nferr; i++) {
		xml_start(r, "field");
		xml_attr(r, "name", r->ferr[i].name);
		xml_attr(r, "label", r->ferr[i].label);
		xml_text(r, r->ferr[i].msg);
		xml_end(r);
	}
}

/*
 * This request's URL without its format= (the 返回 link of a printable
 * page): the path and the other pieces of the raw query, in order.
 */
static const char *
back_url(struct req *r)
{
	const char	*q = r->query, *e;
	char		*out, *p;
	size_t		 len, plen;

	if (r->path == NULL)
		return NULL;
	if (q == NULL || *q == '\0')
		return r->path;
	plen = strlen(r->path);
	len = plen + strlen(q) + 2;
	p = out = amalloc(r->a, len);
	p += snprintf(p, len, "%s", r->path);
	for (; *q != '\0'; q = *e == '&' ? e + 1 : e) {
		e = q + strcspn(q, "&");
		if (e == q || (e - q >= 7 && memcmp(q, "format=", 7) == 0) ||
		    (e - q == 6 && memcmp(q, "format", 6) == 0))
			continue;
		*p = p == out + plen ? '?' : '&';
		p++;
		memcpy(p, q, (size_t)(e - q));
		p += e - q;
	}
	*p = '\0';
	return out;
}

static void
params(struct req *r, const char *p[32])
{
	size_t		 n = 0;
	const struct who *w = r->who;
#define P(k, v) do { p[n++] = (k); \
	p[n++] = (v) != NULL ? text_mend(r->a, (v)) : ""; } while (0)
	P("format", fmt_names[r->fmt]);
	P("site", r->site == SITE_APP ? "app" : "public");
	P("path", r->path);
	P("today", xml_today(r));
	P("csrf", r->csrf);
	P("back", back_url(r));
	if (w != NULL) {
		P("me-id", aprintf(r->a, "%lld", (long long)w->unit_id));
		P("me-code", w->unit_code);
		P("me-kind", kind_names[w->kind]);
		P("me-name", w->unit_name);
		P("me-holder", w->holder);
	}
	if (r->notice != NULL)
		P("notice", r->notice);
#undef P
	p[n] = NULL;
}

/*
 * A refused form shown again keeps what was typed: the fields of the
 * POST (not its token) as <posted><field name="">value</field>...
 * </posted> at the end of the handler's document, for the page's
 * stylesheet to fill its form from.  Only the pages get them: the XML
 * export is the record, not the screen.
 */
static void
posted(struct req *r)
{
	size_t	 i;

	xml_start(r, "posted");
	for (i = 0; i < r->form.n; i++) {
		if (strcmp(r->form.v[i].key, "csrf") == 0)
			continue;
		xml_start(r, "field");
		xml_attr(r, "name", r->form.v[i].key);
		xml_text(r, r->form.v[i].val);
		xml_end(r);
	}
	xml_end(r);
}

static void
body_xml(struct req *r, xmlDocPtr doc)
{
	xmlChar	*buf = NULL;
	int	 len = 0;

	xmlDocDumpFormatMemoryEnc(doc, &buf, &len, "UTF-8", 1);
	if (buf != NULL)
		FCGX_PutStr((const char *)buf, len, r->fr->out);
	xmlFree(buf);
}

/*
 * The CSV export of r->csv: the byte order mark, the header line and
 * one line per row, each written as it is read (the memory of one row),
 * then the query ended.  An error after the first row can only cut the
 * export short: it is logged.
 */
static void
body_csv(struct req *r, int rc)
{
	struct csvout	*o = r->csv;
	struct csvbuf	 b = { NULL, 0, 0 };
	FCGX_Stream	*out = r->fr->out;
	int		 ok;

	ok = FCGX_PutS("\xef\xbb\xbf", out) >= 0;
	csv_head(&b, o->cols, o->ncols);
	ok = ok && FCGX_PutStr(b.p, (int)b.len, out) >= 0;
	/* rc: the first row, read before the headers went out. */
	for (; ok && rc == 1; rc = db_step(o->q)) {
		b.len = 0;
		csv_row(&b, o);
		if (b.len > INT32_MAX ||
		    FCGX_PutStr(b.p, (int)b.len, out) < 0)
			ok = 0;
	}
	if (!ok)
		log_warnx("%s: %s: output failed", __func__, r->path);
	else if (rc < 0)
		log_warnx("%s: %s: export cut short: %s", __func__, r->path,
		    err_str(db_err(r->db)));
	csvbuf_free(&b);
	db_end(o->q);
	r->csv = NULL;
}

void
resp_emit(struct req *r, int status, const char *etag, enum sheet html,
    enum sheet print, enum sheet csv)
{
	xmlDocPtr	 doc = NULL, res = NULL;
	enum sheet	 s;
	const char	*p[32], *ctype;
	enum fmt	 fmt = r->fmt;
	int		 first = 0;

	/* A streamed XML export: the headers of a 200, then its parts. */
	if (r->stream != NULL && status == 200) {
		if (r->doc != NULL) {
			r->xcur = NULL;
			xmlFreeDoc(r->doc);
			r->doc = NULL;
		}
		r->fmt = FMT_XML;
		headers(r, status, "application/xml; charset=utf-8", NULL);
		if (r->method != METHOD_HEAD && r->stream(r) != E_OK)
			log_warnx("%s: %s: export cut short", __func__,
			    r->path);
		r->stream = NULL;
		if (r->doc != NULL) {
			r->xcur = NULL;
			xmlFreeDoc(r->doc);
			r->doc = NULL;
		}
		return;
	}
	r->stream = NULL;
	/* A streamed export goes out only as the CSV of a 200. */
	if (r->csv != NULL && (status != 200 || r->fmt != FMT_CSV)) {
		db_end(r->csv->q);
		r->csv = NULL;
	}
	/*
	 * The first row is read before anything goes out: a query that
	 * fails fails as an error page, not as a 200 with an empty export.
	 */
	if (r->csv != NULL && r->method != METHOD_HEAD &&
	    (first = db_step(r->csv->q)) < 0) {
		db_end(r->csv->q);
		r->csv = NULL;
		status = err_status(db_err(r->db));
		if (status < 500)
			status = 500;
		r->reason = "internal";
		r->message = status == 503 ? "数据库暂时不可用，请稍后再试" : NULL;
		log_warnx("%s: %s: export failed at its first row", __func__,
		    r->path);
	}
	if (r->csv != NULL) {
		if (r->doc != NULL) {
			r->xcur = NULL;
			xmlFreeDoc(r->doc);
			r->doc = NULL;
		}
		headers(r, status, "text/csv; charset=utf-8", etag);
		if (r->method != METHOD_HEAD)
			body_csv(r, first);
		else {
			db_end(r->csv->q);
			r->csv = NULL;
		}
		return;
	}
	if (status == 301 || status == 303 || status == 304) {
		headers(r, status, NULL, etag);
		return;
	}
	/* A stored file: headers only, nginx sends the bytes. */
	if (r->accel != NULL && status == 200) {
		if (r->doc != NULL) {
			r->xcur = NULL;
			xmlFreeDoc(r->doc);
			r->doc = NULL;
		}
		headers(r, status, r->accel->type, NULL);
		return;
	}
	/* Only a re-shown form (400, 409) keeps the handler's document. */
	if (r->doc != NULL && status >= 400 && status != 400 &&
	    status != 409) {
		r->xcur = NULL;
		xmlFreeDoc(r->doc);
		r->doc = NULL;
	}
	if (r->xcur != NULL && r->method == METHOD_POST && fmt != FMT_XML &&
	    (status == 400 || status == 409 ||
	    (status == 200 && r->confirm != NULL))) {
		if (status == 200) {
			xml_start(r, "confirm");
			xml_attr(r, "label", r->confirm);
			xml_attr(r, "consequence", r->consequence);
			xml_end(r);
		}
		posted(r);
	}
	if (r->doc != NULL)
		doc = xml_finish(r);
	if (doc == NULL) {
		if (status < 400) {
			status = 500;
			r->reason = "internal";
			r->message = NULL;
		}
		error_doc(r, status);
		if ((doc = xml_finish(r)) == NULL) {
			headers(r, 500, "text/plain; charset=utf-8", NULL);
			FCGX_PutS("500 Internal Server Error\n", r->fr->out);
			return;
		}
		html = print = SHEET_ERROR;
		csv = SHEET_NONE;
		etag = NULL;
	}
	if (status != 200)
		etag = NULL;

	if (fmt == FMT_XML) {
		headers(r, status, "application/xml; charset=utf-8", etag);
		if (r->method != METHOD_HEAD)
			body_xml(r, doc);
		xmlFreeDoc(doc);
		return;
	}
	s = fmt == FMT_PRINT ? print : fmt == FMT_CSV ? csv : html;
	if (s == SHEET_NONE) {
		s = html;
		fmt = r->fmt = FMT_HTML;
	}
	params(r, p);
	if ((res = xslt_transform(s, doc, p)) == NULL) {
		xmlFreeDoc(doc);
		status = 500;
		r->reason = "internal";
		r->message = NULL;
		r->nferr = 0;
		error_doc(r, status);
		s = SHEET_ERROR;
		fmt = r->fmt = FMT_HTML;
		if ((doc = xml_finish(r)) == NULL ||
		    (res = xslt_transform(s, doc, p)) == NULL) {
			xmlFreeDoc(doc);
			headers(r, 500, "text/plain; charset=utf-8", NULL);
			FCGX_PutS("500 Internal Server Error\n", r->fr->out);
			return;
		}
		etag = NULL;
	}
	xmlFreeDoc(doc);
	ctype = fmt == FMT_CSV ? "text/csv; charset=utf-8" :
	    xslt_media_type(s) != NULL ? aprintf(r->a, "%s; charset=utf-8",
	    xslt_media_type(s)) :
	    xslt_is_text(s) ? "text/plain; charset=utf-8" :
	    "text/html; charset=utf-8";
	headers(r, status, ctype, etag);
	if (r->method != METHOD_HEAD) {
		if (fmt == FMT_CSV)
			FCGX_PutS("\xef\xbb\xbf", r->fr->out);
		if (xslt_write(s, res, r->fr->out) != E_OK)
			log_warnx("%s: %s: output failed", __func__, r->path);
	}
	xmlFreeDoc(res);
}
