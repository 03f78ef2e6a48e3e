/*
 * amendment.c: changes to a named studio after its naming, as a model.
 * What was named stays as it was named: the base union asks for a change
 * (a new leader, its host unit's new name, its field, its number of
 * members, a member who joins or leaves), the auditing union approves it, and the city too where the
 * leader changes.  The machine is the table below.  An approved change
 * becomes the studio's current data, with an event in its record; the
 * application is never touched.  A new leader takes over the studio's
 * leader claim (sql/009_leader_claim.sql), so that one person still
 * leads one studio.  Nothing here knows HTTP: refusals are enum err with
 * r->message set.
 */
#include <stdio.h>
#include <string.h>

#include "extern.h"

const char *const akind_names[AK__MAX] = {
	[AK_LEADER] = "leader",
	[AK_HOST_UNIT] = "host-unit",
	[AK_FIELD] = "field",
	[AK_MEMBER_COUNT] = "member-count",
	[AK_MEMBER_JOIN] = "member-join",
	[AK_MEMBER_LEAVE] = "member-leave",
};

const char *const amstatus_names[AM__MAX] = {
	[AM_REQUESTED] = "requested",
	[AM_AUDITED] = "audited",
	[AM_APPROVED] = "approved",
	[AM_RETURNED] = "returned",
	[AM_REJECTED] = "rejected",
	[AM_WITHDRAWN] = "withdrawn",
};

const char *const amaction_names[AA__MAX] = {
	[AA_APPROVE] = "approve",
	[AA_RETURN] = "return",
	[AA_REJECT] = "reject",
	[AA_WITHDRAW] = "withdraw",
};

/*
 * The machine: from, action, the stage that takes it, which kinds (all,
 * or only or all but a new leader: amendment_guard()), to.
 */
enum which { ANY, LEADER, NOT_LEADER };

static const struct mrow amendment_rows[] = {
	{ AM_REQUESTED, AA_APPROVE,  STAGE_DISTRICT, LEADER,     AM_AUDITED },
	{ AM_REQUESTED, AA_APPROVE,  STAGE_DISTRICT, NOT_LEADER, AM_APPROVED },
	{ AM_REQUESTED, AA_RETURN,   STAGE_DISTRICT, ANY,        AM_RETURNED },
	{ AM_REQUESTED, AA_REJECT,   STAGE_DISTRICT, ANY,        AM_REJECTED },
	{ AM_AUDITED,   AA_APPROVE,  STAGE_CITY,     LEADER,     AM_APPROVED },
	{ AM_AUDITED,   AA_RETURN,   STAGE_CITY,     LEADER,     AM_RETURNED },
	{ AM_AUDITED,   AA_REJECT,   STAGE_CITY,     LEADER,     AM_REJECTED },
	{ AM_REQUESTED, AA_WITHDRAW, STAGE_BASE,     ANY,        AM_WITHDRAWN },
	{ AM_AUDITED,   AA_WITHDRAW, STAGE_BASE,     ANY,        AM_WITHDRAWN },
};

const struct machine amendment_machine = {
	MACHINE_ROWS(amendment_rows), amstatus_names, AM__MAX, amaction_names, AA__MAX,
	stage_names
};

int
amendment_guard(enum akind k)
{
	return k == AK_LEADER ? LEADER : NOT_LEADER;
}

enum akind
akind_parse(const char *s)
{
	return (enum akind)name_index(s, akind_names, AK__MAX);
}

enum amstatus
amstatus_parse(const char *s)
{
	return (enum amstatus)name_index(s, amstatus_names, AM__MAX);
}

enum amaction
amaction_parse(const char *s)
{
	return (enum amaction)name_index(s, amaction_names, AA__MAX);
}

static enum err
arefuse(struct req *r, enum err e, const char *msg)
{
	r->message = msg;
	return e;
}

/* Columns of STMT_AMEND_STUDIO (locked) and STMT_AMEND_STUDIO_GET. */
enum { AS_STATUS, AS_PATH, AS_BASE, AS_AUDIT, AS_LEADER, AS_TITLE,
	AS_SPECIALTY, AS_MOBILE, AS_EMAIL, AS_BIRTH, AS_HOST, AS_FIELD,
	AS_MEMBERS, AS_VERSION, AS_NAME };

