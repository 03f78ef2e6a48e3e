/*
 * conf.c: the configuration file, "key = value" lines with # comments.
 * Every option has a default (conf/studio.conf.example documents them).
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

enum ctype { C_STR, C_INT, C_LONG, C_SIZE, C_MODE, C_LEVEL };

/* The options: name, type, offset in struct conf, default. */
static const struct opt {
	const char	*name;
	enum ctype	 type;
	size_t		 off;
	const char	*def;
} opts[] = {
	{ "socket", C_STR, offsetof(struct conf, socket),
	  "/run/studio/studio.sock" },
	{ "socket_mode", C_MODE, offsetof(struct conf, socket_mode), "0660" },
	{ "workers", C_INT, offsetof(struct conf, workers), "4" },
	{ "max_requests", C_LONG, offsetof(struct conf, max_requests),
	  "10000" },
	{ "user", C_STR, offsetof(struct conf, user), "" },
	{ "group", C_STR, offsetof(struct conf, group), "" },
	{ "pidfile", C_STR, offsetof(struct conf, pidfile), "" },
	{ "db_socket", C_STR, offsetof(struct conf, db_socket),
	  "/run/mysqld/mysqld.sock" },
	{ "db_sockets", C_STR, offsetof(struct conf, db_sockets), "" },
	{ "db_host", C_STR, offsetof(struct conf, db_host), "" },
	{ "db_port", C_INT, offsetof(struct conf, db_port), "3306" },
	{ "db_user", C_STR, offsetof(struct conf, db_user), "studio" },
	{ "db_password", C_STR, offsetof(struct conf, db_password), "" },
	{ "db_name", C_STR, offsetof(struct conf, db_name), "studio" },
	{ "xslt_dir", C_STR, offsetof(struct conf, xslt_dir),
	  "/usr/local/share/studio/xslt" },
	{ "sql_dir", C_STR, offsetof(struct conf, sql_dir),
	  "/usr/local/share/studio/sql" },
	{ "secret_file", C_STR, offsetof(struct conf, secret_file),
	  "/etc/studio/secret" },
	{ "union_ca_file", C_STR, offsetof(struct conf, union_ca_file),
	  "/etc/studio/pki/ca.pem" },
	{ "max_body", C_SIZE, offsetof(struct conf, max_body), "1048576" },
	{ "origin", C_STR, offsetof(struct conf, origin), "" },
	{ "public_origin", C_STR, offsetof(struct conf, public_origin), "" },
	{ "log_file", C_STR, offsetof(struct conf, log_file), "" },
	{ "log_level", C_LEVEL, offsetof(struct conf, log_level), "info" },
	{ "naming_pattern", C_STR, offsetof(struct conf, naming_pattern),
	  "长工创命〔%Y〕%N号" },
	{ "audit_key_file", C_STR, offsetof(struct conf, audit_key_file),
	  "/etc/studio/audit-key" },
	{ "db_admin_user", C_STR, offsetof(struct conf, db_admin_user), "" },
	{ "db_admin_password_file", C_STR,
	  offsetof(struct conf, db_admin_password_file), "" },
	{ "upload_max", C_SIZE, offsetof(struct conf, upload_max), "10485760" },
	{ "upload_files", C_INT, offsetof(struct conf, upload_files), "5" },
	{ "attach_dir", C_STR, offsetof(struct conf, attach_dir),
	  "/var/lib/studio/attachments" },
	{ "slow_ms", C_LONG, offsetof(struct conf, slow_ms), "1000" },
	{ "purge_years", C_INT, offsetof(struct conf, purge_years), "3" },
};

