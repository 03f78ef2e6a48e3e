/*
 * t_audit.c: the hash of an audit row (fcgi/audit.c), plain and keyed,
 * the signed head line, and the audit key file.  The canonical form
 * is SHA-256 over the fields in order, each written as
 * "<byte length>:<bytes>\n", integers in decimal and 0 (SQL NULL) as the
 * empty string, after the tag "studio-audit-1".  The vectors below were
 * computed from that description with the shell, e.g. for the first:
 *   f() { printf '%s:%s\n' "$(printf '%s' "$1" | wc -c)" "$1"; }
 *   { f studio-audit-1; f 000…000; f 1; f "2024-05-01 09:30:00.123456";
 *     f 3; f 7; f c985…1592; f 王小明; f cert.enroll; f certificate;
 *     f 12; f 2d71…4881; } | sha256sum
 * The keyed form is the same after the tag "studio-audit-2", as
 * HMAC-SHA256:  { f studio-audit-2; … } |
 *   openssl dgst -sha256 -mac HMAC -macopt hexkey:000102…1f
 * and a head line signs { f studio-audit-head-1; f ID; f HASH; f AT; }.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* ------------------------------------------------------ the keyed chain */

/* The key 00 01 02 … 1f. */
static const unsigned char key[32] = {
	0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
	0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
	0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
	0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
};

static void
hmac(const unsigned char *k, size_t klen, const struct row *r, char out[65])
{
	audit_hmac(k, klen, r->prev, r->id, r->at, r->unit_id, r->cert_id,
	    r->fp, r->holder, r->action, r->objtype, r->objid, r->digest, out);
}

static struct audit_row
arow(const struct row *r)
{
	struct audit_row	 a;

	a.prev = r->prev;
	a.id = r->id;
	a.at = r->at;
	a.unit_id = r->unit_id;
	a.cert_id = r->cert_id;
	a.fp = r->fp;
	a.holder = r->holder;
	a.action = r->action;
	a.objtype = r->objtype;
	a.objid = r->objid;
	a.digest = r->digest;
	return a;
}

/* The keyed form is pinned too (computed with openssl dgst -mac HMAC). */
START_TEST(t_audit_hmac_vector)
{
	char	 out[65];

	hmac(key, sizeof(key), &vectors[0].row, out);
	ck_assert_str_eq(out,
	    "c5871b8d0f7688ac64184ec59acd4bd1c466f69ffc490adcd3b503ab8198c850");
}
END_TEST

/* Keyed is not plain, and another key gives another hash. */
START_TEST(t_audit_hmac_key)
{
	unsigned char	 k2[32];
	char		 plain[65], h1[65], h2[65], h3[65];

	hash(&base, plain);
	hmac(key, sizeof(key), &base, h1);
	ck_assert_str_ne(h1, plain);
	memcpy(k2, key, sizeof(k2));
	k2[31] ^= 1;
	hmac(k2, sizeof(k2), &base, h2);
	ck_assert_str_ne(h1, h2);
	/* A shorter key is another key, not a prefix of the same. */
	hmac(key, 31, &base, h3);
	ck_assert_str_ne(h1, h3);
	ck_assert_str_ne(h2, h3);
}
END_TEST

/* Every field is covered by the keyed hash as by the plain one. */
START_TEST(t_audit_hmac_each_field)
{
	char		 h0[65], h[65];
	struct row	 r;
	int		 i;

	hmac(key, sizeof(key), &base, h0);
	for (i = 0; i < F__MAX; i++) {
		r = base;
		change(&r, (enum field)i);
		hmac(key, sizeof(key), &r, h);
		ck_assert_msg(strcmp(h, h0) != 0, "field %d not in the HMAC", i);
	}
}
END_TEST

/*
 * Rows before the keyed chain (written with plain SHA-256 by the older
 * version) still verify; from the first keyed row on, only the HMAC does,
 * so a chain recomputed with plain SHA-256 is refused there.
 */
