/*
 * fuzz_utf8: utf8_valid() against an independent reading of RFC 3629
 * (no overlong forms, no surrogates, nothing above U+10FFFF), and
 * url_decode() against a plain decoder ('+' is a space, %XX a byte with
 * two hex digits of either case, anything else a bad escape).
 */
#include "fuzz.h"

static int
hexv(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static long
ref_decode(const unsigned char *s, size_t n, unsigned char *out)
{
	size_t	 i, o = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '+')
			out[o++] = ' ';
		else if (s[i] == '%') {
			if (n - i < 3 || hexv(s[i + 1]) < 0 ||
			    hexv(s[i + 2]) < 0)
				return -1;
			out[o++] = (unsigned char)(hexv(s[i + 1]) << 4 |
			    hexv(s[i + 2]));
			i += 2;
		} else
			out[o++] = s[i];
	}
	return (long)o;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*buf;
	unsigned char	*ref;
	long		 n, rn;
	size_t		 i;

	/* Exact-size copy: a read past the end is an ASan report. */
	buf = fuzz_buf(data, size);
	REQUIRE(utf8_valid(buf, size) == ref_utf8(data, size));
	/* Every prefix that ends on a character boundary is valid too. */
	if (size > 0 && ref_utf8(data, size))
		for (i = 0; i < size; i++)
			if ((data[i] & 0xc0) != 0x80)
				REQUIRE(utf8_valid(buf, i));

	ref = malloc(size + 1);
	rn = ref_decode(data, size, ref);
	n = url_decode(buf, size);
	REQUIRE(n == rn);
	if (n >= 0) {
		REQUIRE((size_t)n <= size);
		REQUIRE(memcmp(buf, ref, (size_t)n) == 0);
	}
	free(ref);
	free(buf);
	return 0;
}
