/*
 * valid.c: validators.  They only compute: no database, no I/O.  Here is
 * also what text is (utf8_valid, text_check), which req.c asks of every
 * parameter; validators trim, check length and shape, and store a typed
 * value.  Each returns NULL when the
 * value is good, or the message to show beside the field.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

int
utf8_valid(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	const unsigned char	*e = p + len;
	uint32_t		 cp;
	int			 n, i;

	while (p < e) {
		if (*p < 0x80) {
			p++;
			continue;
		}
		if (*p >= 0xc2 && *p <= 0xdf) {
			n = 1;
			cp = *p & 0x1f;
		} else if (*p >= 0xe0 && *p <= 0xef) {
			n = 2;
			cp = *p & 0x0f;
		} else if (*p >= 0xf0 && *p <= 0xf4) {
			n = 3;
			cp = *p & 0x07;
		} else
			return 0;
		if (e - p <= n)
			return 0;
		for (i = 1; i <= n; i++) {
			if ((p[i] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (p[i] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		p += n + 1;
	}
	return 1;
}

/*
 * Whether a code point may stand in text.  XML 1.0 allows tab, LF, CR,
 * U+0020 to U+D7FF, U+E000 to U+FFFD and U+10000 to U+10FFFF; of these,
 * text here also refuses what other parsers take for a line break or a
 * control: DEL and the C1 controls (U+0085 is a line end to some),
 * U+2028 and U+2029 (line ends to JavaScript), the bidirectional
 * embeddings, overrides and isolates U+202A to U+202E and U+2066 to
 * U+2069 (they reorder what a reviewer reads), and the noncharacters
 * U+FDD0 to U+FDEF and U+nFFFE, U+nFFFF of every plane.
 */
static int
text_char(uint32_t cp)
{
	if (cp < 0x20)
		return cp == '\t' || cp == '\n' || cp == '\r';
	if (cp >= 0x7f && cp <= 0x9f)
		return 0;
	if (cp >= 0x2028 && cp <= 0x202e)
		return 0;
	if (cp >= 0x2066 && cp <= 0x2069)
		return 0;
	if (cp >= 0xd800 && cp <= 0xdfff)
		return 0;
	if (cp >= 0xfdd0 && cp <= 0xfdef)
		return 0;
	if ((cp & 0xfffe) == 0xfffe)
		return 0;
	return cp <= 0x10ffff;
}

enum err
text_check(const char *s, size_t len, uint32_t *bad)
{
	const unsigned char	*p = (const unsigned char *)s;
	const unsigned char	*e = p + len;
	uint32_t		 cp;
	int			 n, i;

	*bad = 0;
	if (!utf8_valid(s, len))
		return E_UTF8;
	while (p < e) {
		if (*p < 0x80) {
			cp = *p;
			n = 0;
		} else if (*p < 0xe0) {
			cp = *p & 0x1f;
			n = 1;
		} else if (*p < 0xf0) {
			cp = *p & 0x0f;
			n = 2;
		} else {
			cp = *p & 0x07;
			n = 3;
		}
		for (i = 1; i <= n; i++)
			cp = (cp << 6) | (p[i] & 0x3f);
		if (!text_char(cp)) {
			*bad = cp;
			return E_NUL;
		}
		p += n + 1;
	}
	return E_OK;
}

/* Length of the UTF-8 sequence at p (1 to 4), or 0 when it is not one. */
static size_t
seqlen(const unsigned char *p, size_t left)
{
	size_t	 n;

	n = *p < 0x80 ? 1 : *p >= 0xc2 && *p <= 0xdf ? 2 :
	    *p >= 0xe0 && *p <= 0xef ? 3 : *p >= 0xf0 && *p <= 0xf4 ? 4 : 0;
	if (n == 0 || n > left || !utf8_valid((const char *)p, n))
		return 0;
	return n;
}

size_t
text_mend_buf(const char *s, size_t len, char *out)
{
	const unsigned char	*p = (const unsigned char *)s;
	const unsigned char	*e = p + len;
	size_t			 n, i;
	uint32_t		 cp;
	char			*o = out;

	while (p < e) {
		n = seqlen(p, (size_t)(e - p));
		cp = 0;
		if (n > 0) {
			cp = n == 1 ? *p : (uint32_t)(*p & (0x7f >> n));
			for (i = 1; i < n; i++)
				cp = (cp << 6) | (p[i] & 0x3f);
		}
		if (n > 0 && text_char(cp)) {
			memcpy(o, p, n);
			o += n;
		} else {
			memcpy(o, "\xef\xbf\xbd", 3);	/* U+FFFD */
			o += 3;
			if (n == 0)
				n = 1;
		}
		p += n;
	}
	*o = '\0';
	return (size_t)(o - out);
}

