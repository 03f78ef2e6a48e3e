/*
 * import.c: the import of what existed before the system, as a model.
 * A file is the project's XML (root <import>, valid against
 * xslt/schema/import.xsd, parsed without network, DTD or entities, a
 * DOCTYPE refused) or CSV as Excel saves it (csvin.c), UTF-8 with or
 * without a byte order mark or GB18030.  A CSV file holds one kind of
 * record, told by its header: base unions (单位代码, 上级单位代码,
 * 单位名称) or named studios (the application form's fields by name or
 * label, and 所在单位工会代码, 命名编号, 命名日期, 状态, ...).
 *
 * Every record is checked and written inside one transaction, exactly
 * as the real run writes it, so that a dry run finds what the real run
 * would meet (a leader named twice in the same file, a unit made by an
 * earlier line); the transaction is committed only for a real run
 * without a single error.  A studio is made as naming makes one: its
 * application (status named, first recommended), its studio
 * (studio_create), its leader's claim, its status and events; the kept
 * counts follow by their triggers.  One audit entry records the run,
 * its digest the file's SHA-256.  Nothing here knows HTTP.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <openssl/evp.h>

#include "extern.h"
#include "forms.h"

#define MAXTYPES	8

const char *const impres_names[IR__MAX] = {
	[IR_CREATE] = "create",
	[IR_SAME] = "same",
	[IR_ERROR] = "error",
};

/* The application's fields, as the form has them (forms.h). */
enum ifield {
#define IF_ENUM(id, nm, lb, ty, mx, rq, ct, fl, col, ck) I##id,
	APP_FIELDS(IF_ENUM)
#undef IF_ENUM
	IF__MAX
};

struct impvals {
#define IF_MEMBER(id, nm, lb, ty, mx, rq, ct, fl, col, ck) \
	FORM_CTYPE_##ty col;
	APP_FIELDS(IF_MEMBER)
#undef IF_MEMBER
};

/*
 * The form's table, with the form's own checks left out: the
 * recommending unit comes as a code, looked up here.
 */
static const struct fdef appf[IF__MAX] = {
#define IF_ROW(id, nm, lb, ty, mx, rq, ct, fl, col, ck) \
	[I##id] = { .name = nm, .label = lb, .type = ty, .max = mx, \
	    .min = 1, .req = FR_NEVER, .codes = ct, .flags = fl, \
	    .off = offsetof(struct impvals, col), .column = #col },
	APP_FIELDS(IF_ROW)
#undef IF_ROW
};

/* The import's own columns: name, label (both taken in a header). */
struct icol {
	const char	*name;
	const char	*label;
};

static const struct icol unitcols[] = {
	{ "code", "单位代码" },
	{ "parent-code", "上级单位代码" },
	{ "name", "单位名称" },
};

static const struct icol studiocols[] = {
	{ "base-union", "所在单位工会代码" },
	{ "naming-number", "命名编号" },
	{ "named-on", "命名日期" },
	{ "status", "状态" },
	{ "revoked-on", "取消命名日期" },
	{ "types", "工作室类型" },
	{ "recommending-unit", "推荐单位代码" },
};

/* The fields that a studio imported must have. */
static const enum ifield needed[] = {
	IAF_NAME, IAF_HOST_UNIT, IAF_LEADER_NAME, IAF_LEADER_MOBILE,
};

/* A studio's status, also by its label (xslt/labels.xsl). */
static const char *const status_labels[SS__MAX] = {
	[SS_ACTIVE] = "已命名",
	[SS_KEY_SUPPORT] = "重点支持",
	[SS_SUPERVISED] = "督导整改",
	[SS_REVOKED] = "已取消命名",
	[SS_UPGRADED] = "已升级为劳模和工匠人才创新工作室",
};
/* The studio action that leads from active to each status. */
static const int status_action[SS__MAX] = {
	[SS_ACTIVE] = -1,
	[SS_KEY_SUPPORT] = SA_SUPPORT,
	[SS_SUPERVISED] = SA_SUPERVISE,
	[SS_REVOKED] = SA_REVOKE,
	[SS_UPGRADED] = SA_UPGRADE,
};

/* One record of the file: its line and its fields by name. */
struct row {
	size_t		 line;
	int		 studio;	/* else a unit */
	struct kvlist	 kv;
};

/* What a run keeps between its records. */
struct run {
	struct import	*im;
	struct row	*rows;
	size_t		 nrows;
	size_t		 nparse;	/* errors found before the records */
	const char	*today;
	const char	**keys;		/* unit codes and naming numbers made */
	size_t		*keylines;
	size_t		 nkeys;
};

/* ---- results */

static void
err(struct import *im, size_t line, const char *field, const char *label,
    const char *msg)
{
	struct req	*r = im->r;

	if (im->errs == NULL)
		im->errs = amalloc(r->a, IMPORT_MAXERRS * sizeof(*im->errs));
	if (im->nerrs == IMPORT_MAXERRS)
		return;
	im->errs[im->nerrs].line = line;
	im->errs[im->nerrs].field = field != NULL ? field : "";
	im->errs[im->nerrs].label = label != NULL ? label : "";
	im->errs[im->nerrs].msg = msg;
	im->nerrs++;
}

static void
rec(struct import *im, size_t line, const char *kind, const char *key,
    const char *name, enum impres res)
{
	struct imprec	*n;

	if (im->nrecs == im->caprecs) {
		im->caprecs = im->caprecs ? 2 * im->caprecs : 64;
		n = amalloc(im->r->a, im->caprecs * sizeof(*n));
		if (im->nrecs > 0)
			memcpy(n, im->recs, im->nrecs * sizeof(*n));
		im->recs = n;
	}
	n = &im->recs[im->nrecs++];
	n->line = line;
	n->kind = kind;
	n->key = key != NULL ? key : "";
	n->name = name != NULL ? name : "";
	n->res = res;
	if (res == IR_CREATE)
		im->created++;
	else if (res == IR_SAME)
		im->same++;
}

/* ---- fields */

static void
put(struct arena *a, struct kvlist *l, const char *key, const char *val)
{
	struct kv	*n;

	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 32;
		n = amalloc(a, l->cap * sizeof(*n));
		if (l->n > 0)
			memcpy(n, l->v, l->n * sizeof(*n));
		l->v = n;
	}
	l->v[l->n].key = key;
	l->v[l->n].val = val;
	l->v[l->n].len = strlen(val);
	l->n++;
}

