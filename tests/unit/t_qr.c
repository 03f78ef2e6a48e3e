/*
 * t_qr.c: the QR codes of the naming certificate (fcgi/qr.c).  A known
 * text gives a code of the expected size with its three finder patterns;
 * the matrix is module for module what Debian's qrencode command (the
 * same library's reference front end, package qrencode) prints for the
 * same text at the same level; the SVG path covers exactly the dark
 * modules; empty and oversized texts are refused.
 */
#include <sys/wait.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extern.h"
#include "tests.h"

static const struct {
	const char	*text;
	int		 size;	/* modules: 17 + 4 * version */
} known[] = {
	/* numeric mode: version 1 */
	{ "01234567", 21 },
	/* the certificate's: the demo stack's public site */
	{ "https://127.0.0.1:8443/public/studios/3", 29 },
	{ "https://127.0.0.1:35443/public/studios/2", 29 },
	/* a deployment's, with a longer host and id */
	{ "https://studio.example.org/public/studios/123456", 33 },
	/* UTF-8 bytes as they are */
	{ "长春市职工创新工作室 https://127.0.0.1:8443/public/studios/3", 37 },
};

/* The module at row y, column x. */
#define AT(m, size, x, y)	((m)[(size_t)(y) * (size_t)(size) + (size_t)(x)])

/* The 7 x 7 finder pattern with its top left module at (x, y). */
static int
finder_at(const unsigned char *m, int size, int x0, int y0)
{
	int	 x, y, ring, want;

	for (y = 0; y < 7; y++)
		for (x = 0; x < 7; x++) {
			/* dark border, light ring, dark 3 x 3 centre */
			ring = x == 0 || x == 6 || y == 0 || y == 6;
			want = ring || (x >= 2 && x <= 4 && y >= 2 && y <= 4);
			if (AT(m, size, x0 + x, y0 + y) != want)
				return 0;
		}
	return 1;
}

START_TEST(t_qr_known)
{
	struct arena	*a = arena_new();
	unsigned char	*m = NULL;
	int		 size, i, n = known[_i].size;

	size = qr_matrix(a, known[_i].text, &m);
	ck_assert_msg(size == n, "\"%s\": %d modules, want %d",
	    known[_i].text, size, n);
	ck_assert_ptr_nonnull(m);
	ck_assert(finder_at(m, size, 0, 0));
	ck_assert(finder_at(m, size, size - 7, 0));
	ck_assert(finder_at(m, size, 0, size - 7));
	/* the dark module beside the lower left finder, and the timing row */
	ck_assert_int_eq(AT(m, size, 8, size - 8), 1);
	for (i = 8; i < size - 8; i++)
		ck_assert_int_eq(AT(m, size, i, 6), i % 2 == 0);
	arena_free(a);
}
END_TEST

/*
 * What `qrencode -l M -m 0 -t ASCII` prints for text: one line per row,
 * "##" for a dark module, two blanks for a light one.  A malloc'd string
 * (the caller frees it), NULL when the command cannot be run.
 */
static char *
qrencode_cli(const char *text)
{
	char		*out = NULL, *p;
	size_t		 len = 0, cap = 0;
	ssize_t		 n;
	int		 fd[2], status;
	pid_t		 pid;

	if (pipe(fd) == -1)
		return NULL;
	if ((pid = fork()) == -1)
		return NULL;
	if (pid == 0) {
		dup2(fd[1], STDOUT_FILENO);
		close(fd[0]);
		close(fd[1]);
		execlp("qrencode", "qrencode", "-l", "M", "-m", "0", "-t",
		    "ASCII", "-o", "-", "--", text, (char *)NULL);
		_exit(127);
	}
	close(fd[1]);
	for (;;) {
		if (cap - len < 4096) {
			cap = cap * 2 + 4096;
			if ((p = realloc(out, cap)) == NULL)
				abort();
			out = p;
		}
		if ((n = read(fd[0], out + len, cap - len - 1)) <= 0)
			break;
		len += (size_t)n;
	}
	close(fd[0]);
	if (waitpid(pid, &status, 0) == -1 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0) {
		free(out);
		return NULL;
	}
	out[len] = '\0';
	return out;
}

START_TEST(t_qr_reference)
{
	struct arena	*a = arena_new();
	unsigned char	*m = NULL;
	const char	*text = known[_i].text, *line;
	char		*ref;
	int		 size, x, y;

	ref = qrencode_cli(text);
	ck_assert_msg(ref != NULL, "qrencode not run: install Debian's "
	    "qrencode (conf/deps.sh)");
	size = qr_matrix(a, text, &m);
	ck_assert_int_gt(size, 0);
	line = ref;
	for (y = 0; y < size; y++) {
		ck_assert_msg(strlen(line) >= (size_t)(2 * size),
		    "\"%s\": row %d of qrencode's output is short", text, y);
		for (x = 0; x < size; x++)
			ck_assert_msg(AT(m, size, x, y) ==
			    (line[2 * x] == '#'),
			    "\"%s\": module (%d, %d) differs from qrencode's",
			    text, x, y);
		ck_assert_msg(line[2 * size] == '\n',
		    "\"%s\": qrencode's row %d is longer", text, y);
		line += 2 * size + 1;
	}
	ck_assert_msg(*line == '\0', "\"%s\": qrencode printed more rows",
	    text);
	free(ref);
	arena_free(a);
}
END_TEST

