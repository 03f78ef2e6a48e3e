/*
 * h_export.c: GET /app/export: without what=, the page that offers the
 * exports; with it, the XML export of the unit's subtree (export.c),
 * streamed as an attachment.  A what= or year= that does not parse is a
 * 400 naming it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "extern.h"

int
h_export(struct req *r)
{
	const char	*what = kv_get(&r->q, "what");

	if (what == NULL || *what == '\0')
		return err_status(export_index_xml(r));
	if (export_begin(r, what, kv_get(&r->q, "year")) != E_OK) {
		export_index_xml(r);
		xml_start(r, "error");
		xml_attr(r, "field", r->nferr > 0 ? r->ferr[0].name : NULL);
		xml_text(r, r->message);
		xml_end(r);
		return 400;
	}
	return 200;
}
