/*
 * t_form.c: the form mechanism (fcgi/form.c).  Each type's accepted and
 * refused values, where each value lands, the required rules and their
 * messages, a row's own check, binding, and the tables themselves (the
 * application's: no name twice, every row labelled).  FT_CODE needs the
 * database's code tables and is left to the end-to-end tests.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

/* The struct a test form fills: one member per type. */
struct tf {
	const char	*text;
	const char	*multi;
	int64_t		 n;
	const char	*date;
	const char	*month;
	int64_t		 flag;
	const char	*mobile;
	const char	*email;
	int64_t		 id;
	int		 act;
	const char	*word;
	int64_t		 version;
	const char	*role;
};

static const char *const acts[] = { "go", "stop" };

/* A role: "成员" when empty, never "领衔人"; "boss" only when stopping. */
static const char *
role(struct req *r, const struct fdef *d, const char *val, const char *msg,
    void *dst)
{
	struct tf	*t = dst;

	(void)r;
	(void)d;
	if (msg == NULL && *val == '\0')
		t->role = "成员";
	else if (msg == NULL && strcmp(val, "领衔人") == 0)
		msg = "领衔人请申请更换领衔人";
	else if (msg == NULL && strcmp(val, "boss") == 0 && t->act != 1)
		msg = "only when stopping";
	return msg;
}

#define TF(m)	offsetof(struct tf, m)

static const struct fdef tform[] = {
	{ .name = "text", .label = "文本", .type = FT_TEXT, .max = 5,
	  .off = TF(text) },
	{ .name = "multi", .label = "多行", .type = FT_MULTI, .max = 10,
	  .off = TF(multi) },
	{ .name = "n", .label = "人数", .type = FT_INT, .min = 1, .max = 100,
	  .off = TF(n) },
	{ .name = "date", .label = "日期", .type = FT_DATE, .flags = FF_PAST,
	  .off = TF(date) },
	{ .name = "month", .label = "年月", .type = FT_MONTH,
	  .flags = FF_PAST, .off = TF(month) },
	{ .name = "flag", .label = "勾选", .type = FT_BOOL, .off = TF(flag) },
	{ .name = "mobile", .label = "手机", .type = FT_MOBILE,
	  .flags = FF_PERSONAL, .off = TF(mobile) },
	{ .name = "email", .label = "邮箱", .type = FT_EMAIL, .max = 100,
	  .off = TF(email) },
	{ .name = "id", .label = "编号", .type = FT_ID, .off = TF(id) },
	{ .name = "act", .label = "操作", .type = FT_ENUM, .names = acts,
	  .nnames = 2, .off = TF(act) },
	{ .name = "word", .label = "词", .type = FT_WORD, .names = acts,
	  .nnames = 2, .off = TF(word) },
	{ .name = "version", .label = "版本", .type = FT_VERSION,
	  .off = TF(version) },
	{ .name = "role", .label = "角色", .type = FT_TEXT, .max = 10,
	  .off = TF(role), .check = role },
};

static struct arena	*arena;
static struct req	 req;
static struct kv	 pairs[16];

/* A request whose form is the n pairs key, value, key, value, ... */
static struct req *
mkreq(size_t n, const char *const *kvs)
{
	size_t	 i;

	arena_reset(arena);
	memset(&req, 0, sizeof(req));
	req.a = arena;
	for (i = 0; i < n; i++) {
		pairs[i].key = kvs[2 * i];
		pairs[i].val = kvs[2 * i + 1];
		pairs[i].len = strlen(kvs[2 * i + 1]);
	}
	req.form.v = pairs;
	req.form.n = req.form.cap = n;
	return &req;
}

static void
setup(void)
{
	arena = arena_new();
}

static void
teardown(void)
{
	if (arena != NULL)
		arena_free(arena);
	arena = NULL;
}

/* The row of tform named name. */
static const struct fdef *
row(const char *name)
{
	const struct fdef	*d = form_field(tform, NITEMS(tform), name);

	ck_assert_msg(d != NULL, "no row %s", name);
	return d;
}

/* ------------------------------------------------------------ the types */

