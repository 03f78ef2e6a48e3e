/*
 * fuzz_valid: the form validators.  The low three bits of the first byte
 * pick the validator (text, integer, date, code, month, mobile, e-mail),
 * the others its limits; the rest is the value (NUL-terminated, as
 * req.c hands it on).  Each result is checked against what extern.h
 * promises, by a plain reading of the rule.
 */
#include <ctype.h>
#include <time.h>

#include "fuzz.h"

static int
is_trim_space(const char *s, size_t n, int at_end)
{
	if (n == 0)
		return 0;
	if (!at_end) {
		if (isspace((unsigned char)s[0]))
			return 1;
		return n >= 3 && memcmp(s, "\xe3\x80\x80", 3) == 0;
	}
	if (isspace((unsigned char)s[n - 1]))
		return 1;
	return n >= 3 && memcmp(s + n - 3, "\xe3\x80\x80", 3) == 0;
}

static void
check_text(struct arena *a, const char *in, unsigned sel)
{
	const char	*out = NULL, *msg;
	size_t		 max = sel >> 1 & 0x1f, n, i;
	int		 multiline = sel & 1;

	msg = valid_text(a, in, max, multiline, &out);
	if (msg != NULL) {
		REQUIRE(utf8_valid(msg, strlen(msg)));
		return;
	}
	REQUIRE(out != NULL);
	n = strlen(out);
	REQUIRE(ref_utf8((const unsigned char *)out, n));
	REQUIRE(utf8_len(out) <= max);
	REQUIRE(!is_trim_space(out, n, 0) && !is_trim_space(out, n, 1));
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)out[i];
		REQUIRE(c != '\r');
		REQUIRE(c >= 0x20 || c == '\t' || c == '\n');
		REQUIRE(c != 0x7f);
		REQUIRE(multiline || c != '\n');
	}
	/* The input was valid UTF-8 too, and nothing was added. */
	REQUIRE(ref_utf8((const unsigned char *)in, strlen(in)));
	REQUIRE(n <= strlen(in));
}

/* Trimmed -?[0-9]+ within [min, max], without overflow. */
static int
ref_int(const char *in, int64_t min, int64_t max, int64_t *out)
{
	const char	*b = in, *e;
	int		 neg = 0;
	unsigned __int128 v = 0;
	__int128	 sv;

	while (isspace((unsigned char)*b))
		b++;
	e = b + strlen(b);
	while (e > b && isspace((unsigned char)e[-1]))
		e--;
	if (b < e && *b == '-')
		neg = 1, b++;
	if (b == e)
		return 0;
	for (; b < e; b++) {
		if (!isdigit((unsigned char)*b))
			return 0;
		v = v * 10 + (unsigned)(*b - '0');
		if (v > (unsigned __int128)1 << 64)
			return 0;
	}
	sv = neg ? -(__int128)v : (__int128)v;
	if (sv < min || sv > max)
		return 0;
	*out = (int64_t)sv;
	return 1;
}

static void
check_int(const char *in, unsigned sel)
{
	static const int64_t ranges[][2] = {
		{ 1, 1000000 },			/* ?page= */
		{ 0, INT64_MAX },		/* Content-Length */
		{ INT64_MIN, INT64_MAX },
		{ -100, 100 },
	};
	const int64_t	*r = ranges[sel % 4];
	int64_t		 got = 0, want = 0;
	const char	*msg;
	int		 ok;

	msg = valid_int(in, r[0], r[1], &got);
	ok = ref_int(in, r[0], r[1], &want);
	REQUIRE((msg == NULL) == ok);
	if (ok)
		REQUIRE(got == want);
}