START_TEST(t_audit_row_ok)
{
	struct row		 r = vectors[1].row;	/* id 2 */
	struct audit_row	 a = arow(&r);
	char			 plain[65], keyed[65], other[65];
	unsigned char		 k2[32];

	hash(&r, plain);
	ck_assert_str_eq(plain, vectors[1].hash);
	hmac(key, sizeof(key), &r, keyed);
	memcpy(k2, key, sizeof(k2));
	k2[0] ^= 0x80;
	hmac(k2, sizeof(k2), &r, other);

	/* The old row, before the boundary (3) or with none found yet. */
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 3, &a, plain), 1);
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 0, &a, plain), 1);
	/* A row the new version wrote before the boundary (fresh schema). */
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 3, &a, keyed), 1);
	/* At and after the boundary: HMAC under this key only. */
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 2, &a, keyed), 1);
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 2, &a, plain), 0);
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 1, &a, plain), 0);
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 2, &a, other), 0);
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 3, &a, other), 0);
	/* A changed row matches neither. */
	a.holder = "studioctl ";
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 3, &a, plain), 0);
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 2, &a, keyed), 0);
	/* A truncated hash, or none, is not the hash. */
	a = arow(&r);
	keyed[63] = '\0';
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 2, &a, keyed), 0);
	ck_assert_int_eq(audit_row_ok(key, sizeof(key), 2, &a, ""), 0);
}
END_TEST

/* ---------------------------------------------------------- head lines */

#define HEADHASH "e3eec43c3ec08e57d9248ddeedc8ffa038e7aa83d46dcc22a35c0f7e03034c69"
#define HEADMAC	 "8674bb4477db91e12044e4218f0c5b4bc48a158c7ba7a28ed5d1359e7fc56d0d"
#define HEADLINE "studio-audit-head id=46 hash=" HEADHASH \
		 " at=2026-11-30T13:27:29.114279 mac=" HEADMAC

static struct audit_head
head46(void)
{
	struct audit_head	 h;

	memset(&h, 0, sizeof(h));
	h.id = 46;
	memcpy(h.hash, HEADHASH, sizeof(h.hash));
	memcpy(h.at, "2026-11-30T13:27:29.114279", 27);
	return h;
}

/* Signed, written, read back and verified; the signature is pinned. */
START_TEST(t_audit_head_sign)
{
	struct audit_head	 h = head46(), p;
	char			 line[256];

	ck_assert_int_eq(audit_head_line(key, sizeof(key), &h, line,
	    sizeof(line)), 0);
	ck_assert_str_eq(h.mac, HEADMAC);
	ck_assert_str_eq(line, HEADLINE);
	ck_assert_int_eq(audit_head_parse(line, &p), 0);
	ck_assert_uint_eq(p.id, 46);
	ck_assert_str_eq(p.hash, HEADHASH);
	ck_assert_str_eq(p.at, "2026-11-30T13:27:29.114279");
	ck_assert_str_eq(p.mac, HEADMAC);
	ck_assert_int_eq(audit_head_valid(key, sizeof(key), &p), 1);
	/* With a newline and blanks, as read from a file. */
	ck_assert_int_eq(audit_head_parse("  " HEADLINE " \r\n", &p), 0);
	ck_assert_int_eq(audit_head_valid(key, sizeof(key), &p), 1);
	/* Too small a buffer. */
	ck_assert_int_eq(audit_head_line(key, sizeof(key), &h, line, 100),
	    -1);
}
END_TEST

