/*
 * sql.c: every SQL statement of the program, indexed by enum stmt.  Each
 * is a constant with ? placeholders, prepared once per connection; no SQL
 * text is ever built at run time.
 */
#include "extern.h"
#include "forms.h"

#define UNIT_FILTER \
	" WHERE u.path LIKE CONCAT(?, '%')" \
	" AND (? = '' OR u.kind = ?)" \
	" AND (? = '' OR u.code = ? OR u.name LIKE CONCAT('%', ?, '%'))"

/* The unit list's rows: id, code, kind, name, active, parent id and
   name, certificates in force (kept, 022_unit_certs.sql), path (its
   key). */
#define UNIT_ROWS \
	"SELECT u.id, u.code, u.kind, u.name, u.active, u.parent_id, p.name," \
	" u.certs, u.path"
#define UNIT_JOIN \
	" JOIN unit u ON u.id = k.id LEFT JOIN unit p ON p.id = u.parent_id" \
	" ORDER BY u.path"
/* The same rows read directly, for a first page or a page by key. */
#define UNIT_FROM \
	" FROM unit u LEFT JOIN unit p ON p.id = u.parent_id"

/*
 * studioctl purge: an application that still holds some of its
 * leader's personal data beyond the name (alias a), and a line of an
 * amendment's old or new text (amendment.c) that holds some, with a
 * value.
 */
#define PURGE_APP_HELD \
	"a.leader_mobile <> '' OR a.leader_email <> ''" \
	" OR a.leader_gender IS NOT NULL OR a.leader_birth_month IS NOT NULL" \
	" OR a.leader_education IS NOT NULL" \
	" OR a.leader_ethnicity IS NOT NULL" \
	" OR a.leader_political IS NOT NULL OR a.leader_specialty <> ''" \
	" OR a.leader_title <> '' OR EXISTS (SELECT 1" \
	"  FROM application_honour h WHERE h.application_id = a.id)"
#define PURGE_AMEND_LINE \
	"'leader[.](title|specialty|mobile|email|birth-month)=[^\\n]+'"

/*
 * The application's fields (forms.h), each once: in an INSERT's column
 * list and its values (each after a column of its own, hence the
 * leading comma), as the SET of an UPDATE and in a SELECT of alias a
 * (each followed by the comma before the columns that come after).
 */
#define APP_COLUMN(id, nm, lb, ty, mx, rq, ct, fl, col, ck)	", " #col
#define APP_VALUE(id, nm, lb, ty, mx, rq, ct, fl, col, ck)	", ?"
#define APP_SET(id, nm, lb, ty, mx, rq, ct, fl, col, ck)	" " #col " = ?,"
#define APP_SELECT(id, nm, lb, ty, mx, rq, ct, fl, col, ck) \
	FORM_SELECT_##ty(col)

/*
 * The applications a unit sees: those of its subtree, less the drafts of
 * other units never recommended (a draft is its base union's own until
 * it is first recommended).  The first two ? are the unit's path.
 */
#define APP_FILTER \
	" WHERE a.base_path LIKE CONCAT(?, '%')" \
	" AND (a.first_recommended_at IS NOT NULL OR a.base_path = ?)" \
	" AND (? = '' OR a.status = ?)" \
	" AND (? = '' OR a.base_path LIKE CONCAT(?, '%'))" \
	" AND (? = '' OR a.industry = ?)" \
	" AND (? = '' OR EXISTS (SELECT 1 FROM application_type t" \
	"  WHERE t.application_id = a.id AND t.type = ?))" \
	" AND (? = 0 OR a.filled_on BETWEEN ? AND ?)" \
	" AND (? = '' OR a.name LIKE CONCAT('%', ?, '%'))"

#define STUDIO_FILTER \
	" WHERE s.base_path LIKE CONCAT(?, '%')" \
	" AND (? = '' OR s.status = ?)" \
	" AND (? = '' OR s.base_path LIKE CONCAT(?, '%'))" \
	" AND (? = '' OR s.industry = ?)" \
	" AND (? = '' OR EXISTS (SELECT 1 FROM studio_type t" \
	"  WHERE t.studio_id = s.id AND t.type = ?))" \
	" AND (? = 0 OR s.named_on BETWEEN ? AND ?)" \
	" AND (? = 0 OR s.decision_id = ?)" \
	" AND (? = '' OR s.name LIKE CONCAT('%', ?, '%')" \
	"  OR s.host_unit LIKE CONCAT('%', ?, '%'))"

#define APP_PENDING \
	"SELECT a.id, a.name, a.status," \
	" DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s'), b.name," \
	" COUNT(*) OVER ()" \
	" FROM application a JOIN unit b ON b.id = a.base_union_id"

/*
 * The public registry (registry.c): named studios that are not revoked.
 * The search is LIKE '%...%' on name, host unit and field with the
 * user's text escaped (like_escape), so that a two-character Chinese word
 * finds a studio: no index serves it, but a city has 500 to 2,000
 * studios, a scan of which costs well under a millisecond.  At the scale
 * of a province (10^5) it would want a full-text index with an n-gram
 * parser (MySQL's ngram; MariaDB has none), which is why it is not used.
 */
#define REGISTRY_LISTED \
	" s.status IN ('active', 'key-support', 'supervised', 'upgraded')"

#define REGISTRY_FILTER \
	" WHERE" REGISTRY_LISTED \
	" AND (? = 0 OR s.auditing_unit_id = ?)" \
	" AND (? = '' OR s.industry = ?)" \
	" AND (? = '' OR EXISTS (SELECT 1 FROM studio_type t" \
	"  WHERE t.studio_id = s.id AND t.type = ?))" \
	" AND (? = 0 OR s.named_on BETWEEN ? AND ?)" \
	" AND (? = '' OR s.name LIKE CONCAT('%', ?, '%')" \
	"  OR s.host_unit LIKE CONCAT('%', ?, '%')" \
	"  OR s.field LIKE CONCAT('%', ?, '%'))"

/* The rows of each list, and the join that reads a page's rows by id. */
#define AUDIT_ROWS \
	"SELECT a.id, DATE_FORMAT(a.at, '%Y-%m-%d %H:%i:%s.%f'), a.unit_id," \
	" u.name, a.fingerprint, a.holder, a.action, a.object_type," \
	" a.object_id, a.digest, a.prev_hash, a.hash"
#define AUDIT_JOIN \
	" JOIN audit a ON a.id = k.id LEFT JOIN unit u ON u.id = a.unit_id" \
	" ORDER BY a.id DESC"
#define AUDIT_FROM \
	" FROM audit a LEFT JOIN unit u ON u.id = a.unit_id"
#define APP_ROWS \
	"SELECT a.id, a.status, a.version," \
	" DATE_FORMAT(a.filled_on, '%Y-%m-%d')," \
	" DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s'), a.name," \
	" a.host_unit, a.base_union_id, b.name, a.recommending_unit_id," \
	" r.name, a.industry, a.leader_name, a.naming_number," \
	" DATE_FORMAT(a.named_on, '%Y-%m-%d')"
#define APP_JOIN \
	" JOIN application a ON a.id = k.id" \
	" JOIN unit b ON b.id = a.base_union_id" \
	" JOIN unit r ON r.id = a.recommending_unit_id" \
	" ORDER BY a.status_since DESC, a.id DESC"
#define STUDIO_ROWS \
	"SELECT s.id, s.status, s.version, s.naming_number," \
	" DATE_FORMAT(s.named_on, '%Y-%m-%d'), s.name, s.host_unit," \
	" s.base_union_id, b.name, s.auditing_unit_id, d.name, s.industry," \
	" s.leader_name, s.srdi_level, n.document_number, s.application_id"
#define STUDIO_JOIN \
	" JOIN studio s ON s.id = k.id" \
	" JOIN unit b ON b.id = s.base_union_id" \
	" JOIN unit d ON d.id = s.auditing_unit_id" \
	" LEFT JOIN naming_decision n ON n.id = s.decision_id" \
	" ORDER BY s.named_on DESC, s.id DESC"
/*
 * The sheets a unit sees: those of its subtree's studios (which its
 * auditing unions, their base union's ancestors, see too).  The first ?
 * is its path.
 */
#define SHEET_FILTER \
	" WHERE h.base_path LIKE CONCAT(?, '%')" \
	" AND (? = 0 OR h.year = ?)" \
	" AND (? = '' OR h.stage = ?)" \
	" AND (? = '' OR COALESCE(h.grade, h.proposed_grade) = ?)" \
	" AND (? = '' OR h.base_path LIKE CONCAT(?, '%'))" \
	" AND (? = '' OR s.name LIKE CONCAT('%', ?, '%'))"
/* Its rows: id, studio, year, stage, totals, grades, since, studio's
   name and number, base union and auditing unit. */
#define SHEET_ROWS \
	"SELECT h.id, h.studio_id, h.year, h.stage, h.self_total," \
	" h.audit_total, h.proposed_grade, h.grade," \
	" DATE_FORMAT(h.stage_since, '%Y-%m-%d %H:%i:%s'), s.name," \
	" s.naming_number, h.base_union_id, b.name, h.auditing_unit_id, d.name"
#define SHEET_JOIN \
	" JOIN assessment_sheet h ON h.id = k.id" \
	" JOIN studio s ON s.id = h.studio_id" \
	" JOIN unit b ON b.id = h.base_union_id" \
	" JOIN unit d ON d.id = h.auditing_unit_id" \
	" ORDER BY h.year DESC, s.named_on, h.id"
/*
 * The funds a unit sees: its own and its ancestors' (which fund its
 * studios) and those of its subtree.  The first two ? are its path.
 */
#define FUND_FILTER \
	" WHERE (? LIKE CONCAT(f.funder_path, '%')" \
	"  OR f.funder_path LIKE CONCAT(?, '%'))" \
	" AND (? = 0 OR f.year = ?)" \
	" AND (? = '' OR f.title LIKE CONCAT('%', ?, '%'))"
#define FUND_ROWS \
	"SELECT f.id, f.year, f.funder_id, u.name, f.budget_fen, f.granted_fen," \
	" (SELECT COALESCE(SUM(g.spent_fen), 0) FROM subsidy_grant g" \
	"  WHERE g.fund_id = f.id), f.budget_fen - f.granted_fen," \
	" f.document_number, DATE_FORMAT(f.decided_on, '%Y-%m-%d'), f.title," \
	" CAST(f.budget_fen / 100 AS DECIMAL(16, 2))," \
	" CAST(f.granted_fen / 100 AS DECIMAL(16, 2))," \
	" CAST((SELECT COALESCE(SUM(g.spent_fen), 0) FROM subsidy_grant g" \
	"  WHERE g.fund_id = f.id) / 100 AS DECIMAL(16, 2))," \
	" CAST((f.budget_fen - f.granted_fen) / 100 AS DECIMAL(16, 2))"
#define FUND_JOIN \
	" JOIN fund f ON f.id = k.id JOIN unit u ON u.id = f.funder_id" \
	" ORDER BY f.year DESC, f.id DESC"
/*
 * The achievements a unit sees: those of its subtree's studios, less the
 * drafts of other units (a draft is its base union's own).  The first two
 * ? are its path.
 */
#define ACH_TERM \
	" AND (? = '' OR a.id IN (SELECT t.achievement_id" \
	"  FROM achievement_term t WHERE t.term = ?))"
#define ACH_FILTER \
	" WHERE a.base_path LIKE CONCAT(?, '%')" \
	" AND (a.status <> 'draft' OR a.base_path = ?)" \
	" AND (? = '' OR a.status = ?)" \
	" AND (? = '' OR a.kind = ?)" \
	" AND (? = 0 OR a.year = ?)" \
	" AND (? = '' OR a.base_path LIKE CONCAT(?, '%'))" \
	" AND a.id IN (SELECT t.achievement_id FROM achievement_term t" \
	"  WHERE t.term = ?)" ACH_TERM ACH_TERM ACH_TERM ACH_TERM ACH_TERM \
	ACH_TERM ACH_TERM
#define ACH_ROWS \
	"SELECT a.id, a.studio_id, a.status, a.kind, a.form, a.year," \
	" DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s')," \
	" DATE_FORMAT(a.published_at, '%Y-%m-%d %H:%i:%s'), a.title, s.name," \
	" s.base_union_id, b.name, a.auditing_unit_id, d.name"
#define ACH_JOIN \
	" JOIN achievement a ON a.id = k.id JOIN studio s ON s.id = a.studio_id" \
	" JOIN unit b ON b.id = s.base_union_id" \
	" JOIN unit d ON d.id = a.auditing_unit_id" \
	" ORDER BY a.status_since DESC, a.id DESC"
/*
 * The achievements on the public showcase (published, of studios not
 * revoked: their terms' listed_at is set), as the public sees them,
 * read from the first term's rows in the showcase's order, newest
 * first: one range of achievement_term_listed, whatever the table's
 * size.  The other terms are looked up by the primary key.
 */
/*
 * The other terms looked up by the primary key for each row read, not
 * each read whole into a temporary table first (the optimiser's choice
 * otherwise: for a phrase of common words, every row of each of them).
 */
#define PUB_ACH_HINT \
	"SET STATEMENT optimizer_switch = 'materialization=off,semijoin=off'" \
	" FOR "
#define PUB_ACH_FROM \
	" FROM achievement_term t FORCE INDEX (achievement_term_listed)" \
	" STRAIGHT_JOIN achievement a ON a.id = t.achievement_id"
#define PUB_ACH_TERM(n) \
	" AND (? = '' OR EXISTS (SELECT 1 FROM achievement_term " n \
	"  WHERE " n ".term = ? AND " n ".achievement_id = t.achievement_id))"
#define PUB_ACH_FILTER \
	" WHERE t.listed_at IS NOT NULL AND a.status = 'published'" \
	" AND (? = '' OR a.kind = ?)" \
	" AND (? = '' OR a.industry = ?)" \
	" AND (? = 0 OR a.auditing_unit_id = ?)" \
	" AND (? = 0 OR a.year = ?)" \
	" AND t.term = ?" PUB_ACH_TERM("t2") PUB_ACH_TERM("t3") \
	PUB_ACH_TERM("t4") PUB_ACH_TERM("t5") PUB_ACH_TERM("t6") \
	PUB_ACH_TERM("t7") PUB_ACH_TERM("t8")
#define PUB_ACH_ROWS \
	"SELECT a.id, a.studio_id, a.kind, a.form, a.year," \
	" DATE_FORMAT(a.published_at, '%Y-%m-%d %H:%i:%s'), a.value_fen," \
	" a.title, s.name, a.auditing_unit_id, d.name, LEFT(a.benefits, 100)," \
	" (SELECT MIN(t.id) FROM attachment t WHERE t.owner_type = 'achievement'" \
	"  AND t.owner_id = a.id AND t.type IN ('image/jpeg', 'image/png'))," \
	" DATE_FORMAT(a.published_at, '%Y-%m-%d %H:%i:%s')"
#define PUB_ACH_KEYS \
	"SELECT DATE_FORMAT(t.listed_at, '%Y-%m-%d %H:%i:%s'), t.achievement_id" \
	PUB_ACH_FROM PUB_ACH_FILTER
#define PUB_ACH_JOIN \
	" JOIN achievement a ON a.id = k.id JOIN studio s ON s.id = a.studio_id" \
	" JOIN unit d ON d.id = a.auditing_unit_id" \
	" ORDER BY a.published_at DESC, a.id DESC"
#define TRAINING_FILTER \
	" WHERE (? LIKE CONCAT(t.organiser_path, '%')" \
	"  OR t.organiser_path LIKE CONCAT(?, '%'))" \
	" AND (? = 0 OR t.starts_on BETWEEN ? AND ?)" \
	" AND (? = '' OR t.title LIKE CONCAT('%', ?, '%'))"
#define EVENT_FILTER \
	" WHERE (? LIKE CONCAT(e.organiser_path, '%')" \
	"  OR e.organiser_path LIKE CONCAT(?, '%'))" \
	" AND (? = 0 OR e.held_on BETWEEN ? AND ?)" \
	" AND (? = '' OR e.kind = ?)" \
	" AND (? = '' OR e.title LIKE CONCAT('%', ?, '%'))"
/* The studios a session or an event may name: named, not revoked. */
#define TRAINING_STATES "('active', 'key-support', 'supervised')"
#define TRAINING_ACTIVE " s.status IN " TRAINING_STATES
#define EVENT_HOST \
	" COALESCE(hs.name, hu.name) FROM publicity_event e" \
	" LEFT JOIN studio hs ON hs.id = e.host_studio_id" \
	" LEFT JOIN unit hu ON hu.id = e.host_unit_id"
#define REGISTRY_ROWS \
	"SELECT s.id, s.status, s.naming_number," \
	" DATE_FORMAT(s.named_on, '%Y-%m-%d'), s.name, s.host_unit, s.field," \
	" s.industry, s.auditing_unit_id, u.name, s.types"
#define REGISTRY_JOIN \
	" JOIN studio s ON s.id = k.id JOIN unit u ON u.id = s.auditing_unit_id" \
	" ORDER BY s.named_on DESC, s.id DESC"

/* The key columns of each list's rows (text, then id), for the key
   before a page that a pager's link names. */
#define UNIT_KEYS	"SELECT u.path FROM unit u" UNIT_FILTER
#define APP_KEYS \
	"SELECT DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s'), a.id" \
	" FROM application a" APP_FILTER
#define STUDIO_KEYS \
	"SELECT DATE_FORMAT(s.named_on, '%Y-%m-%d'), s.id FROM studio s" \
	STUDIO_FILTER
