/*
 * training.c: the people of the programme as a model (seed 五.3, 五.4,
 * 五.6).  Training sessions for studio leaders (领衔人培训): the city, or a
 * district or industry union for its subtree, sets one up, invites studios
 * of its subtree (named, not revoked or upgraded; the leader's name kept
 * as it is at the invitation) and, once the session has begun, records who
 * attended.  A studio's file shows its leaders' sessions; a unit's to-do
 * page the studios whose present leader attended none this year.
 * Publicity events (现场会, 观摩会, 学习交流会): hosted by a studio or a
 * unit, with the studios taking part, a summary and photos (attachments,
 * owner "event"); the public site lists the past ones that the organiser
 * left public.  A studio's collaboration links (to a 劳模和工匠人才创新
 * 工作室 by name, to another named studio by id), kept by its base union.
 * Nothing here knows HTTP; nothing here uses the studio model (studio.c
 * uses this file for the studio's file).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

const char *const evkind_names[EV__MAX] = {
	[EV_ONSITE] = "onsite",
	[EV_OBSERVATION] = "observation",
	[EV_EXCHANGE] = "exchange",
};

const char *const lnkind_names[LT__MAX] = {
	[LT_MODEL_WORKER] = "model-worker",
	[LT_STUDIO] = "studio",
};

const char *const tgaction_names[TG__MAX] = {
	[TG_CREATE] = "create",
	[TG_INVITE] = "invite",
	[TG_ATTEND] = "attend",
};

const char *const evaction_names[EA__MAX] = {
	[EA_CREATE] = "create",
	[EA_UPDATE] = "update",
	[EA_STUDIOS] = "studios",
	[EA_PHOTOS] = "photos",
};

const char *const lnaction_names[LN__MAX] = {
	[LN_ADD] = "add",
	[LN_REMOVE] = "remove",
};

/* The statuses of a studio that a session or an event may name. */
static const char *const active_names[] = {
	"active", "key-support", "supervised"
};

static int
studio_active(const char *status)
{
	return name_index(status, active_names, 3) < 3;
}

static enum err
refuse(struct req *r, enum err e, const char *msg)
{
	r->message = msg;
	return e;
}

/* A field refused: named, and the refusal E_INVALID. */
static enum err
bad(struct req *r, const char *field, const char *label, const char *msg)
{
	req_ferr(r, field, label, msg);
	return refuse(r, E_INVALID, msg);
}

static const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

/* Whether the path is that of r->who's unit or of one of its ancestors. */
static int
above(const struct req *r, const char *path)
{
	return strncmp(r->who->unit_path, path, strlen(path)) == 0;
}

/* ------------------------------------------------------------ pure logic */

/*
 * Days since 1970-01-01 of a YYYY-MM-DD date (proleptic Gregorian), or
 * -1 when it is not one.
 */
static long
day_number(const char *s)
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };
	long	 y, m, d, era, yoe, doy, doe;
	int	 leap, i;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	y = strtol(s, NULL, 10);
	m = strtol(s + 5, NULL, 10);
	d = strtol(s + 8, NULL, 10);
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (y < 1900 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1] + (m == 2 && leap))
		return -1;
	/* Howard Hinnant's days_from_civil. */
	y -= m <= 2;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

const char *
training_check(const char *starts_on, const char *ends_on, int64_t hours,
    const char **field)
{
	long	 a = day_number(starts_on), b = day_number(ends_on);

	*field = "starts-on";
	if (a < 0)
		return "请填写开始日期（年-月-日）";
	*field = "ends-on";
	if (b < 0)
		return "请填写结束日期（年-月-日）";
	if (b < a)
		return "结束日期不能早于开始日期";
	if (b - a >= 366)
		return "一期培训不超过一年";
	*field = "hours";
	if (hours < 1)
		return "学时应不少于 1";
	if (hours > 12 * (b - a + 1))
		return "学时过多：每天不超过 12 学时";
	*field = NULL;
	return NULL;
}

int
ids_parse(const struct kvlist *l, const char *key, int64_t *out, size_t max)
{
	size_t		 i, j, k, n = kv_count(l, key);
	int64_t		 v;
	const char	*s;

	for (k = 0, i = 0; i < n; i++) {
		s = kv_nth(l, key, i);
		if (s == NULL || valid_int(s, 1, INT32_MAX, &v) != NULL)
			return -1;
		for (j = 0; j < k; j++)
			if (out[j] == v)
				break;
		if (j < k)
			continue;
		if (k == max)
			return -1;
		out[k++] = v;
	}
	return (int)k;
}

/* -------------------------------------------------------------- training */