static int
setopt(struct conf *c, const struct opt *o, const char *val)
{
	char		*end, **sp;
	long long	 n;
	void		*field = (char *)c + o->off;

	switch (o->type) {
	case C_STR:
		sp = field;
		free(*sp);
		if ((*sp = strdup(val)) == NULL)
			return -1;
		return 0;
	case C_LEVEL:
		if (strcmp(val, "warn") == 0)
			*(enum loglevel *)field = LOG_LVL_WARN;
		else if (strcmp(val, "info") == 0)
			*(enum loglevel *)field = LOG_LVL_INFO;
		else if (strcmp(val, "debug") == 0)
			*(enum loglevel *)field = LOG_LVL_DEBUG;
		else
			return -1;
		return 0;
	default:
		break;
	}
	errno = 0;
	n = strtoll(val, &end, o->type == C_MODE ? 8 : 10);
	if (errno != 0 || end == val || *end != '\0' || n < 0)
		return -1;
	switch (o->type) {
	case C_INT:
		if (n > 65535)
			return -1;
		*(int *)field = (int)n;
		break;
	case C_MODE:
		if (n > 0777)
			return -1;
		*(unsigned *)field = (unsigned)n;
		break;
	case C_LONG:
		*(long *)field = (long)n;
		break;
	case C_SIZE:
		*(size_t *)field = (size_t)n;
		break;
	default:
		return -1;
	}
	return 0;
}

/*
 * 1 when s is an origin as a link to the public site starts: empty (the
 * request's Host then), or http:// or https://, a host name, IPv4 or
 * bracketed IPv6 address and an optional port, with no path, query,
 * user or trailing slash.
 */
