/*
 * h_home.c: the signed-in unit's home page: the unit, its place in the
 * tree, its subunits and what waits for it.
 */
#include "extern.h"

int
h_home(struct req *r)
{
	const struct who	*w = r->who;
	int			 status;

	xml_begin(r, "dashboard");
	xml_start(r, "unit");
	xml_attri(r, "id", w->unit_id);
	xml_attr(r, "code", w->unit_code);
	xml_attr(r, "kind", kind_names[w->kind]);
	xml_attrb(r, "active", 1);
	xml_elem(r, "name", w->unit_name);
	xml_end(r);
	if ((status = unit_xml_ancestors(r, w->unit_path)) != 200 ||
	    (status = unit_xml_children(r, w->unit_id)) != 200)
		return status;
	xml_elem(r, "todo", NULL);
	return 200;
}