/* The value of key, trimmed of blanks at either end ("" if absent). */
static const char *
get(struct arena *a, const struct row *w, const char *key)
{
	const char	*v = kv_get(&w->kv, key), *e;

	if (v == NULL)
		return "";
	while (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n')
		v++;
	for (e = v + strlen(v); e > v && (e[-1] == ' ' || e[-1] == '\t' ||
	    e[-1] == '\r' || e[-1] == '\n'); e--)
		continue;
	return astrndup(a, v, (size_t)(e - v));
}

/*
 * A date as Excel writes it in a Chinese locale (2019/5/1, 2019.5.1,
 * 2019年5月1日) as YYYY-MM-DD; a month (1980/5, 1980年5月) as YYYY-MM
 * when month is set; anything else as it is, for the validator to
 * refuse.
 */
static const char *
isodate(struct arena *a, const char *s, int month)
{
	unsigned	 y, m, d = 0;
	int		 n = -1;

	if (!month && ((sscanf(s, "%4u%*1[-/.]%2u%*1[-/.]%2u%n", &y, &m, &d,
	    &n) == 3 && n > 0 && s[n] == '\0') || (n = -1, sscanf(s,
	    "%4u年%2u月%2u日%n", &y, &m, &d, &n) == 3 && n > 0 &&
	    s[n] == '\0')))
		return aprintf(a, "%04u-%02u-%02u", y % 10000, m % 100, d % 100);
	n = -1;
	if (month && ((sscanf(s, "%4u%*1[-/.]%2u%n", &y, &m, &n) == 2 &&
	    n > 0 && s[n] == '\0') || (n = -1, sscanf(s, "%4u年%2u月%n", &y,
	    &m, &n) == 2 && n > 0 && s[n] == '\0')))
		return aprintf(a, "%04u-%02u", y % 10000, m % 100);
	return s;
}

/* A ticked box as a spreadsheet may say it. */
static int
yes(const char *s)
{
	static const char *const words[] = { "true", "1", "是", "√", "✓",
	    "y", "Y", "yes", "TRUE", "True", "有", "同意" };
	size_t	 i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(s, words[i]) == 0)
			return 1;
	return 0;
}

/* The line of a key made earlier in this run, or 0. */
static size_t
made(const struct run *u, const char *key)
{
	size_t	 i;

	for (i = 0; i < u->nkeys; i++)
		if (strcmp(u->keys[i], key) == 0)
			return u->keylines[i];
	return 0;
}

static void
remember(struct run *u, const char *key, size_t line)
{
	struct arena	*a = u->im->r->a;

	if (u->keys == NULL) {
		u->keys = amalloc(a, (u->nrows + 1) * sizeof(*u->keys));
		u->keylines = amalloc(a, (u->nrows + 1) * sizeof(size_t));
	}
	if (u->nkeys <= u->nrows) {
		u->keys[u->nkeys] = key;
		u->keylines[u->nkeys++] = line;
	}
}

/* ---- one unit */

static enum err
unit_row(struct run *u, const struct row *w)
{
	struct import	*im = u->im;
	struct req	*r = im->r;
	struct dbq	*q;
	const char	*code, *parent, *name, *msg, *raw, *pk;
	char		*kind = NULL, *oname = NULL, *opar = NULL;
	size_t		 before = im->nerrs, l;
	uint64_t	 n;
	enum err	 e;

	raw = get(r->a, w, "code");
	if ((msg = valid_code(raw, &code)) != NULL) {
		err(im, w->line, "code", "单位代码", msg);
		code = raw;
	}
	raw = get(r->a, w, "parent-code");
	if ((msg = valid_code(raw, &parent)) != NULL)
		err(im, w->line, "parent-code", "上级单位代码", msg);
	raw = get(r->a, w, "name");
	if ((msg = valid_text(r->a, raw, 100, 0, &name)) != NULL)
		err(im, w->line, "name", "单位名称", msg);
	else if (*name == '\0')
		err(im, w->line, "name", "单位名称", "请填写单位名称");
	if (im->nerrs > before) {
		rec(im, w->line, "unit", code, raw, IR_ERROR);
		return E_OK;
	}
	if ((l = made(u, code)) != 0) {
		err(im, w->line, "code", "单位代码", aprintf(r->a,
		    "单位代码与第 %zu 行重复", l));
		rec(im, w->line, "unit", code, name, IR_ERROR);
		return E_OK;
	}
	e = db_one(r->db, STMT_IMPORT_UNIT, DBARGS(DBS(code)), &q);
	if (e == E_OK) {
		kind = astrdup(r->a, db_col(q, 1));
		oname = astrdup(r->a, db_col(q, 2));
		opar = astrdup(r->a, db_col(q, 3));
		db_end(q);
	} else if (e != E_NOTFOUND)
		return e;
	if (kind != NULL) {
		if (strcmp(kind, "base") == 0 && strcmp(oname, name) == 0 &&
		    strcmp(opar, parent) == 0) {
			rec(im, w->line, "unit", code, name, IR_SAME);
			return E_OK;
		}
		err(im, w->line, "code", "单位代码", aprintf(r->a,
		    "单位代码已用于“%s”（上级单位代码 %s），与文件所列不同",
		    oname, opar));
		rec(im, w->line, "unit", code, name, IR_ERROR);
		return E_OK;
	}
	if ((e = db_one(r->db, STMT_IMPORT_UNIT, DBARGS(DBS(parent)), &q)) ==
	    E_NOTFOUND) {
		err(im, w->line, "parent-code", "上级单位代码",
		    "没有这个代码的单位");
		rec(im, w->line, "unit", code, name, IR_ERROR);
		return E_OK;
	}
	if (e != E_OK)
		return e;
	pk = astrdup(r->a, db_col(q, 1));
	db_end(q);
	if (strcmp(pk, "base") == 0) {
		err(im, w->line, "parent-code", "上级单位代码",
		    "基层工会之下不能再设基层工会");
		rec(im, w->line, "unit", code, name, IR_ERROR);
		return E_OK;
	}
	e = db_exec(r->db, STMT_UNIT_INSERT, DBARGS(DBS(code), DBS("base"),
	    DBS(name), DBS(code), DBS(parent)), &n, NULL);
	if (e == E_DUP || (e == E_OK && n != 1)) {
		err(im, w->line, "code", "单位代码", "单位代码或路径已被占用");
		rec(im, w->line, "unit", code, name, IR_ERROR);
		return E_OK;
	}
	if (e != E_OK)
		return e;
	remember(u, code, w->line);
	rec(im, w->line, "unit", code, name, IR_CREATE);
	return E_OK;
}