#define REGISTRY_KEYS \
	"SELECT DATE_FORMAT(s.named_on, '%Y-%m-%d'), s.id FROM studio s" \
	REGISTRY_FILTER

/*
 * The studios' ranking of a year: its filed sheets (filed or confirmed,
 * with an audit total) in a subtree and the filter.  Binds: the year, the
 * path, the district twice, the industry twice, the type twice.  What
 * else the year shows of a studio is a subquery on the studio's own rows
 * by an index (achievement_studio, adoption_of, subsidy_grant_studio):
 * the achievements published in the year and the adoptions of them
 * recorded in the year (binds: the year's first day and the next
 * year's), what was spent of the year's grants (bind: the year).  A
 * plan of such subqueries does not change with the tables' statistics,
 * as one of derived tables joined to the sheets did (measured: the same
 * statement took 0.4 s or over a minute at 10,000 studios).
 */
#define RANK_STUDIO_FROM \
	" FROM assessment_sheet sh JOIN studio s ON s.id = sh.studio_id" \
	" WHERE sh.year = ? AND sh.stage IN ('filed', 'confirmed')" \
	" AND sh.audit_total IS NOT NULL AND sh.base_path LIKE CONCAT(?, '%')" \
	" AND (? = 0 OR sh.auditing_unit_id = ?)" \
	" AND (? = '' OR s.industry = ?)" \
	" AND (? = '' OR EXISTS (SELECT 1 FROM studio_type st" \
	" WHERE st.studio_id = s.id AND st.type = ?))"
#define RANK_ACH \
	"(SELECT COUNT(*) FROM achievement a WHERE a.studio_id = s.id" \
	" AND a.status = 'published' AND a.published_at >= ?" \
	" AND a.published_at < ?)"
#define RANK_ADOPT \
	"(SELECT COUNT(*) FROM adoption d JOIN achievement a" \
	" ON a.id = d.achievement_id WHERE a.studio_id = s.id" \
	" AND a.status = 'published' AND d.adopted_on >= ?" \
	" AND d.adopted_on < ?)"
#define RANK_SPENT \
	"(SELECT COALESCE(SUM(g.spent_fen), 0) FROM subsidy_grant g" \
	" JOIN fund f ON f.id = g.fund_id WHERE g.studio_id = s.id" \
	" AND f.year = ?)"
