/*
 * valid.c: validators.  They only compute: no database, no I/O.  Input
 * has already passed req.c (valid UTF-8, no NUL); validators trim, check
 * length and shape, and store a typed value.  Each returns NULL when the
 * value is good, or the message to show beside the field.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

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

const char *
valid_email(const char *in, const char **out)
{
	const char	*at, *dot, *p;
	size_t		 n = strlen(in);

	if (n < 5 || n > 100)
		return "电子邮箱格式不正确";
	if ((at = strchr(in, '@')) == NULL || at == in ||
	    strchr(at + 1, '@') != NULL)
		return "电子邮箱格式不正确";
	if ((dot = strrchr(at, '.')) == NULL || dot == at + 1 ||
	    dot[1] == '\0')
		return "电子邮箱格式不正确";
	for (p = in; *p != '\0'; p++)
		if ((unsigned char)*p <= ' ' || (unsigned char)*p >= 0x7f ||
		    strchr("<>()[]\\,;:\"", *p) != NULL)
			return "电子邮箱格式不正确";
	*out = in;
	return NULL;
}