static enum err
training_create(struct trainact *a)
{
	struct req	*r = a->r;
	const char	*field, *msg;
	uint64_t	 last = 0;
	char		*what;
	enum err	 e;

	if (r->who->kind == KIND_BASE)
		return refuse(r, E_FORBIDDEN, "领衔人培训由市总工会或县（市）区、"
		    "开发区总工会、市产业工会组织");
	if ((msg = training_check(a->starts_on, a->ends_on, a->hours,
	    &field)) != NULL)
		return bad(r, field, strcmp(field, "hours") == 0 ? "学时" :
		    strcmp(field, "ends-on") == 0 ? "结束日期" : "开始日期", msg);
	if ((e = db_exec(r->db, STMT_TRAINING_ADD, DBARGS(DBI(r->who->unit_id),
	    DBS(r->who->unit_path), DBS(a->title), DBS(a->starts_on),
	    DBS(a->ends_on), DBS(a->place), DBI(a->hours),
	    DBI(r->who->cert_id), DBS(r->who->holder)), NULL, &last)) != E_OK)
		return e;
	a->id = (int64_t)last;
	what = aprintf(r->a, "training=%lld\ntitle=%s\nstarts-on=%s\n"
	    "ends-on=%s\nplace=%s\nhours=%lld\n", (long long)a->id, a->title,
	    a->starts_on, a->ends_on, a->place, (long long)a->hours);
	return audit_append(r->db, r->who, "training.create", "training",
	    a->id, what, strlen(what));
}

/* Columns of STMT_TRAINING_LOCK. */
enum { TL_ORGANISER, TL_PATH, TL_VERSION, TL_STARTED };

/*
 * The session, locked, as its organiser: E_OK with its path, version
 * and whether it has begun.
 */
static enum err
training_lock(struct req *r, int64_t id, const char **path,
    int64_t *version, int *started)
{
	struct dbq	*q;
	int64_t		 org;
	enum err	 e;

	if ((e = db_one(r->db, STMT_TRAINING_LOCK, DBARGS(DBI(id)), &q)) !=
	    E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "培训") : e;
	org = db_coli(q, TL_ORGANISER);
	*path = astrdup(r->a, db_col(q, TL_PATH));
	*version = db_coli(q, TL_VERSION);
	*started = db_coli(q, TL_STARTED) != 0;
	db_end(q);
	if (!auth_sees(r->who, *path) && !above(r, *path))
		return auth_hidden(r, "培训");
	if (org != r->who->unit_id)
		return refuse(r, E_FORBIDDEN, "培训的邀请和出席情况由组织单位登记");
	return E_OK;
}

static enum err
training_invite(struct trainact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	const char	*path, *spath, *leader;
	char		*what, *list = "";
	int64_t		 version;
	int		 i, started, ok;
	enum err	 e;

	if ((e = training_lock(r, a->id, &path, &version, &started)) != E_OK)
		return e;
	if (a->nids == 0)
		return bad(r, "studio", "工作室", "请选择要邀请的工作室");
	for (a->done = 0, i = 0; i < a->nids; i++) {
		if ((e = db_one(r->db, STMT_TRAINING_STUDIO,
		    DBARGS(DBI(a->ids[i])), &q)) != E_OK && e != E_NOTFOUND)
			return e;
		ok = e == E_OK && studio_active(db_col(q, 0)) &&
		    strncmp(db_col(q, 1), path, strlen(path)) == 0;
		spath = ok ? astrdup(r->a, db_col(q, 1)) : NULL;
		leader = ok ? astrdup(r->a, db_col(q, 2)) : NULL;
		if (e == E_OK)
			db_end(q);
		if (!ok)
			return bad(r, "studio", "工作室", "所选工作室不在本次培训的"
			    "邀请范围内（组织单位所辖、已命名且未取消命名的工作室）");
		e = db_exec(r->db, STMT_TRAINING_INVITE, DBARGS(DBI(a->id),
		    DBI(a->ids[i]), DBS(spath), DBS(leader),
		    DBI(r->who->unit_id), DBI(r->who->cert_id),
		    DBS(r->who->holder)), NULL, NULL);
		if (e == E_DUP)
			continue;	/* invited already */
		if (e != E_OK)
			return e;
		a->done++;
		list = aprintf(r->a, "%s%lld:%s\n", list, (long long)a->ids[i],
		    leader);
	}
	if (a->done == 0)
		return refuse(r, E_CONFLICT, "所选工作室均已邀请");
	if ((e = db_exec(r->db, STMT_TRAINING_BUMP, DBARGS(DBI(a->id)), NULL,
	    NULL)) != E_OK)
		return e;
	what = aprintf(r->a, "training=%lld\ninvited=%lld\n%s",
	    (long long)a->id, (long long)a->done, list);
	return audit_append(r->db, r->who, "training.invite", "training",
	    a->id, what, strlen(what));
}

