/*
 * backup.c: studioctl backup and restore.
 *
 * A backup is a directory of three parts:
 *
 *   database.sql  mariadb-dump --single-transaction of the database: one
 *                 InnoDB snapshot (START TRANSACTION WITH CONSISTENT
 *                 SNAPSHOT), so the copy is consistent while the service
 *                 runs and writes; one INSERT per row, in primary key
 *                 order, so that rows can be counted and compared.
 *   attachments/  the stored files of attach_dir (aa/bb/<sha256>), copied
 *                 after the snapshot: files are written before the row
 *                 that names them commits and never removed, so every
 *                 row of the snapshot finds its file.
 *   MANIFEST      lines of text:
 *                   studio-backup 1
 *                   created 2025-11-30T02:30:00+0800
 *                   database studio
 *                   method mariadb-dump --single-transaction
 *                   binlog FILE POS | binlog off
 *                   gtid POS                   (when the server gives one)
 *                   part database.sql SIZE SHA256
 *                   table NAME ROWS SHA256     (of the table's INSERT lines)
 *                   file attachments/aa/bb/HEX SIZE SHA256
 *                   mac HMAC-SHA256            (under the audit key, over
 *                                               every line before it)
 *
 * Restore checks the signature and every part first, then that the
 * database and attach_dir are empty, and only then loads the dump with
 * the mariadb client and copies the files; last it dumps the restored
 * database again and compares each table's rows with the manifest.
 *
 * The programs get the credentials in an option file of mode 0600 that
 * lives as long as they run, never on their command line.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "extern.h"

#define MAGIC		"studio-backup 1"
#define MANIFEST	"MANIFEST"
#define DUMPFILE	"database.sql"
#define FILESDIR	"attachments"
#define MAXNAME		64	/* of a table */

/* A table of the dump: its rows and the hash of its INSERT lines. */
struct tab {
	char		 name[MAXNAME + 1];
	uint64_t	 rows;
	EVP_MD_CTX	*ctx;
	char		 sha[65];
};

/* What a scan of a dump found. */
struct scan {
	struct tab	*t;
	size_t		 n, cap;
	uint64_t	 size;		/* bytes */
	char		 sha[65];	/* of the whole */
	char		 logfile[256];	/* the binary log, or "" */
	unsigned long long logpos;
	char		 gtid[256];	/* or "" */
};

static void
scan_free(struct scan *s)
{
	size_t	 i;

	for (i = 0; i < s->n; i++)
		EVP_MD_CTX_free(s->t[i].ctx);
	free(s->t);
	memset(s, 0, sizeof(*s));
}

static EVP_MD_CTX *
sha_new(void)
{
	EVP_MD_CTX	*ctx;

	if ((ctx = EVP_MD_CTX_new()) == NULL ||
	    EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1)
		fatalx("%s: EVP", __func__);
	return ctx;
}

/* Finish ctx into lowercase hex (and free it). */
static void
sha_end(EVP_MD_CTX *ctx, char out[65])
{
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 n = 0;

	if (EVP_DigestFinal_ex(ctx, md, &n) != 1 || n != 32)
		fatalx("%s: EVP", __func__);
	EVP_MD_CTX_free(ctx);
	hexencode(md, 32, out);
}

/* The table named s[0..len), added when new; NULL for a bad name. */
static struct tab *
scan_tab(struct scan *s, const char *p, size_t len)
{
	struct tab	*t;
	size_t		 i;

	if (len == 0 || len > MAXNAME)
		return NULL;
	for (i = 0; i < len; i++)
		if (!(p[i] == '_' || p[i] == '$' ||
		    (p[i] >= '0' && p[i] <= '9') ||
		    (p[i] >= 'a' && p[i] <= 'z') ||
		    (p[i] >= 'A' && p[i] <= 'Z')))
			return NULL;
	for (i = 0; i < s->n; i++)
		if (strlen(s->t[i].name) == len &&
		    memcmp(s->t[i].name, p, len) == 0)
			return &s->t[i];
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		if ((t = reallocarray(s->t, s->cap, sizeof(*t))) == NULL)
			fatal("%s", __func__);
		s->t = t;
	}
	t = &s->t[s->n++];
	memset(t, 0, sizeof(*t));
	memcpy(t->name, p, len);
	t->ctx = sha_new();
	return t;
}

/* The table named after prefix at the start of line: "`name`". */
static struct tab *
scan_name(struct scan *s, const char *line, const char *prefix)
{
	const char	*p = line + strlen(prefix), *q;

	if ((q = strchr(p, '`')) == NULL)
		return NULL;
	return scan_tab(s, p, (size_t)(q - p));
}

/*
 * Read a dump from f: its size and SHA-256, its tables (CREATE TABLE)
 * with their rows (one INSERT line each: mariadb-dump escapes line
 * breaks inside values), and the binary log position it records.
 * 0, or -1 with why set.
 */