static const struct {
	const char	*field;
	const char	*in;
	int		 ok;
	const char	*s;	/* string stored (string types) */
	int64_t		 i;	/* number stored (the others) */
} cases[] = {
	{ "text", "abc", 1, "abc", 0 },
	{ "text", "  abc\xe3\x80\x80", 1, "abc", 0 },
	{ "text", "", 1, "", 0 },
	{ "text", "职工创新室", 1, "职工创新室", 0 },
	{ "text", "abcdef", 0, "", 0 },
	{ "text", "a\nb", 0, "", 0 },
	{ "multi", "a\r\nb", 1, "a\nb", 0 },
	{ "multi", "0123456789x", 0, "", 0 },
	{ "n", "5", 1, NULL, 5 },
	{ "n", "100", 1, NULL, 100 },
	{ "n", "", 1, NULL, 0 },
	{ "n", "0", 0, NULL, 0 },
	{ "n", "101", 0, NULL, 0 },
	{ "n", "-3", 0, NULL, 0 },
	{ "n", "5x", 0, NULL, 0 },
	{ "date", "2023-12-06", 1, "2023-12-06", 0 },
	{ "date", "", 1, "", 0 },
	{ "date", "2023-02-30", 0, "", 0 },
	{ "date", "2023/12/06", 0, "", 0 },
	{ "date", "2999-01-01", 0, "", 0 },
	{ "month", "1978-05", 1, "1978-05", 0 },
	{ "month", "1978-13", 0, "", 0 },
	{ "month", "2999-01", 0, "", 0 },
	{ "flag", "true", 1, NULL, 1 },
	{ "flag", "1", 1, NULL, 1 },
	{ "flag", "", 1, NULL, 0 },
	{ "flag", "yes", 0, NULL, 0 },
	{ "mobile", "13812345678", 1, "13812345678", 0 },
	{ "mobile", "", 1, "", 0 },
	{ "mobile", "12812345678", 0, "", 0 },
	{ "mobile", "1381234567", 0, "", 0 },
	{ "email", "li@example.cn", 1, "li@example.cn", 0 },
	{ "email", "li.example.cn", 0, "", 0 },
	{ "id", "7", 1, NULL, 7 },
	{ "id", "0", 0, NULL, 0 },
	{ "id", "2147483648", 0, NULL, 0 },
	{ "act", "stop", 1, NULL, 1 },
	{ "act", "go", 1, NULL, 0 },
	{ "act", "", 1, NULL, 2 },
	{ "act", "run", 0, NULL, 2 },
	{ "word", "stop", 1, "stop", 0 },
	{ "word", "STOP", 0, "", 0 },
	{ "version", "3", 1, NULL, 3 },
	{ "version", "v3", 0, NULL, 0 },
	{ "role", "", 1, "成员", 0 },
	{ "role", "技术员", 1, "技术员", 0 },
	{ "role", "领衔人", 0, "领衔人", 0 },
};

/* The value stored by a row, as a string or a number. */
static const char *
stored_s(const struct fdef *d, const struct tf *t)
{
	return *(const char *const *)(const void *)((const char *)t + d->off);
}

static int64_t
stored_i(const struct fdef *d, const struct tf *t)
{
	if (d->type == FT_ENUM)
		return *(const int *)(const void *)((const char *)t + d->off);
	return *(const int64_t *)(const void *)((const char *)t + d->off);
}

START_TEST(t_form_type)
{
	const struct fdef	*d = row(cases[_i].field);
	const char		*kv[2] = { cases[_i].field, cases[_i].in };
	struct req		*r = mkreq(1, kv);
	struct tf		 t;
	int			 bad;

	memset(&t, 0xa5, sizeof(t));
	bad = form_read(r, d, 1, &t);
	ck_assert_msg(bad == !cases[_i].ok, "%s=%s: %d refused",
	    cases[_i].field, cases[_i].in, bad);
	ck_assert_uint_eq(r->nferr, !cases[_i].ok);
	if (!cases[_i].ok) {
		ck_assert_str_eq(r->ferr[0].name, d->name);
		ck_assert_str_eq(r->ferr[0].label, d->label);
		ck_assert_ptr_nonnull(r->ferr[0].msg);
		ck_assert_uint_gt(strlen(r->ferr[0].msg), 0);
	}
	if (cases[_i].s != NULL)
		ck_assert_str_eq(stored_s(d, &t), cases[_i].s);
	else
		ck_assert_int_eq(stored_i(d, &t), cases[_i].i);
}
END_TEST

