/*
 * h_decision.c: the city's naming decision as a document,
 * GET /app/decisions/{id} (HTML, XML and the printed 命名决定).  The city
 * and every unit open it; a unit sees the studios of its own subtree
 * that it named, and a decision that named none of them does not exist
 * for it.
 */
#include <stdint.h>

#include "extern.h"

int
h_decision(struct req *r)
{
	return err_status(decision_xml(r, r->arg_id));
}
