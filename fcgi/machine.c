/*
 * machine.c: the status machines of the records as data.  A machine is a table of rows (from, action,
 * actor, guard, to) over the values of a record's own enums, with the
 * names of its states, actions and actors; one lookup (machine_next)
 * says whether an action is allowed from a state and by whom, and one
 * writer (machine_xml_actions) tells the pages which actions a unit may
 * take.  It computes and writes XML only: nothing above the platform.
 */
#include <stdio.h>
#include <string.h>

#include "extern.h"

/* Whether the row's guard holds for the caller's condition. */
static int
guard_holds(const struct mrow *row, int cond)
{
	return row->guard == 0 || row->guard == cond;
}

int
machine_next(const struct machine *m, int from, int act, int cond,
    int *actor, int *to)
{
	size_t	 i;

	for (i = 0; i < m->nrows; i++) {
		const struct mrow *row = &m->rows[i];

		if (row->from != from || row->act != act ||
		    !guard_holds(row, cond))
			continue;
		if (actor != NULL)
			*actor = row->actor;
		if (to != NULL)
			*to = row->to;
		return 1;
	}
	return 0;
}

void
machine_xml_actions(struct req *r, const struct machine *m, int from,
    int cond, unsigned actors)
{
	int	 a, actor, to;

	xml_start(r, "actions");
	for (a = 0; a < m->nactions && from >= 0 && from < m->nstates; a++) {
		if (!machine_next(m, from, a, cond, &actor, &to) ||
		    actor < 0 || actor >= 32 || !(actors & (1u << actor)))
			continue;
		xml_start(r, "action");
		xml_attr(r, "name", m->actions[a]);
		if (m->actors != NULL)
			xml_attr(r, "stage", m->actors[actor]);
		xml_attr(r, "to", m->states[to]);
		xml_end(r);
	}
	xml_end(r);
}
