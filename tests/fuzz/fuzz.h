/*
 * fuzz.h: what the libFuzzer targets share.  Each target feeds
 * the bytes straight to one parser and checks what the parser promises
 * in extern.h; a broken promise aborts, which libFuzzer reports as a
 * crash with the input that caused it.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define REQUIRE(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: broken promise: %s\n",		\
		    __FILE__, __LINE__, #cond);				\
		abort();						\
	}								\
} while (0)

/* A NUL-terminated heap copy of the input (ASan sees overreads). */
static inline char *
fuzz_str(const uint8_t *data, size_t size)
{
	char	*s;

	if ((s = malloc(size + 1)) == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* An exact heap copy without a terminator. */
static inline char *
fuzz_buf(const uint8_t *data, size_t size)
{
	char	*s;

	if ((s = malloc(size ? size : 1)) == NULL)
		abort();
	memcpy(s, data, size);
	return s;
}

/* Independent check of RFC 3629 UTF-8 (the table of its section 4). */
static inline int
ref_utf8(const unsigned char *s, size_t n)
{
	size_t	 i = 0, k;
	unsigned char lo, hi;
	int	 len;

	while (i < n) {
		unsigned char c = s[i];
		if (c <= 0x7f) {
			i++;
			continue;
		}
		lo = 0x80;
		hi = 0xbf;
		if (c >= 0xc2 && c <= 0xdf)
			len = 2;
		else if (c == 0xe0)
			len = 3, lo = 0xa0;
		else if ((c >= 0xe1 && c <= 0xec) || c == 0xee || c == 0xef)
			len = 3;
		else if (c == 0xed)
			len = 3, hi = 0x9f;
		else if (c == 0xf0)
			len = 4, lo = 0x90;
		else if (c >= 0xf1 && c <= 0xf3)
			len = 4;
		else if (c == 0xf4)
			len = 4, hi = 0x8f;
		else
			return 0;
		if (n - i < (size_t)len)
			return 0;
		if (s[i + 1] < lo || s[i + 1] > hi)
			return 0;
		for (k = 2; k < (size_t)len; k++)
			if (s[i + k] < 0x80 || s[i + k] > 0xbf)
				return 0;
		i += (size_t)len;
	}
	return 1;
}

/* No C0 control but tab, CR, LF; no DEL; no NUL within n bytes. */
static inline int
ref_clean(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
		    c == 0x7f)
			return 0;
	}
	return 1;
}

#endif /* FUZZ_H */