static int
scan_dump(FILE *f, struct scan *s, char *why, size_t whysz)
{
	static const char ins[] = "INSERT INTO `", crt[] = "CREATE TABLE `";
	static const char chg[] = "-- CHANGE MASTER TO MASTER_LOG_FILE='";
	static const char gtd[] = "-- SET GLOBAL gtid_slave_pos='";
	EVP_MD_CTX	*whole = sha_new();
	struct tab	*t;
	char		*line = NULL, *p;
	size_t		 cap = 0, i;
	ssize_t		 len;
	int		 rc = 0;

	while ((len = getline(&line, &cap, f)) != -1) {
		s->size += (uint64_t)len;
		EVP_DigestUpdate(whole, line, (size_t)len);
		if (strncmp(line, ins, sizeof(ins) - 1) == 0) {
			if ((t = scan_name(s, line, ins)) == NULL) {
				snprintf(why, whysz, "a table name of the dump "
				    "is not one this program takes");
				rc = -1;
				break;
			}
			t->rows++;
			EVP_DigestUpdate(t->ctx, line, (size_t)len);
		} else if (strncmp(line, crt, sizeof(crt) - 1) == 0) {
			if (scan_name(s, line, crt) == NULL) {
				snprintf(why, whysz, "a table name of the dump "
				    "is not one this program takes");
				rc = -1;
				break;
			}
		} else if (strncmp(line, chg, sizeof(chg) - 1) == 0) {
			p = line + sizeof(chg) - 1;
			i = strcspn(p, "'");
			if (i < sizeof(s->logfile) && p[i] == '\'' &&
			    sscanf(p + i, "', MASTER_LOG_POS=%llu",
			    &s->logpos) == 1)
				snprintf(s->logfile, sizeof(s->logfile), "%.*s",
				    (int)i, p);
		} else if (strncmp(line, gtd, sizeof(gtd) - 1) == 0) {
			p = line + sizeof(gtd) - 1;
			i = strcspn(p, "' \n");
			if (i < sizeof(s->gtid) && p[i] == '\'')
				snprintf(s->gtid, sizeof(s->gtid), "%.*s",
				    (int)i, p);
		}
	}
	if (rc == 0 && ferror(f)) {
		snprintf(why, whysz, "reading the dump: %s", strerror(errno));
		rc = -1;
	}
	free(line);
	sha_end(whole, s->sha);
	for (i = 0; i < s->n; i++) {
		sha_end(s->t[i].ctx, s->t[i].sha);
		s->t[i].ctx = NULL;
	}
	return rc;
}

/* Write name="value" to an option file, quoted as the client reads it. */
static void
optval(FILE *f, const char *name, const char *v)
{
	fprintf(f, "%s=\"", name);
	for (; *v != '\0'; v++) {
		if (*v == '\\' || *v == '"')
			fputc('\\', f);
		fputc(*v, f);
	}
	fputs("\"\n", f);
}

/*
 * The connection's credentials in a new option file (mode 0600) under
 * TMPDIR, for --defaults-file: its path in path.  0, or -1 (logged).
 * The caller unlinks it.
 */
static int
optfile(const struct conf *c, char *path, size_t sz)
{
	const char	*tmp = getenv("TMPDIR");
	const char	*user = c->db_user, *pass = c->db_password;
	FILE		*f;
	int		 fd;

	if (*c->db_admin_user != '\0') {
		user = c->db_admin_user;
		pass = c->db_admin_password != NULL ?
		    c->db_admin_password : "";
	}
	if (strchr(user, '\n') != NULL || strchr(pass, '\n') != NULL) {
		log_warnx("%s: a line break in the database user or "
		    "password", __func__);
		return -1;
	}
	snprintf(path, sz, "%s/studioctl-XXXXXX",
	    tmp != NULL && *tmp == '/' ? tmp : "/tmp");
	if ((fd = mkstemp(path)) == -1) {
		log_warn("%s: mkstemp %s", __func__, path);
		return -1;
	}
	if ((f = fdopen(fd, "w")) == NULL) {
		log_warn("%s: fdopen", __func__);
		close(fd);
		unlink(path);
		return -1;
	}
	fputs("[client]\n", f);
	optval(f, "user", user);
	optval(f, "password", pass);
	if (c->db_host != NULL && *c->db_host != '\0') {
		optval(f, "host", c->db_host);
		fprintf(f, "port=%d\n", c->db_port);
	} else
		optval(f, "socket", c->db_socket);
	fputs("default-character-set=utf8mb4\n", f);
	if (fclose(f) != 0) {
		log_warn("%s: write %s", __func__, path);
		unlink(path);
		return -1;
	}
	return 0;
}

/*
 * Run argv (argv[0] searched in PATH) with in and out as its standard
 * input and output (-1: this process's), and wait for it.  Its exit
 * status, or -1 when it could not run or died of a signal (logged).
 */
static int
run(char *const argv[], int in, int out)
{
	pid_t	 pid;
	int	 st;

	fflush(NULL);
	if ((pid = fork()) == -1) {
		log_warn("%s: fork", __func__);
		return -1;
	}
	if (pid == 0) {
		if ((in != -1 && dup2(in, STDIN_FILENO) == -1) ||
		    (out != -1 && dup2(out, STDOUT_FILENO) == -1))
			_exit(127);
		execvp(argv[0], argv);
		fprintf(stderr, "studioctl: %s: %s\n", argv[0],
		    strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &st, 0) == -1)
		if (errno != EINTR) {
			log_warn("%s: waitpid", __func__);
			return -1;
		}
	if (!WIFEXITED(st)) {
		log_warnx("%s: %s died of signal %d", __func__, argv[0],
		    WIFSIGNALED(st) ? WTERMSIG(st) : 0);
		return -1;
	}
	return WEXITSTATUS(st);
}

