/*
 * review.c: the three-level review of applications as a machine: the
 * status table, who may act at each stage, and the official naming
 * number.  It computes only (no database); act.c takes the actions.
 * The base union recommends (with its employer's consent), the district,
 * development zone or industry union audits (approve, return, or refuse
 * to recommend it further: reject), the city federation assesses and
 * names (with an official number), rejects or returns.
 * Only the unit at the current stage may act, and only on its own
 * subtree.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "extern.h"

const char *const astatus_names[ST__MAX] = {
	[ST_DRAFT] = "draft",
	[ST_RECOMMENDED] = "recommended",
	[ST_AUDITED] = "audited",
	[ST_NAMED] = "named",
	[ST_RETURNED] = "returned",
	[ST_REJECTED] = "rejected",
	[ST_WITHDRAWN] = "withdrawn",
	[ST_REVOKED] = "revoked",
	[ST_UPGRADED] = "upgraded",
};

const char *const action_names[ACT__MAX] = {
	[ACT_RECOMMEND] = "recommend",
	[ACT_APPROVE] = "approve",
	[ACT_RETURN] = "return",
	[ACT_NAME] = "name",
	[ACT_REJECT] = "reject",
	[ACT_WITHDRAW] = "withdraw",
};

const char *const stage_names[STAGE__MAX] = {
	[STAGE_BASE] = "base",
	[STAGE_DISTRICT] = "district",
	[STAGE_CITY] = "city",
};

/* The status machine: from, action, the stage that may take it, to. */
static const struct mrow review_rows[] = {
	{ ST_DRAFT,       ACT_RECOMMEND, STAGE_BASE,     0, ST_RECOMMENDED },
	{ ST_RETURNED,    ACT_RECOMMEND, STAGE_BASE,     0, ST_RECOMMENDED },
	{ ST_DRAFT,       ACT_WITHDRAW,  STAGE_BASE,     0, ST_WITHDRAWN },
	{ ST_RETURNED,    ACT_WITHDRAW,  STAGE_BASE,     0, ST_WITHDRAWN },
	{ ST_RECOMMENDED, ACT_WITHDRAW,  STAGE_BASE,     0, ST_WITHDRAWN },
	{ ST_RECOMMENDED, ACT_APPROVE,   STAGE_DISTRICT, 0, ST_AUDITED },
	{ ST_RECOMMENDED, ACT_RETURN,    STAGE_DISTRICT, 0, ST_RETURNED },
	{ ST_RECOMMENDED, ACT_REJECT,    STAGE_DISTRICT, 0, ST_REJECTED },
	{ ST_AUDITED,     ACT_NAME,      STAGE_CITY,     0, ST_NAMED },
	{ ST_AUDITED,     ACT_REJECT,    STAGE_CITY,     0, ST_REJECTED },
	{ ST_AUDITED,     ACT_RETURN,    STAGE_CITY,     0, ST_RETURNED },
};

const struct machine review_machine = {
	MACHINE_ROWS(review_rows), astatus_names, ST__MAX, action_names, ACT__MAX,
	stage_names
};

enum astatus
astatus_parse(const char *s)
{
	return (enum astatus)name_index(s, astatus_names, ST__MAX);
}

enum action
action_parse(const char *s)
{
	return (enum action)name_index(s, action_names, ACT__MAX);
}

int
review_next(enum astatus from, enum action act, enum stage *stage,
    enum astatus *to)
{
	int	 st, t;

	if (!machine_next(&review_machine, from, act, 0, &st, &t))
		return 0;
	*stage = (enum stage)st;
	*to = (enum astatus)t;
	return 1;
}

int
review_actor(const struct who *w, enum stage st, int64_t base_union,
    int64_t recommending_unit)
{
	if (w == NULL)
		return 0;
	switch (st) {
	case STAGE_BASE:
		return w->unit_id == base_union;
	case STAGE_DISTRICT:
		return w->unit_id == recommending_unit;
	case STAGE_CITY:
		return w->kind == KIND_CITY;
	default:
		return 0;
	}
}

unsigned
review_stages(const struct who *w, int64_t base_union, int64_t auditing)
{
	unsigned	 mask = 0;
	int		 st;

	for (st = 0; st < STAGE__MAX; st++)
		if (review_actor(w, (enum stage)st, base_union, auditing))
			mask |= 1u << st;
	return mask;
}

char *
naming_number(struct arena *a, const char *pattern, int year, int64_t seq)
{
	char		*out, *o;
	const char	*p;
	size_t		 cap = strlen(pattern) + 64;

	o = out = amalloc(a, cap);
	for (p = pattern; *p != '\0' && (size_t)(o - out) < cap - 24; p++) {
		if (*p != '%' || p[1] == '\0') {
			*o++ = *p;
			continue;
		}
		switch (*++p) {
		case 'Y':
			o += snprintf(o, 8, "%04d", year);
			break;
		case 'N':
			o += snprintf(o, 24, "%03lld", (long long)seq);
			break;
		case '%':
			*o++ = '%';
			break;
		default:
			*o++ = '%';
			*o++ = *p;
			break;
		}
	}
	*o = '\0';
	return out;
}
