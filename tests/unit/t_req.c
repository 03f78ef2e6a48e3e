/*
 * t_req.c: request parsing (fcgi/req.c).  UTF-8 validation, %-decoding,
 * urlencoded pairs with their limits and the field named on error, and
 * req_parse/req_body driven by a FastCGI environment and an in-memory
 * body stream.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

/* ---------------------------------------------------------- utf8_valid */

static const struct {
	const char	*name;
	const char	*s;
	size_t		 len;
	int		 ok;
} utf8_cases[] = {
	{ "empty", "", 0, 1 },
	{ "ASCII", "hello, world", 12, 1 },
	{ "ASCII controls and DEL", "\t\r\n\x01\x7f", 5, 1 },
	{ "NUL (refused elsewhere)", "a\0b", 3, 1 },
	{ "Chinese", "职工创新工作室", 21, 1 },
	{ "mixed", "A长春1", 8, 1 },
	{ "U+0080, smallest 2-byte", "\xc2\x80", 2, 1 },
	{ "U+07FF, largest 2-byte", "\xdf\xbf", 2, 1 },
	{ "U+0800, smallest 3-byte", "\xe0\xa0\x80", 3, 1 },
	{ "U+D7FF, below surrogates", "\xed\x9f\xbf", 3, 1 },
	{ "U+E000, above surrogates", "\xee\x80\x80", 3, 1 },
	{ "U+3000 ideographic space", "\xe3\x80\x80", 3, 1 },
	{ "U+FFFF", "\xef\xbf\xbf", 3, 1 },
	{ "U+10000, smallest 4-byte", "\xf0\x90\x80\x80", 4, 1 },
	{ "U+1F600 emoji", "\xf0\x9f\x98\x80", 4, 1 },
	{ "U+10FFFF, largest", "\xf4\x8f\xbf\xbf", 4, 1 },
	{ "emoji between ASCII", "a\xf0\x9f\x98\x80z", 6, 1 },

	{ "overlong NUL C0 80", "\xc0\x80", 2, 0 },
	{ "overlong C1 BF", "\xc1\xbf", 2, 0 },
	{ "overlong NUL E0 80 80", "\xe0\x80\x80", 3, 0 },
	{ "overlong U+07FF E0 9F BF", "\xe0\x9f\xbf", 3, 0 },
	{ "overlong NUL F0 80 80 80", "\xf0\x80\x80\x80", 4, 0 },
	{ "overlong U+FFFF F0 8F BF BF", "\xf0\x8f\xbf\xbf", 4, 0 },
	{ "overlong '/' C0 AF", "\xc0\xaf", 2, 0 },
	{ "high surrogate ED A0 80", "\xed\xa0\x80", 3, 0 },
	{ "low surrogate ED BF BF", "\xed\xbf\xbf", 3, 0 },
	{ "CESU-8 pair", "\xed\xa0\xbd\xed\xb8\x80", 6, 0 },
	{ "U+110000 F4 90 80 80", "\xf4\x90\x80\x80", 4, 0 },
	{ "F5 lead byte", "\xf5\x80\x80\x80", 4, 0 },
	{ "F7 BF BF BF", "\xf7\xbf\xbf\xbf", 4, 0 },
	{ "5-byte F8", "\xf8\x88\x80\x80\x80", 5, 0 },
	{ "6-byte FC", "\xfc\x84\x80\x80\x80\x80", 6, 0 },
	{ "FE", "\xfe", 1, 0 },
	{ "FF", "\xff", 1, 0 },
	{ "truncated 2-byte at end", "ab\xc3", 3, 0 },
	{ "truncated 3-byte at end", "\xe8\x81", 2, 0 },
	{ "truncated 4-byte at end", "\xf0\x9f\x98", 3, 0 },
	{ "lead byte alone", "\xe8", 1, 0 },
	{ "truncated 3-byte before ASCII", "\xe8\x81" "a", 3, 0 },
	{ "truncated 4-byte before ASCII", "\xf0\x9f" "ab", 4, 0 },
	{ "2-byte lead then lead", "\xc3\xc3\xa9", 3, 0 },
	{ "lone continuation 80", "\x80", 1, 0 },
	{ "lone continuation BF", "\xbf", 1, 0 },
	{ "continuation after ASCII", "a\xbf", 2, 0 },
	{ "extra continuation", "\xc3\xa9\xa9", 3, 0 },
	{ "length cuts a character", "职工", 4, 0 },
	{ "Latin-1 byte", "caf\xe9", 4, 0 },
	{ "GBK bytes", "\xb3\xa4\xb4\xba", 4, 0 },
};

