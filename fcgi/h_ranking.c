/*
 * h_ranking.c: the year's rankings, read-only: the studios of the unit's
 * subtree (GET /app/rankings/studios?year=&district=&industry=&type=&page=)
 * and its auditing unions (GET /app/rankings/units?year=&sort=&dir=).
 * What they hold and how they are ranked is ranking.c's.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "extern.h"

static int
upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
lower_hyphen(int c)
{
	return (c >= 'a' && c <= 'z') || c == '-';
}

/* The code filters of the studios' ranking: what a code may hold. */
enum { CF_INDUSTRY, CF_TYPE, CF__MAX };
static const struct codefilter {
	const char	*name;
	const char	*label;
	const char	*msg;
	int		(*ok)(int);
	size_t		 max;
} codefilters[CF__MAX] = {
	[CF_INDUSTRY] = { "industry", "行业", "行业门类应为一个大写字母",
			  upper, 1 },
	[CF_TYPE] = { "type", "类型", "类型代码有误", lower_hyphen, 20 },
};

/* A code filter's value: "" when not given; else 400 if it is no code. */
static int
code_filter(struct req *r, const struct codefilter *c, const char **out)
{
	const char	*v = kv_get(&r->q, c->name);
	size_t		 i;

	*out = "";
	if (v == NULL || *v == '\0')
		return 0;
	for (i = 0; v[i] != '\0' && i < c->max; i++)
		if (!c->ok((unsigned char)v[i]))
			break;
	if (v[i] != '\0') {
		req_ferr(r, c->name, c->label, c->msg);
		r->message = aprintf(r->a, "%s有误", c->label);
		return 400;
	}
	*out = v;
	return 0;
}

int
h_ranking_studios(struct req *r)
{
	struct rankfilter	 f;
	const char		*d = kv_get(&r->q, "district");
	int64_t			 v;
	int			 st;

	memset(&f, 0, sizeof(f));
	if ((st = req_year(r, &f.year)) != 0 ||
	    (st = code_filter(r, &codefilters[CF_INDUSTRY],
	    &f.industry)) != 0 ||
	    (st = code_filter(r, &codefilters[CF_TYPE], &f.type)) != 0)
		return st;
	if (d != NULL && *d != '\0') {
		if (valid_int(d, 1, INT32_MAX, &v) != NULL) {
			req_ferr(r, "district", "审核单位", "请选择审核单位");
			r->message = "审核单位有误";
			return 400;
		}
		f.district = v;
	}
	f.page = req_pageno(r);
	f.all = r->fmt == FMT_CSV;
	return err_status(ranking_studios_xml(r, &f));
}

int
h_ranking_units(struct req *r)
{
	const char	*s = kv_get(&r->q, "sort"), *d = kv_get(&r->q, "dir");
	enum rankcol	 col = RC_NAMED;
	int		 year, desc, st;

	if ((st = req_year(r, &year)) != 0)
		return st;
	if (s != NULL && *s != '\0' &&
	    (col = (enum rankcol)name_index(s, rankcol_names, RC__MAX)) ==
	    RC__MAX) {
		req_ferr(r, "sort", "排序", "没有这一排序列");
		r->message = "排序列有误";
		return 400;
	}
	desc = rankcol_desc(col);
	if (d != NULL && *d != '\0') {
		if (strcmp(d, "asc") != 0 && strcmp(d, "desc") != 0) {
			req_ferr(r, "dir", "排序方向", "排序方向应为 asc 或 desc");
			r->message = "排序方向有误";
			return 400;
		}
		desc = strcmp(d, "desc") == 0;
	}
	return err_status(ranking_units_xml(r, year, col, desc));
}
