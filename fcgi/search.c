/*
 * search.c: the words of Chinese text for a search index.  MariaDB's
 * built-in full-text parser splits on spaces and punctuation, which
 * Chinese does not have, so it cannot find a two-character word inside a
 * title.  Instead the text is indexed by its terms: each Chinese character
 * ("u" and its code point, hex) and each pair of neighbouring ones ("b"
 * and both code points), and each word of Latin letters and digits ("w",
 * its length and the word, lower case), kept as rows (term, record) of a
 * table under its primary key (achievement_term).  A query becomes the
 * terms that must all be there: a typed word of two or more characters
 * is its pairs, one character itself.  The terms are made of letters and
 * digits only, so nothing a user types (%, _, +, -, ", *) reaches the
 * query as an operator, and they are bound as values, never written in.
 * Platform layer: text in, text out, on the arena.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extern.h"

#define MAXWORD		40	/* bytes of a Latin word kept */

/* The code point at *s (valid UTF-8), advancing *s past it. */
static uint32_t
next_cp(const char **s)
{
	const unsigned char	*p = (const unsigned char *)*s;
	uint32_t		 c;
	size_t			 n, i;

	if (p[0] < 0x80) {
		*s += 1;
		return p[0];
	}
	if ((p[0] & 0xe0) == 0xc0) {
		c = p[0] & 0x1f;
		n = 1;
	} else if ((p[0] & 0xf0) == 0xe0) {
		c = p[0] & 0x0f;
		n = 2;
	} else {
		c = p[0] & 0x07;
		n = 3;
	}
	for (i = 1; i <= n && (p[i] & 0xc0) == 0x80; i++)
		c = (c << 6) | (p[i] & 0x3f);
	*s += i;
	return c;
}

static int
is_han(uint32_t c)
{
	return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ||
	    (c >= 0x20000 && c <= 0x2ffff);
}

/* A Latin letter or digit (full-width ones as their ASCII), else 0. */
static char
latin(uint32_t c)
{
	if (c >= 0xff10 && c <= 0xff5a)
		c -= 0xfee0;
	if (c >= 'A' && c <= 'Z')
		return (char)(c - 'A' + 'a');
	if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
		return (char)c;
	return 0;
}

struct buf {
	struct arena	*a;
	char		*p;
	size_t		 len, cap;
	size_t		 terms, max;	/* max: 0, no limit */
};

static void
put(struct buf *b, const char *prefix, const char *term)
{
	size_t	 n = strlen(prefix) + strlen(term) + 2;
	char	*grown;

	if (b->max > 0 && b->terms >= b->max)
		return;
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		grown = amalloc(b->a, b->cap);
		if (b->len > 0)
			memcpy(grown, b->p, b->len);
		b->p = grown;
	}
	b->len += (size_t)snprintf(b->p + b->len, b->cap - b->len, "%s%s%s",
	    b->len > 0 ? " " : "", prefix, term);
	b->terms++;
}

/*
 * The terms of text into b: for the index (query 0) every character and
 * pair, for a query the pairs of each run (its one character when alone)
 * with "+".
 */
static void
terms(struct buf *b, const char *text, int query)
{
	const char	*s = text;
	uint32_t	 c, prev = 0, run = 0;
	char		 word[MAXWORD + 1], t[32], l;
	size_t		 wl = 0;

	for (;;) {
		c = *s != '\0' ? next_cp(&s) : 0;
		if ((l = latin(c)) != 0) {
			if (wl < MAXWORD)
				word[wl++] = l;
		} else if (wl > 0) {
			word[wl] = '\0';
			snprintf(t, sizeof(t), "w%zu", wl);
			put(b, query ? "+" : "", aprintf(b->a, "%s%s", t, word));
			wl = 0;
		}
		if (is_han(c)) {
			if (!query) {
				snprintf(t, sizeof(t), "u%05x", (unsigned)c);
				put(b, "", t);
			}
			if (run > 0) {
				snprintf(t, sizeof(t), "b%05x%05x",
				    (unsigned)prev, (unsigned)c);
				put(b, query ? "+" : "", t);
			}
			prev = c;
			run++;
			continue;
		}
		/* A query's lone character is itself. */
		if (query && run == 1) {
			snprintf(t, sizeof(t), "u%05x", (unsigned)prev);
			put(b, "+", t);
		}
		run = 0;
		if (c == 0)
			break;
	}
}

const char *
search_terms(struct arena *a, const char *text)
{
	struct buf	 b = { a, NULL, 0, 0, 0, 0 };

	terms(&b, text != NULL ? text : "", 0);
	return b.p != NULL ? b.p : "";
}

const char *
search_query(struct arena *a, const char *text)
{
	struct buf	 b = { a, NULL, 0, 0, 0, SEARCH_MAXTERMS };

	terms(&b, text != NULL ? text : "", 1);
	return b.p != NULL ? b.p : "";
}

size_t
search_query_terms(struct arena *a, const char *text, const char **out,
    size_t max)
{
	char	*q = astrdup(a, search_query(a, text)), *t, *save = NULL;
	size_t	 n = 0;

	for (t = strtok_r(q, " ", &save); t != NULL && n < max;
	    t = strtok_r(NULL, " ", &save))
		out[n++] = *t == '+' ? t + 1 : t;
	return n;
}