/* The arguments of mariadb-dump, up to the result file and database. */
#define DUMP_ARGS(opt) \
	"mariadb-dump", (opt), "--single-transaction", \
	"--skip-extended-insert", "--no-autocommit", "--order-by-primary", \
	"--routines", "--triggers", "--hex-blob", "--no-tablespaces", \
	"--skip-dump-date"

/*
 * Dump the connection's database into the file path, or (path NULL)
 * scan it as it comes through a pipe, into s.  With logbin, the dump
 * records the binary log position of its snapshot.  0, or -1 with why.
 */
static int
dump(const struct conf *c, const char *path, int logbin, struct scan *s,
    char *why, size_t whysz)
{
	char		 opt[PATH_MAX + 32], res[PATH_MAX + 32];
	char		 tmp[PATH_MAX];
	char		*argv[32];
	FILE		*f = NULL;
	size_t		 n = 0;
	int		 fds[2] = { -1, -1 }, rc = -1, st;
	pid_t		 pid;

	if (optfile(c, tmp, sizeof(tmp)) == -1) {
		snprintf(why, whysz, "cannot write the client's option file");
		return -1;
	}
	snprintf(opt, sizeof(opt), "--defaults-file=%s", tmp);
	{
		char *const base[] = { DUMP_ARGS(opt) };

		for (n = 0; n < sizeof(base) / sizeof(base[0]); n++)
			argv[n] = base[n];
	}
	if (logbin)
		argv[n++] = "--master-data=2";
	if (path != NULL) {
		snprintf(res, sizeof(res), "--result-file=%s", path);
		argv[n++] = res;
	}
	argv[n++] = c->db_name;
	argv[n] = NULL;

	if (path != NULL) {
		st = run(argv, -1, -1);
		if (st != 0)
			snprintf(why, whysz, "mariadb-dump failed (%d)", st);
		else if ((f = fopen(path, "r")) == NULL)
			snprintf(why, whysz, "%s: %s", path, strerror(errno));
		else {
			rc = scan_dump(f, s, why, whysz);
			fclose(f);
		}
		unlink(tmp);
		return rc;
	}

	/* Through a pipe: read as it is written, then wait. */
	if (pipe2(fds, O_CLOEXEC) == -1) {
		snprintf(why, whysz, "pipe: %s", strerror(errno));
		unlink(tmp);
		return -1;
	}
	fflush(NULL);
	if ((pid = fork()) == -1) {
		snprintf(why, whysz, "fork: %s", strerror(errno));
		goto out;
	}
	if (pid == 0) {
		if (dup2(fds[1], STDOUT_FILENO) == -1)
			_exit(127);
		execvp(argv[0], argv);
		fprintf(stderr, "studioctl: %s: %s\n", argv[0],
		    strerror(errno));
		_exit(127);
	}
	close(fds[1]);
	fds[1] = -1;
	if ((f = fdopen(fds[0], "r")) == NULL)
		fatal("%s: fdopen", __func__);
	fds[0] = -1;
	rc = scan_dump(f, s, why, whysz);
	fclose(f);
	while (waitpid(pid, &st, 0) == -1)
		if (errno != EINTR)
			fatal("%s: waitpid", __func__);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		snprintf(why, whysz, "mariadb-dump of the restored database "
		    "failed");
		rc = -1;
	}
out:
	if (fds[0] != -1)
		close(fds[0]);
	if (fds[1] != -1)
		close(fds[1]);
	unlink(tmp);
	return rc;
}

/*
 * Read the file src, hashing it, and (dst not NULL) copy it to dst, a
 * new file of mode mode, synced.  0 with sha and *size, or -1 with why.
 */