/* Fill the rectangles of a path made by qr_path into a matrix. */
static void
rasterise(const char *d, unsigned char *m, int size)
{
	int	 x, y, w, w2, used, i;

	while (*d != '\0') {
		used = 0;
		ck_assert_msg(sscanf(d, "M%d %dh%dv1h-%dz%n", &x, &y, &w, &w2,
		    &used) == 4 && used > 0, "path at \"%.20s\"", d);
		ck_assert_int_eq(w, w2);
		ck_assert(x >= 0 && y >= 0 && w > 0 && x + w <= size &&
		    y < size);
		for (i = 0; i < w; i++) {
			/* no module is covered twice */
			ck_assert_int_eq(AT(m, size, x + i, y), 0);
			AT(m, size, x + i, y) = 1;
		}
		d += used;
	}
}

START_TEST(t_qr_path_small)
{
	struct arena		*a = arena_new();
	static const unsigned char m[] = {
		1, 1, 0, 1,
		0, 0, 0, 0,
		1, 1, 1, 1,
		0, 1, 0, 1,
	};

	ck_assert_str_eq(qr_path(a, m, 4),
	    "M0 0h2v1h-2zM3 0h1v1h-1zM0 2h4v1h-4zM1 3h1v1h-1zM3 3h1v1h-1z");
	arena_free(a);
}
END_TEST

START_TEST(t_qr_path_covers)
{
	struct arena	*a = arena_new();
	unsigned char	*m = NULL, *back;
	const char	*d;
	int		 size;

	size = qr_matrix(a, known[_i].text, &m);
	ck_assert_int_gt(size, 0);
	ck_assert_ptr_nonnull(d = qr_path(a, m, size));
	back = calloc((size_t)size * (size_t)size, 1);
	ck_assert_ptr_nonnull(back);
	rasterise(d, back, size);
	ck_assert(memcmp(back, m, (size_t)size * (size_t)size) == 0);
	free(back);
	arena_free(a);
}
END_TEST

/* The largest code and the longest path: still within the bound. */
START_TEST(t_qr_largest)
{
	struct arena	*a = arena_new();
	unsigned char	*m = NULL, *chess;
	char		 text[2332];
	const char	*d;
	int		 size, i;

	/* 2331 bytes: the most a version 40 code holds at level M */
	memset(text, 'x', sizeof(text) - 1);
	text[sizeof(text) - 1] = '\0';
	ck_assert_int_eq(size = qr_matrix(a, text, &m), 177);
	ck_assert_ptr_nonnull(qr_path(a, m, size));
	/* a chequerboard: the most runs a row can have */
	chess = amalloc(a, 177 * 177);
	for (i = 0; i < 177 * 177; i++)
		chess[i] = (i / 177 + i % 177) % 2 == 0;
	ck_assert_ptr_nonnull(d = qr_path(a, chess, 177));
	ck_assert_str_eq(d + strlen(d) - strlen("M176 176h1v1h-1z"),
	    "M176 176h1v1h-1z");
	arena_free(a);
}
END_TEST

START_TEST(t_qr_refused)
{
	struct arena	*a = arena_new();
	unsigned char	*m = (unsigned char *)"";
	char		 text[2333];

	errno = 0;
	ck_assert_int_eq(qr_matrix(a, "", &m), 0);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_ptr_null(m);
	ck_assert_int_eq(qr_matrix(a, NULL, &m), 0);
	/* one byte more than version 40 holds at level M */
	memset(text, 'x', sizeof(text) - 1);
	text[sizeof(text) - 1] = '\0';
	errno = 0;
	ck_assert_int_eq(qr_matrix(a, text, &m), 0);
	ck_assert_int_eq(errno, ERANGE);
	ck_assert_ptr_null(m);
	arena_free(a);
}
END_TEST

Suite *
suite_qr(void)
{
	Suite	*s = suite_create("qr");
	TCase	*tc = tcase_create("qr");

	tcase_add_loop_test(tc, t_qr_known, 0, NITEMS(known));
	tcase_add_loop_test(tc, t_qr_reference, 0, NITEMS(known));
	tcase_add_test(tc, t_qr_path_small);
	tcase_add_loop_test(tc, t_qr_path_covers, 0, NITEMS(known));
	tcase_add_test(tc, t_qr_largest);
	tcase_add_test(tc, t_qr_refused);
	suite_add_tcase(s, tc);
	return s;
}
