/*
 * t_machine.c: the machine engine (machine.c) on a toy machine, and each
 * machine of the records (review.c, studio.c, amendment.c, upgrade.c,
 * assessment.c) as
 * a whole matrix, every state by every action by every actor (and, for
 * the amendments, every kind of change), against the tables below,
 * written out on their own: what is allowed, by whom, to what; nothing
 * else is.
 */
#include <stdlib.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

/* One allowed transition of an expected table. */
struct want {
	int	 from;
	int	 act;
	int	 actor;
	int	 cond;		/* the condition it holds under; -1: any */
	int	 to;
};

/*
 * Every state x action x actor x condition of the machine: allowed (the
 * engine gives this actor) exactly when the table has the row, and then
 * to the row's state.
 */
static void
check_matrix(const char *name, const struct machine *m,
    const struct want *w, size_t nw, const int *conds, size_t nconds,
    int nactors)
{
	size_t	 i, c, used = 0;
	int	 from, act, actor, got, to, ok;

	for (c = 0; c < nconds; c++)
	for (from = 0; from < m->nstates; from++)
	for (act = 0; act < m->nactions; act++)
	for (actor = 0; actor < nactors; actor++) {
		got = to = -1;
		ok = machine_next(m, from, act, conds[c], &got, &to) &&
		    got == actor;
		for (i = 0; i < nw; i++)
			if (w[i].from == from && w[i].act == act &&
			    w[i].actor == actor &&
			    (w[i].cond < 0 || w[i].cond == conds[c]))
				break;
		if (i == nw) {
			ck_assert_msg(!ok, "%s: %s --%s--> by %d (cond %d) "
			    "should be refused", name, m->states[from],
			    m->actions[act], actor, conds[c]);
			continue;
		}
		used++;
		ck_assert_msg(ok, "%s: %s --%s--> by %d (cond %d) should be "
		    "allowed", name, m->states[from], m->actions[act], actor,
		    conds[c]);
		ck_assert_msg(to == w[i].to, "%s: %s --%s--> leads to %s, not "
		    "%s", name, m->states[from], m->actions[act],
		    m->states[to], m->states[w[i].to]);
	}
	/* every row of the expected table was met */
	ck_assert_uint_ge(used, nw);
	/* the name tables are full */
	for (i = 0; i < (size_t)m->nstates; i++)
		ck_assert_ptr_nonnull(m->states[i]);
	for (i = 0; i < (size_t)m->nactions; i++)
		ck_assert_ptr_nonnull(m->actions[i]);
}

static const int nocond[] = { 0 };

static const struct want review_want[] = {
	{ ST_DRAFT,       ACT_RECOMMEND, STAGE_BASE,     -1, ST_RECOMMENDED },
	{ ST_RETURNED,    ACT_RECOMMEND, STAGE_BASE,     -1, ST_RECOMMENDED },
	{ ST_DRAFT,       ACT_WITHDRAW,  STAGE_BASE,     -1, ST_WITHDRAWN },
	{ ST_RETURNED,    ACT_WITHDRAW,  STAGE_BASE,     -1, ST_WITHDRAWN },
	{ ST_RECOMMENDED, ACT_WITHDRAW,  STAGE_BASE,     -1, ST_WITHDRAWN },
	{ ST_RECOMMENDED, ACT_APPROVE,   STAGE_DISTRICT, -1, ST_AUDITED },
	{ ST_RECOMMENDED, ACT_RETURN,    STAGE_DISTRICT, -1, ST_RETURNED },
	{ ST_RECOMMENDED, ACT_REJECT,    STAGE_DISTRICT, -1, ST_REJECTED },
	{ ST_AUDITED,     ACT_NAME,      STAGE_CITY,     -1, ST_NAMED },
	{ ST_AUDITED,     ACT_REJECT,    STAGE_CITY,     -1, ST_REJECTED },
	{ ST_AUDITED,     ACT_RETURN,    STAGE_CITY,     -1, ST_RETURNED },
};

START_TEST(test_review)
{
	check_matrix("review", &review_machine, review_want,
	    NITEMS(review_want), nocond, NITEMS(nocond), STAGE__MAX);
	ck_assert_int_eq(review_machine.nstates, ST__MAX);
	ck_assert_int_eq(review_machine.nactions, ACT__MAX);
}
END_TEST

