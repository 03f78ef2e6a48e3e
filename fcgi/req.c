/*
 * req.c: request parsing.  FastCGI parameters, query strings and
 * urlencoded bodies, with limits.  Every value that leaves this file is
 * text as text_check() (valid.c) defines it: valid UTF-8 of characters
 * that XML 1.0 allows, without NUL or control characters other than tab
 * and line ends, so later stages never see raw bytes and no stored value
 * can break a document.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extern.h"

#define MAXPAIRS	512

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

long
url_decode(char *s, size_t len)
{
	size_t	 i, o;
	int	 hi, lo;

	for (i = o = 0; i < len; i++, o++) {
		if (s[i] == '+')
			s[o] = ' ';
		else if (s[i] == '%') {
			if (i + 2 >= len)
				return -1;
			if ((hi = hexval((unsigned char)s[i + 1])) < 0 ||
			    (lo = hexval((unsigned char)s[i + 2])) < 0)
				return -1;
			s[o] = (char)(hi << 4 | lo);
			i += 2;
		} else
			s[o] = s[i];
	}
	return (long)o;
}

/*
 * Check a decoded value: text as text_check() takes it (UTF-8 of the
 * characters XML 1.0 allows, less controls).  E_OK, E_UTF8 or E_NUL.
 */
static enum err
check_value(const char *s, size_t len)
{
	uint32_t	 cp;

	return text_check(s, len, &cp);
}

enum err
kv_parse(struct arena *a, const char *buf, size_t len, struct kvlist *l,
    size_t maxpairs, const char **badkey)
{
	const char	*p = buf, *e = buf + len, *amp, *eq;
	char		*k, *v;
	long		 kl, vl;
	size_t		 klen, vlen;
	enum err	 rc;
	struct kv	*nv;

	*badkey = NULL;
	while (p < e) {
		if ((amp = memchr(p, '&', (size_t)(e - p))) == NULL)
			amp = e;
		if (amp == p) {
			p++;
			continue;
		}
		if ((eq = memchr(p, '=', (size_t)(amp - p))) == NULL)
			eq = amp;
		/*
		 * Lengths, not strlen(): a body may hold a raw NUL, which
		 * must be refused like an encoded one, not cut the value.
		 */
		klen = (size_t)(eq - p);
		vlen = eq < amp ? (size_t)(amp - eq - 1) : 0;
		k = astrndup(a, p, klen);
		v = astrndup(a, eq < amp ? eq + 1 : eq, vlen);
		p = amp;
		if ((kl = url_decode(k, klen)) < 0)
			return E_SYNTAX;
		k[kl] = '\0';
		if (check_value(k, (size_t)kl) != E_OK || kl == 0)
			return E_SYNTAX;
		*badkey = k;
		if ((vl = url_decode(v, vlen)) < 0)
			return E_SYNTAX;
		v[vl] = '\0';
		if ((rc = check_value(v, (size_t)vl)) != E_OK)
			return rc;
		*badkey = NULL;
		if (l->n == maxpairs)
			return E_SYNTAX;
		if (l->n == l->cap) {
			l->cap = l->cap ? l->cap * 2 : 16;
			nv = amalloc(a, l->cap * sizeof(*nv));
			if (l->n)
				memcpy(nv, l->v, l->n * sizeof(*nv));
			l->v = nv;
		}
		l->v[l->n].key = k;
		l->v[l->n].val = v;
		l->v[l->n].len = (size_t)vl;
		l->n++;
	}
	return E_OK;
}

const char *
kv_get(const struct kvlist *l, const char *key)
{
	return kv_nth(l, key, 0);
}

size_t
kv_count(const struct kvlist *l, const char *key)
{
	size_t	 i, n = 0;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0)
			n++;
	return n;
}

const char *
kv_nth(const struct kvlist *l, const char *key, size_t n)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0 && n-- == 0)
			return l->v[i].val;
	return NULL;
}

int
req_year(struct req *r, int *year)
{
	const char	*y = kv_get(&r->q, "year");
	int64_t		 v;

	if (y == NULL || *y == '\0') {
		*year = xml_this_year();
		return 0;
	}
	if (valid_int(y, 1900, 2199, &v) != NULL) {
		req_ferr(r, "year", "年度", "请选择年度");
		r->message = "年度有误";
		return 400;
	}
	*year = (int)v;
	return 0;
}