static enum err
training_attend(struct trainact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	const char	*path;
	int64_t		*inv = NULL, version;
	size_t		 n = 0, k;
	char		*what, *list = "";
	int		 i, rc, started, yes;
	enum err	 e;

	if ((e = training_lock(r, a->id, &path, &version, &started)) != E_OK)
		return e;
	if (version != a->version)
		return refuse(r, E_CONFLICT, "培训的情况已被他人修改，"
		    "请重新打开本页面后再登记");
	if (!started)
		return refuse(r, E_CONFLICT, "培训尚未开始，开始后方可登记出席情况");
	if ((q = db_query(r->db, STMT_TRAINING_ALL_INVITEES,
	    DBARGS(DBI(a->id)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		int64_t	*grown = amalloc(r->a, (n + 1) * sizeof(*inv));

		if (n > 0)
			memcpy(grown, inv, n * sizeof(*inv));
		inv = grown;
		inv[n++] = db_coli(q, 0);
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	if (n == 0)
		return refuse(r, E_CONFLICT, "本次培训尚未邀请工作室");
	/* Every one ticked is an invitee. */
	for (i = 0; i < a->nids; i++) {
		for (k = 0; k < n && inv[k] != a->ids[i]; k++)
			continue;
		if (k == n)
			return bad(r, "attended", "出席", "所选工作室未受邀参加本次培训");
	}
	for (a->done = 0, k = 0; k < n; k++) {
		for (yes = 0, i = 0; i < a->nids; i++)
			yes |= a->ids[i] == inv[k];
		if ((e = db_exec(r->db, STMT_TRAINING_ATTEND, DBARGS(DBI(yes),
		    DBI(a->id), DBI(inv[k])), NULL, NULL)) != E_OK)
			return e;
		a->done += yes;
		list = aprintf(r->a, "%s%lld=%d\n", list, (long long)inv[k], yes);
	}
	if ((e = db_exec(r->db, STMT_TRAINING_BUMP, DBARGS(DBI(a->id)), NULL,
	    NULL)) != E_OK)
		return e;
	what = aprintf(r->a, "training=%lld\nattended=%lld\n%s",
	    (long long)a->id, (long long)a->done, list);
	return audit_append(r->db, r->who, "training.attend", "training",
	    a->id, what, strlen(what));
}

enum err
training_act(struct trainact *a)
{
	switch (a->action) {
	case TG_CREATE:
		return training_create(a);
	case TG_INVITE:
		return training_invite(a);
	case TG_ATTEND:
		return training_attend(a);
	default:
		return refuse(a->r, E_INVALID, "未知的操作");
	}
}

/* The session list's filters, bound in TRAINING_FILTER's order. */
static const struct lfilter training_filters[] = {
	{ "year", LF_YEAR, NULL, 0, 0, 0, 0 },
	{ "q", LF_SEARCH, NULL, 0, 0, 1, 1 },
};

/* Its columns, from STMT_TRAINING_PAGE. */
static const struct lcol training_cols[] = {
	{ "id", LX_ATTR, 0, 0, { NULL, 0, 0, NULL } },
	{ "starts-on", LX_ATTR, 1, 0, { NULL, 0, 0, NULL } },
	{ "ends-on", LX_ATTR, 2, 0, { NULL, 0, 0, NULL } },
	{ "hours", LX_ATTR, 3, 0, { NULL, 0, 0, NULL } },
	{ "invited", LX_ATTR, 8, 0, { NULL, 0, 0, NULL } },
	{ "attended", LX_ATTR, 9, 0, { NULL, 0, 0, NULL } },
	{ "title", LX_ELEM, 6, 0, { NULL, 0, 0, NULL } },
	{ "organiser", LX_UNIT, 4, 5, { NULL, 0, 0, NULL } },
	{ "place", LX_ELEM, 7, 0, { NULL, 0, 0, NULL } },
};

/* Whether r->who may set up a session, and the years. */
static enum err
trainings_head(struct req *r)
{
	xml_attrb(r, "may-create", r->who->kind != KIND_BASE);
	return xml_years(r, STMT_TRAINING_YEARS);
}

const struct listdef list_trainings = {
	"trainings", "training", STMT_TRAINING_COUNT, STMT_TRAINING_PAGE, 2,
	training_filters, sizeof(training_filters) / sizeof(training_filters[0]),
	training_cols, sizeof(training_cols) / sizeof(training_cols[0]),
	CT__MAX, NULL, 0, trainings_head, NULL,
	STMT__MAX, STMT__MAX, -1, -1, NULL, 0
};


/* "true", "false", or "" for a NULL (not recorded). */
static const char *
tristate(const char *v)
{
	if (v == NULL)
		return "";
	return strcmp(v, "0") == 0 ? "false" : "true";
}

/* Columns of STMT_TRAINING_GET. */
enum { TG_ID, TG_VERSION, TG_ORG, TG_ORG_NAME, TG_PATH, TG_TITLE, TG_STARTS,
	TG_ENDS, TG_PLACE, TG_HOURS, TG_STARTED };

enum err
training_xml(struct req *r, int64_t id)
{
	struct dbq	*q;
	char		*path;
	int		 rc, mine, started;
	int64_t		 invited = 0, attended = 0;
	enum err	 e;

	if ((e = db_one(r->db, STMT_TRAINING_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "培训") : e;
	path = astrdup(r->a, db_col(q, TG_PATH));
	/* The organiser, the units below it and those above. */
	if (!auth_sees(r->who, path) && !above(r, path)) {
		db_end(q);
		return auth_hidden(r, "培训");
	}
	mine = db_coli(q, TG_ORG) == r->who->unit_id;
	started = db_coli(q, TG_STARTED) != 0;
	xml_begin(r, "training");
	xml_attr(r, "id", db_col(q, TG_ID));
	xml_attr(r, "version", db_col(q, TG_VERSION));
	xml_attr(r, "starts-on", db_col(q, TG_STARTS));
	xml_attr(r, "ends-on", db_col(q, TG_ENDS));
	xml_attr(r, "hours", db_col(q, TG_HOURS));
	xml_attrb(r, "started", started);
	xml_attrb(r, "may-manage", mine);
	xml_elem(r, "title", db_col(q, TG_TITLE));
	xml_elem(r, "place", db_col(q, TG_PLACE));
	xml_ref(r, "organiser", db_col(q, TG_ORG), db_col(q, TG_ORG_NAME));
	db_end(q);

	/* The invitees r->who sees: those of its own subtree. */
	if ((q = db_query(r->db, STMT_TRAINING_INVITEES, DBARGS(DBI(id),
	    DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	xml_start(r, "invitees");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "invitee");
		xml_attr(r, "studio", db_col(q, 0));
		xml_attr(r, "number", db_col(q, 1));
		xml_attr(r, "attended", tristate(db_col(q, 5)));
		xml_elem(r, "name", db_col(q, 2));
		xml_elem(r, "host-unit", db_col(q, 3));
		xml_ref(r, "base-union", db_col(q, 6), db_col(q, 7));
		xml_elem(r, "leader", db_col(q, 4));
		xml_end(r);
		invited++;
		attended += db_col(q, 5) != NULL && db_coli(q, 5) != 0;
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);
	xml_start(r, "totals");
	xml_attri(r, "invited", invited);
	xml_attri(r, "attended", attended);
	xml_end(r);

	/* The invitation's choices, for the organiser. */
	if (mine) {
		if ((q = db_query(r->db, STMT_TRAINING_ELIGIBLE,
		    DBARGS(DBS(path), DBI(id)))) == NULL)
			return db_err(r->db);
		xml_start(r, "eligible");
		while ((rc = db_step(q)) == 1) {
			xml_start(r, "studio");
			xml_attr(r, "id", db_col(q, 0));
			xml_attr(r, "number", db_col(q, 1));
			xml_attr(r, "leader", db_col(q, 3));
			xml_text(r, db_col(q, 2));
			xml_end(r);
		}
		db_end(q);
		xml_end(r);
		if (rc < 0)
			return db_err(r->db);
	}
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

enum err
training_xml_studio(struct req *r, int64_t studio)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_STUDIO_TRAININGS,
	    DBARGS(DBI(studio)))) == NULL)
		return db_err(r->db);
	xml_start(r, "trainings");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "training");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "starts-on", db_col(q, 2));
		xml_attr(r, "ends-on", db_col(q, 3));
		xml_attr(r, "hours", db_col(q, 4));
		xml_attr(r, "attended", tristate(db_col(q, 8)));
		xml_elem(r, "title", db_col(q, 1));
		xml_ref(r, "organiser", db_col(q, 5), db_col(q, 6));
		xml_elem(r, "leader", db_col(q, 7));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
training_xml_todo(struct req *r)
{
	struct dbq	*q;
	const char	*today = xml_today(r), *from, *to;
	int64_t		 total = 0;
	int		 rc;
	enum err	 e;

	from = aprintf(r->a, "%.4s-01-01", today);
	to = aprintf(r->a, "%.4s-12-31", today);
	if ((e = db_int(r->db, STMT_TRAINING_TODO_COUNT,
	    DBARGS(DBS(r->who->unit_path), DBS(from), DBS(to),
	    DBS(r->who->unit_path)), &total, NULL)) != E_OK)
		return e;
	if (total == 0)
		return E_OK;
	if ((q = db_query(r->db, STMT_TRAINING_TODO,
	    DBARGS(DBS(r->who->unit_path), DBS(from), DBS(to)))) == NULL)
		return db_err(r->db);
	xml_start(r, "training-todo");
	xml_attr(r, "year", aprintf(r->a, "%.4s", today));
	xml_attri(r, "total", total);
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "studio");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "number", db_col(q, 1));
		xml_attr(r, "leader", db_col(q, 3));
		xml_text(r, db_col(q, 2));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* --------------------------------------------------------------- events */

/*
 * The event's host, checked against r->who's subtree: a studio that
 * may take part, or a unit; neither is r->who itself.
 */
static enum err
event_host(struct eventact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	int		 ok;
	enum err	 e;

	if (a->host_studio > 0 && a->host_unit > 0)
		return bad(r, "host-unit", "承办单位", "承办的工作室和单位只填一项");
	if (a->host_studio > 0) {
		if ((e = db_one(r->db, STMT_TRAINING_STUDIO,
		    DBARGS(DBI(a->host_studio)), &q)) != E_OK &&
		    e != E_NOTFOUND)
			return e;
		ok = e == E_OK && studio_active(db_col(q, 0)) &&
		    auth_sees(r->who, db_col(q, 1));
		if (e == E_OK)
			db_end(q);
		if (!ok)
			return bad(r, "host-studio", "承办工作室",
			    "所选工作室不在本单位管辖范围内");
		return E_OK;
	}
	if (a->host_unit == 0)
		a->host_unit = r->who->unit_id;
	if ((e = db_one(r->db, STMT_EVENT_UNIT, DBARGS(DBI(a->host_unit)),
	    &q)) != E_OK && e != E_NOTFOUND)
		return e;
	ok = e == E_OK && auth_sees(r->who, db_col(q, 0));
	if (e == E_OK)
		db_end(q);
	if (!ok)
		return bad(r, "host-unit", "承办单位", "所选单位不在本单位管辖范围内");
	return E_OK;
}

static const char *
event_what(struct eventact *a)
{
	return aprintf(a->r->a, "event=%lld\nkind=%s\nheld-on=%s\ntitle=%s\n"
	    "host-studio=%lld\nhost-unit=%lld\npublic=%d\nsummary=%s\n",
	    (long long)a->id, evkind_names[a->kind], a->held_on, a->title,
	    (long long)a->host_studio, (long long)a->host_unit,
	    a->public != 0, a->summary);
}

static enum err
event_create(struct eventact *a)
{
	struct req	*r = a->r;
	const char	*what;
	uint64_t	 last = 0;
	enum err	 e;

	if ((e = event_host(a)) != E_OK)
		return e;
	if ((e = db_exec(r->db, STMT_EVENT_ADD, DBARGS(DBI(r->who->unit_id),
	    DBS(r->who->unit_path), DBS(evkind_names[a->kind]),
	    DBS(a->held_on), DBS(a->title),
	    a->host_studio > 0 ? DBI(a->host_studio) : DBN,
	    a->host_studio > 0 ? DBN : DBI(a->host_unit), DBS(a->summary),
	    DBI(a->public != 0), DBI(a->public != 0), DBI(r->who->cert_id),
	    DBS(r->who->holder)), NULL, &last)) != E_OK)
		return e;
	a->id = (int64_t)last;
	what = event_what(a);
	return audit_append(r->db, r->who, "event.create", "event", a->id,
	    what, strlen(what));
}

/* Columns of STMT_EVENT_LOCK. */
enum { EL_ORGANISER, EL_PATH, EL_VERSION, EL_PUBLIC };

/* The event, locked, as its organiser: E_OK with its path and version. */
static enum err
event_lock(struct req *r, int64_t id, const char **path, int64_t *version)
{
	struct dbq	*q;
	int64_t		 org;
	enum err	 e;

	if ((e = db_one(r->db, STMT_EVENT_LOCK, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "宣传活动") : e;
	org = db_coli(q, EL_ORGANISER);
	*path = astrdup(r->a, db_col(q, EL_PATH));
	*version = db_coli(q, EL_VERSION);
	db_end(q);
	if (!auth_sees(r->who, *path) && !above(r, *path))
		return auth_hidden(r, "宣传活动");
	if (org != r->who->unit_id)
		return refuse(r, E_FORBIDDEN, "宣传活动由组织单位维护");
	return E_OK;
}

static enum err
event_update(struct eventact *a)
{
	struct req	*r = a->r;
	const char	*path, *what;
	int64_t		 version;
	enum err	 e;

	if ((e = event_lock(r, a->id, &path, &version)) != E_OK)
		return e;
	if (version != a->version)
		return refuse(r, E_CONFLICT, "该活动已被他人修改，请重新打开本页面后再修改");
	if ((e = event_host(a)) != E_OK)
		return e;
	if ((e = db_exec(r->db, STMT_EVENT_UPDATE,
	    DBARGS(DBS(evkind_names[a->kind]), DBS(a->held_on), DBS(a->title),
	    a->host_studio > 0 ? DBI(a->host_studio) : DBN,
	    a->host_studio > 0 ? DBN : DBI(a->host_unit), DBS(a->summary),
	    DBI(a->public != 0), DBI(a->public != 0), DBI(a->id)), NULL,
	    NULL)) != E_OK)
		return e;
	what = event_what(a);
	return audit_append(r->db, r->who, "event.update", "event", a->id,
	    what, strlen(what));
}

static enum err
event_studios(struct eventact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	const char	*path;
	char		*what, *list = "";
	int64_t		 version, added = 0;
	int		 i, ok;
	enum err	 e;

	if ((e = event_lock(r, a->id, &path, &version)) != E_OK)
		return e;
	if (a->nids == 0)
		return bad(r, "studio", "参加的工作室", "请选择参加活动的工作室");
	for (i = 0; i < a->nids; i++) {
		if ((e = db_one(r->db, STMT_TRAINING_STUDIO,
		    DBARGS(DBI(a->ids[i])), &q)) != E_OK && e != E_NOTFOUND)
			return e;
		ok = e == E_OK && studio_active(db_col(q, 0)) &&
		    strncmp(db_col(q, 1), path, strlen(path)) == 0;
		if (e == E_OK)
			db_end(q);
		if (!ok)
			return bad(r, "studio", "参加的工作室",
			    "所选工作室不在组织单位的管辖范围内");
		e = db_exec(r->db, STMT_EVENT_STUDIO_ADD, DBARGS(DBI(a->id),
		    DBI(a->ids[i]), DBI(r->who->unit_id), DBS(r->who->holder)),
		    NULL, NULL);
		if (e == E_DUP)
			continue;
		if (e != E_OK)
			return e;
		added++;
		list = aprintf(r->a, "%s%lld\n", list, (long long)a->ids[i]);
	}
	if (added == 0)
		return refuse(r, E_CONFLICT, "所选工作室均已在参加名单中");
	if ((e = db_exec(r->db, STMT_EVENT_BUMP, DBARGS(DBI(a->id)), NULL,
	    NULL)) != E_OK)
		return e;
	what = aprintf(r->a, "event=%lld\nstudios=%lld\n%s", (long long)a->id,
	    (long long)added, list);
	return audit_append(r->db, r->who, "event.studios", "event", a->id,
	    what, strlen(what));
}

static enum err
event_photos(struct eventact *a)
{
	struct req	*r = a->r;
	const char	*path;
	char		*what;
	int64_t		 version, aid;
	enum atype	 t;
	size_t		 i;
	enum err	 e;

	if ((e = event_lock(r, a->id, &path, &version)) != E_OK)
		return e;
	if (r->nfiles == 0)
		return bad(r, "file", "照片", "请选择要上传的照片");
	for (i = 0; i < r->nfiles; i++) {
		t = attach_type(r->files[i].data, r->files[i].len);
		if (t != AT_JPEG && t != AT_PNG)
			return bad(r, "file", "照片", "照片只能是 JPEG 或 PNG 格式"
			    "（按文件内容判断，不看扩展名）");
		if ((e = attach_store(r, &r->files[i], "event", a->id, path,
		    &aid)) != E_OK)
			return e;
	}
	if ((e = db_exec(r->db, STMT_EVENT_BUMP, DBARGS(DBI(a->id)), NULL,
	    NULL)) != E_OK)
		return e;
	what = aprintf(r->a, "event=%lld\nphotos=%zu\n", (long long)a->id,
	    r->nfiles);
	return audit_append(r->db, r->who, "event.photos", "event", a->id,
	    what, strlen(what));
}

enum err
event_act(struct eventact *a)
{
	switch (a->action) {
	case EA_CREATE:
		return event_create(a);
	case EA_UPDATE:
		return event_update(a);
	case EA_STUDIOS:
		return event_studios(a);
	case EA_PHOTOS:
		return event_photos(a);
	default:
		return refuse(a->r, E_INVALID, "未知的操作");
	}
}

/* The event list's filters, bound in EVENT_FILTER's order. */
static const struct lfilter event_filters[] = {
	{ "year", LF_YEAR, NULL, 0, 0, 0, 0 },
	{ "kind", LF_ENUM, evkind_names, EV__MAX, 0, 0, 0 },
	{ "q", LF_SEARCH, NULL, 0, 0, 1, 1 },
};

/* Its columns, from STMT_EVENT_PAGE. */
static const struct lcol event_cols[] = {
	{ "id", LX_ATTR, 0, 0, { NULL, 0, 0, NULL } },
	{ "held-on", LX_ATTR, 1, 0, { NULL, 0, 0, NULL } },
	{ "kind", LX_ATTR, 2, 0, { NULL, 0, 0, NULL } },
	{ "public", LX_BOOL, 6, 0, { NULL, 0, 0, NULL } },
	{ "studios", LX_ATTR, 7, 0, { NULL, 0, 0, NULL } },
	{ "title", LX_ELEM, 3, 0, { NULL, 0, 0, NULL } },
	{ "organiser", LX_UNIT, 4, 5, { NULL, 0, 0, NULL } },
	{ "host", LX_ELEM, 8, 0, { NULL, 0, 0, NULL } },
};

/* The choices of an event's forms: the studios and units of r->who. */
static enum err
event_choices(struct req *r)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_EVENT_CHOICES,
	    DBARGS(DBS(r->who->unit_path)))) == NULL)
		return db_err(r->db);
	xml_start(r, "choices");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "studio");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "number", db_col(q, 1));
		xml_text(r, db_col(q, 2));
		xml_end(r);
	}
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	if ((q = db_query(r->db, STMT_EVENT_UNITS, DBARGS(DBI(r->who->unit_id),
	    DBI(r->who->unit_id)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "unit");
		xml_attr(r, "id", db_col(q, 0));
		xml_text(r, db_col(q, 1));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* Every unit may hold an event: the form's choices. */
static enum err
events_head(struct req *r)
{
	xml_attrb(r, "may-create", 1);
	return event_choices(r);
}

const struct listdef list_events = {
	"events", "event", STMT_EVENT_COUNT, STMT_EVENT_PAGE, 2,
	event_filters, sizeof(event_filters) / sizeof(event_filters[0]),
	event_cols, sizeof(event_cols) / sizeof(event_cols[0]),
	CT__MAX, NULL, 0, events_head, NULL,
	STMT__MAX, STMT__MAX, -1, -1, NULL, 0
};

/* Columns of STMT_EVENT_GET. */
enum { EG_ID, EG_VERSION, EG_ORG, EG_ORG_NAME, EG_PATH, EG_KIND, EG_ON,
	EG_TITLE, EG_HOST_STUDIO, EG_HOST_UNIT, EG_SUMMARY, EG_PUBLIC,
	EG_HOST };

enum err
event_xml(struct req *r, int64_t id)
{
	struct dbq	*q;
	const char	*path;
	int		 rc, mine;
	enum err	 e;

	if ((e = db_one(r->db, STMT_EVENT_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "宣传活动") : e;
	path = astrdup(r->a, db_col(q, EG_PATH));
	if (!auth_sees(r->who, path) && !above(r, path)) {
		db_end(q);
		return auth_hidden(r, "宣传活动");
	}
	mine = db_coli(q, EG_ORG) == r->who->unit_id;
	xml_begin(r, "event");
	xml_attr(r, "id", db_col(q, EG_ID));
	xml_attr(r, "version", db_col(q, EG_VERSION));
	xml_attr(r, "kind", db_col(q, EG_KIND));
	xml_attr(r, "held-on", db_col(q, EG_ON));
	xml_attrb(r, "public", db_coli(q, EG_PUBLIC) != 0);
	xml_attrb(r, "may-manage", mine);
	xml_elem(r, "title", db_col(q, EG_TITLE));
	xml_ref(r, "organiser", db_col(q, EG_ORG), db_col(q, EG_ORG_NAME));
	xml_start(r, "host");
	xml_attr(r, "studio", nz(db_col(q, EG_HOST_STUDIO)));
	xml_attr(r, "unit", nz(db_col(q, EG_HOST_UNIT)));
	xml_text(r, nz(db_col(q, EG_HOST)));
	xml_end(r);
	xml_elem(r, "summary", db_col(q, EG_SUMMARY));
	db_end(q);

	if ((q = db_query(r->db, STMT_EVENT_STUDIOS, DBARGS(DBI(id)))) == NULL)
		return db_err(r->db);
	xml_start(r, "studios");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "studio");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "number", db_col(q, 1));
		xml_attr(r, "status", db_col(q, 4));
		xml_elem(r, "name", db_col(q, 2));
		xml_elem(r, "host-unit", db_col(q, 3));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	if (rc < 0)
		return db_err(r->db);
	if ((e = attach_xml(r, "event", id)) != E_OK)
		return e;
	if (mine && (e = event_choices(r)) != E_OK)
		return e;
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	return E_OK;
}

/*
 * <photos> of a public event: its JPEG and PNG attachments, each with
 * the public site's links (/public/photos/{id}: scaled, and the
 * original); the caller lists only events that the public site shows.
 */
static enum err
event_photos_public(struct req *r, const char *id)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_PUBLIC_EVENT_PHOTOS,
	    DBARGS(DBS(id)))) == NULL)
		return db_err(r->db);
	xml_start(r, "photos");
	while ((rc = db_step(q)) == 1) {
		xml_start(r, "photo");
		xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "type", db_col(q, 2));
		xml_attr(r, "href", aprintf(r->a, "/public/photos/%s",
		    db_col(q, 0)));
		xml_attr(r, "original", aprintf(r->a,
		    "/public/photos/%s?size=original", db_col(q, 0)));
		xml_text(r, db_col(q, 1));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}