static const struct want studio_want[] = {
	{ SS_ACTIVE,      SA_REVOKE,    SR_CITY,       -1, SS_REVOKED },
	{ SS_KEY_SUPPORT, SA_REVOKE,    SR_CITY,       -1, SS_REVOKED },
	{ SS_SUPERVISED,  SA_REVOKE,    SR_CITY,       -1, SS_REVOKED },
	{ SS_ACTIVE,      SA_SUPPORT,   SR_ASSESSMENT, -1, SS_KEY_SUPPORT },
	{ SS_SUPERVISED,  SA_SUPPORT,   SR_ASSESSMENT, -1, SS_KEY_SUPPORT },
	{ SS_ACTIVE,      SA_SUPERVISE, SR_ASSESSMENT, -1, SS_SUPERVISED },
	{ SS_KEY_SUPPORT, SA_SUPERVISE, SR_ASSESSMENT, -1, SS_SUPERVISED },
	{ SS_KEY_SUPPORT, SA_RESTORE,   SR_ASSESSMENT, -1, SS_ACTIVE },
	{ SS_SUPERVISED,  SA_RESTORE,   SR_ASSESSMENT, -1, SS_ACTIVE },
	{ SS_ACTIVE,      SA_UPGRADE,   SR_UPGRADE,    -1, SS_UPGRADED },
	{ SS_KEY_SUPPORT, SA_UPGRADE,   SR_UPGRADE,    -1, SS_UPGRADED },
};

START_TEST(test_studio)
{
	int	 i;

	check_matrix("studio", &studio_machine, studio_want,
	    NITEMS(studio_want), nocond, NITEMS(nocond), SR__MAX);
	ck_assert_int_eq(studio_machine.nstates, SS__MAX);
	ck_assert_int_eq(studio_machine.nactions, SA__MAX);
	/* an upgrade decision moves the studio from active and key-support */
	for (i = 0; i < SS__MAX; i++)
		ck_assert_int_eq(studio_upgradable((enum sstatus)i),
		    i == SS_ACTIVE || i == SS_KEY_SUPPORT);
	ck_assert(!studio_upgradable(SS__MAX));
}
END_TEST

/* The amendments: LEADER rows for a new leader, OTHER for the rest. */
#define LEADER	(amendment_guard(AK_LEADER))
#define OTHER	(amendment_guard(AK_FIELD))

START_TEST(test_amendment)
{
	const struct want w[] = {
		{ AM_REQUESTED, AA_APPROVE,  STAGE_DISTRICT, LEADER, AM_AUDITED },
		{ AM_REQUESTED, AA_APPROVE,  STAGE_DISTRICT, OTHER,  AM_APPROVED },
		{ AM_REQUESTED, AA_RETURN,   STAGE_DISTRICT, -1,     AM_RETURNED },
		{ AM_REQUESTED, AA_REJECT,   STAGE_DISTRICT, -1,     AM_REJECTED },
		{ AM_AUDITED,   AA_APPROVE,  STAGE_CITY,     LEADER, AM_APPROVED },
		{ AM_AUDITED,   AA_RETURN,   STAGE_CITY,     LEADER, AM_RETURNED },
		{ AM_AUDITED,   AA_REJECT,   STAGE_CITY,     LEADER, AM_REJECTED },
		{ AM_REQUESTED, AA_WITHDRAW, STAGE_BASE,     -1,     AM_WITHDRAWN },
		{ AM_AUDITED,   AA_WITHDRAW, STAGE_BASE,     -1,     AM_WITHDRAWN },
	};
	int	 conds[AK__MAX], k;

	/* every kind of change: only a new leader goes on to the city */
	for (k = 0; k < AK__MAX; k++) {
		conds[k] = amendment_guard((enum akind)k);
		ck_assert_int_ne(conds[k], 0);
		ck_assert_int_eq(conds[k] == LEADER, k == AK_LEADER);
	}
	check_matrix("amendment", &amendment_machine, w, NITEMS(w), conds,
	    NITEMS(conds), STAGE__MAX);
	ck_assert_int_eq(amendment_machine.nstates, AM__MAX);
	ck_assert_int_eq(amendment_machine.nactions, AA__MAX);
}
END_TEST