START_TEST(t_utf8_valid)
{
	char	*s;
	int	 got;

	s = exact_copy(utf8_cases[_i].s, utf8_cases[_i].len);
	got = utf8_valid(s, utf8_cases[_i].len);
	free(s);
	ck_assert_msg(got == utf8_cases[_i].ok, "%s: got %d, want %d",
	    utf8_cases[_i].name, got, utf8_cases[_i].ok);
}
END_TEST

/* ---------------------------------------------------------- url_decode */

static const struct {
	const char	*in;
	long		 len;	/* -1: refused */
	const char	*out;
} url_cases[] = {
	{ "", 0, "" },
	{ "abc", 3, "abc" },
	{ "%41", 1, "A" },
	{ "%41%42%43", 3, "ABC" },
	{ "x%41y", 3, "xAy" },
	{ "+", 1, " " },
	{ "a+b++c", 6, "a b  c" },
	{ "%2B", 1, "+" },
	{ "%2b", 1, "+" },
	{ "100%25", 4, "100%" },
	{ "%25%41", 2, "%A" },
	{ "%E8%81%8C", 3, "职" },
	{ "%e8%81%8c", 3, "职" },
	{ "%00", 1, "\0" },
	{ "a%0D%0Ab", 4, "a\r\nb" },
	{ "%ff", 1, "\xff" },
	{ "职", 3, "职" },

	{ "%", -1, NULL },
	{ "abc%", -1, NULL },
	{ "%4", -1, NULL },
	{ "abc%4", -1, NULL },
	{ "%G1", -1, NULL },
	{ "%1G", -1, NULL },
	{ "%g0", -1, NULL },
	{ "%%41", -1, NULL },
	{ "% 41", -1, NULL },
	{ "%-1", -1, NULL },
	{ "%+1", -1, NULL },
	{ "%0x", -1, NULL },
	{ "a%41%", -1, NULL },
};

START_TEST(t_url_decode)
{
	size_t	 n = strlen(url_cases[_i].in);
	char	*s = exact_copy(url_cases[_i].in, n);
	long	 got;

	got = url_decode(s, n);
	ck_assert_msg(got == url_cases[_i].len, "\"%s\": length %ld, want %ld",
	    url_cases[_i].in, got, url_cases[_i].len);
	if (got >= 0)
		ck_assert_msg(memcmp(s, url_cases[_i].out, (size_t)got) == 0,
		    "\"%s\": wrong bytes", url_cases[_i].in);
	free(s);
}
END_TEST

/* ------------------------------------------------------------ kv_parse */

struct pair {
	const char	*k;
	const char	*v;
	size_t		 vlen;	/* 0: strlen(v) */
};