const char *
text_mend(struct arena *a, const char *s)
{
	size_t		 len = strlen(s);
	uint32_t	 cp;
	char		*out;

	if (text_check(s, len, &cp) == E_OK)
		return s;
	out = amalloc(a, len * 3 + 1);
	text_mend_buf(s, len, out);
	return out;
}

size_t
utf8_len(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* Full-width and ideographic spaces count as space when trimming. */
static size_t
space_at(const char *s)
{
	if (isspace((unsigned char)*s))
		return 1;
	if (strncmp(s, "\xe3\x80\x80", 3) == 0)	/* U+3000 */
		return 3;
	return 0;
}

const char *
valid_text(struct arena *a, const char *in, size_t maxchars, int multiline,
    const char **out)
{
	const char	*b, *e, *p;
	size_t		 n;
	uint32_t	 cp;
	char		*s, *o;

	if (!utf8_valid(in, strlen(in)))
		return "含有无效的 UTF-8 字符";
	b = in;
	while (*b != '\0' && (n = space_at(b)) > 0)
		b += n;
	e = b + strlen(b);
	while (e > b) {
		if (isspace((unsigned char)e[-1]))
			e--;
		else if (e - b >= 3 && strncmp(e - 3, "\xe3\x80\x80", 3) == 0)
			e -= 3;
		else
			break;
	}
	/* Normalise CRLF and lone CR to LF. */
	s = o = astrndup(a, b, (size_t)(e - b));
	for (p = s; *p != '\0'; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '\r') {
			if (p[1] == '\n')
				continue;
			c = '\n';
		}
		if (c == '\n' && !multiline)
			return "此项只能填写一行";
		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
			return "含有不允许的控制字符";
		*o++ = (char)c;
	}
	*o = '\0';
	if (text_check(s, (size_t)(o - s), &cp) != E_OK)
		return aprintf(a, "含有不允许的字符 U+%04X", (unsigned)cp);
	if (utf8_len(s) > maxchars)
		return aprintf(a, "不能超过 %zu 个字", maxchars);
	*out = s;
	return NULL;
}

const char *
valid_int(const char *in, int64_t min, int64_t max, int64_t *out)
{
	char		*end;
	long long	 n;
	const char	*p;

	while (isspace((unsigned char)*in))
		in++;
	if (*in == '\0')
		return "请填写数字";
	for (p = *in == '-' ? in + 1 : in; *p != '\0'; p++)
		if (!isdigit((unsigned char)*p) &&
		    !isspace((unsigned char)*p))
			return "请填写整数";
	errno = 0;
	n = strtoll(in, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	if (errno != 0 || end == in || *end != '\0')
		return "请填写整数";
	if (n < min || n > max)
		return "数值超出允许范围";
	*out = n;
	return NULL;
}

const char *
valid_money(const char *in, int64_t max, int64_t *out)
{
	int64_t	 yuan = 0, fen = 0;
	int	 digits = 0, decimals = -1;

	while (isspace((unsigned char)*in))
		in++;
	if (*in == '\0')
		return "请填写金额";
	for (; *in != '\0' && !isspace((unsigned char)*in); in++) {
		if (*in == '.' && decimals < 0 && digits > 0) {
			decimals = 0;
			continue;
		}
		if (!isdigit((unsigned char)*in))
			return "金额请填写数字，以元为单位，最多两位小数";
		if (decimals >= 0) {
			if (++decimals > 2)
				return "金额最多两位小数";
			fen = fen * 10 + (*in - '0');
			continue;
		}
		if (++digits > 13)
			return "金额超出允许范围";
		yuan = yuan * 10 + (*in - '0');
	}
	while (isspace((unsigned char)*in))
		in++;
	if (*in != '\0' || digits == 0 || decimals == 0)
		return "金额请填写数字，以元为单位，最多两位小数";
	if (decimals == 1)
		fen *= 10;
	if (yuan > (max - fen) / 100)
		return "金额超出允许范围";
	*out = yuan * 100 + fen;
	return NULL;
}

/*
 * Unit codes: 1 to 20 ASCII letters and digits.  They appear in the
 * unit paths matched with LIKE, so no wildcard may ever be part of one.
 */
const char *
valid_code(const char *in, const char **out)
{
	size_t	 i, n = strlen(in);

	if (n == 0 || n > 20)
		return "代码应为 1 至 20 位字母或数字";
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)in[i]))
			return "代码应为 1 至 20 位字母或数字";
	*out = in;
	return NULL;
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* ISO date YYYY-MM-DD, a real calendar day between 1900 and 2199. */
const char *
valid_date(const char *in, const char **out)
{
	static const int mdays[] =
	    { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int	 y, m, d, i;

	if (strlen(in) != 10 || in[4] != '-' || in[7] != '-')
		return "日期格式应为 年-月-日，如 2023-12-06";
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)in[i]))
			return "日期格式应为 年-月-日，如 2023-12-06";
	y = atoi(in);
	m = atoi(in + 5);
	d = atoi(in + 8);
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1] + (m == 2 && leap(y)))
		return "不是有效的日期";
	*out = in;
	return NULL;
}

