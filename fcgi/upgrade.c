/*
 * upgrade.c: the upgrade of a named studio to a 劳模和工匠人才创新工作室
 * (长春市级), as a model.  Its leader honoured as a model worker or a
 * craftsman, the studio's base union applies (submitted); the district
 * or industry union that audits the studio approves (audited) or returns
 * it; the city approves, which upgrades the studio through the studio
 * machine (studio_upgrade), or rejects it.  The base union withdraws it
 * while it is not decided, and submits a returned one again.  One open
 * application per studio: the database's unique key on open_studio_id
 * holds the rule.  Nothing here knows HTTP: refusals are enum err values
 * with r->message set.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

const char *const ustatus_names[US__MAX] = {
	[US_SUBMITTED] = "submitted",
	[US_AUDITED] = "audited",
	[US_RETURNED] = "returned",
	[US_UPGRADED] = "upgraded",
	[US_REJECTED] = "rejected",
	[US_WITHDRAWN] = "withdrawn",
};

const char *const uaction_names[UA__MAX] = {
	[UA_SUBMIT] = "submit",
	[UA_APPROVE] = "approve",
	[UA_RETURN] = "return",
	[UA_REJECT] = "reject",
	[UA_WITHDRAW] = "withdraw",
};

/* The upgrade machine: from, action, the stage that may take it, to. */
static const struct mrow upgrade_rows[] = {
	{ US_RETURNED,  UA_SUBMIT,   STAGE_BASE,     0, US_SUBMITTED },
	{ US_SUBMITTED, UA_WITHDRAW, STAGE_BASE,     0, US_WITHDRAWN },
	{ US_AUDITED,   UA_WITHDRAW, STAGE_BASE,     0, US_WITHDRAWN },
	{ US_RETURNED,  UA_WITHDRAW, STAGE_BASE,     0, US_WITHDRAWN },
	{ US_SUBMITTED, UA_APPROVE,  STAGE_DISTRICT, 0, US_AUDITED },
	{ US_SUBMITTED, UA_RETURN,   STAGE_DISTRICT, 0, US_RETURNED },
	{ US_AUDITED,   UA_APPROVE,  STAGE_CITY,     0, US_UPGRADED },
	{ US_AUDITED,   UA_REJECT,   STAGE_CITY,     0, US_REJECTED },
};

const struct machine upgrade_machine = {
	MACHINE_ROWS(upgrade_rows), ustatus_names, US__MAX, uaction_names, UA__MAX,
	stage_names
};

enum ustatus
ustatus_parse(const char *s)
{
	return (enum ustatus)name_index(s, ustatus_names, US__MAX);
}

enum uaction
uaction_parse(const char *s)
{
	return (enum uaction)name_index(s, uaction_names, UA__MAX);
}

int
upgrade_open(enum ustatus st)
{
	return st == US_SUBMITTED || st == US_AUDITED || st == US_RETURNED;
}

static enum err
urefuse(struct req *r, enum err e, const char *msg)
{
	r->message = msg;
	return e;
}

#define OPEN_TAKEN	"该工作室已有一份升级申请正在办理，不能重复申请"

