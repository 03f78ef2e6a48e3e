/*
 * once.c: one-time keys of the forms that create a record, so that a
 * creation sent twice (the answer to the first lost: a worker killed
 * after its commit, nginx's 502, the user's second click) makes one
 * record.  The form carries a fresh random key; the creating transaction
 * claims it first, then notes the new record's id under it.  The same
 * key claimed again finds that id, and the caller leads the user to the
 * record already made.  Two requests with one key at the same moment
 * meet on the key's primary key: the second waits for the first and then
 * finds its record.
 */
#include <stdio.h>
#include <string.h>

#include <openssl/rand.h>

#include "extern.h"

#define ONCE_BYTES	16

const char *
once_new(struct arena *a)
{
	unsigned char	 buf[ONCE_BYTES];
	char		*hex;

	if (RAND_bytes(buf, sizeof(buf)) != 1)
		fatalx("%s: RAND_bytes", __func__);
	hex = amalloc(a, 2 * ONCE_BYTES + 1);
	hexencode(buf, sizeof(buf), hex);
	return hex;
}

int
once_valid(const char *key)
{
	size_t	 i;

	if (key == NULL || strlen(key) != 2 * ONCE_BYTES)
		return 0;
	for (i = 0; i < 2 * ONCE_BYTES; i++)
		if (strchr("0123456789abcdef", key[i]) == NULL)
			return 0;
	return 1;
}

enum err
once_claim(struct db *db, const char *key, int64_t unit_id,
    const char *type, int64_t *made)
{
	struct dbq	*q;
	enum err	 e;
	int		 same;

	*made = 0;
	e = db_exec(db, STMT_ONCE_CLAIM, DBARGS(DBS(key), DBI(unit_id),
	    DBS(type)), NULL, NULL);
	if (e != E_DUP)
		return e;
	if ((e = db_one(db, STMT_ONCE_GET, DBARGS(DBS(key)), &q)) != E_OK)
		return e == E_NOTFOUND ? E_DB : e;
	same = db_coli(q, 0) == unit_id && strcmp(db_col(q, 1), type) == 0 &&
	    db_col(q, 2) != NULL;
	*made = same ? db_coli(q, 2) : 0;
	db_end(q);
	/* Another unit's key, or another kind of record: not this form's. */
	return same ? E_OK : E_DUP;
}

enum err
once_made(struct db *db, const char *key, int64_t id)
{
	return db_exec(db, STMT_ONCE_SET, DBARGS(DBI(id), DBS(key)), NULL,
	    NULL);
}
