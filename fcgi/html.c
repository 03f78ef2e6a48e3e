/*
 * html.c: the HTML output of a transformation, written byte for byte as
 * libxml2's HTML serialiser (htmlDocContentDumpFormatOutput, as
 * xsltSaveResultTo calls it for method="html" and indent="no") writes
 * it, in a fraction of its time.  libxml2's looks every element up in
 * its table of HTML elements by a linear scan of case-insensitive
 * compares, every attribute in its list of boolean ones the same way,
 * and copies each text and attribute value through an escaped copy of
 * its own; here the element table is asked once per name, and text is
 * escaped straight into one buffer that is written to the client at
 * once.
 *
 * Only what the program's stylesheets make is written here: elements
 * and attributes without a namespace, text, comments and the doctype
 * <!DOCTYPE html>.  Anything else, or any text whose escaping differs
 * between versions of libxml2 (control characters, "<!--" or "&{" in an
 * attribute, markup characters in a script or style), makes html_dump()
 * refuse the whole document, and the caller falls back to libxml2's
 * serialiser: the bytes are the same either way (tests/unit/t_xslt.c
 * compares them, with libxml2 as the reference).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/uri.h>

#include "extern.h"

/* Element descriptions by name: libxml2's, asked once per name. */
#define TAGS	128		/* a power of two */

static struct tag {
	char			*name;
	const htmlElemDesc	*desc;
} tags[TAGS];

