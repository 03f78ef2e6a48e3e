/*
 * t_xml.c: the response document (xml.c), built as a tree: the same
 * document, byte for byte once serialised, as libxml2's text writer
 * built from the same calls (it wrote the text and parsed it again), and
 * a failure wherever that text would not have parsed.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "extern.h"
#include "tests.h"

/* A request with an arena; the caller frees both with req_done(). */
static void
req_init(struct req *r)
{
	memset(r, 0, sizeof(*r));
	if ((r->a = arena_new()) == NULL)
		abort();
}

static void
req_done(struct req *r)
{
	xmlFreeDoc(r->doc);
	arena_free(r->a);
}

/* The document serialised as the ETag and the XML export read it. */
static char *
dump(xmlDocPtr doc, int format)
{
	xmlChar	*buf = NULL;
	int	 len = 0;
	char	*s;

	xmlDocDumpFormatMemoryEnc(doc, &buf, &len, "UTF-8", format);
	ck_assert_ptr_nonnull(buf);
	s = strdup((const char *)buf);
	xmlFree(buf);
	return s;
}

#define W(c)	ck_assert_int_ge((c), 0)

START_TEST(t_xml_as_writer)
{
	static const char	 odd[] = "a & b < c > \"d\" 'e'\tf\r\ng \xe4\xb8\xad";
	struct req		 r;
	xmlDocPtr		 doc, wdoc = NULL;
	xmlTextWriterPtr	 w;
	char			*got, *want;
	int			 fmt;

	req_init(&r);
	xml_begin(&r, "units");
	xml_attri(&r, "page", 2);
	xml_attr(&r, "q", odd);
	xml_attr(&r, "none", NULL);
	xml_start(&r, "unit");
	xml_attr(&r, "id", "1");
	xml_elem(&r, "name", odd);
	xml_elem(&r, "empty", "");
	xml_start(&r, "mixed");
	xml_text(&r, "one ");
	xml_text(&r, "two");
	xml_elem(&r, "b", "x");
	xml_text(&r, "\xef\xbf\xbe bad \x01");
	xml_end(&r);
	xml_end(&r);
	xml_start(&r, "open");
	xml_start(&r, "deeper");
	doc = xml_finish(&r);
	ck_assert_ptr_nonnull(doc);

	ck_assert_ptr_nonnull(w = xmlNewTextWriterDoc(&wdoc, 0));
	W(xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL));
	W(xmlTextWriterStartElement(w, BAD_CAST "units"));
	W(xmlTextWriterWriteAttribute(w, BAD_CAST "schema",
	    BAD_CAST SCHEMA_VERSION));
	W(xmlTextWriterWriteAttribute(w, BAD_CAST "page", BAD_CAST "2"));
	W(xmlTextWriterWriteAttribute(w, BAD_CAST "q", BAD_CAST odd));
	W(xmlTextWriterStartElement(w, BAD_CAST "unit"));
	W(xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST "1"));
	W(xmlTextWriterStartElement(w, BAD_CAST "name"));
	W(xmlTextWriterWriteString(w, BAD_CAST odd));
	W(xmlTextWriterEndElement(w));
	W(xmlTextWriterStartElement(w, BAD_CAST "empty"));
	W(xmlTextWriterEndElement(w));
	W(xmlTextWriterStartElement(w, BAD_CAST "mixed"));
	W(xmlTextWriterWriteString(w, BAD_CAST "one "));
	W(xmlTextWriterWriteString(w, BAD_CAST "two"));
	W(xmlTextWriterStartElement(w, BAD_CAST "b"));
	W(xmlTextWriterWriteString(w, BAD_CAST "x"));
	W(xmlTextWriterEndElement(w));
	W(xmlTextWriterWriteString(w,
	    BAD_CAST "\xef\xbf\xbd bad \xef\xbf\xbd"));
	W(xmlTextWriterEndElement(w));
	W(xmlTextWriterEndElement(w));
	W(xmlTextWriterStartElement(w, BAD_CAST "open"));
	W(xmlTextWriterStartElement(w, BAD_CAST "deeper"));
	W(xmlTextWriterEndDocument(w));
	xmlFreeTextWriter(w);
	ck_assert_ptr_nonnull(wdoc);

	for (fmt = 0; fmt <= 1; fmt++) {
		got = dump(doc, fmt);
		want = dump(wdoc, fmt);
		ck_assert_str_eq(got, want);
		free(got);
		free(want);
	}
	/* "one " and "two" are one text node, as parsed. */
	ck_assert_ptr_null(xmlDocGetRootElement(doc)->children->children->
	    next->next->children->next->next->next);
	xmlFreeDoc(doc);
	xmlFreeDoc(wdoc);
	req_done(&r);
}
END_TEST

/* What would not have parsed fails the document, as it did. */
START_TEST(t_xml_not_well_formed)
{
	struct req	 r;

	req_init(&r);
	xml_begin(&r, "a");
	switch (_i) {
	case 0:		/* an attribute twice */
		xml_attr(&r, "x", "1");
		xml_attr(&r, "x", "2");
		break;
	case 1:		/* an attribute after content */
		xml_text(&r, "t");
		xml_attr(&r, "x", "1");
		break;
	case 2:		/* a second root */
		xml_end(&r);
		xml_start(&r, "b");
		break;
	case 3:		/* text beside the root */
		xml_end(&r);
		xml_text(&r, "t");
		break;
	default:	/* more ends than starts */
		xml_end(&r);
		xml_end(&r);
		break;
	}
	ck_assert_int_eq(r.xmlerr, 1);
	ck_assert_ptr_null(xml_finish(&r));
	req_done(&r);
}
END_TEST

/* A new document replaces the last; a closed one takes nothing more. */
START_TEST(t_xml_again)
{
	struct req	 r;
	xmlDocPtr	 doc;
	char		*s;

	req_init(&r);
	xml_begin(&r, "a");
	xml_attr(&r, "x", "1");
	xml_attr(&r, "x", "2");
	xml_begin(&r, "b");
	ck_assert_int_eq(r.xmlerr, 0);
	xml_elem(&r, "c", "d");
	ck_assert_ptr_nonnull(doc = xml_finish(&r));
	xml_start(&r, "late");
	ck_assert_ptr_null(r.doc);
	s = dump(doc, 0);
	ck_assert_ptr_nonnull(strstr(s, "<b schema=\"" SCHEMA_VERSION
	    "\"><c>d</c></b>"));
	free(s);
	xmlFreeDoc(doc);
	/* Inside a dossier, a record is an element of the open document. */
	xml_begin(&r, "dossier");
	r.embed = 1;
	xml_begin(&r, "studio");
	xml_end(&r);
	r.embed = 0;
	ck_assert_ptr_nonnull(doc = xml_finish(&r));
	s = dump(doc, 0);
	ck_assert_ptr_nonnull(strstr(s, "<dossier schema=\"" SCHEMA_VERSION
	    "\"><studio schema=\"" SCHEMA_VERSION "\"/></dossier>"));
	free(s);
	xmlFreeDoc(doc);
	req_done(&r);
}
END_TEST

Suite *
suite_xml(void)
{
	Suite	*s = suite_create("xml");
	TCase	*tc;

	tc = tcase_create("tree");
	tcase_add_test(tc, t_xml_as_writer);
	tcase_add_loop_test(tc, t_xml_not_well_formed, 0, 5);
	tcase_add_test(tc, t_xml_again);
	suite_add_tcase(s, tc);
	return s;
}
