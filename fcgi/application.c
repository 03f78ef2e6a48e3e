/*
 * application.c: the application (长春市职工创新工作室创建申请表) as a
 * model: its form, the new and edit form documents, creating and saving
 * in one transaction, the document of one application, its completeness
 * and the counts by status.  The form's fields are written once, in
 * forms.h: each is one field of the paper form with its name (the XML
 * element, dotted for nesting), its Chinese label, its type, whether
 * recommending needs it, and the column it binds to.  Expanded here they
 * are the form table of form.c (fields[]) and the values it fills
 * (struct appvals); expanded in sql.c, the statements' column lists.
 * The same table parses, validates, binds and writes the XML; what is
 * the application's own (types, the leader's honours, the form
 * document) stays here.
 * Every text is bounded like its box on the paper form (column max of
 * the table, MAXHON lines of honours of MAXHONTITLE characters), so that
 * a complete application prints as the cover and two A4 pages; the form
 * document carries these limits (<limits>) for the stylesheet.
 * Nothing here knows HTTP: refusals are enum err with r->message set, and
 * a refused form comes back as its document, the fields named.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extern.h"
#include "forms.h"

#define MAXHON		5	/* honour lines of the leader */
#define MAXHONTITLE	40	/* characters of an honour's title */
#define MAXTYPES	8

/* The fields, in the order of forms.h (and of the statements). */
enum afield {
#define AF_ENUM(id, nm, lb, ty, mx, rq, ct, fl, col, ck) id,
	APP_FIELDS(AF_ENUM)
#undef AF_ENUM
	AF__MAX
};

/* Columns of STMT_APP_GET after the fields (which come first, in order). */
enum { COL_ID = AF__MAX, COL_STATUS, COL_VERSION, COL_BASE, COL_PATH,
	COL_BASE_NAME, COL_REC_NAME, COL_NUMBER, COL_NAMED_ON, COL_SINCE,
	COL_RECOMMENDED };

/* The values of a form, one member per field, named for its column. */
struct appvals {
#define AF_MEMBER(id, nm, lb, ty, mx, rq, ct, fl, col, ck) \
	FORM_CTYPE_##ty col;
	APP_FIELDS(AF_MEMBER)
#undef AF_MEMBER
};

/* One submitted (or stored) form: raw text as typed, and bound values. */
struct appform {
	const char	*raw[AF__MAX];
	struct appvals	 val;		/* as form_read() parsed them */
	struct dbv	 v[AF__MAX];	/* the same, bound (form_bind()) */
	const char	*types[MAXTYPES];
	size_t		 ntypes;
	struct hon {
		const char	*yraw;
		const char	*traw;
		int64_t		 year;
		const char	*title;
	}		 hon[MAXHON];
	size_t		 nhon;
	struct codeset	 recs;		/* recommending units: id, name */
	int64_t		 defrec;	/* the base union's parent */
	const char	*once;		/* one-time key of a new form */
};

/*
 * The recommending unit: one of the units that may recommend for this
 * base union (f->recs); left empty, the nearest of them (f->defrec).
 */
static const char *
recommender(struct req *r, const struct fdef *d, const char *val,
    const char *msg, void *dst)
{
	struct appform	*f = dst;

	(void)r;
	(void)d;
	if (msg == NULL && *val == '\0') {
		f->val.recommending_unit_id = f->defrec;
		return NULL;
	}
	if (msg != NULL || codes_label(&f->recs, val) == NULL)
		return "请从列表中选择推荐单位";
	return NULL;
}

/* A count: zero or a negative one is said so. */
static const char *
positive(struct req *r, const struct fdef *d, const char *val,
    const char *msg, void *dst)
{
	(void)r;
	(void)d;
	(void)dst;
	if (msg != NULL && (*val == '-' || strcmp(val, "0") == 0))
		return "应为正整数";
	return msg;
}

/* The form: one row per field of forms.h, into struct appform. */
static const struct fdef fields[AF__MAX] = {
#define AF_ROW(id, nm, lb, ty, mx, rq, ct, fl, col, ck) \
	[id] = { .name = nm, .label = lb, .type = ty, .max = mx, .min = 1, \
	    .req = rq, .codes = ct, .flags = fl, \
	    .off = offsetof(struct appform, val.col), .column = #col, \
	    .check = ck },
	APP_FIELDS(AF_ROW)
#undef AF_ROW
};

const struct fdef *
app_fields(size_t *n)
{
	*n = AF__MAX;
	return fields;
}

size_t
app_nfields(void)
{
	return AF__MAX;
}

const char *
app_field_name(size_t i)
{
	return i < AF__MAX ? fields[i].name : NULL;
}

const char *
app_field_column(size_t i)
{
	return i < AF__MAX ? fields[i].column : NULL;
}

/* Element name of a field: the last part of its dotted name. */
static const char *
leaf(const char *name)
{
	const char	*dot = strrchr(name, '.');

	return dot != NULL ? dot + 1 : name;
}

/*
 * The units that may recommend for the base union with this path: its
 * ancestors below the city.  The nearest (the parent) is the default.
 */
