/*
 * fuzz_req_parse: the whole parse of a request's FastCGI parameters
 * (method, site, path, query string, format, Accept).  The input is a
 * list of NAME=value lines, as nginx would pass them; a
 * line without '=' is skipped, as libfcgi never delivers one.  A request
 * that passes must leave only clean values behind: a path that begins
 * with '/', valid UTF-8 everywhere, no control characters, a known
 * format; one that does not must be a 400 with a reason.
 */
#include "fuzz.h"

#define MAXENV	32

static void
check_clean(const char *s)
{
	REQUIRE(s != NULL);
	REQUIRE(ref_utf8((const unsigned char *)s, strlen(s)));
	REQUIRE(ref_clean(s, strlen(s)));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FCGX_Request	 fr;
	struct req	 r;
	struct conf	 c;
	char		*buf, *line, *save = NULL, *env[MAXENV + 1];
	size_t		 n = 0, i;
	int		 status, page;

	buf = fuzz_str(data, size);
	for (line = strtok_r(buf, "\n", &save); line != NULL && n < MAXENV;
	    line = strtok_r(NULL, "\n", &save))
		if (strchr(line, '=') != NULL)
			env[n++] = line;
	env[n] = NULL;

	memset(&fr, 0, sizeof(fr));
	memset(&r, 0, sizeof(r));
	memset(&c, 0, sizeof(c));
	fr.envp = env;
	c.max_body = 1024;
	r.fr = &fr;
	r.conf = &c;
	r.a = arena_new();

	status = req_parse(&r);
	REQUIRE(status == 200 || status == 400);
	if (status == 200) {
		check_clean(r.path);
		REQUIRE(r.path[0] == '/');
		REQUIRE(r.fmt < FMT__MAX);
		REQUIRE(r.method <= METHOD__MAX);
		REQUIRE(r.site == SITE_PUBLIC || r.site == SITE_APP);
		REQUIRE(r.query != NULL);
		for (i = 0; i < r.q.n; i++) {
			check_clean(r.q.v[i].key);
			check_clean(r.q.v[i].val);
		}
		page = req_pageno(&r);
		REQUIRE(page >= 1 && page <= 1000000);
	} else {
		REQUIRE(r.reason != NULL);
		REQUIRE(r.message != NULL);
		check_clean(r.message);
	}
	arena_free(r.a);
	free(buf);
	return 0;
}
