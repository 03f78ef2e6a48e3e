/*
 * h_import.c: GET|POST /app/import, the city's import of what existed
 * before the system (import.c).  GET: the form.  POST (multipart, the
 * file as the part "file"): with mode=dry-run (or none), the dry run,
 * every record's result and every error (200), nothing written; with
 * mode=run and checked= the SHA-256 of the file that the dry run showed,
 * the real run: 303 back to the form with what was done, or 400 with
 * the errors and nothing written; a file other than the one checked is
 * 409.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

/* <import-page>: the form, and the results of a run when there is one. */
static void
page(struct req *r, const struct import *im)
{
	xml_begin(r, "import-page");
	xml_attr(r, "unit", r->who->unit_name);
	if (im != NULL)
		import_xml(r, im);
	xml_ferrs(r);
}

int
h_import(struct req *r)
{
	page(r, NULL);
	return 200;
}

int
h_import_post(struct req *r)
{
	struct import	 im;
	const char	*mode = kv_get(&r->form, "mode");
	const char	*checked = kv_get(&r->form, "checked");
	size_t		 i;
	enum err	 e;

	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "file") == 0)
			break;
	if (i == r->nfiles || r->files[i].len == 0) {
		req_ferr(r, "file", "导入文件", "请选择要导入的文件（CSV 或 XML）");
		page(r, NULL);
		return 400;
	}
	memset(&im, 0, sizeof(im));
	im.r = r;
	im.data = (const char *)r->files[i].data;
	im.len = r->files[i].len;
	im.name = r->files[i].name;
	im.dry = mode == NULL || strcmp(mode, "run") != 0;
	/* A real run only of the file whose dry run the user saw. */
	if (!im.dry)
		im.checked = checked != NULL ? checked : "";
	e = import_run(&im);
	if (e == E_CONFLICT) {
		req_ferr(r, "file", "导入文件", r->message);
		page(r, NULL);
		return 409;
	}
	if (e != E_OK && e != E_INVALID)
		return err_status(e);
	if (im.dry || e == E_INVALID) {
		page(r, &im);
		return im.dry ? 200 : 400;
	}
	r->location = "/app/import";
	r->notice = im.written ? aprintf(r->a, "已导入：新建 %zu 条，"
	    "已有且相同 %zu 条（文件 SHA-256 %s）", im.created, im.same,
	    im.sha256) : aprintf(r->a, "文件中的 %zu 条均已存在且相同，"
	    "未做任何更改", im.same);
	return 303;
}