#define RANK_GRADE	"COALESCE(sh.grade, sh.proposed_grade)"

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
	"SELECT COUNT(*) FROM (SELECT 1 FROM audit LIMIT ?) t",
	[STMT_AUDIT_PAGE] =
	AUDIT_ROWS " FROM (SELECT id FROM audit ORDER BY id DESC"
	"  LIMIT ? OFFSET ?) k" AUDIT_JOIN,
	[STMT_AUDIT_CHAIN] =
	"SELECT id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f'), unit_id,"
	" cert_id, fingerprint, holder, action, object_type, object_id,"
	" digest, prev_hash, hash"
	" FROM audit WHERE id > ? ORDER BY id LIMIT 1000",
	[STMT_CERT_WHO] =
	"SELECT c.id, c.holder, u.id, u.code, u.kind, u.name, u.path,"
	" u.data_version, c.roles FROM cert c JOIN unit u ON u.id = c.unit_id"
	" WHERE c.fingerprint = ? AND c.revoked_at IS NULL AND u.active = 1"
	" AND c.not_after > UTC_TIMESTAMP()",
	[STMT_CERT_BY_UNIT] =
	"SELECT id, fingerprint, serial, DATE_FORMAT(not_before, '%Y-%m-%d'),"
	" DATE_FORMAT(not_after, '%Y-%m-%d'),"
	" DATE_FORMAT(enrolled_at, '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(revoked_at, '%Y-%m-%d %H:%i:%s'), holder, subject,"
	" not_after <= UTC_TIMESTAMP(), roles"
	" FROM cert WHERE unit_id = ?"
	" ORDER BY revoked_at IS NULL DESC, id DESC LIMIT 200",
	[STMT_CERT_GET] =
	"SELECT id, unit_id, fingerprint, revoked_at IS NOT NULL, holder"
	" FROM cert WHERE id = ?",
	[STMT_CERT_BY_FP] =
	"SELECT id, unit_id, fingerprint, revoked_at IS NOT NULL, holder"
	" FROM cert WHERE fingerprint = ?",
	[STMT_CERT_INSERT] =
	"INSERT INTO cert (unit_id, fingerprint, holder, roles, serial, subject,"
	" issuer, not_before, not_after, enrolled_at, enrolled_by)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(), ?)",
	[STMT_CERT_ROLES] =
	"UPDATE cert SET roles = ? WHERE id = ? AND revoked_at IS NULL",
	[STMT_CERT_REVOKE] =
	"UPDATE cert SET revoked_at = NOW(), revoked_by = ?"
	" WHERE id = ? AND revoked_at IS NULL",
	[STMT_CERT_LIST] =
	"SELECT c.id, u.code, c.fingerprint, c.holder,"
	" DATE_FORMAT(c.not_after, '%Y-%m-%d'), c.revoked_at IS NOT NULL,"
	" c.not_after <= UTC_TIMESTAMP(), c.roles"
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
	"SELECT COUNT(*) FROM (SELECT 1 FROM unit u" UNIT_FILTER " LIMIT ?) t",
	[STMT_UNIT_PAGE] =
	UNIT_ROWS " FROM (SELECT u.id FROM unit u" UNIT_FILTER
	"  ORDER BY u.path LIMIT ? OFFSET ?) k" UNIT_JOIN,
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
	" created_at, updated_at, status_since" APP_FIELDS(APP_COLUMN) ")"
	" VALUES ('draft', 1, ?, ?, NOW(), NOW(), NOW()"
	APP_FIELDS(APP_VALUE) ")",
	[STMT_APP_UPDATE] =
	"UPDATE application SET" APP_FIELDS(APP_SET)
	" version = version + 1, updated_at = NOW()"
	" WHERE id = ? AND version = ? AND status IN ('draft', 'returned')",
	[STMT_APP_GET] =
	"SELECT" APP_FIELDS(APP_SELECT)
	" a.id, a.status, a.version, a.base_union_id, a.base_path, b.name,"
	" r.name, a.naming_number, DATE_FORMAT(a.named_on, '%Y-%m-%d'),"
	" DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s'),"
	" a.first_recommended_at IS NOT NULL"
	" FROM application a JOIN unit b ON b.id = a.base_union_id"
	" JOIN unit r ON r.id = a.recommending_unit_id WHERE a.id = ?",
	[STMT_APP_LOCK] =
	"SELECT status, version, base_union_id, recommending_unit_id,"
	" base_path, leader_mobile, leader_name, leader_birth_month, name,"
	" host_unit, first_recommended_at IS NOT NULL"
	" FROM application WHERE id = ? FOR UPDATE",
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
	" named_on = COALESCE(?, CURDATE()), version = version + 1,"
	" status_since = NOW(), updated_at = NOW() WHERE id = ? AND version = ?",
	[STMT_APP_COUNT] =
	"SELECT COUNT(*) FROM (SELECT 1 FROM application a" APP_FILTER
	" LIMIT ?) t",
	[STMT_APP_PAGE] =
	APP_ROWS " FROM (SELECT a.id FROM application a" APP_FILTER
	"  ORDER BY a.status_since DESC, a.id DESC LIMIT ? OFFSET ?) k"
	APP_JOIN,
	[STMT_APP_STATUS_COUNTS] =
	"SELECT status, n FROM tally WHERE what = 'application' AND path = ?"
	" AND n > 0 ORDER BY status",
	[STMT_REVIEW_ADD] =
	"INSERT INTO review (application_id, stage, unit_id, cert_id, holder,"
	" decision, opinion, at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_LEADER_ACTIVE] =
	"SELECT COALESCE(a.id, s.application_id), COALESCE(a.name, s.name),"
	" COALESCE(a.base_path, s.base_path) FROM leader_claim c"
	" LEFT JOIN application a ON a.id = c.application_id"
	" LEFT JOIN studio s ON s.id = c.studio_id"
	" WHERE (c.application_id IS NULL OR c.application_id <> ?)"
	" AND (c.mobile = ? OR c.name_month = CONCAT(?, '|', ?)) LIMIT 1",
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

	/* ------------------------------------------------------- studios */
	[STMT_DECISION_ADD] =
	"INSERT INTO naming_decision (document_number, decided_on, title,"
	" unit_id, cert_id, holder, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, NOW())",
	[STMT_STUDIO_FROM_APP] =
	"INSERT INTO studio (application_id, decision_id, naming_number,"
	" named_on, status, version, status_since, base_union_id, base_path,"
	" auditing_unit_id, name, host_unit, host_unit_type, industry, field,"
	" member_count, leader_name, leader_title, leader_specialty,"
	" leader_mobile, leader_email, leader_birth_month, overview, goals,"
	" achievements_summary, created_at, updated_at)"
	" SELECT id, ?, naming_number, named_on, 'active', 1, NOW(),"
	" base_union_id, base_path, recommending_unit_id, name, host_unit,"
	" host_unit_type, industry, field, member_count, leader_name,"
	" leader_title, leader_specialty, leader_mobile, leader_email,"
	" leader_birth_month, overview, goals, achievements_summary, NOW(),"
	" NOW() FROM application WHERE id = ? AND status = 'named'",
	[STMT_STUDIO_TYPES_FROM_APP] =
	"INSERT INTO studio_type (studio_id, type)"
	" SELECT ?, type FROM application_type WHERE application_id = ?",
	[STMT_STUDIO_LEADER_MEMBER] =
	"INSERT INTO studio_member (studio_id, name, role, trade, title,"
	" joined_on) SELECT id, leader_name, '领衔人', leader_specialty,"
	" leader_title, named_on FROM studio WHERE id = ?",
	[STMT_STUDIO_EVENT_ADD] =
	"INSERT INTO studio_event (studio_id, action, from_status, to_status,"
	" unit_id, cert_id, holder, reason, document_number, at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_STUDIO_COUNT] =
	"SELECT COUNT(*) FROM (SELECT 1 FROM studio s" STUDIO_FILTER
	" LIMIT ?) t",
	[STMT_STUDIO_PAGE] =
	STUDIO_ROWS " FROM (SELECT s.id FROM studio s" STUDIO_FILTER
	"  ORDER BY s.named_on DESC, s.id DESC LIMIT ? OFFSET ?) k"
	STUDIO_JOIN,
	[STMT_STUDIO_STATUS_COUNTS] =
	"SELECT status, n FROM tally WHERE what = 'studio' AND path = ?"
	" AND n > 0 ORDER BY status",
	[STMT_STUDIO_GET] =
	"SELECT s.id, s.status, s.version, s.application_id, s.naming_number,"
	" DATE_FORMAT(s.named_on, '%Y-%m-%d'), s.base_path,"
	" s.base_union_id, b.code, b.kind, b.name,"
	" s.auditing_unit_id, d.code, d.kind, d.name,"
	" s.name, s.host_unit, s.host_unit_type, s.industry, s.field,"
	" s.member_count, s.srdi_level, s.leader_name, s.leader_title,"
	" s.leader_specialty, s.leader_mobile, s.leader_email,"
	" s.leader_birth_month, s.overview, s.goals, s.achievements_summary,"
	" DATE_FORMAT(s.status_since, '%Y-%m-%d %H:%i:%s'),"
	" n.id, n.document_number, DATE_FORMAT(n.decided_on, '%Y-%m-%d'),"
	" n.title"
	" FROM studio s JOIN unit b ON b.id = s.base_union_id"
	" JOIN unit d ON d.id = s.auditing_unit_id"
	" LEFT JOIN naming_decision n ON n.id = s.decision_id"
	" WHERE s.id = ?",
	[STMT_STUDIO_TYPES] =
	"SELECT t.type FROM studio_type t"
	" JOIN code_studio_type c ON c.code = t.type"
	" WHERE t.studio_id = ? ORDER BY c.seq",
	[STMT_STUDIO_MEMBERS] =
	"SELECT id, name, role, trade, title,"
	" DATE_FORMAT(joined_on, '%Y-%m-%d'), DATE_FORMAT(left_on, '%Y-%m-%d')"
	" FROM studio_member WHERE studio_id = ? ORDER BY left_on IS NOT NULL,"
	" id",
	[STMT_STUDIO_EVENTS] =
	"SELECT NULL, e.action, e.from_status, e.to_status,"
	" DATE_FORMAT(e.at, '%Y-%m-%d %H:%i:%s'), e.unit_id, u.code, u.kind,"
	" u.name, e.holder, e.reason, e.document_number"
	" FROM studio_event e JOIN unit u ON u.id = e.unit_id"
	" WHERE e.studio_id = ? ORDER BY e.id",
	[STMT_STUDIO_LOCK] =
	"SELECT status, version, base_path, application_id, name"
	" FROM studio WHERE id = ? FOR UPDATE",
	[STMT_STUDIO_SET_STATUS] =
	"UPDATE studio SET status = ?, version = version + 1,"
	" status_since = NOW(), updated_at = NOW(),"
	" revoked_on = IF(? = 'revoked', CURDATE(), revoked_on)"
	" WHERE id = ? AND version = ?",
	[STMT_CLAIM_APP] =
	"INSERT INTO leader_claim (mobile, name_month, application_id)"
	" SELECT NULLIF(leader_mobile, ''),"
	" IF(leader_name <> '' AND leader_birth_month IS NOT NULL,"
	" CONCAT(leader_name, '|', leader_birth_month), NULL), id"
	" FROM application WHERE id = ?",
	[STMT_CLAIM_RELEASE_APP] =
	"DELETE FROM leader_claim WHERE application_id = ?",
	[STMT_CLAIM_TO_STUDIO] =
	"UPDATE leader_claim SET application_id = NULL, studio_id = ?"
	" WHERE application_id = ?",
	[STMT_CLAIM_RELEASE_STUDIO] =
	"DELETE FROM leader_claim WHERE studio_id = ?",
	[STMT_AUDIT_OF_STUDIO] =
	"SELECT a.id, DATE_FORMAT(a.at, '%Y-%m-%d %H:%i:%s'), u.name,"
	" a.holder, a.fingerprint, a.action, a.object_type, a.object_id,"
	" a.hash FROM audit a LEFT JOIN unit u ON u.id = a.unit_id"
	" WHERE (a.object_type = 'studio' AND a.object_id = ?)"
	" OR (a.object_type = 'application' AND a.object_id = ?)"
	" OR (a.object_type = 'upgrade' AND a.object_id IN"
	"  (SELECT id FROM studio_upgrade WHERE studio_id = ?))"
	" OR (a.object_type = 'amendment' AND a.object_id IN"
	"  (SELECT id FROM amendment WHERE studio_id = ?))"
	" OR (a.object_type = 'assessment' AND a.object_id IN"
	"  (SELECT id FROM assessment_sheet WHERE studio_id = ?))"
	" OR (a.object_type = 'grant' AND a.object_id IN"
	"  (SELECT id FROM subsidy_grant WHERE studio_id = ?))"
	" OR (a.object_type = 'spending' AND a.object_id IN"
	"  (SELECT id FROM spending WHERE studio_id = ?))"
	" OR (a.object_type = 'achievement' AND a.object_id IN"
	"  (SELECT id FROM achievement WHERE studio_id = ?"
	"   AND status <> 'draft'))"
	" OR (a.object_type = 'training'"
	"  AND a.action IN ('training.invite', 'training.attend')"
	"  AND a.object_id IN (SELECT training_id FROM training_invitee"
	"   WHERE studio_id = ?))"
	" ORDER BY a.id LIMIT 1000",
	[STMT_APP_STUDIO_STATUS] =
	"UPDATE application SET status = ?, version = version + 1,"
	" status_since = NOW(), updated_at = NOW()"
	" WHERE id = ? AND status IN ('named', 'upgraded')",
	/* 007: the review's corrections */
	[STMT_APP_MARK_RECOMMENDED] =
	"UPDATE application SET first_recommended_at = NOW()"
	" WHERE id = ? AND first_recommended_at IS NULL",
	/*
	 * The public registry, the feed and the progress (registry.c).
	 * Only public columns: never the leader's mobile, e-mail, birth
	 * month, ethnicity or political status.
	 */
	[STMT_REGISTRY_COUNT] =
	"SELECT COUNT(*) FROM (SELECT 1 FROM studio s" REGISTRY_FILTER
	" LIMIT ?) t",
	[STMT_REGISTRY_PAGE] =
	REGISTRY_ROWS " FROM (SELECT s.id FROM studio s" REGISTRY_FILTER
	"  ORDER BY s.named_on DESC, s.id DESC LIMIT ? OFFSET ?) k"
	REGISTRY_JOIN,
	/* the years listed studios were named in: the tally's naming dates
	   (023_named_tally.sql), not every studio */
	[STMT_REGISTRY_YEARS] =
	"SELECT DISTINCT LEFT(status, 4) FROM tally"
	" WHERE what = 'named' AND path = '' AND n > 0"
	" ORDER BY 1 DESC LIMIT 50",
	[STMT_REGISTRY_GET] =
	"SELECT s.id, s.status, s.naming_number,"
	" DATE_FORMAT(s.named_on, '%Y-%m-%d'), s.name, s.host_unit, s.field,"
	" s.industry, s.auditing_unit_id, u.name, s.member_count,"
	" s.leader_name, s.leader_title, s.overview, s.goals,"
	" s.achievements_summary,"
	" DATE_FORMAT(COALESCE(s.revoked_on, s.status_since), '%Y-%m-%d'),"
	" DATE_FORMAT(s.status_since, '%Y-%m-%d'), d.document_number,"
	" DATE_FORMAT(s.updated_at, '%Y-%m-%d %H:%i:%s')"
	" FROM studio s JOIN unit u ON u.id = s.auditing_unit_id"
	" LEFT JOIN naming_decision d ON d.id = s.decision_id WHERE s.id = ?",
	[STMT_REGISTRY_TYPES] =
	"SELECT t.type FROM studio_type t"
	" JOIN code_studio_type c ON c.code = t.type"
	" WHERE t.studio_id = ? ORDER BY c.seq",
	[STMT_REGISTRY_FEED] =
	"SELECT s.id, s.status, s.naming_number,"
	" DATE_FORMAT(s.named_on, '%Y-%m-%d'), s.name, s.host_unit, s.field,"
	" DATE_FORMAT(s.updated_at, '%Y-%m-%d %H:%i:%s'), u.name,"
	" DATE_FORMAT(MAX(s.updated_at) OVER (), '%Y-%m-%d %H:%i:%s')"
	" FROM studio s JOIN unit u ON u.id = s.auditing_unit_id"
	" WHERE" REGISTRY_LISTED
	" ORDER BY s.named_on DESC, s.id DESC LIMIT 50",
	/* The city's targets (year, studios, deadline), then the listed
	   studios by naming date (kept by 023_named_tally.sql):
	   registry_xml_progress() picks. */
	[STMT_REGISTRY_PROGRESS] =
	"SELECT 0, year, studios, DATE_FORMAT(deadline, '%Y-%m-%d')"
	" FROM progress_target WHERE unit_id IS NULL"
	" UNION ALL SELECT 1, 0, n, status FROM tally"
	" WHERE what = 'named' AND path = '' ORDER BY 1",
	[STMT_REGISTRY_BY_UNIT] =
	"SELECT u.id, u.code, u.kind, u.name,"
	" (SELECT COUNT(*) FROM studio s WHERE s.auditing_unit_id = u.id"
	"  AND" REGISTRY_LISTED " AND s.named_on <= ?),"
	" t.studios"
	" FROM unit u LEFT JOIN progress_target t ON t.unit_id = u.id"
	" AND t.year = ? WHERE u.depth = 1 ORDER BY u.path",
	/* the studio an application was named as */
	[STMT_APP_STUDIO] =
	"SELECT id FROM studio WHERE application_id = ?",

	/* ---------------------------------------------------- amendments */
	[STMT_AMEND_STUDIO] =
	"SELECT status, base_path, base_union_id, auditing_unit_id,"
	" leader_name, leader_title, leader_specialty, leader_mobile,"
	" leader_email, leader_birth_month, host_unit, field, member_count,"
	" version FROM studio WHERE id = ? FOR UPDATE",
	[STMT_AMEND_STUDIO_GET] =
	"SELECT status, base_path, base_union_id, auditing_unit_id,"
	" leader_name, leader_title, leader_specialty, leader_mobile,"
	" leader_email, leader_birth_month, host_unit, field, member_count,"
	" version, name FROM studio WHERE id = ?",
	[STMT_AMEND_LEADER_TAKEN] =
	"SELECT 1 FROM leader_claim"
	" WHERE (studio_id IS NULL OR studio_id <> ?)"
	" AND (mobile = ? OR name_month = CONCAT(?, '|', ?)) LIMIT 1",
	[STMT_AMEND_ADD] =
	"INSERT INTO amendment (studio_id, kind, status, version, base_path,"
	" reason, old_text, new_text, leader_name, leader_title,"
	" leader_specialty, leader_mobile, leader_email, leader_birth_month,"
	" host_unit, field, member_count, member_id, member_name, member_role,"
	" member_trade, member_title, member_on, requested_at, status_since)"
	" VALUES (?, ?, 'requested', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
	" ?, ?, ?, ?, ?, ?, NOW(), NOW())",
	[STMT_AMEND_REVIEW_ADD] =
	"INSERT INTO amendment_review (amendment_id, stage, unit_id, cert_id,"
	" holder, decision, opinion, at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_AMEND_LOCK] =
	"SELECT m.status, m.version, m.kind, m.studio_id, m.base_path,"
	" s.base_union_id, s.auditing_unit_id, m.leader_name, m.leader_title,"
	" m.leader_specialty, m.leader_mobile, m.leader_email,"
	" m.leader_birth_month, m.host_unit, m.field, m.member_count,"
	" m.new_text, m.member_id, m.member_name, m.member_role,"
	" m.member_trade, m.member_title,"
	" DATE_FORMAT(m.member_on, '%Y-%m-%d')"
	" FROM amendment m JOIN studio s ON s.id = m.studio_id"
	" WHERE m.id = ? FOR UPDATE",
	[STMT_AMEND_APPLY_LEADER] =
	"UPDATE studio SET leader_name = ?, leader_title = ?,"
	" leader_specialty = ?, leader_mobile = ?, leader_email = ?,"
	" leader_birth_month = ?, version = version + 1, updated_at = NOW()"
	" WHERE id = ?",
	[STMT_CLAIM_STUDIO_LEADER] =
	"UPDATE leader_claim SET mobile = NULLIF(?, ''),"
	" name_month = CONCAT(?, '|', ?) WHERE studio_id = ?",
	[STMT_MEMBER_LEADER_LEAVES] =
	"UPDATE studio_member SET left_on = CURDATE()"
	" WHERE studio_id = ? AND role = '领衔人' AND left_on IS NULL",
	[STMT_STUDIO_LEADER_JOINS] =
	"INSERT INTO studio_member (studio_id, name, role, trade, title,"
	" joined_on) SELECT id, leader_name, '领衔人', leader_specialty,"
	" leader_title, CURDATE() FROM studio WHERE id = ?",
	[STMT_AMEND_APPLY_HOST] =
	"UPDATE studio SET host_unit = ?, version = version + 1,"
	" updated_at = NOW() WHERE id = ?",
	[STMT_AMEND_APPLY_FIELD] =
	"UPDATE studio SET field = ?, version = version + 1,"
	" updated_at = NOW() WHERE id = ?",
	[STMT_AMEND_APPLY_MEMBERS] =
	"UPDATE studio SET member_count = ?, version = version + 1,"
	" updated_at = NOW() WHERE id = ?",
	[STMT_AMEND_SET_STATUS] =
	"UPDATE amendment SET status = ?, version = version + 1,"
	" status_since = NOW() WHERE id = ? AND version = ?",
	[STMT_STUDIO_EVENT_AMEND] =
	"INSERT INTO studio_event (studio_id, action, from_status, to_status,"
	" unit_id, cert_id, holder, reason, document_number, at)"
	" SELECT ?, 'amend', status, status, ?, ?, ?, ?, '', NOW()"
	" FROM studio WHERE id = ?",
	[STMT_AMEND_GET] =
	"SELECT m.id, m.studio_id, m.kind, m.status, m.version, m.reason,"
	" m.old_text, m.new_text,"
	" DATE_FORMAT(m.requested_at, '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(m.status_since, '%Y-%m-%d %H:%i:%s'), m.base_path,"
	" s.name, s.base_union_id, s.auditing_unit_id"
	" FROM amendment m JOIN studio s ON s.id = m.studio_id WHERE m.id = ?",
	[STMT_AMEND_REVIEWS] =
	"SELECT r.stage, r.unit_id, u.name, r.holder, r.decision, r.opinion,"
	" DATE_FORMAT(r.at, '%Y-%m-%d %H:%i:%s') FROM amendment_review r"
	" JOIN unit u ON u.id = r.unit_id WHERE r.amendment_id = ?"
	" ORDER BY r.id",
	[STMT_AMEND_PENDING] =
	"SELECT m.id, m.studio_id, m.status, s.name, s.naming_number, m.kind,"
	" DATE_FORMAT(m.status_since, '%Y-%m-%d %H:%i:%s'), COUNT(*) OVER ()"
	" FROM amendment m JOIN studio s ON s.id = m.studio_id"
	" WHERE (? = 1 AND m.status = 'audited')"
	" OR (? = 0 AND m.status = 'requested' AND s.auditing_unit_id = ?)"
	" ORDER BY m.status_since, m.id LIMIT 50",
	[STMT_MEMBER_GET] =
	"SELECT name, role, left_on FROM studio_member"
	" WHERE id = ? AND studio_id = ?",
	[STMT_MEMBER_ADD] =
	"INSERT INTO studio_member (studio_id, name, role, trade, title,"
	" joined_on) VALUES (?, ?, ?, ?, ?, ?)",
	[STMT_MEMBER_LEAVE] =
	"UPDATE studio_member SET left_on = ? WHERE id = ? AND studio_id = ?"
	" AND left_on IS NULL AND role <> '领衔人'",
	[STMT_MEMBERS_CURRENT] =
	"SELECT id, name, role FROM studio_member"
	" WHERE studio_id = ? AND left_on IS NULL ORDER BY id",
	[STMT_AMEND_OF_STUDIO] =
	"SELECT id, kind, status, DATE_FORMAT(requested_at, '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(status_since, '%Y-%m-%d %H:%i:%s'), new_text"
	" FROM amendment WHERE studio_id = ? ORDER BY id DESC LIMIT 100",
	/* 008: upgrade applications (upgrade.c) */
	[STMT_UPGRADE_ADD] =
	"INSERT INTO studio_upgrade (studio_id, open_studio_id, status,"
	" status_since, base_union_id, base_path, auditing_unit_id,"
	" honour_kind, honour_level, honour_year, awarding_body, statement,"
	" created_at)"
	" SELECT id, id, 'submitted', NOW(), base_union_id, base_path,"
	" auditing_unit_id, ?, ?, ?, ?, ?, NOW() FROM studio WHERE id = ?",
	/* status, version, studio, base union, auditing unit, base path */
	[STMT_UPGRADE_LOCK] =
	"SELECT status, version, studio_id, base_union_id, auditing_unit_id,"
	" base_path FROM studio_upgrade WHERE id = ? AND studio_id = ?"
	" FOR UPDATE",
	/* status, open (1 or 0), document, id, version */
	[STMT_UPGRADE_SET_STATUS] =
	"UPDATE studio_upgrade SET status = ?, version = version + 1,"
	" status_since = NOW(), open_studio_id = IF(? = 1, studio_id, NULL),"
	" document_number = IF(? = '', document_number, ?)"
	" WHERE id = ? AND version = ?",
	[STMT_UPGRADE_STEP_ADD] =
	"INSERT INTO studio_upgrade_step (upgrade_id, stage, action,"
	" from_status, to_status, unit_id, cert_id, holder, opinion,"
	" document_number, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	/* a studio's applications, newest first */
	[STMT_UPGRADE_OF_STUDIO] =
	"SELECT id, status, version, honour_kind, honour_level, honour_year,"
	" awarding_body, statement, document_number,"
	" DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(status_since, '%Y-%m-%d %H:%i:%s')"
	" FROM studio_upgrade WHERE studio_id = ? ORDER BY id DESC",
	[STMT_UPGRADE_STEPS] =
	"SELECT s.stage, s.action, s.from_status, s.to_status,"
	" DATE_FORMAT(s.at, '%Y-%m-%d %H:%i:%s'),"
	" u.id, u.code, u.kind, u.name, s.holder, s.opinion, s.document_number"
	" FROM studio_upgrade_step s JOIN unit u ON u.id = s.unit_id"
	" WHERE s.upgrade_id = ? ORDER BY s.id",
	/* whether the studio has an open application */
	[STMT_UPGRADE_OPEN] =
	"SELECT id FROM studio_upgrade WHERE open_studio_id = ?",
	/* the honour an upgraded studio was upgraded on */
	[STMT_UPGRADE_BASIS] =
	"SELECT id, honour_kind, honour_level, honour_year, awarding_body,"
	" document_number FROM studio_upgrade"
	" WHERE studio_id = ? AND status = 'upgraded' ORDER BY id DESC LIMIT 1",
	/*
	 * What waits for a unit: the district's submitted ones (its own
	 * auditing), the city's audited ones (city = 1).
	 */
	[STMT_UPGRADE_PENDING] =
	"SELECT g.id, g.studio_id, g.status, s.name, s.naming_number,"
	" g.honour_kind, DATE_FORMAT(g.status_since, '%Y-%m-%d %H:%i:%s'),"
	" COUNT(*) OVER ()"
	" FROM studio_upgrade g JOIN studio s ON s.id = g.studio_id"
	" WHERE (? = 1 AND g.status = 'audited')"
	" OR (? = 0 AND g.status = 'submitted' AND g.auditing_unit_id = ?)"
	" ORDER BY g.status_since, g.id LIMIT 50",
	[STMT_NOTICE_PUT] =
	"INSERT INTO notice (token, unit_id, text, made_at)"
	" VALUES (?, ?, ?, UTC_TIMESTAMP())",
	[STMT_NOTICE_PURGE] =
	"DELETE FROM notice WHERE made_at < UTC_TIMESTAMP() - INTERVAL 1 DAY",
	[STMT_NOTICE_GET] =
	"SELECT text FROM notice WHERE token = ? AND unit_id = ?",
	[STMT_NOTICE_DELETE] =
	"DELETE FROM notice WHERE token = ? AND unit_id = ?",
	/* the decision, its issuer */
	[STMT_DECISION_GET] =
	"SELECT d.id, d.document_number, DATE_FORMAT(d.decided_on, '%Y-%m-%d'),"
	" d.title, u.id, u.code, u.kind, u.name"
	" FROM naming_decision d JOIN unit u ON u.id = d.unit_id"
	" WHERE d.id = ?",
	/* the studios it named in the subtree with this path, by number */
	[STMT_DECISION_STUDIOS] =
	"SELECT s.id, s.naming_number, DATE_FORMAT(s.named_on, '%Y-%m-%d'),"
	" s.status, s.name, s.host_unit, s.leader_name,"
	" s.base_union_id, b.code, b.kind, b.name,"
	" s.auditing_unit_id, a.code, a.kind, a.name"
	" FROM studio s JOIN unit b ON b.id = s.base_union_id"
	" JOIN unit a ON a.id = s.auditing_unit_id"
	" WHERE s.decision_id = ? AND s.base_path LIKE CONCAT(?, '%')"
	" ORDER BY s.naming_number, s.id LIMIT 1000",
	/* the counts kept by the writes (tally, 012_tally.sql) */
	[STMT_UNIT_KEPT] =
	"SELECT n FROM tally WHERE what = 'unit' AND path = ? AND status = ''",
	[STMT_AUDIT_KEPT] =
	"SELECT audit_seq FROM meta WHERE id = 1",
	[STMT_REGISTRY_KEPT] =
	"SELECT COALESCE(SUM(t.n), 0) FROM tally t JOIN unit u ON u.path = t.path"
	" WHERE t.what = 'studio' AND u.parent_id IS NULL"
	" AND t.status IN ('active', 'key-support', 'supervised', 'upgraded')",
	/* the scope of a change: the path of the object's base union */
	[STMT_SCOPE_APPLICATION] =
	"SELECT base_path FROM application WHERE id = ?",
	[STMT_SCOPE_STUDIO] =
	"SELECT base_path FROM studio WHERE id = ?",
	[STMT_SCOPE_AMENDMENT] =
	"SELECT s.base_path FROM amendment a JOIN studio s ON s.id = a.studio_id"
	" WHERE a.id = ?",
	[STMT_SCOPE_UPGRADE] =
	"SELECT s.base_path FROM studio_upgrade g"
	" JOIN studio s ON s.id = g.studio_id WHERE g.id = ?",
	[STMT_SCOPE_CERT] =
	"SELECT u.path FROM cert c JOIN unit u ON u.id = c.unit_id"
	" WHERE c.id = ?",
	[STMT_SCOPE_UNIT] =
	"SELECT path FROM unit WHERE id = ?",
	[STMT_SCOPE_BUMP] =
	"UPDATE unit SET data_version = data_version + 1"
	" WHERE path IN (?, ?, ?, ?, ?, ?, ?, ?)",
	[STMT_SCOPE_BUMP_SUBTREE] =
	"UPDATE unit SET data_version = data_version + 1"
	" WHERE path LIKE CONCAT(?, '%')",
	[STMT_SCOPE_BUMP_ALL] =
	"UPDATE unit SET data_version = data_version + 1",
	[STMT_PUBLIC_BUMP] =
	"UPDATE meta SET public_version = public_version + 1 WHERE id = 1",
	[STMT_PUBLIC_VERSION] =
	"SELECT public_version FROM meta WHERE id = 1",
	/*
	 * The applications a unit lists (APP_FILTER without filters): all
	 * of its subtree, less those never recommended unless it is their
	 * base union.  The two ? are the unit's path.
	 */
	[STMT_APP_KEPT] =
	"SELECT COALESCE(SUM(IF(t.what = 'application', t.n, -t.n)), 0)"
	" FROM tally t WHERE t.path = ? AND (t.what = 'application'"
	" OR (t.what = 'app-private' AND NOT EXISTS (SELECT 1 FROM unit u"
	"  WHERE u.path = ? AND u.kind = 'base')))",
	[STMT_STUDIO_KEPT] =
	"SELECT COALESCE(SUM(n), 0) FROM tally WHERE what = 'studio' AND path = ?",
	/*
	 * The key before a page that a pager's link names (list.c,
	 * page_key): each list's key columns (text, then id) of the rows
	 * ahead of a key, behind it (in reverse) and from the end (in
	 * reverse), binding like the page after a key; read from the index
	 * only, never a whole row, and only when the link is followed.
	 */
	[STMT_UNIT_AHEAD] =
	UNIT_KEYS " AND u.path > ? ORDER BY u.path LIMIT ?",
	[STMT_UNIT_BEHIND] =
	UNIT_KEYS " AND u.path < ? ORDER BY u.path DESC LIMIT ?",
	[STMT_UNIT_LAST] =
	UNIT_KEYS " ORDER BY u.path DESC LIMIT ?",
	[STMT_APP_AHEAD] =
	APP_KEYS " AND (a.status_since < ? OR (a.status_since = ? AND a.id < ?))"
	" ORDER BY a.status_since DESC, a.id DESC LIMIT ?",
	[STMT_APP_BEHIND] =
	APP_KEYS " AND (a.status_since > ? OR (a.status_since = ? AND a.id > ?))"
	" ORDER BY a.status_since, a.id LIMIT ?",
	[STMT_APP_LAST] =
	APP_KEYS " ORDER BY a.status_since, a.id LIMIT ?",
	[STMT_STUDIO_AHEAD] =
	STUDIO_KEYS " AND (s.named_on < ? OR (s.named_on = ? AND s.id < ?))"
	" ORDER BY s.named_on DESC, s.id DESC LIMIT ?",
	[STMT_STUDIO_BEHIND] =
	STUDIO_KEYS " AND (s.named_on > ? OR (s.named_on = ? AND s.id > ?))"
	" ORDER BY s.named_on, s.id LIMIT ?",
	[STMT_STUDIO_LAST] =
	STUDIO_KEYS " ORDER BY s.named_on, s.id LIMIT ?",
	[STMT_AUDIT_AHEAD] =
	"SELECT id FROM audit WHERE id < ? ORDER BY id DESC LIMIT ?",
	[STMT_AUDIT_BEHIND] =
	"SELECT id FROM audit WHERE id > ? ORDER BY id LIMIT ?",
	[STMT_AUDIT_LAST] =
	"SELECT id FROM audit ORDER BY id LIMIT ?",
	[STMT_REGISTRY_AHEAD] =
	REGISTRY_KEYS " AND (s.named_on < ? OR (s.named_on = ? AND s.id < ?))"
	" ORDER BY s.named_on DESC, s.id DESC LIMIT ?",
	[STMT_REGISTRY_BEHIND] =
	REGISTRY_KEYS " AND (s.named_on > ? OR (s.named_on = ? AND s.id > ?))"
	" ORDER BY s.named_on, s.id LIMIT ?",
	[STMT_REGISTRY_LAST] =
	REGISTRY_KEYS " ORDER BY s.named_on, s.id LIMIT ?",
	/*
	 * Pages by key: the rows after the last one shown.  Those of the
	 * lists whose rows join only to the left are read directly, as is
	 * their first page (the deferred join of their pages by offset,
	 * which reads only the index up to the offset, costs a derived
	 * table here for nothing).
	 */
	[STMT_UNIT_AFTER] =
	UNIT_ROWS UNIT_FROM UNIT_FILTER " AND u.path > ? ORDER BY u.path LIMIT ?",
	[STMT_UNIT_FIRST] =
	UNIT_ROWS UNIT_FROM UNIT_FILTER " ORDER BY u.path LIMIT ?",
	[STMT_APP_AFTER] =
	APP_ROWS " FROM (SELECT a.id FROM application a" APP_FILTER
	"  AND (a.status_since < ? OR (a.status_since = ? AND a.id < ?))"
	"  ORDER BY a.status_since DESC, a.id DESC LIMIT ?) k" APP_JOIN,
	[STMT_STUDIO_AFTER] =
	STUDIO_ROWS " FROM (SELECT s.id FROM studio s" STUDIO_FILTER
	"  AND (s.named_on < ? OR (s.named_on = ? AND s.id < ?))"
	"  ORDER BY s.named_on DESC, s.id DESC LIMIT ?) k" STUDIO_JOIN,
	[STMT_AUDIT_AFTER] =
	AUDIT_ROWS AUDIT_FROM " WHERE a.id < ? ORDER BY a.id DESC LIMIT ?",
	[STMT_AUDIT_FIRST] =
	AUDIT_ROWS AUDIT_FROM " ORDER BY a.id DESC LIMIT ?",
	[STMT_REGISTRY_AFTER] =
	REGISTRY_ROWS " FROM (SELECT s.id FROM studio s" REGISTRY_FILTER
	"  AND (s.named_on < ? OR (s.named_on = ? AND s.id < ?))"
	"  ORDER BY s.named_on DESC, s.id DESC LIMIT ?) k" REGISTRY_JOIN,
	/* the annual assessment (assessment.c): the scheme */
	[STMT_SCHEME_GET] =
	"SELECT h.year, h.title, h.excellent_min, h.pass_min, h.excellent_cap,"
	" h.excellent_cap_unit, DATE_FORMAT(h.eligible_before, '%Y-%m-%d'),"
	" DATE_FORMAT(h.deadline, '%Y-%m-%d'), h.status, h.locked_at IS NOT NULL,"
	" h.version, (SELECT COALESCE(SUM(i.max_points), 0) FROM assessment_item i"
	"  WHERE i.year = h.year),"
	" (SELECT COUNT(*) FROM assessment_sheet s WHERE s.year = h.year),"
	" DATEDIFF(h.deadline, CURDATE())"
	" FROM assessment_scheme h WHERE h.year = ?",
	[STMT_SCHEME_LOCK] =
	"SELECT status, locked_at IS NOT NULL, version, excellent_min, pass_min,"
	" excellent_cap, excellent_cap_unit, DATE_FORMAT(deadline, '%Y-%m-%d')"
	" FROM assessment_scheme WHERE year = ? FOR UPDATE",
	[STMT_SCHEME_YEARS] =
	"SELECT year, status FROM assessment_scheme ORDER BY year DESC",
	[STMT_SCHEME_ITEMS] =
	"SELECT seq, code, title, criteria, max_points FROM assessment_item"
	" WHERE year = ? ORDER BY seq",
	[STMT_SCHEME_UPDATE] =
	"UPDATE assessment_scheme SET title = ?, excellent_min = ?, pass_min = ?,"
	" excellent_cap = ?, excellent_cap_unit = ?, eligible_before = ?,"
	" deadline = ?, version = version + 1, updated_at = NOW()"
	" WHERE year = ? AND version = ?",
	[STMT_SCHEME_ITEMS_CLEAR] =
	"DELETE FROM assessment_item WHERE year = ?",
	[STMT_SCHEME_ITEM_ADD] =
	"INSERT INTO assessment_item (year, seq, code, title, criteria,"
	" max_points) VALUES (?, ?, ?, ?, ?, ?)",
	[STMT_SCHEME_OPEN] =
	"UPDATE assessment_scheme SET status = 'open', opened_at = NOW(),"
	" version = version + 1, updated_at = NOW()"
	" WHERE year = ? AND version = ? AND status = 'draft'",
	/* each studio named before the scheme's date and not revoked or
	   upgraded has a sheet */
	[STMT_SCHEME_SHEETS] =
	"INSERT INTO assessment_sheet (studio_id, year, stage, stage_since,"
	" base_union_id, base_path, auditing_unit_id, summary, audit_opinion,"
	" grade_reason)"
	" SELECT s.id, h.year, 'self', NOW(), s.base_union_id, s.base_path,"
	" s.auditing_unit_id, '', '', '' FROM assessment_scheme h"
	" JOIN studio s ON s.named_on < h.eligible_before"
	"  AND s.status IN ('active', 'key-support', 'supervised')"
	" WHERE h.year = ?",
	[STMT_SCHEME_NEW_STUDIO] =
	"INSERT IGNORE INTO assessment_sheet (studio_id, year, stage,"
	" stage_since, base_union_id, base_path, auditing_unit_id, summary,"
	" audit_opinion, grade_reason)"
	" SELECT s.id, h.year, 'self', NOW(), s.base_union_id, s.base_path,"
	" s.auditing_unit_id, '', '', '' FROM studio s"
	" JOIN assessment_scheme h ON h.status = 'open'"
	"  AND s.named_on < h.eligible_before WHERE s.id = ?",
	/* a new year's scheme: a copy of the nearest year's, earlier first */
	[STMT_SCHEME_SOURCE] =
	"SELECT year FROM assessment_scheme"
	" ORDER BY year < ? DESC, ABS(CAST(year AS SIGNED) - ?) LIMIT 1",
	[STMT_SCHEME_COPY] =
	"INSERT INTO assessment_scheme (year, title, excellent_min, pass_min,"
	" excellent_cap, excellent_cap_unit, eligible_before, deadline, status,"
	" updated_at)"
	" SELECT ?, CONCAT(?, '年度长春市职工创新工作室考核'), excellent_min,"
	" pass_min, excellent_cap, excellent_cap_unit, MAKEDATE(?, 1),"
	" MAKEDATE(?, 1) + INTERVAL 1 YEAR - INTERVAL 1 DAY, 'draft', NOW()"
	" FROM assessment_scheme WHERE year = ?",
	[STMT_SCHEME_COPY_ITEMS] =
	"INSERT INTO assessment_item (year, seq, code, title, criteria,"
	" max_points) SELECT ?, seq, code, title, criteria, max_points"
	" FROM assessment_item WHERE year = ?",
	[STMT_SCHEME_LOCK_SET] =
	"UPDATE assessment_scheme SET locked_at = NOW()"
	" WHERE year = ? AND locked_at IS NULL",
	/* the sheet */
	[STMT_SHEET_GET] =
	"SELECT h.id, h.stage, h.version,"
	" DATE_FORMAT(h.stage_since, '%Y-%m-%d %H:%i:%s'), h.base_union_id,"
	" h.base_path, h.auditing_unit_id, h.summary, h.venue_area, h.staff,"
	" h.funds_fen, h.equipment, h.activity_hours, h.self_total,"
	" h.audit_total, h.audit_opinion, h.proposed_grade, h.grade,"
	" h.grade_reason, h.support_measure,"
	" DATE_FORMAT(h.support_on, '%Y-%m-%d'), h.award_result,"
	" DATE_FORMAT(h.award_on, '%Y-%m-%d'), s.name, s.naming_number,"
	" DATE_FORMAT(s.named_on, '%Y-%m-%d'), s.status, s.host_unit,"
	" s.leader_name, b.name, d.name"
	" FROM assessment_sheet h JOIN studio s ON s.id = h.studio_id"
	" JOIN unit b ON b.id = h.base_union_id"
	" JOIN unit d ON d.id = h.auditing_unit_id"
	" WHERE h.studio_id = ? AND h.year = ?",
	[STMT_SHEET_LOCK] =
	"SELECT h.id, h.stage, h.version, h.base_path, h.base_union_id,"
	" h.auditing_unit_id, h.proposed_grade, h.grade, h.support_measure,"
	" s.status, h.award_result, h.summary"
	" FROM assessment_sheet h JOIN studio s ON s.id = h.studio_id"
	" WHERE h.studio_id = ? AND h.year = ? FOR UPDATE",
	[STMT_SHEET_SCORES] =
	"SELECT i.code, i.seq, i.max_points, i.title, i.criteria, c.self_score,"
	" c.self_note, c.audit_score, c.audit_note FROM assessment_item i"
	" LEFT JOIN assessment_score c ON c.sheet_id = ? AND c.code = i.code"
	" WHERE i.year = ? ORDER BY i.seq",
	[STMT_SCORE_SELF] =
	"INSERT INTO assessment_score (sheet_id, code, self_score, self_note)"
	" VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
	" self_score = VALUES(self_score), self_note = VALUES(self_note)",
	[STMT_SCORE_AUDIT] =
	"INSERT INTO assessment_score (sheet_id, code, audit_score, audit_note)"
	" VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
	" audit_score = VALUES(audit_score), audit_note = VALUES(audit_note)",
	/* stage_since before stage: an UPDATE's SET runs left to right */
	[STMT_SHEET_SELF_SET] =
	"UPDATE assessment_sheet SET summary = ?, venue_area = ?, staff = ?,"
	" funds_fen = ?, equipment = ?, activity_hours = ?, self_total = ?,"
	" stage_since = IF(stage = ?, stage_since, NOW()), stage = ?,"
	" submitted_at = IF(stage = 'submitted', NOW(), submitted_at),"
	" version = version + 1 WHERE id = ? AND version = ?",
	[STMT_SHEET_AUDIT_SET] =
	"UPDATE assessment_sheet SET audit_total = ?, audit_opinion = ?,"
	" proposed_grade = ?, stage_since = IF(stage = 'scored', stage_since,"
	" NOW()), stage = 'scored', scored_at = NOW(), version = version + 1"
	" WHERE id = ? AND version = ?",
	[STMT_SHEET_STAGE_SET] =
	"UPDATE assessment_sheet SET stage_since = NOW(), stage = ?,"
	" filing_id = NULL, filed_at = NULL, version = version + 1"
	" WHERE id = ? AND version = ?",
	[STMT_SHEET_CONFIRM] =
	"UPDATE assessment_sheet SET grade = ?, grade_reason = ?,"
	" stage_since = IF(stage = 'confirmed', stage_since, NOW()),"
	" stage = 'confirmed', confirmed_at = NOW(), version = version + 1"
	" WHERE id = ? AND version = ?",
	[STMT_SHEET_SUPPORT] =
	"UPDATE assessment_sheet SET support_measure = ?, support_on = CURDATE(),"
	" version = version + 1 WHERE id = ? AND version = ?",
	[STMT_SHEET_AWARD] =
	"UPDATE assessment_sheet SET award_result = ?, award_on = CURDATE(),"
	" version = version + 1 WHERE id = ? AND version = ?",
	[STMT_SHEET_BUMP] =
	"UPDATE assessment_sheet SET version = version + 1"
	" WHERE id = ? AND version = ?",
	[STMT_SHEET_REVIEW_ADD] =
	"INSERT INTO assessment_review (sheet_id, stage, unit_id, cert_id,"
	" holder, decision, opinion, at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_SHEET_REVIEWS] =
	"SELECT r.stage, r.unit_id, u.name, r.holder, r.decision, r.opinion,"
	" DATE_FORMAT(r.at, '%Y-%m-%d %H:%i:%s') FROM assessment_review r"
	" JOIN unit u ON u.id = r.unit_id WHERE r.sheet_id = ? ORDER BY r.id",
	[STMT_SCOPE_SHEET] =
	"SELECT base_path FROM assessment_sheet WHERE id = ?",
	/* supervision of a failed studio */
	[STMT_SUPERVISION_GET] =
	"SELECT v.id, v.measures, DATE_FORMAT(v.due_on, '%Y-%m-%d'), v.outcome,"
	" DATE_FORMAT(v.closed_on, '%Y-%m-%d'), v.unit_id, u.name,"
	" DATE_FORMAT(v.created_at, '%Y-%m-%d %H:%i:%s')"
	" FROM supervision v JOIN unit u ON u.id = v.unit_id"
	" WHERE v.sheet_id = ?",
	[STMT_SUPERVISION_ADD] =
	"INSERT INTO supervision (sheet_id, studio_id, measures, due_on,"
	" unit_id, holder, created_at) VALUES (?, ?, ?, ?, ?, ?, NOW())",
	[STMT_SUPERVISION_CLOSE] =
	"UPDATE supervision SET outcome = ?, closed_on = CURDATE()"
	" WHERE sheet_id = ? AND closed_on IS NULL",
	[STMT_SUPERVISION_OPEN] =
	"SELECT v.id, v.studio_id, h.year, DATE_FORMAT(v.due_on, '%Y-%m-%d'),"
	" DATEDIFF(v.due_on, CURDATE()), s.name FROM supervision v"
	" JOIN assessment_sheet h ON h.id = v.sheet_id"
	" JOIN studio s ON s.id = v.studio_id"
	" WHERE v.closed_on IS NULL AND (? = 1 OR h.auditing_unit_id = ?)"
	" ORDER BY v.due_on, v.id LIMIT 50",
	/* the cap on 优秀: the year's sheets (of one auditing union, or all),
	   those graded 优秀 when filed or confirmed, and those of the union
	   given first scored 优秀 and not yet filed */
	[STMT_SHEET_CAP] =
	"SELECT COUNT(*),"
	" COALESCE(SUM(stage IN ('filed', 'confirmed')"
	"  AND COALESCE(grade, proposed_grade) = 'excellent'), 0),"
	" COALESCE(SUM(stage = 'scored' AND auditing_unit_id = ?"
	"  AND proposed_grade = 'excellent'), 0)"
	" FROM assessment_sheet WHERE year = ? AND (? = 0 OR auditing_unit_id = ?)",
	/* the filings */
	[STMT_FILING_UNITS] =
	"SELECT h.auditing_unit_id, u.name, COUNT(*),"
	" SUM(h.stage = 'self' AND s.status <> 'revoked'),"
	" SUM(h.stage = 'submitted' AND s.status <> 'revoked'),"
	" SUM(h.stage = 'scored'),"
	" SUM(h.stage = 'filed'), SUM(h.stage = 'confirmed'),"
	" SUM(h.stage IN ('filed', 'confirmed')"
	"  AND COALESCE(h.grade, h.proposed_grade) = 'excellent'),"
	" SUM(h.stage IN ('filed', 'confirmed')"
	"  AND COALESCE(h.grade, h.proposed_grade) = 'pass'),"
	" SUM(h.stage IN ('filed', 'confirmed')"
	"  AND COALESCE(h.grade, h.proposed_grade) = 'fail'),"
	" MAX(f.id), DATE_FORMAT(MAX(f.filed_at), '%Y-%m-%d %H:%i:%s'),"
	" MAX(f.holder), DATE_FORMAT(MAX(f.acknowledged_at), '%Y-%m-%d %H:%i:%s')"
	" FROM assessment_sheet h JOIN unit u ON u.id = h.auditing_unit_id"
	" JOIN studio s ON s.id = h.studio_id"
	" LEFT JOIN assessment_filing f ON f.year = h.year"
	"  AND f.auditing_unit_id = h.auditing_unit_id"
	" WHERE h.year = ? AND h.base_path LIKE CONCAT(?, '%')"
	" GROUP BY h.auditing_unit_id, u.name, u.path ORDER BY u.path",
	[STMT_FILING_UNFINISHED] =
	"SELECT h.id, h.studio_id, h.stage, s.name FROM assessment_sheet h"
	" JOIN studio s ON s.id = h.studio_id WHERE h.year = ?"
	" AND h.auditing_unit_id = ? AND h.stage IN ('self', 'submitted')"
	" AND s.status <> 'revoked' AND h.base_path LIKE CONCAT(?, '%')"
	" ORDER BY s.name, h.id LIMIT 20",
	[STMT_FILING_SHEETS] =
	"SELECT id, studio_id FROM assessment_sheet WHERE year = ?"
	" AND auditing_unit_id = ? AND stage = ? ORDER BY id FOR UPDATE",
	[STMT_FILING_UPSERT] =
	"INSERT INTO assessment_filing (year, auditing_unit_id, sheets,"
	" excellent, passed, failed, filed_at, cert_id, holder)"
	" VALUES (?, ?, ?, ?, ?, ?, NOW(), ?, ?) ON DUPLICATE KEY UPDATE"
	" sheets = VALUES(sheets), excellent = VALUES(excellent),"
	" passed = VALUES(passed), failed = VALUES(failed), filed_at = NOW(),"
	" cert_id = VALUES(cert_id), holder = VALUES(holder),"
	" acknowledged_at = NULL, ack_cert_id = NULL, ack_holder = NULL",
	[STMT_FILING_GET] =
	"SELECT id, acknowledged_at IS NOT NULL FROM assessment_filing"
	" WHERE year = ? AND auditing_unit_id = ? FOR UPDATE",
	[STMT_FILING_FILE_SHEETS] =
	"UPDATE assessment_sheet SET stage_since = NOW(), stage = 'filed',"
	" filing_id = ?, filed_at = NOW(), version = version + 1"
	" WHERE year = ? AND auditing_unit_id = ? AND stage = 'scored'",
	[STMT_FILING_ACK] =
	"UPDATE assessment_filing SET acknowledged_at = NOW(), ack_cert_id = ?,"
	" ack_holder = ? WHERE id = ? AND acknowledged_at IS NULL",
	[STMT_FILING_CONFIRM_SHEETS] =
	"UPDATE assessment_sheet SET grade = proposed_grade, stage_since = NOW(),"
	" stage = 'confirmed', confirmed_at = NOW(), version = version + 1"
	" WHERE year = ? AND auditing_unit_id = ? AND stage = 'filed'",
	[STMT_FILING_GRADES] =
	"SELECT COUNT(*), COALESCE(SUM(COALESCE(grade, proposed_grade)"
	"  = 'excellent'), 0), COALESCE(SUM(COALESCE(grade, proposed_grade)"
	"  = 'pass'), 0), COALESCE(SUM(COALESCE(grade, proposed_grade)"
	"  = 'fail'), 0) FROM assessment_sheet WHERE year = ?"
	" AND auditing_unit_id = ? AND stage IN ('scored', 'filed', 'confirmed')",
	/* leaders of 优秀 studios for the city's award recommendations */
	[STMT_SHEET_AWARDS] =
	"SELECT h.id, h.studio_id, s.leader_name, h.award_result,"
	" DATE_FORMAT(h.award_on, '%Y-%m-%d'), s.name FROM assessment_sheet h"
	" JOIN studio s ON s.id = h.studio_id WHERE h.year = ?"
	" AND h.stage = 'confirmed' AND h.grade = 'excellent'"
	" ORDER BY s.name, h.id LIMIT 500",
	/*
	 * The to-do page: what of the year waits for the unit, each read
	 * from an index (025_assessment_todo.sql).  A base union's
	 * self-checks; an auditing union's sheets to score and to file (and
	 * the city's, should it audit some): submitted, scored, all, its
	 * filings; the city's: filed to confirm, excellent without a
	 * support measure (028_support_due.sql), filings not acknowledged.
	 */
	[STMT_SHEET_DUE_BASE] =
	"SELECT COUNT(*) FROM assessment_sheet h"
	" JOIN studio s ON s.id = h.studio_id"
	" WHERE h.base_union_id = ? AND h.year = ? AND h.stage = 'self'"
	" AND s.status <> 'revoked'",
	[STMT_SHEET_DUE_AUDIT] =
	"SELECT COALESCE(SUM(h.stage = 'submitted' AND s.status <> 'revoked'),"
	"  0), COALESCE(SUM(h.stage = 'scored'), 0), COUNT(h.id),"
	" (SELECT COUNT(*) FROM assessment_filing f WHERE f.year = ?"
	"  AND f.auditing_unit_id = ?)"
	" FROM assessment_sheet h JOIN studio s ON s.id = h.studio_id"
	" WHERE h.auditing_unit_id = ? AND h.year = ?",
	[STMT_SHEET_DUE_CITY] =
	"SELECT (SELECT COUNT(*) FROM assessment_sheet"
	"  WHERE year = ? AND stage = 'filed'),"
	" (SELECT COUNT(*) FROM assessment_sheet h"
	"  JOIN studio s ON s.id = h.studio_id WHERE h.support_due = ?"
	"  AND s.status IN ('active', 'supervised')),"
	" (SELECT COUNT(*) FROM assessment_filing f WHERE f.year = ?"
	"  AND f.acknowledged_at IS NULL)",
	[STMT_SCHEME_NEWEST_OPEN] =
	"SELECT year, DATE_FORMAT(deadline, '%Y-%m-%d'),"
	" DATEDIFF(deadline, CURDATE()) FROM assessment_scheme"
	" WHERE status = 'open' ORDER BY year DESC LIMIT 1",
	/* three failed years: the studios whose newest three filed sheets
	   failed (studio_fail_run, kept by 027's triggers), then each one's
	   filed grades, the newest first */
	[STMT_FAIL_CANDIDATES] =
	"SELECT s.id, s.name FROM studio_fail_run f"
	" JOIN studio s ON s.id = f.studio_id WHERE f.n >= 3"
	" AND s.status IN ('active', 'key-support', 'supervised')"
	" ORDER BY s.id LIMIT 200",
	[STMT_STUDIO_FILED_GRADES] =
	"SELECT year, COALESCE(grade, proposed_grade), id FROM assessment_sheet"
	" WHERE studio_id = ? AND stage IN ('filed', 'confirmed')"
	" ORDER BY year DESC",
	[STMT_STUDIO_SHEETS] =
	"SELECT year, stage, self_total, audit_total, proposed_grade, grade,"
	" DATE_FORMAT(filed_at, '%Y-%m-%d %H:%i:%s') FROM assessment_sheet"
	" WHERE studio_id = ? ORDER BY year",
	/* the list of sheets a unit sees */
	[STMT_SHEET_COUNT] =
	"SELECT COUNT(*) FROM (SELECT 1 FROM assessment_sheet h"
	" JOIN studio s ON s.id = h.studio_id" SHEET_FILTER " LIMIT ?) k",
	[STMT_SHEET_PAGE] =
	SHEET_ROWS " FROM (SELECT h.id FROM assessment_sheet h"
	" JOIN studio s ON s.id = h.studio_id" SHEET_FILTER
	"  ORDER BY h.year DESC, s.named_on, h.id LIMIT ? OFFSET ?) k"
	SHEET_JOIN,
	/* the subsidy ledger (funding.c) */
	[STMT_FUND_ADD] =
	"INSERT INTO fund (year, funder_id, funder_path, title, budget_fen,"
	" document_number, decided_on, cert_id, holder, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_FUND_COUNT] =
	"SELECT COUNT(*) FROM (SELECT 1 FROM fund f" FUND_FILTER " LIMIT ?) k",
	[STMT_FUND_PAGE] =
	FUND_ROWS " FROM (SELECT f.id FROM fund f" FUND_FILTER
	"  ORDER BY f.year DESC, f.id DESC LIMIT ? OFFSET ?) k" FUND_JOIN,
	[STMT_FUND_GET] =
	"SELECT f.id, f.year, f.version, f.funder_id, u.name, f.funder_path,"
	" f.title, f.budget_fen, f.granted_fen,"
	" (SELECT COALESCE(SUM(g.spent_fen), 0) FROM subsidy_grant g"
	"  WHERE g.fund_id = f.id), f.document_number,"
	" DATE_FORMAT(f.decided_on, '%Y-%m-%d')"
	" FROM fund f JOIN unit u ON u.id = f.funder_id WHERE f.id = ?",
	[STMT_FUND_LOCK] =
	"SELECT funder_id, funder_path, budget_fen, granted_fen, version, year"
	" FROM fund WHERE id = ? FOR UPDATE",
	[STMT_FUND_GRANTED] =
	"UPDATE fund SET granted_fen = granted_fen + ?, version = version + 1"
	" WHERE id = ?",
	[STMT_FUND_DISTRICTS] =
	"SELECT g.auditing_unit_id, u.name, COUNT(*), SUM(g.amount_fen),"
	" SUM(g.spent_fen) FROM subsidy_grant g"
	" JOIN unit u ON u.id = g.auditing_unit_id"
	" WHERE g.fund_id = ? AND g.base_path LIKE CONCAT(?, '%')"
	" GROUP BY g.auditing_unit_id, u.name, u.path ORDER BY u.path",
	[STMT_FUND_GRANTS] =
	"SELECT g.id, g.studio_id, g.amount_fen, g.spent_fen, g.basis,"
	" g.project_id, g.document_number, DATE_FORMAT(g.decided_on, '%Y-%m-%d'),"
	" s.name, s.naming_number, g.auditing_unit_id, u.name, g.basis_text"
	" FROM subsidy_grant g JOIN studio s ON s.id = g.studio_id"
	" JOIN unit u ON u.id = g.auditing_unit_id"
	" WHERE g.fund_id = ? AND g.base_path LIKE CONCAT(?, '%')"
	" ORDER BY g.id LIMIT 2000",
	[STMT_FUND_ELIGIBLE] =
	"SELECT s.id, s.naming_number, s.name FROM studio s"
	" WHERE s.base_path LIKE CONCAT(?, '%')"
	" AND s.status IN ('active', 'key-support', 'supervised')"
	" ORDER BY s.named_on, s.id LIMIT 2000",
	[STMT_FUND_PROJECTS] =
	"SELECT p.id, p.studio_id, p.level, p.title FROM research_project p"
	" JOIN studio s ON s.id = p.studio_id WHERE p.important = 1"
	" AND s.base_path LIKE CONCAT(?, '%')"
	" AND s.status IN ('active', 'key-support', 'supervised')"
	" AND (p.end_on IS NULL OR p.end_on >= CURDATE())"
	" ORDER BY p.id LIMIT 2000",
	[STMT_FUND_YEARS] =
	"SELECT DISTINCT year FROM fund ORDER BY year DESC",
	/* a grant */
	[STMT_GRANT_STUDIO] =
	"SELECT status, base_path, auditing_unit_id, name FROM studio"
	" WHERE id = ? FOR UPDATE",
	[STMT_PROJECT_GET] =
	"SELECT studio_id, important, end_on IS NULL OR end_on >= CURDATE()"
	" FROM research_project WHERE id = ?",
	[STMT_GRANT_ADD] =
	"INSERT INTO subsidy_grant (fund_id, studio_id, base_path,"
	" auditing_unit_id, amount_fen, basis, basis_text, project_id,"
	" document_number, decided_on, unit_id, cert_id, holder, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_GRANT_LOCK] =
	"SELECT g.studio_id, g.amount_fen, g.spent_fen, g.base_path,"
	" s.base_union_id FROM subsidy_grant g JOIN studio s ON s.id = g.studio_id"
	" WHERE g.id = ? FOR UPDATE",
	[STMT_GRANT_SPENT] =
	"UPDATE subsidy_grant SET spent_fen = spent_fen + ?, version = version + 1"
	" WHERE id = ?",
	/* spending */
	[STMT_SPEND_ADD] =
	"INSERT INTO spending (grant_id, studio_id, base_path, purpose,"
	" purpose_text, amount_fen, spent_on, description, reverses_id, unit_id,"
	" cert_id, holder, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_SPEND_GET] =
	"SELECT sp.grant_id, sp.studio_id, sp.purpose, sp.purpose_text,"
	" sp.amount_fen, DATE_FORMAT(sp.spent_on, '%Y-%m-%d'), sp.reverses_id"
	" FROM spending sp WHERE sp.id = ?",
	/* a studio's funding */
	[STMT_FUNDING_STUDIO] =
	"SELECT s.id, s.naming_number, s.status, s.name, s.base_union_id, b.name,"
	" s.auditing_unit_id, d.name, s.base_path FROM studio s"
	" JOIN unit b ON b.id = s.base_union_id"
	" JOIN unit d ON d.id = s.auditing_unit_id WHERE s.id = ?",
	[STMT_STUDIO_GRANTS] =
	"SELECT g.id, g.fund_id, f.year, g.amount_fen, g.spent_fen, g.basis,"
	" g.project_id, g.document_number, DATE_FORMAT(g.decided_on, '%Y-%m-%d'),"
	" f.title, f.funder_id, u.name, g.basis_text"
	" FROM subsidy_grant g JOIN fund f ON f.id = g.fund_id"
	" JOIN unit u ON u.id = f.funder_id WHERE g.studio_id = ? ORDER BY g.id",
	[STMT_STUDIO_SPENDING] =
	"SELECT sp.id, sp.grant_id, sp.purpose, sp.purpose_text, sp.amount_fen,"
	" DATE_FORMAT(sp.spent_on, '%Y-%m-%d'), sp.reverses_id,"
	" EXISTS (SELECT 1 FROM spending r WHERE r.reverses_id = sp.id),"
	" DATE_FORMAT(sp.created_at, '%Y-%m-%d %H:%i:%s'), sp.holder,"
	" sp.description FROM spending sp WHERE sp.studio_id = ?"
	" ORDER BY sp.grant_id, sp.id",
	[STMT_STUDIO_PURPOSES] =
	"SELECT purpose, SUM(amount_fen) FROM spending WHERE studio_id = ?"
	" GROUP BY purpose",
	[STMT_STUDIO_FUNDS_YEAR] =
	"SELECT COALESCE(SUM(g.amount_fen), 0), COALESCE(SUM(g.spent_fen), 0)"
	" FROM subsidy_grant g JOIN fund f ON f.id = g.fund_id"
	" WHERE g.studio_id = ? AND f.year = ?",
	[STMT_PROJECT_ADD] =
	"INSERT INTO research_project (studio_id, title, level, source,"
	" start_on, end_on, important, unit_id, cert_id, holder, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_STUDIO_PROJECTS] =
	"SELECT id, title, level, source, DATE_FORMAT(start_on, '%Y-%m-%d'),"
	" DATE_FORMAT(end_on, '%Y-%m-%d'), important FROM research_project"
	" WHERE studio_id = ? ORDER BY start_on DESC, id DESC",
	/* the year's report per auditing union of a subtree */
	[STMT_REPORT_FUNDS] =
	"SELECT COUNT(*), COALESCE(SUM(budget_fen), 0) FROM fund WHERE year = ?"
	" AND (? LIKE CONCAT(funder_path, '%') OR funder_path LIKE CONCAT(?, '%'))",
	[STMT_REPORT_UNITS] =
	"SELECT g.auditing_unit_id, u.name, COUNT(DISTINCT g.studio_id),"
	" COUNT(*), SUM(g.amount_fen), SUM(g.spent_fen)"
	" FROM subsidy_grant g JOIN fund f ON f.id = g.fund_id"
	" JOIN unit u ON u.id = g.auditing_unit_id"
	" WHERE f.year = ? AND g.base_path LIKE CONCAT(?, '%')"
	" GROUP BY g.auditing_unit_id, u.name, u.path ORDER BY u.path",
	[STMT_REPORT_PURPOSES] =
	"SELECT g.auditing_unit_id, sp.purpose, SUM(sp.amount_fen)"
	" FROM spending sp JOIN subsidy_grant g ON g.id = sp.grant_id"
	" JOIN fund f ON f.id = g.fund_id"
	" WHERE f.year = ? AND g.base_path LIKE CONCAT(?, '%')"
	" GROUP BY g.auditing_unit_id, sp.purpose",
	[STMT_SCOPE_FUND] =
	"SELECT funder_path FROM fund WHERE id = ?",
	[STMT_SCOPE_GRANT] =
	"SELECT base_path FROM subsidy_grant WHERE id = ?",
	[STMT_SCOPE_SPENDING] =
	"SELECT base_path FROM spending WHERE id = ?",
	/* attachments (attach.c) */
	[STMT_ATTACH_INSERT] =
	"INSERT INTO attachment (owner_type, owner_id, base_path, name, type,"
	" size, sha256, unit_id, cert_id, holder, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_ATTACH_GET] =
	"SELECT id, base_path, name, type, size, sha256 FROM attachment"
	" WHERE id = ?",
	[STMT_ATTACH_LIST] =
	"SELECT id, name, type, size, DATE_FORMAT(created_at,"
	" '%Y-%m-%d %H:%i:%s'), holder FROM attachment"
	" WHERE owner_type = ? AND owner_id = ? ORDER BY id LIMIT 200",
	/* studioctl attach-verify: every stored content once, then one */
	[STMT_ATTACH_ALL] =
	"SELECT sha256, MIN(size), MAX(size) FROM attachment GROUP BY sha256"
	" ORDER BY sha256",
	[STMT_ATTACH_HASH] =
	"SELECT COUNT(*) FROM attachment WHERE sha256 = ?",
	/* the showcase (achievement.c) */
	[STMT_ACH_STUDIO] =
	"SELECT status, base_path, base_union_id, auditing_unit_id, industry"
	" FROM studio WHERE id = ?",
	[STMT_ACH_ADD] =
	"INSERT INTO achievement (studio_id, base_path, auditing_unit_id,"
	" industry, status, status_since, title, kind, form, patent_number,"
	" problem, benefits, value_fen, year, people, created_at)"
	" VALUES (?, ?, ?, ?, 'draft', NOW(), ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_ACH_LOCK] =
	"SELECT a.status, a.version, a.base_path, s.base_union_id,"
	" a.auditing_unit_id, a.studio_id FROM achievement a"
	" JOIN studio s ON s.id = a.studio_id WHERE a.id = ? FOR UPDATE",
	[STMT_ACH_SAVE] =
	"UPDATE achievement SET title = ?, kind = ?, form = ?, patent_number = ?,"
	" problem = ?, benefits = ?, value_fen = ?, year = ?, people = ?,"
	" version = version + 1 WHERE id = ? AND version = ?",
	[STMT_ACH_STATUS] =
	"UPDATE achievement SET status = ?, status_since = NOW(),"
	" published_at = IF(? = 'published', NOW(), published_at), reason = ?,"
	" version = version + 1 WHERE id = ? AND version = ?",
	[STMT_ACH_BUMP] =
	"UPDATE achievement SET version = version + 1 WHERE id = ? AND version = ?",
	[STMT_ACH_REVIEW_ADD] =
	"INSERT INTO achievement_review (achievement_id, stage, unit_id, cert_id,"
	" holder, decision, opinion, at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_ACH_REVIEWS] =
	"SELECT r.stage, r.unit_id, u.name, r.holder, r.decision, r.opinion,"
	" DATE_FORMAT(r.at, '%Y-%m-%d %H:%i:%s') FROM achievement_review r"
	" JOIN unit u ON u.id = r.unit_id WHERE r.achievement_id = ?"
	" ORDER BY r.id",
	[STMT_ACH_GET] =
	"SELECT a.id, a.studio_id, a.status, a.version,"
	" DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(a.published_at, '%Y-%m-%d %H:%i:%s'), a.kind, a.form,"
	" a.year, a.value_fen, a.title, a.patent_number, a.problem, a.benefits,"
	" a.people, a.reason, a.base_path, s.naming_number, s.status, s.name,"
	" s.base_union_id, b.name, a.auditing_unit_id, d.name, s.host_unit,"
	" a.industry FROM achievement a JOIN studio s ON s.id = a.studio_id"
	" JOIN unit b ON b.id = s.base_union_id"
	" JOIN unit d ON d.id = a.auditing_unit_id WHERE a.id = ?",
	[STMT_ADOPT_ADD] =
	"INSERT INTO adoption (achievement_id, unit_name, industry, region,"
	" adopted_on, effect, unit_id, holder, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_ADOPTIONS] =
	"SELECT id, unit_name, industry, region,"
	" DATE_FORMAT(adopted_on, '%Y-%m-%d'), effect FROM adoption"
	" WHERE achievement_id = ? ORDER BY adopted_on, id",
	[STMT_ACH_NEW_STUDIOS] =
	"SELECT id, naming_number, name FROM studio WHERE base_union_id = ?"
	" AND status IN ('active', 'key-support', 'supervised', 'upgraded')"
	" ORDER BY named_on, id",
	[STMT_ACH_COUNT] =
	"SELECT COUNT(*) FROM (SELECT 1 FROM achievement a" ACH_FILTER " LIMIT ?) k",
	[STMT_ACH_PAGE] =
	ACH_ROWS " FROM (SELECT a.id FROM achievement a" ACH_FILTER
	"  ORDER BY a.status_since DESC, a.id DESC LIMIT ? OFFSET ?) k" ACH_JOIN,
	[STMT_ACH_TEXTS] =
	"SELECT id, title, patent_number, problem, benefits, people"
	" FROM achievement WHERE id > ? ORDER BY id LIMIT ?",
	[STMT_ACH_TERMS_CLEAR] =
	"DELETE FROM achievement_term WHERE achievement_id = ?",
	/* ACH_TERM_ROWS pairs (term, achievement): a short list repeats its
	   last pair, which IGNORE takes once */
	[STMT_ACH_TERMS_ADD] =
	"INSERT IGNORE INTO achievement_term (term, achievement_id) VALUES"
	" (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?),"
	" (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?)",
	/*
	 * The XML exports (export.c): path scope, then (year, year), 0 all.
	 * Each reads its table in the order of its primary key, the others
	 * joined to it, so that rows go out as they are read: no temporary
	 * table of the whole export, sorted before the first row.
	 */
	[STMT_EXPORT_APPLICATIONS] =
	"SELECT a.id, a.status, DATE_FORMAT(a.filled_on, '%Y-%m-%d'),"
	" a.base_union_id, b.name, a.name, a.host_unit, a.industry, a.field,"
	" a.member_count, DATE_FORMAT(a.founded_on, '%Y-%m-%d'),"
	" a.leader_name, a.leader_title, a.leader_specialty,"
	" a.naming_number, DATE_FORMAT(a.named_on, '%Y-%m-%d'), a.overview,"
	" a.goals, a.achievements_summary, a.honours,"
	" DATE_FORMAT(a.created_at, '%Y-%m-%dT%H:%i:%s+08:00')"
	" FROM application a FORCE INDEX (PRIMARY)"
	" STRAIGHT_JOIN unit b ON b.id = a.base_union_id"
	" WHERE a.base_path LIKE CONCAT(?, '%')"
	" AND (a.first_recommended_at IS NOT NULL OR a.base_path = ?)"
	" AND (? = 0 OR YEAR(COALESCE(a.filled_on, a.created_at)) = ?)"
	" ORDER BY a.id",
	[STMT_EXPORT_STUDIOS] =
	"SELECT s.id, s.naming_number, s.status,"
	" DATE_FORMAT(s.named_on, '%Y-%m-%d'),"
	" DATE_FORMAT(s.revoked_on, '%Y-%m-%d'), s.base_union_id, b.name,"
	" s.auditing_unit_id, d.name, s.name, s.host_unit, s.industry,"
	" s.field, s.member_count, s.leader_name, s.leader_title,"
	" s.leader_specialty, s.overview, s.goals, s.achievements_summary,"
	" s.application_id"
	" FROM studio s FORCE INDEX (PRIMARY)"
	" STRAIGHT_JOIN unit b ON b.id = s.base_union_id"
	" STRAIGHT_JOIN unit d ON d.id = s.auditing_unit_id"
	" WHERE s.base_path LIKE CONCAT(?, '%')"
	" AND (? = 0 OR YEAR(s.named_on) = ?) ORDER BY s.id",
	[STMT_EXPORT_SHEETS] =
	"SELECT h.id, h.studio_id, h.year, h.stage, h.self_total,"
	" h.audit_total, h.proposed_grade, h.grade,"
	" DATE_FORMAT(h.filed_at, '%Y-%m-%dT%H:%i:%s+08:00'),"
	" DATE_FORMAT(h.confirmed_at, '%Y-%m-%dT%H:%i:%s+08:00'), s.name,"
	" h.auditing_unit_id, d.name, h.summary, h.audit_opinion,"
	" h.support_measure, h.award_result, h.venue_area, h.staff,"
	" h.funds_fen, h.activity_hours"
	" FROM assessment_sheet h FORCE INDEX (PRIMARY)"
	" STRAIGHT_JOIN studio s ON s.id = h.studio_id"
	" STRAIGHT_JOIN unit d ON d.id = h.auditing_unit_id"
	" WHERE h.base_path LIKE CONCAT(?, '%')"
	" AND (? = 0 OR h.year = ?) ORDER BY h.id",
	[STMT_EXPORT_GRANTS] =
	"SELECT g.id, g.fund_id, f.title, g.studio_id, s.name, g.amount_fen,"
	" g.spent_fen, g.basis, g.basis_text, g.document_number,"
	" DATE_FORMAT(g.decided_on, '%Y-%m-%d'), g.project_id"
	" FROM subsidy_grant g FORCE INDEX (PRIMARY)"
	" STRAIGHT_JOIN fund f ON f.id = g.fund_id"
	" STRAIGHT_JOIN studio s ON s.id = g.studio_id"
	" WHERE g.base_path LIKE CONCAT(?, '%')"
	" AND (? = 0 OR YEAR(g.decided_on) = ?) ORDER BY g.id",
	[STMT_EXPORT_SPENDING] =
	"SELECT p.id, p.grant_id, p.studio_id, p.purpose, p.purpose_text,"
	" p.amount_fen, DATE_FORMAT(p.spent_on, '%Y-%m-%d'), p.reverses_id,"
	" p.description"
	" FROM spending p FORCE INDEX (PRIMARY)"
	" WHERE p.base_path LIKE CONCAT(?, '%')"
	" AND (? = 0 OR YEAR(p.spent_on) = ?) ORDER BY p.id",
	[STMT_EXPORT_ACHIEVEMENTS] =
	"SELECT a.id, a.studio_id, s.name, a.status, a.kind, a.form, a.year,"
	" DATE_FORMAT(a.published_at, '%Y-%m-%dT%H:%i:%s+08:00'), a.value_fen,"
	" a.title, a.patent_number, a.problem, a.benefits, a.people,"
	" a.reason"
	" FROM achievement a FORCE INDEX (PRIMARY)"
	" STRAIGHT_JOIN studio s ON s.id = a.studio_id"
	" WHERE a.base_path LIKE CONCAT(?, '%')"
	" AND (a.status <> 'draft' OR a.base_path = ?)"
	" AND (? = 0 OR a.year = ?) ORDER BY a.id",
	/* how many records have a term, to SEARCH_RARE */
	[STMT_SEARCH_TERM_ROWS] =
	"SELECT COUNT(*) FROM (SELECT 1 FROM achievement_term"
	" WHERE term = ? LIMIT ?) k",
	/* an achievement's terms follow its place on the showcase */
	[STMT_ACH_TERMS_RELIST] =
	"UPDATE achievement_term t SET t.listed_at = (SELECT a.published_at"
	" FROM achievement a JOIN studio s ON s.id = a.studio_id"
	" WHERE a.id = t.achievement_id AND a.status = 'published'"
	" AND s.status <> 'revoked') WHERE t.achievement_id = ?",
	[STMT_ACH_TERMS_RELIST_STUDIO] =
	"UPDATE achievement_term t SET t.listed_at = (SELECT a.published_at"
	" FROM achievement a JOIN studio s ON s.id = a.studio_id"
	" WHERE a.id = t.achievement_id AND a.status = 'published'"
	" AND s.status <> 'revoked') WHERE t.achievement_id IN"
	" (SELECT a.id FROM achievement a WHERE a.studio_id = ?)",
	[STMT_SCOPE_ACHIEVEMENT] =
	"SELECT base_path FROM achievement WHERE id = ?",
	/* the public showcase */
	[STMT_PUB_ACH_COUNT] =
	PUB_ACH_HINT "SELECT COUNT(*) FROM (SELECT 1" PUB_ACH_FROM PUB_ACH_FILTER
	" LIMIT ?) k",
	[STMT_PUB_ACH_PAGE] =
	PUB_ACH_HINT PUB_ACH_ROWS " FROM (SELECT t.achievement_id AS id"
	PUB_ACH_FROM PUB_ACH_FILTER
	"  ORDER BY t.listed_at DESC, t.achievement_id DESC LIMIT ? OFFSET ?) k"
	PUB_ACH_JOIN,
	[STMT_PUB_ACH_AFTER] =
	PUB_ACH_HINT PUB_ACH_ROWS " FROM (SELECT t.achievement_id AS id"
	PUB_ACH_FROM PUB_ACH_FILTER
	"  AND (t.listed_at < ? OR (t.listed_at = ? AND t.achievement_id < ?))"
	"  ORDER BY t.listed_at DESC, t.achievement_id DESC LIMIT ?) k"
	PUB_ACH_JOIN,
	[STMT_PUB_ACH_AHEAD] =
	PUB_ACH_HINT PUB_ACH_KEYS " AND (t.listed_at < ? OR (t.listed_at = ?"
	" AND t.achievement_id < ?))"
	" ORDER BY t.listed_at DESC, t.achievement_id DESC LIMIT ?",
	[STMT_PUB_ACH_BEHIND] =
	PUB_ACH_HINT PUB_ACH_KEYS " AND (t.listed_at > ? OR (t.listed_at = ?"
	" AND t.achievement_id > ?))"
	" ORDER BY t.listed_at, t.achievement_id LIMIT ?",
	[STMT_PUB_ACH_LAST] =
	PUB_ACH_HINT PUB_ACH_KEYS
	" ORDER BY t.listed_at, t.achievement_id LIMIT ?",
	[STMT_PUB_ACH_GET] =
	"SELECT a.id, a.kind, a.form, a.year,"
	" DATE_FORMAT(a.published_at, '%Y-%m-%d %H:%i:%s'), a.value_fen,"
	" a.title, a.patent_number, s.id, s.naming_number, s.name, s.host_unit,"
	" a.auditing_unit_id, d.name, a.industry, a.problem, a.benefits, a.people"
	" FROM achievement a JOIN studio s ON s.id = a.studio_id"
	" JOIN unit d ON d.id = a.auditing_unit_id"
	" WHERE a.id = ? AND a.status = 'published' AND s.status <> 'revoked'",
	[STMT_PUB_PHOTOS] =
	"SELECT id, name, type FROM attachment WHERE owner_type = 'achievement'"
	" AND owner_id = ? AND type IN ('image/jpeg', 'image/png') ORDER BY id",
	/*
	 * A photo the public site may show: of a published achievement of
	 * a studio not revoked, or of a publicity event on the public
	 * site (public, held by today); nothing else.
	 */
	[STMT_PUB_PHOTO] =
	"SELECT t.sha256, t.type, t.name FROM attachment t"
	" WHERE t.id = ? AND t.type IN ('image/jpeg', 'image/png')"
	" AND ((t.owner_type = 'achievement' AND EXISTS (SELECT 1"
	"   FROM achievement a JOIN studio s ON s.id = a.studio_id"
	"   WHERE a.id = t.owner_id AND a.status = 'published'"
	"   AND s.status <> 'revoked'))"
	"  OR (t.owner_type = 'event' AND EXISTS (SELECT 1"
	"   FROM publicity_event e WHERE e.id = t.owner_id"
	"   AND e.public = 1 AND e.held_on <= CURDATE())))",
	[STMT_PUB_STUDIO_ACH] =
	"SELECT id, year, kind, title FROM achievement WHERE studio_id = ?"
	" AND status = 'published' ORDER BY published_at DESC, id DESC LIMIT 100",
	[STMT_FEED_ACH] =
	"SELECT a.id, DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(a.published_at, '%Y-%m-%d'), a.title, s.name,"
	" LEFT(a.benefits, 120) FROM achievement a"
	" JOIN studio s ON s.id = a.studio_id WHERE a.status = 'published'"
	" AND s.status <> 'revoked' ORDER BY a.published_at DESC, a.id DESC"
	" LIMIT 50",
	/* leader training (training.c) */
	[STMT_TRAINING_ADD] =
	"INSERT INTO training (organiser_id, organiser_path, title, starts_on,"
	" ends_on, place, hours, cert_id, holder, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_TRAINING_COUNT] =
	"SELECT COUNT(*) FROM (SELECT 1 FROM training t" TRAINING_FILTER
	" LIMIT ?) k",
	[STMT_TRAINING_PAGE] =
	"SELECT t.id, DATE_FORMAT(t.starts_on, '%Y-%m-%d'),"
	" DATE_FORMAT(t.ends_on, '%Y-%m-%d'), t.hours, t.organiser_id, u.name,"
	" t.title, t.place,"
	" (SELECT COUNT(*) FROM training_invitee i WHERE i.training_id = t.id),"
	" (SELECT COUNT(*) FROM training_invitee i WHERE i.training_id = t.id"
	"  AND i.attended = 1)"
	" FROM (SELECT t.id FROM training t" TRAINING_FILTER
	"  ORDER BY t.starts_on DESC, t.id DESC LIMIT ? OFFSET ?) k"
	" JOIN training t ON t.id = k.id JOIN unit u ON u.id = t.organiser_id"
	" ORDER BY t.starts_on DESC, t.id DESC",
	[STMT_TRAINING_GET] =
	"SELECT t.id, t.version, t.organiser_id, u.name, t.organiser_path,"
	" t.title, DATE_FORMAT(t.starts_on, '%Y-%m-%d'),"
	" DATE_FORMAT(t.ends_on, '%Y-%m-%d'), t.place, t.hours,"
	" t.starts_on <= CURDATE()"
	" FROM training t JOIN unit u ON u.id = t.organiser_id WHERE t.id = ?",
	[STMT_TRAINING_LOCK] =
	"SELECT organiser_id, organiser_path, version, starts_on <= CURDATE()"
	" FROM training WHERE id = ? FOR UPDATE",
	[STMT_TRAINING_BUMP] =
	"UPDATE training SET version = version + 1 WHERE id = ?",
	[STMT_TRAINING_STUDIO] =
	"SELECT s.status, s.base_path, s.leader_name, s.name FROM studio s"
	" WHERE s.id = ?",
	[STMT_TRAINING_INVITE] =
	"INSERT INTO training_invitee (training_id, studio_id, base_path,"
	" leader_name, unit_id, cert_id, holder, invited_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_TRAINING_INVITEES] =
	"SELECT i.studio_id, s.naming_number, s.name, s.host_unit,"
	" i.leader_name, i.attended, s.base_union_id, b.name"
	" FROM training_invitee i JOIN studio s ON s.id = i.studio_id"
	" JOIN unit b ON b.id = s.base_union_id"
	" WHERE i.training_id = ? AND i.base_path LIKE CONCAT(?, '%')"
	" ORDER BY i.base_path, i.id LIMIT 2000",
	[STMT_TRAINING_ALL_INVITEES] =
	"SELECT studio_id FROM training_invitee WHERE training_id = ?"
	" ORDER BY id",
	[STMT_TRAINING_ATTEND] =
	"UPDATE training_invitee SET attended = ?, recorded_at = NOW()"
	" WHERE training_id = ? AND studio_id = ?",
	[STMT_TRAINING_ELIGIBLE] =
	"SELECT s.id, s.naming_number, s.name, s.leader_name FROM studio s"
	" WHERE s.base_path LIKE CONCAT(?, '%') AND" TRAINING_ACTIVE
	" AND NOT EXISTS (SELECT 1 FROM training_invitee i"
	"  WHERE i.training_id = ? AND i.studio_id = s.id)"
	" ORDER BY s.base_path, s.named_on, s.id LIMIT 2000",
	[STMT_TRAINING_YEARS] =
	"SELECT DISTINCT YEAR(starts_on) FROM training"
	" ORDER BY YEAR(starts_on) DESC LIMIT 50",
	[STMT_STUDIO_TRAININGS] =
	"SELECT t.id, t.title, DATE_FORMAT(t.starts_on, '%Y-%m-%d'),"
	" DATE_FORMAT(t.ends_on, '%Y-%m-%d'), t.hours, t.organiser_id, u.name,"
	" i.leader_name, i.attended"
	" FROM training_invitee i JOIN training t ON t.id = i.training_id"
	" JOIN unit u ON u.id = t.organiser_id WHERE i.studio_id = ?"
	" ORDER BY t.starts_on DESC, t.id DESC LIMIT 100",
	/* the studios of a subtree whose leader attended nothing that year */
	[STMT_TRAINING_TODO] =
	"SELECT s.id, s.naming_number, s.name, s.leader_name FROM studio s"
	" WHERE s.base_path LIKE CONCAT(?, '%') AND" TRAINING_ACTIVE
	" AND NOT EXISTS (SELECT 1 FROM training_invitee i"
	"  JOIN training t ON t.id = i.training_id WHERE i.studio_id = s.id"
	"  AND i.attended = 1 AND i.leader_name = s.leader_name"
	"  AND t.starts_on BETWEEN ? AND ?)"
	" ORDER BY s.named_on, s.id LIMIT 50",
	/*
	 * How many of them: the subtree's studios in those states (kept in
	 * the tally, 012_tally.sql) less those whose leader attended one
	 * this year, read from the year's trainings and their invitees,
	 * not from every studio.
	 */
	[STMT_TRAINING_TODO_COUNT] =
	"SELECT (SELECT COALESCE(SUM(n), 0) FROM tally WHERE what = 'studio'"
	"  AND path = ? AND status IN " TRAINING_STATES ")"
	" - (SELECT COUNT(DISTINCT s.id) FROM training t"
	"  JOIN training_invitee i ON i.training_id = t.id AND i.attended = 1"
	"  JOIN studio s ON s.id = i.studio_id AND s.leader_name = i.leader_name"
	"  WHERE t.starts_on BETWEEN ? AND ?"
	"  AND s.base_path LIKE CONCAT(?, '%') AND" TRAINING_ACTIVE ")",
	[STMT_SCOPE_TRAINING] =
	"SELECT organiser_path FROM training WHERE id = ?",
	/* publicity events (training.c) */
	[STMT_EVENT_ADD] =
	"INSERT INTO publicity_event (organiser_id, organiser_path, kind,"
	" held_on, title, host_studio_id, host_unit_id, summary, public,"
	" ever_public, cert_id, holder, created_at, updated_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(), NOW())",
	[STMT_EVENT_COUNT] =
	"SELECT COUNT(*) FROM (SELECT 1 FROM publicity_event e" EVENT_FILTER
	" LIMIT ?) k",
	[STMT_EVENT_PAGE] =
	"SELECT e.id, DATE_FORMAT(e.held_on, '%Y-%m-%d'), e.kind, e.title,"
	" e.organiser_id, u.name, e.public,"
	" (SELECT COUNT(*) FROM publicity_event_studio p WHERE p.event_id = e.id),"
	EVENT_HOST
	" JOIN (SELECT e.id FROM publicity_event e" EVENT_FILTER
	"  ORDER BY e.held_on DESC, e.id DESC LIMIT ? OFFSET ?) k ON k.id = e.id"
	" JOIN unit u ON u.id = e.organiser_id"
	" ORDER BY e.held_on DESC, e.id DESC",
	[STMT_EVENT_GET] =
	"SELECT e.id, e.version, e.organiser_id, u.name, e.organiser_path,"
	" e.kind, DATE_FORMAT(e.held_on, '%Y-%m-%d'), e.title, e.host_studio_id,"
	" e.host_unit_id, e.summary, e.public,"
	EVENT_HOST
	" JOIN unit u ON u.id = e.organiser_id WHERE e.id = ?",
	[STMT_EVENT_LOCK] =
	"SELECT organiser_id, organiser_path, version, public"
	" FROM publicity_event WHERE id = ? FOR UPDATE",
	[STMT_EVENT_UPDATE] =
	"UPDATE publicity_event SET kind = ?, held_on = ?, title = ?,"
	" host_studio_id = ?, host_unit_id = ?, summary = ?, public = ?,"
	" ever_public = ever_public OR ?, version = version + 1,"
	" updated_at = NOW() WHERE id = ?",
	[STMT_EVENT_BUMP] =
	"UPDATE publicity_event SET version = version + 1, updated_at = NOW()"
	" WHERE id = ?",
	[STMT_EVENT_STUDIO_ADD] =
	"INSERT INTO publicity_event_studio (event_id, studio_id, unit_id,"
	" holder, created_at) VALUES (?, ?, ?, ?, NOW())",
	[STMT_EVENT_STUDIOS] =
	"SELECT s.id, s.naming_number, s.name, s.host_unit, s.status"
	" FROM publicity_event_studio p JOIN studio s ON s.id = p.studio_id"
	" WHERE p.event_id = ? ORDER BY p.created_at, s.id LIMIT 500",
	[STMT_EVENT_CHOICES] =
	"SELECT s.id, s.naming_number, s.name FROM studio s"
	" WHERE s.base_path LIKE CONCAT(?, '%') AND" TRAINING_ACTIVE
	" ORDER BY s.base_path, s.named_on, s.id LIMIT 2000",
	[STMT_EVENT_UNITS] =
	"SELECT id, name FROM unit WHERE (id = ? OR parent_id = ?) AND active = 1"
	" ORDER BY depth, path LIMIT 200",
	[STMT_EVENT_UNIT] =
	"SELECT path FROM unit WHERE id = ? AND active = 1",
	[STMT_PUBLIC_EVENT_COUNT] =
	"SELECT COUNT(*) FROM publicity_event e"
	" WHERE e.public = 1 AND e.held_on <= CURDATE()",
	[STMT_PUBLIC_EVENT_PAGE] =
	"SELECT e.id, DATE_FORMAT(e.held_on, '%Y-%m-%d'), e.kind, e.title,"
	" u.name, e.summary,"
	" CASE WHEN hs.status = 'revoked' THEN NULL ELSE hs.id END,"
	EVENT_HOST
	" JOIN unit u ON u.id = e.organiser_id"
	" WHERE e.public = 1 AND e.held_on <= CURDATE()"
	" ORDER BY e.held_on DESC, e.id DESC LIMIT ? OFFSET ?",
	[STMT_PUBLIC_EVENT_STUDIOS] =
	"SELECT s.id, s.name FROM publicity_event_studio p"
	" JOIN studio s ON s.id = p.studio_id"
	" WHERE p.event_id = ? AND s.status <> 'revoked'"
	" ORDER BY p.created_at, s.id LIMIT 500",
	/* the path, and whether the public site showed it ever */
	[STMT_SCOPE_EVENT] =
	"SELECT organiser_path, ever_public FROM publicity_event WHERE id = ?",
	/* a studio's collaboration links (training.c) */
	[STMT_LINK_STUDIO] =
	"SELECT base_union_id, base_path, status FROM studio WHERE id = ?"
	" FOR UPDATE",
	[STMT_LINK_TARGET] =
	"SELECT status, name, base_union_id FROM studio WHERE id = ?",
	[STMT_LINK_ADD] =
	"INSERT INTO studio_link (studio_id, base_path, kind, linked_studio_id,"
	" linked_name, note, unit_id, cert_id, holder, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())",
	[STMT_LINK_REMOVE] =
	"UPDATE studio_link SET removed_at = NOW() WHERE id = ?"
	" AND studio_id = ? AND removed_at IS NULL",
	[STMT_STUDIO_LINKS] =
	"SELECT l.id, l.kind, l.linked_studio_id, COALESCE(s.name, l.linked_name),"
	" l.note, s.status, s.naming_number,"
	" DATE_FORMAT(l.created_at, '%Y-%m-%d %H:%i:%s')"
	" FROM studio_link l LEFT JOIN studio s ON s.id = l.linked_studio_id"
	" WHERE l.studio_id = ? AND l.removed_at IS NULL ORDER BY l.id LIMIT 100",
	/* the photos of a public event, for the public site */
	[STMT_PUBLIC_EVENT_PHOTOS] =
	"SELECT id, name, type FROM attachment WHERE owner_type = 'event'"
	" AND owner_id = ? AND type IN ('image/jpeg', 'image/png')"
	" ORDER BY id LIMIT 50",
	/*
	 * The dossier (dossier.c): the studio's achievements that left the
	 * draft, oldest first; every stored file of the studio's records
	 * (assessment sheets, spending entries, achievements that left the
	 * draft) with the record it belongs to and a line that names it.
	 */
	[STMT_DOSSIER_ACHIEVEMENTS] =
	"SELECT id FROM achievement WHERE studio_id = ? AND status <> 'draft'"
	" ORDER BY id LIMIT 200",
	[STMT_DOSSIER_ATTACHMENTS] =
	"SELECT t.id, t.owner_type, t.owner_id, t.name, t.type, t.size,"
	" t.sha256, DATE_FORMAT(t.created_at, '%Y-%m-%d %H:%i:%s'), t.holder,"
	" CONCAT(h.year, '') FROM attachment t"
	" JOIN assessment_sheet h ON h.id = t.owner_id"
	" WHERE t.owner_type = 'assessment' AND h.studio_id = ?"
	" UNION ALL SELECT t.id, t.owner_type, t.owner_id, t.name, t.type,"
	" t.size, t.sha256, DATE_FORMAT(t.created_at, '%Y-%m-%d %H:%i:%s'),"
	" t.holder, p.description FROM attachment t"
	" JOIN spending p ON p.id = t.owner_id"
	" WHERE t.owner_type = 'spending' AND p.studio_id = ?"
	" UNION ALL SELECT t.id, t.owner_type, t.owner_id, t.name, t.type,"
	" t.size, t.sha256, DATE_FORMAT(t.created_at, '%Y-%m-%d %H:%i:%s'),"
	" t.holder, a.title FROM attachment t"
	" JOIN achievement a ON a.id = t.owner_id"
	" WHERE t.owner_type = 'achievement' AND a.studio_id = ?"
	" AND a.status <> 'draft'"
	" ORDER BY 1 LIMIT 1000",
	/* ------------------------------------------------------- reports */
	/*
	 * The year's reports (report.c): each figure an aggregate over the
	 * subtree of the unit's path (bound as the LIKE prefix), grouped in
	 * the database, a few statements a report.
	 */
	/* the year's funds seen by the unit, granted within its subtree:
	   id, title, funder, budget, grants, granted, spent */
	[STMT_RPT_FUND_LIST] =
	"SELECT f.id, f.title, u.name, f.budget_fen, COUNT(g.id),"
	" COALESCE(SUM(g.amount_fen), 0), COALESCE(SUM(g.spent_fen), 0)"
	" FROM fund f JOIN unit u ON u.id = f.funder_id"
	" LEFT JOIN subsidy_grant g ON g.fund_id = f.id"
	"  AND g.base_path LIKE CONCAT(?, '%')"
	" WHERE f.year = ? AND (? LIKE CONCAT(f.funder_path, '%')"
	"  OR f.funder_path LIKE CONCAT(?, '%'))"
	" GROUP BY f.id, f.title, u.name, f.budget_fen, u.path"
	" ORDER BY u.path, f.id LIMIT 200",
	/* the year's grants by basis: basis, grants, granted, spent */
	[STMT_RPT_BASES] =
	"SELECT g.basis, COUNT(*), SUM(g.amount_fen), SUM(g.spent_fen)"
	" FROM subsidy_grant g JOIN fund f ON f.id = g.fund_id"
	" WHERE f.year = ? AND g.base_path LIKE CONCAT(?, '%')"
	" GROUP BY g.basis",
	/* the year's scheme: title, deadline, thresholds, status, past due */
	[STMT_RPT_SCHEME] =
	"SELECT title, DATE_FORMAT(deadline, '%Y-%m-%d'), excellent_min,"
	" pass_min, status, CURDATE() > deadline"
	" FROM assessment_scheme WHERE year = ?",
	[STMT_RPT_SCHEME_YEARS] =
	"SELECT year FROM assessment_scheme ORDER BY year DESC LIMIT 50",
	/*
	 * The year's sheets per auditing union: id, name, sheets, graded
	 * 优秀, 合格, 不合格 (the city's grade, else the filed proposal; a
	 * sheet not filed has none), confirmed, the filing's date and its
	 * acknowledgement, whether it was filed by the deadline.
	 */
	[STMT_RPT_GRADES] =
	"SELECT s.auditing_unit_id, u.name, COUNT(*),"
	" SUM(s.stage IN ('filed', 'confirmed')"
	"  AND COALESCE(s.grade, s.proposed_grade) = 'excellent'),"
	" SUM(s.stage IN ('filed', 'confirmed')"
	"  AND COALESCE(s.grade, s.proposed_grade) = 'pass'),"
	" SUM(s.stage IN ('filed', 'confirmed')"
	"  AND COALESCE(s.grade, s.proposed_grade) = 'fail'),"
	" SUM(s.stage = 'confirmed'),"
	" DATE_FORMAT(f.filed_at, '%Y-%m-%d'),"
	" DATE_FORMAT(f.acknowledged_at, '%Y-%m-%d'),"
	" DATE(f.filed_at) <= sc.deadline"
	" FROM assessment_sheet s JOIN unit u ON u.id = s.auditing_unit_id"
	" JOIN assessment_scheme sc ON sc.year = s.year"
	" LEFT JOIN assessment_filing f ON f.year = s.year"
	"  AND f.auditing_unit_id = s.auditing_unit_id"
	" WHERE s.year = ? AND s.base_path LIKE CONCAT(?, '%')"
	" GROUP BY s.auditing_unit_id, u.name, u.path, f.filed_at,"
	"  f.acknowledged_at, sc.deadline ORDER BY u.path",
	/* key support of the year: studio, name, union, since, measure */
	[STMT_RPT_SUPPORT] =
	"SELECT st.id, st.name, u.name, DATE_FORMAT(s.support_on, '%Y-%m-%d'),"
	" s.support_measure"
	" FROM assessment_sheet s JOIN studio st ON st.id = s.studio_id"
	" JOIN unit u ON u.id = s.auditing_unit_id"
	" WHERE s.year = ? AND s.base_path LIKE CONCAT(?, '%')"
	" AND s.support_measure IS NOT NULL"
	" ORDER BY u.path, st.id LIMIT 1000",
	/* supervision of the year's 不合格: studio, name, union, since, due,
	   closed, measures */
	[STMT_RPT_SUPERVISED] =
	"SELECT st.id, st.name, u.name, DATE_FORMAT(v.created_at, '%Y-%m-%d'),"
	" DATE_FORMAT(v.due_on, '%Y-%m-%d'), DATE_FORMAT(v.closed_on, '%Y-%m-%d'),"
	" v.measures"
	" FROM supervision v JOIN assessment_sheet s ON s.id = v.sheet_id"
	" JOIN studio st ON st.id = s.studio_id"
	" JOIN unit u ON u.id = s.auditing_unit_id"
	" WHERE s.year = ? AND s.base_path LIKE CONCAT(?, '%')"
	" ORDER BY u.path, st.id LIMIT 1000",
	/* the year's revocations: studio, name, union, on, document, reason */
	[STMT_RPT_REVOKED] =
	"SELECT st.id, st.name, u.name, DATE_FORMAT(e.at, '%Y-%m-%d'),"
	" e.document_number, e.reason"
	" FROM studio st JOIN studio_event e ON e.studio_id = st.id"
	"  AND e.action = 'revoke'"
	" JOIN unit u ON u.id = st.auditing_unit_id"
	" WHERE st.base_path LIKE CONCAT(?, '%') AND st.status = 'revoked'"
	" AND YEAR(e.at) = ? ORDER BY e.at, st.id LIMIT 1000",
	/* namings per year up to the year's end: year, studios named */
	[STMT_RPT_NAMINGS] =
	"SELECT YEAR(s.named_on), COUNT(*) FROM studio s"
	" WHERE s.base_path LIKE CONCAT(?, '%') AND s.named_on <= ?"
	" GROUP BY YEAR(s.named_on) ORDER BY 1",
	/* revocations per year up to the year's end: year, studios */
	[STMT_RPT_REVOCATIONS] =
	"SELECT YEAR(s.revoked_on), COUNT(*) FROM studio s"
	" WHERE s.base_path LIKE CONCAT(?, '%') AND s.status = 'revoked'"
	" AND s.revoked_on <= ? GROUP BY YEAR(s.revoked_on) ORDER BY 1",
	/* the targets of the unit's own scope (the city's are the city-wide
	   ones): year, studios, deadline */
	[STMT_RPT_TARGETS] =
	"SELECT t.year, t.studios, DATE_FORMAT(t.deadline, '%Y-%m-%d')"
	" FROM progress_target t LEFT JOIN unit u ON u.id = t.unit_id"
	" WHERE (t.unit_id IS NULL AND ? = 1) OR u.path = ?"
	" ORDER BY t.year LIMIT 100",
	/*
	 * Per auditing union of the scope (or above it): id, name, kind,
	 * named in the year, in force at its end, the union's target of
	 * the year.  Binds: year, end, end, scope, year, scope, scope.
	 */
	[STMT_RPT_UNITS] =
	"SELECT u.id, u.name, u.kind,"
	" COALESCE(SUM(YEAR(s.named_on) = ?), 0),"
	" COALESCE(SUM(s.named_on <= ? AND (s.revoked_on IS NULL"
	"  OR s.revoked_on > ?)), 0), t.studios"
	" FROM unit u LEFT JOIN studio s ON s.auditing_unit_id = u.id"
	"  AND s.base_path LIKE CONCAT(?, '%')"
	" LEFT JOIN progress_target t ON t.unit_id = u.id AND t.year = ?"
	" WHERE u.depth = 1 AND (u.path LIKE CONCAT(?, '%')"
	"  OR ? LIKE CONCAT(u.path, '%'))"
	" GROUP BY u.id, u.name, u.kind, u.path, t.studios ORDER BY u.path",
	/* studios in force at the year's end by industry: code, name, count */
	[STMT_RPT_INDUSTRIES] =
	"SELECT COALESCE(s.industry, ''), COALESCE(MIN(c.name), ''), COUNT(*)"
	" FROM studio s LEFT JOIN code_industry c ON c.code = s.industry"
	" WHERE s.base_path LIKE CONCAT(?, '%') AND s.named_on <= ?"
	" AND (s.revoked_on IS NULL OR s.revoked_on > ?)"
	" GROUP BY s.industry ORDER BY 1",
	/* the same by type (a studio may be of several): type, count */
	[STMT_RPT_TYPES] =
	"SELECT t.type, COUNT(*) FROM studio s"
	" JOIN studio_type t ON t.studio_id = s.id"
	" LEFT JOIN code_studio_type c ON c.code = t.type"
	" WHERE s.base_path LIKE CONCAT(?, '%') AND s.named_on <= ?"
	" AND (s.revoked_on IS NULL OR s.revoked_on > ?)"
	" GROUP BY t.type ORDER BY MIN(c.seq), t.type",
	/* rankings (ranking.c) */
	[STMT_RANK_NOW] =
	"SELECT DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(sc.deadline, '%Y-%m-%d'), sc.status"
	" FROM (SELECT 1 AS one) x LEFT JOIN assessment_scheme sc ON sc.year = ?",
	[STMT_RANK_YEARS] =
	"SELECT year FROM assessment_scheme ORDER BY year DESC LIMIT 50",
	/* the auditing unions of a subtree (or above a base union), each with
	   its filing of the year and its sheets, filed or not */
	[STMT_RANK_FILINGS] =
	"SELECT u.id, u.code, u.name,"
	" DATE_FORMAT(f.filed_at, '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(f.acknowledged_at, '%Y-%m-%d %H:%i:%s'),"
	" COALESCE(c.n, 0), COALESCE(c.filed, 0),"
	" DATEDIFF(f.filed_at, sc.deadline)"
	" FROM unit u LEFT JOIN assessment_scheme sc ON sc.year = ?"
	" LEFT JOIN assessment_filing f ON f.auditing_unit_id = u.id"
	" AND f.year = ?"
	" LEFT JOIN (SELECT auditing_unit_id, COUNT(*) AS n,"
	" SUM(stage IN ('filed', 'confirmed')) AS filed FROM assessment_sheet"
	" WHERE year = ? AND base_path LIKE CONCAT(?, '%')"
	" GROUP BY auditing_unit_id) c ON c.auditing_unit_id = u.id"
	" WHERE u.depth = 1 AND (u.path LIKE CONCAT(?, '%')"
	" OR ? LIKE CONCAT(u.path, '%')) ORDER BY u.path",
	[STMT_RANK_STUDIO_SUMS] =
	"SELECT COUNT(*), COALESCE(SUM(sh.audit_total), 0),"
	" COALESCE(SUM(" RANK_ACH "), 0), COALESCE(SUM(" RANK_ADOPT "), 0),"
	" COALESCE(SUM(" RANK_SPENT "), 0),"
	" COALESCE(SUM(" RANK_GRADE " = 'excellent'), 0),"
	" COALESCE(SUM(" RANK_GRADE " = 'pass'), 0),"
	" COALESCE(SUM(" RANK_GRADE " = 'fail'), 0)"
	RANK_STUDIO_FROM,
	/* ranked by the total (RANK: ties share, the next is skipped), shown
	   by the total, then more achievements, then named first, then id */
	[STMT_RANK_STUDIO_PAGE] =
	"SELECT s.id, s.naming_number, s.name, s.host_unit, s.industry,"
	" sh.auditing_unit_id, au.name, sh.audit_total, " RANK_GRADE ","
	" sh.stage, " RANK_ACH " AS ach, " RANK_ADOPT ", " RANK_SPENT ","
	" RANK() OVER (ORDER BY sh.audit_total DESC),"
	" DATE_FORMAT(s.named_on, '%Y-%m-%d'), s.status"
	" FROM assessment_sheet sh JOIN studio s ON s.id = sh.studio_id"
	" JOIN unit au ON au.id = sh.auditing_unit_id"
	" WHERE sh.year = ? AND sh.stage IN ('filed', 'confirmed')"
	" AND sh.audit_total IS NOT NULL AND sh.base_path LIKE CONCAT(?, '%')"
	" AND (? = 0 OR sh.auditing_unit_id = ?)"
	" AND (? = '' OR s.industry = ?)"
	" AND (? = '' OR EXISTS (SELECT 1 FROM studio_type st"
	" WHERE st.studio_id = s.id AND st.type = ?))"
	" ORDER BY sh.audit_total DESC, ach DESC, s.named_on, s.id"
	" LIMIT ? OFFSET ?",
	/*
	 * The auditing unions of a subtree and what is asked of them in a
	 * year, each figure aggregated once by union.  Binds: the year
	 * (scheme), the year (filing), the year and path (sheets); the
	 * year's first day and the next's three times and the path (named,
	 * and not revoked by the year's end); the year (target); the days
	 * and the path (achievements); the same (adoptions); the year and
	 * the path (grants); the days and the path (training); the path
	 * twice (the unions).
	 */
	[STMT_RANK_UNITS] =
	"SELECT u.id, u.code, u.name,"
	" DATE_FORMAT(f.filed_at, '%Y-%m-%d %H:%i:%s'),"
	" DATE_FORMAT(f.acknowledged_at, '%Y-%m-%d %H:%i:%s'),"
	" DATEDIFF(f.filed_at, sc.deadline),"
	" COALESCE(sh.n, 0), COALESCE(sh.filed, 0), COALESCE(sh.exc, 0),"
	" COALESCE(sh.fail, 0), COALESCE(st.named, 0), COALESCE(st.total, 0),"
	" pt.studios, COALESCE(ac.n, 0), COALESCE(ad.n, 0),"
	" COALESCE(gr.granted, 0), COALESCE(gr.spent, 0), COALESCE(tr.n, 0)"
	" FROM unit u LEFT JOIN assessment_scheme sc ON sc.year = ?"
	" LEFT JOIN assessment_filing f ON f.auditing_unit_id = u.id"
	" AND f.year = ?"
	" LEFT JOIN (SELECT auditing_unit_id AS a, COUNT(*) AS n,"
	" SUM(stage IN ('filed', 'confirmed')) AS filed,"
	" SUM(stage IN ('filed', 'confirmed')"
	" AND COALESCE(grade, proposed_grade) = 'excellent') AS exc,"
	" SUM(stage IN ('filed', 'confirmed')"
	" AND COALESCE(grade, proposed_grade) = 'fail') AS fail"
	" FROM assessment_sheet WHERE year = ? AND base_path LIKE CONCAT(?, '%')"
	" GROUP BY auditing_unit_id) sh ON sh.a = u.id"
	" LEFT JOIN (SELECT auditing_unit_id AS a,"
	" SUM(named_on >= ? AND named_on < ?) AS named,"
	" COUNT(*) AS total FROM studio WHERE status <> 'revoked'"
	" AND named_on < ? AND base_path LIKE CONCAT(?, '%')"
	" GROUP BY auditing_unit_id) st ON st.a = u.id"
	" LEFT JOIN progress_target pt ON pt.year = ? AND pt.unit_id = u.id"
	" LEFT JOIN (SELECT auditing_unit_id AS a, COUNT(*) AS n"
	" FROM achievement WHERE status = 'published' AND published_at >= ?"
	" AND published_at < ? AND base_path LIKE CONCAT(?, '%')"
	" GROUP BY auditing_unit_id) ac ON ac.a = u.id"
	" LEFT JOIN (SELECT a.auditing_unit_id AS a, COUNT(*) AS n"
	" FROM adoption d JOIN achievement a ON a.id = d.achievement_id"
	" WHERE a.status = 'published' AND d.adopted_on >= ?"
	" AND d.adopted_on < ? AND a.base_path LIKE CONCAT(?, '%')"
	" GROUP BY a.auditing_unit_id) ad ON ad.a = u.id"
	" LEFT JOIN (SELECT g.auditing_unit_id AS a, SUM(g.amount_fen) AS granted,"
	" SUM(g.spent_fen) AS spent FROM subsidy_grant g"
	" JOIN fund fd ON fd.id = g.fund_id WHERE fd.year = ?"
	" AND g.base_path LIKE CONCAT(?, '%')"
	" GROUP BY g.auditing_unit_id) gr ON gr.a = u.id"
	" LEFT JOIN (SELECT s.auditing_unit_id AS a,"
	" COUNT(DISTINCT ti.studio_id) AS n FROM training_invitee ti"
	" JOIN training t ON t.id = ti.training_id"
	" JOIN studio s ON s.id = ti.studio_id WHERE ti.attended = 1"
	" AND t.starts_on >= ? AND t.starts_on < ?"
	" AND ti.base_path LIKE CONCAT(?, '%')"
	" GROUP BY s.auditing_unit_id) tr ON tr.a = u.id"
	" WHERE u.depth = 1 AND (u.path LIKE CONCAT(?, '%')"
	" OR ? LIKE CONCAT(u.path, '%')) ORDER BY u.path",
	[STMT_BACKUP_LOGBIN] =
	"SELECT @@GLOBAL.log_bin",
	[STMT_RESTORE_OBJECTS] =
	"SELECT (SELECT COUNT(*) FROM information_schema.TABLES"
	" WHERE TABLE_SCHEMA = DATABASE())"
	" + (SELECT COUNT(*) FROM information_schema.ROUTINES"
	" WHERE ROUTINE_SCHEMA = DATABASE())",
	/* 1 when binary logging keeps this user from creating triggers
	   and routines (ER_BINLOG_CREATE_ROUTINE_NEED_SUPER). */
	[STMT_RESTORE_TRIGGERS_BLOCKED] =
	"SELECT @@GLOBAL.log_bin = 1"
	" AND @@GLOBAL.log_bin_trust_function_creators = 0"
	" AND NOT EXISTS (SELECT 1 FROM information_schema.USER_PRIVILEGES"
	" WHERE PRIVILEGE_TYPE = 'SUPER' AND GRANTEE = CONCAT('''',"
	" SUBSTRING_INDEX(CURRENT_USER(), '@', 1), '''@''',"
	" SUBSTRING_INDEX(CURRENT_USER(), '@', -1), ''''))",
	[STMT_PURGE_APPS] =
	"SELECT a.id, a.status, DATE_FORMAT(a.status_since, '%Y-%m-%d')"
	" FROM application a WHERE a.status IN ('rejected', 'withdrawn')"
	" AND (" PURGE_APP_HELD ") ORDER BY a.id FOR UPDATE",
	[STMT_PURGE_STUDIOS] =
	"SELECT s.id, s.application_id,"
	" DATE_FORMAT(COALESCE(s.revoked_on, s.status_since), '%Y-%m-%d')"
	" FROM studio s JOIN application a ON a.id = s.application_id"
	" WHERE s.status = 'revoked'"
	" AND COALESCE(s.revoked_on, DATE(s.status_since))"
	"  <= DATE_SUB(CURDATE(), INTERVAL ? YEAR)"
	" AND (s.leader_mobile <> '' OR s.leader_email <> ''"
	" OR s.leader_birth_month IS NOT NULL OR s.leader_title <> ''"
	" OR s.leader_specialty <> '' OR " PURGE_APP_HELD
	" OR EXISTS (SELECT 1 FROM amendment m WHERE m.studio_id = s.id"
	"  AND m.kind = 'leader' AND (m.leader_mobile IS NOT NULL"
	"  OR m.leader_email IS NOT NULL OR m.leader_birth_month IS NOT NULL"
	"  OR m.leader_title IS NOT NULL OR m.leader_specialty IS NOT NULL"
	"  OR m.old_text REGEXP " PURGE_AMEND_LINE
	"  OR m.new_text REGEXP " PURGE_AMEND_LINE ")))"
	" ORDER BY s.id FOR UPDATE",
	[STMT_PURGE_APP] =
	"UPDATE application SET leader_gender = NULL,"
	" leader_birth_month = NULL, leader_education = NULL,"
	" leader_ethnicity = NULL, leader_political = NULL,"
	" leader_specialty = '', leader_title = '', leader_mobile = '',"
	" leader_email = '', version = version + 1, updated_at = NOW()"
	" WHERE id = ?",
	[STMT_PURGE_APP_HONOURS] =
	"DELETE FROM application_honour WHERE application_id = ?",
	[STMT_PURGE_STUDIO] =
	"UPDATE studio SET leader_title = '', leader_specialty = '',"
	" leader_mobile = '', leader_email = '', leader_birth_month = NULL,"
	" version = version + 1, updated_at = NOW() WHERE id = ?",
	[STMT_PURGE_AMENDMENTS] =
	"UPDATE amendment SET leader_title = NULL, leader_specialty = NULL,"
	" leader_mobile = NULL, leader_email = NULL,"
	" leader_birth_month = NULL,"
	" old_text = REGEXP_REPLACE(old_text, " PURGE_AMEND_LINE ","
	"  'leader.\\\\1='),"
	" new_text = REGEXP_REPLACE(new_text, " PURGE_AMEND_LINE ","
	"  'leader.\\\\1=')"
	" WHERE studio_id = ? AND kind = 'leader'",

	/* -------------------------------- the import (import.c) */
	[STMT_IMPORT_UNIT] =
	"SELECT u.id, u.kind, u.name, COALESCE(p.code, ''), u.path"
	" FROM unit u LEFT JOIN unit p ON p.id = u.parent_id WHERE u.code = ?",
	[STMT_IMPORT_STUDIO] =
	"SELECT a.id, a.name, b.code FROM application a"
	" JOIN unit b ON b.id = a.base_union_id WHERE a.naming_number = ?",
	/* An application named before the system, as naming leaves one. */
	[STMT_IMPORT_APP] =
	"INSERT INTO application (status, version, base_union_id, base_path,"
	" created_at, updated_at, status_since, first_recommended_at,"
	" naming_number, named_on" APP_FIELDS(APP_COLUMN) ")"
	" VALUES ('named', 1, ?, ?, NOW(), NOW(), NOW(), NOW(), ?, ?"
	APP_FIELDS(APP_VALUE) ")",
	[STMT_IMPORT_STUDIO_STATUS] =
	"UPDATE studio SET status = ?, revoked_on = ?, version = version + 1,"
	" status_since = NOW(), updated_at = NOW() WHERE id = ?",
	[STMT_IMPORT_SEQ_RAISE] =
	"UPDATE naming_seq SET last = GREATEST(last, ?) WHERE year = ?",
};
