/*
 * xml.c: the response document, built as a libxml2 tree, so that the
 * same document is exported as is or transformed.  Text and attribute
 * values go into text nodes as they are (the serialiser escapes them),
 * and only as text XML 1.0 can carry: a stored value from before the
 * request parser refused such characters shows U+FFFD in their place
 * (text_mend), so that no stored value can take a page down.
 * The tree is what libxml2's text writer would have built (it writes
 * the text and parses it again, which cost a list page more than the
 * rest of its document): the same elements, attributes and text, and
 * the same errors for what would not parse (a second root, text beside
 * the root, an attribute written twice, an end without a start).
 * A failure marks the request (r->xmlerr) and the response becomes a
 * 500: handlers do not check every call.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>


#include <libxml/xmlsave.h>
#include <libxml/xmlwriter.h>

#include "extern.h"

#define X(s)	((const xmlChar *)(s))

/* The open element, or NULL (and r->xmlerr) when there is none. */
static xmlNodePtr
open_elem(struct req *r)
{
	if (r->xcur == NULL || r->xcur->type != XML_ELEMENT_NODE) {
		if (r->xcur != NULL)
			r->xmlerr = 1;
		return NULL;
	}
	return r->xcur;
}

void
xml_begin(struct req *r, const char *root)
{
	xmlNodePtr	 n;

	/* Inside a dossier: the record is an element of the document. */
	if (r->embed && r->xcur != NULL) {
		xml_start(r, root);
		xml_attr(r, "schema", SCHEMA_VERSION);
		return;
	}
	r->xcur = NULL;
	if (r->doc != NULL) {
		xmlFreeDoc(r->doc);
		r->doc = NULL;
	}
	r->xmlerr = 0;
	if ((r->doc = xmlNewDoc(X("1.0"))) == NULL ||
	    (n = xmlNewDocNode(r->doc, NULL, X(root), NULL)) == NULL) {
		r->xmlerr = 1;
		return;
	}
	r->doc->encoding = xmlStrdup(X("UTF-8"));
	xmlDocSetRootElement(r->doc, n);
	r->xcur = n;
	xml_attr(r, "schema", SCHEMA_VERSION);
}

void
xml_start(struct req *r, const char *name)
{
	xmlNodePtr	 n;

	if (r->xw != NULL) {
		if (xmlTextWriterStartElement(r->xw, X(name)) < 0)
			r->xmlerr = 1;
		return;
	}
	if (r->xcur == NULL)
		return;
	/* The root is ended: a second one would not parse. */
	if (r->xcur->type != XML_ELEMENT_NODE ||
	    (n = xmlNewDocNode(r->doc, NULL, X(name), NULL)) == NULL) {
		r->xmlerr = 1;
		return;
	}
	xmlAddChild(r->xcur, n);
	r->xcur = n;
}

void
xml_end(struct req *r)
{
	xmlNodePtr	 n;

	if (r->xw != NULL) {
		if (xmlTextWriterEndElement(r->xw) < 0)
			r->xmlerr = 1;
		return;
	}
	if ((n = open_elem(r)) == NULL)
		return;
	r->xcur = n->parent;
}

void
xml_attr(struct req *r, const char *name, const char *val)
{
	xmlNodePtr	 n;

	if (val != NULL && r->xw != NULL) {
		if (xmlTextWriterWriteAttribute(r->xw, X(name),
		    X(text_mend(r->a, val))) < 0)
			r->xmlerr = 1;
		return;
	}
	if (val == NULL || (n = open_elem(r)) == NULL)
		return;
	/* The same attribute twice is not well-formed. */
	if (n->children != NULL || xmlHasProp(n, X(name)) != NULL ||
	    xmlNewProp(n, X(name), X(text_mend(r->a, val))) == NULL)
		r->xmlerr = 1;
}

void
xml_attri(struct req *r, const char *name, int64_t val)
{
	char	 buf[24];

	snprintf(buf, sizeof(buf), "%lld", (long long)val);
	xml_attr(r, name, buf);
}

void
xml_attrb(struct req *r, const char *name, int val)
{
	xml_attr(r, name, val ? "true" : "false");
}

void
xml_text(struct req *r, const char *text)
{
	xmlNodePtr	 n, t;

	if (text == NULL || *text == '\0')
		return;
	if (r->xw != NULL) {
		if (xmlTextWriterWriteString(r->xw, X(text_mend(r->a,
		    text))) < 0)
			r->xmlerr = 1;
		return;
	}
	/* Text beside the root would not parse either. */
	if (r->xcur != NULL && r->xcur->type != XML_ELEMENT_NODE) {
		r->xmlerr = 1;
		return;
	}
	if ((n = open_elem(r)) == NULL)
		return;
	/* Next to a text node, it becomes part of it (as parsed text). */
	if ((t = xmlNewDocText(r->doc, X(text_mend(r->a, text)))) == NULL ||
	    xmlAddChild(n, t) == NULL)
		r->xmlerr = 1;
}

