/*
 * multipart.c: multipart/form-data bodies (RFC 7578 over RFC 2046
 * §5.1), the one way files come in.  The body is in memory already
 * (req_body read it under its limit); this file only parses: the
 * boundary from the Content-Type, the parts between its delimiters,
 * each part's few header lines and its Content-Disposition.  Text parts
 * become pairs of r->form, as an urlencoded body's, so that forms and
 * the CSRF check read them the same way; file parts become struct
 * upfile, their bytes left where they are.  Every limit is hard and
 * every malformed body an error, never a guess.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "extern.h"

#define MAXBOUNDARY	70	/* RFC 2046: 1 to 70 characters */

/* RFC 2046's bchars, less the space (allowed inside, never last). */
static int
bchar(int c)
{
	return isalnum(c) || strchr("'()+_,-./:=?", c) != NULL;
}

/* Skip blanks (space, tab) from p, not past e. */
static const char *
blanks(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

/*
 * One parameter value at p (up to e): a token, or a quoted string in
 * which a backslash escapes '"' and '\' (browsers percent-encode
 * instead, which is kept as it is).  E_OK with *out (arena) and *next
 * after it; E_SYNTAX when empty or unterminated.
 */
static enum err
param_value(struct arena *a, const char *p, const char *e, char **out,
    size_t *outlen, const char **next)
{
	char	*o;
	size_t	 n = 0;

	if (p < e && *p == '"') {
		o = amalloc(a, (size_t)(e - p) + 1);
		for (p++; p < e && *p != '"'; p++) {
			if (*p == '\\' && p + 1 < e &&
			    (p[1] == '"' || p[1] == '\\'))
				p++;
			o[n++] = *p;
		}
		if (p == e)
			return E_SYNTAX;
		p++;
	} else {
		o = amalloc(a, (size_t)(e - p) + 1);
		while (p < e && *p != ';' && *p != ' ' && *p != '\t' &&
		    *p != '"')
			o[n++] = *p++;
		if (n == 0)
			return E_SYNTAX;
	}
	o[n] = '\0';
	*out = o;
	*outlen = n;
	*next = p;
	return E_OK;
}

enum err
mp_boundary(struct arena *a, const char *ctype, const char **b)
{
	const char	*p, *e, *k;
	char		*v = NULL, *nv;
	size_t		 vl = 0, nl, kl, i;

	*b = NULL;
	if (ctype == NULL || strncasecmp(ctype, "multipart/form-data", 19) != 0)
		return E_SYNTAX;
	p = ctype + 19;
	e = ctype + strlen(ctype);
	for (;;) {
		p = blanks(p, e);
		if (p == e)
			break;
		if (*p++ != ';')
			return E_SYNTAX;
		p = blanks(p, e);
		k = p;
		while (p < e && *p != '=' && *p != ';' && *p != ' ' &&
		    *p != '\t')
			p++;
		kl = (size_t)(p - k);
		p = blanks(p, e);
		if (kl == 0 || p == e || *p++ != '=')
			return E_SYNTAX;
		p = blanks(p, e);
		if (param_value(a, p, e, &nv, &nl, &p) != E_OK)
			return E_SYNTAX;
		if (kl == 8 && strncasecmp(k, "boundary", 8) == 0) {
			if (v != NULL)
				return E_SYNTAX;
			v = nv;
			vl = nl;
		}
	}
	if (v == NULL || vl == 0 || vl > MAXBOUNDARY || v[vl - 1] == ' ')
		return E_SYNTAX;
	for (i = 0; i < vl; i++)
		if (!bchar((unsigned char)v[i]) && v[i] != ' ')
			return E_SYNTAX;
	*b = v;
	return E_OK;
}

/* A code point a cleaned file name may hold. */
static int
name_char(uint32_t cp)
{
	if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f))
		return 0;
	if (cp < 0x80 && strchr("\\/:*?\"<>|", (int)cp) != NULL)
		return 0;
	/* zero-width, bidirectional and other format characters */
	if ((cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
	    (cp >= 0x2060 && cp <= 0x206f) || cp == 0xfeff || cp == 0xad ||
	    cp == 0x061c || cp == 0x180e)
		return 0;
	/* noncharacters and private use */
	if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe ||
	    (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000)
		return 0;
	return 1;
}

/*
 * The length of the UTF-8 sequence at p (up to e) and its code point,
 * or 0 when the bytes there are not one.
 */
