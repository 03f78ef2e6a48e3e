/*
 * t_multipart.c: multipart/form-data (fcgi/multipart.c): the boundary
 * of a Content-Type, bodies with their limits and errors, the cleaning
 * of a client's file name; and the types of stored files by content
 * (attach_type, fcgi/attach.c), with their storage path.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"
#include "tests.h"

/* --------------------------------------------------------- mp_boundary */

static const struct {
	const char	*ctype;
	const char	*boundary;	/* NULL: refused */
} boundary_cases[] = {
	{ "multipart/form-data; boundary=abc", "abc" },
	{ "multipart/form-data;boundary=abc", "abc" },
	{ "Multipart/Form-Data; BOUNDARY=abc", "abc" },
	{ "multipart/form-data; boundary=\"a b:c\"", "a b:c" },
	{ "multipart/form-data; charset=utf-8; boundary=----WebKitFormBoundaryx7",
	  "----WebKitFormBoundaryx7" },
	{ "multipart/form-data; boundary=abc; charset=utf-8", "abc" },
	{ "multipart/form-data; boundary="
	  "1234567890123456789012345678901234567890123456789012345678901234567890",
	  "1234567890123456789012345678901234567890123456789012345678901234567890" },

	{ "multipart/form-data", NULL },
	{ "multipart/form-data;", NULL },
	{ "multipart/form-data; boundary=", NULL },
	{ "multipart/form-data; boundary=\"\"", NULL },
	{ "multipart/form-data; boundary=\"abc", NULL },
	{ "multipart/form-data; boundary=a; boundary=b", NULL },
	{ "multipart/form-data; boundary=\"abc \"", NULL },
	{ "multipart/form-data; boundary=a\"b", NULL },
	{ "multipart/form-data; boundary=a@b", NULL },
	{ "multipart/form-data; boundary="
	  "12345678901234567890123456789012345678901234567890123456789012345678901",
	  NULL },
	{ "multipart/mixed; boundary=abc", NULL },
	{ "application/x-www-form-urlencoded", NULL },
	{ "multipart/form-data boundary=abc", NULL },
	{ NULL, NULL },
};

START_TEST(t_mp_boundary)
{
	struct arena	*a = arena_new();
	const char	*b;
	enum err	 e;

	e = mp_boundary(a, boundary_cases[_i].ctype, &b);
	if (boundary_cases[_i].boundary == NULL) {
		ck_assert_msg(e == E_SYNTAX, "%s: accepted",
		    boundary_cases[_i].ctype);
		ck_assert_ptr_null(b);
	} else {
		ck_assert_msg(e == E_OK, "%s: refused",
		    boundary_cases[_i].ctype);
		ck_assert_str_eq(b, boundary_cases[_i].boundary);
	}
	arena_free(a);
}
END_TEST

/* ------------------------------------------------------------ mp_parse */

#define CD	"Content-Disposition: form-data; "
/* Bodies with a NUL in them, measured with sizeof. */
#define B_FILE	"--XyZ\r\n" CD "name=\"csrf\"\r\n\r\ntok\r\n" \
		"--XyZ\r\n" CD "name=\"file\"; filename=\"证明.pdf\"\r\n" \
		"Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n\x00\xff\r\n" \
		"--XyZ--\r\n"
#define B_NUL	"--XyZ\r\n" CD "name=\"holder\"\r\n\r\na\0b\r\n--XyZ--"