static const struct {
	const char	*name;
	const char	*in;
	size_t		 len;	/* 0: strlen(in) */
	size_t		 max;	/* 0: 512 */
	enum err	 rc;
	const char	*badkey;
	size_t		 n;
	struct pair	 p[4];
} kv_cases[] = {
	{ "empty", "", 0, 0, E_OK, NULL, 0, { { NULL, NULL, 0 } } },
	{ "two pairs", "a=1&b=2", 0, 0, E_OK, NULL, 2,
	  { { "a", "1", 0 }, { "b", "2", 0 } } },
	{ "empty value", "a=&b=", 0, 0, E_OK, NULL, 2,
	  { { "a", "", 0 }, { "b", "", 0 } } },
	{ "key without =", "flag", 0, 0, E_OK, NULL, 1,
	  { { "flag", "", 0 } } },
	{ "keys without = among pairs", "a&b=2&c", 0, 0, E_OK, NULL, 3,
	  { { "a", "", 0 }, { "b", "2", 0 }, { "c", "", 0 } } },
	{ "empty segments", "&&a=1&&&b=2&&", 0, 0, E_OK, NULL, 2,
	  { { "a", "1", 0 }, { "b", "2", 0 } } },
	{ "only ampersands", "&&&", 0, 0, E_OK, NULL, 0,
	  { { NULL, NULL, 0 } } },
	{ "repeated key kept in order", "a=1&a=2&a=3", 0, 0, E_OK, NULL, 3,
	  { { "a", "1", 0 }, { "a", "2", 0 }, { "a", "3", 0 } } },
	{ "second = is part of the value", "a=b=c", 0, 0, E_OK, NULL, 1,
	  { { "a", "b=c", 0 } } },
	{ "plus and %2B", "q=a+b%2Bc", 0, 0, E_OK, NULL, 1,
	  { { "q", "a b+c", 0 } } },
	{ "encoded key", "%61%62=x", 0, 0, E_OK, NULL, 1,
	  { { "ab", "x", 0 } } },
	{ "encoded & and = in value", "v=%26%3D", 0, 0, E_OK, NULL, 1,
	  { { "v", "&=", 0 } } },
	{ "Chinese value", "name=%E5%BC%A0%E4%B8%89", 0, 0, E_OK, NULL, 1,
	  { { "name", "张三", 0 } } },
	{ "Chinese value, lowercase hex", "n=%e4%b8%ad%e6%96%87", 0, 0,
	  E_OK, NULL, 1, { { "n", "中文", 0 } } },
	{ "raw UTF-8 value", "n=长春", 0, 0, E_OK, NULL, 1,
	  { { "n", "长春", 0 } } },
	{ "emoji value", "e=%F0%9F%98%80", 0, 0, E_OK, NULL, 1,
	  { { "e", "\xf0\x9f\x98\x80", 0 } } },
	{ "tab, CR and LF allowed", "t=a%09b%0D%0Ac", 0, 0, E_OK, NULL, 1,
	  { { "t", "a\tb\r\nc", 0 } } },
	{ "length stops the parse", "a=1&b=2", 3, 0, E_OK, NULL, 1,
	  { { "a", "1", 0 } } },
	{ "pairs up to the limit", "a=1&b=2", 0, 2, E_OK, NULL, 2,
	  { { "a", "1", 0 }, { "b", "2", 0 } } },
	{ "empty segments do not count", "a=1&&&b=2&", 0, 2, E_OK, NULL, 2,
	  { { "a", "1", 0 }, { "b", "2", 0 } } },

	{ "encoded NUL", "a=%00", 0, 0, E_NUL, "a", 0, { { NULL, NULL, 0 } } },
	{ "encoded NUL names its field", "x=1&bad=ok%00", 0, 0, E_NUL, "bad",
	  0, { { NULL, NULL, 0 } } },
	{ "raw NUL in a body", "a=b\0c", 5, 0, E_NUL, "a", 0,
	  { { NULL, NULL, 0 } } },
	{ "raw NUL at the end of a value", "x=1&note=ok\0", 12, 0, E_NUL,
	  "note", 0, { { NULL, NULL, 0 } } },
	{ "control %01", "c=%01", 0, 0, E_NUL, "c", 0, { { NULL, NULL, 0 } } },
	{ "control %1F", "c=%1F", 0, 0, E_NUL, "c", 0, { { NULL, NULL, 0 } } },
	{ "control %1B (escape)", "c=a%1Bb", 0, 0, E_NUL, "c", 0,
	  { { NULL, NULL, 0 } } },
	{ "DEL %7F", "c=%7F", 0, 0, E_NUL, "c", 0, { { NULL, NULL, 0 } } },
	{ "raw control byte", "c=\x01", 0, 0, E_NUL, "c", 0,
	  { { NULL, NULL, 0 } } },
	{ "overlong %C0%80", "name=%C0%80", 0, 0, E_UTF8, "name", 0,
	  { { NULL, NULL, 0 } } },
	{ "surrogate %ED%A0%80", "name=%ED%A0%80", 0, 0, E_UTF8, "name", 0,
	  { { NULL, NULL, 0 } } },
	{ "%FF", "a=1&title=%FF", 0, 0, E_UTF8, "title", 0,
	  { { NULL, NULL, 0 } } },
	{ "truncated character", "n=%E5%BC", 0, 0, E_UTF8, "n", 0,
	  { { NULL, NULL, 0 } } },
	{ "raw invalid byte", "n=\xff", 0, 0, E_UTF8, "n", 0,
	  { { NULL, NULL, 0 } } },
	{ "bad escape in value", "a=%4", 0, 0, E_SYNTAX, "a", 0,
	  { { NULL, NULL, 0 } } },
	{ "bad hex in value", "a=%G1", 0, 0, E_SYNTAX, "a", 0,
	  { { NULL, NULL, 0 } } },
	{ "trailing %", "a=1&b=x%", 0, 0, E_SYNTAX, "b", 0,
	  { { NULL, NULL, 0 } } },
	{ "bad escape in key", "%4=1", 0, 0, E_SYNTAX, NULL, 0,
	  { { NULL, NULL, 0 } } },
	{ "empty key", "=1", 0, 0, E_SYNTAX, NULL, 0, { { NULL, NULL, 0 } } },
	{ "NUL in key", "%00=1", 0, 0, E_SYNTAX, NULL, 0,
	  { { NULL, NULL, 0 } } },
	{ "raw NUL in key", "a\0b=1", 5, 0, E_SYNTAX, NULL, 0,
	  { { NULL, NULL, 0 } } },
	{ "control in key", "a%01=1", 0, 0, E_SYNTAX, NULL, 0,
	  { { NULL, NULL, 0 } } },
	{ "invalid UTF-8 key", "%C0%80=1", 0, 0, E_SYNTAX, NULL, 0,
	  { { NULL, NULL, 0 } } },
	{ "one pair too many", "a=1&b=2&c=3", 0, 2, E_SYNTAX, NULL, 0,
	  { { NULL, NULL, 0 } } },
};

