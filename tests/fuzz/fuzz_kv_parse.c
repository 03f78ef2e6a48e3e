/*
 * fuzz_kv_parse: query strings and application/x-www-form-urlencoded
 * bodies.  The input is the raw buffer; its first byte also picks the
 * pair limit, so that the limit is reached too.  The result is compared
 * with a plain reading of the grammar: '&' separates pairs (empty ones
 * skipped), the first '=' separates key and value, '+' is a space, %XX a
 * byte; a key is never empty; every value is valid UTF-8 without NUL or
 * C0 control characters (tab, CR and LF allowed) or DEL.  A NUL byte in
 * the raw buffer is an embedded NUL like %00 (a body can carry one).
 */
#include "fuzz.h"

struct ref {
	enum err	 rc;
	size_t		 n;
	int		 badkey;	/* index of the pair named, or -1 */
	char		*k[64], *v[64];
	size_t		 kl[64], vl[64];
};

static int
hexv(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode [s, s+n) into out; -1 on a bad escape. */
static long
ref_decode(const char *s, size_t n, char *out)
{
	size_t	 i, o = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '+')
			out[o++] = ' ';
		else if (s[i] == '%') {
			if (n - i < 3 || hexv((unsigned char)s[i + 1]) < 0 ||
			    hexv((unsigned char)s[i + 2]) < 0)
				return -1;
			out[o++] = (char)(hexv((unsigned char)s[i + 1]) << 4 |
			    hexv((unsigned char)s[i + 2]));
			i += 2;
		} else
			out[o++] = s[i];
	}
	out[o] = '\0';
	return (long)o;
}

static enum err
ref_check(const char *s, size_t n)
{
	if (!ref_clean(s, n))
		return E_NUL;
	return ref_utf8((const unsigned char *)s, n) ? E_OK : E_UTF8;
}

static void
ref_parse(const char *buf, size_t len, size_t maxpairs, struct ref *r)
{
	size_t	 i = 0, j, eq;
	long	 n;
	enum err e;

	r->rc = E_OK;
	r->n = 0;
	r->badkey = -1;
	while (i < len) {
		for (j = i; j < len && buf[j] != '&'; j++)
			continue;
		if (j == i) {
			i++;
			continue;
		}
		for (eq = i; eq < j && buf[eq] != '='; eq++)
			continue;
		r->k[r->n] = malloc(eq - i + 1);
		r->v[r->n] = malloc(j - eq + 1);
		if ((n = ref_decode(buf + i, eq - i, r->k[r->n])) < 0 ||
		    n == 0 || ref_check(r->k[r->n], (size_t)n) != E_OK) {
			r->rc = E_SYNTAX;
			r->n++;
			return;
		}
		r->kl[r->n] = (size_t)n;
		r->badkey = (int)r->n;
		r->v[r->n][0] = '\0';
		n = eq < j ? ref_decode(buf + eq + 1, j - eq - 1,
		    r->v[r->n]) : 0;
		if (n < 0) {
			r->rc = E_SYNTAX;
			r->n++;
			return;
		}
		if ((e = ref_check(r->v[r->n], (size_t)n)) != E_OK) {
			r->rc = e;
			r->n++;
			return;
		}
		r->vl[r->n] = (size_t)n;
		r->badkey = -1;
		if (r->n == maxpairs) {
			r->rc = E_SYNTAX;
			r->n++;
			return;
		}
		r->n++;
		i = j;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena	*a;
	struct kvlist	 l;
	struct ref	 ref;
	const char	*badkey;
	char		*buf;
	size_t		 maxpairs, i;
	enum err	 rc;

	if (size < 1)
		return 0;
	maxpairs = 1 + data[0] % 32;
	data++;
	size--;
	buf = fuzz_buf(data, size);
	a = arena_new();
	memset(&l, 0, sizeof(l));
	memset(&ref, 0, sizeof(ref));
	rc = kv_parse(a, buf, size, &l, maxpairs, &badkey);
	ref_parse(buf, size, maxpairs, &ref);

	REQUIRE(rc == ref.rc);
	if (rc == E_OK) {
		REQUIRE(badkey == NULL);
		REQUIRE(l.n == ref.n);
		REQUIRE(l.n <= maxpairs);
		for (i = 0; i < l.n; i++) {
			REQUIRE(strlen(l.v[i].key) == ref.kl[i]);
			REQUIRE(memcmp(l.v[i].key, ref.k[i], ref.kl[i]) == 0);
			REQUIRE(l.v[i].len == ref.vl[i]);
			REQUIRE(strlen(l.v[i].val) == l.v[i].len);
			REQUIRE(memcmp(l.v[i].val, ref.v[i], ref.vl[i]) == 0);
			REQUIRE(utf8_valid(l.v[i].val, l.v[i].len));
		}
		/* The look-ups agree with the list. */
		if (l.n > 0) {
			REQUIRE(kv_get(&l, l.v[0].key) == l.v[0].val);
			REQUIRE(kv_count(&l, l.v[0].key) >= 1);
			REQUIRE(kv_nth(&l, l.v[0].key,
			    kv_count(&l, l.v[0].key)) == NULL);
		}
	} else if (ref.badkey >= 0) {
		REQUIRE(badkey != NULL);
		REQUIRE(strcmp(badkey, ref.k[ref.badkey]) == 0);
	} else
		REQUIRE(badkey == NULL);

	for (i = 0; i < ref.n; i++) {
		free(ref.k[i]);
		free(ref.v[i]);
	}
	arena_free(a);
	free(buf);
	return 0;
}
