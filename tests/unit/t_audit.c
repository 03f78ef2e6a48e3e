/*
 * t_audit.c: the hash of an audit row (fcgi/audit.c).  The canonical form
 * is SHA-256 over the fields in order, each written as
 * "<byte length>:<bytes>\n", integers in decimal and 0 (SQL NULL) as the
 * empty string, after the tag "studio-audit-1".  The vectors below were
 * computed from that description with the shell, e.g. for the first:
 *   f() { printf '%s:%s\n' "$(printf '%s' "$1" | wc -c)" "$1"; }
 *   { f studio-audit-1; f 000…000; f 1; f "2024-05-01 09:30:00.123456";
 *     f 3; f 7; f c985…1592; f 王小明; f cert.enroll; f certificate;
 *     f 12; f 2d71…4881; } | sha256sum
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

#define ZERO64	"0000000000000000000000000000000000000000000000000000000000000000"

/* One row's fields. */
struct row {
	const char	*prev;
	uint64_t	 id;
	const char	*at;
	int64_t		 unit_id;
	int64_t		 cert_id;
	const char	*fp;
	const char	*holder;
	const char	*action;
	const char	*objtype;
	int64_t		 objid;
	const char	*digest;
};

static const struct row base = {
	ZERO64, 1, "2024-05-01 09:30:00.123456", 3, 7,
	"c9854082f52d28ecea63cc19849714eb764be0a1e3ff11d61575f7375ba51592",
	"王小明", "cert.enroll", "certificate", 12,
	/* sha256("x") */
	"2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881",
};

static void
hash(const struct row *r, char out[65])
{
	audit_hash(r->prev, r->id, r->at, r->unit_id, r->cert_id, r->fp,
	    r->holder, r->action, r->objtype, r->objid, r->digest, out);
}

/* Known vectors: the format is pinned. */
static const struct {
	struct row	 row;
	const char	*hash;
} vectors[] = {
	{ { ZERO64, 1, "2024-05-01 09:30:00.123456", 3, 7,
	    "c9854082f52d28ecea63cc19849714eb764be0a1e3ff11d61575f7375ba51592",
	    "王小明", "cert.enroll", "certificate", 12,
	    "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881" },
	  "c4955848ffa265e4238c53b732080967a7b55903e1ab90032f76c30bc281935b" },
	/* studioctl's row: no unit, no certificate (NULL columns). */
	{ { "c4955848ffa265e4238c53b732080967a7b55903e1ab90032f76c30bc281935b",
	    2, "2024-05-01 09:31:00.000001", 0, 0, "", "studioctl",
	    "schema.migrate", "migration", 1,
	    "93fda960dee612072cf95012d15ce385aa9bbf5ef88c9a720c5bd49bd617c357" },
	  "6cea2896a89b170d062faa5fc7c91f463b9d33907014948462be5c9532e5e7fd" },
};

START_TEST(t_audit_vector)
{
	char	 out[65];

	memset(out, 'x', sizeof(out));
	hash(&vectors[_i].row, out);
	ck_assert_str_eq(out, vectors[_i].hash);
}
END_TEST

START_TEST(t_audit_deterministic)
{
	char	 a[65], b[65];
	size_t	 i;

	hash(&base, a);
	hash(&base, b);
	ck_assert_str_eq(a, b);
	ck_assert_uint_eq(strlen(a), 64);
	for (i = 0; i < 64; i++)
		ck_assert(isdigit((unsigned char)a[i]) ||
		    (a[i] >= 'a' && a[i] <= 'f'));
}
END_TEST

/* Change field i of r a little. */
enum field {
	F_PREV, F_ID, F_AT, F_UNIT, F_CERT, F_FP, F_HOLDER, F_ACTION,
	F_OBJTYPE, F_OBJID, F_DIGEST, F__MAX
};

