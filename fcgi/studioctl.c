/*
 * studioctl.c: the operator's tool, sharing the worker's code.
 *
 *   studioctl [-f studio.conf] migrate
 *   studioctl [-f studio.conf] load FILE.sql
 *   studioctl [-f studio.conf] units
 *   studioctl [-f studio.conf] unit-add CODE KIND PARENT-CODE NAME
 *   studioctl [-f studio.conf] cert-enrol UNIT-CODE CERT.pem [HOLDER [ROLES]]
 *   studioctl [-f studio.conf] cert-roles FINGERPRINT ROLES
 *   studioctl [-f studio.conf] cert-list [UNIT-CODE]
 *   studioctl [-f studio.conf] cert-revoke FINGERPRINT
 *   studioctl [-f studio.conf] grants
 *   studioctl [-f studio.conf] audit-verify [-h FILE | HEAD-LINE]
 *   studioctl [-f studio.conf] audit-head
 *   studioctl [-f studio.conf] attach-verify
 *   studioctl [-f studio.conf] backup DIR
 *   studioctl [-f studio.conf] restore DIR
 *   studioctl [-f studio.conf] purge [--dry-run]
 *   studioctl [-f studio.conf] import [--dry-run] FILE
 *
 * Every change is one transaction with its audit row (by "studioctl").
 * studioctl connects as db_admin_user when one is set (the application's
 * own user may not change the schema nor the audit log), and needs the
 * audit key as studiod does.
 */
#include <sys/types.h>

#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "extern.h"

#define MAXMIG	1000

static struct db	*db;
static struct conf	 conf;

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr,
	    "usage: studioctl [-f studio.conf] command [argument ...]\n"
	    "  migrate                          apply new sql/NNN_*.sql\n"
	    "  load FILE.sql                    run a file of SQL (demo data)\n"
	    "  units                            list units (TSV)\n"
	    "  unit-add CODE KIND PARENT NAME   add a unit under PARENT\n"
	    "  cert-enrol UNIT CERT.pem [HOLDER [ROLES]]\n"
	    "                                   enrol a certificate (ROLES:\n"
	    "                                   review,finance,admin; all)\n"
	    "  cert-roles FINGERPRINT ROLES     set a certificate's roles\n"
	    "  search-reindex                   the showcase's search terms anew\n"
	    "  cert-list [UNIT]                 list certificates (TSV)\n"
	    "  cert-revoke FINGERPRINT          revoke a certificate\n"
	    "  grants                           apply sql/grants.sql (the\n"
	    "                                   application user's role)\n"
	    "  audit-verify [-h FILE | HEAD]    check the audit chain, and a\n"
	    "                                   kept head line (HEAD, quoted,\n"
	    "                                   or every line of FILE)\n"
	    "  audit-head                       print the signed head line to\n"
	    "                                   keep away from the server\n"
	    "  attach-verify                    stored files without a row,\n"
	    "                                   rows without their file\n"
	    "  backup DIR                       the database (one snapshot,\n"
	    "                                   service running), the stored\n"
	    "                                   files and a signed manifest\n"
	    "  restore DIR                      a backup into an empty\n"
	    "                                   database and attach_dir\n"
	    "  purge [--dry-run]                erase the leaders' personal\n"
	    "                                   data of rejected, withdrawn\n"
	    "                                   applications and of studios\n"
	    "                                   revoked purge_years ago\n"
	    "  import [--dry-run] FILE          base unions and named studios\n"
	    "                                   from CSV or XML (import.xsd)\n");
	exit(2);
}

static void
die(enum err e, const char *what)
{
	fprintf(stderr, "studioctl: %s: %s\n", what, err_str(e));
	exit(1);
}

/* ---- grants */

/*
 * Apply sql/grants.sql: the table privileges of the role studio_app,
 * which the application's user holds.  Run again after each migration,
 * since a new table needs its own grant.
 */
