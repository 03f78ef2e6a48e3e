/*
 * fuzz_csvin: the import's CSV reader (csvin.c), on any bytes.  The
 * input goes through csvin_text (UTF-8, or GB18030 converted) and is read
 * record by record.  Checked: csvin_text gives valid UTF-8 or NULL, the
 * input itself when it was valid UTF-8; a record has 1 to CSVIN_MAXFIELDS
 * fields, each NUL-free and within the input's length, its line never
 * before the last one's; an error has its reason; and every record read,
 * written back as the exports write CSV (csv_cell) and read again, gives
 * the same fields.
 */
#include "fuzz.h"

static void
roundtrip(struct arena *a, char **f, size_t n)
{
	struct csvbuf	 b = { NULL, 0, 0 };
	struct csvin	 c;
	char		**g;
	size_t		 m, line, i;
	uint32_t	 bad;

	for (i = 0; i < n; i++) {
		/* The writer guards formulas with an apostrophe: skip those. */
		if (strchr("=+-@\t\r", f[i][0]) != NULL && f[i][0] != '\0') {
			csvbuf_free(&b);
			return;
		}
		csv_cell(&b, f[i], strlen(f[i]), i + 1 == n);
	}
	/*
	 * A record of one empty field is a blank line: skipped; a byte
	 * order mark that begins the text is dropped.
	 */
	if ((n == 1 && f[0][0] == '\0') ||
	    strncmp(f[0], "\xef\xbb\xbf", 3) == 0) {
		csvbuf_free(&b);
		return;
	}
	csvin_init(&c, b.p, b.len);
	REQUIRE(csvin_next(&c, a, &g, &m, &line) == 1);
	REQUIRE(m == n);
	for (i = 0; i < n; i++) {
		/* The writer mends what is not text: compare only text. */
		if (text_check(f[i], strlen(f[i]), &bad) == E_OK)
			REQUIRE(strcmp(f[i], g[i]) == 0);
	}
	REQUIRE(csvin_next(&c, a, &g, &m, &line) == 0);
	csvbuf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena	*a = arena_new();
	struct csvin	 c;
	const char	*text, *cs;
	char		*buf = fuzz_buf(data, size), **f;
	size_t		 len, n, line, last = 0, i;
	int		 rc;

	text = csvin_text(a, buf, size, &len, &cs);
	if (utf8_valid(buf, size) || (size >= 3 &&
	    memcmp(buf, "\xef\xbb\xbf", 3) == 0 && utf8_valid(buf + 3,
	    size - 3))) {
		REQUIRE(text != NULL);
		REQUIRE(strcmp(cs, "utf-8") == 0);
	}
	if (text == NULL) {
		/* Read the raw bytes all the same: the reader takes any. */
		text = buf;
		len = size;
	} else
		REQUIRE(utf8_valid(text, len));
	csvin_init(&c, text, len);
	while ((rc = csvin_next(&c, a, &f, &n, &line)) == 1) {
		REQUIRE(n >= 1 && n <= CSVIN_MAXFIELDS);
		REQUIRE(line >= last && line >= 1);
		last = line;
		for (i = 0; i < n; i++)
			REQUIRE(strlen(f[i]) <= len);
		roundtrip(a, f, n);
	}
	REQUIRE(rc == 0 || (rc == -1 && c.why != NULL && c.line >= last));
	arena_free(a);
	free(buf);
	return 0;
}
