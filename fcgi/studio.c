/*
 * studio.c: the named studio as a model.  Naming an application makes
 * its studio (studio_create, inside the naming transaction): the data
 * as named, its types, its leader as its first member, and its naming
 * as the first event of its life.  The city names by decisions
 * (decision_create).  The studio's file (studio_xml) is what its base
 * union, its district or industry union and the city see.  Nothing here
 * knows HTTP: errors are enum err, refusals with r->message set.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

const char *const sstatus_names[SS__MAX] = {
	[SS_ACTIVE] = "active",
	[SS_KEY_SUPPORT] = "key-support",
	[SS_SUPERVISED] = "supervised",
	[SS_REVOKED] = "revoked",
	[SS_UPGRADED] = "upgraded",
};

enum sstatus
sstatus_parse(const char *s)
{
	return (enum sstatus)name_index(s, sstatus_names, SS__MAX);
}

const char *const saction_names[SA__MAX] = {
	[SA_REVOKE] = "revoke",
	[SA_SUPPORT] = "support",
	[SA_SUPERVISE] = "supervise",
	[SA_RESTORE] = "restore",
	[SA_UPGRADE] = "upgrade",
};

/* The studio machine: from, action, who takes it, to. */
static const struct mrow studio_rows[] = {
	{ SS_ACTIVE,      SA_REVOKE,    SR_CITY,       0, SS_REVOKED },
	{ SS_KEY_SUPPORT, SA_REVOKE,    SR_CITY,       0, SS_REVOKED },
	{ SS_SUPERVISED,  SA_REVOKE,    SR_CITY,       0, SS_REVOKED },
	{ SS_ACTIVE,      SA_SUPPORT,   SR_ASSESSMENT, 0, SS_KEY_SUPPORT },
	{ SS_SUPERVISED,  SA_SUPPORT,   SR_ASSESSMENT, 0, SS_KEY_SUPPORT },
	{ SS_ACTIVE,      SA_SUPERVISE, SR_ASSESSMENT, 0, SS_SUPERVISED },
	{ SS_KEY_SUPPORT, SA_SUPERVISE, SR_ASSESSMENT, 0, SS_SUPERVISED },
	{ SS_KEY_SUPPORT, SA_RESTORE,   SR_ASSESSMENT, 0, SS_ACTIVE },
	{ SS_SUPERVISED,  SA_RESTORE,   SR_ASSESSMENT, 0, SS_ACTIVE },
	{ SS_ACTIVE,      SA_UPGRADE,   SR_UPGRADE,    0, SS_UPGRADED },
	{ SS_KEY_SUPPORT, SA_UPGRADE,   SR_UPGRADE,    0, SS_UPGRADED },
};

const struct machine studio_machine = {
	MACHINE_ROWS(studio_rows), sstatus_names, SS__MAX, saction_names, SA__MAX,
	NULL
};

enum saction
saction_parse(const char *s)
{
	return (enum saction)name_index(s, saction_names, SA__MAX);
}

int
studio_upgradable(enum sstatus st)
{
	int	 who;

	return machine_next(&studio_machine, st, SA_UPGRADE, 0, &who, NULL) &&
	    who == SR_UPGRADE;
}

static enum err
srefuse(struct sact *a, enum err e, const char *msg)
{
	a->r->message = msg;
	return e;
}