static void
check_date(const char *in)
{
	const char	*out = NULL, *msg;
	struct tm	 tm;
	int		 y, m, d, ok = 0;
	char		 back[16];

	msg = valid_date(in, &out);
	/* Reference: the exact shape, and a round trip through timegm. */
	if (strlen(in) == 10 && sscanf(in, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
	    isdigit((unsigned char)in[0]) && isdigit((unsigned char)in[5]) &&
	    isdigit((unsigned char)in[8]) && y >= 1900 && y <= 2199) {
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = y - 1900;
		tm.tm_mon = m - 1;
		tm.tm_mday = d;
		tm.tm_hour = 12;
		(void)timegm(&tm);
		snprintf(back, sizeof(back), "%04d-%02d-%02d",
		    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
		ok = strcmp(back, in) == 0;
	}
	REQUIRE((msg == NULL) == ok);
	if (ok)
		REQUIRE(out == in);
}

static void
check_code(const char *in)
{
	const char	*out = NULL, *msg;
	size_t		 n = strlen(in), i;
	int		 ok = n >= 1 && n <= 20;

	for (i = 0; i < n; i++)
		if (!((in[i] >= '0' && in[i] <= '9') ||
		    (in[i] >= 'a' && in[i] <= 'z') ||
		    (in[i] >= 'A' && in[i] <= 'Z')))
			ok = 0;
	msg = valid_code(in, &out);
	REQUIRE((msg == NULL) == ok);
	if (ok)
		REQUIRE(out == in);
}

static void
check_month(const char *in)
{
	const char	*out = NULL, *msg;
	int		 ok = strlen(in) == 7 && in[4] == '-', i, y, m;

	for (i = 0; ok && i < 7; i++)
		if (i != 4 && !(in[i] >= '0' && in[i] <= '9'))
			ok = 0;
	if (ok) {
		y = (in[0] - '0') * 1000 + (in[1] - '0') * 100 +
		    (in[2] - '0') * 10 + (in[3] - '0');
		m = (in[5] - '0') * 10 + (in[6] - '0');
		ok = y >= 1900 && y <= 2199 && m >= 1 && m <= 12;
	}
	msg = valid_month(in, &out);
	REQUIRE((msg == NULL) == ok);
	if (ok)
		REQUIRE(out == in);
}

static void
check_mobile(const char *in)
{
	const char	*out = NULL, *msg;
	int		 ok = strlen(in) == 11 && in[0] == '1' &&
			    in[1] >= '3' && in[1] <= '9', i;

	for (i = 0; ok && i < 11; i++)
		if (!(in[i] >= '0' && in[i] <= '9'))
			ok = 0;
	msg = valid_mobile(in, &out);
	REQUIRE((msg == NULL) == ok);
	if (ok)
		REQUIRE(out == in);
}

/*
 * local@domain.tld: 5 to 100 printable ASCII characters without white
 * space or <>()[]\,;:", one '@' with something before it, and a '.' in
 * the domain that is neither its first nor the last character.
 */
static void
check_email(const char *in)
{
	const char	*out = NULL, *msg;
	size_t		 n = strlen(in), i, at = 0, ats = 0, lastdot = 0;
	int		 ok = n >= 5 && n <= 100;

	for (i = 0; ok && i < n; i++) {
		unsigned char c = (unsigned char)in[i];
		if (c <= 0x20 || c >= 0x7f || strchr("<>()[]\\,;:\"", c))
			ok = 0;
		if (c == '@')
			ats++, at = i;
		if (c == '.')
			lastdot = i;
	}
	if (ok)
		ok = ats == 1 && at > 0 && lastdot > at + 1 &&
		    lastdot < n - 1;
	msg = valid_email(in, &out);
	REQUIRE((msg == NULL) == ok);
	if (ok)
		REQUIRE(out == in);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena	*a;
	char		*in;
	unsigned	 sel;

	if (size < 1)
		return 0;
	sel = data[0];
	in = fuzz_str(data + 1, size - 1);
	a = arena_new();
	switch (sel & 7) {
	case 1:
		check_int(in, sel >> 3);
		break;
	case 2:
		check_date(in);
		break;
	case 3:
		check_code(in);
		break;
	case 4:
		check_month(in);
		break;
	case 5:
		check_mobile(in);
		break;
	case 6:
		check_email(in);
		break;
	default:
		check_text(a, in, sel >> 3);
		break;
	}
	arena_free(a);
	free(in);
	return 0;
}