const char *
req_param(const struct req *r, const char *name)
{
	return FCGX_GetParam(name, r->fr->envp);
}

void
req_ferr(struct req *r, const char *name, const char *label, const char *msg)
{
	if (r->nferr == sizeof(r->ferr) / sizeof(r->ferr[0]))
		return;
	r->ferr[r->nferr].name = name;
	r->ferr[r->nferr].label = label;
	r->ferr[r->nferr].msg = msg;
	r->nferr++;
}

int
req_pageno(const struct req *r)
{
	const char	*s = kv_get(&r->q, "page");
	int64_t		 n;

	if (s == NULL || valid_int(s, 1, 1000000, &n) != NULL)
		return 1;
	return (int)n;
}

const char *const fmt_names[FMT__MAX] = {
	[FMT_HTML] = "html",
	[FMT_XML] = "xml",
	[FMT_PRINT] = "print",
	[FMT_CSV] = "csv",
};

/* Refuse a request: record the reason and the field, return the status. */
static int
refuse(struct req *r, int status, const char *reason, const char *field,
    const char *msg)
{
	r->reason = reason;
	r->message = msg;
	if (field != NULL)
		req_ferr(r, field, field, msg);
	return status;
}

static int
parse_err(struct req *r, enum err e, const char *key)
{
	switch (e) {
	case E_UTF8:
		return refuse(r, 400, "bad-utf8", key,
		    "含有无效的 UTF-8 字符");
	case E_NUL:
		return refuse(r, 400, "bad-char", key,
		    "含有不允许的字符（控制字符或非文本字符）");
	default:
		return refuse(r, 400, "bad-syntax", key,
		    "请求参数格式不正确");
	}
}

int
req_parse(struct req *r)
{
	const char	*m, *uri, *qs, *site, *f, *key;
	char		*path;
	long		 n;
	size_t		 i;
	enum err	 e;

	m = req_param(r, "REQUEST_METHOD");
	if (m == NULL)
		m = "GET";
	if (strcmp(m, "GET") == 0)
		r->method = METHOD_GET;
	else if (strcmp(m, "HEAD") == 0)
		r->method = METHOD_HEAD;
	else if (strcmp(m, "POST") == 0)
		r->method = METHOD_POST;
	else
		r->method = METHOD__MAX;

	site = req_param(r, "STUDIO_SITE");
	r->site = site == NULL ? SITE_PUBLIC : strcmp(site, "app") == 0 ?
	    SITE_APP : strcmp(site, "status") == 0 ? SITE_STATUS :
	    SITE_PUBLIC;

	/* The path: DOCUMENT_URI is nginx's normalised, decoded one. */
	if ((uri = req_param(r, "DOCUMENT_URI")) != NULL) {
		path = astrdup(r->a, uri);
		n = (long)strlen(path);
	} else {
		uri = req_param(r, "REQUEST_URI");
		if (uri == NULL)
			uri = "/";
		path = astrndup(r->a, uri, strcspn(uri, "?"));
		if ((n = url_decode(path, strlen(path))) < 0)
			return refuse(r, 400, "bad-path", NULL,
			    "请求地址格式不正确");
		path[n] = '\0';
	}
	/* The decoded length: a %00 must not cut the path short. */
	if (*path != '/' || check_value(path, (size_t)n) != E_OK)
		return refuse(r, 400, "bad-path", NULL, "请求地址格式不正确");
	r->path = path;

	qs = req_param(r, "QUERY_STRING");
	r->query = qs != NULL ? qs : "";
	if ((e = kv_parse(r->a, r->query, strlen(r->query), &r->q, MAXPAIRS,
	    &key)) != E_OK)
		return parse_err(r, e, key);

	r->if_none_match = req_param(r, "HTTP_IF_NONE_MATCH");
	r->accept = req_param(r, "HTTP_ACCEPT");

	r->fmt = FMT_HTML;
	if ((f = kv_get(&r->q, "format")) != NULL) {
		for (i = 0; i < FMT__MAX; i++)
			if (strcmp(f, fmt_names[i]) == 0)
				break;
		if (i == FMT__MAX)
			return refuse(r, 400, "bad-format", "format",
			    "format 只能是 html、xml、print 或 csv");
		r->fmt = (enum fmt)i;
	} else if (r->accept != NULL && strstr(r->accept, "text/html") ==
	    NULL && (strstr(r->accept, "application/xml") != NULL ||
	    strstr(r->accept, "text/xml") != NULL))
		r->fmt = FMT_XML;
	return 200;
}