enum err
studio_act(struct sact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	enum sstatus	 from, to;
	int		 who, t;
	int64_t		 version, app;
	uint64_t	 n;
	char		*what;
	enum err	 e;

	if ((e = db_one(r->db, STMT_STUDIO_LOCK, DBARGS(DBI(a->id)), &q)) !=
	    E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	if (!auth_sees(r->who, db_col(q, 2))) {
		db_end(q);
		return auth_hidden(r, "工作室");
	}
	from = sstatus_parse(db_col(q, 0));
	version = db_coli(q, 1);
	app = db_coli(q, 3);
	db_end(q);
	if (a->version != version)
		return srefuse(a, E_CONFLICT,
		    "该工作室已被他人修改，请刷新页面后重新操作");
	if (!machine_next(&studio_machine, from, a->action, 0, &who, &t))
		return srefuse(a, E_CONFLICT, "该工作室当前的状态不允许此操作");
	to = (enum sstatus)t;
	if (who != SR_CITY || r->who->kind != KIND_CITY)
		return srefuse(a, E_FORBIDDEN, "此操作由长春市总工会办理");
	/*
	 * Three consecutive failed years are counted from the filed
	 * assessment sheets, never typed in: the caller found them
	 * (assessment_failed_basis) in this transaction, or there is no
	 * such basis to revoke on.
	 */
	if (a->action == SA_REVOKE && strcmp(a->basis, "failed-years") == 0 &&
	    a->sheets == NULL) {
		req_ferr(r, "basis", "取消命名的依据",
		    "考核记录中没有该工作室连续三年不合格的记录");
		return srefuse(a, E_INVALID, "取消命名须有依据");
	}
	if ((e = db_exec(r->db, STMT_STUDIO_SET_STATUS, DBARGS(
	    DBS(sstatus_names[to]), DBS(sstatus_names[to]), DBI(a->id),
	    DBI(version)), &n, NULL)) != E_OK)
		return e;
	if (n != 1)
		return srefuse(a, E_CONFLICT,
		    "该工作室已被他人修改，请刷新页面后重新操作");
	/* A revoked studio's achievements leave the showcase. */
	if ((e = db_exec(r->db, STMT_ACH_TERMS_RELIST_STUDIO,
	    DBARGS(DBI(a->id)), NULL, NULL)) != E_OK)
		return e;
	/* The application follows; its leader and name are free again. */
	if (to == SS_REVOKED && ((e = db_exec(r->db, STMT_APP_STUDIO_STATUS,
	    DBARGS(DBS(astatus_names[ST_REVOKED]), DBI(app)), NULL,
	    NULL)) != E_OK || (e = db_exec(r->db, STMT_CLAIM_RELEASE_STUDIO,
	    DBARGS(DBI(a->id)), NULL, NULL)) != E_OK))
		return e;
	if ((e = move_add(r, STMT_STUDIO_EVENT_ADD, a->id, &(struct move){
	    .action = saction_names[a->action], .from = sstatus_names[from],
	    .to = sstatus_names[to], .text = a->sheets != NULL ?
	    aprintf(r->a, "%s（依据：%s）", a->reason, a->sheets) : a->reason,
	    .document = a->document })) != E_OK)
		return e;
	what = aprintf(r->a, "studio=%lld\naction=%s\nfrom=%s\nto=%s\n"
	    "basis=%s\nsheets=%s\ndocument=%s\nreason=%s\n", (long long)a->id,
	    saction_names[a->action], sstatus_names[from], sstatus_names[to],
	    a->basis ? a->basis : "", a->sheets ? a->sheets : "", a->document,
	    a->reason);
	return audit_append(r->db, r->who, aprintf(r->a, "studio.%s",
	    saction_names[a->action]), "studio", a->id, what, strlen(what));
}

enum err
studio_move(struct req *r, int64_t id, enum saction act, enum sactor actor,
    const char *document, const char *reason)
{
	struct dbq	*q;
	enum sstatus	 from, to;
	int		 who, t;
	int64_t		 version;
	uint64_t	 n;
	enum err	 e;

	if ((e = db_one(r->db, STMT_STUDIO_LOCK, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	from = sstatus_parse(db_col(q, 0));
	version = db_coli(q, 1);
	db_end(q);
	if (!machine_next(&studio_machine, from, act, 0, &who, &t) ||
	    who != (int)actor) {
		r->message = "该工作室当前的状态不允许此操作";
		return E_CONFLICT;
	}
	to = (enum sstatus)t;
	if ((e = db_exec(r->db, STMT_STUDIO_SET_STATUS, DBARGS(
	    DBS(sstatus_names[to]), DBS(sstatus_names[to]), DBI(id),
	    DBI(version)), &n, NULL)) != E_OK)
		return e;
	if (n != 1) {
		r->message = "该工作室已被他人修改，请刷新页面后重新操作";
		return E_CONFLICT;
	}
	if ((e = db_exec(r->db, STMT_ACH_TERMS_RELIST_STUDIO,
	    DBARGS(DBI(id)), NULL, NULL)) != E_OK)
		return e;
	return move_add(r, STMT_STUDIO_EVENT_ADD, id, &(struct move){
	    .action = saction_names[act], .from = sstatus_names[from],
	    .to = sstatus_names[to], .text = reason, .document = document });
}

enum err
decision_create(struct req *r, const char *number, const char *on,
    const char *title, int64_t *id)
{
	uint64_t	 last = 0;
	enum err	 e;

	e = db_exec(r->db, STMT_DECISION_ADD, DBARGS(DBS(number), DBS(on),
	    DBS(title), DBI(r->who->unit_id), DBI(r->who->cert_id),
	    DBS(r->who->holder)), NULL, &last);
	if (e == E_DUP) {
		r->message = aprintf(r->a, "文号“%s”已经用于另一个命名决定，"
		    "请核对文号", number);
		return E_CONFLICT;
	}
	*id = (int64_t)last;
	return e;
}

enum err
studio_create(struct req *r, int64_t app, int64_t decision,
    const char *document, const char *reason, int64_t *id)
{
	uint64_t	 n = 0, last = 0;
	enum err	 e;

	if ((e = db_exec(r->db, STMT_STUDIO_FROM_APP, DBARGS(decision > 0 ?
	    DBI(decision) : DBN, DBI(app)), &n, &last)) != E_OK)
		return e;
	if (n != 1) {
		log_warnx("%s: application %lld is not named", __func__,
		    (long long)app);
		return E_DB;
	}
	*id = (int64_t)last;
	if ((e = db_exec(r->db, STMT_STUDIO_TYPES_FROM_APP, DBARGS(DBI(*id),
	    DBI(app)), NULL, NULL)) != E_OK ||
	    (e = db_exec(r->db, STMT_STUDIO_LEADER_MEMBER, DBARGS(DBI(*id)),
	    NULL, NULL)) != E_OK)
		return e;
	/* Named before an open scheme's date: a sheet for that year. */
	if ((e = db_exec(r->db, STMT_SCHEME_NEW_STUDIO, DBARGS(DBI(*id)),
	    NULL, NULL)) != E_OK)
		return e;
	return move_add(r, STMT_STUDIO_EVENT_ADD, *id, &(struct move){
	    .action = "name", .to = sstatus_names[SS_ACTIVE], .text = reason,
	    .document = document });
}

/* Columns of STMT_STUDIO_GET. */
enum {
	SC_ID, SC_STATUS, SC_VERSION, SC_APP, SC_NUMBER, SC_NAMED_ON,
	SC_PATH, SC_BASE, SC_AUDIT = SC_BASE + 4,
	SC_NAME = SC_AUDIT + 4, SC_HOST, SC_HOST_TYPE, SC_INDUSTRY, SC_FIELD,
	SC_MEMBERS, SC_SRDI, SC_LEADER, SC_LEADER_TITLE, SC_SPECIALTY,
	SC_MOBILE, SC_EMAIL, SC_BIRTH, SC_OVERVIEW, SC_GOALS, SC_SUMMARY,
	SC_SINCE, SC_DECISION, SC_DOCNO, SC_DECIDED, SC_DTITLE
};

/* <name code="">label</name> of a code of a code table. */
static void
code_elem(struct req *r, const char *name, enum codetab t, const char *code)
{
	const struct codeset	*cs = codes_get(r->db, t);

	xml_start(r, name);
	xml_attr(r, "code", code != NULL ? code : "");
	if (cs != NULL)
		xml_text(r, codes_label(cs, code));
	xml_end(r);
}

/* <elem>text</elem>, or nothing when text is NULL. */
static void
elem_opt(struct req *r, const char *name, const char *text)
{
	if (text != NULL)
		xml_elem(r, name, text);
}

static enum err
studio_types(struct req *r, int64_t id)
{
	const struct codeset	*cs = codes_get(r->db, CT_STUDIO_TYPE);
	struct dbq		*q;
	int			 rc;

	if ((q = db_query(r->db, STMT_STUDIO_TYPES, DBARGS(DBI(id)))) == NULL)
		return db_err(r->db);
	xml_start(r, "types");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "type");
		xml_attr(r, "code", db_col(q, 0));
		if (cs != NULL)
			xml_text(r, codes_label(cs, db_col(q, 0)));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

static enum err
studio_members(struct req *r, int64_t id)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_STUDIO_MEMBERS, DBARGS(DBI(id)))) ==
	    NULL)
		return db_err(r->db);
	xml_start(r, "members");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "member");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "joined", db_col(q, 5));
		xml_attr(r, "left", db_col(q, 6));
		xml_elem(r, "name", db_col(q, 1));
		xml_elem(r, "role", db_col(q, 2));
		xml_elem(r, "trade", db_col(q, 3));
		xml_elem(r, "title", db_col(q, 4));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/*
 * <upgrade-basis> of an upgraded studio: the honour of its leader it was
 * upgraded on and the decision's number; nothing for a studio upgraded
 * before its upgrade applications were kept.
 */