static int
copy_hash(const char *src, const char *dst, mode_t mode, char sha[65],
    uint64_t *size, char *why, size_t whysz)
{
	EVP_MD_CTX	*ctx = sha_new();
	unsigned char	 buf[65536];
	ssize_t		 n, w, off;
	int		 in, out = -1, rc = -1;

	*size = 0;
	if ((in = open(src, O_RDONLY | O_CLOEXEC)) == -1) {
		snprintf(why, whysz, "%s: %s", src, strerror(errno));
		sha_end(ctx, sha);
		return -1;
	}
	if (dst != NULL && (out = open(dst, O_WRONLY | O_CREAT | O_EXCL |
	    O_CLOEXEC, mode)) == -1) {
		snprintf(why, whysz, "%s: %s", dst, strerror(errno));
		goto out;
	}
	for (;;) {
		if ((n = read(in, buf, sizeof(buf))) == -1) {
			if (errno == EINTR)
				continue;
			snprintf(why, whysz, "%s: %s", src, strerror(errno));
			goto out;
		}
		if (n == 0)
			break;
		EVP_DigestUpdate(ctx, buf, (size_t)n);
		*size += (uint64_t)n;
		for (off = 0; out != -1 && off < n; off += w)
			if ((w = write(out, buf + off, (size_t)(n - off))) ==
			    -1) {
				if (errno == EINTR) {
					w = 0;
					continue;
				}
				snprintf(why, whysz, "%s: %s", dst,
				    strerror(errno));
				goto out;
			}
	}
	if (out != -1 && fsync(out) == -1) {
		snprintf(why, whysz, "%s: %s", dst, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	sha_end(ctx, sha);
	close(in);
	if (out != -1 && close(out) == -1 && rc == 0) {
		snprintf(why, whysz, "%s: %s", dst, strerror(errno));
		rc = -1;
	}
	return rc;
}

/* 1 when s starts with n lowercase hex digits. */
static int
ishexn(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* 1 when s is n lowercase hex digits and nothing more. */
static int
ishex(const char *s, size_t n)
{
	return ishexn(s, n) && s[n] == '\0';
}

static int
hex2(const struct dirent *d)
{
	return ishex(d->d_name, 2);
}

static int
hex64(const struct dirent *d)
{
	return ishex(d->d_name, 64);
}

/* a/b into buf of sz bytes: 0, or -1 when it does not fit. */
static int
join(char *buf, size_t sz, const char *a, const char *b)
{
	int	 n = snprintf(buf, sz, "%s/%s", a, b);

	return n < 0 || (size_t)n >= sz ? -1 : 0;
}

static int
mkdir_ok(const char *path, mode_t mode)
{
	return mkdir(path, mode) == 0 || errno == EEXIST ? 0 : -1;
}

/*
 * Copy the stored files of attach_dir (aa/bb/<sha256>; temporary files
 * of interrupted writes left out) into dir/attachments, each listed in
 * the manifest m.  0 with *files and *bytes, or -1 with why.
 */
static int
backup_files(const char *from, const char *dir, FILE *m, uint64_t *files,
    uint64_t *bytes, char *why, size_t whysz)
{
	struct dirent	**l1 = NULL, **l2 = NULL, **l3 = NULL;
	char		 p1[PATH_MAX], p2[PATH_MAX], src[PATH_MAX];
	char		 d1[PATH_MAX], d2[PATH_MAX], dst[PATH_MAX], sha[65];
	char		 fdir[PATH_MAX];
	int		 n1, n2 = 0, n3 = 0, i, j, k, rc = -1;
	uint64_t	 size;

	*files = *bytes = 0;
	if (join(fdir, sizeof(fdir), dir, FILESDIR) == -1 ||
	    mkdir_ok(fdir, 0700) == -1) {
		snprintf(why, whysz, "%s: %s", dir, strerror(errno));
		return -1;
	}
	if ((n1 = scandir(from, &l1, hex2, alphasort)) == -1) {
		if (errno == ENOENT)
			return 0;	/* no file stored yet */
		snprintf(why, whysz, "%s: %s", from, strerror(errno));
		return -1;
	}
	for (i = 0; i < n1; i++) {
		if (join(p1, sizeof(p1), from, l1[i]->d_name) == -1 ||
		    (n2 = scandir(p1, &l2, hex2, alphasort)) == -1) {
			n2 = 0;
			continue;	/* not a directory */
		}
		for (j = 0; j < n2; j++) {
			if (join(p2, sizeof(p2), p1, l2[j]->d_name) == -1 ||
			    (n3 = scandir(p2, &l3, hex64, alphasort)) == -1) {
				n3 = 0;
				continue;
			}
			for (k = 0; k < n3; k++) {
				if (join(d1, sizeof(d1), fdir, l1[i]->d_name) ==
				    -1 || join(d2, sizeof(d2), d1,
				    l2[j]->d_name) == -1 ||
				    join(src, sizeof(src), p2,
				    l3[k]->d_name) == -1 ||
				    join(dst, sizeof(dst), d2,
				    l3[k]->d_name) == -1) {
					snprintf(why, whysz, "%s: path too "
					    "long", dir);
					goto out;
				}
				if (mkdir_ok(d1, 0700) == -1 ||
				    mkdir_ok(d2, 0700) == -1) {
					snprintf(why, whysz, "%s: %s", d2,
					    strerror(errno));
					goto out;
				}
				if (copy_hash(src, dst, 0600, sha, &size, why,
				    whysz) == -1)
					goto out;
				if (strcmp(sha, l3[k]->d_name) != 0)
					log_warnx("%s: stored file %s/%s/%s "
					    "does not hold what its name says",
					    __func__, l1[i]->d_name,
					    l2[j]->d_name, l3[k]->d_name);
				fprintf(m, "file %s/%s/%s/%s %llu %s\n",
				    FILESDIR, l1[i]->d_name, l2[j]->d_name,
				    l3[k]->d_name, (unsigned long long)size,
				    sha);
				(*files)++;
				*bytes += size;
			}
			for (k = 0; k < n3; k++)
				free(l3[k]);
			free(l3);
			l3 = NULL;
			n3 = 0;
		}
		for (j = 0; j < n2; j++)
			free(l2[j]);
		free(l2);
		l2 = NULL;
		n2 = 0;
	}
	rc = 0;
out:
	for (k = 0; k < n3; k++)
		free(l3[k]);
	free(l3);
	for (j = 0; j < n2; j++)
		free(l2[j]);
	free(l2);
	for (i = 0; i < n1; i++)
		free(l1[i]);
	free(l1);
	return rc;
}

/* The HMAC-SHA256 of buf[0..len) under the audit key, in hex. */
static void
manifest_mac(const struct conf *c, const char *buf, size_t len,
    char out[65])
{
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 n = 0;

	if (HMAC(EVP_sha256(), c->audit_key, (int)c->audit_keylen,
	    (const unsigned char *)buf, len, md, &n) == NULL || n != 32)
		fatalx("%s: HMAC", __func__);
	hexencode(md, 32, out);
}

/* 1 when dir does not exist or holds no entry; 0 otherwise (or -1). */
static int
dir_empty(const char *dir)
{
	DIR		*d;
	struct dirent	*e;
	int		 empty = 1;

	if ((d = opendir(dir)) == NULL)
		return errno == ENOENT ? 1 : -1;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
			empty = 0;
			break;
		}
	closedir(d);
	return empty;
}

enum err
backup_take(struct db *db, const char *dir, FILE *out, char *why,
    size_t whysz)
{
	const struct conf	*c = db_conf(db);
	struct scan		 s;
	struct tm		 tm;
	time_t			 now = time(NULL);
	FILE			*m;
	char			*buf = NULL, path[PATH_MAX], tmp[PATH_MAX];
	char			 at[64], mac[65];
	size_t			 len = 0, i;
	uint64_t		 rows = 0, files, bytes;
	int64_t			 logbin = 0;
	int			 found = 0, fd;
	enum err		 e;

	memset(&s, 0, sizeof(s));
	if (c->audit_keylen == 0) {
		snprintf(why, whysz, "no audit key loaded");
		return E_CONF;
	}
	/* The backup holds personal data: for the operator's eyes only. */
	umask(077);
	switch (dir_empty(dir)) {
	case 1:
		break;
	case 0:
		snprintf(why, whysz, "%s is not empty: a backup goes into a "
		    "new directory", dir);
		return E_CONFLICT;
	default:
		snprintf(why, whysz, "%s: %s", dir, strerror(errno));
		return E_SYS;
	}
	if (mkdir_ok(dir, 0700) == -1) {
		snprintf(why, whysz, "%s: %s", dir, strerror(errno));
		return E_SYS;
	}
	/* The binary log's position is recorded when there is one. */
	if ((e = db_int(db, STMT_BACKUP_LOGBIN, DBNOARGS, &logbin,
	    &found)) != E_OK) {
		snprintf(why, whysz, "the server's log_bin: %s", err_str(e));
		return e;
	}

	snprintf(path, sizeof(path), "%s/%s", dir, DUMPFILE);
	fprintf(out, "dumping database %s (one snapshot, the service "
	    "running)\n", c->db_name);
	if (dump(c, path, found && logbin == 1, &s, why, whysz) == -1) {
		scan_free(&s);
		return E_SYS;
	}
	if ((m = open_memstream(&buf, &len)) == NULL)
		fatal("%s: open_memstream", __func__);
	localtime_r(&now, &tm);
	strftime(at, sizeof(at), "%Y-%m-%dT%H:%M:%S%z", &tm);
	fprintf(m, "%s\ncreated %s\ndatabase %s\n"
	    "method mariadb-dump --single-transaction\n", MAGIC, at,
	    c->db_name);
	if (s.logfile[0] != '\0')
		fprintf(m, "binlog %s %llu\n", s.logfile, s.logpos);
	else
		fprintf(m, "binlog off\n");
	if (s.gtid[0] != '\0')
		fprintf(m, "gtid %s\n", s.gtid);
	fprintf(m, "part %s %llu %s\n", DUMPFILE,
	    (unsigned long long)s.size, s.sha);
	for (i = 0; i < s.n; i++) {
		fprintf(m, "table %s %llu %s\n", s.t[i].name,
		    (unsigned long long)s.t[i].rows, s.t[i].sha);
		rows += s.t[i].rows;
	}
	fprintf(out, "database: %zu tables, %llu rows, %llu bytes\n", s.n,
	    (unsigned long long)rows, (unsigned long long)s.size);
	if (s.logfile[0] != '\0')
		fprintf(out, "binary log position: %s %llu\n", s.logfile,
		    s.logpos);
	scan_free(&s);

	if (backup_files(c->attach_dir, dir, m, &files, &bytes, why,
	    whysz) == -1) {
		fclose(m);
		free(buf);
		return E_SYS;
	}
	fprintf(out, "attachments: %llu files, %llu bytes\n",
	    (unsigned long long)files, (unsigned long long)bytes);
	if (fflush(m) != 0)
		fatal("%s: manifest", __func__);
	manifest_mac(c, buf, len, mac);
	fprintf(m, "mac %s\n", mac);
	if (fclose(m) != 0)
		fatal("%s: manifest", __func__);

	/* The manifest last: a backup without one is not complete. */
	snprintf(tmp, sizeof(tmp), "%s/%s.tmp", dir, MANIFEST);
	snprintf(path, sizeof(path), "%s/%s", dir, MANIFEST);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0600)) == -1 || write(fd, buf, len) != (ssize_t)len ||
	    fsync(fd) == -1 || close(fd) == -1 || rename(tmp, path) == -1) {
		snprintf(why, whysz, "%s: %s", path, strerror(errno));
		free(buf);
		return E_SYS;
	}
	free(buf);
	fprintf(out, "backup complete: %s\n", path);
	return E_OK;
}