START_TEST(t_kv_parse)
{
	struct arena	*a = arena_new();
	struct kvlist	 l = { NULL, 0, 0 };
	const char	*in = kv_cases[_i].in, *bad = "unset";
	size_t		 len = kv_cases[_i].len ? kv_cases[_i].len : strlen(in);
	size_t		 max = kv_cases[_i].max ? kv_cases[_i].max : 512;
	size_t		 i, vlen;
	char		*buf = exact_copy(in, len);
	enum err	 rc;

	rc = kv_parse(a, buf, len, &l, max, &bad);
	free(buf);
	ck_assert_msg(rc == kv_cases[_i].rc, "%s: returned %s, want %s",
	    kv_cases[_i].name, err_str(rc), err_str(kv_cases[_i].rc));
	if (kv_cases[_i].badkey == NULL)
		ck_assert_msg(bad == NULL, "%s: badkey \"%s\", want NULL",
		    kv_cases[_i].name, bad);
	else
		ck_assert_msg(bad != NULL &&
		    strcmp(bad, kv_cases[_i].badkey) == 0,
		    "%s: badkey \"%s\", want \"%s\"", kv_cases[_i].name,
		    bad ? bad : "(null)", kv_cases[_i].badkey);
	if (rc == E_OK) {
		ck_assert_msg(l.n == kv_cases[_i].n, "%s: %zu pairs, want %zu",
		    kv_cases[_i].name, l.n, kv_cases[_i].n);
		for (i = 0; i < l.n; i++) {
			const struct pair *p = &kv_cases[_i].p[i];
			vlen = p->vlen ? p->vlen : strlen(p->v);
			ck_assert_str_eq(l.v[i].key, p->k);
			ck_assert_uint_eq(l.v[i].len, vlen);
			ck_assert(memcmp(l.v[i].val, p->v, vlen) == 0);
			ck_assert_int_eq(l.v[i].val[vlen], '\0');
		}
	}
	arena_free(a);
}
END_TEST

START_TEST(t_kv_lookup)
{
	struct arena	*a = arena_new();
	struct kvlist	 l = { NULL, 0, 0 };
	const char	*q = "a=1&b=x&a=2&a=&c&B=upper", *bad;

	ck_assert_int_eq(kv_parse(a, q, strlen(q), &l, 512, &bad), E_OK);
	ck_assert_uint_eq(l.n, 6);
	ck_assert_uint_eq(kv_count(&l, "a"), 3);
	ck_assert_str_eq(kv_nth(&l, "a", 0), "1");
	ck_assert_str_eq(kv_nth(&l, "a", 1), "2");
	ck_assert_str_eq(kv_nth(&l, "a", 2), "");
	ck_assert_ptr_null(kv_nth(&l, "a", 3));
	ck_assert_str_eq(kv_get(&l, "a"), "1");
	ck_assert_str_eq(kv_get(&l, "b"), "x");
	ck_assert_str_eq(kv_get(&l, "B"), "upper");
	ck_assert_str_eq(kv_get(&l, "c"), "");
	ck_assert_uint_eq(kv_count(&l, "c"), 1);
	ck_assert_ptr_null(kv_get(&l, "z"));
	ck_assert_ptr_null(kv_get(&l, ""));
	ck_assert_ptr_null(kv_get(&l, "a="));
	ck_assert_uint_eq(kv_count(&l, "z"), 0);
	ck_assert_ptr_null(kv_nth(&l, "z", 0));
	arena_free(a);
}
END_TEST

/* The list grows past its first allocations; the limit is exact. */
START_TEST(t_kv_many)
{
	struct arena	*a = arena_new();
	struct kvlist	 l = { NULL, 0, 0 };
	const char	*bad;
	char		*buf, *p;
	size_t		 i, n = 513;

	p = buf = malloc(n * 16);
	ck_assert_ptr_nonnull(buf);
	for (i = 0; i < n; i++)
		p += sprintf(p, "%sk%zu=%zu", i ? "&" : "", i, i * 7);
	/* All 513 pairs with a limit of 513. */
	ck_assert_int_eq(kv_parse(a, buf, strlen(buf), &l, n, &bad), E_OK);
	ck_assert_uint_eq(l.n, n);
	for (i = 0; i < n; i++) {
		char k[16], v[16];
		snprintf(k, sizeof(k), "k%zu", i);
		snprintf(v, sizeof(v), "%zu", i * 7);
		ck_assert_str_eq(l.v[i].key, k);
		ck_assert_str_eq(l.v[i].val, v);
	}
	/* One too many for 512. */
	memset(&l, 0, sizeof(l));
	ck_assert_int_eq(kv_parse(a, buf, strlen(buf), &l, n - 1, &bad),
	    E_SYNTAX);
	ck_assert_ptr_null(bad);
	free(buf);
	arena_free(a);
}
END_TEST

/* ------------------------------------------- req_parse over FastCGI env */