static const struct {
	const char	*name;
	const char	*body;
	size_t		 len;		/* 0: strlen */
	enum err	 rc;
	size_t		 ntext, nfiles;
	const char	*key, *val;	/* a text pair to look up */
	const char	*file;		/* the first file's cleaned name */
	const char	*data;		/* and its bytes */
	size_t		 datalen;
	const char	*badkey;
} parse_cases[] = {
	{ "text and a file", B_FILE, sizeof(B_FILE) - 1, E_OK, 1, 1, "csrf", "tok", "证明.pdf",
	  "%PDF-1.4\r\n\x00\xff", 12, NULL },
	{ "preamble and epilogue ignored",
	  "this is a preamble\r\n--XyZ\r\n" CD "name=a\r\n\r\n1\r\n--XyZ--"
	  "epilogue --XyZ", 0, E_OK, 1, 0, "a", "1", NULL, NULL, 0, NULL },
	{ "padding after a delimiter, header names in any case",
	  "--XyZ  \t\r\ncontent-disposition: FORM-DATA; NAME=\"a\"\r\n"
	  "X-Other: ignored\r\n\r\nv\r\n--XyZ--", 0, E_OK, 1, 0, "a", "v",
	  NULL, NULL, 0, NULL },
	{ "an empty value", "--XyZ\r\n" CD "name=\"a\"\r\n\r\n\r\n--XyZ--", 0,
	  E_OK, 1, 0, "a", "", NULL, NULL, 0, NULL },
	{ "a file input left empty is skipped",
	  "--XyZ\r\n" CD "name=\"file\"; filename=\"\"\r\n"
	  "Content-Type: application/octet-stream\r\n\r\n\r\n--XyZ--", 0,
	  E_OK, 0, 0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "a zero-byte file is kept (refused by the model)",
	  "--XyZ\r\n" CD "name=\"file\"; filename=\"a.pdf\"\r\n\r\n\r\n"
	  "--XyZ--", 0, E_OK, 0, 1, NULL, NULL, "a.pdf", "", 0, NULL },
	{ "the file's path and controls dropped",
	  "--XyZ\r\n" CD "name=\"f\"; filename=\"C:\\\\Users\\\\x\\\\..\\\\"
	  "a\x01\x1b.pdf\"\r\n\r\nD\r\n--XyZ--", 0, E_OK, 0, 1, NULL, NULL,
	  "a.pdf", "D", 1, NULL },
	{ "a boundary-like line inside the data",
	  "--XyZ\r\n" CD "name=\"f\"; filename=\"a\"\r\n\r\n--XyZ\r\n"
	  "x\r\n--XyZ--", 0, E_OK, 0, 1, NULL, NULL, "a", "--XyZ\r\nx", 8,
	  NULL },

	{ "empty body", "", 0, E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL, 0,
	  NULL },
	{ "no delimiter", "a=1&b=2", 0, E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL,
	  0, NULL },
	{ "another boundary", "--Other\r\n" CD "name=a\r\n\r\n1\r\n--Other--",
	  0, E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "truncated in the data",
	  "--XyZ\r\n" CD "name=\"f\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4", 0,
	  E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL, 0, "f" },
	{ "truncated in the headers", "--XyZ\r\n" CD "name=\"f\"", 0, E_SYNTAX,
	  0, 0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "no close delimiter",
	  "--XyZ\r\n" CD "name=a\r\n\r\n1\r\n--XyZ", 0, E_SYNTAX, 1, 0, NULL,
	  NULL, NULL, NULL, 0, NULL },
	{ "no CRLF after a delimiter", "--XyZ" CD "name=a\r\n\r\n1\r\n--XyZ--",
	  0, E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "a part without a name",
	  "--XyZ\r\n" CD "filename=\"a.pdf\"\r\n\r\n1\r\n--XyZ--", 0,
	  E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "an empty name", "--XyZ\r\n" CD "name=\"\"\r\n\r\n1\r\n--XyZ--", 0,
	  E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "a part without Content-Disposition",
	  "--XyZ\r\nContent-Type: text/plain\r\n\r\n1\r\n--XyZ--", 0,
	  E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "not form-data",
	  "--XyZ\r\nContent-Disposition: attachment; name=a\r\n\r\n1\r\n"
	  "--XyZ--", 0, E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "two names", "--XyZ\r\n" CD "name=a; name=b\r\n\r\n1\r\n--XyZ--", 0,
	  E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "two dispositions",
	  "--XyZ\r\n" CD "name=a\r\n" CD "name=b\r\n\r\n1\r\n--XyZ--", 0,
	  E_SYNTAX, 0, 0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "a folded header line",
	  "--XyZ\r\n" CD "\r\n name=a\r\n\r\n1\r\n--XyZ--", 0, E_SYNTAX, 0, 0,
	  NULL, NULL, NULL, NULL, 0, NULL },
	{ "an unterminated quoted name",
	  "--XyZ\r\n" CD "name=\"a\r\n\r\n1\r\n--XyZ--", 0, E_SYNTAX, 0, 0,
	  NULL, NULL, NULL, NULL, 0, NULL },
	{ "too many header lines",
	  "--XyZ\r\n" CD "name=a\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nE: 1\r\n"
	  "F: 1\r\nG: 1\r\nH: 1\r\n\r\n1\r\n--XyZ--", 0, E_SYNTAX, 0, 0, NULL,
	  NULL, NULL, NULL, 0, NULL },
	{ "a raw NUL in a text value names it",
	  B_NUL, sizeof(B_NUL) - 1, E_NUL,
	  0, 0, NULL, NULL, NULL, NULL, 0, "holder" },
	{ "invalid UTF-8 in a text value names it",
	  "--XyZ\r\n" CD "name=\"holder\"\r\n\r\n\xc0\x80\r\n--XyZ--", 0,
	  E_UTF8, 0, 0, NULL, NULL, NULL, NULL, 0, "holder" },
	{ "a control character in a name",
	  "--XyZ\r\n" CD "name=\"a\x07\"\r\n\r\n1\r\n--XyZ--", 0, E_SYNTAX, 0,
	  0, NULL, NULL, NULL, NULL, 0, NULL },
	{ "a file over the limit (16 bytes)",
	  "--XyZ\r\n" CD "name=\"file\"; filename=\"a.pdf\"\r\n\r\n"
	  "0123456789abcdefg\r\n--XyZ--", 0, E_TOOBIG, 0, 0, NULL, NULL, NULL,
	  NULL, 0, "file" },
	{ "three files (the limit is two)",
	  "--XyZ\r\n" CD "name=f; filename=a\r\n\r\n1\r\n"
	  "--XyZ\r\n" CD "name=f; filename=b\r\n\r\n2\r\n"
	  "--XyZ\r\n" CD "name=f; filename=c\r\n\r\n3\r\n--XyZ--", 0,
	  E_TOOLONG, 0, 2, NULL, NULL, "a", "1", 1, "f" },
	{ "text past its bytes (32)",
	  "--XyZ\r\n" CD "name=a\r\n\r\n0123456789012345678901234567890123"
	  "\r\n--XyZ--", 0, E_TOOLONG, 0, 0, NULL, NULL, NULL, NULL, 0, "a" },
};