/* ---- restore */

/* The manifest as read: its parts, tables and files. */
struct mline {
	char		*path;		/* part or file: relative path */
	char		*name;		/* table */
	uint64_t	 n;		/* size, or rows */
	char		*sha;
};

struct manifest {
	char		*buf;		/* the text, split in place */
	struct mline	*tables, *files;
	size_t		 ntables, nfiles;
	struct mline	 dump;
	int		 havedump;
	const char	*binlog;	/* the line's rest */
};

static void
manifest_free(struct manifest *mf)
{
	free(mf->buf);
	free(mf->tables);
	free(mf->files);
	memset(mf, 0, sizeof(*mf));
}

static struct mline *
mline_add(struct mline **v, size_t *n)
{
	struct mline	*l;

	if ((l = reallocarray(*v, *n + 1, sizeof(**v))) == NULL)
		fatal("%s", __func__);
	*v = l;
	l = &l[(*n)++];
	memset(l, 0, sizeof(*l));
	return l;
}

/* Split "WORD N SHA" into l (word in *word): 0, or -1 when malformed. */
static int
mline_parse(char *rest, char **word, struct mline *l)
{
	char		*n, *sha, *end;

	if ((n = strchr(rest, ' ')) == NULL)
		return -1;
	*n++ = '\0';
	if ((sha = strchr(n, ' ')) == NULL)
		return -1;
	*sha++ = '\0';
	*word = rest;
	errno = 0;
	l->n = strtoull(n, &end, 10);
	if (errno != 0 || end == n || *end != '\0' || !ishex(sha, 64))
		return -1;
	l->sha = sha;
	return 0;
}