/* An FCGX_Stream reading from memory: everything, then end of input. */
static void
mem_fill(FCGX_Stream *s)
{
	s->isClosed = 1;
}

static void
mem_empty(FCGX_Stream *s, int doclose)
{
	(void)s;
	(void)doclose;
}

static void
mem_stream(FCGX_Stream *s, const char *buf, size_t len)
{
	memset(s, 0, sizeof(*s));
	s->rdNext = s->stopUnget = (unsigned char *)buf;
	s->stop = s->wrNext = (unsigned char *)buf + len;
	s->isReader = 1;
	s->fillBuffProc = mem_fill;
	s->emptyBuffProc = mem_empty;
}

/* A request with the given environment (NULL-terminated). */
struct fake {
	FCGX_Request	 fr;
	FCGX_Stream	 in;
	struct conf	 conf;
	struct req	 r;
};

static void
fake_init(struct fake *f, char **env, const char *body, size_t len,
    size_t max_body)
{
	memset(f, 0, sizeof(*f));
	mem_stream(&f->in, body ? body : "", body ? len : 0);
	f->fr.envp = env;
	f->fr.in = &f->in;
	f->conf.max_body = max_body;
	f->r.fr = &f->fr;
	f->r.a = arena_new();
	f->r.conf = &f->conf;
}

#define ENV_MAX	8

static const struct {
	const char	*name;
	const char	*env[ENV_MAX];
	int		 status;
	enum method	 method;
	enum site	 site;
	const char	*path;
	enum fmt	 fmt;
	const char	*reason;
	const char	*field;		/* the field named in ferr[0] */
} parse_cases[] = {
	{ "plain GET", { "REQUEST_METHOD=GET", "DOCUMENT_URI=/",
	  "QUERY_STRING=" }, 200, METHOD_GET, SITE_PUBLIC, "/", FMT_HTML,
	  NULL, NULL },
	{ "no parameters at all", { NULL }, 200, METHOD_GET, SITE_PUBLIC, "/",
	  FMT_HTML, NULL, NULL },
	{ "HEAD", { "REQUEST_METHOD=HEAD", "DOCUMENT_URI=/app/" }, 200,
	  METHOD_HEAD, SITE_PUBLIC, "/app/", FMT_HTML, NULL, NULL },
	{ "POST on the app site", { "REQUEST_METHOD=POST",
	  "STUDIO_SITE=app", "DOCUMENT_URI=/app/units/3/certs" }, 200,
	  METHOD_POST, SITE_APP, "/app/units/3/certs", FMT_HTML, NULL, NULL },
	{ "other method", { "REQUEST_METHOD=DELETE", "DOCUMENT_URI=/" }, 200,
	  METHOD__MAX, SITE_PUBLIC, "/", FMT_HTML, NULL, NULL },
	{ "method is case-sensitive", { "REQUEST_METHOD=get" }, 200,
	  METHOD__MAX, SITE_PUBLIC, "/", FMT_HTML, NULL, NULL },
	{ "other site name is public", { "STUDIO_SITE=App" }, 200,
	  METHOD_GET, SITE_PUBLIC, "/", FMT_HTML, NULL, NULL },
	{ "DOCUMENT_URI is taken as it is", { "DOCUMENT_URI=/a b",
	  "REQUEST_URI=/ignored" }, 200, METHOD_GET, SITE_PUBLIC, "/a b",
	  FMT_HTML, NULL, NULL },
	{ "REQUEST_URI decoded, query cut", {
	  "REQUEST_URI=/app/units%2F17?format=xml", "QUERY_STRING=format=xml" },
	  200, METHOD_GET, SITE_PUBLIC, "/app/units/17", FMT_XML, NULL, NULL },
	{ "REQUEST_URI with Chinese", { "REQUEST_URI=/%E9%95%BF%E6%98%A5" },
	  200, METHOD_GET, SITE_PUBLIC, "/长春", FMT_HTML, NULL, NULL },
	{ "format=csv", { "DOCUMENT_URI=/app/units", "QUERY_STRING=format=csv" },
	  200, METHOD_GET, SITE_PUBLIC, "/app/units", FMT_CSV, NULL, NULL },
	{ "format=print", { "QUERY_STRING=page=2&format=print" }, 200,
	  METHOD_GET, SITE_PUBLIC, "/", FMT_PRINT, NULL, NULL },
	{ "format=html beats Accept", { "QUERY_STRING=format=html",
	  "HTTP_ACCEPT=application/xml" }, 200, METHOD_GET, SITE_PUBLIC, "/",
	  FMT_HTML, NULL, NULL },
	{ "Accept: application/xml", { "HTTP_ACCEPT=application/xml" }, 200,
	  METHOD_GET, SITE_PUBLIC, "/", FMT_XML, NULL, NULL },
	{ "Accept: text/xml", { "HTTP_ACCEPT=text/xml;q=0.9" }, 200,
	  METHOD_GET, SITE_PUBLIC, "/", FMT_XML, NULL, NULL },
	{ "browser Accept stays HTML", { "HTTP_ACCEPT=text/html,"
	  "application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" }, 200,
	  METHOD_GET, SITE_PUBLIC, "/", FMT_HTML, NULL, NULL },

	{ "unknown format", { "QUERY_STRING=format=pdf" }, 400, METHOD_GET,
	  SITE_PUBLIC, "/", FMT_HTML, "bad-format", "format" },
	{ "format is case-sensitive", { "QUERY_STRING=format=XML" }, 400,
	  METHOD_GET, SITE_PUBLIC, "/", FMT_HTML, "bad-format", "format" },
	{ "path without /", { "DOCUMENT_URI=app" }, 400, METHOD_GET,
	  SITE_PUBLIC, NULL, FMT_HTML, "bad-path", NULL },
	{ "empty path", { "DOCUMENT_URI=" }, 400, METHOD_GET, SITE_PUBLIC,
	  NULL, FMT_HTML, "bad-path", NULL },
	{ "bad escape in path", { "REQUEST_URI=/a%4" }, 400, METHOD_GET,
	  SITE_PUBLIC, NULL, FMT_HTML, "bad-path", NULL },
	{ "NUL in path", { "REQUEST_URI=/a%00b" }, 400, METHOD_GET,
	  SITE_PUBLIC, NULL, FMT_HTML, "bad-path", NULL },
	{ "control character in path", { "REQUEST_URI=/a%01b" }, 400,
	  METHOD_GET, SITE_PUBLIC, NULL, FMT_HTML, "bad-path", NULL },
	{ "NUL in the middle of the path", {
	  "REQUEST_URI=/app/units/17%00/certs" }, 400, METHOD_GET,
	  SITE_PUBLIC, NULL, FMT_HTML, "bad-path", NULL },
	{ "overlong in path", { "REQUEST_URI=/%C0%AF" }, 400, METHOD_GET,
	  SITE_PUBLIC, NULL, FMT_HTML, "bad-path", NULL },
	{ "invalid UTF-8 in query", { "QUERY_STRING=q=%C0%80" }, 400,
	  METHOD_GET, SITE_PUBLIC, "/", FMT_HTML, "bad-utf8", "q" },
	{ "control character in query", { "QUERY_STRING=x=1&q=%01" }, 400,
	  METHOD_GET, SITE_PUBLIC, "/", FMT_HTML, "bad-char", "q" },
	{ "NUL in query", { "QUERY_STRING=kind=%00" }, 400, METHOD_GET,
	  SITE_PUBLIC, "/", FMT_HTML, "bad-char", "kind" },
	{ "bad escape in query", { "QUERY_STRING=q=%4" }, 400, METHOD_GET,
	  SITE_PUBLIC, "/", FMT_HTML, "bad-syntax", "q" },
	{ "bad key in query", { "QUERY_STRING==1" }, 400, METHOD_GET,
	  SITE_PUBLIC, "/", FMT_HTML, "bad-syntax", NULL },
};