/* ---- one studio */

/*
 * The naming sequence of the year stays past an imported number of the
 * configured pattern, so that the next naming does not give it again.
 */
static enum err
seq_raise(struct req *r, const char *number, const char *named_on)
{
	const char	*pat = r->conf->naming_pattern, *n;
	char		*pre, *post, *end;
	size_t		 pl, sl, nl;
	long long	 seq;
	int		 year = atoi(named_on);
	enum err	 e;

	if (pat == NULL || (n = strstr(pat, "%N")) == NULL)
		return E_OK;
	pre = naming_number(r->a, astrndup(r->a, pat, (size_t)(n - pat)),
	    year, 0);
	post = naming_number(r->a, n + 2, year, 0);
	pl = strlen(pre);
	sl = strlen(post);
	nl = strlen(number);
	if (nl <= pl + sl || strncmp(number, pre, pl) != 0 ||
	    strcmp(number + nl - sl, post) != 0)
		return E_OK;
	if (number[pl] < '0' || number[pl] > '9')
		return E_OK;
	seq = strtoll(number + pl, &end, 10);
	if (end != number + nl - sl || seq <= 0 || seq > 99999999)
		return E_OK;
	if ((e = db_exec(r->db, STMT_NAMING_SEQ_INIT, DBARGS(DBI(year)), NULL,
	    NULL)) != E_OK)
		return e;
	return db_exec(r->db, STMT_IMPORT_SEQ_RAISE, DBARGS(DBI(seq),
	    DBI(year)), NULL, NULL);
}

/* The types of the row: codes or names, each once. */
static size_t
types(struct run *u, const struct row *w, const char **out)
{
	struct import		*im = u->im;
	struct req		*r = im->r;
	const struct codeset	*cs = codes_get(r->db, CT_STUDIO_TYPE);
	const char		*t;
	size_t			 i, j, k, n = 0;

	for (i = 0; i < kv_count(&w->kv, "types"); i++) {
		t = kv_nth(&w->kv, "types", i);
		if (*t == '\0')
			continue;
		for (k = 0; cs != NULL && k < cs->n; k++)
			if (strcmp(cs->v[k].code, t) == 0 ||
			    strcmp(cs->v[k].name, t) == 0)
				break;
		if (cs == NULL || k == cs->n) {
			err(im, w->line, "types", "工作室类型", aprintf(r->a,
			    "“%s”不是工作室类型（技术开发、技术攻关、技能传授、"
			    "技术协作、培训服务、其他）", t));
			continue;
		}
		for (j = 0; j < n; j++)
			if (strcmp(out[j], cs->v[k].code) == 0)
				break;
		if (j == n && n < MAXTYPES)
			out[n++] = cs->v[k].code;
	}
	if (n == 0 && kv_count(&w->kv, "types") <= 1)
		err(im, w->line, "types", "工作室类型", "请至少填写一种工作室类型");
	return n;
}

/*
 * The recommending (auditing) unit of a base union with this path: the
 * unit of the code given, which must be one of its ancestors below the
 * city, else its parent when that is not the city.  Its id as text, or
 * NULL (the error recorded).
 */
static const char *
recommender(struct run *u, const struct row *w, const char *path)
{
	struct import	*im = u->im;
	struct req	*r = im->r;
	struct dbq	*q;
	const char	*code = get(r->a, w, "recommending-unit"), *s, *e;
	char		*id, *kind;
	enum err	 x;

	if (*code == '\0') {
		/* The parent: the last but one code of the path. */
		e = path + strlen(path) - 1;
		for (s = e; s > path && s[-1] != '/'; s--)
			continue;
		if (s <= path + 1)
			return NULL;
		e = s - 1;
		for (s = e; s > path && s[-1] != '/'; s--)
			continue;
		code = astrndup(r->a, s, (size_t)(e - s));
	} else if (strstr(path, aprintf(r->a, "/%s/", code)) == NULL) {
		err(im, w->line, "recommending-unit", "推荐单位代码",
		    "推荐单位应为所在单位工会的上级工会");
		return NULL;
	}
	if ((x = db_one(r->db, STMT_IMPORT_UNIT, DBARGS(DBS(code)), &q)) !=
	    E_OK) {
		err(im, w->line, "recommending-unit", "推荐单位代码",
		    "没有这个代码的单位");
		return NULL;
	}
	id = astrdup(r->a, db_col(q, 0));
	kind = astrdup(r->a, db_col(q, 1));
	db_end(q);
	if (strcmp(kind, "district") != 0 && strcmp(kind, "industry") != 0) {
		err(im, w->line, "recommending-unit", "推荐单位代码",
		    "推荐单位应为县（市）区、开发区总工会或市产业工会");
		return NULL;
	}
	return id;
}