static const struct want upgrade_want[] = {
	{ US_RETURNED,  UA_SUBMIT,   STAGE_BASE,     -1, US_SUBMITTED },
	{ US_SUBMITTED, UA_WITHDRAW, STAGE_BASE,     -1, US_WITHDRAWN },
	{ US_AUDITED,   UA_WITHDRAW, STAGE_BASE,     -1, US_WITHDRAWN },
	{ US_RETURNED,  UA_WITHDRAW, STAGE_BASE,     -1, US_WITHDRAWN },
	{ US_SUBMITTED, UA_APPROVE,  STAGE_DISTRICT, -1, US_AUDITED },
	{ US_SUBMITTED, UA_RETURN,   STAGE_DISTRICT, -1, US_RETURNED },
	{ US_AUDITED,   UA_APPROVE,  STAGE_CITY,     -1, US_UPGRADED },
	{ US_AUDITED,   UA_REJECT,   STAGE_CITY,     -1, US_REJECTED },
};

START_TEST(test_upgrade)
{
	size_t	 i;

	check_matrix("upgrade", &upgrade_machine, upgrade_want,
	    NITEMS(upgrade_want), nocond, NITEMS(nocond), STAGE__MAX);
	ck_assert_int_eq(upgrade_machine.nstates, US__MAX);
	ck_assert_int_eq(upgrade_machine.nactions, UA__MAX);
	for (i = 0; i < US__MAX; i++)
		ck_assert_int_eq(ustatus_parse(ustatus_names[i]), i);
	for (i = 0; i < UA__MAX; i++)
		ck_assert_int_eq(uaction_parse(uaction_names[i]), i);
	ck_assert_int_eq(ustatus_parse(NULL), US__MAX);
	ck_assert_int_eq(uaction_parse("Approve"), UA__MAX);
	/* open before, and closed after a decision or a withdrawal */
	for (i = 0; i < NITEMS(upgrade_want); i++) {
		ck_assert(upgrade_open(upgrade_want[i].from));
		ck_assert_int_eq(upgrade_open(upgrade_want[i].to),
		    upgrade_want[i].to == US_SUBMITTED ||
		    upgrade_want[i].to == US_AUDITED ||
		    upgrade_want[i].to == US_RETURNED);
	}
}
END_TEST

/*
 * The engine on a toy machine: a door (closed, open, locked) that anyone
 * opens and closes, only the keeper locks and unlocks, and that opens
 * from locked only under the condition "key" (2), the first row that
 * matches deciding.
 */
enum { CLOSED, OPEN, LOCKED, DOOR__MAX };
enum { D_OPEN, D_CLOSE, D_LOCK, D_UNLOCK, D_KICK, DA__MAX };
enum { ANYONE, KEEPER };
static const char *const door_states[DOOR__MAX] = { "closed", "open",
	"locked" };
static const char *const door_actions[DA__MAX] = { "open", "close", "lock",
	"unlock", "kick" };
static const struct mrow door_rows[] = {
	{ CLOSED, D_OPEN,   ANYONE, 0, OPEN },
	{ OPEN,   D_CLOSE,  ANYONE, 0, CLOSED },
	{ CLOSED, D_LOCK,   KEEPER, 0, LOCKED },
	{ LOCKED, D_UNLOCK, KEEPER, 0, CLOSED },
	{ LOCKED, D_OPEN,   ANYONE, 2, OPEN },
	{ LOCKED, D_OPEN,   KEEPER, 0, CLOSED },	/* no key: unlocks only */
	{ LOCKED, D_OPEN,   ANYONE, 0, OPEN },		/* never reached */
};
static const struct machine door = {
	MACHINE_ROWS(door_rows), door_states, DOOR__MAX, door_actions, DA__MAX,
	NULL
};

