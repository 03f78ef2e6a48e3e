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

#define APP_COLUMNS \
	" name, host_unit, host_unit_type, industry," \
	" recommending_unit_id, filled_on, founded_on, naming_unit," \
	" field, member_count, type_other, leader_name," \
	" leader_gender, leader_birth_month, leader_education, leader_ethnicity," \
	" leader_political, leader_specialty, leader_title, leader_mobile," \
	" leader_email, overview, goals, achievements_summary," \
	" honours, cond_leader, cond_members, cond_goals," \
	" cond_venue, cond_equipment, cond_display, cond_not_existing," \
	" employer_consent"

#define APP_SET \
	" name = ?, host_unit = ?, host_unit_type = ?," \
	" industry = ?, recommending_unit_id = ?, filled_on = ?," \
	" founded_on = ?, naming_unit = ?, field = ?," \
	" member_count = ?, type_other = ?, leader_name = ?," \
	" leader_gender = ?, leader_birth_month = ?, leader_education = ?," \
	" leader_ethnicity = ?, leader_political = ?, leader_specialty = ?," \
	" leader_title = ?, leader_mobile = ?, leader_email = ?," \
	" overview = ?, goals = ?, achievements_summary = ?," \
	" honours = ?, cond_leader = ?, cond_members = ?," \
	" cond_goals = ?, cond_venue = ?, cond_equipment = ?," \
	" cond_display = ?, cond_not_existing = ?, employer_consent = ?"

#define APP_SELECT \
	" a.name, a.host_unit, a.host_unit_type," \
	" a.industry, a.recommending_unit_id, DATE_FORMAT(a.filled_on, '%Y-%m-%d')," \
	" DATE_FORMAT(a.founded_on, '%Y-%m-%d'), a.naming_unit, a.field," \
	" a.member_count, a.type_other, a.leader_name," \
	" a.leader_gender, a.leader_birth_month, a.leader_education," \
	" a.leader_ethnicity, a.leader_political, a.leader_specialty," \
	" a.leader_title, a.leader_mobile, a.leader_email," \
	" a.overview, a.goals, a.achievements_summary," \
	" a.honours, a.cond_leader, a.cond_members," \
	" a.cond_goals, a.cond_venue, a.cond_equipment," \
	" a.cond_display, a.cond_not_existing, a.employer_consent"

#define APP_FILTER \
	" WHERE a.base_path LIKE CONCAT(?, '%')" \
	" AND (? = '' OR a.status = ?)" \
	" AND (? = '' OR a.base_path LIKE CONCAT(?, '%'))" \
	" AND (? = '' OR a.industry = ?)" \
	" AND (? = '' OR EXISTS (SELECT 1 FROM application_type t" \
	"  WHERE t.application_id = a.id AND t.type = ?))" \
	" AND (? = 0 OR a.filled_on BETWEEN ? AND ?)" \
	" AND (? = '' OR a.name LIKE CONCAT('%', ?, '%'))"

#define APP_PENDING \
	"SELECT a.id, a.name, a.status," \
	" DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s'), b.name," \
	" COUNT(*) OVER ()" \
	" FROM application a JOIN unit b ON b.id = a.base_union_id"