START_TEST(t_req_parse)
{
	struct fake	 f;
	int		 status;

	fake_init(&f, (char **)parse_cases[_i].env, NULL, 0, 1024);
	status = req_parse(&f.r);
	ck_assert_msg(status == parse_cases[_i].status, "%s: %d, want %d",
	    parse_cases[_i].name, status, parse_cases[_i].status);
	ck_assert_msg(f.r.method == parse_cases[_i].method, "%s: method %d",
	    parse_cases[_i].name, f.r.method);
	ck_assert_msg(f.r.site == parse_cases[_i].site, "%s: site %d",
	    parse_cases[_i].name, f.r.site);
	if (parse_cases[_i].path != NULL)
		ck_assert_str_eq(f.r.path, parse_cases[_i].path);
	else
		ck_assert_ptr_null(f.r.path);
	if (status == 200)
		ck_assert_msg(f.r.fmt == parse_cases[_i].fmt, "%s: format %d",
		    parse_cases[_i].name, f.r.fmt);
	ck_assert_pstr_eq(f.r.reason, parse_cases[_i].reason);
	if (status != 200)
		ck_assert_ptr_nonnull(f.r.message);
	if (parse_cases[_i].field != NULL) {
		ck_assert_uint_eq(f.r.nferr, 1);
		ck_assert_str_eq(f.r.ferr[0].name, parse_cases[_i].field);
		ck_assert_ptr_nonnull(f.r.ferr[0].msg);
	} else
		ck_assert_uint_eq(f.r.nferr, 0);
	arena_free(f.r.a);
}
END_TEST

