/*
 * act.c: taking one review action on one application, inside the
 * caller's transaction: the machine's transition (review.c), the
 * completeness of the application to recommend (application.c), the
 * rules across records (one leader, one active studio; a studio named
 * once), the official number, the review row and the audit entry.
 * Nothing here knows HTTP: refusals are enum err values with r->message
 * set, which the handler turns into its answer.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "extern.h"

/* Refuse inside the transaction: the message, and the error rolls back. */
static enum err
refuse(struct act *a, enum err e, const char *msg)
{
	a->r->message = msg;
	return e;
}

/* Whether an application in this status holds its leader's claim. */
static int
leads(enum astatus st)
{
	return st == ST_RECOMMENDED || st == ST_AUDITED || st == ST_NAMED ||
	    st == ST_UPGRADED;
}

#define LEADER_TAKEN	"，一人只能领衔一个职工创新工作室"

/*
 * One person leads at most one active studio.  This read finds the other
 * studio to name it in the message (only when the unit may see it); the
 * rule itself is held by the unique keys of the leader's claim
 * (sql/009_leader_claim.sql), which refuse the second of two requests
 * that pass this read at the same moment (taken()).
 */
static enum err
leader_unique(struct act *a, const char *mobile, const char *name,
    const char *month)
{
	struct dbq	*q;
	int		 rc;
	char		*msg = NULL;

	if ((q = db_query(a->r->db, STMT_LEADER_ACTIVE, DBARGS(DBI(a->id),
	    DBS(mobile), DBS(name), DBS(month)))) == NULL)
		return db_err(a->r->db);
	if ((rc = db_step(q)) == 1)
		msg = auth_sees(a->r->who, db_col(q, 2)) ?
		    aprintf(a->r->a, "领衔人%s已领衔工作室“%s”（申请编号 %s）"
		    LEADER_TAKEN, name, db_col(q, 1), db_col(q, 0)) :
		    aprintf(a->r->a, "领衔人%s已领衔其他单位的职工创新工作室"
		    LEADER_TAKEN, name);
	db_end(q);
	if (rc < 0)
		return db_err(a->r->db);
	return msg != NULL ? refuse(a, E_CONFLICT, msg) : E_OK;
}

/*
 * The status change hit a unique key: another request took the leader or
 * named the studio between our reads and our write.  409 with the rule;
 * any other key is a plain database error.
 */
static enum err
taken(struct act *a, const char *lname)
{
	const char	*key = db_dupkey(a->r->db);

	if (strstr(key, "leader_claim_mobile") != NULL ||
	    strstr(key, "leader_claim_name") != NULL)
		return refuse(a, E_CONFLICT, aprintf(a->r->a, "领衔人%s已领衔另一个"
		    "职工创新工作室" LEADER_TAKEN, lname));
	if (strstr(key, "application_named_studio") != NULL)
		return refuse(a, E_CONFLICT, "同一单位的同名工作室已经命名，"
		    "不能重复命名");
	return E_DUP;
}

/* The next official number of this year, allocated under lock. */
static enum err
allocate_number(struct act *a, char **number)
{
	struct req	*r = a->r;
	time_t		 now = time(NULL);
	struct tm	 tm;
	int64_t		 last = 0;
	int		 found;
	enum err	 e;

	localtime_r(&now, &tm);
	if ((e = db_exec(r->db, STMT_NAMING_SEQ_INIT,
	    DBARGS(DBI(tm.tm_year + 1900)), NULL, NULL)) != E_OK)
		return e;
	if ((e = db_int(r->db, STMT_NAMING_SEQ_LOCK,
	    DBARGS(DBI(tm.tm_year + 1900)), &last, &found)) != E_OK)
		return e;
	if ((e = db_exec(r->db, STMT_NAMING_SEQ_SET, DBARGS(DBI(last + 1),
	    DBI(tm.tm_year + 1900)), NULL, NULL)) != E_OK)
		return e;
	*number = naming_number(r->a, r->conf->naming_pattern,
	    tm.tm_year + 1900, last + 1);
	return E_OK;
}

