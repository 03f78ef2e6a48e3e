/*
 * tests.h: the unit test suites (check) and the helpers they share.
 * One suite per module of fcgi/, each in tests/unit/t_<module>.c.
 */
#ifndef TESTS_H
#define TESTS_H

#include <stddef.h>

#include <check.h>

Suite	*suite_log(void);
Suite	*suite_conf(void);
Suite	*suite_arena(void);
Suite	*suite_req(void);
Suite	*suite_valid(void);
Suite	*suite_auth(void);
Suite	*suite_audit(void);
Suite	*suite_route(void);
Suite	*suite_review(void);
Suite	*suite_csv(void);
Suite	*suite_tables(void);
Suite	*suite_public_origin(void);
Suite	*suite_qr(void);
Suite	*suite_list(void);
Suite	*suite_form(void);
Suite	*suite_machine(void);
Suite	*suite_assess(void);
Suite	*suite_search(void);
Suite	*suite_xslt(void);
Suite	*suite_xml(void);
Suite	*suite_multipart(void);
Suite	*suite_training(void);
Suite	*suite_ranking(void);
Suite	*suite_scoreboard(void);
Suite	*suite_csvin(void);
Suite	*suite_db(void);

/* Number of elements of a table. */
#define NITEMS(t)	(sizeof(t) / sizeof((t)[0]))

/*
 * A malloc'd copy of the n bytes at s, exactly n bytes long and without a
 * terminator, so that AddressSanitizer catches a parser reading past the
 * length it was given.  The caller frees it.
 */
char	*exact_copy(const char *s, size_t n);

/*
 * Contents of tests/fixtures/<name>, NUL-terminated, its length (without
 * the NUL) in *len.  The directory is $STUDIO_FIXTURES, or found from the
 * working directory or the test binary.  The caller frees it; a missing
 * file fails the test.
 */
char	*fixture_read(const char *name, size_t *len);

/*
 * 1 if each test runs in a child of its own (check's default), so that
 * a test may end the process; 0 with CK_FORK=no.
 */
int	 forking(void);

/* Write s to a new temporary file; returns its path (caller frees). */
char	*tmpfile_with(const char *s);

#endif /* TESTS_H */