enum err
upgrade_create(struct unew *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	enum sstatus	 st;
	int64_t		 base;
	uint64_t	 n = 0, last = 0;
	char		*what;
	enum err	 e;

	/* The studio's row locked: its status holds until we commit. */
	if ((e = db_one(r->db, STMT_STUDIO_LOCK, DBARGS(DBI(a->studio)),
	    &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	if (!auth_sees(r->who, db_col(q, 2))) {
		db_end(q);
		return auth_hidden(r, "工作室");
	}
	st = sstatus_parse(db_col(q, 0));
	db_end(q);
	if ((e = db_one(r->db, STMT_STUDIO_GET, DBARGS(DBI(a->studio)),
	    &q)) != E_OK)
		return e;
	base = db_coli(q, 7);
	db_end(q);
	if (r->who->unit_id != base)
		return urefuse(r, E_FORBIDDEN, "升级申请由工作室所在的基层工会提出");
	if (!studio_upgradable(st))
		return urefuse(r, E_CONFLICT, "该工作室当前的状态不能申请升级");
	e = db_exec(r->db, STMT_UPGRADE_ADD, DBARGS(DBS(a->kind),
	    DBS(a->level), DBI(a->year), DBS(a->body), DBS(a->statement),
	    DBI(a->studio)), &n, &last);
	if (e == E_DUP)
		return urefuse(r, E_CONFLICT, OPEN_TAKEN);
	if (e != E_OK)
		return e;
	if (n != 1) {
		log_warnx("%s: studio %lld not inserted", __func__,
		    (long long)a->studio);
		return E_DB;
	}
	a->id = (int64_t)last;
	if ((e = move_add(r, STMT_UPGRADE_STEP_ADD, a->id, &(struct move){
	    .stage = stage_names[STAGE_BASE], .action = uaction_names[UA_SUBMIT],
	    .to = ustatus_names[US_SUBMITTED], .text = a->statement })) !=
	    E_OK)
		return e;
	what = aprintf(r->a, "upgrade=%lld\nstudio=%lld\naction=submit\n"
	    "kind=%s\nlevel=%s\nyear=%lld\nbody=%s\nstatement=%s\n",
	    (long long)a->id, (long long)a->studio, a->kind, a->level,
	    (long long)a->year, a->body, a->statement);
	return audit_append(r->db, r->who, "upgrade.submit", "upgrade", a->id,
	    what, strlen(what));
}

enum err
upgrade_act(struct uact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	enum ustatus	 from, to;
	enum stage	 stage;
	int		 st, t;
	int64_t		 version, base, aud;
	uint64_t	 n;
	char		*what;
	enum err	 e;

	if ((e = db_one(r->db, STMT_UPGRADE_LOCK, DBARGS(DBI(a->id),
	    DBI(a->studio)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "升级申请") : e;
	if (!auth_sees(r->who, db_col(q, 5))) {
		db_end(q);
		return auth_hidden(r, "升级申请");
	}
	from = ustatus_parse(db_col(q, 0));
	version = db_coli(q, 1);
	base = db_coli(q, 3);
	aud = db_coli(q, 4);
	db_end(q);
	if (a->version != version)
		return urefuse(r, E_CONFLICT,
		    "该升级申请已被他人修改，请刷新页面后重新操作");
	if (!machine_next(&upgrade_machine, from, a->action, 0, &st, &t))
		return urefuse(r, E_CONFLICT, "该升级申请当前的状态不允许此操作");
	stage = (enum stage)st;
	to = (enum ustatus)t;
	a->to = to;
	if (!review_actor(r->who, stage, base, aud))
		return urefuse(r, E_FORBIDDEN, "此操作应由当前审核阶段的单位办理");
	/* Only the city's approval is a decision with a number. */
	if (to != US_UPGRADED)
		a->document = "";
	if (to == US_UPGRADED && *a->document == '\0') {
		req_ferr(r, "document", "决定文号", "请填写升级决定的文号");
		return urefuse(r, E_INVALID, "请填写升级决定的文号");
	}
	if ((to == US_RETURNED || to == US_REJECTED) && *a->opinion == '\0') {
		req_ferr(r, "opinion", "意见", "退回或不同意须写明理由");
		return urefuse(r, E_INVALID, "退回或不同意须写明理由");
	}
	e = db_exec(r->db, STMT_UPGRADE_SET_STATUS, DBARGS(
	    DBS(ustatus_names[to]), DBI(upgrade_open(to) ? 1 : 0),
	    DBS(a->document), DBS(a->document), DBI(a->id), DBI(version)),
	    &n, NULL);
	if (e == E_DUP)
		return urefuse(r, E_CONFLICT, OPEN_TAKEN);
	if (e != E_OK)
		return e;
	if (n != 1)
		return urefuse(r, E_CONFLICT,
		    "该升级申请已被他人修改，请刷新页面后重新操作");
	if ((e = move_add(r, STMT_UPGRADE_STEP_ADD, a->id, &(struct move){
	    .stage = stage_names[stage], .action = uaction_names[a->action],
	    .from = ustatus_names[from], .to = ustatus_names[to],
	    .text = a->opinion, .document = a->document })) != E_OK)
		return e;
	/* The city's approval: the studio upgraded through its machine. */
	if (to == US_UPGRADED && (e = studio_move(r, a->studio, SA_UPGRADE,
	    SR_UPGRADE, a->document, a->opinion)) != E_OK)
		return e;
	what = aprintf(r->a, "upgrade=%lld\nstudio=%lld\naction=%s\nfrom=%s\n"
	    "to=%s\ndocument=%s\nopinion=%s\n", (long long)a->id,
	    (long long)a->studio, uaction_names[a->action],
	    ustatus_names[from], ustatus_names[to], a->document, a->opinion);
	return audit_append(r->db, r->who, aprintf(r->a, "upgrade.%s",
	    uaction_names[a->action]), "upgrade", a->id, what, strlen(what));
}

/* The columns of STMT_UPGRADE_OF_STUDIO, kept for the second pass. */
enum {
	UC_ID, UC_STATUS, UC_VERSION, UC_KIND, UC_LEVEL, UC_YEAR, UC_BODY,
	UC_STATEMENT, UC_DOCNO, UC_CREATED, UC_SINCE, UC__MAX
};

/*
 * The studio's applications, newest first: the rows read first (one
 * cursor at a time), then each written with its steps and the actions
 * r->who may take on it.
 */
static enum err
upgrade_list(struct req *r, int64_t studio, int64_t base, int64_t aud)
{
	struct dbq	*q;
	const char	*(*rows)[UC__MAX] = NULL, *(*grown)[UC__MAX];
	size_t		 i, j, n = 0;
	int		 rc;
	enum err	 e;

	if ((q = db_query(r->db, STMT_UPGRADE_OF_STUDIO,
	    DBARGS(DBI(studio)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		grown = amalloc(r->a, (n + 1) * sizeof(*rows));
		if (n > 0)
			memcpy(grown, rows, n * sizeof(*rows));
		rows = grown;
		for (j = 0; j < UC__MAX; j++)
			rows[n][j] = db_col(q, j) != NULL ?
			    astrdup(r->a, db_col(q, j)) : "";
		n++;
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	xml_start(r, "applications");
	for (i = 0; i < n; i++) {
		xml_start(r, "application");
		xml_attr(r, "id", rows[i][UC_ID]);
		xml_attr(r, "status", rows[i][UC_STATUS]);
		xml_attr(r, "version", rows[i][UC_VERSION]);
		xml_attr(r, "created", xml_datetime(r, rows[i][UC_CREATED]));
		xml_attr(r, "status-since", xml_datetime(r, rows[i][UC_SINCE]));
		xml_attr(r, "document", rows[i][UC_DOCNO]);
		xml_start(r, "honour");
		xml_attr(r, "kind", rows[i][UC_KIND]);
		xml_attr(r, "level", rows[i][UC_LEVEL]);
		xml_attr(r, "year", rows[i][UC_YEAR]);
		xml_text(r, rows[i][UC_BODY]);
		xml_end(r);
		xml_elem(r, "statement", rows[i][UC_STATEMENT]);
		machine_xml_actions(r, &upgrade_machine,
		    ustatus_parse(rows[i][UC_STATUS]), 0,
		    review_stages(r->who, base, aud));
		if ((e = moves_xml(r, STMT_UPGRADE_STEPS, strtoll(rows[i][UC_ID],
		    NULL, 10), "steps", "step", "opinion")) != E_OK)
			return e;
		xml_end(r);
	}
	xml_end(r);
	return E_OK;
}

/* The form's fields, as given, to show again (the handler's names). */
static const char *const formfields[] = {
	"kind", "level", "year", "body", "statement",
};

enum err
upgrade_xml(struct req *r, int64_t studio)
{
	struct dbq	*q;
	enum sstatus	 sst;
	int64_t		 base, aud, open = 0;
	const char	*v;
	size_t		 i;
	int		 found;
	enum err	 e;

	if ((e = db_one(r->db, STMT_STUDIO_GET, DBARGS(DBI(studio)), &q)) !=
	    E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	if (!auth_sees(r->who, db_col(q, 6))) {
		db_end(q);
		return auth_hidden(r, "工作室");
	}
	xml_begin(r, "upgrade");
	xml_start(r, "studio");
	xml_attr(r, "id", db_col(q, 0));
	xml_attr(r, "status", db_col(q, 1));
	xml_attr(r, "number", db_col(q, 4));
	xml_elem(r, "name", db_col(q, 15));
	xml_elem(r, "leader-name", db_col(q, 22));
	unit_xml_row(r, "base-union", q, 7);
	unit_xml_row(r, "auditing-unit", q, 11);
	xml_end(r);
	sst = sstatus_parse(db_col(q, 1));
	base = db_coli(q, 7);
	aud = db_coli(q, 11);
	db_end(q);
	if ((e = db_int(r->db, STMT_UPGRADE_OPEN, DBARGS(DBI(studio)), &open,
	    &found)) != E_OK)
		return e;
	if (!found)
		open = 0;
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	/* The form: the base union's, with no application open. */
	if (open == 0 && r->who->unit_id == base &&
	    studio_upgradable(sst)) {
		xml_start(r, "form");
		for (i = 0; i < sizeof(formfields) / sizeof(formfields[0]);
		    i++) {
			v = kv_get(&r->form, formfields[i]);
			xml_attr(r, formfields[i], v != NULL ? v : "");
		}
		xml_end(r);
	}
	return upgrade_list(r, studio, base, aud);
}

enum err
upgrade_xml_pending(struct req *r)
{
	struct dbq	*q;
	int		 city = r->who->kind == KIND_CITY, rc;

	if ((q = db_query(r->db, STMT_UPGRADE_PENDING, DBARGS(DBI(city),
	    DBI(city), DBI(r->who->unit_id)))) == NULL)
		return db_err(r->db);
	/* The first row first: it carries the total (all that wait). */
	rc = db_step(q);
	xml_start(r, "upgrade-todo");
	xml_attri(r, "total", rc == 1 ? db_coli(q, 7) : 0);
	for (; rc == 1; rc = db_step(q)) {
		xml_start(r, "upgrade");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "studio", db_col(q, 1));
		xml_attr(r, "status", db_col(q, 2));
		xml_attr(r, "number", db_col(q, 4));
		xml_attr(r, "kind", db_col(q, 5));
		xml_attr(r, "since", xml_datetime(r, db_col(q, 6)));
		xml_text(r, db_col(q, 3));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}