const char *const stmts[STMT__MAX] = {
	[STMT_META_LOCK] =
	"SELECT dataver, audit_seq, audit_hash FROM meta WHERE id = 1"
	" FOR UPDATE",
	[STMT_META_ADVANCE] =
	"UPDATE meta SET dataver = dataver + 1, audit_seq = ?,"
	" audit_hash = ? WHERE id = 1",
	[STMT_META_BUMP] =
	"UPDATE meta SET dataver = dataver + 1 WHERE id = 1",
	[STMT_AUDIT_INSERT] =
	"INSERT INTO audit (id, at, unit_id, cert_id, fingerprint, holder,"
	" action, object_type, object_id, digest, prev_hash, hash)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[STMT_AUDIT_COUNT] =
	"SELECT COUNT(*) FROM audit",
	[STMT_AUDIT_PAGE] =
	"SELECT a.id, DATE_FORMAT(a.at, '%Y-%m-%d %H:%i:%s.%f'), a.unit_id,"
	" u.name, a.fingerprint, a.holder, a.action, a.object_type,"
	" a.object_id, a.digest, a.prev_hash, a.hash"
	" FROM audit a LEFT JOIN unit u ON u.id = a.unit_id"
	" ORDER BY a.id DESC LIMIT ? OFFSET ?",
	[STMT_AUDIT_CHAIN] =
	"SELECT id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f'), unit_id,"
	" cert_id, fingerprint, holder, action, object_type, object_id,"
	" digest, prev_hash, hash"
	" FROM audit WHERE id > ? ORDER BY id LIMIT 1000",
	[STMT_CERT_WHO] =
	"SELECT c.id, c.holder, u.id, u.code, u.kind, u.name, u.path"
	" FROM cert c JOIN unit u ON u.id = c.unit_id"
	" WHERE c.fingerprint = ? AND c.revoked_at IS NULL AND u.active = 1"
	" AND c.not_after > UTC_TIMESTAMP()",
	[STMT_CERT_BY_UNIT] =
	"SELECT id, fingerprint, serial, DATE_FORMAT(not_before, '%Y-%m-%d'),"
	" DATE_FORMAT(not_after, '%Y-%m-%d'),"
	" DATE_FORMAT(enrolled_at, '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(revoked_at, '%Y-%m-%d %H:%i:%s'), holder, subject,"
	" not_after <= UTC_TIMESTAMP()"
	" FROM cert WHERE unit_id = ?"
	" ORDER BY revoked_at IS NULL DESC, id DESC LIMIT 200",
	[STMT_CERT_GET] =
	"SELECT id, unit_id, fingerprint, revoked_at IS NOT NULL, holder"
	" FROM cert WHERE id = ?",
	[STMT_CERT_BY_FP] =
	"SELECT id, unit_id, fingerprint, revoked_at IS NOT NULL, holder"
	" FROM cert WHERE fingerprint = ?",
	[STMT_CERT_INSERT] =
	"INSERT INTO cert (unit_id, fingerprint, holder, serial, subject,"
	" issuer, not_before, not_after, enrolled_at, enrolled_by)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(), ?)",
	[STMT_CERT_REVOKE] =
	"UPDATE cert SET revoked_at = NOW(), revoked_by = ?"
	" WHERE id = ? AND revoked_at IS NULL",
	[STMT_CERT_LIST] =
	"SELECT c.id, u.code, c.fingerprint, c.holder,"
	" DATE_FORMAT(c.not_after, '%Y-%m-%d'), c.revoked_at IS NOT NULL,"
	" c.not_after <= UTC_TIMESTAMP()"
	" FROM cert c JOIN unit u ON u.id = c.unit_id"
	" WHERE (? = '' OR u.code = ?) ORDER BY u.path, c.id",
	[STMT_UNIT_GET] =
	"SELECT u.id, u.code, u.kind, u.name, u.path, u.active, u.version,"
	" u.parent_id, p.code, p.kind, p.name"
	" FROM unit u LEFT JOIN unit p ON p.id = u.parent_id WHERE u.id = ?",
	[STMT_UNIT_BY_CODE] =
	"SELECT id, path, depth, kind FROM unit WHERE code = ?",
	[STMT_UNIT_CHILDREN] =
	"SELECT id, code, kind, name, active FROM unit"
	" WHERE parent_id = ? ORDER BY code LIMIT ?",
	[STMT_UNIT_CHILDCOUNT] =
	"SELECT COUNT(*) FROM unit WHERE parent_id = ?",
	[STMT_UNIT_ANCESTORS] =
	"SELECT id, code, kind, name FROM unit"
	" WHERE code IN (?, ?, ?, ?, ?, ?, ?, ?) ORDER BY depth",
	[STMT_UNIT_COUNT] =
	"SELECT COUNT(*) FROM unit u" UNIT_FILTER,
	[STMT_UNIT_PAGE] =
	"SELECT u.id, u.code, u.kind, u.name, u.active, u.parent_id, p.name,"
	" (SELECT COUNT(*) FROM cert c WHERE c.unit_id = u.id"
	"  AND c.revoked_at IS NULL)"
	" FROM unit u LEFT JOIN unit p ON p.id = u.parent_id" UNIT_FILTER
	" ORDER BY u.path LIMIT ? OFFSET ?",
	[STMT_UNIT_ALL] =
	"SELECT u.code, u.kind, COALESCE(p.code, ''), u.name"
	" FROM unit u LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.path",
	[STMT_UNIT_INSERT] =
	"INSERT INTO unit (code, kind, parent_id, name, path, depth)"
	" SELECT ?, ?, p.id, ?, CONCAT(p.path, ?, '/'), p.depth + 1"
	" FROM unit p WHERE p.code = ?",
	[STMT_UNIT_CERTCOUNT] =
	"SELECT COUNT(*), COALESCE(SUM(revoked_at IS NULL"
	" AND not_after > UTC_TIMESTAMP()), 0) FROM cert WHERE unit_id = ?",
	[STMT_STATS_BY_UNIT] =
	"SELECT u.id, u.code, u.kind, u.name,"
	" (SELECT COUNT(*) FROM application a"
	"  WHERE a.base_path LIKE CONCAT(u.path, '%')"
	"  AND a.status IN ('named', 'upgraded'))"
	" FROM unit u WHERE u.depth = 1 ORDER BY u.path",
	[STMT_NAMED_COUNT] =
	"SELECT COUNT(*) FROM application WHERE status IN ('named', 'upgraded')",
	[STMT_MIGRATION_TABLE] =
	"CREATE TABLE IF NOT EXISTS schema_migration ("
	" version INT UNSIGNED NOT NULL PRIMARY KEY,"
	" name VARCHAR(100) NOT NULL,"
	" applied_at DATETIME NOT NULL"
	") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
	[STMT_MIGRATION_LIST] =
	"SELECT version, name FROM schema_migration ORDER BY version",
	[STMT_MIGRATION_ADD] =
	"INSERT INTO schema_migration (version, name, applied_at)"
	" VALUES (?, ?, NOW())",
	[STMT_CODES_INDUSTRY] =
	"SELECT code, name FROM code_industry ORDER BY code",
	[STMT_CODES_ETHNICITY] =
	"SELECT code, name FROM code_ethnicity ORDER BY code",
	[STMT_CODES_POLITICAL] =
	"SELECT code, short FROM code_political ORDER BY code",
	[STMT_CODES_EDUCATION] =
	"SELECT code, name FROM code_education ORDER BY code",
	[STMT_CODES_GENDER] =
	"SELECT code, name FROM code_gender ORDER BY code",
	[STMT_CODES_UNIT_TYPE] =
	"SELECT code, name FROM code_unit_type ORDER BY code",
	[STMT_CODES_STUDIO_TYPE] =
	"SELECT code, name FROM code_studio_type ORDER BY seq",
	[STMT_APP_INSERT] =
	"INSERT INTO application (status, version, base_union_id, base_path,"
	" created_at, updated_at, status_since," APP_COLUMNS ")"
	" VALUES ('draft', 1, ?, ?, NOW(), NOW(), NOW(),"
	" ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
	" ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[STMT_APP_UPDATE] =
	"UPDATE application SET" APP_SET ","
	" version = version + 1, updated_at = NOW()"
	" WHERE id = ? AND version = ? AND status IN ('draft', 'returned')",
	[STMT_APP_GET] =
	"SELECT" APP_SELECT ","
	" a.id, a.status, a.version, a.base_union_id, a.base_path, b.name,"
	" r.name, a.naming_number, DATE_FORMAT(a.named_on, '%Y-%m-%d'),"
	" DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s')"
	" FROM application a JOIN unit b ON b.id = a.base_union_id"
	" JOIN unit r ON r.id = a.recommending_unit_id WHERE a.id = ?",
	[STMT_APP_LOCK] =
	"SELECT status, version, base_union_id, recommending_unit_id,"
	" base_path, leader_mobile, leader_name, leader_birth_month, name,"
	" host_unit FROM application WHERE id = ? FOR UPDATE",
	[STMT_APP_TYPES] =
	"SELECT t.type FROM application_type t"
	" JOIN code_studio_type c ON c.code = t.type"
	" WHERE t.application_id = ? ORDER BY c.seq",
	[STMT_APP_TYPES_DEL] =
	"DELETE FROM application_type WHERE application_id = ?",
	[STMT_APP_TYPE_ADD] =
	"INSERT INTO application_type (application_id, type) VALUES (?, ?)",
	[STMT_APP_HONOURS] =
	"SELECT year, title FROM application_honour WHERE application_id = ?"
	" ORDER BY seq",
	[STMT_APP_HONOURS_DEL] =
	"DELETE FROM application_honour WHERE application_id = ?",
	[STMT_APP_HONOUR_ADD] =
	"INSERT INTO application_honour (application_id, seq, year, title)"
	" VALUES (?, ?, ?, ?)",
	[STMT_APP_REVIEWS] =
	"SELECT r.stage, r.unit_id, u.name, r.holder, r.decision, r.opinion,"
	" DATE_FORMAT(r.at, '%Y-%m-%d %H:%i:%s')"
	" FROM review r JOIN unit u ON u.id = r.unit_id"
	" WHERE r.application_id = ? ORDER BY r.id",
	[STMT_APP_SET_STATUS] =
	"UPDATE application SET status = ?, version = version + 1,"
	" status_since = NOW(), updated_at = NOW()"
	" WHERE id = ? AND version = ?",
	[STMT_APP_NAME] =
	"UPDATE application SET status = 'named', naming_number = ?,"
	" named_on = CURDATE(), version = version + 1, status_since = NOW(),"
	" updated_at = NOW() WHERE id = ? AND version = ?",
	[STMT_APP_COUNT] =
	"SELECT COUNT(*) FROM application a" APP_FILTER,
	[STMT_APP_PAGE] =
	"SELECT a.id, a.status, a.version,"
	" DATE_FORMAT(a.filled_on, '%Y-%m-%d'),"
	" DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s'), a.name,"
	" a.host_unit, a.base_union_id, b.name, a.recommending_unit_id,"
	" r.name, a.industry, a.leader_name"
	" FROM application a JOIN unit b ON b.id = a.base_union_id"
	" JOIN unit r ON r.id = a.recommending_unit_id" APP_FILTER
	" ORDER BY a.status_since DESC, a.id DESC LIMIT ? OFFSET ?",
	[STMT_APP_STATUS_COUNTS] =
	"SELECT status, COUNT(*) FROM application"
	" WHERE base_path LIKE CONCAT(?, '%') GROUP BY status",
	[STMT_REVIEW_ADD] =
	"INSERT INTO review (application_id, stage, unit_id, cert_id, holder,"
	" decision, opinion, at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_LEADER_ACTIVE] =
	"SELECT id, name, base_path FROM application WHERE id <> ?"
	" AND status IN ('recommended', 'audited', 'named', 'upgraded')"
	" AND (leader_mobile = ? OR (leader_name = ? AND"
	" leader_birth_month = ?)) LIMIT 1",
	[STMT_STUDIO_NAMED] =
	"SELECT id FROM application WHERE id <> ?"
	" AND status IN ('named', 'upgraded') AND name = ? AND host_unit = ?"
	" LIMIT 1",
	[STMT_NAMING_SEQ_INIT] =
	"INSERT IGNORE INTO naming_seq (year, last) VALUES (?, 0)",
	[STMT_NAMING_SEQ_LOCK] =
	"SELECT last FROM naming_seq WHERE year = ? FOR UPDATE",
	[STMT_NAMING_SEQ_SET] =
	"UPDATE naming_seq SET last = ? WHERE year = ?",
	[STMT_ONCE_CLAIM] =
	"INSERT INTO once_key (once, unit_id, object_type, created_at)"
	" VALUES (?, ?, ?, NOW())",
	[STMT_ONCE_GET] =
	"SELECT unit_id, object_type, object_id FROM once_key WHERE once = ?"
	" LOCK IN SHARE MODE",
	[STMT_ONCE_SET] =
	"UPDATE once_key SET object_id = ? WHERE once = ?",
	[STMT_PENDING_BASE] =
	APP_PENDING " WHERE a.base_union_id = ?"
	" AND a.status IN ('draft', 'returned') ORDER BY a.status_since LIMIT 50",
	[STMT_PENDING_DISTRICT] =
	APP_PENDING " WHERE a.recommending_unit_id = ? AND a.status = 'recommended'"
	" ORDER BY a.status_since LIMIT 50",
	[STMT_PENDING_CITY] =
	APP_PENDING " WHERE a.status = 'audited' ORDER BY a.status_since LIMIT 50",
	[STMT_DISTRICTS] =
	"SELECT id, code, kind, name FROM unit WHERE depth = 1"
	" AND path LIKE CONCAT(?, '%') ORDER BY path",
	[STMT_AUDIT_ANCHOR] =
	"SELECT MIN(id) FROM audit WHERE object_type = ? AND object_id = ?"
	" AND action = ?",
	[STMT_AUDIT_ROW] =
	"SELECT hash, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f') FROM audit"
	" WHERE id = ?",

	/* the studio an application was named as */
	[STMT_APP_STUDIO] =
	"SELECT id FROM studio WHERE application_id = ?",
};