START_TEST(t_req_parse_fields)
{
	char		*env[] = { "REQUEST_METHOD=GET",
	    "QUERY_STRING=q=%E9%95%BF&page=3", "HTTP_IF_NONE_MATCH=\"v1\"",
	    "HTTP_ACCEPT=text/html", NULL };
	struct fake	 f;

	fake_init(&f, env, NULL, 0, 1024);
	ck_assert_int_eq(req_parse(&f.r), 200);
	ck_assert_str_eq(f.r.query, "q=%E9%95%BF&page=3");
	ck_assert_str_eq(kv_get(&f.r.q, "q"), "长");
	ck_assert_str_eq(f.r.if_none_match, "\"v1\"");
	ck_assert_str_eq(f.r.accept, "text/html");
	ck_assert_int_eq(req_pageno(&f.r), 3);
	ck_assert_str_eq(req_param(&f.r, "REQUEST_METHOD"), "GET");
	ck_assert_ptr_null(req_param(&f.r, "REQUEST"));
	ck_assert_ptr_null(req_param(&f.r, "HTTP_COOKIE"));
	arena_free(f.r.a);
}
END_TEST

/* ---------------------------------------------------- req_pageno, ferr */

static const struct {
	const char	*query;
	int		 page;
} page_cases[] = {
	{ "", 1 },
	{ "page=1", 1 },
	{ "page=2", 2 },
	{ "page=1000000", 1000000 },
	{ "page=1000001", 1 },
	{ "page=0", 1 },
	{ "page=-3", 1 },
	{ "page=abc", 1 },
	{ "page=2x", 1 },
	{ "page=", 1 },
	{ "page=99999999999999999999", 1 },
	{ "page=4&page=9", 4 },
	{ "Page=5", 1 },
};

START_TEST(t_req_pageno)
{
	struct req	 r;
	const char	*bad, *q = page_cases[_i].query;

	memset(&r, 0, sizeof(r));
	r.a = arena_new();
	ck_assert_int_eq(kv_parse(r.a, q, strlen(q), &r.q, 16, &bad), E_OK);
	ck_assert_msg(req_pageno(&r) == page_cases[_i].page,
	    "\"%s\": page %d, want %d", q, req_pageno(&r), page_cases[_i].page);
	arena_free(r.a);
}
END_TEST

START_TEST(t_req_ferr)
{
	struct req	 r;
	size_t		 i, max = NITEMS(r.ferr);

	memset(&r, 0, sizeof(r));
	for (i = 0; i < max + 8; i++)
		req_ferr(&r, "name", "名称", "请填写名称");
	ck_assert_uint_eq(r.nferr, max);
	ck_assert_str_eq(r.ferr[max - 1].label, "名称");
}
END_TEST

/* ------------------------------------------------------------ req_body */

static const struct {
	const char	*name;
	const char	*ctype;		/* NULL: absent */
	const char	*clen;		/* NULL: absent; "*": body length */
	const char	*body;
	size_t		 len;		/* 0: strlen(body) */
	size_t		 max_body;
	int		 status;
	const char	*reason;
	const char	*field;
	const char	*key, *val;	/* one pair to look up */
} body_cases[] = {
	{ "form", "application/x-www-form-urlencoded", "*",
	  "csrf=t&holder=%E7%8E%8B", 0, 1024, 200, NULL, NULL,
	  "holder", "王" },
	{ "type with charset", "application/x-www-form-urlencoded; "
	  "charset=UTF-8", "*", "a=1", 0, 1024, 200, NULL, NULL, "a", "1" },
	{ "type in other case", "Application/X-WWW-Form-Urlencoded", "*",
	  "a=1", 0, 1024, 200, NULL, NULL, "a", "1" },
	{ "no body, no length", NULL, NULL, "", 0, 1024, 200, NULL, NULL,
	  NULL, NULL },
	{ "empty length", NULL, "", "", 0, 1024, 200, NULL, NULL, NULL, NULL },
	{ "length 0 without type", NULL, "0", "", 0, 1024, 200, NULL, NULL,
	  NULL, NULL },
	{ "exactly max_body", "application/x-www-form-urlencoded", "*",
	  "a=12345678", 0, 10, 200, NULL, NULL, "a", "12345678" },
	{ "only what the length says", "application/x-www-form-urlencoded",
	  "3", "a=1&b=2", 0, 1024, 200, NULL, NULL, "a", "1" },

	{ "one byte over max_body", "application/x-www-form-urlencoded", "*",
	  "a=123456789", 0, 10, 413, "too-big", NULL, NULL, NULL },
	{ "huge length", "application/x-www-form-urlencoded",
	  "9223372036854775807", "", 0, 1024, 413, "too-big", NULL, NULL,
	  NULL },
	{ "length overflows", "application/x-www-form-urlencoded",
	  "99999999999999999999", "", 0, 1024, 400, "bad-length", NULL, NULL,
	  NULL },
	{ "negative length", "application/x-www-form-urlencoded", "-1", "",
	  0, 1024, 400, "bad-length", NULL, NULL, NULL },
	{ "length not a number", "application/x-www-form-urlencoded", "12a",
	  "", 0, 1024, 400, "bad-length", NULL, NULL, NULL },
	{ "multipart refused", "multipart/form-data; boundary=x", "*", "--x",
	  0, 1024, 400, "bad-content-type", NULL, NULL, NULL },
	{ "JSON refused", "application/json", "*", "{}", 0, 1024, 400,
	  "bad-content-type", NULL, NULL, NULL },
	{ "body without type", NULL, "*", "a=1", 0, 1024, 400,
	  "bad-content-type", NULL, NULL, NULL },
	{ "short body", "application/x-www-form-urlencoded", "20", "a=1", 0,
	  1024, 400, "short-body", NULL, NULL, NULL },
	{ "invalid UTF-8 names the field", "application/x-www-form-urlencoded",
	  "*", "csrf=t&name=%C0%80", 0, 1024, 400, "bad-utf8", "name", NULL,
	  NULL },
	{ "control character names the field",
	  "application/x-www-form-urlencoded", "*", "holder=a%07", 0, 1024,
	  400, "bad-char", "holder", NULL, NULL },
	{ "raw NUL names the field", "application/x-www-form-urlencoded",
	  "*", "holder=a\0b", 10, 1024, 400, "bad-char", "holder", NULL,
	  NULL },
	{ "bad escape", "application/x-www-form-urlencoded", "*", "a=%zz", 0,
	  1024, 400, "bad-syntax", "a", NULL, NULL },
};