/* The "field=value" lines of what a kind of change changes. */
static char *
text_of(struct req *r, enum akind k, const char *const v[6])
{
	switch (k) {
	case AK_LEADER:
		return aprintf(r->a, "leader.name=%s\nleader.title=%s\n"
		    "leader.specialty=%s\nleader.mobile=%s\nleader.email=%s\n"
		    "leader.birth-month=%s\n", v[0], v[1], v[2], v[3], v[4],
		    v[5]);
	case AK_HOST_UNIT:
		return aprintf(r->a, "host-unit=%s\n", v[0]);
	case AK_FIELD:
		return aprintf(r->a, "field=%s\n", v[0]);
	case AK_MEMBER_JOIN:
		return aprintf(r->a, "member.name=%s\nmember.role=%s\n"
		    "member.trade=%s\nmember.title=%s\nmember.joined=%s\n",
		    v[0], v[1], v[2], v[3], v[4]);
	case AK_MEMBER_LEAVE:
		return aprintf(r->a, "member.name=%s\nmember.left=%s\n", v[0],
		    v[1]);
	default:
		return aprintf(r->a, "member-count=%s\n", v[0]);
	}
}

/*
 * A member who may leave: one of the studio's, not left yet, not its
 * leader (who changes by a new leader).  E_OK and *name.
 */
static enum err
leaver(struct req *r, int64_t studio, int64_t member, const char **name)
{
	struct dbq	*c;
	int		 leader, left;
	enum err	 e;

	if ((e = db_one(r->db, STMT_MEMBER_GET, DBARGS(DBI(member),
	    DBI(studio)), &c)) != E_OK) {
		if (e != E_NOTFOUND)
			return e;
		req_ferr(r, "member.id", "退出的成员", "不是本工作室的成员");
		return arefuse(r, E_INVALID, "不是本工作室的成员");
	}
	*name = astrdup(r->a, db_col(c, 0));
	leader = strcmp(db_col(c, 1), "领衔人") == 0;
	left = db_col(c, 2) != NULL;
	db_end(c);
	if (left)
		return arefuse(r, E_CONFLICT, "该成员已经退出工作室");
	if (leader)
		return arefuse(r, E_CONFLICT, "领衔人不能退出，请申请更换领衔人");
	return E_OK;
}

static const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