static size_t
utf8_one(const unsigned char *p, const unsigned char *e, uint32_t *cp)
{
	size_t	 n, i;

	if (*p < 0x80) {
		*cp = *p;
		return 1;
	}
	n = *p >= 0xc2 && *p <= 0xdf ? 2 : *p >= 0xe0 && *p <= 0xef ? 3 :
	    *p >= 0xf0 && *p <= 0xf4 ? 4 : 0;
	if (n == 0 || (size_t)(e - p) < n ||
	    !utf8_valid((const char *)p, n))
		return 0;
	*cp = *p & (n == 2 ? 0x1f : n == 3 ? 0x0f : 0x07);
	for (i = 1; i < n; i++)
		*cp = (*cp << 6) | (p[i] & 0x3f);
	return n;
}

const char *
mp_filename(struct arena *a, const char *s, size_t len)
{
	const unsigned char	*p, *e = (const unsigned char *)s + len;
	const char		*last = s;
	char			*out, *o, *dot;
	size_t			 n, chars = 0, i, extlen, keep;
	uint32_t		 cp;
	size_t			 offs[MP_MAXNAME * 4 + 1];

	for (i = 0; i < len; i++)
		if (s[i] == '/' || s[i] == '\\')
			last = s + i + 1;
	p = (const unsigned char *)last;
	o = out = amalloc(a, (size_t)(e - p) + 1);
	while (p < e) {
		if ((n = utf8_one(p, e, &cp)) == 0) {
			p++;
			continue;
		}
		if (name_char(cp) && !(o == out && (cp == '.' || cp == ' ' ||
		    cp == 0x3000))) {
			memcpy(o, p, n);
			o += n;
		}
		p += n;
	}
	while (o > out && (o[-1] == '.' || o[-1] == ' '))
		o--;
	*o = '\0';
	/* At most MP_MAXNAME characters, keeping an extension. */
	for (p = (const unsigned char *)out; *p != '\0'; p += n) {
		n = utf8_one(p, (const unsigned char *)o, &cp);
		if (chars <= MP_MAXNAME * 4)
			offs[chars] = (size_t)((const char *)p - out);
		chars++;
	}
	if (chars > MP_MAXNAME) {
		dot = strrchr(out, '.');
		extlen = dot != NULL && strlen(dot) <= 10 ? strlen(dot) : 0;
		keep = MP_MAXNAME - extlen;
		memmove(out + offs[keep], out + strlen(out) - extlen,
		    extlen + 1);
	}
	if (text_check(out, strlen(out), &cp) != E_OK)
		return "";
	return out;
}

/* A part's headers, as far as they matter. */
struct part {
	char	*name;
	size_t	 namelen;
	char	*filename;	/* NULL: a text part */
	size_t	 filenamelen;
};

/*
 * The value of a Content-Disposition header line [p, e): form-data and
 * its parameters name and filename (others ignored, each at most once).
 */
static enum err
disposition(struct arena *a, const char *p, const char *e, struct part *pt)
{
	const char	*k;
	char		*v;
	size_t		 kl, vl;

	p = blanks(p, e);
	if ((size_t)(e - p) < 9 || strncasecmp(p, "form-data", 9) != 0)
		return E_SYNTAX;
	p += 9;
	for (;;) {
		p = blanks(p, e);
		if (p == e)
			break;
		if (*p++ != ';')
			return E_SYNTAX;
		p = blanks(p, e);
		k = p;
		while (p < e && *p != '=' && *p != ';' && *p != ' ' &&
		    *p != '\t')
			p++;
		kl = (size_t)(p - k);
		p = blanks(p, e);
		if (kl == 0 || p == e || *p++ != '=')
			return E_SYNTAX;
		p = blanks(p, e);
		if (p < e && *p == '"' && p + 1 < e && p[1] == '"') {
			/* an empty quoted string: a file input left empty */
			v = amalloc(a, 1);
			*v = '\0';
			vl = 0;
			p += 2;
		} else if (param_value(a, p, e, &v, &vl, &p) != E_OK)
			return E_SYNTAX;
		if (kl == 4 && strncasecmp(k, "name", 4) == 0) {
			if (pt->name != NULL)
				return E_SYNTAX;
			pt->name = v;
			pt->namelen = vl;
		} else if (kl == 8 && strncasecmp(k, "filename", 8) == 0) {
			if (pt->filename != NULL)
				return E_SYNTAX;
			pt->filename = v;
			pt->filenamelen = vl;
		}
	}
	return E_OK;
}

/*
 * The header lines of a part from *pp (up to e), through the empty line
 * that ends them; *pp after it.
 */