/* 1 when p is attachments/aa/bb/<64 hex>, with aa and bb its start. */
static int
filepath_ok(const char *p)
{
	size_t	 n = sizeof(FILESDIR) - 1;

	return strncmp(p, FILESDIR "/", n + 1) == 0 && strlen(p) ==
	    n + 1 + 3 + 3 + 64 && p[n + 3] == '/' && p[n + 6] == '/' &&
	    ishex(p + n + 7, 64) && strncmp(p + n + 1, p + n + 7, 2) == 0 &&
	    strncmp(p + n + 4, p + n + 9, 2) == 0;
}

/* Read and check dir's manifest.  0, or -1 with why. */
static int
manifest_read(const struct conf *c, const char *dir, struct manifest *mf,
    char *why, size_t whysz)
{
	char		 path[PATH_MAX], mac[65], *p, *nl, *line, *word;
	struct mline	*l;
	struct stat	 st;
	FILE		*f;
	size_t		 len, signedlen;

	memset(mf, 0, sizeof(*mf));
	snprintf(path, sizeof(path), "%s/%s", dir, MANIFEST);
	if ((f = fopen(path, "r")) == NULL) {
		snprintf(why, whysz, "%s: %s (not a backup, or an incomplete "
		    "one)", path, strerror(errno));
		return -1;
	}
	if (fstat(fileno(f), &st) == -1 || st.st_size > 512 * 1024 * 1024) {
		snprintf(why, whysz, "%s: unreadable or too large", path);
		fclose(f);
		return -1;
	}
	len = (size_t)st.st_size;
	if ((mf->buf = malloc(len + 1)) == NULL)
		fatal("%s", __func__);
	if (fread(mf->buf, 1, len, f) != len) {
		snprintf(why, whysz, "%s: short read", path);
		fclose(f);
		return -1;
	}
	fclose(f);
	mf->buf[len] = '\0';
	if (strlen(mf->buf) != len || len == 0 || mf->buf[len - 1] != '\n') {
		snprintf(why, whysz, "%s: not a manifest", path);
		return -1;
	}

	/* The last line signs every byte before it. */
	mf->buf[len - 1] = '\0';
	p = strrchr(mf->buf, '\n');
	mf->buf[len - 1] = '\n';
	signedlen = p == NULL ? 0 : (size_t)(p - mf->buf) + 1;
	if (p == NULL || strncmp(p + 1, "mac ", 4) != 0 ||
	    !ishexn(p + 5, 64) || p + 5 + 64 != mf->buf + len - 1) {
		snprintf(why, whysz, "%s: no signature line", path);
		return -1;
	}
	manifest_mac(c, mf->buf, signedlen, mac);
	if (CRYPTO_memcmp(mac, p + 5, 64) != 0) {
		snprintf(why, whysz, "%s: signature INVALID (altered, or not "
		    "made with this audit key)", path);
		return -1;
	}
	mf->buf[signedlen] = '\0';

	for (line = mf->buf; *line != '\0'; line = nl + 1) {
		if ((nl = strchr(line, '\n')) == NULL)
			break;
		*nl = '\0';
		if (line == mf->buf) {
			if (strcmp(line, MAGIC) != 0) {
				snprintf(why, whysz, "%s: not a backup of "
				    "this format (%s)", path, MAGIC);
				return -1;
			}
			continue;
		}
		if (strncmp(line, "binlog ", 7) == 0) {
			mf->binlog = line + 7;
			continue;
		}
		if (strncmp(line, "created ", 8) == 0 ||
		    strncmp(line, "database ", 9) == 0 ||
		    strncmp(line, "method ", 7) == 0 ||
		    strncmp(line, "gtid ", 5) == 0)
			continue;
		if (strncmp(line, "part ", 5) == 0 && !mf->havedump) {
			if (mline_parse(line + 5, &word, &mf->dump) == -1 ||
			    strcmp(word, DUMPFILE) != 0)
				goto bad;
			mf->dump.path = word;
			mf->havedump = 1;
		} else if (strncmp(line, "table ", 6) == 0) {
			l = mline_add(&mf->tables, &mf->ntables);
			if (mline_parse(line + 6, &word, l) == -1)
				goto bad;
			l->name = word;
		} else if (strncmp(line, "file ", 5) == 0) {
			l = mline_add(&mf->files, &mf->nfiles);
			if (mline_parse(line + 5, &word, l) == -1 ||
			    !filepath_ok(word))
				goto bad;
			l->path = word;
		} else
			goto bad;
	}
	if (!mf->havedump) {
		snprintf(why, whysz, "%s: names no database dump", path);
		return -1;
	}
	return 0;
bad:
	snprintf(why, whysz, "%s: a malformed line: %.60s", path, line);
	return -1;
}

