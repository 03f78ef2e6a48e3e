/*
 * fuzz_multipart: multipart/form-data bodies (mp_parse), the boundary
 * of a Content-Type (mp_boundary) and the cleaning of a client's file
 * name (mp_filename).  The first byte picks the limits (files 1 to 4,
 * bytes of a file 0 to 63, text bytes 0 to 255, parts 1 to 8), so that
 * each is reached; the rest is the body, with the boundary "b0".  The
 * same bytes, as text, are also a Content-Type and a file name.
 * Promises checked: only the documented codes; on success every text
 * value is text (text_check) of its stated length under a non-empty
 * name, and within the text limit; every file within its limits, its
 * bytes inside the body, its name clean; the field named on an error is
 * text; a cleaned name has no path, no control character, no leading
 * dot and at most MP_MAXNAME characters; a boundary is 1 to 70 bchars.
 */
#include "fuzz.h"

static void
check_name(const char *n)
{
	uint32_t	 cp;
	size_t		 i;

	REQUIRE(n != NULL);
	REQUIRE(text_check(n, strlen(n), &cp) == E_OK);
	REQUIRE(strpbrk(n, "/\\\\:*?\"<>|") == NULL);
	REQUIRE(n[0] != '.' && n[0] != ' ');
	REQUIRE(utf8_len(n) <= MP_MAXNAME);
	for (i = 0; n[i] != '\0'; i++)
		REQUIRE((unsigned char)n[i] >= 0x20 && n[i] != 0x7f);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena	*a;
	struct kvlist	 form;
	struct upfile	*files = NULL;
	struct mplimits	 lim;
	const char	*badkey, *b;
	char		*buf, *str;
	size_t		 nfiles = 0, i, text = 0, n;
	uint32_t	 cp;
	enum err	 rc;

	if (size < 1)
		return 0;
	lim.files = 1 + (data[0] & 3);
	lim.file_bytes = (data[0] >> 2 & 3) * 21;
	lim.text_bytes = (data[0] >> 4 & 3) * 85;
	lim.parts = 1 + (data[0] >> 6) * 2 + (data[0] & 1);
	data++;
	size--;
	buf = fuzz_buf(data, size);
	a = arena_new();
	memset(&form, 0, sizeof(form));
	rc = mp_parse(a, "b0", (const unsigned char *)buf, size, &lim, &form,
	    &files, &nfiles, &badkey);
	REQUIRE(rc == E_OK || rc == E_SYNTAX || rc == E_TOOBIG ||
	    rc == E_TOOLONG || rc == E_UTF8 || rc == E_NUL);
	REQUIRE(nfiles <= lim.files);
	REQUIRE(form.n + nfiles <= lim.parts);
	for (i = 0; i < form.n; i++) {
		REQUIRE(form.v[i].key[0] != '\0');
		REQUIRE(text_check(form.v[i].key, strlen(form.v[i].key),
		    &cp) == E_OK);
		REQUIRE(strlen(form.v[i].val) == form.v[i].len);
		REQUIRE(text_check(form.v[i].val, form.v[i].len, &cp) ==
		    E_OK);
		text += form.v[i].len;
	}
	REQUIRE(text <= lim.text_bytes);
	for (i = 0; i < nfiles; i++) {
		REQUIRE(files[i].field[0] != '\0');
		REQUIRE(files[i].len <= lim.file_bytes);
		REQUIRE((const char *)files[i].data >= buf &&
		    (const char *)files[i].data + files[i].len <= buf + size);
		check_name(files[i].name);
	}
	if (rc == E_OK)
		REQUIRE(badkey == NULL);
	if (badkey != NULL)
		REQUIRE(text_check(badkey, strlen(badkey), &cp) == E_OK);

	/* The same bytes as a file name, and as a Content-Type. */
	check_name(mp_filename(a, buf, size));
	str = fuzz_str(data, size);
	if (mp_boundary(a, str, &b) == E_OK) {
		n = strlen(b);
		REQUIRE(n >= 1 && n <= 70 && b[n - 1] != ' ');
		for (i = 0; i < n; i++)
			REQUIRE(strchr("abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'()+_,-./:=? ",
			    b[i]) != NULL);
	} else
		REQUIRE(b == NULL);
	free(str);
	arena_free(a);
	free(buf);
	return 0;
}
