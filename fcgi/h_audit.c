/*
 * h_audit.c: the audit log, newest first, for the city federation.
 */
#include "extern.h"

/*
 * The columns of the log, from STMT_AUDIT_PAGE: id, time, unit id,
 * unit, fingerprint, holder, action, object type, object id, digest,
 * previous hash, hash.  Operator rows have no unit (and may have no
 * object): the schema wants those attributes empty then.
 */
static const struct lcol audit_cols[] = {
	{ "id", LX_ATTR, 0, 0, { "序号", 0, CSV_TEXT, NULL } },
	{ "at", LX_DATETIME, 1, 0, { "时间", 1, CSV_DATETIME, NULL } },
	{ "unit", LX_ELEM, 3, 0, { "单位", 3, CSV_TEXT, NULL } },
	{ "holder", LX_ELEM, 5, 0, { "操作人", 5, CSV_TEXT, NULL } },
	{ "fingerprint", LX_ATTR, 4, 0, { "证书指纹", 4, CSV_TEXT, NULL } },
	{ "action", LX_ATTR, 6, 0, { "操作代码", 6, CSV_TEXT, NULL } },
	{ NULL, LX_NONE, 6, 0, { "操作", 6, CSV_LABEL, "action" } },
	{ "object-type", LX_ATTR, 7, 0,
	  { "对象类型", 7, CSV_LABEL, "object" } },
	{ "object-id", LX_ATTR_EMPTY, 8, 0,
	  { "对象编号", 8, CSV_TEXT, NULL } },
	{ "unit-id", LX_ATTR_EMPTY, 2, 0, { NULL, 0, 0, NULL } },
	{ "digest", LX_ATTR, 9, 0, { "摘要", 9, CSV_TEXT, NULL } },
	{ "prev", LX_ATTR, 10, 0, { "前一哈希", 10, CSV_TEXT, NULL } },
	{ "hash", LX_ATTR, 11, 0, { "哈希", 11, CSV_TEXT, NULL } },
};

/* The key of a row for the page after it, in STMT_AUDIT_AFTER's order. */
static const unsigned char audit_keyb[] = { LK_ID };

const struct listdef list_audit = {
	"audit", "entry", STMT_AUDIT_COUNT, STMT_AUDIT_PAGE, 0, NULL, 0,
	audit_cols, sizeof(audit_cols) / sizeof(audit_cols[0]),
	CT__MAX, "audit", 0, NULL, NULL,
	STMT_AUDIT_KEPT, STMT_AUDIT_AFTER, -1, 0, audit_keyb, sizeof(audit_keyb)
};

/* The log, newest first; CSV exports the whole of it, streamed. */
int
h_audit(struct req *r)
{
	return err_status(list_xml(r, &list_audit));
}