START_TEST(t_req_body)
{
	char		*env[4], *clen = NULL, *ctype = NULL, *body;
	const char	*src = body_cases[_i].body;
	size_t		 n = 0;
	size_t		 len = body_cases[_i].len ? body_cases[_i].len :
			    strlen(src);
	struct fake	 f;
	int		 status;

	if (body_cases[_i].ctype != NULL &&
	    asprintf(&ctype, "CONTENT_TYPE=%s", body_cases[_i].ctype) > 0)
		env[n++] = ctype;
	if (body_cases[_i].clen != NULL && (strcmp(body_cases[_i].clen, "*") ?
	    asprintf(&clen, "CONTENT_LENGTH=%s", body_cases[_i].clen) :
	    asprintf(&clen, "CONTENT_LENGTH=%zu", len)) > 0)
		env[n++] = clen;
	env[n] = NULL;
	body = exact_copy(src, len);
	fake_init(&f, env, body, len, body_cases[_i].max_body);
	status = req_body(&f.r);
	ck_assert_msg(status == body_cases[_i].status, "%s: %d, want %d",
	    body_cases[_i].name, status, body_cases[_i].status);
	ck_assert_pstr_eq(f.r.reason, body_cases[_i].reason);
	if (body_cases[_i].field != NULL) {
		ck_assert_uint_eq(f.r.nferr, 1);
		ck_assert_str_eq(f.r.ferr[0].name, body_cases[_i].field);
	} else
		ck_assert_uint_eq(f.r.nferr, 0);
	if (body_cases[_i].key != NULL)
		ck_assert_pstr_eq(kv_get(&f.r.form, body_cases[_i].key),
		    body_cases[_i].val);
	if (status == 200 && body_cases[_i].key == NULL)
		ck_assert_uint_eq(f.r.form.n, 0);
	arena_free(f.r.a);
	free(body);
	free(clen);
	free(ctype);
}
END_TEST

Suite *
suite_req(void)
{
	Suite	*s = suite_create("req");
	TCase	*tc;

	tc = tcase_create("utf8_valid");
	tcase_add_loop_test(tc, t_utf8_valid, 0, NITEMS(utf8_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("url_decode");
	tcase_add_loop_test(tc, t_url_decode, 0, NITEMS(url_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("kv_parse");
	tcase_add_loop_test(tc, t_kv_parse, 0, NITEMS(kv_cases));
	tcase_add_test(tc, t_kv_lookup);
	tcase_add_test(tc, t_kv_many);
	suite_add_tcase(s, tc);

	tc = tcase_create("req_parse");
	tcase_add_loop_test(tc, t_req_parse, 0, NITEMS(parse_cases));
	tcase_add_test(tc, t_req_parse_fields);
	tcase_add_loop_test(tc, t_req_pageno, 0, NITEMS(page_cases));
	tcase_add_test(tc, t_req_ferr);
	suite_add_tcase(s, tc);

	tc = tcase_create("req_body");
	tcase_add_loop_test(tc, t_req_body, 0, NITEMS(body_cases));
	suite_add_tcase(s, tc);
	return s;
}