START_TEST(t_mp_parse)
{
	struct arena	*a = arena_new();
	struct kvlist	 form;
	struct upfile	*files;
	struct mplimits	 lim = { 6, 2, 16, 32 };
	const char	*badkey;
	size_t		 len = parse_cases[_i].len ? parse_cases[_i].len :
			    strlen(parse_cases[_i].body), nfiles;
	char		*buf = exact_copy(parse_cases[_i].body, len);
	enum err	 e;

	memset(&form, 0, sizeof(form));
	e = mp_parse(a, "XyZ", (const unsigned char *)buf, len, &lim, &form,
	    &files, &nfiles, &badkey);
	ck_assert_msg(e == parse_cases[_i].rc, "%s: %s, want %s",
	    parse_cases[_i].name, err_str(e), err_str(parse_cases[_i].rc));
	ck_assert_pstr_eq(badkey, parse_cases[_i].badkey);
	ck_assert_uint_eq(nfiles, parse_cases[_i].nfiles);
	if (e == E_OK)
		ck_assert_uint_eq(form.n, parse_cases[_i].ntext);
	if (parse_cases[_i].key != NULL)
		ck_assert_pstr_eq(kv_get(&form, parse_cases[_i].key),
		    parse_cases[_i].val);
	if (parse_cases[_i].file != NULL) {
		ck_assert_str_eq(files[0].name, parse_cases[_i].file);
		ck_assert_uint_eq(files[0].len, parse_cases[_i].datalen);
		ck_assert(memcmp(files[0].data, parse_cases[_i].data,
		    files[0].len) == 0);
		/* The bytes are the body's own, not a copy. */
		ck_assert((const char *)files[0].data >= buf &&
		    (const char *)files[0].data + files[0].len <= buf + len);
	}
	arena_free(a);
	free(buf);
}
END_TEST

/* Parts past MP_MAXPARTS are refused. */
START_TEST(t_mp_parts)
{
	struct arena	*a = arena_new();
	struct kvlist	 form;
	struct upfile	*files;
	struct mplimits	 lim = { MP_MAXPARTS, 5, 1024, 1024 * 1024 };
	const char	*badkey, *part = "--b\r\n" CD "name=a\r\n\r\n1\r\n";
	size_t		 n, plen = strlen(part), nfiles;
	char		*buf;

	for (n = MP_MAXPARTS; n <= MP_MAXPARTS + 1; n++) {
		buf = malloc(plen * n + 8);
		ck_assert_ptr_nonnull(buf);
		for (size_t i = 0; i < n; i++)
			memcpy(buf + i * plen, part, plen);
		memcpy(buf + n * plen, "--b--", 5);
		memset(&form, 0, sizeof(form));
		ck_assert_int_eq(mp_parse(a, "b", (unsigned char *)buf,
		    n * plen + 5, &lim, &form, &files, &nfiles, &badkey),
		    n == MP_MAXPARTS ? E_OK : E_TOOLONG);
		free(buf);
	}
	arena_free(a);
}
END_TEST