static int
origin_ok(const char *s)
{
	size_t	 n;

	if (*s == '\0')
		return 1;
	if (strncmp(s, "https://", 8) == 0)
		s += 8;
	else if (strncmp(s, "http://", 7) == 0)
		s += 7;
	else
		return 0;
	if (*s == '[') {
		n = strspn(s + 1, "0123456789abcdefABCDEF:.");
		if (n == 0 || s[n + 1] != ']')
			return 0;
		s += n + 2;
	} else {
		n = strspn(s, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");
		if (n == 0 || n > 253)
			return 0;
		s += n;
	}
	if (*s == ':') {
		n = strspn(s + 1, "0123456789");
		if (n == 0 || n > 5)
			return 0;
		s += n + 1;
	}
	return *s == '\0';
}

static char *
trim(char *s)
{
	char	*e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

/*
 * Read a key file: 64 to 128 hex digits (32 to 64 bytes), blanks around
 * allowed.  Fills key (64 bytes) and *len; E_OK or E_CONF (logged).
 */
static enum err
read_hexkey(const char *path, unsigned char key[64], size_t *len)
{
	FILE		*f;
	char		 buf[512], *p;
	size_t		 n, i;
	unsigned	 byte;

	*len = 0;
	if ((f = fopen(path, "r")) == NULL) {
		log_warn("%s: %s", __func__, path);
		return E_CONF;
	}
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = trim(buf);
	n = strlen(p);
	if (n < 64 || n % 2 != 0 || n / 2 > 64) {
		log_warnx("%s: %s: need 64 to 128 hex digits", __func__, path);
		explicit_bzero(buf, sizeof(buf));
		return E_CONF;
	}
	for (i = 0; i < n / 2; i++) {
		if (sscanf(p + 2 * i, "%2x", &byte) != 1 ||
		    !isxdigit((unsigned char)p[2 * i]) ||
		    !isxdigit((unsigned char)p[2 * i + 1])) {
			log_warnx("%s: %s: not hex", __func__, path);
			explicit_bzero(buf, sizeof(buf));
			explicit_bzero(key, 64);
			return E_CONF;
		}
		key[i] = (unsigned char)byte;
	}
	explicit_bzero(buf, sizeof(buf));
	*len = n / 2;
	return E_OK;
}

/*
 * The CSRF secret and the audit key.  The audit key signs the audit
 * chain (audit.c), so it must not be the CSRF secret, which a reader of
 * that file could otherwise use to rewrite the chain.
 */
static enum err
read_secret(struct conf *c)
{
	if (read_hexkey(c->secret_file, c->secret, &c->secretlen) != E_OK)
		return E_CONF;
	if (read_hexkey(c->audit_key_file, c->audit_key,
	    &c->audit_keylen) != E_OK)
		return E_CONF;
	if (c->secretlen == c->audit_keylen &&
	    memcmp(c->secret, c->audit_key, c->secretlen) == 0) {
		log_warnx("%s: %s is the same key as %s; the audit key must "
		    "be a key of its own", __func__, c->audit_key_file,
		    c->secret_file);
		return E_CONF;
	}
	return E_OK;
}

enum err
conf_admin(struct conf *c)
{
	FILE	*f;
	char	 buf[512], *p;
	size_t	 n;

	if (c->db_admin_password_file == NULL ||
	    *c->db_admin_password_file == '\0')
		return E_OK;
	if ((f = fopen(c->db_admin_password_file, "r")) == NULL) {
		log_warn("%s: %s", __func__, c->db_admin_password_file);
		return E_CONF;
	}
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = trim(buf);
	if (strchr(p, '\n') != NULL || n == sizeof(buf) - 1) {
		log_warnx("%s: %s: one line expected", __func__,
		    c->db_admin_password_file);
		explicit_bzero(buf, sizeof(buf));
		return E_CONF;
	}
	free(c->db_admin_password);
	if ((c->db_admin_password = strdup(p)) == NULL) {
		explicit_bzero(buf, sizeof(buf));
		return E_CONF;
	}
	explicit_bzero(buf, sizeof(buf));
	return E_OK;
}

enum err
conf_load(const char *path, struct conf *c, int need_secret)
{
	FILE		*f;
	char		 line[2048], *p, *eq, *key, *val;
	size_t		 i, lineno = 0;
	enum err	 rc = E_CONF;

	memset(c, 0, sizeof(*c));
	for (i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
		if (setopt(c, &opts[i], opts[i].def) == -1)
			fatalx("%s: bad default for %s", __func__,
			    opts[i].name);
	if ((f = fopen(path, "r")) == NULL) {
		log_warn("%s: %s", __func__, path);
		return E_CONF;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			log_warnx("%s:%zu: line too long", path, lineno);
			goto out;
		}
		p = trim(line);
		if (*p == '\0' || *p == '#')
			continue;
		if ((eq = strchr(p, '=')) == NULL) {
			log_warnx("%s:%zu: expected key = value", path, lineno);
			goto out;
		}
		*eq = '\0';
		key = trim(p);
		val = trim(eq + 1);
		for (i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
			if (strcmp(opts[i].name, key) == 0)
				break;
		if (i == sizeof(opts) / sizeof(opts[0])) {
			log_warnx("%s:%zu: unknown option %s", path, lineno,
			    key);
			goto out;
		}
		if (setopt(c, &opts[i], val) == -1) {
			log_warnx("%s:%zu: bad value for %s", path, lineno,
			    key);
			goto out;
		}
	}
	if (c->workers < 1 || c->workers > 256) {
		log_warnx("%s: workers must be 1 to 256", path);
		goto out;
	}
	if (c->max_body < 1024 || c->max_body > 64 * 1024 * 1024) {
		log_warnx("%s: max_body must be 1024 to 67108864", path);
		goto out;
	}
	/* upload_max * upload_files + 1 MB stays within 2 GB (an int). */
	if (c->upload_max < 1024 || c->upload_max > 256 * 1024 * 1024) {
		log_warnx("%s: upload_max must be 1024 to 268435456", path);
		goto out;
	}
	if (c->upload_files < 1 || c->upload_files > 7) {
		log_warnx("%s: upload_files must be 1 to 7", path);
		goto out;
	}
	if (c->slow_ms > 3600 * 1000L) {
		log_warnx("%s: slow_ms must be 0 to 3600000", path);
		goto out;
	}
	if (c->attach_dir[0] != '/') {
		log_warnx("%s: attach_dir must be an absolute path", path);
		goto out;
	}
	if (!origin_ok(c->public_origin)) {
		log_warnx("%s: public_origin must be https://host[:port], "
		    "without a path", path);
		goto out;
	}
	if (need_secret && read_secret(c) != E_OK)
		goto out;
	rc = E_OK;
out:
	fclose(f);
	return rc;
}

void
conf_free(struct conf *c)
{
	size_t	 i;

	for (i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
		if (opts[i].type == C_STR) {
			free(*(char **)((char *)c + opts[i].off));
			*(char **)((char *)c + opts[i].off) = NULL;
		}
	explicit_bzero(c->secret, sizeof(c->secret));
	explicit_bzero(c->audit_key, sizeof(c->audit_key));
	c->secretlen = c->audit_keylen = 0;
	if (c->db_admin_password != NULL) {
		explicit_bzero(c->db_admin_password,
		    strlen(c->db_admin_password));
		free(c->db_admin_password);
		c->db_admin_password = NULL;
	}
}