static enum err
studio_row(struct run *u, const struct row *w)
{
	struct import	*im = u->im;
	struct req	*r = im->r;
	struct impvals	 v;
	struct dbv	 b[4 + IF__MAX];
	struct kvlist	 kv, saved;
	struct dbq	*q;
	const char	*number, *named_on, *revoked_on = "", *raw, *msg;
	const char	*base, *path = NULL, *rid = NULL, *ty[MAXTYPES];
	char		*bkind = NULL, *bid = NULL, *oname, *obase;
	size_t		 before = im->nerrs, i, nty, l;
	uint64_t	 last = 0;
	int64_t		 app, sid;
	int		 st, rc;
	enum err	 e;

	raw = get(r->a, w, "naming-number");
	if ((msg = valid_text(r->a, raw, 60, 0, &number)) != NULL)
		err(im, w->line, "naming-number", "命名编号", msg);
	else if (*number == '\0')
		err(im, w->line, "naming-number", "命名编号", "请填写命名编号");
	if (msg != NULL)
		number = raw;
	raw = isodate(r->a, get(r->a, w, "named-on"), 0);
	if (*raw == '\0')
		err(im, w->line, "named-on", "命名日期", "请填写命名日期");
	else if ((msg = valid_date(raw, &named_on)) != NULL ||
	    (msg = valid_not_after(raw, u->today)) != NULL)
		err(im, w->line, "named-on", "命名日期", msg);
	named_on = raw;
	raw = get(r->a, w, "status");
	st = *raw == '\0' ? SS_ACTIVE : sstatus_parse(raw);
	for (i = 0; st == SS__MAX && i < SS__MAX; i++)
		if (strcmp(raw, status_labels[i]) == 0)
			st = (int)i;
	if (st == SS__MAX) {
		err(im, w->line, "status", "状态", "状态应为 active、key-support、"
		    "supervised、revoked、upgraded 之一（或其中文名称）");
		st = SS_ACTIVE;
	}
	raw = isodate(r->a, get(r->a, w, "revoked-on"), 0);
	if (st == SS_REVOKED && *raw == '\0')
		err(im, w->line, "revoked-on", "取消命名日期",
		    "已取消命名的工作室须填写取消命名日期");
	else if (st != SS_REVOKED && *raw != '\0')
		err(im, w->line, "revoked-on", "取消命名日期",
		    "只有已取消命名的工作室填写此项");
	else if (*raw != '\0' && ((msg = valid_date(raw, &revoked_on)) !=
	    NULL || (msg = valid_not_after(raw, u->today)) != NULL))
		err(im, w->line, "revoked-on", "取消命名日期", msg);
	else if (*raw != '\0' && strcmp(raw, named_on) < 0)
		err(im, w->line, "revoked-on", "取消命名日期",
		    "取消命名日期不能早于命名日期");
	revoked_on = raw;

	base = get(r->a, w, "base-union");
	if (*base == '\0')
		err(im, w->line, "base-union", "所在单位工会代码",
		    "请填写所在单位工会的单位代码");
	else if ((e = db_one(r->db, STMT_IMPORT_UNIT, DBARGS(DBS(base)),
	    &q)) == E_OK) {
		bid = astrdup(r->a, db_col(q, 0));
		bkind = astrdup(r->a, db_col(q, 1));
		path = astrdup(r->a, db_col(q, 4));
		db_end(q);
		if (strcmp(bkind, "base") != 0)
			err(im, w->line, "base-union", "所在单位工会代码",
			    "应为基层工会的单位代码");
		else if ((rid = recommender(u, w, path)) == NULL &&
		    im->nerrs == before)
			err(im, w->line, "base-union", "所在单位工会代码",
			    "所在单位工会没有可作推荐单位的上级工会");
	} else if (e == E_NOTFOUND)
		err(im, w->line, "base-union", "所在单位工会代码",
		    "没有这个代码的单位");
	else
		return e;
	nty = types(u, w, ty);

	/* The form's fields, through the form's own table. */
	memset(&kv, 0, sizeof(kv));
	for (i = 0; i < IF__MAX; i++) {
		raw = kv_get(&w->kv, appf[i].name);
		if (i == IAF_RECOMMENDING_UNIT)
			raw = rid != NULL ? rid : "";
		else if (appf[i].type == FT_BOOL)
			/* Named, it met the conditions: unticked only when
			   the file says so. */
			raw = raw == NULL || yes(get(r->a, w, appf[i].name)) ?
			    "true" : "";
		else if (raw == NULL)
			continue;
		else if (appf[i].type == FT_DATE || appf[i].type == FT_MONTH)
			raw = isodate(r->a, get(r->a, w, appf[i].name),
			    appf[i].type == FT_MONTH);
		put(r->a, &kv, appf[i].name, raw);
	}
	saved = r->form;
	r->form = kv;
	r->nferr = 0;
	memset(&v, 0, sizeof(v));
	(void)form_read(r, appf, IF__MAX, &v);
	r->form = saved;
	for (i = 0; i < r->nferr; i++)
		err(im, w->line, r->ferr[i].name, r->ferr[i].label,
		    r->ferr[i].msg);
	r->nferr = 0;
	for (i = 0; i < sizeof(needed) / sizeof(needed[0]); i++)
		if (*get(r->a, w, appf[needed[i]].name) == '\0')
			err(im, w->line, appf[needed[i]].name,
			    appf[needed[i]].label, "导入的工作室须填写此项");
	if (im->nerrs > before) {
		rec(im, w->line, "studio", number, v.name, IR_ERROR);
		return E_OK;
	}

	/* The keys: the naming number, once in the file and the system. */
	if ((l = made(u, number)) != 0) {
		err(im, w->line, "naming-number", "命名编号", aprintf(r->a,
		    "命名编号与第 %zu 行重复", l));
		rec(im, w->line, "studio", number, v.name, IR_ERROR);
		return E_OK;
	}
	if ((e = db_one(r->db, STMT_IMPORT_STUDIO, DBARGS(DBS(number)),
	    &q)) == E_OK) {
		oname = astrdup(r->a, db_col(q, 1));
		obase = astrdup(r->a, db_col(q, 2));
		db_end(q);
		if (strcmp(oname, v.name) == 0 && strcmp(obase, base) == 0) {
			rec(im, w->line, "studio", number, v.name, IR_SAME);
			return E_OK;
		}
		err(im, w->line, "naming-number", "命名编号", aprintf(r->a,
		    "命名编号已用于工作室“%s”", oname));
		rec(im, w->line, "studio", number, v.name, IR_ERROR);
		return E_OK;
	} else if (e != E_NOTFOUND)
		return e;

	/* The rules of naming: one leader, one studio; named once. */
	if (st != SS_REVOKED) {
		if ((q = db_query(r->db, STMT_LEADER_ACTIVE, DBARGS(DBI(0),
		    DBS(v.leader_mobile), DBS(v.leader_name),
		    DBS(v.leader_birth_month)))) == NULL)
			return db_err(r->db);
		if ((rc = db_step(q)) == 1)
			err(im, w->line, "leader.mobile", "手机号码", aprintf(r->a,
			    "领衔人%s已领衔工作室“%s”，一人只能领衔一个职工创新"
			    "工作室", v.leader_name, db_col(q, 1)));
		db_end(q);
		if (rc < 0)
			return db_err(r->db);
		if ((q = db_query(r->db, STMT_STUDIO_NAMED, DBARGS(DBI(0),
		    DBS(v.name), DBS(v.host_unit)))) == NULL)
			return db_err(r->db);
		if ((rc = db_step(q)) == 1)
			err(im, w->line, "name", "工作室名称",
			    "同一单位的同名工作室已经命名，不能重复命名");
		db_end(q);
		if (rc < 0)
			return db_err(r->db);
		if (im->nerrs > before) {
			rec(im, w->line, "studio", number, v.name, IR_ERROR);
			return E_OK;
		}
	}

	/* Made as naming makes it. */
	b[0] = DBI(strtoll(bid, NULL, 10));
	b[1] = DBS(path);
	b[2] = DBS(number);
	b[3] = DBS(named_on);
	form_bind(appf, IF__MAX, &v, b + 4);
	e = db_exec(r->db, STMT_IMPORT_APP, b, 4 + IF__MAX, NULL, &last);
	if (e == E_DUP) {
		err(im, w->line, "naming-number", "命名编号", "命名编号已被占用");
		rec(im, w->line, "studio", number, v.name, IR_ERROR);
		return E_OK;
	}
	if (e != E_OK)
		return e;
	app = (int64_t)last;
	for (i = 0; i < nty; i++)
		if ((e = db_exec(r->db, STMT_APP_TYPE_ADD, DBARGS(DBI(app),
		    DBS(ty[i])), NULL, NULL)) != E_OK)
			return e;
	if ((e = studio_create(r, app, 0, "", "系统启用前已命名，导入登记",
	    &sid)) != E_OK)
		return e;
	if (st != SS_ACTIVE) {
		if ((e = db_exec(r->db, STMT_IMPORT_STUDIO_STATUS, DBARGS(
		    DBS(sstatus_names[st]), st == SS_REVOKED ?
		    DBS(revoked_on) : DBN, DBI(sid)), NULL, NULL)) != E_OK ||
		    (e = move_add(r, STMT_STUDIO_EVENT_ADD, sid, &(struct move){
		    .action = saction_names[status_action[st]],
		    .from = sstatus_names[SS_ACTIVE], .to = sstatus_names[st],
		    .text = "系统启用前的状态，导入登记" })) != E_OK)
			return e;
		if ((st == SS_REVOKED || st == SS_UPGRADED) &&
		    (e = db_exec(r->db, STMT_APP_STUDIO_STATUS, DBARGS(DBS(
		    astatus_names[st == SS_REVOKED ? ST_REVOKED : ST_UPGRADED]),
		    DBI(app)), NULL, NULL)) != E_OK)
			return e;
	}
	if (st != SS_REVOKED) {
		e = db_exec(r->db, STMT_CLAIM_APP, DBARGS(DBI(app)), NULL, NULL);
		if (e == E_DUP) {
			err(im, w->line, "leader.mobile", "手机号码",
			    "领衔人已领衔另一个职工创新工作室，一人只能领衔一个"
			    "职工创新工作室");
			rec(im, w->line, "studio", number, v.name, IR_ERROR);
			return E_OK;
		}
		if (e != E_OK || (e = db_exec(r->db, STMT_CLAIM_TO_STUDIO,
		    DBARGS(DBI(sid), DBI(app)), NULL, NULL)) != E_OK)
			return e;
	}
	if ((e = seq_raise(r, number, named_on)) != E_OK)
		return e;
	remember(u, number, w->line);
	rec(im, w->line, "studio", number, v.name, IR_CREATE);
	return E_OK;
}