/* A whole form: each value at its own member, in one call. */
START_TEST(t_form_offsets)
{
	static const char *const kv[] = {
		"text", "名称", "multi", "第一行\n第二行", "n", "42",
		"date", "2020-01-31", "month", "1980-02", "flag", "true",
		"mobile", "13912345678", "email", "a@b.cn", "id", "9",
		"act", "stop", "word", "go", "version", "4", "role", "boss",
	};
	struct req	*r = mkreq(NITEMS(kv) / 2, kv);
	struct tf	 t;

	memset(&t, 0, sizeof(t));
	ck_assert_int_eq(form_read(r, tform, NITEMS(tform), &t), 0);
	ck_assert_str_eq(t.text, "名称");
	ck_assert_str_eq(t.multi, "第一行\n第二行");
	ck_assert_int_eq(t.n, 42);
	ck_assert_str_eq(t.date, "2020-01-31");
	ck_assert_str_eq(t.month, "1980-02");
	ck_assert_int_eq(t.flag, 1);
	ck_assert_str_eq(t.mobile, "13912345678");
	ck_assert_str_eq(t.email, "a@b.cn");
	ck_assert_int_eq(t.id, 9);
	ck_assert_int_eq(t.act, 1);
	ck_assert_str_eq(t.word, "go");
	ck_assert_int_eq(t.version, 4);
	/* the check saw the action read before it */
	ck_assert_str_eq(t.role, "boss");
}
END_TEST

/* A row's check sees the rows before it; every refusal is named. */
START_TEST(t_form_check_order)
{
	static const char *const kv[] = {
		"act", "go", "role", "boss", "n", "0", "text", "toolongtext",
	};
	struct req	*r = mkreq(NITEMS(kv) / 2, kv);
	struct tf	 t;

	memset(&t, 0, sizeof(t));
	ck_assert_int_eq(form_read(r, tform, NITEMS(tform), &t), 3);
	/* in the order of the table */
	ck_assert_str_eq(r->ferr[0].name, "text");
	ck_assert_str_eq(r->ferr[1].name, "n");
	ck_assert_str_eq(r->ferr[2].name, "role");
	ck_assert_str_eq(r->ferr[2].msg, "only when stopping");
	ck_assert_str_eq(r->ferr[2].label, "角色");
}
END_TEST

/* ------------------------------------------------------ required rules */

static const struct fdef rform[] = {
	{ .name = "text", .label = "文本", .type = FT_TEXT, .max = 5,
	  .req = FR_ALWAYS, .off = TF(text) },
	{ .name = "multi", .label = "多行", .type = FT_MULTI, .max = 10,
	  .req = FR_ALWAYS, .off = TF(multi), .empty = "请写明理由" },
	{ .name = "date", .label = "日期", .type = FT_DATE,
	  .req = FR_ALWAYS, .off = TF(date) },
	{ .name = "n", .label = "人数", .type = FT_INT, .min = 1, .max = 9,
	  .req = FR_ALWAYS, .off = TF(n) },
	{ .name = "version", .label = "版本", .type = FT_VERSION,
	  .req = FR_ALWAYS, .off = TF(version), .bad = "缺少版本号，请刷新" },
	{ .name = "mobile", .label = "手机", .type = FT_MOBILE,
	  .req = FR_SUBMIT, .off = TF(mobile) },
	{ .name = "role", .label = "角色", .type = FT_TEXT, .max = 10,
	  .req = FR_ALWAYS, .off = TF(role), .check = role },
};

START_TEST(t_form_required)
{
	static const char *const kv[] = { "text", "  ", "mobile", "" };
	struct req	*r = mkreq(NITEMS(kv) / 2, kv);
	const char	*out, *datemsg, *intmsg;
	struct tf	 t;
	int64_t		 n;

	datemsg = valid_date("", &out);
	intmsg = valid_int("", 1, 9, &n);
	memset(&t, 0, sizeof(t));
	/* everything required left empty; the FR_SUBMIT row is not */
	ck_assert_int_eq(form_read(r, rform, NITEMS(rform), &t), 6);
	ck_assert_str_eq(r->ferr[0].name, "text");
	ck_assert_str_eq(r->ferr[0].msg, "请填写");
	ck_assert_str_eq(r->ferr[1].name, "multi");
	ck_assert_str_eq(r->ferr[1].msg, "请写明理由");
	ck_assert_str_eq(r->ferr[2].name, "date");
	ck_assert_str_eq(r->ferr[2].msg, datemsg);
	ck_assert_str_eq(r->ferr[3].name, "n");
	ck_assert_str_eq(r->ferr[3].msg, intmsg);
	ck_assert_str_eq(r->ferr[4].name, "version");
	ck_assert_str_eq(r->ferr[4].msg, "缺少版本号，请刷新");
	/* a required row left empty is refused before its check */
	ck_assert_str_eq(r->ferr[5].name, "role");
	ck_assert_str_eq(r->ferr[5].msg, "请填写");
	ck_assert_str_eq(t.mobile, "");

	/* FR_SUBMIT: what a stored value lacks */
	ck_assert_ptr_null(form_missing(&rform[5], "13812345678"));
	ck_assert_str_eq(form_missing(&rform[5], ""), "推荐前须填写此项");
	ck_assert_str_eq(form_missing(&rform[5], NULL), "推荐前须填写此项");
	ck_assert_ptr_null(form_missing(row("flag"), "1"));
	ck_assert_str_eq(form_missing(row("flag"), "0"), "推荐前须确认此项");
}
END_TEST