/* Check one part of dir against its manifest line: 0, or -1 with why. */
static int
part_check(const char *dir, const struct mline *l, char *why, size_t whysz)
{
	char		 path[PATH_MAX], sha[65];
	uint64_t	 size;

	snprintf(path, sizeof(path), "%s/%s", dir, l->path);
	if (copy_hash(path, NULL, 0, sha, &size, why, whysz) == -1)
		return -1;
	if (size != l->n || strcmp(sha, l->sha) != 0) {
		snprintf(why, whysz, "%s: its SHA-256 is not the manifest's "
		    "(the backup is damaged or was altered)", path);
		return -1;
	}
	return 0;
}

/* Load dir's dump into the database with the mariadb client. */
static int
load(const struct conf *c, const char *dir, char *why, size_t whysz)
{
	char		 path[PATH_MAX], opt[PATH_MAX + 32], tmp[PATH_MAX];
	char		*argv[] = { "mariadb", opt, "--binary-mode",
			    c->db_name, NULL };
	int		 fd, st;

	snprintf(path, sizeof(path), "%s/%s", dir, DUMPFILE);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		snprintf(why, whysz, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (optfile(c, tmp, sizeof(tmp)) == -1) {
		snprintf(why, whysz, "cannot write the client's option file");
		close(fd);
		return -1;
	}
	snprintf(opt, sizeof(opt), "--defaults-file=%s", tmp);
	st = run(argv, fd, -1);
	unlink(tmp);
	close(fd);
	if (st != 0) {
		snprintf(why, whysz, "loading %s with mariadb failed (%d): "
		    "the database is partly restored; empty it before trying "
		    "again", path, st);
		return -1;
	}
	return 0;
}

/* Copy the manifest's files into attach_dir as attach.c keeps them. */
static int
restore_files(const struct conf *c, const char *dir,
    const struct manifest *mf, char *why, size_t whysz)
{
	char		 src[PATH_MAX], d1[PATH_MAX], d2[PATH_MAX];
	char		 dst[PATH_MAX], sha[65];
	const char	*rel;
	uint64_t	 size;
	size_t		 i;

	if (mkdir_ok(c->attach_dir, 0750) == -1) {
		snprintf(why, whysz, "%s: %s", c->attach_dir, strerror(errno));
		return -1;
	}
	for (i = 0; i < mf->nfiles; i++) {
		rel = mf->files[i].path + sizeof(FILESDIR);
		snprintf(src, sizeof(src), "%s/%s", dir, mf->files[i].path);
		snprintf(d1, sizeof(d1), "%s/%.2s", c->attach_dir, rel);
		snprintf(d2, sizeof(d2), "%s/%.5s", c->attach_dir, rel);
		snprintf(dst, sizeof(dst), "%s/%s", c->attach_dir, rel);
		if (mkdir_ok(d1, 0750) == -1 || mkdir_ok(d2, 0750) == -1) {
			snprintf(why, whysz, "%s: %s", d2, strerror(errno));
			return -1;
		}
		if (copy_hash(src, dst, 0640, sha, &size, why, whysz) == -1)
			return -1;
		if (strcmp(sha, mf->files[i].sha) != 0) {
			snprintf(why, whysz, "%s changed while it was being "
			    "restored", src);
			return -1;
		}
	}
	return 0;
}

/* Compare the restored database's tables with the manifest's. */
static int
compare(const struct manifest *mf, const struct scan *s, uint64_t *rows,
    char *why, size_t whysz)
{
	size_t		 i, j;

	*rows = 0;
	if (s->n != mf->ntables) {
		snprintf(why, whysz, "the restored database has %zu tables, "
		    "the manifest %zu", s->n, mf->ntables);
		return -1;
	}
	for (i = 0; i < mf->ntables; i++) {
		for (j = 0; j < s->n; j++)
			if (strcmp(s->t[j].name, mf->tables[i].name) == 0)
				break;
		if (j == s->n) {
			snprintf(why, whysz, "table %s is missing from the "
			    "restored database", mf->tables[i].name);
			return -1;
		}
		if (s->t[j].rows != mf->tables[i].n ||
		    strcmp(s->t[j].sha, mf->tables[i].sha) != 0) {
			snprintf(why, whysz, "table %s: %llu rows restored, "
			    "%llu in the manifest%s", s->t[j].name,
			    (unsigned long long)s->t[j].rows,
			    (unsigned long long)mf->tables[i].n,
			    s->t[j].rows == mf->tables[i].n ?
			    ", and other contents" : "");
			return -1;
		}
		*rows += s->t[j].rows;
	}
	return 0;
}

enum err
backup_restore(struct db *db, const char *dir, FILE *out, char *why,
    size_t whysz)
{
	const struct conf	*c = db_conf(db);
	struct manifest		 mf;
	struct scan		 s;
	struct audit_check	 ck;
	int64_t			 objects = 0;
	uint64_t		 rows;
	size_t			 i;
	int			 found = 0;
	enum err		 e;

	memset(&s, 0, sizeof(s));
	if (c->audit_keylen == 0) {
		snprintf(why, whysz, "no audit key loaded");
		return E_CONF;
	}
	/* 1. The backup: signed, every part as the manifest says. */
	if (manifest_read(c, dir, &mf, why, whysz) == -1) {
		manifest_free(&mf);
		return E_INVALID;
	}
	if (part_check(dir, &mf.dump, why, whysz) == -1)
		goto invalid;
	for (i = 0; i < mf.nfiles; i++)
		if (part_check(dir, &mf.files[i], why, whysz) == -1)
			goto invalid;
	fprintf(out, "backup checked: %s and %zu files match the signed "
	    "manifest\n", DUMPFILE, mf.nfiles);

	/* 2. The targets: empty. */
	if ((e = db_int(db, STMT_RESTORE_OBJECTS, DBNOARGS, &objects,
	    &found)) != E_OK) {
		snprintf(why, whysz, "database %s: %s", c->db_name,
		    err_str(e));
		manifest_free(&mf);
		return e;
	}
	if (objects != 0) {
		snprintf(why, whysz, "database %s is not empty (%lld tables, "
		    "views or routines): restore goes into an empty database "
		    "only", c->db_name, (long long)objects);
		manifest_free(&mf);
		return E_CONFLICT;
	}
	/* The dump's triggers and routine must be creatable. */
	if ((e = db_int(db, STMT_RESTORE_TRIGGERS_BLOCKED, DBNOARGS,
	    &objects, &found)) != E_OK) {
		snprintf(why, whysz, "the server's log_bin: %s", err_str(e));
		manifest_free(&mf);
		return e;
	}
	if (found && objects == 1) {
		snprintf(why, whysz, "the server keeps a binary log and its "
		    "log_bin_trust_function_creators is off: %s may not create "
		    "the triggers and the routine of the schema; set it to 1 "
		    "(README, \"Backup and restore\")", *c->db_admin_user !=
		    '\0' ? c->db_admin_user : c->db_user);
		manifest_free(&mf);
		return E_CONFLICT;
	}
	switch (dir_empty(c->attach_dir)) {
	case 1:
		break;
	case 0:
		snprintf(why, whysz, "attach_dir %s is not empty: restore "
		    "goes into an empty folder only", c->attach_dir);
		manifest_free(&mf);
		return E_CONFLICT;
	default:
		snprintf(why, whysz, "%s: %s", c->attach_dir, strerror(errno));
		manifest_free(&mf);
		return E_SYS;
	}

	/* 3. Write: the database, then the files. */
	fprintf(out, "loading %s into database %s\n", DUMPFILE, c->db_name);
	if (load(c, dir, why, whysz) == -1 ||
	    restore_files(c, dir, &mf, why, whysz) == -1) {
		manifest_free(&mf);
		return E_SYS;
	}
	fprintf(out, "attachments: %zu files into %s\n", mf.nfiles,
	    c->attach_dir);

	/* 4. What was restored is what was backed up. */
	if (dump(c, NULL, 0, &s, why, whysz) == -1) {
		scan_free(&s);
		manifest_free(&mf);
		return E_SYS;
	}
	if (compare(&mf, &s, &rows, why, whysz) == -1) {
		scan_free(&s);
		goto invalid;
	}
	fprintf(out, "database: %zu tables, %llu rows: every table as the "
	    "manifest says\n", s.n, (unsigned long long)rows);
	scan_free(&s);
	if (mf.binlog != NULL && strcmp(mf.binlog, "off") != 0)
		fprintf(out, "binary log position of the backup: %s (replay "
		    "from there for a point in time)\n", mf.binlog);
	manifest_free(&mf);
	if ((e = audit_check(db, &ck)) != E_OK) {
		snprintf(why, whysz, "audit-verify: %s", err_str(e));
		return e;
	}
	if (ck.bad != 0) {
		snprintf(why, whysz, "audit chain BROKEN at row %llu: %s",
		    (unsigned long long)ck.bad, ck.why);
		return E_INVALID;
	}
	fprintf(out, "audit chain intact: %llu rows\n",
	    (unsigned long long)ck.rows);
	return E_OK;
invalid:
	manifest_free(&mf);
	return E_INVALID;
}