/* ---- reading the file */

/* The column of a header cell: a name of cols or of the form, or NULL. */
static const char *
column(const char *h, const struct icol *cols, size_t n, int form)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(h, cols[i].name) == 0 || strcmp(h, cols[i].label) == 0)
			return cols[i].name;
	for (i = 0; form && i < IF__MAX; i++)
		if (strcmp(h, appf[i].name) == 0 || strcmp(h, appf[i].label) == 0)
			return appf[i].name;
	return NULL;
}

/* Split a cell of types (、，,;；/ or blanks between) into values. */
static void
put_types(struct arena *a, struct kvlist *kv, const char *s)
{
	static const char *const seps[] = { "、", "，", "；", ",", ";", "/",
	    " ", "\t", "\r", "\n" };
	const char	*p = s, *start = s;
	size_t		 i, sl;

	put(a, kv, "types", "");
	while (*p != '\0') {
		for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
			sl = strlen(seps[i]);
			if (strncmp(p, seps[i], sl) == 0)
				break;
		}
		if (i == sizeof(seps) / sizeof(seps[0])) {
			p++;
			continue;
		}
		if (p > start)
			put(a, kv, "types", astrndup(a, start, (size_t)(p - start)));
		p += sl;
		start = p;
	}
	if (p > start)
		put(a, kv, "types", astrndup(a, start, (size_t)(p - start)));
}