static int
cmd_grants(void)
{
	char		 path[PATH_MAX];
	enum err	 e;

	snprintf(path, sizeof(path), "%s/grants.sql", conf.sql_dir);
	if ((e = db_script(db, path, conf.sql_dir)) != E_OK) {
		fprintf(stderr, "studioctl: %s: %s (the role studio_app must "
		    "exist, and %s needs ALL on the schema WITH GRANT "
		    "OPTION: see README, \"The audit log\")\n", path,
		    err_str(e), *conf.db_admin_user != '\0' ?
		    conf.db_admin_user : conf.db_user);
		return 1;
	}
	printf("grants applied\n");
	return 0;
}

/* ---- migrate */

struct mig {
	int64_t		 version;
	const char	*name;
};

static enum err
mig_record(void *arg)
{
	const struct mig	*m = arg;
	enum err		 e;

	if ((e = db_exec(db, STMT_MIGRATION_ADD, DBARGS(DBI(m->version),
	    DBS(m->name)), NULL, NULL)) != E_OK)
		return e;
	return audit_append(db, NULL, "schema.migrate", "migration",
	    m->version, m->name, strlen(m->name));
}

static int
migfile(const struct dirent *d)
{
	const char	*n = d->d_name;
	size_t		 len = strlen(n);

	return len > 8 && n[0] >= '0' && n[0] <= '9' && n[1] >= '0' &&
	    n[1] <= '9' && n[2] >= '0' && n[2] <= '9' && n[3] == '_' &&
	    strcmp(n + len - 4, ".sql") == 0;
}

static int
cmd_migrate(void)
{
	struct dirent	**files;
	struct dbq	*q;
	char		 path[PATH_MAX];
	static char	 applied[MAXMIG];
	int		 nfiles, i, rc, done = 0;
	int64_t		 v, maxdb = 0, maxfile = 0;
	struct mig	 m;
	enum err	 e;

	if ((e = db_exec(db, STMT_MIGRATION_TABLE, DBNOARGS, NULL,
	    NULL)) != E_OK)
		die(e, "migration table");
	if ((q = db_query(db, STMT_MIGRATION_LIST, DBNOARGS)) == NULL)
		die(db_err(db), "migrations");
	while ((rc = db_step(q)) == 1) {
		v = db_coli(q, 0);
		if (v > maxdb)
			maxdb = v;
		if (v > 0 && v < MAXMIG)
			applied[v] = 1;
	}
	db_end(q);
	if (rc < 0)
		die(db_err(db), "migrations");
	if ((nfiles = scandir(conf.sql_dir, &files, migfile,
	    alphasort)) < 0) {
		perror(conf.sql_dir);
		return 1;
	}
	for (i = 0; i < nfiles; i++)
		if ((v = atoi(files[i]->d_name)) > maxfile)
			maxfile = v;
	if (maxdb > maxfile) {
		fprintf(stderr, "studioctl: the database schema (%lld) is "
		    "newer than this program's (%lld); refusing to run\n",
		    (long long)maxdb, (long long)maxfile);
		return 1;
	}
	for (i = 0; i < nfiles; i++) {
		v = atoi(files[i]->d_name);
		if (v <= 0 || v >= MAXMIG || applied[v])
			continue;
		snprintf(path, sizeof(path), "%s/%s", conf.sql_dir,
		    files[i]->d_name);
		printf("applying %s\n", files[i]->d_name);
		if ((e = db_script(db, path, conf.sql_dir)) != E_OK)
			die(e, files[i]->d_name);
		m.version = v;
		m.name = files[i]->d_name;
		if ((e = db_txn(db, mig_record, &m)) != E_OK)
			die(e, "recording migration");
		done++;
	}
	for (i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	printf("schema is at %lld (%d applied now)\n",
	    (long long)(maxfile > maxdb ? maxfile : maxdb), done);
	/* Two users: the application's gets its grants on new tables. */
	if (*conf.db_admin_user != '\0')
		return cmd_grants();
	return 0;
}

/* ---- load */

static enum err
load_record(void *arg)
{
	const char	*path = arg;
	enum err	 e;

	if ((e = db_exec(db, STMT_META_BUMP, DBNOARGS, NULL, NULL)) != E_OK)
		return e;
	return audit_append(db, NULL, "data.load", "file", 0, path,
	    strlen(path));
}

static int
cmd_load(const char *path)
{
	enum err	 e;

	if ((e = db_script(db, path, conf.sql_dir)) != E_OK)
		die(e, path);
	if ((e = db_txn(db, load_record, (void *)path)) != E_OK)
		die(e, "recording load");
	printf("loaded %s\n", path);
	return 0;
}

/* ---- units */

static int
cmd_units(void)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(db, STMT_UNIT_ALL, DBNOARGS)) == NULL)
		die(db_err(db), "units");
	while ((rc = db_step(q)) == 1)
		printf("%s\t%s\t%s\t%s\n", db_col(q, 0), db_col(q, 1),
		    db_col(q, 2), db_col(q, 3));
	db_end(q);
	return rc < 0 ? 1 : 0;
}