/* --------------------------------------------------------- mp_filename */

static const struct {
	const char	*in;
	const char	*out;
} name_cases[] = {
	{ "证明材料.pdf", "证明材料.pdf" },
	{ "report 2038.PDF", "report 2038.PDF" },
	{ "../../etc/passwd", "passwd" },
	{ "..\\..\\windows\\win.ini", "win.ini" },
	{ "C:\\Users\\张三\\桌面\\照片.jpg", "照片.jpg" },
	{ "a\x01\x1f\x7f" "b.pdf", "ab.pdf" },
	{ "a\xc2\x85" "b.pdf", "ab.pdf" },			/* U+0085 */
	{ "\xe2\x80\xae" "fdp.exe", "fdp.exe" },			/* U+202E */
	{ "a\xe2\x80\x8b" "b", "ab" },				/* U+200B */
	{ "\xef\xbb\xbf" "a.pdf", "a.pdf" },			/* BOM */
	{ "a\xff\xfe" "b.pdf", "ab.pdf" },			/* not UTF-8 */
	{ "a\xc0\xaf" "b.pdf", "ab.pdf" },			/* overlong / */
	{ "a<b>c:d*e?f\"g|h.pdf", "abcdefgh.pdf" },
	{ "...hidden", "hidden" },
	{ " . name. . ", "name" },
	{ "\xe3\x80\x80名字", "名字" },			/* U+3000 first */
	{ "..", "" },
	{ "/", "" },
	{ "", "" },
	{ "\x01\x02", "" },
};

START_TEST(t_mp_filename)
{
	struct arena	*a = arena_new();
	const char	*in = name_cases[_i].in, *out;
	uint32_t	 cp;

	out = mp_filename(a, in, strlen(in));
	ck_assert_str_eq(out, name_cases[_i].out);
	ck_assert(text_check(out, strlen(out), &cp) == E_OK);
	arena_free(a);
}
END_TEST

/* A long name keeps MP_MAXNAME characters, its extension last. */
START_TEST(t_mp_filename_long)
{
	struct arena	*a = arena_new();
	char		 in[1024];
	const char	*out;
	size_t		 i;

	for (i = 0; i < 200; i++)
		memcpy(in + 3 * i, "长", 3);
	memcpy(in + 600, ".pdf", 5);
	out = mp_filename(a, in, strlen(in));
	ck_assert_uint_eq(utf8_len(out), MP_MAXNAME);
	ck_assert_str_eq(out + strlen(out) - 4, ".pdf");
	memset(in, 'x', 300);
	in[300] = '\0';
	out = mp_filename(a, in, 300);
	ck_assert_uint_eq(strlen(out), MP_MAXNAME);
	arena_free(a);
}
END_TEST

/* --------------------------------------------------------- attach_type */

static const struct {
	const char	*name;
	const char	*data;
	size_t		 len;
	enum atype	 t;
} type_cases[] = {
	{ "PDF 1.7", "%PDF-1.7\n%\xe2\xe3\n", 14, AT_PDF },
	{ "PDF 2.0", "%PDF-2.0\n", 9, AT_PDF },
	{ "JPEG JFIF", "\xff\xd8\xff\xe0\x00\x10JFIF", 10, AT_JPEG },
	{ "JPEG Exif", "\xff\xd8\xff\xe1\x00\x10" "Exif", 10, AT_JPEG },
	{ "PNG", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0"
	  "\x1f\x15\xc4\x89", 33, AT_PNG },
	{ "OFD: OFD.xml first", "PK\3\4\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
	  "\0\0\0\0\x07\0\0\0OFD.xml", 37, AT_OFD },

	{ "empty", "", 0, AT__MAX },
	{ "ELF", "\x7f" "ELF\2\1\1\0", 8, AT__MAX },
	{ "MZ", "MZ\x90\0\3\0\0\0", 8, AT__MAX },
	{ "shell script", "#!/bin/sh\necho\n", 15, AT__MAX },
	{ "HTML", "<html><script>", 14, AT__MAX },
	{ "PDF header too short", "%PDF-1", 6, AT__MAX },
	{ "not a PDF version", "%PDF-x.y\n", 9, AT__MAX },
	{ "JPEG SOI only", "\xff\xd8", 2, AT__MAX },
	{ "PNG signature only", "\x89PNG\r\n\x1a\n", 8, AT__MAX },
	{ "a plain ZIP", "PK\3\4\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
	  "\x05\0\0\0a.txt", 35, AT__MAX },
	{ "a ZIP's name past its end", "PK\3\4\x14\0\0\0\0\0\0\0\0\0\0\0\0\0"
	  "\0\0\0\0\0\0\0\0\x07\0\0\0OFD", 33, AT__MAX },
};

