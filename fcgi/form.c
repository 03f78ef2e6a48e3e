/*
 * form.c: the one form mechanism.  A form is a table of struct fdef
 * (extern.h), one row per field: its name, label, type, length, when it
 * is required, its code table or names, where its value goes in the
 * caller's struct and its column.  form_read() parses a posted form by
 * the table; form_bind() turns the values into statement arguments.
 * Each type is one row of the types table below: how its value is
 * stored and what it accepts.  Platform layer: it calls the validators,
 * the request's field errors, the arena and the code tables, never a
 * model or a handler.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "extern.h"

#define TEXTMAX		200	/* characters of a row that names none */

/* Where a row's value is in dst. */
#define SLOT(d, dst)	((char *)(dst) + (d)->off)
#define STR(d, dst)	(*(const char **)(void *)SLOT(d, dst))
#define INT(d, dst)	(*(int64_t *)(void *)SLOT(d, dst))
#define ENUM(d, dst)	(*(int *)(void *)SLOT(d, dst))

enum store { S_STR, S_INT, S_ENUM };

/* Each type's parser: the trimmed, non-empty val into dst; NULL or why. */
typedef const char *(*tparse)(struct req *, const struct fdef *,
	    const char *val, void *dst);

static const char *
p_text(struct req *r, const struct fdef *d, const char *val, void *dst)
{
	(void)r;
	STR(d, dst) = val;
	return NULL;
}

static const char *
p_int(struct req *r, const struct fdef *d, const char *val, void *dst)
{
	(void)r;
	return valid_int(val, d->min, (int64_t)d->max, &INT(d, dst));
}

static const char *
p_id(struct req *r, const struct fdef *d, const char *val, void *dst)
{
	(void)r;
	return valid_int(val, 1, INT32_MAX, &INT(d, dst));
}

static const char *
p_money(struct req *r, const struct fdef *d, const char *val, void *dst)
{
	(void)r;
	return valid_money(val, (int64_t)d->max, &INT(d, dst));
}

static const char *
p_date(struct req *r, const struct fdef *d, const char *val, void *dst)
{
	const char	*out, *msg;

	if ((msg = d->type == FT_MONTH ? valid_month(val, &out) :
	    valid_date(val, &out)) != NULL)
		return msg;
	if ((d->flags & FF_PAST) &&
	    (msg = valid_not_after(out, xml_today(r))) != NULL)
		return msg;
	STR(d, dst) = out;
	return NULL;
}

static const char *
p_code(struct req *r, const struct fdef *d, const char *val, void *dst)
{
	const struct codeset	*cs;

	if ((cs = codes_get(r->db, d->codes)) == NULL)
		return "代码表暂时无法读取，请稍后再试";
	if (codes_label(cs, val) == NULL)
		return "请从列表中选择";
	STR(d, dst) = val;
	return NULL;
}

static const char *
p_bool(struct req *r, const struct fdef *d, const char *val, void *dst)
{
	(void)r;
	if (*val == '\0')
		INT(d, dst) = 0;
	else if (strcmp(val, "true") == 0 || strcmp(val, "1") == 0)
		INT(d, dst) = 1;
	else
		return "只能勾选或不勾选";
	return NULL;
}

static const char *
p_mobile(struct req *r, const struct fdef *d, const char *val, void *dst)
{
	(void)r;
	return valid_mobile(val, &STR(d, dst));
}

static const char *
p_email(struct req *r, const struct fdef *d, const char *val, void *dst)
{
	(void)r;
	return valid_email(val, &STR(d, dst));
}

static const char *
p_enum(struct req *r, const struct fdef *d, const char *val, void *dst)
{
	int	 i = name_index(val, d->names, d->nnames);

	(void)r;
	if (i == d->nnames)
		return "请从列表中选择";
	if (d->type == FT_ENUM)
		ENUM(d, dst) = i;
	else
		STR(d, dst) = d->names[i];
	return NULL;
}

/*
 * The types: how the value is stored, its parser, and the message for a
 * required one left empty (NULL: what its parser says of "").
 */
static const struct ftypedef {
	enum store	 store;
	tparse		 parse;
	const char	*empty;
} types[FT__MAX] = {
	[FT_TEXT] =	{ S_STR, p_text, "请填写" },
	[FT_MULTI] =	{ S_STR, p_text, "请填写" },
	[FT_INT] =	{ S_INT, p_int, NULL },
	[FT_DATE] =	{ S_STR, p_date, NULL },
	[FT_MONTH] =	{ S_STR, p_date, NULL },
	[FT_CODE] =	{ S_STR, p_code, "请从列表中选择" },
	[FT_BOOL] =	{ S_INT, p_bool, "请勾选此项" },
	[FT_MOBILE] =	{ S_STR, p_mobile, NULL },
	[FT_EMAIL] =	{ S_STR, p_email, NULL },
	[FT_ID] =	{ S_INT, p_id, "请填写" },
	[FT_ENUM] =	{ S_ENUM, p_enum, "请从列表中选择" },
	[FT_WORD] =	{ S_STR, p_enum, "请从列表中选择" },
	[FT_VERSION] =	{ S_INT, p_id, "缺少版本号，请刷新页面" },
	[FT_MONEY] =	{ S_INT, p_money, NULL },
};