struct unitadd {
	const char	*code, *kind, *parent, *name;
	uint64_t	 id;
};

static enum err
unit_add_txn(void *arg)
{
	struct unitadd	*u = arg;
	uint64_t	 n;
	char		 what[512];
	enum err	 e;

	if ((e = db_exec(db, STMT_UNIT_INSERT, DBARGS(DBS(u->code),
	    DBS(u->kind), DBS(u->name), DBS(u->code), DBS(u->parent)), &n,
	    &u->id)) != E_OK)
		return e;
	if (n != 1) {
		fprintf(stderr, "studioctl: no unit %s\n", u->parent);
		return E_ABORT;
	}
	snprintf(what, sizeof(what), "code=%s\nkind=%s\nparent=%s\nname=%s\n",
	    u->code, u->kind, u->parent, u->name);
	return audit_append(db, NULL, "unit.create", "unit",
	    (int64_t)u->id, what, strlen(what));
}

static int
cmd_unit_add(char *argv[])
{
	struct unitadd	 u;
	struct arena	*a = arena_new();
	const char	*msg;
	enum err	 e;

	if (valid_code(argv[0], &u.code) != NULL ||
	    valid_code(argv[2], &u.parent) != NULL) {
		fprintf(stderr, "studioctl: codes are 1 to 20 letters or "
		    "digits\n");
		return 1;
	}
	if (kind_parse(argv[1]) == KIND__MAX ||
	    kind_parse(argv[1]) == KIND_CITY) {
		fprintf(stderr, "studioctl: kind is district, industry or "
		    "base\n");
		return 1;
	}
	u.kind = argv[1];
	if ((msg = valid_text(a, argv[3], 100, 0, &u.name)) != NULL ||
	    *u.name == '\0') {
		fprintf(stderr, "studioctl: bad name\n");
		return 1;
	}
	e = db_txn(db, unit_add_txn, &u);
	if (e == E_DUP) {
		fprintf(stderr, "studioctl: unit %s exists\n", u.code);
		return 1;
	}
	if (e != E_OK)
		return 1;
	printf("unit %s added (id %llu)\n", u.code, (unsigned long long)u.id);
	arena_free(a);
	return 0;
}

/* ---- certificates */

/*
 * The operator's request for the model (cert.c): no client and no unit,
 * so that its writes are audited as studioctl's.
 */
static struct req *
ctlreq(struct arena *a)
{
	static struct req	 r;

	memset(&r, 0, sizeof(r));
	r.a = a;
	r.conf = &conf;
	r.db = db;
	return &r;
}