START_TEST(test_toy)
{
	int	 actor = -1, to = -1;

	ck_assert_uint_eq(door.nrows, 7);
	ck_assert(machine_next(&door, CLOSED, D_OPEN, 0, &actor, &to));
	ck_assert_int_eq(actor, ANYONE);
	ck_assert_int_eq(to, OPEN);
	ck_assert(machine_next(&door, CLOSED, D_LOCK, 9, &actor, &to));
	ck_assert_int_eq(actor, KEEPER);
	ck_assert_int_eq(to, LOCKED);
	/* the guard: with the key, anyone opens */
	ck_assert(machine_next(&door, LOCKED, D_OPEN, 2, &actor, &to));
	ck_assert_int_eq(actor, ANYONE);
	ck_assert_int_eq(to, OPEN);
	/* without it, the first row that matches: the keeper, to closed */
	ck_assert(machine_next(&door, LOCKED, D_OPEN, 1, &actor, &to));
	ck_assert_int_eq(actor, KEEPER);
	ck_assert_int_eq(to, CLOSED);
	/* refused: nothing is written */
	actor = to = 77;
	ck_assert(!machine_next(&door, OPEN, D_LOCK, 0, &actor, &to));
	ck_assert(!machine_next(&door, OPEN, D_KICK, 2, &actor, &to));
	ck_assert(!machine_next(&door, DOOR__MAX, D_OPEN, 0, &actor, &to));
	ck_assert(!machine_next(&door, -1, D_OPEN, 0, &actor, &to));
	ck_assert(!machine_next(&door, CLOSED, DA__MAX, 0, &actor, &to));
	ck_assert_int_eq(actor, 77);
	ck_assert_int_eq(to, 77);
	/* the outputs may be NULL */
	ck_assert(machine_next(&door, OPEN, D_CLOSE, 0, NULL, NULL));
	ck_assert(machine_next(&door, OPEN, D_CLOSE, 0, &actor, NULL));
	ck_assert_int_eq(actor, ANYONE);
}
END_TEST

/* The stages a unit acts at, as the mask of machine_xml_actions(). */
START_TEST(test_stages)
{
	struct who	 base = { .unit_id = 32, .kind = KIND_BASE };
	struct who	 dist = { .unit_id = 2, .kind = KIND_DISTRICT };
	struct who	 city = { .unit_id = 1, .kind = KIND_CITY };
	struct who	 other = { .unit_id = 33, .kind = KIND_BASE };

	ck_assert_uint_eq(review_stages(&base, 32, 2), 1u << STAGE_BASE);
	ck_assert_uint_eq(review_stages(&dist, 32, 2), 1u << STAGE_DISTRICT);
	ck_assert_uint_eq(review_stages(&city, 32, 2), 1u << STAGE_CITY);
	ck_assert_uint_eq(review_stages(&other, 32, 2), 0);
	ck_assert_uint_eq(review_stages(NULL, 32, 2), 0);
}
END_TEST

static const struct want sheet_want[] = {
	{ SH_SELF,      HA_SAVE,    STAGE_BASE,     -1, SH_SELF },
	{ SH_SELF,      HA_SUBMIT,  STAGE_BASE,     -1, SH_SUBMITTED },
	{ SH_SUBMITTED, HA_SCORE,   STAGE_DISTRICT, -1, SH_SCORED },
	{ SH_SCORED,    HA_SCORE,   STAGE_DISTRICT, -1, SH_SCORED },
	{ SH_SUBMITTED, HA_RETURN,  STAGE_DISTRICT, -1, SH_SELF },
	{ SH_SCORED,    HA_RETURN,  STAGE_DISTRICT, -1, SH_SELF },
	{ SH_SCORED,    HA_FILE,    STAGE_DISTRICT, -1, SH_FILED },
	{ SH_FILED,     HA_RETURN,  STAGE_CITY,     -1, SH_SUBMITTED },
	{ SH_FILED,     HA_CONFIRM, STAGE_CITY,     -1, SH_CONFIRMED },
	{ SH_CONFIRMED, HA_CONFIRM, STAGE_CITY,     -1, SH_CONFIRMED },
};

START_TEST(test_sheet)
{
	check_matrix("sheet", &sheet_machine, sheet_want, NITEMS(sheet_want),
	    nocond, NITEMS(nocond), STAGE__MAX);
	ck_assert_int_eq(sheet_machine.nstates, SH__MAX);
	ck_assert_int_eq(sheet_machine.nactions, HA__MAX);
}
END_TEST

Suite *
suite_machine(void)
{
	Suite	*s = suite_create("machine");
	TCase	*tc = tcase_create("machine");

	tcase_add_test(tc, test_toy);
	tcase_add_test(tc, test_review);
	tcase_add_test(tc, test_studio);
	tcase_add_test(tc, test_amendment);
	tcase_add_test(tc, test_upgrade);
	tcase_add_test(tc, test_sheet);
	tcase_add_test(tc, test_stages);
	suite_add_tcase(s, tc);
	return s;
}