START_TEST(t_attach_type)
{
	char	*d = exact_copy(type_cases[_i].data, type_cases[_i].len);

	ck_assert_msg(attach_type((unsigned char *)d, type_cases[_i].len) ==
	    type_cases[_i].t, "%s", type_cases[_i].name);
	free(d);
}
END_TEST

/*
 * An OFD found through the central directory: a ZIP whose first entry
 * is another one and whose directory lists Doc_0 and then OFD.xml.
 */
START_TEST(t_attach_type_ofd_dir)
{
	unsigned char	 z[512];
	size_t		 n = 0, cd, ncd = 0;
	const char	*names[] = { "Doc_0/Document.xml", "OFD.xml" };
	size_t		 i, nl;

	memset(z, 0, sizeof(z));
	/* One local header, "mimetype", no data. */
	memcpy(z, "PK\3\4", 4);
	z[26] = 8;
	memcpy(z + 30, "mimetype", 8);
	n = 38;
	cd = n;
	for (i = 0; i < NITEMS(names); i++) {
		nl = strlen(names[i]);
		memcpy(z + n, "PK\1\2", 4);
		z[n + 28] = (unsigned char)nl;
		memcpy(z + n + 46, names[i], nl);
		n += 46 + nl;
		ncd++;
	}
	memcpy(z + n, "PK\5\6", 4);
	z[n + 10] = (unsigned char)ncd;
	z[n + 16] = (unsigned char)cd;
	n += 22;
	ck_assert(attach_type(z, n) == AT_OFD);
	/* Without the entry: not an OFD. */
	memcpy(z + cd + 46 + strlen(names[0]) + 46, "OFD.xmx", 7);
	ck_assert(attach_type(z, n) == AT__MAX);
	/* A directory offset past the end is not followed. */
	z[n - 22 + 16] = 0xff;
	z[n - 22 + 17] = 0xff;
	ck_assert(attach_type(z, n) == AT__MAX);
}
END_TEST

START_TEST(t_attach_relpath)
{
	struct arena	*a = arena_new();
	const char	*h = "0123456789abcdef0123456789abcdef"
			    "0123456789abcdef0123456789abcdef";

	ck_assert_str_eq(attach_relpath(a, h), aprintf(a, "01/23/%s", h));
	ck_assert_ptr_null(attach_relpath(a, "../../etc/passwd"));
	ck_assert_ptr_null(attach_relpath(a, "0123456789ABCDEF0123456789abcdef"
	    "0123456789abcdef0123456789abcdef"));
	ck_assert_ptr_null(attach_relpath(a, NULL));
	arena_free(a);
}
END_TEST

Suite *
suite_multipart(void)
{
	Suite	*s = suite_create("multipart");
	TCase	*tc;

	tc = tcase_create("mp_boundary");
	tcase_add_loop_test(tc, t_mp_boundary, 0, NITEMS(boundary_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("mp_parse");
	tcase_add_loop_test(tc, t_mp_parse, 0, NITEMS(parse_cases));
	tcase_add_test(tc, t_mp_parts);
	suite_add_tcase(s, tc);

	tc = tcase_create("mp_filename");
	tcase_add_loop_test(tc, t_mp_filename, 0, NITEMS(name_cases));
	tcase_add_test(tc, t_mp_filename_long);
	suite_add_tcase(s, tc);

	tc = tcase_create("attach_type");
	tcase_add_loop_test(tc, t_attach_type, 0, NITEMS(type_cases));
	tcase_add_test(tc, t_attach_type_ofd_dir);
	tcase_add_test(tc, t_attach_relpath);
	suite_add_tcase(s, tc);
	return s;
}