static int
cmd_cert_enrol(int argc, char *argv[])
{
	struct enrolment en;
	struct arena	*a = arena_new();
	struct req	*r = ctlreq(a);
	struct dbq	*q;
	FILE		*f;
	static char	 pem[65536];
	size_t		 n, i;
	int		 rc;
	enum err	 e;

	memset(&en, 0, sizeof(en));
	if ((f = fopen(argv[1], "r")) == NULL) {
		perror(argv[1]);
		return 1;
	}
	n = fread(pem, 1, sizeof(pem) - 1, f);
	fclose(f);
	pem[n] = '\0';
	/* Only what the union CA issued, for a client, and in date. */
	if (cert_ca_load(conf.union_ca_file) != E_OK) {
		fprintf(stderr, "studioctl: union_ca_file %s: the union CA "
		    "certificate does not load\n", conf.union_ca_file);
		arena_free(a);
		return 1;
	}
	if ((q = db_query(db, STMT_UNIT_BY_CODE, DBARGS(DBS(argv[0])))) ==
	    NULL)
		die(db_err(db), "unit");
	rc = db_step(q);
	if (rc == 1)
		en.unit_id = db_coli(q, 0);
	db_end(q);
	if (rc != 1) {
		fprintf(stderr, "studioctl: no unit %s\n", argv[0]);
		arena_free(a);
		return 1;
	}
	en.pem = pem;
	en.len = n;
	en.holder = argc > 2 ? argv[2] : NULL;
	if (argc > 3 && (en.roles = roles_parse(argv[3])) == 0) {
		fprintf(stderr, "studioctl: %s: roles are review, finance, "
		    "admin, comma-separated\n", argv[3]);
		arena_free(a);
		return 1;
	}
	e = cert_enrol(r, &en);
	rc = 0;
	if (e == E_OK)
		printf("%s enrolled to %s\n", en.ci.fp, argv[0]);
	else if (e == E_CONFLICT && en.enrolled_to == en.unit_id)
		printf("%s already enrolled to %s\n", en.ci.fp, argv[0]);
	else if (e == E_CONFLICT) {
		fprintf(stderr, "studioctl: %s is enrolled to another unit\n",
		    en.ci.fp);
		rc = 1;
	} else if (e == E_INVALID) {
		for (i = 0; i < r->nferr; i++)
			fprintf(stderr, "studioctl: %s: %s: %s\n",
			    strcmp(r->ferr[i].name, "pem") == 0 ? argv[1] :
			    "holder", r->ferr[i].label, r->ferr[i].msg);
		rc = 1;
	} else
		die(e, "enrol");
	arena_free(a);
	return rc;
}

static void
cert_row(void *arg, const struct certrow *c)
{
	(void)arg;
	printf("%lld\t%s\t%s\t%s\t%s\t%s\t%s\n", (long long)c->id,
	    c->unit_code, c->fingerprint, c->holder, c->not_after, c->roles,
	    c->status);
}

static int
cmd_cert_list(const char *unit)
{
	struct arena	*a = arena_new();
	enum err	 e;

	if ((e = cert_list(ctlreq(a), unit, cert_row, NULL)) != E_OK)
		die(e, "certificates");
	arena_free(a);
	return 0;
}

static int
cmd_cert_revoke(const char *fp)
{
	struct arena	*a = arena_new();
	int64_t		 id = 0;
	enum err	 e;

	e = cert_revoke(ctlreq(a), 0, 0, fp, &id);
	arena_free(a);
	if (e == E_NOTFOUND || e == E_CONFLICT) {
		fprintf(stderr, "studioctl: %s\n", e == E_NOTFOUND ?
		    "no such certificate" : "already revoked");
		return 1;
	}
	if (e != E_OK)
		die(e, "revoke");
	printf("certificate %lld revoked\n", (long long)id);
	return 0;
}

static int
cmd_cert_roles(const char *fp, const char *roles)
{
	struct arena	*a = arena_new();
	unsigned	 mask = roles_parse(roles);
	enum err	 e;

	if (mask == 0) {
		fprintf(stderr, "studioctl: %s: roles are review, finance, "
		    "admin, comma-separated\n", roles);
		arena_free(a);
		return 1;
	}
	e = cert_roles(ctlreq(a), 0, 0, fp, mask);
	arena_free(a);
	if (e == E_NOTFOUND || e == E_CONFLICT) {
		fprintf(stderr, "studioctl: %s\n", e == E_NOTFOUND ?
		    "no such certificate" : "revoked");
		return 1;
	}
	if (e != E_OK)
		die(e, "roles");
	printf("roles of %s: %s\n", fp, roles);
	return 0;
}

/* ---- the audit log */

/*
 * Check one kept head line: its signature, then the row it names.
 * 0 when it holds, 1 (reported) when not.
 */