static void
addrow(struct run *u, size_t *cap, const struct row *w)
{
	struct row	*n;

	if (u->nrows == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		n = amalloc(u->im->r->a, *cap * sizeof(*n));
		if (u->nrows > 0)
			memcpy(n, u->rows, u->nrows * sizeof(*n));
		u->rows = n;
	}
	u->rows[u->nrows++] = *w;
}

static void
csv_records(struct run *u, const char *text, size_t len)
{
	struct import		*im = u->im;
	struct arena		*a = im->r->a;
	struct csvin		 c;
	struct row		 w;
	const struct icol	*cols;
	const char		**names, *h;
	char			**f;
	size_t			 nf, nh, line, i, ncols, cap = 0;
	int			 rc, studio = 0;

	csvin_init(&c, text, len);
	if ((rc = csvin_next(&c, a, &f, &nh, &line)) != 1) {
		err(im, rc < 0 ? c.line : 1, "", "", rc < 0 ? c.why :
		    "文件是空的");
		return;
	}
	for (i = 0; i < nh; i++)
		if (column(f[i], unitcols, 2, 0) != NULL &&
		    strcmp(column(f[i], unitcols, 2, 0), "parent-code") == 0)
			break;
	if (i == nh) {
		studio = 1;
		cols = studiocols;
		ncols = sizeof(studiocols) / sizeof(studiocols[0]);
	} else {
		cols = unitcols;
		ncols = sizeof(unitcols) / sizeof(unitcols[0]);
	}
	names = amalloc(a, nh * sizeof(*names));
	for (i = 0; i < nh; i++) {
		h = f[i];
		while (*h == ' ')
			h++;
		if ((names[i] = column(h, cols, ncols, studio)) == NULL &&
		    *h != '\0')
			err(im, line, h, h, studio ? "不是工作室的列（应为申请表"
			    "的栏目或命名编号、命名日期等）" :
			    "不是单位的列（应为单位代码、上级单位代码、单位名称）");
	}
	if (studio && column("naming-number", cols, ncols, 0) != NULL) {
		for (i = 0; i < nh; i++)
			if (names[i] != NULL &&
			    strcmp(names[i], "naming-number") == 0)
				break;
		if (i == nh)
			err(im, line, "", "", "无法识别文件内容：单位应有“上级单位代码”"
			    "列，工作室应有“命名编号”列");
	}
	if (im->nerrs > 0)
		return;
	while ((rc = csvin_next(&c, a, &f, &nf, &line)) == 1) {
		memset(&w, 0, sizeof(w));
		w.line = line;
		w.studio = studio;
		if (nf > nh) {
			err(im, line, "", "", aprintf(a, "这一行有 %zu 列，"
			    "多于表头的 %zu 列", nf, nh));
			continue;
		}
		for (i = 0; i < nf; i++) {
			if (names[i] == NULL)
				continue;
			if (strcmp(names[i], "types") == 0)
				put_types(a, &w.kv, f[i]);
			else
				put(a, &w.kv, names[i], f[i]);
		}
		addrow(u, &cap, &w);
	}
	if (rc < 0)
		err(im, c.line, "", "", aprintf(a, "CSV 格式错误：%s", c.why));
}

/* A DOCTYPE anywhere in the text: its line, or 0. */
static size_t
doctype(const char *s, size_t len)
{
	size_t	 i, line = 1;

	for (i = 0; i < len; i++) {
		if (s[i] == '\n')
			line++;
		else if (s[i] == '<' && len - i >= 9 &&
		    memcmp(s + i, "<!DOCTYPE", 9) == 0)
			return line;
	}
	return 0;
}