enum err
event_xml_public(struct req *r)
{
	struct dbq	*q, *s;
	int64_t		 total = 0;
	int		 page = req_pageno(r), rc, rs;
	enum err	 e;

	if ((e = db_int(r->db, STMT_PUBLIC_EVENT_COUNT, DBNOARGS, &total,
	    NULL)) != E_OK)
		return e;
	xml_begin(r, "public-events");
	xml_paging(r, page, total);
	if ((q = db_query(r->db, STMT_PUBLIC_EVENT_PAGE, DBARGS(DBI(PER_PAGE),
	    DBI((int64_t)(page - 1) * PER_PAGE)))) == NULL)
		return db_err(r->db);
	/* The rows first, then each one's studios: one query at a time. */
	{
		struct prow {
			const char	*id, *on, *kind, *title, *org, *summary,
					*hs, *host;
		}	*v = amalloc(r->a, PER_PAGE * sizeof(*v));
		size_t	 n = 0, i;

		while (n < PER_PAGE && (rc = db_step(q)) == 1) {
			v[n].id = astrdup(r->a, db_col(q, 0));
			v[n].on = astrdup(r->a, db_col(q, 1));
			v[n].kind = astrdup(r->a, db_col(q, 2));
			v[n].title = astrdup(r->a, db_col(q, 3));
			v[n].org = astrdup(r->a, db_col(q, 4));
			v[n].summary = astrdup(r->a, db_col(q, 5));
			v[n].hs = astrdup(r->a, nz(db_col(q, 6)));
			v[n].host = astrdup(r->a, nz(db_col(q, 7)));
			n++;
		}
		db_end(q);
		if (rc < 0)
			return db_err(r->db);
		for (i = 0; i < n; i++) {
			xml_start(r, "event");
			xml_attr(r, "id", v[i].id);
			xml_attr(r, "held-on", v[i].on);
			xml_attr(r, "kind", v[i].kind);
			xml_elem(r, "title", v[i].title);
			xml_elem(r, "organiser", v[i].org);
			xml_start(r, "host");
			xml_attr(r, "studio", v[i].hs);
			xml_text(r, v[i].host);
			xml_end(r);
			xml_elem(r, "summary", v[i].summary);
			if ((s = db_query(r->db, STMT_PUBLIC_EVENT_STUDIOS,
			    DBARGS(DBS(v[i].id)))) == NULL)
				return db_err(r->db);
			xml_start(r, "studios");
			while ((rs = db_step(s)) == 1) {
				xml_start(r, "studio");
				xml_attr(r, "id", db_col(s, 0));
				xml_text(r, db_col(s, 1));
				xml_end(r);
			}
			db_end(s);
			xml_end(r);
			if (rs < 0)
				return db_err(r->db);
			if ((e = event_photos_public(r, v[i].id)) != E_OK)
				return e;
			xml_end(r);
		}
	}
	return E_OK;
}

