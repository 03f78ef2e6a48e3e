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
 * xslt/labels.xsl, read once per worker on its first export.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "extern.h"

#define LABELS_FILE	"labels.xsl"
#define LABELS_MAX	(1024 * 1024)	/* bytes of labels.xsl read at most */
#define XSL_NS		"http://www.w3.org/1999/XSL/Transform"

struct label {
	char	*k;		/* "<group>.<code>" */
	char	*v;		/* the label */
	size_t	 n;		/* its row in the table */
};

/* The labels of labels.xsl sorted by key, for the life of the worker. */
static struct label	*labels;
static size_t		 nlabels;
static int		 loaded;

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

/* By key, and among equal keys in the table's order. */
static int
labelcmp(const void *a, const void *b)
{
	const struct label	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(x->k, y->k)) != 0)
		return c;
	return x->n < y->n ? -1 : x->n > y->n;
}

static int
keycmp(const void *key, const void *b)
{
	return strcmp(key, ((const struct label *)b)->k);
}

void
csv_labels_free(void)
{
	size_t	 i;

	for (i = 0; i < nlabels; i++) {
		free(labels[i].k);
		free(labels[i].v);
	}
	free(labels);
	labels = NULL;
	nlabels = 0;
	loaded = 0;
}

/*
 * The <xsl:param name="labels-rtf"> (or xsl:variable) element of the
 * document, or NULL.
 */
static xmlNodePtr
labels_var(xmlNodePtr root)
{
	xmlNodePtr	 n;
	xmlChar		*name;
	int		 hit;

	for (n = root != NULL ? root->children : NULL; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || n->ns == NULL ||
		    !xmlStrEqual(n->ns->href, BAD_CAST XSL_NS) ||
		    (!xmlStrEqual(n->name, BAD_CAST "param") &&
		    !xmlStrEqual(n->name, BAD_CAST "variable")))
			continue;
		name = xmlGetNoNsProp(n, BAD_CAST "name");
		hit = name != NULL && xmlStrEqual(name, BAD_CAST "labels-rtf");
		xmlFree(name);
		if (hit)
			return n;
	}
	return NULL;
}

enum err
csv_labels_parse(const char *buf, size_t len)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 var, n;
	xmlChar		*k, *v;
	size_t		 cap = 0;
	struct label	*p;

	csv_labels_free();
	if (len > INT32_MAX || (doc = xmlReadMemory(buf, (int)len,
	    LABELS_FILE, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING)) == NULL) {
		log_warnx("%s: %s does not parse", __func__, LABELS_FILE);
		return E_XML;
	}
	if ((var = labels_var(xmlDocGetRootElement(doc))) == NULL) {
		log_warnx("%s: %s has no labels-rtf", __func__, LABELS_FILE);
		xmlFreeDoc(doc);
		return E_XML;
	}
	for (n = var->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || n->ns != NULL ||
		    !xmlStrEqual(n->name, BAD_CAST "l") ||
		    (k = xmlGetNoNsProp(n, BAD_CAST "k")) == NULL)
			continue;
		if ((v = xmlNodeGetContent(n)) == NULL)
			fatalx("%s: xmlNodeGetContent", __func__);
		if (nlabels == cap) {
			cap = cap > 0 ? cap * 2 : 64;
			if ((p = reallocarray(labels, cap,
			    sizeof(*labels))) == NULL)
				fatal("%s", __func__);
			labels = p;
		}
		if ((labels[nlabels].k = strdup((const char *)k)) == NULL ||
		    (labels[nlabels].v = strdup((const char *)v)) == NULL)
			fatal("%s", __func__);
		labels[nlabels].n = nlabels;
		nlabels++;
		xmlFree(k);
		xmlFree(v);
	}
	xmlFreeDoc(doc);
	/* The stylesheets take a key's first row: so does csv_label(). */
	if (nlabels > 0)
		qsort(labels, nlabels, sizeof(*labels), labelcmp);
	loaded = 1;
	return E_OK;
}

enum err
csv_labels_load(const char *dir)
{
	char	 path[PATH_MAX];
	FILE	*f;
	char	*buf;
	size_t	 len;
	enum err e;

	if (loaded)
		return E_OK;
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir,
	    LABELS_FILE) >= sizeof(path)) {
		log_warnx("%s: path too long", __func__);
		return E_CONF;
	}
	if ((f = fopen(path, "rb")) == NULL) {
		log_warn("%s: %s", __func__, path);
		return E_SYS;
	}
	if ((buf = malloc(LABELS_MAX)) == NULL)
		fatal("%s", __func__);
	len = fread(buf, 1, LABELS_MAX, f);
	if (ferror(f) || len == LABELS_MAX) {
		log_warnx("%s: %s unreadable or too large", __func__, path);
		fclose(f);
		free(buf);
		return E_SYS;
	}
	fclose(f);
	e = csv_labels_parse(buf, len);
	free(buf);
	return e;
}

const char *
csv_label(const char *group, const char *code)
{
	char		 key[128];
	struct label	*hit;

	if (group == NULL || code == NULL || nlabels == 0 ||
	    (size_t)snprintf(key, sizeof(key), "%s.%s", group, code) >=
	    sizeof(key))
		return NULL;
	if ((hit = bsearch(key, labels, nlabels, sizeof(*labels),
	    keycmp)) == NULL)
		return NULL;
	while (hit > labels && strcmp(hit[-1].k, key) == 0)
		hit--;
	return hit->v;
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
	enum err	 e;

	if ((e = csv_labels_load(r->conf->xslt_dir)) != E_OK)
		return e;
	o = amalloc(r->a, sizeof(*o));
	o->cols = cols;
	o->ncols = ncols;
	o->codes = codes;
	if ((o->q = db_stream(r->db, id, args, n)) == NULL)
		return db_err(r->db);
	r->csv = o;
	return E_OK;
}