/* Schema errors, each with its line. */
static void
schema_error(void *arg, xmlErrorPtr e)
{
	struct import	*im = arg;
	char		*m;
	size_t		 n;

	if (e == NULL || e->message == NULL)
		return;
	m = astrdup(im->r->a, e->message);
	for (n = strlen(m); n > 0 && (m[n - 1] == '\n' || m[n - 1] == ' ');
	    n--)
		m[n - 1] = '\0';
	err(im, (size_t)(e->line > 0 ? e->line : 0),
	    e->node != NULL ? astrdup(im->r->a,
	    (const char *)((xmlNodePtr)e->node)->name) : "", "",
	    aprintf(im->r->a, "不符合 import.xsd：%s", text_mend(im->r->a, m)));
}

/* Text of an element (arena), trimmed by get() later. */
static const char *
content(struct arena *a, xmlNodePtr n)
{
	xmlChar		*c = xmlNodeGetContent(n);
	const char	*s = astrdup(a, c != NULL ? (const char *)c : "");

	xmlFree(c);
	return s;
}

static void
xml_record(struct run *u, size_t *cap, xmlNodePtr n, int studio)
{
	struct arena	*a = u->im->r->a;
	struct row	 w;
	xmlAttrPtr	 at;
	xmlNodePtr	 c, g;
	xmlChar		*v;

	memset(&w, 0, sizeof(w));
	w.line = (size_t)xmlGetLineNo(n);
	w.studio = studio;
	for (at = n->properties; at != NULL; at = at->next) {
		v = xmlNodeListGetString(n->doc, at->children, 1);
		put(a, &w.kv, astrdup(a, (const char *)at->name),
		    astrdup(a, v != NULL ? (const char *)v : ""));
		xmlFree(v);
	}
	for (c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)c->name, "types") == 0) {
			put(a, &w.kv, "types", "");
			for (g = c->children; g != NULL; g = g->next)
				if (g->type == XML_ELEMENT_NODE)
					put(a, &w.kv, "types", content(a, g));
		} else if (strcmp((const char *)c->name, "leader") == 0 ||
		    strcmp((const char *)c->name, "conditions") == 0) {
			for (g = c->children; g != NULL; g = g->next)
				if (g->type == XML_ELEMENT_NODE)
					put(a, &w.kv, aprintf(a, "%s.%s",
					    c->name, g->name), content(a, g));
		} else
			put(a, &w.kv, astrdup(a, (const char *)c->name),
			    content(a, c));
	}
	addrow(u, cap, &w);
}