void
xml_elem(struct req *r, const char *name, const char *text)
{
	xml_start(r, name);
	xml_text(r, text);
	xml_end(r);
}

void
xml_ref(struct req *r, const char *name, const char *id, const char *text)
{
	xml_start(r, name);
	xml_attr(r, "id", id);
	xml_text(r, text);
	xml_end(r);
}

void
xml_ferrs(struct req *r)
{
	size_t	 i;

	if (r->nferr == 0)
		return;
	xml_start(r, "errors");
	for (i = 0; i < r->nferr; i++) {
		xml_start(r, "error");
		xml_attr(r, "field", r->ferr[i].name);
		xml_attr(r, "label", r->ferr[i].label);
		xml_text(r, r->ferr[i].msg);
		xml_end(r);
	}
	xml_end(r);
}

void
xml_paging(struct req *r, int page, int64_t total)
{
	int64_t	 pages = (total + PER_PAGE - 1) / PER_PAGE;

	xml_attri(r, "page", page);
	xml_attri(r, "per-page", PER_PAGE);
	xml_attri(r, "total", total);
	xml_attri(r, "pages", pages > 0 ? pages : 1);
}

enum err
xml_counts(struct req *r, enum stmt id, const char *path)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, id, DBARGS(DBS(path)))) == NULL)
		return db_err(r->db);
	xml_start(r, "counts");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "count");
		xml_attr(r, "status", db_col(q, 0));
		xml_text(r, db_col(q, 1));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

const char *
xml_today(struct req *r)
{
	time_t		 now = time(NULL);
	struct tm	 tm;

	localtime_r(&now, &tm);
	return aprintf(r->a, "%04d-%02d-%02d", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday);
}

int
xml_this_year(void)
{
	time_t		 now = time(NULL);
	struct tm	 tm;

	localtime_r(&now, &tm);
	return tm.tm_year + 1900;
}

enum err
xml_years(struct req *r, enum stmt st)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, st, DBNOARGS)) == NULL)
		return db_err(r->db);
	xml_start(r, "years");
	while ((rc = db_step(q)) == 1)
		xml_elem(r, "year", db_col(q, 0));
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

const char *
xml_datetime(struct req *r, const char *t)
{
	if (t == NULL || strlen(t) < 19)
		return t;
	return aprintf(r->a, "%.10sT%s+08:00", t, t + 11);
}

/* End the document: nothing more is added; the tree stays in r->doc. */
static void
xml_close(struct req *r)
{
	/* Elements left open are ended, as the writer's EndDocument did. */
	r->xcur = NULL;
}

xmlDocPtr
xml_finish(struct req *r)
{
	xmlDocPtr	 doc;

	if (r->doc == NULL)
		return NULL;
	xml_close(r);
	doc = r->doc;
	r->doc = NULL;
	if (r->xmlerr) {
		log_warnx("%s: document incomplete", __func__);
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}



/* The output buffer's writes: to the response, as they come. */
static int
out_write(void *ctx, const char *buf, int len)
{
	return FCGX_PutStr(buf, len, ctx) < 0 ? -1 : len;
}

int
xml_stream_begin(struct req *r, const char *root)
{
	xmlOutputBufferPtr	 o;

	r->xmlerr = 0;
	if ((o = xmlOutputBufferCreateIO(out_write, NULL, r->fr->out,
	    NULL)) == NULL)
		return -1;
	if ((r->xw = xmlNewTextWriter(o)) == NULL) {
		xmlOutputBufferClose(o);
		return -1;
	}
	if (xmlTextWriterStartDocument(r->xw, NULL, "UTF-8", NULL) < 0 ||
	    xmlTextWriterStartElement(r->xw, X(root)) < 0)
		r->xmlerr = 1;
	xml_attr(r, "schema", SCHEMA_VERSION);
	return r->xmlerr ? -1 : 0;
}

int
xml_stream_end(struct req *r, int whole)
{
	if (r->xw == NULL)
		return -1;
	if (whole && xmlTextWriterEndDocument(r->xw) < 0)
		r->xmlerr = 1;
	/* Flushes what is left and closes the output buffer. */
	xmlFreeTextWriter(r->xw);
	r->xw = NULL;
	return r->xmlerr ? -1 : 0;
}
