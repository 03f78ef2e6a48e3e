/*
 * h_attach.c: a stored file (GET /app/attachments/{id}).  The unit must
 * see the file's owner record (its scope path): else 403, as the
 * attachments' contract asks, and 404 for one that does not exist.  The
 * response has no body from studiod: resp.c sends X-Accel-Redirect to
 * nginx's internal location of attach_dir, which sends the bytes.
 */
#include <stdint.h>

#include "extern.h"

int
h_attachment(struct req *r)
{
	struct xaccel	*x;
	enum err	 e;

	if ((e = attach_get(r, r->arg_id, &x)) != E_OK)
		return err_status(e);
	r->accel = x;
	return 200;
}