static int
check_head(const char *line, const char *where)
{
	struct audit_head	 h;
	const char		*why;
	enum err		 e;

	if (audit_head_parse(line, &h) == -1) {
		printf("%s: not a head line (expected \"studio-audit-head "
		    "id=... hash=... at=... mac=...\")\n", where);
		return 1;
	}
	if (!audit_head_valid(conf.audit_key, conf.audit_keylen, &h)) {
		printf("%s: head of row %llu: signature INVALID (not made "
		    "with this audit key, or the line was altered)\n", where,
		    (unsigned long long)h.id);
		return 1;
	}
	if ((e = audit_head_verify(db, &h, &why)) != E_OK)
		die(e, "audit-verify");
	if (why != NULL) {
		printf("%s: head of row %llu: MISMATCH: %s\n", where,
		    (unsigned long long)h.id, why);
		return 1;
	}
	printf("%s: head of row %llu at %s: matches\n", where,
	    (unsigned long long)h.id, h.at);
	return 0;
}

/* Every head line of a file (blank lines and # comments skipped). */
static int
check_head_file(const char *path)
{
	FILE	*f;
	char	 line[1024], where[PATH_MAX + 32], *p;
	size_t	 lineno = 0;
	int	 bad = 0, n = 0;

	if ((f = fopen(path, "r")) == NULL) {
		perror(path);
		return 1;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		for (p = line; isspace((unsigned char)*p); p++)
			continue;
		if (*p == '\0' || *p == '#')
			continue;
		snprintf(where, sizeof(where), "%s:%zu", path, lineno);
		bad |= check_head(p, where);
		n++;
	}
	fclose(f);
	if (n == 0) {
		printf("%s: no head line\n", path);
		return 1;
	}
	return bad;
}

static int
cmd_audit_verify(int argc, char *argv[])
{
	struct audit_check	 ck;
	enum err		 e;
	int			 rc = 0;

	if ((e = audit_check(db, &ck)) != E_OK)
		die(e, "audit-verify");
	if (ck.bad != 0) {
		printf("audit chain BROKEN at row %llu: %s\n",
		    (unsigned long long)ck.bad, ck.why);
		rc = 1;
	} else
		printf("audit chain intact: %llu rows, keyed from row %llu\n",
		    (unsigned long long)ck.rows,
		    (unsigned long long)ck.keyed_from);
	if (argc == 2)
		rc |= check_head_file(argv[1]);
	else if (argc == 1)
		rc |= check_head(argv[0], "head");
	return rc;
}

static int
cmd_audit_head(void)
{
	struct audit_check	 ck;
	struct audit_head	 h;
	char			 line[256];
	enum err		 e;

	if ((e = audit_check(db, &ck)) != E_OK)
		die(e, "audit-head");
	if (ck.bad != 0) {
		fprintf(stderr, "studioctl: audit chain BROKEN at row %llu: "
		    "%s; no head signed\n", (unsigned long long)ck.bad,
		    ck.why);
		return 1;
	}
	if (ck.head == 0) {
		fprintf(stderr, "studioctl: the audit log is empty\n");
		return 1;
	}
	memset(&h, 0, sizeof(h));
	h.id = ck.head;
	snprintf(h.hash, sizeof(h.hash), "%s", ck.hash);
	snprintf(h.at, sizeof(h.at), "%s", ck.at);
	if (h.at[10] == ' ')
		h.at[10] = 'T';
	if (audit_head_line(conf.audit_key, conf.audit_keylen, &h, line,
	    sizeof(line)) == -1)
		die(E_SYS, "audit-head");
	printf("%s\n", line);
	return 0;
}

/* ---- attachments */

static void
attach_problem(void *arg, enum avproblem p, const char *what)
{
	static const char *const words[] = {
		[AV_NOFILE] = "row without its file",
		[AV_NOROW] = "file without a row",
		[AV_BADSIZE] = "file of another size than its row",
	};

	(void)arg;
	printf("%s\t%s\n", words[p], what);
}

/*
 * Compare attach_dir with the attachment table: one line for each file
 * on disk that no row names and each row whose file is missing or of
 * another size.  Exit status 1 when there is any.
 */
