/*
 * h_application.c: the application pages: the paged list (with its CSV
 * export), the new and edit forms, creating and saving, the page of one
 * application and its naming certificate.  The form, its rules and its
 * documents are the model's (application.c); here the request is read,
 * who may do what at this door is checked, and the answer given.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

/* Creating an application is the base union's. */
static int
base_only(struct req *r)
{
	if (r->who->kind == KIND_BASE)
		return 200;
	r->reason = "base-only";
	r->message = "创建申请表由工作室所在单位的基层工会办理";
	return 403;
}

/*
 * A refused form comes back as its document (400 or 409), on the form's
 * stylesheet whatever page it was posted to.
 */
static int
refused(struct req *r, enum err e)
{
	if (e == E_INVALID || e == E_CONFLICT)
		r->sheet = SHEET_APPLICATION_FORM;
	return err_status(e);
}

int
h_application_create(struct req *r)
{
	int64_t		 id = 0;
	int		 status;
	enum err	 e;

	if ((status = base_only(r)) != 200)
		return status;
	if ((e = app_create(r, &id)) != E_OK)
		return refused(r, e);
	r->location = aprintf(r->a, "/app/applications/%lld", (long long)id);
	r->notice = "申请表已保存为草稿。填写完整后，请点击“推荐上报”";
	return 303;
}

int
h_application_update(struct req *r)
{
	enum err	 e;

	if ((e = app_update(r, r->arg_id)) != E_OK)
		return refused(r, e);
	r->location = aprintf(r->a, "/app/applications/%lld",
	    (long long)r->arg_id);
	r->notice = "修改已保存";
	return 303;
}

int
h_application_new(struct req *r)
{
	int		 status;

	if ((status = base_only(r)) != 200)
		return status;
	return err_status(app_new_xml(r));
}

int
h_application_edit(struct req *r)
{
	return err_status(app_edit_xml(r, r->arg_id));
}

/*
 * The application, or its naming certificate (the same document through
 * another stylesheet, with the QR code of the studio's public page).  A
 * certificate exists once the studio is named: for any other status it
 * is 404, not a certificate of nothing.
 */
int
h_application(struct req *r)
{
	const char	*path;
	enum astatus	 st;
	enum err	 e;

	if (r->page == PAGE_APPLICATION_CERTIFICATE) {
		if ((e = app_visible(r, r->arg_id, 0, &path, &st)) != E_OK)
			return err_status(e);
		if (st != ST_NAMED && st != ST_UPGRADED) {
			r->reason = "not-named";
			r->message = "该申请尚未命名，没有命名证书";
			return 404;
		}
		return err_status(app_certificate_xml(r, r->arg_id));
	}
	return err_status(app_xml(r, r->arg_id));
}

/* ------------------------------------------------------------------ list */

/* The applications the unit sees; CSV exports the whole filtered list. */
int
h_applications(struct req *r)
{
	return err_status(list_xml(r, &list_applications));
}