/* ---------------------------------------------------------------- links */

enum err
link_act(struct linkact *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	const char	*path, *name = "";
	char		*what;
	int64_t		 base;
	uint64_t	 n = 0, last = 0;
	int		 revoked, ok;
	enum err	 e;

	if ((e = db_one(r->db, STMT_LINK_STUDIO, DBARGS(DBI(a->studio)),
	    &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "工作室") : e;
	base = db_coli(q, 0);
	path = astrdup(r->a, db_col(q, 1));
	revoked = strcmp(db_col(q, 2), "revoked") == 0;
	db_end(q);
	if (!auth_sees(r->who, path))
		return auth_hidden(r, "工作室");
	if (base != r->who->unit_id)
		return refuse(r, E_FORBIDDEN, "协作联系由工作室所在单位工会登记");
	if (revoked)
		return refuse(r, E_CONFLICT, "该工作室已被取消命名");

	if (a->action == LN_REMOVE) {
		if ((e = db_exec(r->db, STMT_LINK_REMOVE, DBARGS(DBI(a->link),
		    DBI(a->studio)), &n, NULL)) != E_OK)
			return e;
		if (n == 0)
			return bad(r, "link", "协作联系", "所选协作联系不是本工作室的");
		what = aprintf(r->a, "studio=%lld\nlink=%lld\nremoved\n",
		    (long long)a->studio, (long long)a->link);
		return audit_append(r->db, r->who, "studio.link-remove",
		    "studio", a->studio, what, strlen(what));
	}

	if (a->kind == LT_STUDIO) {
		if (a->linked == 0)
			return bad(r, "linked", "协作的工作室", "请填写协作工作室的编号");
		if (a->linked == a->studio)
			return bad(r, "linked", "协作的工作室", "不能与本工作室自身建立协作联系");
		if ((e = db_one(r->db, STMT_LINK_TARGET, DBARGS(DBI(a->linked)),
		    &q)) != E_OK && e != E_NOTFOUND)
			return e;
		ok = e == E_OK && strcmp(db_col(q, 0), "revoked") != 0;
		name = ok ? astrdup(r->a, db_col(q, 1)) : "";
		if (e == E_OK)
			db_end(q);
		if (!ok)
			return bad(r, "linked", "协作的工作室",
			    "没有这个编号的已命名工作室");
	} else {
		if (*a->name == '\0')
			return bad(r, "name", "劳模和工匠人才创新工作室名称",
			    "请填写劳模和工匠人才创新工作室的名称");
		name = a->name;
		a->linked = 0;
	}
	if ((e = db_exec(r->db, STMT_LINK_ADD, DBARGS(DBI(a->studio), DBS(path),
	    DBS(lnkind_names[a->kind]), a->linked > 0 ? DBI(a->linked) : DBN,
	    DBS(a->kind == LT_STUDIO ? "" : name), DBS(a->note),
	    DBI(r->who->unit_id), DBI(r->who->cert_id), DBS(r->who->holder)),
	    NULL, &last)) != E_OK)
		return e;
	a->link = (int64_t)last;
	what = aprintf(r->a, "studio=%lld\nlink=%lld\nkind=%s\nlinked=%lld\n"
	    "name=%s\nnote=%s\n", (long long)a->studio, (long long)a->link,
	    lnkind_names[a->kind], (long long)a->linked, name, a->note);
	return audit_append(r->db, r->who, "studio.link", "studio", a->studio,
	    what, strlen(what));
}

enum err
links_xml(struct req *r, int64_t studio, int public)
{
	struct dbq	*q;
	const char	*st;
	int		 rc, revoked, mine;
	enum err	 e;

	if ((e = db_one(r->db, STMT_LINK_TARGET, DBARGS(DBI(studio)), &q)) !=
	    E_OK)
		return e == E_NOTFOUND ? E_OK : e;
	revoked = strcmp(db_col(q, 0), "revoked") == 0;
	mine = !public && r->who != NULL && db_coli(q, 2) == r->who->unit_id;
	db_end(q);
	/* A revoked studio's public page says only that. */
	if (public && revoked)
		return E_OK;
	if ((q = db_query(r->db, STMT_STUDIO_LINKS, DBARGS(DBI(studio)))) ==
	    NULL)
		return db_err(r->db);
	xml_start(r, "links");
	if (!public && !r->embed)
		xml_attrb(r, "may-add", mine && !revoked);
	while ((rc = db_step(q)) == 1) {
		st = db_col(q, 5);
		/* A linked studio revoked since: not on the public page. */
		if (public && st != NULL && strcmp(st, "revoked") == 0)
			continue;
		xml_start(r, "link");
		if (!public)
			xml_attr(r, "id", db_col(q, 0));
		xml_attr(r, "kind", db_col(q, 1));
		if (db_col(q, 2) != NULL) {
			xml_attr(r, "studio", db_col(q, 2));
			xml_attr(r, "number", db_col(q, 6));
			if (!public)
				xml_attr(r, "status", st);
		}
		if (!public)
			xml_attr(r, "at", xml_datetime(r, db_col(q, 7)));
		xml_elem(r, "name", db_col(q, 3));
		xml_elem(r, "note", db_col(q, 4));
		xml_end(r);
	}
	db_end(q);
	xml_end(r);
	return rc < 0 ? db_err(r->db) : E_OK;
}