const char *
valid_not_after(const char *iso, const char *max)
{
	size_t	 n = strlen(iso);

	if (n > strlen(max))
		n = strlen(max);
	return strncmp(iso, max, n) > 0 ? "不能晚于今天" : NULL;
}

const char *
valid_month(const char *in, const char **out)
{
	int	 i, m;

	if (strlen(in) != 7 || in[4] != '-')
		return "年月格式应为 年-月，如 1978-05";
	for (i = 0; i < 7; i++)
		if (i != 4 && !isdigit((unsigned char)in[i]))
			return "年月格式应为 年-月，如 1978-05";
	m = atoi(in + 5);
	if (atoi(in) < 1900 || atoi(in) > 2199 || m < 1 || m > 12)
		return "不是有效的年月";
	*out = in;
	return NULL;
}

const char *
valid_mobile(const char *in, const char **out)
{
	size_t	 i;

	if (strlen(in) != 11 || in[0] != '1' || in[1] < '3' || in[1] > '9')
		return "手机号码应为 11 位数字，以 13 至 19 开头";
	for (i = 0; i < 11; i++)
		if (!isdigit((unsigned char)in[i]))
			return "手机号码应为 11 位数字，以 13 至 19 开头";
	*out = in;
	return NULL;
}

/*
 * The dot-atom shape of RFC 5322 that mail systems here accept: a local
 * part of 1 to 64 of letters, digits and !#$%&'*+/=?^_`{|}~- in dot-
 * separated atoms, and a domain of at least two labels (letters, digits
 * and inner hyphens, 1 to 63 each), the last of two or more letters.
 * No empty atom or label: "a..b@c.cn", "a@b..cn" and "a@-b.cn" are not
 * addresses.
 */
const char *
valid_email(const char *in, const char **out)
{
	static const char	 atext[] = "!#$%&'*+/=?^_`{|}~-";
	const char		*at, *p, *label;
	size_t			 n = strlen(in), labels = 0, tld = 0;
	int			 alpha = 1;

	if (n < 6 || n > 100 || (at = strchr(in, '@')) == NULL ||
	    at == in || at - in > 64)
		return "电子邮箱格式不正确";
	/* Local part: atoms joined by single dots. */
	for (p = in; p < at; p++) {
		if (*p == '.') {
			if (p == in || p[1] == '.' || p + 1 == at)
				return "电子邮箱格式不正确";
		} else if (!isalnum((unsigned char)*p) &&
		    strchr(atext, *p) == NULL)
			return "电子邮箱格式不正确";
	}
	/* Domain: labels joined by single dots. */
	for (label = p = at + 1;; p++) {
		if (*p == '.' || *p == '\0') {
			tld = (size_t)(p - label);
			if (tld == 0 || tld > 63 || label[0] == '-' ||
			    p[-1] == '-')
				return "电子邮箱格式不正确";
			labels++;
			if (*p == '\0')
				break;
			label = p + 1;
			alpha = 1;
			continue;
		}
		if (!isalnum((unsigned char)*p) && *p != '-')
			return "电子邮箱格式不正确";
		if (!isalpha((unsigned char)*p))
			alpha = 0;
	}
	if (labels < 2 || tld < 2 || !alpha)
		return "电子邮箱格式不正确";
	*out = in;
	return NULL;
}

int
name_index(const char *s, const char *const *names, int n)
{
	int	 i;

	for (i = 0; s != NULL && i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return n;
}
