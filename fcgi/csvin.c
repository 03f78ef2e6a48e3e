/*
 * csvin.c: reading CSV as Excel saves it (RFC 4180), for the import.
 * Records are separated by CRLF, LF or a lone CR; fields by commas; a
 * field in double quotes may hold commas, line breaks and doubled
 * quotes.  The text is UTF-8 (a leading byte order mark dropped) or,
 * when it is not valid UTF-8, GB18030, converted with iconv.  Pure
 * parsing: no I/O, no database.
 */
#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "extern.h"

const char *
csvin_text(struct arena *a, const char *buf, size_t len, size_t *outlen,
    const char **charset)
{
	iconv_t		 cd;
	char		*out, *in, *o;
	size_t		 inleft, outleft, cap;

	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (utf8_valid(buf, len)) {
		*charset = "utf-8";
		*outlen = len;
		return buf;
	}
	*charset = "gb18030";
	/* GB18030 takes 1, 2 or 4 bytes for what UTF-8 takes 1 to 4. */
	cap = 2 * len + 4;
	o = out = amalloc(a, cap);
	if ((cd = iconv_open("UTF-8", "GB18030")) == (iconv_t)-1) {
		log_warn("%s: iconv_open", __func__);
		return NULL;
	}
	in = (char *)buf;
	inleft = len;
	outleft = cap - 1;
	if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1 ||
	    iconv(cd, NULL, NULL, &o, &outleft) == (size_t)-1) {
		iconv_close(cd);
		return NULL;
	}
	iconv_close(cd);
	*o = '\0';
	*outlen = (size_t)(o - out);
	return utf8_valid(out, *outlen) ? out : NULL;
}

void
csvin_init(struct csvin *c, const char *buf, size_t len)
{
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	c->p = buf;
	c->end = buf + len;
	c->line = 1;
	c->why = NULL;
}

/* Consume one line break at c->p, if there is one: 1 if so. */
static int
eol(struct csvin *c)
{
	if (c->p < c->end && *c->p == '\r') {
		c->p++;
		if (c->p < c->end && *c->p == '\n')
			c->p++;
		c->line++;
		return 1;
	}
	if (c->p < c->end && *c->p == '\n') {
		c->p++;
		c->line++;
		return 1;
	}
	return 0;
}

static int
fail(struct csvin *c, const char *why)
{
	c->why = why;
	return -1;
}

int
csvin_next(struct csvin *c, struct arena *a, char ***fields,
    size_t *nfields, size_t *line)
{
	char		**v, *f;
	const char	 *s;
	size_t		  n, len, flen;
	int		  quoted;

	/* Blank lines between records are skipped. */
	while (eol(c))
		continue;
	if (c->p >= c->end)
		return 0;
	*line = c->line;
	v = amalloc(a, CSVIN_MAXFIELDS * sizeof(*v));
	n = 0;
	for (;;) {
		if (n == CSVIN_MAXFIELDS)
			return fail(c, "一行的列数超过上限");
		quoted = c->p < c->end && *c->p == '"';
		if (quoted) {
			c->p++;
			/* Its length unquoted is at most what is left. */
			f = amalloc(a, (size_t)(c->end - c->p) + 1);
			flen = 0;
			for (;;) {
				if (c->p >= c->end)
					return fail(c, "引号未闭合");
				if (*c->p == '"') {
					if (c->p + 1 < c->end && c->p[1] == '"') {
						f[flen++] = '"';
						c->p += 2;
						continue;
					}
					c->p++;
					break;
				}
				if (*c->p == '\0')
					return fail(c, "含有空字符");
				if (*c->p == '\n' || (*c->p == '\r' &&
				    (c->p + 1 >= c->end || c->p[1] != '\n')))
					c->line++;
				f[flen++] = *c->p++;
			}
			f[flen] = '\0';
			if (c->p < c->end && *c->p != ',' && *c->p != '\r' &&
			    *c->p != '\n')
				return fail(c, "引号后应为逗号或换行");
		} else {
			for (s = c->p; s < c->end && *s != ',' && *s != '\r' &&
			    *s != '\n'; s++) {
				if (*s == '"')
					return fail(c, "未加引号的内容中含有引号");
				if (*s == '\0')
					return fail(c, "含有空字符");
			}
			len = (size_t)(s - c->p);
			f = astrndup(a, c->p, len);
			c->p = s;
		}
		v[n++] = f;
		if (c->p < c->end && *c->p == ',') {
			c->p++;
			continue;
		}
		/* The end of the record: a line break or of the text. */
		(void)eol(c);
		break;
	}
	*fields = v;
	*nfields = n;
	return 1;
}
