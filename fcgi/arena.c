/*
 * arena.c: per-request memory.  Blocks are chained; arena_reset() frees
 * all but the first block, so a worker's steady state allocates little.
 * An allocation failure is fatal: the master replaces the worker.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

#define BLOCK	(64 * 1024)

struct block {
	struct block	*next;
	size_t		 size;
	size_t		 used;
	max_align_t	 data[];
};

struct arena {
	struct block	*head;
};

static struct block *
block_new(size_t size)
{
	struct block	*b;

	if ((b = malloc(sizeof(*b) + size)) == NULL)
		fatal("%s", __func__);
	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

struct arena *
arena_new(void)
{
	struct arena	*a;

	if ((a = malloc(sizeof(*a))) == NULL)
		fatal("%s", __func__);
	a->head = block_new(BLOCK);
	return a;
}

void
arena_reset(struct arena *a)
{
	struct block	*b, *next;

	/* Keep the last block in the chain: it is the original one. */
	for (b = a->head; b->next != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head = b;
	b->used = 0;
}

void
arena_free(struct arena *a)
{
	struct block	*b, *next;

	if (a == NULL)
		return;
	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}

void *
amalloc(struct arena *a, size_t sz)
{
	struct block	*b;
	size_t		 al = sizeof(max_align_t);
	void		*p;

	/* Refuse what cannot be rounded up and chained without overflow. */
	if (sz > PTRDIFF_MAX - sizeof(struct block) - al)
		fatalx("%s: %zu bytes", __func__, sz);
	sz = (sz + al - 1) / al * al;
	if (sz == 0)
		sz = al;
	b = a->head;
	if (b->size - b->used < sz) {
		b = block_new(sz > BLOCK ? sz : BLOCK);
		b->next = a->head;
		a->head = b;
	}
	p = (char *)b->data + b->used;
	b->used += sz;
	return p;
}

char *
astrndup(struct arena *a, const char *s, size_t n)
{
	char	*p;

	p = amalloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
astrdup(struct arena *a, const char *s)
{
	return s == NULL ? NULL : astrndup(a, s, strlen(s));
}

char *
aprintf(struct arena *a, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;
	char	*p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		fatalx("%s: bad format", __func__);
	p = amalloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}