static int
cmd_attach_verify(void)
{
	uint64_t	 n = 0;
	enum err	 e;

	if ((e = attach_verify(db, conf.attach_dir, attach_problem, NULL,
	    &n)) != E_OK)
		die(e, "attach-verify");
	if (n > 0) {
		fprintf(stderr, "studioctl: attach-verify: %llu problem(s) in "
		    "%s\n", (unsigned long long)n, conf.attach_dir);
		return 1;
	}
	printf("attachments: every row has its file and every file its row\n");
	return 0;
}

/* The showcase's search terms made anew from the texts. */
static int
cmd_search_reindex(void)
{
	struct arena	*a = arena_new();
	uint64_t	 n = 0;
	enum err	 e;

	e = achievement_reindex(db, a, &n);
	arena_free(a);
	if (e != E_OK)
		die(e, "search-reindex");
	printf("search terms of %llu achievements made anew\n",
	    (unsigned long long)n);
	return 0;
}

/* ---- backup, restore, purge */

static int
cmd_backup(const char *dir)
{
	char		 why[PATH_MAX + 256];
	enum err	 e;

	if ((e = backup_take(db, dir, stdout, why, sizeof(why))) != E_OK) {
		fprintf(stderr, "studioctl: backup: %s\n", why);
		return 1;
	}
	return 0;
}

static int
cmd_restore(const char *dir)
{
	char		 why[PATH_MAX + 256];
	enum err	 e;

	if ((e = backup_restore(db, dir, stdout, why, sizeof(why))) !=
	    E_OK) {
		fprintf(stderr, "studioctl: restore refused or failed: %s\n",
		    why);
		return 1;
	}
	return 0;
}

static void
purge_row(void *arg, const struct purgerow *p)
{
	printf("%s%s\t%lld\t%s %s", (const char *)arg,
	    p->studio ? "studio" : "application", (long long)p->id,
	    p->status, p->on);
	if (p->studio)
		printf("\t(its application %lld, leader amendments)",
		    (long long)p->app);
	printf("\n");
}

static int
cmd_purge(int argc, char *argv[])
{
	struct purgecount	 n;
	int			 dry = argc == 1;
	enum err		 e;

	if (argc == 1 && strcmp(argv[0], "--dry-run") != 0)
		usage();
	e = purge_run(db, conf.purge_years, dry, purge_row,
	    dry ? "would erase\t" : "erased\t", &n);
	if (e != E_OK)
		die(e, "purge");
	printf("%s the leader's personal data of %llu applications and %llu "
	    "studios (revoked %d or more years ago)\n", dry ?
	    "dry run: nothing written; would erase" : "erased",
	    (unsigned long long)n.applications,
	    (unsigned long long)n.studios, conf.purge_years);
	if (n.what != NULL)
		printf("audit entry privacy.purge:\n%s", n.what);
	free(n.what);
	return 0;
}

/*
 * Import a file (import.c): every record's result and every error, one
 * a line; exit status 1 when any record has an error (nothing written).
 */
static int
cmd_import(int argc, char *argv[])
{
	struct arena	*a = arena_new();
	struct import	 im;
	FILE		*f;
	char		*buf = NULL;
	size_t		 len = 0, cap = 0, n, i;
	enum err	 e;

	memset(&im, 0, sizeof(im));
	im.dry = argc == 2;
	if ((f = fopen(argv[argc - 1], "rb")) == NULL) {
		perror(argv[argc - 1]);
		return 1;
	}
	do {
		if (len == cap && (buf = realloc(buf, cap = cap * 2 + 65536)) ==
		    NULL)
			die(E_NOMEM, "import");
		len += n = fread(buf + len, 1, cap - len, f);
	} while (n > 0);
	fclose(f);
	im.r = ctlreq(a);
	im.operator = 1;
	im.data = buf;
	im.len = len;
	im.name = argv[argc - 1];
	if ((e = import_run(&im)) != E_OK && e != E_INVALID)
		die(e, "import");
	for (i = 0; i < im.nrecs; i++)
		printf("line %zu\t%s\t%s\t%s\t%s\n", im.recs[i].line,
		    im.recs[i].kind, im.recs[i].key,
		    impres_names[im.recs[i].res], im.recs[i].name);
	for (i = 0; i < im.nerrs; i++)
		printf("line %zu: %s%s%s%s: %s\n", im.errs[i].line,
		    im.errs[i].field, *im.errs[i].label ? " (" : "",
		    im.errs[i].label, *im.errs[i].label ? ")" : "",
		    im.errs[i].msg);
	printf("%s %s (%s, %s): %zu records, %zu to create, %zu already "
	    "there, %zu errors; %s\n", im.dry ? "dry run of" : "import of",
	    im.name, im.format ? im.format : "-", im.charset ?
	    im.charset : "-", im.nrecs, im.created, im.same, im.nerrs,
	    im.nerrs > 0 ? "nothing written" : im.written ?
	    aprintf(a, "written, sha256 %s", im.sha256) : "nothing written");
	free(buf);
	arena_free(a);
	return im.nerrs > 0 ? 1 : 0;
}