enum err
review_act(struct act *a)
{
	struct req	*r = a->r;
	struct dbq	*q;
	enum astatus	 from, to;
	enum stage	 stage;
	int64_t		 version, base, rec;
	char		*mobile, *lname, *month, *name, *host, *number = NULL;
	char		*what;
	uint64_t	 n;
	int		 rc;
	enum err	 e;

	/*
	 * Nothing of an application outside the unit's subtree, nor of
	 * another unit's draft never recommended, may reach the unit, not
	 * even whether it exists: its name is read, and named in messages,
	 * only once the unit is known to see it (app_sees).
	 */
	if ((e = db_one(r->db, STMT_APP_LOCK, DBARGS(DBI(a->id)), &q)) !=
	    E_OK) {
		return e == E_NOTFOUND ? auth_hidden(r, "申请") : e;
	}
	if (!app_sees(r->who, db_col(q, 4), (int)db_coli(q, 10))) {
		db_end(q);
		return auth_hidden(r, "申请");
	}
	from = astatus_parse(db_col(q, 0));
	version = db_coli(q, 1);
	base = db_coli(q, 2);
	rec = db_coli(q, 3);
	mobile = astrdup(r->a, db_col(q, 5));
	lname = astrdup(r->a, db_col(q, 6));
	month = astrdup(r->a, db_col(q, 7));
	name = astrdup(r->a, db_col(q, 8));
	host = astrdup(r->a, db_col(q, 9));
	db_end(q);
	a->name = name;
	a->base = base;
	a->rec = rec;

	if (a->version != 0 && a->version != version)
		return refuse(a, E_CONFLICT, "该申请已被他人修改，请刷新页面后重新操作");
	if (!review_next(from, a->action, &stage, &to))
		return refuse(a, E_CONFLICT, "该申请当前的状态不允许此操作");
	if (!review_actor(r->who, stage, base, rec))
		return refuse(a, E_FORBIDDEN, "此操作应由当前审核阶段的单位办理");

	if (a->action == ACT_RECOMMEND) {
		if ((rc = app_check_complete(r, a->id)) < 0)
			return db_err(r->db) != E_OK ? db_err(r->db) : E_DB;
		if (rc > 0)
			return refuse(a, E_INVALID, "申请表尚未填写完整，不能推荐上报");
		if ((e = leader_unique(a, mobile, lname, month)) != E_OK)
			return e;
	}
	if (a->action == ACT_NAME) {
		if ((e = leader_unique(a, mobile, lname, month)) != E_OK)
			return e;
		if ((q = db_query(r->db, STMT_STUDIO_NAMED, DBARGS(DBI(a->id),
		    DBS(name), DBS(host)))) == NULL)
			return db_err(r->db);
		rc = db_step(q);
		db_end(q);
		if (rc < 0)
			return db_err(r->db);
		if (rc == 1)
			return refuse(a, E_CONFLICT, "同一单位的同名工作室已经命名，"
			    "不能重复命名");
		if ((e = allocate_number(a, &number)) != E_OK)
			return e;
		e = db_exec(r->db, STMT_APP_NAME, DBARGS(DBS(number),
		    DBS(a->decided_on), DBI(a->id), DBI(version)), &n, NULL);
	} else
		e = db_exec(r->db, STMT_APP_SET_STATUS, DBARGS(
		    DBS(astatus_names[to]), DBI(a->id), DBI(version)), &n,
		    NULL);
	if (e == E_DUP)
		return taken(a, lname);
	if (e != E_OK)
		return e;
	if (n != 1)
		return refuse(a, E_CONFLICT, "该申请已被他人修改，请刷新页面后重新操作");
	/* The leader's claim: taken into review, released out of it. */
	if (!leads(from) && leads(to))
		e = db_exec(r->db, STMT_CLAIM_APP, DBARGS(DBI(a->id)), NULL,
		    NULL);
	else if (leads(from) && !leads(to))
		e = db_exec(r->db, STMT_CLAIM_RELEASE_APP, DBARGS(DBI(a->id)),
		    NULL, NULL);
	if (e == E_DUP)
		return taken(a, lname);
	if (e != E_OK)
		return e;
	/* From its first recommendation on, the units above see it. */
	if (a->action == ACT_RECOMMEND && (e = db_exec(r->db,
	    STMT_APP_MARK_RECOMMENDED, DBARGS(DBI(a->id)), NULL, NULL)) !=
	    E_OK)
		return e;
	if ((e = step_add(r, STMT_REVIEW_ADD, a->id, stage_names[stage],
	    action_names[a->action], a->opinion)) != E_OK)
		return e;
	/* Naming makes the studio, which takes over the leader's claim. */
	if (a->action == ACT_NAME && ((e = studio_create(r, a->id,
	    a->decision, a->document, a->opinion, &a->studio)) != E_OK ||
	    (e = db_exec(r->db, STMT_CLAIM_TO_STUDIO, DBARGS(DBI(a->studio),
	    DBI(a->id)), NULL, NULL)) != E_OK))
		return e;
	a->number = number;
	what = aprintf(r->a, "application=%lld\naction=%s\nfrom=%s\nto=%s\n"
	    "number=%s\nstudio=%lld\ndecision=%lld\nopinion=%s\n",
	    (long long)a->id, action_names[a->action], astatus_names[from],
	    astatus_names[to], number ? number : "", (long long)a->studio,
	    (long long)a->decision, a->opinion);
	return audit_append(r->db, r->who, aprintf(r->a, "application.%s",
	    action_names[a->action]), "application", a->id, what,
	    strlen(what));
}

const char *
review_done(const struct act *a)
{
	struct req	*r = a->r;
	const char	*u;

	switch (a->action) {
	case ACT_RECOMMEND:
		u = unit_name(r, a->rec);
		return aprintf(r->a, "已推荐上报，等待%s审核",
		    u != NULL ? u : "推荐单位");
	case ACT_APPROVE:
		return "已审核通过，报送长春市总工会考核命名";
	case ACT_RETURN:
		u = unit_name(r, a->base);
		return aprintf(r->a, "已退回%s修改，修改后可重新推荐上报",
		    u != NULL ? u : "所在单位工会");
	case ACT_NAME:
		return aprintf(r->a, "已命名，命名编号%s",
		    a->number != NULL ? a->number : "");
	case ACT_REJECT:
		return r->who->kind == KIND_CITY ? "已决定不予命名，本申请办结" :
		    "已决定不予推荐，本申请办结";
	case ACT_WITHDRAW:
		return "申请已撤回，本申请办结";
	default:
		return NULL;
	}
}