/* Any part changed, or another key: the signature does not hold. */
START_TEST(t_audit_head_tampered)
{
	struct audit_head	 h = head46(), t;
	unsigned char		 k2[32];
	char			 line[256];

	ck_assert_int_eq(audit_head_line(key, sizeof(key), &h, line,
	    sizeof(line)), 0);
	t = h;
	t.id = 45;
	ck_assert_int_eq(audit_head_valid(key, sizeof(key), &t), 0);
	t = h;
	t.hash[0] = 'f';
	ck_assert_int_eq(audit_head_valid(key, sizeof(key), &t), 0);
	t = h;
	t.at[25] = '0';
	ck_assert_int_eq(audit_head_valid(key, sizeof(key), &t), 0);
	t = h;
	t.mac[63] = t.mac[63] == '0' ? '1' : '0';
	ck_assert_int_eq(audit_head_valid(key, sizeof(key), &t), 0);
	memcpy(k2, key, sizeof(k2));
	k2[5] ^= 1;
	ck_assert_int_eq(audit_head_valid(k2, sizeof(k2), &h), 0);
	ck_assert_int_eq(audit_head_valid(key, sizeof(key), &h), 1);
}
END_TEST

/* Lines that are refused. */
static const char *const badheads[] = {
	"",
	"studio-audit-head",
	"studio-audit-head id=46 hash=" HEADHASH
	    " at=2026-11-30T13:27:29.114279",			/* no mac */
	"studio-audit-head id=0 hash=" HEADHASH
	    " at=2026-11-30T13:27:29.114279 mac=" HEADMAC,	/* id 0 */
	"studio-audit-head id=046 hash=" HEADHASH
	    " at=2026-11-30T13:27:29.114279 mac=" HEADMAC,	/* leading 0 */
	"studio-audit-head id=-1 hash=" HEADHASH
	    " at=2026-11-30T13:27:29.114279 mac=" HEADMAC,
	"studio-audit-head id=46 hash=" HEADHASH "0"
	    " at=2026-11-30T13:27:29.114279 mac=" HEADMAC,	/* 65 digits */
	"studio-audit-head id=46 hash=E3eec43c3ec08e57d9248ddeedc8ffa038e7aa83d46dcc22a35c0f7e03034c69"
	    " at=2026-11-30T13:27:29.114279 mac=" HEADMAC,	/* upper case */
	"studio-audit-head id=46 hash=" HEADHASH
	    " at=2026-11-30 13:27:29.114279 mac=" HEADMAC,	/* space in time */
	"studio-audit-head id=46 hash=" HEADHASH
	    " at=2026-11-30T13:27:29 mac=" HEADMAC,		/* no fraction */
	"studio-audit-head id=46 hash=" HEADHASH
	    " at=2026-11-30T13:27:29.114279 mac=" HEADMAC " x",	/* trailing */
	"studio-audit-head id=46 mac=" HEADMAC " hash=" HEADHASH
	    " at=2026-11-30T13:27:29.114279",			/* order */
	"audit-head id=46 hash=" HEADHASH
	    " at=2026-11-30T13:27:29.114279 mac=" HEADMAC,
	"studio-audit-head id=99999999999999999999999 hash=" HEADHASH
	    " at=2026-11-30T13:27:29.114279 mac=" HEADMAC,	/* too long */
};

START_TEST(t_audit_head_malformed)
{
	struct audit_head	 h;

	ck_assert_msg(audit_head_parse(badheads[_i], &h) == -1,
	    "accepted: %s", badheads[_i]);
}
END_TEST

/* ------------------------------------------------------ the key file */

#define KEYA	"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
#define KEYB	"a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5"

static const struct {
	const char	*name;
	const char	*key;		/* NULL: no file; "=": the secret's */
	int		 ok;
} keyfiles[] = {
	{ "a key of its own", KEYB "\n", 1 },
	{ "missing", NULL, 0 },
	{ "empty", "", 0 },
	{ "short", "a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5", 0 },
	{ "not hex", "z5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5", 0 },
	{ "the CSRF secret again", KEYA "\n", 0 },
	{ "the CSRF secret's file", "=", 0 },
};