int
main(int argc, char *argv[])
{
	const char	*path = getenv("STUDIO_CONF");
	const char	*cmd;
	int		 ch, rc;

	if (path == NULL)
		path = "/etc/studio/studio.conf";
	/* "+": options end at the command (audit-verify has its own). */
	while ((ch = getopt(argc, argv, "+f:")) != -1)
		switch (ch) {
		case 'f':
			path = optarg;
			break;
		default:
			usage();
		}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		usage();
	setenv("TZ", "Asia/Shanghai", 1);
	tzset();
	log_init(NULL, LOG_LVL_WARN, "studioctl");
	if (conf_load(path, &conf, 1) != E_OK || conf_admin(&conf) != E_OK)
		return 1;
	if ((db = db_open(&conf, DB_ADMIN)) == NULL) {
		fprintf(stderr, "studioctl: cannot connect to the database\n");
		return 1;
	}
	cmd = argv[0];
	argc--;
	argv++;
	if (strcmp(cmd, "migrate") == 0 && argc == 0)
		rc = cmd_migrate();
	else if (strcmp(cmd, "load") == 0 && argc == 1)
		rc = cmd_load(argv[0]);
	else if (strcmp(cmd, "units") == 0 && argc == 0)
		rc = cmd_units();
	else if (strcmp(cmd, "unit-add") == 0 && argc == 4)
		rc = cmd_unit_add(argv);
	else if (strcmp(cmd, "cert-enrol") == 0 && argc >= 2 && argc <= 4)
		rc = cmd_cert_enrol(argc, argv);
	else if (strcmp(cmd, "search-reindex") == 0 && argc == 0)
		rc = cmd_search_reindex();
	else if (strcmp(cmd, "cert-roles") == 0 && argc == 2)
		rc = cmd_cert_roles(argv[0], argv[1]);
	else if (strcmp(cmd, "cert-list") == 0 && argc <= 1)
		rc = cmd_cert_list(argc ? argv[0] : NULL);
	else if (strcmp(cmd, "cert-revoke") == 0 && argc == 1)
		rc = cmd_cert_revoke(argv[0]);
	else if (strcmp(cmd, "grants") == 0 && argc == 0)
		rc = cmd_grants();
	else if (strcmp(cmd, "audit-verify") == 0 && (argc == 0 ||
	    (argc == 1 && strcmp(argv[0], "-h") != 0) ||
	    (argc == 2 && strcmp(argv[0], "-h") == 0)))
		rc = cmd_audit_verify(argc, argv);
	else if (strcmp(cmd, "audit-head") == 0 && argc == 0)
		rc = cmd_audit_head();
	else if (strcmp(cmd, "attach-verify") == 0 && argc == 0)
		rc = cmd_attach_verify();
	else if (strcmp(cmd, "backup") == 0 && argc == 1)
		rc = cmd_backup(argv[0]);
	else if (strcmp(cmd, "restore") == 0 && argc == 1)
		rc = cmd_restore(argv[0]);
	else if (strcmp(cmd, "purge") == 0 && argc <= 1)
		rc = cmd_purge(argc, argv);
	else if (strcmp(cmd, "import") == 0 && (argc == 1 || (argc == 2 &&
	    strcmp(argv[0], "--dry-run") == 0)))
		rc = cmd_import(argc, argv);
	else
		usage();
	db_close(db);
	conf_free(&conf);
	return rc;
}