static void
change(struct row *r, enum field f)
{
	switch (f) {
	case F_PREV:
		r->prev = "1000000000000000000000000000000000000000000000000000000000000000";
		break;
	case F_ID:
		r->id = 2;
		break;
	case F_AT:
		r->at = "2024-05-01 09:30:00.123457";
		break;
	case F_UNIT:
		r->unit_id = 4;
		break;
	case F_CERT:
		r->cert_id = 8;
		break;
	case F_FP:
		r->fp = "c9854082f52d28ecea63cc19849714eb764be0a1e3ff11d61575f7375ba51593";
		break;
	case F_HOLDER:
		r->holder = "王小朋";
		break;
	case F_ACTION:
		r->action = "cert.revoke";
		break;
	case F_OBJTYPE:
		r->objtype = "certificatE";
		break;
	case F_OBJID:
		r->objid = 13;
		break;
	case F_DIGEST:
		r->digest = "3d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881";
		break;
	default:
		ck_abort();
	}
}

/* Any single field changed changes the hash, and differently each time. */
START_TEST(t_audit_each_field)
{
	char		 h0[65], h[F__MAX][65];
	struct row	 r;
	int		 i, j;

	hash(&base, h0);
	for (i = 0; i < F__MAX; i++) {
		r = base;
		change(&r, (enum field)i);
		hash(&r, h[i]);
		ck_assert_msg(strcmp(h[i], h0) != 0, "field %d not hashed", i);
		for (j = 0; j < i; j++)
			ck_assert_msg(strcmp(h[i], h[j]) != 0,
			    "fields %d and %d collide", i, j);
	}
}
END_TEST

/* Length prefixes: text cannot move from one field to the next. */
static const struct {
	const char	*a1, *b1, *a2, *b2;
} shifts[] = {
	{ "ab", "c", "a", "bc" },
	{ "", "abc", "abc", "" },
	{ "a\n3:b", "c", "a", "b\n3:c" },
	{ "1:", "x", "", "1:x" },
};

START_TEST(t_audit_prefix)
{
	struct row	 r1 = base, r2 = base;
	char		 h1[65], h2[65];

	/* holder / action */
	r1.holder = shifts[_i].a1;
	r1.action = shifts[_i].b1;
	r2.holder = shifts[_i].a2;
	r2.action = shifts[_i].b2;
	hash(&r1, h1);
	hash(&r2, h2);
	ck_assert_str_ne(h1, h2);

	/* action / objtype */
	r1 = r2 = base;
	r1.action = shifts[_i].a1;
	r1.objtype = shifts[_i].b1;
	r2.action = shifts[_i].a2;
	r2.objtype = shifts[_i].b2;
	hash(&r1, h1);
	hash(&r2, h2);
	ck_assert_str_ne(h1, h2);
}
END_TEST

/* Integers: "12" in a text field differs from 12 in the next one. */
START_TEST(t_audit_int_boundaries)
{
	struct row	 r1 = base, r2 = base;
	char		 h1[65], h2[65];

	r1.unit_id = 12;
	r1.cert_id = 3;
	r2.unit_id = 1;
	r2.cert_id = 23;
	hash(&r1, h1);
	hash(&r2, h2);
	ck_assert_str_ne(h1, h2);

	/* NULL (0) is not the same as 1, nor as a NULL in the next field. */
	r1 = r2 = base;
	r1.unit_id = 0;
	r2.unit_id = 1;
	hash(&r1, h1);
	hash(&r2, h2);
	ck_assert_str_ne(h1, h2);
	r1 = r2 = base;
	r1.unit_id = 0;
	r2.cert_id = 0;
	hash(&r1, h1);
	hash(&r2, h2);
	ck_assert_str_ne(h1, h2);

	/* A NULL string is hashed as the empty one (a NULL column). */
	r1 = r2 = base;
	r1.fp = NULL;
	r2.fp = "";
	hash(&r1, h1);
	hash(&r2, h2);
	ck_assert_str_eq(h1, h2);
}
END_TEST

Suite *
suite_audit(void)
{
	Suite	*s = suite_create("audit");
	TCase	*tc;

	tc = tcase_create("audit_hash");
	tcase_add_loop_test(tc, t_audit_vector, 0, NITEMS(vectors));
	tcase_add_test(tc, t_audit_deterministic);
	tcase_add_test(tc, t_audit_each_field);
	tcase_add_loop_test(tc, t_audit_prefix, 0, NITEMS(shifts));
	tcase_add_test(tc, t_audit_int_boundaries);
	suite_add_tcase(s, tc);
	return s;
}
