/*
 * csv.c: the CSV exports of the lists, written row by row as the rows
 * come from the database, never as a whole document: time linear in the
 * rows and memory of one row, however long the list.  Each list gives
 * one table of columns (struct csvcol): its header cell, the column of
 * the query and how the value becomes the cell.
 *
 * The bytes are those that the CSV stylesheets (xslt/csv.xsl) write:
 * UTF-8 (resp.c writes the byte order mark first), a header line, fields
 * separated by commas and records ended by CRLF (RFC 4180).  A field that
 * holds a comma, a double quote, CR or LF is quoted and its quotes
 * doubled.  A field that a spreadsheet would read as a formula (starting
 * with = + - @, TAB or CR) gets a leading apostrophe.
 *
 * Labels (codes shown as Chinese text) come from the one table of labels,
 * xslt/labels.xsl, which xslt.c reads with the stylesheets.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

/* ------------------------------------------------------------- writing */

/* Make room for n more bytes.  Allocation failure is fatal. */
static void
grow(struct csvbuf *b, size_t n)
{
	size_t	 cap;
	char	*p;

	if (b->len + n <= b->cap)
		return;
	cap = b->cap > 0 ? b->cap : 256;
	while (cap < b->len + n)
		cap *= 2;
	if ((p = realloc(b->p, cap)) == NULL)
		fatal("%s", __func__);
	b->p = p;
	b->cap = cap;
}

static void
put(struct csvbuf *b, const char *s, size_t n)
{
	grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

void
csv_cell(struct csvbuf *b, const char *s, size_t len, int last)
{
	size_t		 i;
	int		 quote = 0;
	uint32_t	 cp;
	char		*mended;

	if (s == NULL)
		len = 0;
	/* Stored before the parser refused it: shown as U+FFFD (xml.c). */
	if (len > 0 && text_check(s, len, &cp) != E_OK) {
		if ((mended = malloc(3 * len + 1)) == NULL)
			fatal("%s: malloc", __func__);
		csv_cell(b, mended, text_mend_buf(s, len, mended), last);
		free(mended);
		return;
	}
	for (i = 0; i < len; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\r' ||
		    s[i] == '\n') {
			quote = 1;
			break;
		}
	if (quote)
		put(b, "\"", 1);
	if (len > 0 && memchr("=+-@\t\r", s[0], 6) != NULL)
		put(b, "'", 1);
	if (quote) {
		for (i = 0; i < len; i++) {
			if (s[i] == '"')
				put(b, "\"", 1);
			put(b, s + i, 1);
		}
		put(b, "\"", 1);
	} else if (len > 0)
		put(b, s, len);
	if (last)
		put(b, "\r\n", 2);
	else
		put(b, ",", 1);
}

void
csv_head(struct csvbuf *b, const struct csvcol *cols, size_t ncols)
{
	size_t	 i;

	for (i = 0; i < ncols; i++)
		csv_cell(b, cols[i].head, strlen(cols[i].head),
		    i + 1 == ncols);
}

void
csvbuf_free(struct csvbuf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

/* ------------------------------------------------------------- labels */

const char *
csv_label(const char *group, const char *code)
{
	char		 key[128];

	if (group == NULL || code == NULL ||
	    (size_t)snprintf(key, sizeof(key), "%s.%s", group, code) >=
	    sizeof(key))
		return NULL;
	return xslt_label(key);
}

/* --------------------------------------------------------------- rows */

/*
 * The converters, indexed by enum csvconv: the cell of value v (NULL for
 * SQL NULL) of column c; *len its length.  A returned pointer is v, a
 * label or a constant, or tmp (32 bytes).
 */
typedef const char *(*convfn)(const struct csvout *, const struct csvcol *,
    const char *v, char *tmp, size_t *len);

/*
 * The value as it is; one of only white space (space, TAB, CR, LF) is
 * empty, as the stylesheets' xsl:strip-space made such a text.
 */
static const char *
conv_text(const struct csvout *o, const struct csvcol *c, const char *v,
    char *tmp, size_t *len)
{
	size_t	 i, n;

	(void)tmp;
	n = v != NULL ? db_collen(o->q, c->col) : 0;
	for (i = 0; i < n; i++)
		if (v[i] != ' ' && v[i] != '\t' && v[i] != '\r' &&
		    v[i] != '\n')
			break;
	*len = i < n ? n : 0;
	return v;
}

/* The label of <group>.<v>, or v itself when the table has none. */
static const char *
conv_label(const struct csvout *o, const struct csvcol *c, const char *v,
    char *tmp, size_t *len)
{
	const char	*l;

	(void)o;
	(void)tmp;
	if (v == NULL)
		v = "";
	l = csv_label(c->group, v);
	if (l == NULL)
		l = v;
	*len = strlen(l);
	return l;
}

/* The label of <group>.true or <group>.false (a number, non-zero true). */
static const char *
conv_bool(const struct csvout *o, const struct csvcol *c, const char *v,
    char *tmp, size_t *len)
{
	v = v != NULL && strtoll(v, NULL, 10) != 0 ? "true" : "false";
	return conv_label(o, c, v, tmp, len);
}

/*
 * "YYYY-MM-DD HH:MM:SS" of an SQL date-time (its fraction of a second
 * dropped), as the stylesheets showed the ISO form of the document;
 * a shorter value as it is.
 */
static const char *
conv_datetime(const struct csvout *o, const struct csvcol *c,
    const char *v, char *tmp, size_t *len)
{
	if (v == NULL || strlen(v) < 19)
		return conv_text(o, c, v, tmp, len);
	memcpy(tmp, v, 10);
	tmp[10] = ' ';
	memcpy(tmp + 11, v + 11, 8);
	tmp[19] = '\0';
	*len = 19;
	return tmp;
}

/* The name of the code in the export's code table, or empty. */
static const char *
conv_code(const struct csvout *o, const struct csvcol *c, const char *v,
    char *tmp, size_t *len)
{
	const char	*name;

	(void)c;
	(void)tmp;
	name = v != NULL && o->codes != NULL ? codes_label(o->codes, v) : NULL;
	*len = name != NULL ? strlen(name) : 0;
	return name;
}

static const convfn convs[CSV__MAX] = {
	[CSV_TEXT] = conv_text,
	[CSV_LABEL] = conv_label,
	[CSV_BOOL_LABEL] = conv_bool,
	[CSV_DATETIME] = conv_datetime,
	[CSV_CODE] = conv_code,
};

void
csv_row(struct csvbuf *b, const struct csvout *o)
{
	const struct csvcol	*c;
	const char		*s;
	char			 tmp[32];
	size_t			 i, len;

	for (i = 0; i < o->ncols; i++) {
		c = &o->cols[i];
		s = convs[c->conv](o, c, db_col(o->q, c->col), tmp, &len);
		csv_cell(b, s, len, i + 1 == o->ncols);
	}
}

enum err
csv_open(struct req *r, enum stmt id, const struct dbv *args, size_t n,
    const struct csvcol *cols, size_t ncols, const struct codeset *codes)
{
	struct csvout	*o;

	o = amalloc(r->a, sizeof(*o));
	o->cols = cols;
	o->ncols = ncols;
	o->codes = codes;
	if ((o->q = db_stream(r->db, id, args, n)) == NULL)
		return db_err(r->db);
	r->csv = o;
	return E_OK;
}