START_TEST(t_audit_keyfile)
{
	struct conf	 c;
	char		*spath, *kpath = NULL, *cpath, *text;
	const char	*k = keyfiles[_i].key;
	enum err	 e;

	spath = tmpfile_with(KEYA "\n");
	if (k != NULL && strcmp(k, "=") != 0)
		kpath = tmpfile_with(k);
	ck_assert_int_ne(asprintf(&text, "secret_file = %s\n"
	    "audit_key_file = %s\n", spath, k == NULL ? "/nonexistent/key" :
	    kpath != NULL ? kpath : spath), -1);
	cpath = tmpfile_with(text);
	e = conf_load(cpath, &c, 1);
	if (keyfiles[_i].ok) {
		ck_assert_msg(e == E_OK, "%s: refused", keyfiles[_i].name);
		ck_assert_uint_eq(c.audit_keylen, 32);
		ck_assert_uint_eq(c.audit_key[0], 0xa5);
		ck_assert_uint_eq(c.secretlen, 32);
	} else
		ck_assert_msg(e == E_CONF, "%s: accepted", keyfiles[_i].name);
	conf_free(&c);
	ck_assert_uint_eq(c.audit_keylen, 0);
	ck_assert_uint_eq(c.audit_key[0], 0);
	/* Without need_secret neither file is read. */
	ck_assert_int_eq(conf_load(cpath, &c, 0), E_OK);
	ck_assert_uint_eq(c.audit_keylen, 0);
	conf_free(&c);
	unlink(cpath);
	unlink(spath);
	if (kpath != NULL)
		unlink(kpath);
	free(cpath);
	free(spath);
	free(kpath);
	free(text);
}
END_TEST

/* studioctl's admin password file: one line, read only on demand. */
START_TEST(t_audit_admin_password)
{
	struct conf	 c;
	char		*ppath, *cpath, *text;

	ppath = tmpfile_with("  s3cret pass \n");
	ck_assert_int_ne(asprintf(&text, "db_admin_user = studio_admin\n"
	    "db_admin_password_file = %s\n", ppath), -1);
	cpath = tmpfile_with(text);
	ck_assert_int_eq(conf_load(cpath, &c, 0), E_OK);
	ck_assert_str_eq(c.db_admin_user, "studio_admin");
	ck_assert_ptr_null(c.db_admin_password);
	ck_assert_int_eq(conf_admin(&c), E_OK);
	ck_assert_str_eq(c.db_admin_password, "s3cret pass");
	conf_free(&c);
	ck_assert_ptr_null(c.db_admin_password);
	unlink(ppath);
	ck_assert_int_eq(conf_load(cpath, &c, 0), E_OK);
	ck_assert_int_eq(conf_admin(&c), E_CONF);
	conf_free(&c);
	/* No file configured: nothing to read, no password. */
	unlink(cpath);
	free(cpath);
	cpath = tmpfile_with("");
	ck_assert_int_eq(conf_load(cpath, &c, 0), E_OK);
	ck_assert_int_eq(conf_admin(&c), E_OK);
	ck_assert_ptr_null(c.db_admin_password);
	ck_assert_str_eq(c.db_admin_user, "");
	ck_assert_str_eq(c.audit_key_file, "/etc/studio/audit-key");
	conf_free(&c);
	unlink(cpath);
	free(cpath);
	free(ppath);
	free(text);
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

	tc = tcase_create("keyed");
	tcase_add_test(tc, t_audit_hmac_vector);
	tcase_add_test(tc, t_audit_hmac_key);
	tcase_add_test(tc, t_audit_hmac_each_field);
	tcase_add_test(tc, t_audit_row_ok);
	suite_add_tcase(s, tc);

	tc = tcase_create("head");
	tcase_add_test(tc, t_audit_head_sign);
	tcase_add_test(tc, t_audit_head_tampered);
	tcase_add_loop_test(tc, t_audit_head_malformed, 0, NITEMS(badheads));
	suite_add_tcase(s, tc);

	tc = tcase_create("keyfile");
	tcase_add_loop_test(tc, t_audit_keyfile, 0, NITEMS(keyfiles));
	tcase_add_test(tc, t_audit_admin_password);
	suite_add_tcase(s, tc);
	return s;
}
