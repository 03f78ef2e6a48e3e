/*
 * notice.c: what an action did, told once on the page it leads to,
 * without a cookie: the 303 carries a token (n=...) of a row that holds
 * the sentence for the acting unit; the page shows it and deletes the
 * row, so that a reload, or the same link opened by another unit, shows
 * nothing.  A notice is a courtesy: a failure here is logged and the
 * action, already committed, and the page stand.
 */
#include <stdio.h>
#include <string.h>

#include "extern.h"

#define MAXNOTICE	200	/* characters, as the column */

void
notice_put(struct req *r)
{
	const char	*token;
	enum err	 e;

	if (r->notice == NULL || r->who == NULL || r->location == NULL)
		return;
	if (utf8_len(r->notice) > MAXNOTICE) {
		log_warnx("%s: notice too long", __func__);
		return;
	}
	token = once_new(r->a);
	if ((e = db_exec(r->db, STMT_NOTICE_PURGE, DBNOARGS, NULL,
	    NULL)) != E_OK ||
	    (e = db_exec(r->db, STMT_NOTICE_PUT, DBARGS(DBS(token),
	    DBI(r->who->unit_id), DBS(r->notice)), NULL, NULL)) != E_OK) {
		log_warnx("%s: %s", __func__, err_str(e));
		return;
	}
	r->location = aprintf(r->a, "%s%cn=%s", r->location,
	    strchr(r->location, '?') != NULL ? '&' : '?', token);
}

void
notice_take(struct req *r)
{
	const char	*token = kv_get(&r->q, "n");
	struct dbq	*q;
	uint64_t	 gone = 0;
	char		*text;
	enum err	 e;

	r->notice = NULL;
	if (r->who == NULL || !once_valid(token))
		return;
	e = db_one(r->db, STMT_NOTICE_GET, DBARGS(DBS(token),
	    DBI(r->who->unit_id)), &q);
	if (e == E_NOTFOUND)
		return;
	if (e != E_OK) {
		log_warnx("%s: %s", __func__, err_str(e));
		return;
	}
	text = astrdup(r->a, db_col(q, 0));
	db_end(q);
	/* Of two requests at once, the one that deletes it shows it. */
	if ((e = db_exec(r->db, STMT_NOTICE_DELETE, DBARGS(DBS(token),
	    DBI(r->who->unit_id)), &gone, NULL)) != E_OK) {
		log_warnx("%s: %s", __func__, err_str(e));
		return;
	}
	if (gone == 1)
		r->notice = text;
}