static enum err
headers(struct arena *a, const char **pp, const char *e, struct part *pt)
{
	const char	*p = *pp, *eol, *colon;
	size_t		 n = 0, span;
	int		 disp = 0;

	for (;;) {
		span = (size_t)(e - p) < MP_MAXLINE + 2 ?
		    (size_t)(e - p) : MP_MAXLINE + 2;
		if ((eol = memmem(p, span, "\r\n", 2)) == NULL)
			return E_SYNTAX;
		if (eol == p)
			break;
		if (++n > MP_MAXHEADERS || *p == ' ' || *p == '\t')
			return E_SYNTAX;
		if ((colon = memchr(p, ':', (size_t)(eol - p))) == NULL ||
		    colon == p)
			return E_SYNTAX;
		if (colon - p == 19 &&
		    strncasecmp(p, "Content-Disposition", 19) == 0) {
			if (disp++ || disposition(a, colon + 1, eol, pt) !=
			    E_OK)
				return E_SYNTAX;
		}
		p = eol + 2;
	}
	*pp = eol + 2;
	return disp ? E_OK : E_SYNTAX;
}

enum err
mp_parse(struct arena *a, const char *b, const unsigned char *buf,
    size_t len, const struct mplimits *lim, struct kvlist *form,
    struct upfile **files, size_t *nfiles, const char **badkey)
{
	const char	*s = (const char *)buf, *e = s + len, *p, *end;
	char		*delim, *v;
	size_t		 dl, bl, parts = 0, text = 0, cap = 0;
	struct part	 pt;
	struct upfile	*uf;
	struct kv	*nv;
	enum err	 rc;

	*badkey = NULL;
	*files = NULL;
	*nfiles = 0;
	bl = strlen(b);
	if (bl == 0 || bl > MAXBOUNDARY)
		return E_SYNTAX;
	/* "\r\n--" boundary: the delimiter; the first may open the body. */
	dl = bl + 4;
	delim = amalloc(a, dl + 1);
	memcpy(delim, "\r\n--", 4);
	memcpy(delim + 4, b, bl + 1);
	if (len >= dl - 2 && memcmp(s, delim + 2, dl - 2) == 0)
		p = s + dl - 2;
	else if ((p = memmem(s, len, delim, dl)) != NULL)
		p += dl;
	else
		return E_SYNTAX;
	for (;;) {
		/* After a delimiter: "--" closes, else the next part. */
		if (e - p >= 2 && p[0] == '-' && p[1] == '-')
			return E_OK;
		p = blanks(p, e);
		if (e - p < 2 || p[0] != '\r' || p[1] != '\n')
			return E_SYNTAX;
		p += 2;
		if (++parts > lim->parts)
			return E_TOOLONG;
		memset(&pt, 0, sizeof(pt));
		if ((rc = headers(a, &p, e, &pt)) != E_OK)
			return rc;
		if (pt.name == NULL || pt.namelen == 0 ||
		    text_check(pt.name, pt.namelen, &(uint32_t){ 0 }) != E_OK)
			return E_SYNTAX;
		if ((end = memmem(p, (size_t)(e - p), delim, dl)) == NULL) {
			*badkey = pt.name;
			return E_SYNTAX;
		}
		*badkey = pt.name;
		if (pt.filename != NULL) {
			if ((size_t)(end - p) > lim->file_bytes)
				return E_TOOBIG;
			if (pt.filenamelen > 0 || end > p) {
				if (*nfiles == lim->files)
					return E_TOOLONG;
				if (*nfiles == cap) {
					cap = cap ? cap * 2 : 4;
					uf = amalloc(a, cap * sizeof(*uf));
					if (*nfiles)
						memcpy(uf, *files,
						    *nfiles * sizeof(*uf));
					*files = uf;
				}
				uf = &(*files)[(*nfiles)++];
				uf->field = pt.name;
				uf->name = mp_filename(a, pt.filename,
				    pt.filenamelen);
				uf->data = (const unsigned char *)p;
				uf->len = (size_t)(end - p);
			}
		} else {
			text += (size_t)(end - p);
			if (text > lim->text_bytes)
				return E_TOOLONG;
			if ((rc = text_check(p, (size_t)(end - p),
			    &(uint32_t){ 0 })) != E_OK)
				return rc;
			v = astrndup(a, p, (size_t)(end - p));
			if (form->n == form->cap) {
				form->cap = form->cap ? form->cap * 2 : 16;
				nv = amalloc(a, form->cap * sizeof(*nv));
				if (form->n)
					memcpy(nv, form->v,
					    form->n * sizeof(*nv));
				form->v = nv;
			}
			form->v[form->n].key = pt.name;
			form->v[form->n].val = v;
			form->v[form->n].len = (size_t)(end - p);
			form->n++;
		}
		*badkey = NULL;
		p = end + dl;
	}
}