enum err
amendment_request(struct areq *q)
{
	struct req	*r = q->r;
	struct dbq	*c;
	const char	*oldv[6], *newv[6], *path;
	char		*oldt, *newt, *what;
	uint64_t	 last = 0;
	int		 rc, i;
	enum sstatus	 st;
	enum err	 e;

	if ((e = db_one(r->db, STMT_AMEND_STUDIO, DBARGS(DBI(q->studio)),
	    &c)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	path = astrdup(r->a, db_col(c, AS_PATH));
	if (!auth_sees(r->who, path)) {
		db_end(c);
		return auth_hidden(r, "工作室");
	}
	st = sstatus_parse(db_col(c, AS_STATUS));
	if (db_coli(c, AS_BASE) != r->who->unit_id) {
		db_end(c);
		return arefuse(r, E_FORBIDDEN, "变更由工作室所在单位的基层工会申请");
	}
	if (st == SS_REVOKED) {
		db_end(c);
		return arefuse(r, E_CONFLICT, "工作室已被取消命名，不能申请变更");
	}
	for (i = 0; i < 6; i++)
		oldv[i] = newv[i] = "";
	if (q->kind == AK_LEADER)
		for (i = 0; i < 6; i++)
			oldv[i] = astrdup(r->a, nz(db_col(c, AS_LEADER + i)));
	else if (q->kind == AK_HOST_UNIT || q->kind == AK_FIELD ||
	    q->kind == AK_MEMBER_COUNT)
		oldv[0] = astrdup(r->a, nz(db_col(c, q->kind == AK_HOST_UNIT ?
		    AS_HOST : q->kind == AK_FIELD ? AS_FIELD : AS_MEMBERS)));
	db_end(c);
	switch (q->kind) {
	case AK_LEADER:
		newv[0] = q->leader_name;
		newv[1] = nz(q->leader_title);
		newv[2] = nz(q->leader_specialty);
		newv[3] = nz(q->leader_mobile);
		newv[4] = nz(q->leader_email);
		newv[5] = nz(q->leader_birth_month);
		break;
	case AK_HOST_UNIT:
		newv[0] = q->host_unit;
		break;
	case AK_FIELD:
		newv[0] = q->field;
		break;
	case AK_MEMBER_JOIN:
		newv[0] = q->member_name;
		newv[1] = nz(q->member_role);
		newv[2] = nz(q->member_trade);
		newv[3] = nz(q->member_title);
		newv[4] = q->member_on;
		break;
	case AK_MEMBER_LEAVE:
		if ((e = leaver(r, q->studio, q->member_id, &newv[0])) != E_OK)
			return e;
		oldv[0] = newv[0];
		newv[1] = q->member_on;
		break;
	default:
		newv[0] = aprintf(r->a, "%lld", (long long)q->member_count);
		break;
	}
	oldt = text_of(r, q->kind, oldv);
	newt = text_of(r, q->kind, newv);
	if (strcmp(oldt, newt) == 0)
		return arefuse(r, E_INVALID, "变更后的内容与现在的相同");
	/* A new leader who leads another studio is refused now, not later. */
	if (q->kind == AK_LEADER) {
		if ((c = db_query(r->db, STMT_AMEND_LEADER_TAKEN, DBARGS(
		    DBI(q->studio), DBS(q->leader_mobile), DBS(q->leader_name),
		    DBS(q->leader_birth_month)))) == NULL)
			return db_err(r->db);
		rc = db_step(c);
		db_end(c);
		if (rc < 0)
			return db_err(r->db);
		if (rc == 1)
			return arefuse(r, E_CONFLICT, aprintf(r->a, "%s已领衔"
			    "另一个职工创新工作室，一人只能领衔一个职工创新工作室",
			    q->leader_name));
	}
	e = db_exec(r->db, STMT_AMEND_ADD, DBARGS(DBI(q->studio),
	    DBS(akind_names[q->kind]), DBS(path), DBS(q->reason), DBS(oldt),
	    DBS(newt), q->kind == AK_LEADER ? DBS(q->leader_name) : DBN,
	    q->kind == AK_LEADER ? DBS(q->leader_title) : DBN,
	    q->kind == AK_LEADER ? DBS(q->leader_specialty) : DBN,
	    q->kind == AK_LEADER ? DBS(q->leader_mobile) : DBN,
	    q->kind == AK_LEADER ? DBS(q->leader_email) : DBN,
	    q->kind == AK_LEADER ? DBS(q->leader_birth_month) : DBN,
	    q->kind == AK_HOST_UNIT ? DBS(q->host_unit) : DBN,
	    q->kind == AK_FIELD ? DBS(q->field) : DBN,
	    q->kind == AK_MEMBER_COUNT ? DBI(q->member_count) : DBN,
	    q->kind == AK_MEMBER_LEAVE ? DBI(q->member_id) : DBN,
	    q->kind == AK_MEMBER_JOIN ? DBS(q->member_name) : DBN,
	    q->kind == AK_MEMBER_JOIN ? DBS(q->member_role) : DBN,
	    q->kind == AK_MEMBER_JOIN ? DBS(q->member_trade) : DBN,
	    q->kind == AK_MEMBER_JOIN ? DBS(q->member_title) : DBN,
	    q->kind == AK_MEMBER_JOIN || q->kind == AK_MEMBER_LEAVE ?
	    DBS(q->member_on) : DBN), NULL, &last);
	if (e == E_DUP)
		return arefuse(r, E_CONFLICT, "该工作室已有一项变更正在审核，"
		    "请等其办结后再申请");
	if (e != E_OK)
		return e;
	q->id = (int64_t)last;
	if ((e = step_add(r, STMT_AMEND_REVIEW_ADD, q->id,
	    stage_names[STAGE_BASE], "request", q->reason)) != E_OK)
		return e;
	what = aprintf(r->a, "amendment=%lld\nstudio=%lld\nkind=%s\n"
	    "old:\n%snew:\n%sreason=%s\n", (long long)q->id,
	    (long long)q->studio, akind_names[q->kind], oldt, newt,
	    q->reason);
	return audit_append(r->db, r->who, "amendment.request", "amendment",
	    q->id, what, strlen(what));
}

/* Columns of STMT_AMEND_LOCK. */
enum { AL_STATUS, AL_VERSION, AL_KIND, AL_STUDIO, AL_PATH, AL_BASE,
	AL_AUDIT, AL_NAME, AL_TITLE, AL_SPECIALTY, AL_MOBILE, AL_EMAIL,
	AL_BIRTH, AL_HOST, AL_FIELD, AL_MEMBERS, AL_NEWTEXT, AL_MEMBER_ID,
	AL_MEMBER_NAME, AL_MEMBER_ROLE, AL_MEMBER_TRADE, AL_MEMBER_TITLE,
	AL_MEMBER_ON };

/* The approved change becomes the studio's current data. */
static enum err
apply(struct req *r, struct dbq *c, enum akind kind, int64_t studio)
{
	enum err	 e;
	uint64_t	 n = 0;

	switch (kind) {
	case AK_LEADER:
		e = db_exec(r->db, STMT_AMEND_APPLY_LEADER, DBARGS(
		    DBS(db_col(c, AL_NAME)), DBS(db_col(c, AL_TITLE)),
		    DBS(db_col(c, AL_SPECIALTY)), DBS(db_col(c, AL_MOBILE)),
		    DBS(db_col(c, AL_EMAIL)), DBS(db_col(c, AL_BIRTH)),
		    DBI(studio)), &n, NULL);
		if (e != E_OK)
			return e;
		/* The new leader takes over the claim: one person, one. */
		e = db_exec(r->db, STMT_CLAIM_STUDIO_LEADER, DBARGS(
		    DBS(db_col(c, AL_MOBILE)), DBS(db_col(c, AL_NAME)),
		    DBS(db_col(c, AL_BIRTH)), DBI(studio)), NULL, NULL);
		if (e == E_DUP)
			return arefuse(r, E_CONFLICT, "新领衔人已领衔另一个"
			    "职工创新工作室，一人只能领衔一个职工创新工作室");
		if (e != E_OK)
			return e;
		/* The members: the old leader leaves, the new one joins. */
		if ((e = db_exec(r->db, STMT_MEMBER_LEADER_LEAVES,
		    DBARGS(DBI(studio)), NULL, NULL)) != E_OK)
			return e;
		return db_exec(r->db, STMT_STUDIO_LEADER_JOINS,
		    DBARGS(DBI(studio)), NULL, NULL);
	case AK_HOST_UNIT:
		return db_exec(r->db, STMT_AMEND_APPLY_HOST, DBARGS(
		    DBS(db_col(c, AL_HOST)), DBI(studio)), &n, NULL);
	case AK_FIELD:
		return db_exec(r->db, STMT_AMEND_APPLY_FIELD, DBARGS(
		    DBS(db_col(c, AL_FIELD)), DBI(studio)), &n, NULL);
	case AK_MEMBER_JOIN:
		return db_exec(r->db, STMT_MEMBER_ADD, DBARGS(DBI(studio),
		    DBS(db_col(c, AL_MEMBER_NAME)),
		    DBS(db_col(c, AL_MEMBER_ROLE)),
		    DBS(db_col(c, AL_MEMBER_TRADE)),
		    DBS(db_col(c, AL_MEMBER_TITLE)),
		    DBS(db_col(c, AL_MEMBER_ON))), NULL, NULL);
	case AK_MEMBER_LEAVE:
		if ((e = db_exec(r->db, STMT_MEMBER_LEAVE, DBARGS(
		    DBS(db_col(c, AL_MEMBER_ON)), DBI(db_coli(c,
		    AL_MEMBER_ID)), DBI(studio)), &n, NULL)) != E_OK)
			return e;
		return n == 1 ? E_OK : arefuse(r, E_CONFLICT,
		    "该成员已经退出工作室");
	default:
		return db_exec(r->db, STMT_AMEND_APPLY_MEMBERS, DBARGS(
		    DBI(db_coli(c, AL_MEMBERS)), DBI(studio)), &n, NULL);
	}
}

enum err
amendment_act(struct aact *a)
{
	struct req	*r = a->r;
	struct dbq	*c;
	enum amstatus	 from, to;
	enum akind	 kind;
	enum stage	 stage;
	int		 st, t;
	int64_t		 studio;
	uint64_t	 n = 0;
	char		*what;
	enum err	 e;

	if ((e = db_one(r->db, STMT_AMEND_LOCK, DBARGS(DBI(a->id)), &c)) !=
	    E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "变更申请") : e;
	if (!auth_sees(r->who, db_col(c, AL_PATH))) {
		db_end(c);
		return auth_hidden(r, "变更申请");
	}
	from = amstatus_parse(db_col(c, AL_STATUS));
	kind = akind_parse(db_col(c, AL_KIND));
	studio = db_coli(c, AL_STUDIO);
	if (a->version != db_coli(c, AL_VERSION)) {
		db_end(c);
		return arefuse(r, E_CONFLICT,
		    "该变更申请已被他人办理，请刷新页面后重新操作");
	}
	if (kind == AK__MAX || !machine_next(&amendment_machine, from,
	    a->action, amendment_guard(kind), &st, &t)) {
		db_end(c);
		return arefuse(r, E_CONFLICT, "该变更申请当前的状态不允许此操作");
	}
	stage = (enum stage)st;
	to = (enum amstatus)t;
	a->to = to;
	if (!review_actor(r->who, stage, db_coli(c, AL_BASE),
	    db_coli(c, AL_AUDIT))) {
		db_end(c);
		return arefuse(r, E_FORBIDDEN, "此操作应由当前审核阶段的单位办理");
	}
	e = to == AM_APPROVED ? apply(r, c, kind, studio) : E_OK;
	what = aprintf(r->a, "amendment=%lld\nstudio=%lld\nkind=%s\n"
	    "action=%s\nfrom=%s\nto=%s\nnew:\n%sopinion=%s\n",
	    (long long)a->id, (long long)studio, akind_names[kind],
	    amaction_names[a->action], amstatus_names[from],
	    amstatus_names[to], nz(db_col(c, AL_NEWTEXT)), a->opinion);
	db_end(c);
	if (e != E_OK)
		return e;
	if ((e = db_exec(r->db, STMT_AMEND_SET_STATUS, DBARGS(
	    DBS(amstatus_names[to]), DBI(a->id), DBI(a->version)), &n,
	    NULL)) != E_OK)
		return e;
	if (n != 1)
		return arefuse(r, E_CONFLICT,
		    "该变更申请已被他人办理，请刷新页面后重新操作");
	if ((e = step_add(r, STMT_AMEND_REVIEW_ADD, a->id, stage_names[stage],
	    amaction_names[a->action], a->opinion)) != E_OK)
		return e;
	/* An approved change is an event of the studio's life. */
	if (to == AM_APPROVED && (e = db_exec(r->db, STMT_STUDIO_EVENT_AMEND,
	    DBARGS(DBI(studio), DBI(r->who->unit_id), DBI(r->who->cert_id),
	    DBS(r->who->holder), DBS(aprintf(r->a, "%s", a->opinion)),
	    DBI(studio)), NULL, NULL)) != E_OK)
		return e;
	a->studio = studio;
	return audit_append(r->db, r->who, aprintf(r->a, "amendment.%s",
	    amaction_names[a->action]), "amendment", a->id, what,
	    strlen(what));
}

/* <field name="">value</field> of each "name=value" line. */
static void
lines_xml(struct req *r, const char *elem, const char *text)
{
	char	*copy, *line, *save = NULL, *eq;

	xml_start(r, elem);
	copy = astrdup(r->a, text != NULL ? text : "");
	for (line = strtok_r(copy, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if ((eq = strchr(line, '=')) == NULL)
			continue;
		*eq = '\0';
		xml_start(r, "field");
		xml_attr(r, "name", line);
		xml_text(r, eq + 1);
		xml_end(r);
	}
	xml_end(r);
}

enum err
amendment_xml(struct req *r, int64_t id)
{
	struct dbq	*c;
	enum amstatus	 st;
	enum akind	 kind;
	int64_t		 base, audit;
	enum err	 e;

	if ((e = db_one(r->db, STMT_AMEND_GET, DBARGS(DBI(id)), &c)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "变更申请") : e;
	if (!auth_sees(r->who, db_col(c, 10))) {
		db_end(c);
		return auth_hidden(r, "变更申请");
	}
	kind = akind_parse(db_col(c, 2));
	st = amstatus_parse(db_col(c, 3));
	base = db_coli(c, 12);
	audit = db_coli(c, 13);
	xml_begin(r, "amendment");
	xml_attr(r, "id", db_col(c, 0));
	xml_attr(r, "studio", db_col(c, 1));
	xml_attr(r, "kind", db_col(c, 2));
	xml_attr(r, "status", db_col(c, 3));
	xml_attr(r, "version", db_col(c, 4));
	xml_attr(r, "requested", xml_datetime(r, db_col(c, 8)));
	xml_attr(r, "since", xml_datetime(r, db_col(c, 9)));
	xml_elem(r, "studio-name", db_col(c, 11));
	xml_elem(r, "reason", db_col(c, 5));
	lines_xml(r, "old", db_col(c, 6));
	lines_xml(r, "new", db_col(c, 7));
	db_end(c);
	if ((e = steps_xml(r, STMT_AMEND_REVIEWS, id)) != E_OK)
		return e;
	machine_xml_actions(r, &amendment_machine, st, amendment_guard(kind),
	    kind != AK__MAX ? review_stages(r->who, base, audit) : 0);
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

enum err
amendments_xml(struct req *r, int64_t studio)
{
	struct dbq	*c;
	enum sstatus	 st;
	int64_t		 base;
	int		 rc, open = 0;
	enum err	 e;

	if ((e = db_one(r->db, STMT_AMEND_STUDIO_GET, DBARGS(DBI(studio)),
	    &c)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	if (!auth_sees(r->who, db_col(c, AS_PATH))) {
		db_end(c);
		return auth_hidden(r, "工作室");
	}
	st = sstatus_parse(db_col(c, AS_STATUS));
	base = db_coli(c, AS_BASE);
	xml_begin(r, "amendments");
	xml_attri(r, "studio", studio);
	xml_attr(r, "studio-status", db_col(c, AS_STATUS));
	xml_start(r, "current");
	xml_start(r, "leader");
	xml_elem(r, "name", db_col(c, AS_LEADER));
	xml_elem(r, "title", db_col(c, AS_TITLE));
	xml_elem(r, "specialty", db_col(c, AS_SPECIALTY));
	xml_elem(r, "mobile", db_col(c, AS_MOBILE));
	xml_elem(r, "email", db_col(c, AS_EMAIL));
	xml_elem(r, "birth-month", db_col(c, AS_BIRTH));
	xml_end(r);
	xml_elem(r, "host-unit", db_col(c, AS_HOST));
	xml_elem(r, "field", db_col(c, AS_FIELD));
	xml_elem(r, "member-count", db_col(c, AS_MEMBERS));
	db_end(c);
	if ((c = db_query(r->db, STMT_MEMBERS_CURRENT,
	    DBARGS(DBI(studio)))) == NULL)
		return db_err(r->db);
	xml_start(r, "members");
	while ((rc = db_step(c)) == 1) {
		xml_start(r, "member");
		xml_attr(r, "id", db_col(c, 0));
		xml_attr(r, "role", db_col(c, 2));
		xml_text(r, db_col(c, 1));
		xml_end(r);
	}
	db_end(c);
	xml_end(r);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);
	if ((e = db_one(r->db, STMT_AMEND_STUDIO_GET, DBARGS(DBI(studio)),
	    &c)) != E_OK)
		return e;
	xml_elem(r, "studio-name", db_col(c, AS_NAME));
	db_end(c);
	if ((c = db_query(r->db, STMT_AMEND_OF_STUDIO, DBARGS(DBI(studio)))) ==
	    NULL)
		return db_err(r->db);
	while ((rc = db_step(c)) == 1) {
		enum amstatus s = amstatus_parse(db_col(c, 2));

		if (s == AM_REQUESTED || s == AM_AUDITED)
			open = 1;
		xml_start(r, "amendment");
		xml_attr(r, "id", db_col(c, 0));
		xml_attr(r, "kind", db_col(c, 1));
		xml_attr(r, "status", db_col(c, 2));
		xml_attr(r, "requested", xml_datetime(r, db_col(c, 3)));
		xml_attr(r, "since", xml_datetime(r, db_col(c, 4)));
		lines_xml(r, "new", db_col(c, 5));
		xml_end(r);
	}
	db_end(c);
	if (rc < 0)
		return db_err(r->db);
	xml_start(r, "request");
	xml_attrb(r, "allowed", !open && st != SS_REVOKED && st != SS__MAX &&
	    r->who->unit_id == base);
	xml_end(r);
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

enum err
amendment_xml_pending(struct req *r)
{
	struct dbq	*c;
	int		 city = r->who->kind == KIND_CITY, rc;

	if ((c = db_query(r->db, STMT_AMEND_PENDING, DBARGS(DBI(city), DBI(city),
	    DBI(r->who->unit_id)))) == NULL)
		return db_err(r->db);
	/* The first row first: it carries the total (all that wait). */
	rc = db_step(c);
	xml_start(r, "amendment-todo");
	xml_attri(r, "total", rc == 1 ? db_coli(c, 7) : 0);
	for (; rc == 1; rc = db_step(c)) {
		xml_start(r, "amendment");
		xml_attr(r, "id", db_col(c, 0));
		xml_attr(r, "studio", db_col(c, 1));
		xml_attr(r, "status", db_col(c, 2));
		xml_attr(r, "number", db_col(c, 4));
		xml_attr(r, "kind", db_col(c, 5));
		xml_attr(r, "since", xml_datetime(r, db_col(c, 6)));
		xml_text(r, db_col(c, 3));
		xml_end(r);
	}
	db_end(c);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
amendment_xml_dossier(struct req *r, int64_t studio)
{
	struct dbq	*c;
	int64_t		*ids = NULL, *grown;
	size_t		 i, n = 0;
	int		 rc;
	enum err	 e;

	/* The ids first: each amendment then reads its own rows. */
	if ((c = db_query(r->db, STMT_AMEND_OF_STUDIO, DBARGS(DBI(studio)))) ==
	    NULL)
		return db_err(r->db);
	while ((rc = db_step(c)) == 1) {
		grown = amalloc(r->a, (n + 1) * sizeof(*ids));
		if (n > 0)
			memcpy(grown, ids, n * sizeof(*ids));
		ids = grown;
		ids[n++] = db_coli(c, 0);
	}
	db_end(c);
	if (rc < 0)
		return db_err(r->db);
	xml_start(r, "amendments");
	for (i = 0; i < n; i++) {
		if ((e = db_one(r->db, STMT_AMEND_GET, DBARGS(DBI(ids[i])),
		    &c)) != E_OK)
			return e;
		xml_start(r, "amendment");
		xml_attr(r, "id", db_col(c, 0));
		xml_attr(r, "kind", db_col(c, 2));
		xml_attr(r, "status", db_col(c, 3));
		xml_attr(r, "requested", xml_datetime(r, db_col(c, 8)));
		xml_attr(r, "since", xml_datetime(r, db_col(c, 9)));
		xml_elem(r, "reason", db_col(c, 5));
		lines_xml(r, "old", db_col(c, 6));
		lines_xml(r, "new", db_col(c, 7));
		db_end(c);
		if ((e = steps_xml(r, STMT_AMEND_REVIEWS, ids[i])) != E_OK)
			return e;
		xml_end(r);
	}
	xml_end(r);
	return E_OK;
}