/* The bad message replaces the validator's, for empty and bad alike. */
START_TEST(t_form_bad_message)
{
	static const char *const kv[] = { "version", "x" };
	struct req	*r = mkreq(1, kv);
	struct tf	 t;

	ck_assert_int_eq(form_read(r, &rform[4], 1, &t), 1);
	ck_assert_str_eq(r->ferr[0].msg, "缺少版本号，请刷新");
	ck_assert_int_eq(t.version, 0);
}
END_TEST

/* ------------------------------------------------------------- binding */

START_TEST(t_form_bind)
{
	struct tf	 t;
	struct dbv	 v[NITEMS(tform)];

	memset(&t, 0, sizeof(t));
	t.text = "";
	t.multi = "x";
	t.date = "";
	t.month = "1980-02";
	t.mobile = "";
	t.email = "";
	t.word = "";
	t.role = "成员";
	t.act = 1;
	form_bind(tform, NITEMS(tform), &t, v);
	ck_assert_int_eq(v[0].t, DBV_STR);	/* text: "" */
	ck_assert_str_eq(v[0].s, "");
	ck_assert_str_eq(v[1].s, "x");
	ck_assert_int_eq(v[2].t, DBV_NULL);	/* n: 0 */
	ck_assert_int_eq(v[3].t, DBV_NULL);	/* date: "" */
	ck_assert_str_eq(v[4].s, "1980-02");
	ck_assert_int_eq(v[5].t, DBV_INT);	/* flag: 0 */
	ck_assert_int_eq(v[5].i, 0);
	ck_assert_int_eq(v[6].t, DBV_STR);	/* mobile: "" */
	ck_assert_int_eq(v[8].t, DBV_NULL);	/* id: 0 */
	ck_assert_str_eq(v[9].s, "stop");	/* act: its name */
	ck_assert_int_eq(v[10].t, DBV_NULL);	/* word: "" */
	t.n = 7;
	form_bind(tform, NITEMS(tform), &t, v);
	ck_assert_int_eq(v[2].t, DBV_INT);
	ck_assert_int_eq(v[2].i, 7);
}
END_TEST

/* -------------------------------------------------------------- tables */

START_TEST(t_form_tables)
{
	static const struct fdef dup[] = {
		{ .name = "a", .label = "甲", .type = FT_TEXT },
		{ .name = "a", .label = "乙", .type = FT_TEXT },
	};
	static const struct fdef nolabel[] = {
		{ .name = "a", .label = "", .type = FT_TEXT },
	};
	static const struct fdef nonames[] = {
		{ .name = "a", .label = "甲", .type = FT_ENUM },
	};
	const struct fdef	*app;
	size_t			 n, i, personal = 0;

	ck_assert_ptr_null(form_check(tform, NITEMS(tform)));
	ck_assert_ptr_null(form_check(rform, NITEMS(rform)));
	ck_assert_str_eq(form_check(dup, NITEMS(dup)), "a");
	ck_assert_str_eq(form_check(nolabel, NITEMS(nolabel)), "a");
	ck_assert_str_eq(form_check(nonames, NITEMS(nonames)), "a");

	app = app_fields(&n);
	ck_assert_uint_eq(n, app_nfields());
	ck_assert_msg(form_check(app, n) == NULL, "application row %s",
	    form_check(app, n));
	for (i = 0; i < n; i++) {
		ck_assert_str_eq(app[i].name, app_field_name(i));
		ck_assert_ptr_nonnull(app[i].column);
		ck_assert_uint_ne(app[i].req, FR_ALWAYS);
		if (app[i].flags & FF_PERSONAL) {
			personal++;
			ck_assert_msg(strncmp(app[i].name, "leader.", 7) == 0,
			    "%s is personal", app[i].name);
		}
	}
	/* birth month, ethnicity, political status, mobile, e-mail */
	ck_assert_uint_eq(personal, 5);
}
END_TEST

Suite *
suite_form(void)
{
	Suite	*s = suite_create("form");
	TCase	*tc;

	tc = tcase_create("form");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, t_form_type, 0, NITEMS(cases));
	tcase_add_test(tc, t_form_offsets);
	tcase_add_test(tc, t_form_check_order);
	tcase_add_test(tc, t_form_required);
	tcase_add_test(tc, t_form_bad_message);
	tcase_add_test(tc, t_form_bind);
	tcase_add_test(tc, t_form_tables);
	suite_add_tcase(s, tc);
	return s;
}
