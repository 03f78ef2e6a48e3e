/*
 * sql.c: every SQL statement of the program, indexed by enum stmt.  Each
 * is a constant with ? placeholders, prepared once per connection; no SQL
 * text is ever built at run time.
 */
#include "extern.h"

#define UNIT_FILTER \
	" WHERE u.path LIKE CONCAT(?, '%')" \
	" AND (? = '' OR u.kind = ?)" \
	" AND (? = '' OR u.name LIKE CONCAT('%', ?, '%') OR u.code = ?)"

const char *const stmts[STMT__MAX] = {
	/* STMT_DATAVER */
	"SELECT dataver FROM meta WHERE id = 1",
	/* STMT_META_LOCK */
	"SELECT dataver, audit_seq, audit_hash FROM meta WHERE id = 1"
	" FOR UPDATE",
	/* STMT_META_ADVANCE */
	"UPDATE meta SET dataver = dataver + 1, audit_seq = ?,"
	" audit_hash = ? WHERE id = 1",
	/* STMT_META_BUMP */
	"UPDATE meta SET dataver = dataver + 1 WHERE id = 1",
	/* STMT_AUDIT_INSERT */
	"INSERT INTO audit (id, at, unit_id, cert_id, fingerprint, holder,"
	" action, object_type, object_id, digest, prev_hash, hash)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_AUDIT_COUNT */
	"SELECT COUNT(*) FROM audit",
	/* STMT_AUDIT_PAGE */
	"SELECT a.id, DATE_FORMAT(a.at, '%Y-%m-%d %H:%i:%s.%f'), a.unit_id,"
	" u.name, a.fingerprint, a.holder, a.action, a.object_type,"
	" a.object_id, a.digest, a.prev_hash, a.hash"
	" FROM audit a LEFT JOIN unit u ON u.id = a.unit_id"
	" ORDER BY a.id DESC LIMIT ? OFFSET ?",
	/* STMT_AUDIT_CHAIN */
	"SELECT id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f'), unit_id,"
	" cert_id, fingerprint, holder, action, object_type, object_id,"
	" digest, prev_hash, hash"
	" FROM audit WHERE id > ? ORDER BY id LIMIT 1000",
	/* STMT_CERT_WHO */
	"SELECT c.id, c.holder, u.id, u.code, u.kind, u.name, u.path"
	" FROM cert c JOIN unit u ON u.id = c.unit_id"
	" WHERE c.fingerprint = ? AND c.revoked_at IS NULL AND u.active = 1"
	" AND c.not_after > UTC_TIMESTAMP()",
	/* STMT_CERT_BY_UNIT */
	"SELECT id, fingerprint, serial, DATE_FORMAT(not_before, '%Y-%m-%d'),"
	" DATE_FORMAT(not_after, '%Y-%m-%d'),"
	" DATE_FORMAT(enrolled_at, '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(revoked_at, '%Y-%m-%d %H:%i:%s'), holder, subject,"
	" not_after <= UTC_TIMESTAMP()"
	" FROM cert WHERE unit_id = ? ORDER BY id LIMIT 200",
	/* STMT_CERT_GET */
	"SELECT id, unit_id, fingerprint, revoked_at IS NOT NULL, holder"
	" FROM cert WHERE id = ?",
	/* STMT_CERT_BY_FP */
	"SELECT id, unit_id, fingerprint, revoked_at IS NOT NULL, holder"
	" FROM cert WHERE fingerprint = ?",
	/* STMT_CERT_INSERT */
	"INSERT INTO cert (unit_id, fingerprint, holder, serial, subject,"
	" issuer, not_before, not_after, enrolled_at, enrolled_by)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(), ?)",
	/* STMT_CERT_REVOKE */
	"UPDATE cert SET revoked_at = NOW(), revoked_by = ?"
	" WHERE id = ? AND revoked_at IS NULL",
	/* STMT_CERT_LIST */
	"SELECT c.id, u.code, c.fingerprint, c.holder,"
	" DATE_FORMAT(c.not_after, '%Y-%m-%d'), c.revoked_at IS NOT NULL"
	" FROM cert c JOIN unit u ON u.id = c.unit_id"
	" WHERE (? = '' OR u.code = ?) ORDER BY u.path, c.id",
	/* STMT_UNIT_GET */
	"SELECT u.id, u.code, u.kind, u.name, u.path, u.active, u.version,"
	" u.parent_id, p.code, p.kind, p.name"
	" FROM unit u LEFT JOIN unit p ON p.id = u.parent_id WHERE u.id = ?",
	/* STMT_UNIT_BY_CODE */
	"SELECT id, path, depth, kind FROM unit WHERE code = ?",
	/* STMT_UNIT_CHILDREN */
	"SELECT id, code, kind, name, active FROM unit"
	" WHERE parent_id = ? ORDER BY code LIMIT ?",
	/* STMT_UNIT_CHILDCOUNT */
	"SELECT COUNT(*) FROM unit WHERE parent_id = ?",
	/* STMT_UNIT_ANCESTORS */
	"SELECT id, code, kind, name FROM unit"
	" WHERE code IN (?, ?, ?, ?, ?, ?, ?, ?) ORDER BY depth",
	/* STMT_UNIT_COUNT */
	"SELECT COUNT(*) FROM unit u" UNIT_FILTER,
	/* STMT_UNIT_PAGE */
	"SELECT u.id, u.code, u.kind, u.name, u.active, u.parent_id, p.name,"
	" (SELECT COUNT(*) FROM cert c WHERE c.unit_id = u.id"
	"  AND c.revoked_at IS NULL)"
	" FROM unit u LEFT JOIN unit p ON p.id = u.parent_id" UNIT_FILTER
	" ORDER BY u.path LIMIT ? OFFSET ?",
	/* STMT_UNIT_ALL */
	"SELECT u.code, u.kind, COALESCE(p.code, ''), u.name"
	" FROM unit u LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.path",
	/* STMT_UNIT_INSERT */
	"INSERT INTO unit (code, kind, parent_id, name, path, depth)"
	" SELECT ?, ?, p.id, ?, CONCAT(p.path, ?, '/'), p.depth + 1"
	" FROM unit p WHERE p.code = ?",
	/* STMT_UNIT_CERTCOUNT */
	"SELECT COUNT(*), COALESCE(SUM(revoked_at IS NULL"
	" AND not_after > UTC_TIMESTAMP()), 0) FROM cert WHERE unit_id = ?",
	/* STMT_STATS_BY_UNIT (named studios per unit: none until studios) */
	"SELECT id, code, kind, name, 0 FROM unit WHERE depth = 1"
	" ORDER BY path",
	/* STMT_NAMED_COUNT (no studios are named before applications) */
	"SELECT 0",
	/* STMT_MIGRATION_TABLE */
	"CREATE TABLE IF NOT EXISTS schema_migration ("
	" version INT UNSIGNED NOT NULL PRIMARY KEY,"
	" name VARCHAR(100) NOT NULL,"
	" applied_at DATETIME NOT NULL"
	") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
	/* STMT_MIGRATION_LIST */
	"SELECT version, name FROM schema_migration ORDER BY version",
	/* STMT_MIGRATION_ADD */
	"INSERT INTO schema_migration (version, name, applied_at)"
	" VALUES (?, ?, NOW())",
};
