/*
 * check_main.c: run every unit test suite.  Output and the choice of
 * suites follow check's environment (CK_VERBOSITY, CK_RUN_SUITE,
 * CK_RUN_CASE, CK_FORK); the exit status is non-zero on any failure.
 * The application's log goes to /dev/null unless UNIT_LOG is set, so
 * that the expected refusals do not clutter the output.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extern.h"
#include "tests.h"

char *
exact_copy(const char *s, size_t n)
{
	char	*p;

	/* malloc(0) may return NULL: keep one byte, never read. */
	if ((p = malloc(n > 0 ? n : 1)) == NULL)
		abort();
	memcpy(p, s, n);
	return p;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE	*f;
	char	*buf;
	long	 n;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0 ||
	    (buf = malloc((size_t)n + 1)) == NULL) {
		fclose(f);
		return NULL;
	}
	if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

char *
fixture_read(const char *name, size_t *len)
{
	static const char *const up[] = { "", "/..", "/../.." };
	char		 path[PATH_MAX], exe[PATH_MAX], *p, *buf;
	const char	*env;
	ssize_t		 n;
	size_t		 i;

	if ((env = getenv("STUDIO_FIXTURES")) != NULL) {
		if (snprintf(path, sizeof(path), "%s/%s", env, name) <
		    (int)sizeof(path) && (buf = slurp(path, len)) != NULL)
			return buf;
	}
	if (snprintf(path, sizeof(path), "tests/fixtures/%s", name) <
	    (int)sizeof(path) && (buf = slurp(path, len)) != NULL)
		return buf;
	/* From the binary: build/unit-tests or build/asan/unit-tests. */
	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) > 0) {
		exe[n] = '\0';
		if ((p = strrchr(exe, '/')) != NULL)
			*p = '\0';
		for (i = 0; i < NITEMS(up); i++) {
			if (snprintf(path, sizeof(path),
			    "%s%s/../tests/fixtures/%s", exe, up[i], name) <
			    (int)sizeof(path) &&
			    (buf = slurp(path, len)) != NULL)
				return buf;
		}
	}
	ck_abort_msg("fixture %s not found (set STUDIO_FIXTURES)", name);
	return NULL;
}

int
forking(void)
{
	const char	*env = getenv("CK_FORK");

	return env == NULL || strcmp(env, "no") != 0;
}

char *
tmpfile_with(const char *s)
{
	const char	*dir = getenv("TMPDIR");
	char		*path;
	int		 fd;
	size_t		 n = strlen(s);

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	if (asprintf(&path, "%s/studio-unit.XXXXXX", dir) == -1)
		abort();
	if ((fd = mkstemp(path)) == -1)
		ck_abort_msg("mkstemp %s", path);
	if (write(fd, s, n) != (ssize_t)n)
		ck_abort_msg("write %s", path);
	close(fd);
	return path;
}

int
main(void)
{
	SRunner	*sr;
	int	 failed;

	if (getenv("UNIT_LOG") == NULL)
		log_init("/dev/null", LOG_LVL_DEBUG, "unit-tests");

	sr = srunner_create(suite_log());
	srunner_add_suite(sr, suite_conf());
	srunner_add_suite(sr, suite_arena());
	srunner_add_suite(sr, suite_req());
	srunner_add_suite(sr, suite_multipart());
	srunner_add_suite(sr, suite_valid());
	srunner_add_suite(sr, suite_form());
	srunner_add_suite(sr, suite_auth());
	srunner_add_suite(sr, suite_audit());
	srunner_add_suite(sr, suite_route());
	srunner_add_suite(sr, suite_review());
	srunner_add_suite(sr, suite_csv());
	srunner_add_suite(sr, suite_tables());
	srunner_add_suite(sr, suite_public_origin());
	srunner_add_suite(sr, suite_qr());
	srunner_add_suite(sr, suite_xml());
	srunner_add_suite(sr, suite_xslt());
	srunner_add_suite(sr, suite_list());
	srunner_add_suite(sr, suite_machine());
	srunner_add_suite(sr, suite_assess());
	srunner_add_suite(sr, suite_search());
	srunner_add_suite(sr, suite_training());
	srunner_add_suite(sr, suite_ranking());
	srunner_add_suite(sr, suite_scoreboard());
	srunner_add_suite(sr, suite_csvin());
	srunner_add_suite(sr, suite_db());

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