/*
 * The limits of a multipart body: its files as configured, and text
 * parts within max_body together.
 */
static void
mp_limits(const struct conf *c, struct mplimits *l)
{
	l->parts = MP_MAXPARTS;
	l->files = c->upload_files > 0 ? (size_t)c->upload_files : 1;
	l->file_bytes = c->upload_max;
	l->text_bytes = c->max_body;
}

/* The whole body limit of a route that takes files. */
static size_t
upload_limit(const struct conf *c)
{
	return c->upload_max * (size_t)(c->upload_files > 0 ?
	    c->upload_files : 1) + 1024 * 1024;
}

static int
mp_err(struct req *r, enum err e, const char *key)
{
	switch (e) {
	case E_TOOBIG:
		return refuse(r, 413, "too-big", key, aprintf(r->a,
		    "上传的文件超过了允许的大小（每个文件不超过 %zu MB）",
		    r->conf->upload_max / (1024 * 1024)));
	case E_TOOLONG:
		return refuse(r, 400, "too-many-parts", key, aprintf(r->a,
		    "一次最多上传 %d 个文件", r->conf->upload_files));
	case E_UTF8:
	case E_NUL:
		return parse_err(r, e, key);
	default:
		return refuse(r, 400, "bad-multipart", NULL,
		    "上传的内容格式不正确或不完整，请重新选择文件后提交");
	}
}

int
req_body(struct req *r)
{
	const char	*cl, *ct, *key, *boundary = NULL;
	char		*buf;
	int64_t		 len;
	int		 got, multi;
	struct mplimits	 lim;
	enum err	 e;

	ct = req_param(r, "CONTENT_TYPE");
	cl = req_param(r, "CONTENT_LENGTH");
	multi = r->upload && ct != NULL &&
	    strncasecmp(ct, "multipart/form-data", 19) == 0;
	if (cl == NULL || *cl == '\0')
		len = 0;
	else if (valid_int(cl, 0, INT64_MAX, &len) != NULL)
		return refuse(r, 400, "bad-length", NULL,
		    "请求长度不正确");
	if ((size_t)len > (multi ? upload_limit(r->conf) : r->conf->max_body) ||
	    len > INT32_MAX)
		return refuse(r, 413, "too-big", NULL,
		    "提交的内容超过了允许的大小");
	if (multi && mp_boundary(r->a, ct, &boundary) != E_OK)
		return refuse(r, 400, "bad-multipart", NULL,
		    "上传的内容格式不正确（缺少分隔符），请重新提交");
	if (len > 0 && !multi && (ct == NULL || strncasecmp(ct,
	    "application/x-www-form-urlencoded", 33) != 0))
		return refuse(r, 400, "bad-content-type", NULL,
		    "不支持的提交格式");
	buf = amalloc(r->a, (size_t)len + 1);
	got = len > 0 ? FCGX_GetStr(buf, (int)len, r->fr->in) : 0;
	if (got != len)
		return refuse(r, 400, "short-body", NULL,
		    "提交的内容不完整");
	buf[got] = '\0';
	if (multi) {
		mp_limits(r->conf, &lim);
		if ((e = mp_parse(r->a, boundary, (const unsigned char *)buf,
		    (size_t)got, &lim, &r->form, &r->files, &r->nfiles,
		    &key)) != E_OK)
			return mp_err(r, e, key);
		return 200;
	}
	if ((e = kv_parse(r->a, buf, (size_t)got, &r->form, MAXPAIRS,
	    &key)) != E_OK)
		return parse_err(r, e, key);
	return 200;
}

/*
 * The origin of the public site for links that leave it (Open Graph,
 * Atom): public_origin from the configuration, or else https:// and the
 * Host that nginx passed, when it is a plain host[:port] (nginx's cache
 * key holds the host, so one host's answer is never another's).  NULL
 * when neither is usable.
 */
const char *
req_public_origin(struct req *r)
{
	const char	*h = req_param(r, "HTTP_HOST");
	size_t		 n;

	if (r->conf->public_origin != NULL && *r->conf->public_origin != '\0')
		return r->conf->public_origin;
	if (h == NULL || *h == '\0')
		return NULL;
	n = strspn(h, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]");
	if (h[n] != '\0' || n > 260)
		return NULL;
	return aprintf(r->a, "https://%s", h);
}