static enum err
studio_upgrade_basis(struct req *r, int64_t id)
{
	struct dbq	*q;
	enum err	 e;

	if ((e = db_one(r->db, STMT_UPGRADE_BASIS, DBARGS(DBI(id)), &q)) !=
	    E_OK)
		return e == E_NOTFOUND ? E_OK : e;
	xml_start(r, "upgrade-basis");
	xml_attr(r, "upgrade", db_col(q, 0));
	xml_attr(r, "document", db_col(q, 5));
	xml_start(r, "honour");
	xml_attr(r, "kind", db_col(q, 1));
	xml_attr(r, "level", db_col(q, 2));
	xml_attr(r, "year", db_col(q, 3));
	xml_text(r, db_col(q, 4));
	xml_end(r);
	xml_end(r);
	db_end(q);
	return E_OK;
}

enum err
studio_xml(struct req *r, int64_t id)
{
	struct dbq	*q;
	enum sstatus	 st;
	enum err	 e;

	if ((e = db_one(r->db, STMT_STUDIO_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	if (!auth_sees(r->who, db_col(q, SC_PATH))) {
		db_end(q);
		return auth_hidden(r, "工作室");
	}
	xml_begin(r, "studio");
	xml_attr(r, "id", db_col(q, SC_ID));
	xml_attr(r, "status", db_col(q, SC_STATUS));
	xml_attr(r, "version", db_col(q, SC_VERSION));
	xml_attr(r, "status-since", xml_datetime(r, db_col(q, SC_SINCE)));
	xml_attr(r, "application", db_col(q, SC_APP));
	xml_start(r, "naming");
	xml_attr(r, "number", db_col(q, SC_NUMBER));
	xml_attr(r, "on", db_col(q, SC_NAMED_ON));
	if (db_col(q, SC_DECISION) != NULL) {
		xml_start(r, "decision");
		xml_attr(r, "id", db_col(q, SC_DECISION));
		xml_attr(r, "number", db_col(q, SC_DOCNO));
		xml_attr(r, "on", db_col(q, SC_DECIDED));
		xml_text(r, db_col(q, SC_DTITLE));
		xml_end(r);
	}
	xml_end(r);
	xml_elem(r, "name", db_col(q, SC_NAME));
	xml_elem(r, "host-unit", db_col(q, SC_HOST));
	code_elem(r, "host-unit-type", CT_UNIT_TYPE, db_col(q, SC_HOST_TYPE));
	code_elem(r, "industry", CT_INDUSTRY, db_col(q, SC_INDUSTRY));
	xml_elem(r, "field", db_col(q, SC_FIELD));
	elem_opt(r, "member-count", db_col(q, SC_MEMBERS));
	xml_start(r, "srdi");
	xml_attr(r, "level", db_col(q, SC_SRDI));
	xml_end(r);
	unit_xml_row(r, "base-union", q, SC_BASE);
	unit_xml_row(r, "auditing-unit", q, SC_AUDIT);
	xml_start(r, "leader");
	xml_elem(r, "name", db_col(q, SC_LEADER));
	xml_elem(r, "title", db_col(q, SC_LEADER_TITLE));
	xml_elem(r, "specialty", db_col(q, SC_SPECIALTY));
	xml_elem(r, "mobile", db_col(q, SC_MOBILE));
	xml_elem(r, "email", db_col(q, SC_EMAIL));
	elem_opt(r, "birth-month", db_col(q, SC_BIRTH));
	xml_end(r);
	xml_elem(r, "overview", db_col(q, SC_OVERVIEW));
	xml_elem(r, "goals", db_col(q, SC_GOALS));
	xml_elem(r, "achievements-summary", db_col(q, SC_SUMMARY));
	st = sstatus_parse(db_col(q, SC_STATUS));
	db_end(q);
	machine_xml_actions(r, &studio_machine, st, 0,
	    r->who->kind == KIND_CITY ? 1u << SR_CITY : 0);
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	if ((e = studio_types(r, id)) != E_OK ||
	    (e = studio_members(r, id)) != E_OK ||
	    (e = moves_xml(r, STMT_STUDIO_EVENTS, id, "events", "event",
	    "reason")) != E_OK)
		return e;
	/* An upgraded studio: the honour it was upgraded on. */
	if (st == SS_UPGRADED && (e = studio_upgrade_basis(r, id)) != E_OK)
		return e;
	/* Its leaders' training and its collaboration links. */
	if ((e = training_xml_studio(r, id)) != E_OK)
		return e;
	return links_xml(r, id, 0);
}

enum err
studio_xml_counts(struct req *r, const char *path)
{
	return xml_counts(r, STMT_STUDIO_STATUS_COUNTS, path);
}

/*
 * <upgrades> of the dossier: the studio's upgrade applications, newest
 * first, each with the honour, the statement and its review's steps
 * (the record only: the actions are on the upgrade page).  The rows are
 * read first, one cursor at a time; the columns are
 * STMT_UPGRADE_OF_STUDIO's.
 */
enum err
studio_xml_upgrades(struct req *r, int64_t id)
{
	struct dbq	*q;
	const char	*(*rows)[11] = NULL, *(*grown)[11];
	size_t		 i, j, n = 0;
	int		 rc;
	enum err	 e;

	if ((q = db_query(r->db, STMT_UPGRADE_OF_STUDIO, DBARGS(DBI(id)))) ==
	    NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		grown = amalloc(r->a, (n + 1) * sizeof(*rows));
		if (n > 0)
			memcpy(grown, rows, n * sizeof(*rows));
		rows = grown;
		for (j = 0; j < 11; j++)
			rows[n][j] = db_col(q, j) != NULL ?
			    astrdup(r->a, db_col(q, j)) : "";
		n++;
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	xml_start(r, "upgrades");
	for (i = 0; i < n; i++) {
		xml_start(r, "application");
		xml_attr(r, "id", rows[i][0]);
		xml_attr(r, "status", rows[i][1]);
		xml_attr(r, "version", rows[i][2]);
		xml_attr(r, "created", xml_datetime(r, rows[i][9]));
		xml_attr(r, "status-since", xml_datetime(r, rows[i][10]));
		xml_attr(r, "document", rows[i][8]);
		xml_start(r, "honour");
		xml_attr(r, "kind", rows[i][3]);
		xml_attr(r, "level", rows[i][4]);
		xml_attr(r, "year", rows[i][5]);
		xml_text(r, rows[i][6]);
		xml_end(r);
		xml_elem(r, "statement", rows[i][7]);
		if ((e = moves_xml(r, STMT_UPGRADE_STEPS, strtoll(rows[i][0],
		    NULL, 10), "steps", "step", "opinion")) != E_OK)
			return e;
		xml_end(r);
	}
	xml_end(r);
	return E_OK;
}