/* The row's empty value into dst. */
static void
set_empty(const struct fdef *d, void *dst)
{
	switch (types[d->type].store) {
	case S_STR:
		STR(d, dst) = "";
		break;
	case S_INT:
		INT(d, dst) = 0;
		break;
	case S_ENUM:
		ENUM(d, dst) = d->nnames;
		break;
	}
}

/* One row: its value into dst; NULL, or the message to record. */
static const char *
read_one(struct req *r, const struct fdef *d, void *dst)
{
	const char	*raw, *val, *msg;
	void		*scratch;

	if ((raw = kv_get(&r->form, d->name)) == NULL)
		raw = "";
	set_empty(d, dst);
	if ((msg = valid_text(r->a, raw, d->type != FT_INT &&
	    d->type != FT_MONEY && d->max > 0 ?
	    d->max : TEXTMAX, d->type == FT_MULTI, &val)) != NULL)
		val = "";
	else if (*val == '\0' && d->req == FR_ALWAYS) {
		if (d->empty != NULL || d->bad != NULL)
			return d->empty != NULL ? d->empty : d->bad;
		if (types[d->type].empty != NULL)
			return types[d->type].empty;
		/* The validator's own word on "", into a scratch value. */
		scratch = amalloc(r->a, d->off + sizeof(int64_t) +
		    sizeof(const char *));
		msg = types[d->type].parse(r, d, "", scratch);
		return msg != NULL ? msg : "请填写";
	} else if (*val != '\0' &&
	    (msg = types[d->type].parse(r, d, val, dst)) != NULL) {
		set_empty(d, dst);
		if (d->bad != NULL)
			msg = d->bad;
	}
	if (d->check != NULL)
		msg = d->check(r, d, val, msg, dst);
	return msg;
}

int
form_read(struct req *r, const struct fdef *t, size_t n, void *dst)
{
	const char	*msg;
	size_t		 i;
	int		 bad = 0;

	for (i = 0; i < n; i++)
		if ((msg = read_one(r, &t[i], dst)) != NULL) {
			req_ferr(r, t[i].name, t[i].label, msg);
			bad++;
		}
	return bad;
}

void
form_bind(const struct fdef *t, size_t n, const void *src, struct dbv *out)
{
	const struct fdef	*d;
	const char		*s;
	int64_t			 v;
	size_t			 i;

	for (i = 0; i < n; i++) {
		d = &t[i];
		switch (types[d->type].store) {
		case S_STR:
			s = STR(d, src);
			out[i] = (s == NULL || *s == '\0') &&
			    (d->type == FT_DATE || d->type == FT_MONTH ||
			    d->type == FT_CODE || d->type == FT_WORD) ?
			    DBN : DBS(s != NULL ? s : "");
			break;
		case S_INT:
			v = INT(d, src);
			out[i] = v == 0 && (d->type == FT_INT ||
			    d->type == FT_ID || d->type == FT_MONEY) ? DBN :
			    DBI(v);
			break;
		case S_ENUM:
			v = ENUM(d, src);
			out[i] = v >= 0 && v < d->nnames ?
			    DBS(d->names[v]) : DBN;
			break;
		}
	}
}

const char *
form_missing(const struct fdef *d, const char *stored)
{
	if (d->type == FT_BOOL)
		return stored != NULL && strcmp(stored, "1") == 0 ? NULL :
		    "推荐前须确认此项";
	return stored != NULL && *stored != '\0' ? NULL : "推荐前须填写此项";
}

const struct fdef *
form_field(const struct fdef *t, size_t n, const char *name)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(t[i].name, name) == 0)
			return &t[i];
	return NULL;
}

const char *
form_check(const struct fdef *t, size_t n)
{
	size_t	 i, j;

	for (i = 0; i < n; i++) {
		if (t[i].name == NULL || *t[i].name == '\0')
			return "a row without a name";
		if (t[i].label == NULL || *t[i].label == '\0')
			return t[i].name;
		if (t[i].type >= FT__MAX)
			return t[i].name;
		if ((t[i].type == FT_ENUM || t[i].type == FT_WORD) &&
		    (t[i].names == NULL || t[i].nnames <= 0))
			return t[i].name;
		if (t[i].type == FT_INT && t[i].min > (int64_t)t[i].max)
			return t[i].name;
		for (j = i + 1; j < n; j++)
			if (strcmp(t[i].name, t[j].name) == 0)
				return t[i].name;
	}
	return NULL;
}

int
form_confirmed(struct req *r, const char *label, const char *consequence)
{
	const char	*v = kv_get(&r->form, "confirm");

	if (v != NULL && strcmp(v, "yes") == 0)
		return 1;
	r->confirm = label;
	r->consequence = consequence;
	return 0;
}