static const htmlElemDesc *
tag_desc(const char *name)
{
	uint32_t	 h = 2166136261u;
	const char	*p;
	struct tag	*t;

	for (p = name; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	t = &tags[h & (TAGS - 1)];
	if (t->name != NULL && strcmp(t->name, name) == 0)
		return t->desc;
	free(t->name);
	if ((t->name = strdup(name)) == NULL)
		abort();
	t->desc = htmlTagLookup((const xmlChar *)name);
	return t->desc;
}

static int
put(struct htmlout *o, const char *s, size_t n)
{
	size_t	 cap;
	char	*p;

	if (n == 0)
		return 0;
	if (o->len + n > o->cap) {
		cap = o->cap > 0 ? o->cap : 256;
		while (cap < o->len + n)
			cap *= 2;
		if ((p = realloc(o->p, cap)) == NULL)
			return -1;
		o->p = p;
		o->cap = cap;
	}
	memcpy(o->p + o->len, s, n);
	o->len += n;
	return 0;
}

static int
puts_(struct htmlout *o, const char *s)
{
	return put(o, s, strlen(s));
}

/*
 * Text escaped as xmlEncodeEntitiesReentrant() does in an HTML document:
 * <, > and & as entities, the rest as it is.  -1 for a control character
 * (which versions of libxml2 write differently).
 */
static int
put_text(struct htmlout *o, const char *s)
{
	const unsigned char	*p, *from;
	const char		*ent;

	for (from = p = (const unsigned char *)s; *p != '\0'; p++) {
		switch (*p) {
		case '<':
			ent = "&lt;";
			break;
		case '>':
			ent = "&gt;";
			break;
		case '&':
			ent = "&amp;";
			break;
		case '\t':
		case '\n':
		case '\r':
			continue;
		default:
			if (*p < 0x20 || *p == 0x7f)
				return -1;
			continue;
		}
		if (put(o, (const char *)from, (size_t)(p - from)) == -1 ||
		    puts_(o, ent) == -1)
			return -1;
		from = p + 1;
	}
	return put(o, (const char *)from, (size_t)(p - from));
}

/* Whether libxml2 writes the attribute name alone (HTML 4's booleans). */
static int
boolean_attr(const char *name)
{
	static const char *const names[] = { "checked", "compact",
	    "declare", "defer", "disabled", "ismap", "multiple", "nohref",
	    "noresize", "noshade", "nowrap", "readonly", "selected" };
	size_t	 i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if ((name[0] | 0x20) == names[i][0] &&
		    strcasecmp(name, names[i]) == 0)
			return 1;
	return 0;
}

/* Whether libxml2 percent-encodes the attribute's value as a URI. */
static int
uri_attr(const char *name, const char *elem)
{
	if (strchr("hasnHASN", name[0]) == NULL)
		return 0;
	return strcasecmp(name, "href") == 0 ||
	    strcasecmp(name, "action") == 0 || strcasecmp(name, "src") == 0 ||
	    (strcasecmp(name, "name") == 0 && strcasecmp(elem, "a") == 0);
}

/*
 * A character xmlURIEscapeStr() keeps in a URI attribute; '<' and '>'
 * become "&lt;" and "&gt;" before it, which it keeps.
 */
static int
uri_keeps(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') ||
	    (c != '\0' && strchr("-_.!~*'()@/:=?;#%&,+<>", c) != NULL);
}

/*
 * An attribute's value the slow way, as libxml2 makes it: escaped as
 * text into a buffer of its own, a URI's percent-encoded by
 * xmlURIEscapeStr(), then quoted as xmlBufWriteQuotedString() does.
 */
static int
put_value(struct htmlout *o, const char *raw, int uri)
{
	struct htmlout	 v = { NULL, 0, 0 };
	xmlChar		*esc = NULL;
	const char	*s;
	int		 rc = -1;

	if (put_text(&v, raw) == -1 || put(&v, "", 1) == -1)
		goto out;
	s = v.p;
	if (uri) {
		if ((esc = xmlURIEscapeStr((const xmlChar *)s,
		    BAD_CAST "@/:=?;#%&,+")) == NULL)
			goto out;
		s = (const char *)esc;
	}
	if (strchr(s, '"') == NULL)
		rc = put(o, "=\"", 2) == -1 || puts_(o, s) == -1 ||
		    put(o, "\"", 1) == -1 ? -1 : 0;
	else if (strchr(s, '\'') == NULL)
		rc = put(o, "='", 2) == -1 || puts_(o, s) == -1 ||
		    put(o, "'", 1) == -1 ? -1 : 0;
	else {
		rc = put(o, "=\"", 2);
		for (; rc == 0 && *s != '\0'; s++)
			rc = *s == '"' ? puts_(o, "&quot;") : put(o, s, 1);
		if (rc == 0)
			rc = put(o, "\"", 1);
	}
out:
	xmlFree(esc);
	free(v.p);
	return rc;
}

/*
 * One attribute: its name, and unless it is a boolean one or has no
 * value, its value escaped as text, a URI's (href, action, src, and name
 * on <a>) from its first non-blank character percent-encoded, quoted.
 * Escaping adds no quote and percent-encoding removes the double ones,
 * so a value without a double quote that needs no percent-encoding is
 * escaped straight into o between double quotes.
 */
static int
put_attr(struct htmlout *o, xmlAttrPtr a, const char *elem)
{
	const char		*name = (const char *)a->name, *s;
	const unsigned char	*c;
	xmlNodePtr		 t = a->children;
	int			 uri;

	if (a->ns != NULL)
		return -1;
	if (put(o, " ", 1) == -1 || puts_(o, name) == -1)
		return -1;
	if (t == NULL || boolean_attr(name))
		return 0;
	if (t->type != XML_TEXT_NODE || t->content == NULL || t->next != NULL)
		return -1;
	s = (const char *)t->content;
	if (strstr(s, "<!--") != NULL || strstr(s, "&{") != NULL)
		return -1;
	if ((uri = uri_attr(name, elem))) {
		while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
			s++;
		for (c = (const unsigned char *)s; *c != '\0'; c++)
			if (!uri_keeps(*c))
				return put_value(o, s, 1);
	} else if (strchr(s, '"') != NULL)
		return put_value(o, s, 0);
	return put(o, "=\"", 2) == -1 || put_text(o, s) == -1 ||
	    put(o, "\"", 1) == -1 ? -1 : 0;
}

/* Whether a text's parent is one whose text libxml2 writes unescaped. */
static int
raw_parent(xmlNodePtr parent)
{
	return parent != NULL && parent->type == XML_ELEMENT_NODE &&
	    (parent->name[0] | 0x20) == 's' &&
	    (strcasecmp((const char *)parent->name, "script") == 0 ||
	    strcasecmp((const char *)parent->name, "style") == 0);
}

static int
put_node(struct htmlout *o, xmlNodePtr n)
{
	const htmlElemDesc	*d;
	const char		*name, *s;
	xmlAttrPtr		 a;
	xmlNodePtr		 c;

	switch (n->type) {
	case XML_TEXT_NODE:
		if (n->content == NULL)
			return 0;
		s = (const char *)n->content;
		if (n->name == xmlStringTextNoenc)
			return puts_(o, s);
		if (raw_parent(n->parent)) {
			/* Versions differ on style: only what reads the same. */
			if (strpbrk(s, "<>&") != NULL)
				return -1;
			return puts_(o, s);
		}
		return put_text(o, s);
	case XML_COMMENT_NODE:
		if (n->content == NULL)
			return 0;
		return puts_(o, "<!--") == -1 ||
		    puts_(o, (const char *)n->content) == -1 ||
		    puts_(o, "-->") == -1 ? -1 : 0;
	case XML_ELEMENT_NODE:
		break;
	default:
		return -1;
	}
	if (n->ns != NULL || n->nsDef != NULL)
		return -1;
	name = (const char *)n->name;
	d = tag_desc(name);
	if (put(o, "<", 1) == -1 || puts_(o, name) == -1)
		return -1;
	for (a = n->properties; a != NULL; a = a->next)
		if (put_attr(o, a, name) == -1)
			return -1;
	if (d != NULL && d->empty)
		return put(o, ">", 1);
	if (n->children == NULL) {
		if (d != NULL && d->saveEndTag != 0 &&
		    strcmp(d->name, "html") != 0 && strcmp(d->name, "body") != 0)
			return put(o, ">", 1);
		return puts_(o, "></") == -1 || puts_(o, name) == -1 ||
		    put(o, ">", 1) == -1 ? -1 : 0;
	}
	if (put(o, ">", 1) == -1)
		return -1;
	for (c = n->children; c != NULL; c = c->next)
		if (put_node(o, c) == -1)
			return -1;
	return puts_(o, "</") == -1 || puts_(o, name) == -1 ||
	    put(o, ">", 1) == -1 ? -1 : 0;
}

int
html_dump(xmlDocPtr doc, struct htmlout *o)
{
	xmlDtdPtr	 dtd = doc->intSubset;
	xmlNodePtr	 c;

	o->len = 0;
	/* xsltSaveResultTo writes nothing of a document without content. */
	if (doc->children == NULL || (doc->children->type == XML_DTD_NODE &&
	    doc->children->next == NULL))
		return 0;
	if (dtd != NULL) {
		if (dtd->ExternalID != NULL || (dtd->SystemID != NULL &&
		    strcmp((const char *)dtd->SystemID,
		    "about:legacy-compat") != 0) || dtd->name == NULL)
			return -1;
		if (puts_(o, "<!DOCTYPE ") == -1 ||
		    puts_(o, (const char *)dtd->name) == -1 ||
		    puts_(o, ">\n") == -1)
			return -1;
	}
	for (c = doc->children; c != NULL; c = c->next)
		if (c->type != XML_DTD_NODE && put_node(o, c) == -1)
			return -1;
	return put(o, "\n", 1);
}

void
html_free(struct htmlout *o)
{
	free(o->p);
	o->p = NULL;
	o->len = o->cap = 0;
}