static enum err
recommenders(struct req *r, const char *base_path, struct appform *f)
{
	struct dbq	*q;
	struct code	*v;
	int		 rc;
	enum err	 e;

	f->recs.n = 0;
	f->recs.v = v = amalloc(r->a, 8 * sizeof(*v));
	if ((e = unit_ancestors(r, base_path, &q)) != E_OK || q == NULL)
		return e;
	while ((rc = db_step(q)) == 1) {
		if (strcmp(db_col(q, 2), "city") == 0 || f->recs.n == 8)
			continue;
		v[f->recs.n].code = astrdup(r->a, db_col(q, 0));
		v[f->recs.n].name = astrdup(r->a, db_col(q, 3));
		f->defrec = db_coli(q, 0);
		f->recs.n++;
	}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* Read and validate the submitted form; errors go to r->ferr. */
static void
form_parse(struct req *r, struct appform *f)
{
	const struct codeset	*cs;
	const char		*t, *y, *msg, *out;
	size_t			 i, j, n;

	for (i = 0; i < AF__MAX; i++)
		if ((f->raw[i] = kv_get(&r->form, fields[i].name)) == NULL)
			f->raw[i] = "";
	(void)form_read(r, fields, AF__MAX, f);
	form_bind(fields, AF__MAX, f, f->v);
	cs = codes_get(r->db, CT_STUDIO_TYPE);
	n = kv_count(&r->form, "types");
	for (i = 0; i < n; i++) {
		t = kv_nth(&r->form, "types", i);
		if (codes_label(cs, t) == NULL) {
			req_ferr(r, "types", "工作室类型", "请从列表中选择");
			continue;
		}
		for (j = 0; j < f->ntypes; j++)
			if (strcmp(f->types[j], t) == 0)
				break;
		if (j == f->ntypes && f->ntypes < MAXTYPES)
			f->types[f->ntypes++] = t;
	}
	n = kv_count(&r->form, "leader.honours.year");
	if (kv_count(&r->form, "leader.honours.title") > n)
		n = kv_count(&r->form, "leader.honours.title");
	/*
	 * Each line typed is kept for the form, even a bad one; blank lines
	 * are skipped; more lines than the paper form holds are refused, not
	 * cut off.
	 */
	for (i = 0; i < n; i++) {
		y = kv_nth(&r->form, "leader.honours.year", i);
		t = kv_nth(&r->form, "leader.honours.title", i);
		y = y ? y : "";
		t = t ? t : "";
		if ((msg = valid_text(r->a, t, MAXHONTITLE, 0, &out)) == NULL &&
		    *out == '\0' && *y == '\0')
			continue;
		if (f->nhon == MAXHON) {
			req_ferr(r, "leader.honours.title", "荣誉称号",
			    aprintf(r->a, "最多填写 %d 项荣誉称号", MAXHON));
			break;
		}
		f->hon[f->nhon].yraw = y;
		f->hon[f->nhon].traw = t;
		f->hon[f->nhon].title = msg == NULL ? out : "";
		if (msg != NULL)
			req_ferr(r, "leader.honours.title", "荣誉称号", msg);
		else if (*out == '\0')
			req_ferr(r, "leader.honours.title", "荣誉称号",
			    "请填写荣誉称号");
		if ((msg = valid_int(y, 1949, atoi(xml_today(r)),
		    &f->hon[f->nhon].year)) != NULL)
			req_ferr(r, "leader.honours.year", "获得荣誉的年份",
			    "年份应为四位数字，如 2019");
		f->nhon++;
	}
	if (f->v[AF_FILLED_ON].t == DBV_STR &&
	    f->v[AF_FOUNDED_ON].t == DBV_STR &&
	    strcmp(f->v[AF_FOUNDED_ON].s, f->v[AF_FILLED_ON].s) > 0)
		req_ferr(r, "founded-on", fields[AF_FOUNDED_ON].label,
		    "创建日期不能晚于填报日期");
}

/* Fill a form from a stored application (STMT_APP_GET row). */
static void
form_from_row(struct req *r, struct appform *f, struct dbq *q)
{
	size_t	 i;

	for (i = 0; i < AF__MAX; i++) {
		const char *s = db_col(q, i);
		if (fields[i].type == FT_BOOL)
			s = s != NULL && strcmp(s, "1") == 0 ? "true" : "";
		f->raw[i] = astrdup(r->a, s != NULL ? s : "");
	}
}

static enum err
form_children(struct req *r, struct appform *f, int64_t id)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(r->db, STMT_APP_TYPES, DBARGS(DBI(id)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1 && f->ntypes < MAXTYPES)
		f->types[f->ntypes++] = astrdup(r->a, db_col(q, 0));
	db_end(q);
	if (rc < 0)
		return db_err(r->db);
	if ((q = db_query(r->db, STMT_APP_HONOURS, DBARGS(DBI(id)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(q)) == 1 && f->nhon < MAXHON) {
		f->hon[f->nhon].yraw = astrdup(r->a, db_col(q, 0));
		f->hon[f->nhon].traw = astrdup(r->a, db_col(q, 1));
		f->nhon++;
	}
	db_end(q);
	return rc < 0 ? db_err(r->db) : E_OK;
}

/* Open or close the element groups of dotted names as the table goes. */
static void
group(struct req *r, const char **open, const char *name)
{
	const char	*dot = strchr(name, '.');
	size_t		 n = dot ? (size_t)(dot - name) : 0;

	if (*open != NULL && (n == 0 || strncmp(*open, name, n) != 0 ||
	    (*open)[n] != '\0')) {
		xml_end(r);
		*open = NULL;
	}
	if (n > 0 && *open == NULL) {
		*open = astrndup(r->a, name, n);
		xml_start(r, *open);
	}
}

/* The form document: values as typed, code tables, errors. */
/*
 * <returned unit-name="" on="">opinion</returned>: why a returned
 * application came back (its last return), for the top of its form.
 */
static enum err
returned_xml(struct req *r, int64_t id)
{
	struct dbq	*c;
	const char	*unit = NULL, *on = NULL, *opinion = NULL;
	int		 rc;

	if ((c = db_query(r->db, STMT_APP_REVIEWS, DBARGS(DBI(id)))) == NULL)
		return db_err(r->db);
	while ((rc = db_step(c)) == 1)
		if (strcmp(db_col(c, 4), "return") == 0) {
			unit = astrdup(r->a, db_col(c, 2));
			on = xml_datetime(r, db_col(c, 6));
			opinion = db_col(c, 5) != NULL ?
			    astrdup(r->a, db_col(c, 5)) : "";
		}
	db_end(c);
	if (rc < 0)
		return db_err(r->db);
	if (unit != NULL) {
		xml_start(r, "returned");
		xml_attr(r, "unit-name", unit);
		xml_attr(r, "on", on);
		xml_text(r, opinion);
		xml_end(r);
	}
	return E_OK;
}

static enum err
form_xml(struct req *r, struct appform *f, int64_t id, const char *version,
    const char *status)
{
	const char	*open = NULL;
	size_t		 i, t;
	enum err	 e;

	xml_begin(r, "application-form");
	xml_attr(r, "id", id ? aprintf(r->a, "%lld", (long long)id) : "");
	xml_attr(r, "version", version ? version : "");
	xml_attr(r, "status", status);
	xml_attr(r, "action", id ? aprintf(r->a, "/app/applications/%lld",
	    (long long)id) : "/app/applications");
	if (id == 0)
		xml_attr(r, "once", f->once);
	if (id != 0 && strcmp(status, "returned") == 0 &&
	    (e = returned_xml(r, id)) != E_OK)
		return e;
	xml_start(r, "values");
	for (i = 0; i < AF__MAX; i++) {
		if (i == AF_TYPE_OTHER) {
			xml_start(r, "types");
			for (t = 0; t < f->ntypes; t++)
				xml_elem(r, "type", f->types[t]);
			xml_end(r);
		}
		if (i == AF_OVERVIEW && open != NULL) {
			/* The leader's honours close the leader group. */
			xml_start(r, "honours");
			for (t = 0; t < f->nhon; t++) {
				xml_start(r, "honour");
				xml_elem(r, "year", f->hon[t].yraw);
				xml_elem(r, "title", f->hon[t].traw);
				xml_end(r);
			}
			xml_end(r);
		}
		group(r, &open, fields[i].name);
		xml_elem(r, leaf(fields[i].name), f->raw[i]);
	}
	group(r, &open, "");
	xml_end(r);
	xml_start(r, "codes");
	for (t = 0; t < CT__MAX; t++) {
		const struct codeset *cs = codes_get(r->db, (enum codetab)t);
		if (cs == NULL)
			return db_err(r->db);
		codes_xml(r, (enum codetab)t, cs);
	}
	xml_start(r, "recommending-units");
	for (t = 0; t < f->recs.n; t++) {
		xml_start(r, "unit");
		xml_attr(r, "id", f->recs.v[t].code);
		xml_text(r, f->recs.v[t].name);
		xml_end(r);
	}
	xml_end(r);
	xml_end(r);
	xml_ferrs(r);
	if (r->message != NULL)
		xml_elem(r, "message", r->message);
	xml_start(r, "limits");
	xml_attri(r, "honour-lines", MAXHON);
	for (i = 0; i < AF__MAX; i++)
		if (fields[i].max > 0 && fields[i].type != FT_INT) {
			xml_start(r, "limit");
			xml_attr(r, "field", fields[i].name);
			xml_attri(r, "max", (int64_t)fields[i].max);
			xml_end(r);
		}
	xml_start(r, "limit");
	xml_attr(r, "field", "leader.honours.title");
	xml_attri(r, "max", MAXHONTITLE);
	xml_end(r);
	xml_end(r);
	return E_OK;
}

/* ------------------------------------------------------------ the record */

static void
elem_code(struct req *r, size_t i, const char *code)
{
	const struct codeset	*cs = codes_get(r->db, fields[i].codes);

	xml_start(r, leaf(fields[i].name));
	xml_attr(r, "code", code ? code : "");
	xml_text(r, codes_label(cs, code));
	xml_end(r);
}

/*
 * <studio id="" public-url=""/> of the studio the application was named
 * as, nothing when it has none; with qr, the <qr> code of public-url
 * inside it, when that is absolute (public_origin set) and fits in a QR
 * code.  The public URL is the public site's studio page, without a
 * slash doubled.  E_OK or a database error.
 */
static enum err
app_studio_xml(struct req *r, int64_t id, int qr)
{
	const char	*origin = r->conf->public_origin;
	const char	*url;
	int64_t		 sid = 0;
	size_t		 n;
	int		 found;
	enum err	 e;

	if (origin == NULL)
		origin = "";
	if ((e = db_int(r->db, STMT_APP_STUDIO, DBARGS(DBI(id)), &sid,
	    &found)) != E_OK)
		return e;
	if (!found)
		return E_OK;
	for (n = strlen(origin); n > 0 && origin[n - 1] == '/'; n--)
		continue;
	url = aprintf(r->a, "%.*s/public/studios/%lld", (int)n, origin,
	    (long long)sid);
	xml_start(r, "studio");
	xml_attri(r, "id", sid);
	xml_attr(r, "public-url", url);
	/* a public_origin too long for a QR code: the paper without it */
	if (qr && n > 0)
		(void)qr_xml(r, url);
	xml_end(r);
	return E_OK;
}

/* <application>; with qr, its studio's QR code (the certificate's). */
static enum err
app_doc(struct req *r, int64_t id, int qr)
{
	struct dbq	*q, *c;
	const char	*status;
	enum astatus	 st;
	enum stage	 stage;
	enum astatus	 to;
	int64_t		 base, rec;
	size_t		 i;
	int		 rc, a;
	enum err	 e;

	if ((e = db_one(r->db, STMT_APP_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "申请") : e;
	if (!app_sees(r->who, db_col(q, COL_PATH),
	    (int)db_coli(q, COL_RECOMMENDED))) {
		db_end(q);
		return auth_hidden(r, "申请");
	}
	status = db_col(q, COL_STATUS);
	st = astatus_parse(status);
	base = db_coli(q, COL_BASE);
	rec = db_coli(q, AF_RECOMMENDING_UNIT);

	xml_begin(r, "application");
	xml_attr(r, "id", db_col(q, COL_ID));
	xml_attr(r, "status", status);
	xml_attr(r, "version", db_col(q, COL_VERSION));
	xml_attrb(r, "can-edit", (st == ST_DRAFT || st == ST_RETURNED) &&
	    r->who->unit_id == base);
	xml_elem(r, "name", db_col(q, AF_NAME));
	xml_elem(r, "host-unit", db_col(q, AF_HOST_UNIT));
	elem_code(r, AF_HOST_UNIT_TYPE, db_col(q, AF_HOST_UNIT_TYPE));
	elem_code(r, AF_INDUSTRY, db_col(q, AF_INDUSTRY));
	xml_start(r, "base-union");
	xml_attr(r, "id", db_col(q, COL_BASE));
	xml_text(r, db_col(q, COL_BASE_NAME));
	xml_end(r);
	xml_start(r, "recommending-unit");
	xml_attr(r, "id", db_col(q, AF_RECOMMENDING_UNIT));
	xml_text(r, db_col(q, COL_REC_NAME));
	xml_end(r);
	for (i = AF_FILLED_ON; i <= AF_MEMBER_COUNT; i++)
		xml_elem(r, leaf(fields[i].name), db_col(q, i));

	xml_start(r, "types");
	if ((c = db_query(r->db, STMT_APP_TYPES, DBARGS(DBI(id)))) == NULL) {
		db_end(q);
		return db_err(r->db);
	}
	while ((rc = db_step(c)) == 1) {
		xml_start(r, "type");
		xml_attr(r, "code", db_col(c, 0));
		xml_text(r, strcmp(db_col(c, 0), "other") == 0 &&
		    *db_col(q, AF_TYPE_OTHER) != '\0' ? db_col(q, AF_TYPE_OTHER) :
		    codes_label(codes_get(r->db, CT_STUDIO_TYPE),
		    db_col(c, 0)));
		xml_end(r);
	}
	db_end(c);
	xml_end(r);

	xml_start(r, "leader");
	for (i = AF_LEADER_NAME; i <= AF_LEADER_EMAIL; i++) {
		if (fields[i].type == FT_CODE)
			elem_code(r, i, db_col(q, i));
		else
			xml_elem(r, leaf(fields[i].name), db_col(q, i));
	}
	xml_start(r, "honours");
	if ((c = db_query(r->db, STMT_APP_HONOURS, DBARGS(DBI(id)))) == NULL) {
		db_end(q);
		return db_err(r->db);
	}
	while ((rc = db_step(c)) == 1) {
		xml_start(r, "honour");
		xml_attr(r, "year", db_col(c, 0));
		xml_text(r, db_col(c, 1));
		xml_end(r);
	}
	db_end(c);
	xml_end(r);
	xml_end(r);

	for (i = AF_OVERVIEW; i <= AF_HONOURS; i++)
		xml_elem(r, leaf(fields[i].name), db_col(q, i));
	xml_start(r, "conditions");
	for (i = AF_COND_LEADER; i <= AF_COND_NOT_EXISTING; i++)
		xml_attrb(r, leaf(fields[i].name), db_coli(q, i));
	xml_end(r);
	xml_elem(r, "employer-consent", db_coli(q, AF_EMPLOYER_CONSENT) ?
	    "true" : "false");

	xml_start(r, "reviews");
	if ((c = db_query(r->db, STMT_APP_REVIEWS, DBARGS(DBI(id)))) == NULL) {
		db_end(q);
		return db_err(r->db);
	}
	while ((rc = db_step(c)) == 1) {
		xml_start(r, "review");
		xml_attr(r, "stage", db_col(c, 0));
		xml_attr(r, "unit-id", db_col(c, 1));
		xml_attr(r, "unit-name", db_col(c, 2));
		xml_attr(r, "holder", db_col(c, 3));
		xml_attr(r, "decision", db_col(c, 4));
		xml_attr(r, "on", xml_datetime(r, db_col(c, 6)));
		xml_text(r, db_col(c, 5));
		xml_end(r);
	}
	db_end(c);
	xml_end(r);

	xml_start(r, "naming");
	xml_attr(r, "number", db_col(q, COL_NUMBER) ? db_col(q, COL_NUMBER) :
	    "");
	xml_attr(r, "on", db_col(q, COL_NAMED_ON) ? db_col(q, COL_NAMED_ON) :
	    "");
	xml_end(r);
	db_end(q);
	if ((e = app_studio_xml(r, id, qr)) != E_OK)
		return e;

	xml_start(r, "actions");
	for (a = 0; a < ACT__MAX && st != ST__MAX; a++)
		if (review_next(st, (enum action)a, &stage, &to) &&
		    review_actor(r->who, stage, base, rec)) {
			xml_start(r, "action");
			xml_attr(r, "name", action_names[a]);
			xml_attr(r, "stage", stage_names[stage]);
			xml_end(r);
		}
	xml_end(r);
	xml_ferrs(r);
	return E_OK;
}

enum err
app_xml(struct req *r, int64_t id)
{
	return app_doc(r, id, 0);
}

enum err
app_certificate_xml(struct req *r, int64_t id)
{
	return app_doc(r, id, 1);
}

int
app_check_complete(struct req *r, int64_t id)
{
	struct dbq	*q;
	size_t		 i, missing = 0;
	int		 rc, types = 0, other = 0;
	const char	*s, *msg;

	if (db_one(r->db, STMT_APP_GET, DBARGS(DBI(id)), &q) != E_OK)
		return -1;
	for (i = 0; i < AF__MAX; i++) {
		if (fields[i].req != FR_SUBMIT ||
		    (msg = form_missing(&fields[i], db_col(q, i))) == NULL)
			continue;
		req_ferr(r, fields[i].name, fields[i].label, msg);
		missing++;
	}
	s = astrdup(r->a, db_col(q, AF_TYPE_OTHER));
	db_end(q);
	if ((q = db_query(r->db, STMT_APP_TYPES, DBARGS(DBI(id)))) == NULL)
		return -1;
	while ((rc = db_step(q)) == 1) {
		types++;
		if (strcmp(db_col(q, 0), "other") == 0)
			other = 1;
	}
	db_end(q);
	if (types == 0) {
		req_ferr(r, "types", "工作室类型", "请至少选择一种工作室类型");
		missing++;
	}
	if (other && (s == NULL || *s == '\0')) {
		req_ferr(r, "type-other", fields[AF_TYPE_OTHER].label,
		    "选择“其他”时请说明类型");
		missing++;
	}
	return rc < 0 ? -1 : (int)missing;
}

/* ---------------------------------------------------------------- saving */

struct save {
	struct req	*r;
	struct appform	*f;
	int64_t		 id;
	int64_t		 version;
};

/*
 * The canonical text of a saved form, for the audit digest: the bound
 * values, not the raw ones.  Every part is made first, so that the length
 * is that of what is written (a bound value may be longer than its raw
 * text: an empty box is "0", an empty recommending unit the default id).
 */
static char *
form_text(struct req *r, const struct appform *f)
{
	const char	*v[AF__MAX], *hon[MAXHON];
	size_t		 i, len = 1;
	char		*out;

	for (i = 0; i < AF__MAX; i++) {
		v[i] = f->v[i].t == DBV_STR ? f->v[i].s :
		    f->v[i].t == DBV_INT ? aprintf(r->a, "%lld",
		    (long long)f->v[i].i) : "";
		len += strlen(fields[i].name) + strlen(v[i]) + 2;
	}
	for (i = 0; i < f->ntypes; i++)
		len += strlen("types=") + strlen(f->types[i]) + 1;
	for (i = 0; i < f->nhon; i++) {
		hon[i] = aprintf(r->a, "honour=%lld %s\n",
		    (long long)f->hon[i].year, f->hon[i].title);
		len += strlen(hon[i]);
	}
	out = amalloc(r->a, len);
	*out = '\0';
	for (i = 0; i < AF__MAX; i++) {
		strcat(out, fields[i].name);
		strcat(out, "=");
		strcat(out, v[i]);
		strcat(out, "\n");
	}
	for (i = 0; i < f->ntypes; i++) {
		strcat(out, "types=");
		strcat(out, f->types[i]);
		strcat(out, "\n");
	}
	for (i = 0; i < f->nhon; i++)
		strcat(out, hon[i]);
	return out;
}

/* Replace the types and honours of an application. */
static enum err
save_children(struct req *r, const struct appform *f, int64_t id)
{
	size_t		 i;
	enum err	 e;

	if ((e = db_exec(r->db, STMT_APP_TYPES_DEL, DBARGS(DBI(id)), NULL,
	    NULL)) != E_OK ||
	    (e = db_exec(r->db, STMT_APP_HONOURS_DEL, DBARGS(DBI(id)), NULL,
	    NULL)) != E_OK)
		return e;
	for (i = 0; i < f->ntypes; i++)
		if ((e = db_exec(r->db, STMT_APP_TYPE_ADD, DBARGS(DBI(id),
		    DBS(f->types[i])), NULL, NULL)) != E_OK)
			return e;
	for (i = 0; i < f->nhon; i++)
		if ((e = db_exec(r->db, STMT_APP_HONOUR_ADD, DBARGS(DBI(id),
		    DBI(i + 1), DBI(f->hon[i].year), DBS(f->hon[i].title)),
		    NULL, NULL)) != E_OK)
			return e;
	return E_OK;
}

static enum err
create_txn(void *arg)
{
	struct save	*sv = arg;
	struct req	*r = sv->r;
	struct dbv	 args[AF__MAX + 2];
	uint64_t	 id;
	int64_t		 made;
	char		*what;
	enum err	 e;

	if (sv->f->once != NULL) {
		e = once_claim(r->db, sv->f->once, r->who->unit_id,
		    "application", &made);
		if (e == E_DUP) {
			r->message = "此表单已失效，请重新打开创建申请页面";
			return E_CONFLICT;
		}
		if (e != E_OK)
			return e;
		if (made > 0) {
			/* Sent again: the application it made already. */
			sv->id = made;
			return E_OK;
		}
	}
	args[0] = DBI(r->who->unit_id);
	args[1] = DBS(r->who->unit_path);
	memcpy(args + 2, sv->f->v, sizeof(sv->f->v));
	if ((e = db_exec(r->db, STMT_APP_INSERT, args, AF__MAX + 2, NULL,
	    &id)) != E_OK)
		return e;
	sv->id = (int64_t)id;
	if (sv->f->once != NULL &&
	    (e = once_made(r->db, sv->f->once, sv->id)) != E_OK)
		return e;
	if ((e = save_children(r, sv->f, sv->id)) != E_OK)
		return e;
	what = form_text(r, sv->f);
	return audit_append(r->db, r->who, "application.create",
	    "application", sv->id, what, strlen(what));
}

static enum err
update_txn(void *arg)
{
	struct save	*sv = arg;
	struct req	*r = sv->r;
	struct dbv	 args[AF__MAX + 2];
	struct dbq	*q;
	enum astatus	 st;
	int64_t		 version, base;
	uint64_t	 n;
	char		*what;
	enum err	 e;

	if ((e = db_one(r->db, STMT_APP_LOCK, DBARGS(DBI(sv->id)), &q)) !=
	    E_OK) {
		if (e != E_NOTFOUND)
			return e;
		return auth_hidden(r, "申请");
	}
	st = astatus_parse(db_col(q, 0));
	version = db_coli(q, 1);
	base = db_coli(q, 2);
	db_end(q);
	if (base != r->who->unit_id) {
		r->message = "只有申请所属的基层工会可以修改申请表";
		return E_FORBIDDEN;
	}
	if (st != ST_DRAFT && st != ST_RETURNED) {
		r->message = "该申请已上报或已办结，不能再修改";
		return E_CONFLICT;
	}
	if (version != sv->version) {
		r->message = "该申请已被他人修改。您填写的内容保留在下面，"
		    "请核对后重新保存";
		return E_CONFLICT;
	}
	memcpy(args, sv->f->v, sizeof(sv->f->v));
	args[AF__MAX] = DBI(sv->id);
	args[AF__MAX + 1] = DBI(sv->version);
	if ((e = db_exec(r->db, STMT_APP_UPDATE, args, AF__MAX + 2, &n,
	    NULL)) != E_OK)
		return e;
	if (n != 1) {
		r->message = "该申请已被他人修改，请核对后重新保存";
		return E_CONFLICT;
	}
	if ((e = save_children(r, sv->f, sv->id)) != E_OK)
		return e;
	what = form_text(r, sv->f);
	return audit_append(r->db, r->who, "application.update",
	    "application", sv->id, what, strlen(what));
}

int
app_sees(const struct who *w, const char *base_path, int recommended)
{
	return auth_sees(w, base_path) && (recommended ||
	    strcmp(base_path, w->unit_path) == 0);
}

enum err
app_visible(struct req *r, int64_t id, int own, const char **path,
    enum astatus *st)
{
	int64_t		 base;
	struct dbq	*q;
	int		 recommended;
	enum err	 e;

	if ((e = db_one(r->db, STMT_APP_LOCK, DBARGS(DBI(id)), &q)) != E_OK)
		return e == E_NOTFOUND ? auth_hidden(r, "申请") : e;
	*st = astatus_parse(db_col(q, 0));
	base = db_coli(q, 2);
	*path = astrdup(r->a, db_col(q, 4));
	recommended = (int)db_coli(q, 10);
	db_end(q);
	if (!app_sees(r->who, *path, recommended))
		return auth_hidden(r, "申请");
	if (own && base != r->who->unit_id) {
		r->message = "只有申请所属的基层工会可以修改申请表";
		return E_FORBIDDEN;
	}
	return E_OK;
}

enum err
app_xml_counts(struct req *r, const char *path)
{
	return xml_counts(r, STMT_APP_STATUS_COUNTS, path);
}


/* ------------------------------------------------------------- the pages */

enum err
app_new_xml(struct req *r)
{
	struct appform	*f;
	const char	*name = r->who->unit_name;
	size_t		 i, n = strlen(name);
	enum err	 e;

	f = amalloc(r->a, sizeof(*f));
	memset(f, 0, sizeof(*f));
	if ((e = recommenders(r, r->who->unit_path, f)) != E_OK)
		return e;
	for (i = 0; i < AF__MAX; i++)
		f->raw[i] = "";
	/* The employer is the base union's unit: "XX公司工会" → "XX公司". */
	if (n > strlen("工会") && strcmp(name + n - strlen("工会"), "工会") == 0)
		f->raw[AF_HOST_UNIT] = astrndup(r->a, name, n - strlen("工会"));
	f->raw[AF_FILLED_ON] = xml_today(r);
	f->raw[AF_RECOMMENDING_UNIT] = aprintf(r->a, "%lld",
	    (long long)f->defrec);
	f->once = once_new(r->a);
	return form_xml(r, f, 0, NULL, "draft");
}

enum err
app_edit_xml(struct req *r, int64_t id)
{
	struct appform	*f;
	struct dbq	*q;
	const char	*path, *version;
	enum astatus	 st;
	enum err	 e;

	if ((e = app_visible(r, id, 1, &path, &st)) != E_OK)
		return e;
	if (st != ST_DRAFT && st != ST_RETURNED) {
		r->message = "该申请已上报或已办结，不能再修改";
		return E_CONFLICT;
	}
	f = amalloc(r->a, sizeof(*f));
	memset(f, 0, sizeof(*f));
	if ((e = recommenders(r, path, f)) != E_OK)
		return e;
	if ((e = db_one(r->db, STMT_APP_GET, DBARGS(DBI(id)), &q)) != E_OK)
		return e;
	form_from_row(r, f, q);
	version = astrdup(r->a, db_col(q, COL_VERSION));
	db_end(q);
	if ((e = form_children(r, f, id)) != E_OK)
		return e;
	return form_xml(r, f, id, version, astatus_names[st]);
}

enum err
app_create(struct req *r, int64_t *id)
{
	struct appform	*f;
	struct save	 sv;
	enum err	 e, x;

	f = amalloc(r->a, sizeof(*f));
	memset(f, 0, sizeof(*f));
	if ((e = recommenders(r, r->who->unit_path, f)) != E_OK)
		return e;
	/*
	 * The form's one-time key: the same form sent twice makes one
	 * application.  A client that sends none (not a browser: the form
	 * always carries one) creates each time.
	 */
	if ((f->once = kv_get(&r->form, "once")) != NULL &&
	    !once_valid(f->once)) {
		f->once = NULL;
		req_ferr(r, "once", "表单标识", "表单已失效，请重新打开创建申请页面");
	}
	form_parse(r, f);
	if (r->nferr > 0) {
		if (f->once == NULL)
			f->once = once_new(r->a);
		return (x = form_xml(r, f, 0, NULL, "draft")) != E_OK ?
		    x : E_INVALID;
	}
	memset(&sv, 0, sizeof(sv));
	sv.r = r;
	sv.f = f;
	e = db_txn(r->db, create_txn, &sv);
	if (e == E_CONFLICT) {
		/* A key not this form's: the form again, with a new one. */
		f->once = once_new(r->a);
		return (x = form_xml(r, f, 0, NULL, "draft")) != E_OK ? x : e;
	}
	if (e == E_OK)
		*id = sv.id;
	return e;
}

enum err
app_update(struct req *r, int64_t id)
{
	struct appform	*f;
	struct save	 sv;
	const char	*path, *v;
	enum astatus	 st;
	enum err	 e, x;

	if ((e = app_visible(r, id, 1, &path, &st)) != E_OK)
		return e;
	f = amalloc(r->a, sizeof(*f));
	memset(f, 0, sizeof(*f));
	if ((e = recommenders(r, path, f)) != E_OK)
		return e;
	memset(&sv, 0, sizeof(sv));
	sv.r = r;
	sv.f = f;
	sv.id = id;
	if ((v = kv_get(&r->form, "version")) == NULL ||
	    valid_int(v, 1, INT32_MAX, &sv.version) != NULL) {
		req_ferr(r, "version", "版本", "缺少申请的版本号，请刷新页面");
		v = "";
	}
	form_parse(r, f);
	if (r->nferr > 0)
		return (x = form_xml(r, f, id, v, astatus_names[st])) !=
		    E_OK ? x : E_INVALID;
	e = db_txn(r->db, update_txn, &sv);
	if (e == E_CONFLICT)
		/* What was typed comes back, with the reason. */
		return (x = form_xml(r, f, id, v, astatus_names[st])) !=
		    E_OK ? x : e;
	return e;
}

/* ------------------------------------------------------------- the list */

/* The application list's filters, bound in APP_FILTER's order. */
static const struct lfilter app_filters[] = {
	{ "status", LF_ENUM, astatus_names, ST__MAX, 0, 0, 0 },
	{ "district", LF_DISTRICT, NULL, 0, 0, 0, 0 },
	{ "industry", LF_CODE, NULL, 0, CT_INDUSTRY, 0, 0 },
	{ "type", LF_CODE, NULL, 0, CT_STUDIO_TYPE, 0, 0 },
	{ "year", LF_YEAR, NULL, 0, 0, 0, 0 },
	{ "q", LF_SEARCH, NULL, 0, 0, 1, 1 },
};

/*
 * Its columns, from STMT_APP_PAGE: id, status, version, filled on,
 * status since, name, host unit, base union id and name, recommending
 * unit id and name, industry, leader.
 */
static const struct lcol app_cols[] = {
	{ "id", LX_ATTR, 0, 0, { "申请编号", 0, CSV_TEXT, NULL } },
	{ "version", LX_ATTR, 2, 0, { NULL, 0, 0, NULL } },
	{ "name", LX_ELEM, 5, 0, { "工作室名称", 5, CSV_TEXT, NULL } },
	{ "host-unit", LX_ELEM, 6, 0, { "所在单位", 6, CSV_TEXT, NULL } },
	{ "base-union", LX_UNIT, 7, 8, { "基层工会", 8, CSV_TEXT, NULL } },
	{ "recommending-unit", LX_UNIT, 9, 10,
	  { "推荐单位", 10, CSV_TEXT, NULL } },
	{ "industry", LX_CODE, 11, 0, { "所属行业", 11, CSV_CODE, NULL } },
	{ "leader-name", LX_ELEM, 12, 0, { "领衔人", 12, CSV_TEXT, NULL } },
	{ "filled-on", LX_ATTR_EMPTY, 3, 0,
	  { "填报日期", 3, CSV_TEXT, NULL } },
	{ "status", LX_ATTR, 1, 0, { "状态", 1, CSV_LABEL, "app" } },
	{ "status-since", LX_DATETIME, 4, 0,
	  { "状态时间", 4, CSV_DATETIME, NULL } },
	{ "naming-number", LX_ATTR, 13, 0, { "命名编号", 13, CSV_TEXT, NULL } },
	{ "named-on", LX_ATTR, 14, 0, { "命名日期", 14, CSV_TEXT, NULL } },
};

/*
 * What the unit may do with the list (create; batches: the auditing
 * unit approves, the city names), the counts by status and the choices
 * of the filters.
 */
static enum err
apps_head(struct req *r)
{
	enum err	 e;

	xml_attrb(r, "can-create", r->who->kind == KIND_BASE);
	xml_attrb(r, "can-batch", r->who->kind == KIND_DISTRICT ||
	    r->who->kind == KIND_INDUSTRY || r->who->kind == KIND_CITY);
	xml_attr(r, "batch-action", r->who->kind == KIND_CITY ? "name" :
	    "approve");
	if ((e = app_xml_counts(r, r->who->unit_path)) != E_OK)
		return e;
	/* A refused batch shows the list again, its reasons at the top. */
	xml_ferrs(r);
	return unit_xml_filters(r);
}

/* Whether the row may go into the unit's batch. */
static void
apps_row(struct req *r, struct dbq *q)
{
	xml_attrb(r, "batch", r->who->kind == KIND_CITY ?
	    strcmp(db_col(q, 1), "audited") == 0 :
	    strcmp(db_col(q, 1), "recommended") == 0 &&
	    db_coli(q, 9) == r->who->unit_id);
}

/* The key of a row for the page after it, in STMT_APP_AFTER's order. */
static const unsigned char app_keyb[] = { LK_TEXT, LK_TEXT, LK_ID };

const struct listdef list_applications = {
	"applications", "application", STMT_APP_COUNT, STMT_APP_PAGE, 2,
	app_filters, sizeof(app_filters) / sizeof(app_filters[0]),
	app_cols, sizeof(app_cols) / sizeof(app_cols[0]),
	CT_INDUSTRY, "applications", 0, apps_head, apps_row,
	STMT_APP_KEPT, STMT_APP_AFTER, 4, 0, app_keyb, sizeof(app_keyb)
};