/* A file's bytes (arena), *len its length; NULL when unreadable. */
static char *
slurp(struct arena *a, const char *path, size_t *len)
{
	FILE	*f;
	char	*buf;
	long	 n;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    n > 1024 * 1024 || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return NULL;
	}
	buf = amalloc(a, (size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

static void
xml_records(struct run *u, const char *text, size_t len)
{
	struct import		*im = u->im;
	struct req		*r = im->r;
	xmlParserCtxtPtr	 ctxt = NULL;
	xmlSchemaParserCtxtPtr	 sp = NULL;
	xmlSchemaPtr		 schema = NULL;
	xmlSchemaValidCtxtPtr	 vc = NULL;
	xmlDocPtr		 doc = NULL;
	xmlNodePtr		 root, s, n;
	xmlErrorPtr		 xe;
	size_t			 line, cap = 0, xsdlen = 0;
	char			*path, *xsd;

	if ((line = doctype(text, len)) != 0) {
		err(im, line, "", "", "不接受含 DOCTYPE（文档类型定义）的 XML 文件");
		return;
	}
	if (len > INT32_MAX || (ctxt = xmlNewParserCtxt()) == NULL) {
		err(im, 0, "", "", "文件过大或无法读取");
		return;
	}
	/* No network, no DTD, no entity substitution, no XInclude. */
	doc = xmlCtxtReadMemory(ctxt, text, (int)len, NULL, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (doc == NULL) {
		xe = xmlCtxtGetLastError(ctxt);
		err(im, xe != NULL && xe->line > 0 ? (size_t)xe->line : 0, "",
		    "", aprintf(r->a, "XML 格式错误：%s", xe != NULL &&
		    xe->message != NULL ? text_mend(r->a, xe->message) :
		    "无法解析"));
		goto out;
	}
	for (n = doc->children; n != NULL; n = n->next)
		if (n->type == XML_DTD_NODE)
			break;
	if (n != NULL || doc->intSubset != NULL || doc->extSubset != NULL) {
		err(im, 1, "", "", "不接受含 DOCTYPE（文档类型定义）的 XML 文件");
		goto out;
	}
	/*
	 * Read here: the worker's entity loader lets nothing be loaded once
	 * the stylesheets are compiled (xslt.c), and import.xsd includes
	 * nothing.
	 */
	path = aprintf(r->a, "%s/schema/import.xsd", r->conf->xslt_dir);
	if ((xsd = slurp(r->a, path, &xsdlen)) == NULL ||
	    (sp = xmlSchemaNewMemParserCtxt(xsd, (int)xsdlen)) == NULL ||
	    (schema = xmlSchemaParse(sp)) == NULL ||
	    (vc = xmlSchemaNewValidCtxt(schema)) == NULL) {
		log_warnx("%s: %s does not load", __func__, path);
		err(im, 0, "", "", "导入格式的定义（import.xsd）无法读取");
		goto out;
	}
	xmlSchemaSetValidStructuredErrors(vc, schema_error, im);
	if (xmlSchemaValidateDoc(vc, doc) != 0) {
		if (im->nerrs == 0)
			err(im, 0, "", "", "文件不符合 import.xsd");
		goto out;
	}
	root = xmlDocGetRootElement(doc);
	for (s = root->children; s != NULL; s = s->next) {
		if (s->type != XML_ELEMENT_NODE)
			continue;
		for (n = s->children; n != NULL; n = n->next)
			if (n->type == XML_ELEMENT_NODE)
				xml_record(u, &cap, n,
				    strcmp((const char *)n->name, "studio") == 0);
	}
out:
	if (vc != NULL)
		xmlSchemaFreeValidCtxt(vc);
	if (schema != NULL)
		xmlSchemaFree(schema);
	if (sp != NULL)
		xmlSchemaFreeParserCtxt(sp);
	if (doc != NULL)
		xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
}

/* ---- the run */

static enum err
run_txn(void *arg)
{
	struct run	*u = arg;
	struct import	*im = u->im;
	size_t		 i;
	enum err	 e;

	/* Again from the start when a deadlock made it retry. */
	im->nerrs = u->nparse;
	im->nrecs = im->created = im->same = 0;
	u->nkeys = 0;
	for (i = 0; i < u->nrows; i++)
		if ((e = (u->rows[i].studio ? studio_row : unit_row)(u,
		    &u->rows[i])) != E_OK)
			return e;
	if (im->dry || im->nerrs > 0 || im->created == 0)
		return E_ABORT;
	if ((e = audit_append(im->r->db, im->operator ? NULL : im->r->who,
	    "import", "import", 0, im->data, im->len)) != E_OK)
		return e;
	im->written = 1;
	return E_OK;
}

/* The city's unit acting for the operator (its studio events). */
static enum err
operator_who(struct req *r)
{
	struct dbq	*q;
	struct who	*w;
	char		*code;
	enum err	 e;

	if ((q = db_query(r->db, STMT_UNIT_ALL, DBNOARGS)) == NULL)
		return db_err(r->db);
	if (db_step(q) != 1) {
		db_end(q);
		return E_DB;
	}
	code = astrdup(r->a, db_col(q, 0));
	db_end(q);
	if ((e = db_one(r->db, STMT_UNIT_BY_CODE, DBARGS(DBS(code)), &q)) !=
	    E_OK)
		return e;
	w = amalloc(r->a, sizeof(*w));
	memset(w, 0, sizeof(*w));
	w->unit_id = db_coli(q, 0);
	w->unit_path = astrdup(r->a, db_col(q, 1));
	w->unit_code = code;
	w->kind = KIND_CITY;
	w->holder = "studioctl";
	w->roles = ROLE_ALL;
	db_end(q);
	r->who = w;
	return E_OK;
}

enum err
import_run(struct import *im)
{
	struct req	*r = im->r;
	struct run	 u;
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 mdlen = 0;
	const char	*text, *p;
	size_t		 tlen;
	enum err	 e;

	memset(&u, 0, sizeof(u));
	u.im = im;
	u.today = xml_today(r);
	im->nerrs = im->nrecs = im->created = im->same = 0;
	im->written = 0;
	if (EVP_Digest(im->data, im->len, md, &mdlen, EVP_sha256(), NULL) != 1)
		return E_NOMEM;
	hexencode(md, 32, im->sha256);
	if (im->checked != NULL && strcmp(im->checked, im->sha256) != 0) {
		r->message = "请先试运行此文件，核对结果后再确认导入";
		return E_CONFLICT;
	}
	if (im->operator && r->who == NULL && (e = operator_who(r)) != E_OK)
		return e;

	if ((text = csvin_text(r->a, im->data, im->len, &tlen,
	    &im->charset)) == NULL) {
		im->format = "csv";
		err(im, 0, "", "", "文件的编码既不是 UTF-8 也不是 GB18030");
		return im->dry ? E_OK : E_INVALID;
	}
	for (p = text; p < text + tlen && (*p == ' ' || *p == '\t' ||
	    *p == '\r' || *p == '\n'); p++)
		continue;
	if (p < text + tlen && *p == '<') {
		im->format = "xml";
		/* The parser reads the encoding the file declares. */
		xml_records(&u, im->data, im->len);
	} else {
		im->format = "csv";
		csv_records(&u, text, tlen);
	}
	u.nparse = im->nerrs;
	if (u.nparse > 0)
		return im->dry ? E_OK : E_INVALID;
	e = db_txn(r->db, run_txn, &u);
	if (e == E_ABORT || (e == E_OK && im->written))
		e = E_OK;
	if (e != E_OK)
		return e;
	return im->dry || im->nerrs == 0 ? E_OK : E_INVALID;
}

void
import_xml(struct req *r, const struct import *im)
{
	size_t	 i;

	xml_start(r, "result");
	xml_attr(r, "file", im->name);
	xml_attr(r, "sha256", im->sha256);
	xml_attr(r, "format", im->format);
	xml_attr(r, "charset", im->charset);
	xml_attrb(r, "dry-run", im->dry);
	xml_attrb(r, "written", im->written);
	xml_attrb(r, "ok", im->nerrs == 0);
	xml_attri(r, "records", (int64_t)im->nrecs);
	xml_attri(r, "create", (int64_t)im->created);
	xml_attri(r, "same", (int64_t)im->same);
	xml_attri(r, "errors", (int64_t)im->nerrs);
	for (i = 0; i < im->nrecs; i++) {
		xml_start(r, "record");
		xml_attri(r, "line", (int64_t)im->recs[i].line);
		xml_attr(r, "kind", im->recs[i].kind);
		xml_attr(r, "key", im->recs[i].key);
		xml_attr(r, "result", impres_names[im->recs[i].res]);
		xml_text(r, im->recs[i].name);
		xml_end(r);
	}
	for (i = 0; i < im->nerrs; i++) {
		xml_start(r, "error");
		xml_attri(r, "line", (int64_t)im->errs[i].line);
		xml_attr(r, "field", im->errs[i].field);
		xml_attr(r, "label", im->errs[i].label);
		xml_text(r, im->errs[i].msg);
		xml_end(r);
	}
	xml_end(r);
}
