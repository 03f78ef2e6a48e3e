/*
 * h_audit.c: the audit log, newest first, for the city federation.
 */
#include "extern.h"

/* The schema wants these attributes always: empty for SQL NULL. */
static const char *
nonnull(const char *s)
{
	return s != NULL ? s : "";
}

/*
 * The columns of the audit log's CSV export, from STMT_AUDIT_PAGE: id,
 * time, unit id, unit, fingerprint, holder, action, object type, object
 * id, digest, previous hash, hash.
 */
static const struct csvcol audit_csv[] = {
	{ "序号", 0, CSV_TEXT, NULL },
	{ "时间", 1, CSV_DATETIME, NULL },
	{ "单位", 3, CSV_TEXT, NULL },
	{ "操作人", 5, CSV_TEXT, NULL },
	{ "证书指纹", 4, CSV_TEXT, NULL },
	{ "操作代码", 6, CSV_TEXT, NULL },
	{ "操作", 6, CSV_LABEL, "action" },
	{ "对象类型", 7, CSV_LABEL, "object" },
	{ "对象编号", 8, CSV_TEXT, NULL },
	{ "摘要", 9, CSV_TEXT, NULL },
	{ "前一哈希", 10, CSV_TEXT, NULL },
	{ "哈希", 11, CSV_TEXT, NULL },
};

int
h_audit(struct req *r)
{
	struct dbq	*q;
	int64_t		 total = 0;
	int		 page = req_pageno(r), rc;
	enum err	 e;

	r->filename = "audit";
	/* CSV exports the whole log, newest first, streamed; HTML pages. */
	if (r->fmt == FMT_CSV)
		return csv_open(r, STMT_AUDIT_PAGE, DBARGS(DBI(INT64_MAX),
		    DBI(0)), audit_csv, sizeof(audit_csv) / sizeof(audit_csv[0]),
		    NULL);
	if ((e = db_int(r->db, STMT_AUDIT_COUNT, DBNOARGS, &total,
	    NULL)) != E_OK)
		return err_status(e);
	xml_begin(r, "audit");
	xml_paging(r, page, total);
	q = db_query(r->db, STMT_AUDIT_PAGE, DBARGS(DBI(PER_PAGE),
	    DBI((int64_t)(page - 1) * PER_PAGE)));
	if (q == NULL)
		return err_status(db_err(r->db));
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "entry");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "at", xml_datetime(r, db_col(q, 1)));
		xml_attr(r, "action", db_col(q, 6));
		xml_attr(r, "object-type", db_col(q, 7));
		/* Operator rows have no unit (and may have no object). */
		xml_attr(r, "object-id", nonnull(db_col(q, 8)));
		xml_attr(r, "unit-id", nonnull(db_col(q, 2)));
		xml_attr(r, "fingerprint", db_col(q, 4));
		xml_attr(r, "digest", db_col(q, 9));
		xml_attr(r, "prev", db_col(q, 10));
		xml_attr(r, "hash", db_col(q, 11));
		xml_elem(r, "unit", db_col(q, 3));
		xml_elem(r, "holder", db_col(q, 5));
		xml_end(r);
	}
	db_end(q);
	return rc < 0 ? err_status(db_err(r->db)) : 200;
}
