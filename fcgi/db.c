/*
 * db.c: the database layer.  One connection per worker; every statement
 * is a constant of the table in sql.c, prepared on first use and kept for
 * the life of the connection.  Reads outside a transaction survive a
 * server restart (reconnect, re-prepare, run again); a transaction is
 * retried whole on deadlock.  With db_sockets, the nodes of a cluster
 * (MariaDB Galera): each worker starts at its own node and fails over to
 * the next ones when it is gone.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include "extern.h"

#define MAXPARAMS	64
#define TXN_TRIES	8
#define STREAMCOL	65536	/* largest column value of a streamed query */
#define MAXNODES	16	/* sockets of db_sockets */

/*
 * Asked of each node of a cluster on connecting: a Galera node that is
 * joining, a donor or cut off from the cluster's majority says OFF (and
 * a server without Galera gives no row).
 */
#define NODE_READY	"SHOW STATUS LIKE 'wsrep_ready'"

struct dbq {
	struct db	*db;
	MYSQL_STMT	*stmt;
	enum stmt	 id;
	unsigned	 ncols;
	MYSQL_BIND	*res;
	unsigned long	*lens;
	my_bool		*nulls;
	size_t		*offs;
	char		*buf;
	size_t		 bufsz;
	int		 open;
	int		 stream;	/* rows read from the server one by one */
};

struct db {
	MYSQL			*my;
	const struct conf	*conf;
	int			 flags;
	int			 intxn;
	int			 pubchanged;	/* db_public_changed in it */
	unsigned		 lasterrno;
	enum err		 lasterr;
	char			 dupkey[64];	/* key of the last E_DUP */
	char			*nodelist;	/* copy of db_sockets, split */
	const char		*nodes[MAXNODES];
	unsigned		 nnodes;	/* 0: db_socket or db_host */
	unsigned		 home;		/* the node tried first */
	unsigned		 node;		/* the node connected to */
	struct dbq		 q[STMT__MAX];
};

struct dbv
db_str_arg(const char *s)
{
	struct dbv	 v = { .t = DBV_NULL };

	if (s != NULL) {
		v.t = DBV_STR;
		v.s = s;
		v.len = strlen(s);
	}
	return v;
}

/* What each MySQL/MariaDB error number means here (db_classify). */
static const struct {
	unsigned	 no;
	enum err	 e;
} errs[] = {
	{ CR_SERVER_GONE_ERROR, E_DBGONE },
	{ CR_SERVER_LOST, E_DBGONE },
	{ CR_CONNECTION_ERROR, E_DBGONE },
	{ CR_CONN_HOST_ERROR, E_DBGONE },
	{ 2055, E_DBGONE },		/* CR_SERVER_LOST_EXTENDED */
	{ 4031, E_DBGONE },		/* ER_CLIENT_INTERACTION_TIMEOUT */
	{ ER_CONNECTION_KILLED, E_DBGONE },
	{ ER_SERVER_SHUTDOWN, E_DBGONE },
	/* Galera: "WSREP has not yet prepared node for application use". */
	{ ER_UNKNOWN_COM_ERROR, E_DBGONE },
	/* Galera reports a certification conflict as a deadlock. */
	{ ER_LOCK_DEADLOCK, E_DEADLOCK },
	{ ER_LOCK_WAIT_TIMEOUT, E_DEADLOCK },
	{ ER_DUP_ENTRY, E_DUP },
};

enum err
db_classify(unsigned no)
{
	size_t	 i;

	if (no == 0)
		return E_OK;
	for (i = 0; i < sizeof(errs) / sizeof(errs[0]); i++)
		if (errs[i].no == no)
			return errs[i].e;
	return E_DB;
}

/*
 * Which failures of a transaction are run again from the start, by
 * where it failed: [before COMMIT was sent, at COMMIT].
 */
static const struct {
	enum err	 e;
	int		 again[2];
} txn_again[] = {
	{ E_DEADLOCK, { 1, 1 } },	/* nothing of it was committed */
	{ E_DBGONE, { 1, 0 } },		/* at COMMIT: it may have been */
};

int
db_txn_again(enum err e, int at_commit)
{
	size_t	 i;

	for (i = 0; i < sizeof(txn_again) / sizeof(txn_again[0]); i++)
		if (txn_again[i].e == e)
			return txn_again[i].again[at_commit != 0];
	return 0;
}

/*
 * Remember the failure.  A duplicate key's message quotes the duplicate
 * value (a mobile number, a name): only the key's name is kept and
 * logged, never the message.
 */
static enum err
fail(struct db *db, unsigned no, const char *what, const char *msg)
{
	const char	*k;
	size_t		 n;

	db->lasterrno = no;
	db->lasterr = db_classify(no);
	db->dupkey[0] = '\0';
	if (db->lasterr == E_DUP) {
		if ((k = strstr(msg, "for key '")) != NULL) {
			k += strlen("for key '");
			n = strcspn(k, "'");
			if (n >= sizeof(db->dupkey))
				n = sizeof(db->dupkey) - 1;
			memcpy(db->dupkey, k, n);
			db->dupkey[n] = '\0';
		}
		log_info("db: %s: duplicate key %s", what, db->dupkey);
	} else if (db->lasterr == E_DEADLOCK)
		log_info("db: %s: %s", what, msg);
	else
		log_warnx("db: %s: %u %s", what, no, msg);
	return db->lasterr;
}

/* LOAD DATA LOCAL INFILE: only files of sql_dir/data, for migrations. */
static int
infile_init(void **ptr, const char *name, void *userdata)
{
	const struct db	*db = userdata;
	char		 path[PATH_MAX];
	int		*fd;

	if ((fd = malloc(sizeof(*fd))) == NULL)
		return 1;
	*fd = -1;
	*ptr = fd;
	if (strncmp(name, "data/", 5) != 0 || strstr(name, "..") != NULL ||
	    strchr(name + 5, '/') != NULL) {
		log_warnx("db: LOAD DATA of %s refused", name);
		return 1;
	}
	snprintf(path, sizeof(path), "%s/%s", db->conf->sql_dir, name);
	if ((*fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		log_warn("db: %s", path);
		return 1;
	}
	return 0;
}

static int
infile_read(void *ptr, char *buf, unsigned int len)
{
	int	*fd = ptr;

	return (int)read(*fd, buf, len);
}

static void
infile_end(void *ptr)
{
	int	*fd = ptr;

	if (fd != NULL && *fd != -1)
		close(*fd);
	free(fd);
}

static int
infile_error(void *ptr, char *msg, unsigned int len)
{
	(void)ptr;
	snprintf(msg, len, "file refused or unreadable");
	return 2000;
}

/*
 * Connect to the server at socket sock (or db_host).  0, or -1 with the
 * failure remembered and db->my NULL.
 */
static int
connect_one(struct db *db, const char *sock)
{
	const struct conf	*c = db->conf;
	unsigned int		 timeout = 5, rwtimeout = 60;
	my_bool			 off = 0, on = 1;
	int			 tcp = c->db_host != NULL && *c->db_host != '\0';
	const char		*user = c->db_user, *pass = c->db_password;

	/* studioctl: the operator's user, if one is configured. */
	if ((db->flags & DB_ADMIN) && c->db_admin_user != NULL &&
	    *c->db_admin_user != '\0') {
		user = c->db_admin_user;
		pass = c->db_admin_password;
	}

	/* The operator's migrations and rebuilds run as long as they take. */
	if (db->flags & DB_ADMIN)
		rwtimeout = 24 * 3600;
	if ((db->my = mysql_init(NULL)) == NULL)
		fatalx("%s: mysql_init", __func__);
	mysql_options(db->my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(db->my, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_options(db->my, MYSQL_OPT_READ_TIMEOUT, &rwtimeout);
	mysql_options(db->my, MYSQL_OPT_WRITE_TIMEOUT, &rwtimeout);
	mysql_options(db->my, MYSQL_OPT_RECONNECT, &off);
	mysql_options(db->my, MYSQL_INIT_COMMAND,
	    "SET time_zone = '+08:00', sql_mode = 'STRICT_ALL_TABLES,"
	    "NO_ZERO_DATE,NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
	    "NO_ENGINE_SUBSTITUTION'");
	mysql_options(db->my, MYSQL_OPT_LOCAL_INFILE,
	    (db->flags & DB_ADMIN) ? &on : &off);
	if (mysql_real_connect(db->my, tcp ? c->db_host : NULL, user,
	    pass, c->db_name, tcp ? (unsigned)c->db_port : 0,
	    tcp ? NULL : sock, 0) == NULL) {
		fail(db, mysql_errno(db->my), "connect",
		    mysql_error(db->my));
		mysql_close(db->my);
		db->my = NULL;
		return -1;
	}
	if (db->flags & DB_ADMIN)
		mysql_set_local_infile_handler(db->my, infile_init,
		    infile_read, infile_end, infile_error, db);
	return 0;
}

/*
 * 1 when the node connected to takes transactions: wsrep_ready is ON,
 * or the server is no Galera node.  0 otherwise (remembered as E_DBGONE).
 */
static int
node_ready(struct db *db)
{
	MYSQL_RES	*res;
	MYSQL_ROW	 row;
	int		 ok = 1;

	if (mysql_real_query(db->my, NODE_READY, strlen(NODE_READY)) ||
	    (res = mysql_store_result(db->my)) == NULL) {
		fail(db, mysql_errno(db->my), "node state",
		    mysql_error(db->my));
		return 0;
	}
	if ((row = mysql_fetch_row(res)) != NULL && mysql_num_fields(res) > 1)
		ok = row[1] != NULL && strcmp(row[1], "ON") == 0;
	mysql_free_result(res);
	if (!ok) {
		db->lasterrno = ER_UNKNOWN_COM_ERROR;
		db->lasterr = E_DBGONE;
		log_info("db: node %u is not ready", db->node + 1);
	}
	return ok;
}

/*
 * Connect: to db_host, db_socket, or the nodes of db_sockets starting at
 * db->home, the first one up and ready.  0, or -1 with the last failure
 * remembered.
 */
static int
db_connect(struct db *db)
{
	unsigned	 i;

	if (db->nnodes == 0)
		return connect_one(db, db->conf->db_socket);
	for (i = 0; i < db->nnodes; i++) {
		db->node = (db->home + i) % db->nnodes;
		if (connect_one(db, db->nodes[db->node]) == -1)
			continue;
		if (!node_ready(db)) {
			mysql_close(db->my);
			db->my = NULL;
			continue;
		}
		if (i > 0)
			log_info("db: node %u down, connected to node %u",
			    db->home + 1, db->node + 1);
		return 0;
	}
	log_warnx("db: none of %u nodes answers", db->nnodes);
	return -1;
}

static void
db_disconnect(struct db *db)
{
	size_t	 i;

	for (i = 0; i < STMT__MAX; i++) {
		if (db->q[i].stmt != NULL)
			mysql_stmt_close(db->q[i].stmt);
		db->q[i].stmt = NULL;
		db->q[i].open = 0;
	}
	if (db->my != NULL)
		mysql_close(db->my);
	db->my = NULL;
}

struct db *
db_open(const struct conf *c, int flags)
{
	return db_open_node(c, flags, 0);
}

struct db *
db_open_node(const struct conf *c, int flags, unsigned home)
{
	struct db	*db;
	char		*s, *last;
	size_t		 i;

	if ((db = calloc(1, sizeof(*db))) == NULL)
		fatal("%s", __func__);
	db->conf = c;
	db->flags = flags;
	/*
	 * The retries' waits differ from process to process: forked
	 * workers, and studioctl runs side by side, would otherwise wait
	 * alike and meet again.
	 */
	srand((unsigned)getpid() ^ (unsigned)time(NULL));
	if ((c->db_host == NULL || *c->db_host == '\0') &&
	    c->db_sockets != NULL && *c->db_sockets != '\0') {
		if ((db->nodelist = strdup(c->db_sockets)) == NULL)
			fatal("%s", __func__);
		for (s = strtok_r(db->nodelist, " \t,", &last); s != NULL;
		    s = strtok_r(NULL, " \t,", &last)) {
			if (db->nnodes == MAXNODES)
				fatalx("%s: more than %d db_sockets",
				    __func__, MAXNODES);
			db->nodes[db->nnodes++] = s;
		}
		if (db->nnodes > 0)
			db->home = db->node = home % db->nnodes;
	}
	for (i = 0; i < STMT__MAX; i++) {
		db->q[i].db = db;
		db->q[i].id = (enum stmt)i;
	}
	if (db_connect(db) == -1 && !(flags & DB_LAZY)) {
		free(db->nodelist);
		free(db);
		return NULL;
	}
	return db;
}

unsigned
db_node(const struct db *db)
{
	return db->node;
}

void
db_close(struct db *db)
{
	size_t	 i;

	if (db == NULL)
		return;
	db_disconnect(db);
	for (i = 0; i < STMT__MAX; i++) {
		free(db->q[i].res);
		free(db->q[i].lens);
		free(db->q[i].nulls);
		free(db->q[i].offs);
		free(db->q[i].buf);
	}
	free(db->nodelist);
	free(db);
}

const struct conf *
db_conf(const struct db *db)
{
	return db->conf;
}

enum err
db_err(const struct db *db)
{
	return db->lasterr;
}

unsigned
db_errno(const struct db *db)
{
	return db->lasterrno;
}

const char *
db_dupkey(const struct db *db)
{
	return db->dupkey;
}

static int
reconnect(struct db *db)
{
	log_info("db: reconnecting");
	db_disconnect(db);
	return db_connect(db);
}

enum err
db_ping(struct db *db)
{
	if (db->intxn)
		return E_OK;
	if (db->my != NULL && mysql_ping(db->my) == 0) {
		db->lasterr = E_OK;
		return E_OK;
	}
	if (db->my == NULL ? db_connect(db) == -1 : reconnect(db) == -1) {
		db->lasterr = E_DBGONE;
		return E_DBGONE;
	}
	db->lasterr = E_OK;
	return E_OK;
}

int
db_up(const struct db *db)
{
	return db->my != NULL && db->lasterr != E_DBGONE;
}

/*
 * Bind the results as strings: for a stored result set each buffer fits
 * the longest value it holds; for a streamed one, the longest value the
 * column can hold (at most STREAMCOL bytes).
 */
static enum err
bind_results(struct dbq *q)
{
	MYSQL_RES	*meta;
	MYSQL_FIELD	*f;
	unsigned	 i, n;
	size_t		 total = 0, sz;

	if ((meta = mysql_stmt_result_metadata(q->stmt)) == NULL)
		return fail(q->db, mysql_stmt_errno(q->stmt), "metadata",
		    mysql_stmt_error(q->stmt));
	n = mysql_num_fields(meta);
	f = mysql_fetch_fields(meta);
	if (n != q->ncols || q->res == NULL) {
		free(q->res);
		free(q->lens);
		free(q->nulls);
		free(q->offs);
		q->res = calloc(n ? n : 1, sizeof(*q->res));
		q->lens = calloc(n ? n : 1, sizeof(*q->lens));
		q->nulls = calloc(n ? n : 1, sizeof(*q->nulls));
		q->offs = calloc(n ? n : 1, sizeof(*q->offs));
		if (q->res == NULL || q->lens == NULL || q->nulls == NULL ||
		    q->offs == NULL)
			fatal("%s", __func__);
		q->ncols = n;
	}
	for (i = 0; i < n; i++) {
		if (q->stream)
			sz = (f[i].length < STREAMCOL ? f[i].length :
			    STREAMCOL) + 1;
		else
			sz = f[i].max_length + 1;
		if (sz < 64)
			sz = 64;
		q->offs[i] = total;
		total += sz;
	}
	if (total > q->bufsz) {
		free(q->buf);
		if ((q->buf = malloc(total)) == NULL)
			fatal("%s", __func__);
		q->bufsz = total;
	}
	memset(q->res, 0, n * sizeof(*q->res));
	for (i = 0; i < n; i++) {
		q->res[i].buffer_type = MYSQL_TYPE_STRING;
		q->res[i].buffer = q->buf + q->offs[i];
		q->res[i].buffer_length = (i + 1 < n ? q->offs[i + 1] :
		    total) - q->offs[i] - 1;
		q->res[i].length = &q->lens[i];
		q->res[i].is_null = &q->nulls[i];
	}
	mysql_free_result(meta);
	if (mysql_stmt_bind_result(q->stmt, q->res))
		return fail(q->db, mysql_stmt_errno(q->stmt), "bind result",
		    mysql_stmt_error(q->stmt));
	return E_OK;
}

/*
 * Prepare (if need be), bind, execute and store (unless q->stream).
 * One attempt.
 */
static enum err
run_once(struct db *db, struct dbq *q, const struct dbv *args, size_t n)
{
	MYSQL_BIND	 b[MAXPARAMS];
	my_bool		 on = 1;
	size_t		 i;

	if (db->my == NULL && db_connect(db) == -1)
		return db->lasterr;
	if (q->stmt == NULL) {
		if ((q->stmt = mysql_stmt_init(db->my)) == NULL)
			fatalx("%s: mysql_stmt_init", __func__);
		if (mysql_stmt_prepare(q->stmt, stmts[q->id],
		    strlen(stmts[q->id]))) {
			enum err e = fail(db, mysql_stmt_errno(q->stmt),
			    "prepare", mysql_stmt_error(q->stmt));
			mysql_stmt_close(q->stmt);
			q->stmt = NULL;
			return e;
		}
		mysql_stmt_attr_set(q->stmt, STMT_ATTR_UPDATE_MAX_LENGTH, &on);
		if (mysql_stmt_param_count(q->stmt) != n)
			fatalx("%s: statement %d takes %lu parameters, not "
			    "%zu", __func__, q->id,
			    mysql_stmt_param_count(q->stmt), n);
	}
	if (n > MAXPARAMS)
		fatalx("%s: too many parameters", __func__);
	memset(b, 0, n * sizeof(b[0]));
	for (i = 0; i < n; i++) {
		switch (args[i].t) {
		case DBV_NULL:
			b[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		case DBV_INT:
			b[i].buffer_type = MYSQL_TYPE_LONGLONG;
			b[i].buffer = (void *)&args[i].i;
			break;
		case DBV_STR:
			b[i].buffer_type = MYSQL_TYPE_STRING;
			b[i].buffer = (void *)args[i].s;
			b[i].buffer_length = args[i].len;
			break;
		}
	}
	if (n > 0 && mysql_stmt_bind_param(q->stmt, b))
		return fail(db, mysql_stmt_errno(q->stmt), "bind",
		    mysql_stmt_error(q->stmt));
	if (mysql_stmt_execute(q->stmt))
		return fail(db, mysql_stmt_errno(q->stmt), "execute",
		    mysql_stmt_error(q->stmt));
	if (mysql_stmt_field_count(q->stmt) > 0) {
		if (!q->stream && mysql_stmt_store_result(q->stmt))
			return fail(db, mysql_stmt_errno(q->stmt), "store",
			    mysql_stmt_error(q->stmt));
		if (bind_results(q) != E_OK) {
			mysql_stmt_free_result(q->stmt);
			return db->lasterr;
		}
		q->open = 1;
	}
	return E_OK;
}

static enum err
run(struct db *db, enum stmt id, const struct dbv *args, size_t n)
{
	struct dbq	*q = &db->q[id];
	enum err	 e;

	if (q->open)
		fatalx("%s: statement %d still open", __func__, id);
	db->lasterr = E_OK;
	db->lasterrno = 0;
	e = run_once(db, q, args, n);
	if (e == E_DBGONE && !db->intxn) {
		if (reconnect(db) == -1)
			return db->lasterr;
		e = run_once(db, q, args, n);
	}
	return e;
}

static struct dbq *
query(struct db *db, enum stmt id, const struct dbv *args, size_t n,
    int stream)
{
	if (db->q[id].open)
		fatalx("%s: statement %d still open", __func__, id);
	db->q[id].stream = stream;
	if (run(db, id, args, n) != E_OK)
		return NULL;
	if (!db->q[id].open) {
		log_warnx("%s: statement %d returns no rows", __func__, id);
		db->lasterr = E_DB;
		return NULL;
	}
	return &db->q[id];
}

struct dbq *
db_query(struct db *db, enum stmt id, const struct dbv *args, size_t n)
{
	return query(db, id, args, n, 0);
}

struct dbq *
db_stream(struct db *db, enum stmt id, const struct dbv *args, size_t n)
{
	return query(db, id, args, n, 1);
}

int
db_step(struct dbq *q)
{
	unsigned	 i;
	int		 rc;

	rc = mysql_stmt_fetch(q->stmt);
	if (rc == MYSQL_NO_DATA)
		return 0;
	if (rc != 0) {
		fail(q->db, mysql_stmt_errno(q->stmt), "fetch",
		    rc == MYSQL_DATA_TRUNCATED ? "truncated" :
		    mysql_stmt_error(q->stmt));
		return -1;
	}
	for (i = 0; i < q->ncols; i++)
		if (!q->nulls[i])
			((char *)q->res[i].buffer)[q->lens[i]] = '\0';
	return 1;
}

const char *
db_col(struct dbq *q, size_t col)
{
	if (col >= q->ncols)
		fatalx("%s: column %zu of statement %d", __func__, col, q->id);
	return q->nulls[col] ? NULL : q->res[col].buffer;
}

size_t
db_collen(struct dbq *q, size_t col)
{
	return db_col(q, col) == NULL ? 0 : q->lens[col];
}

int64_t
db_coli(struct dbq *q, size_t col)
{
	const char	*s = db_col(q, col);

	return s == NULL ? 0 : strtoll(s, NULL, 10);
}

void
db_end(struct dbq *q)
{
	if (q == NULL || !q->open)
		return;
	mysql_stmt_free_result(q->stmt);
	q->open = 0;
}

enum err
db_one(struct db *db, enum stmt id, const struct dbv *args, size_t n,
    struct dbq **qp)
{
	struct dbq	*q;
	int		 rc;

	*qp = NULL;
	if ((q = db_query(db, id, args, n)) == NULL)
		return db->lasterr != E_OK ? db->lasterr : E_DB;
	if ((rc = db_step(q)) != 1) {
		db_end(q);
		if (rc == 0)
			return E_NOTFOUND;
		return db->lasterr != E_OK ? db->lasterr : E_DB;
	}
	*qp = q;
	return E_OK;
}

enum err
db_exec(struct db *db, enum stmt id, const struct dbv *args, size_t n,
    uint64_t *affected, uint64_t *lastid)
{
	struct dbq	*q = &db->q[id];
	enum err	 e;

	if ((e = run(db, id, args, n)) != E_OK)
		return e;
	if (q->open) {
		db_end(q);
		fatalx("%s: statement %d returns rows", __func__, id);
	}
	if (affected != NULL)
		*affected = mysql_stmt_affected_rows(q->stmt);
	if (lastid != NULL)
		*lastid = mysql_stmt_insert_id(q->stmt);
	return E_OK;
}

enum err
db_int(struct db *db, enum stmt id, const struct dbv *args, size_t n,
    int64_t *out, int *found)
{
	struct dbq	*q;
	int		 rc;

	if ((q = db_query(db, id, args, n)) == NULL)
		return db->lasterr ? db->lasterr : E_DB;
	rc = db_step(q);
	if (rc == 1)
		*out = db_coli(q, 0);
	if (found != NULL)
		*found = rc == 1;
	db_end(q);
	return rc < 0 ? db->lasterr : E_OK;
}

static enum err
simple(struct db *db, const char *sql)
{
	if (db->my == NULL && db_connect(db) == -1)
		return db->lasterr;
	if (mysql_real_query(db->my, sql, strlen(sql)))
		return fail(db, mysql_errno(db->my), sql,
		    mysql_error(db->my));
	return E_OK;
}

enum err
db_txn(struct db *db, enum err (*fn)(void *), void *arg)
{
	enum err	 e;
	int		 try, at_commit;

	for (try = 0; try < TXN_TRIES; try++) {
		e = simple(db, "START TRANSACTION");
		if (e == E_DBGONE) {
			/* Nothing was done yet: reconnect and begin again. */
			if (reconnect(db) == -1)
				return db->lasterr;
			e = simple(db, "START TRANSACTION");
		}
		if (e != E_OK)
			return e;
		db->intxn = 1;
		at_commit = 0;
		e = fn(arg);
		if (e == E_OK) {
			at_commit = 1;
			e = simple(db, "COMMIT");
		}
		db->intxn = 0;
		if (db->pubchanged) {
			db->pubchanged = 0;
			sb_public_changed();
		}
		if (e == E_OK)
			return E_OK;
		if (db->my != NULL && e != E_DBGONE)
			(void)simple(db, "ROLLBACK");
		if (e == E_DBGONE)
			db_disconnect(db);
		if (!db_txn_again(e, at_commit))
			return e;
		if (e == E_DBGONE)
			log_info("db: connection lost, transaction retried "
			    "(%d)", try + 1);
		else
			log_info("db: deadlock, transaction retried (%d)",
			    try + 1);
		usleep((useconds_t)(10000 * (try + 1) + (rand() % 10000)));
	}
	return e;
}

void
db_public_changed(struct db *db)
{
	if (db->intxn)
		db->pubchanged = 1;
	else
		sb_public_changed();
}

const char *
db_public_version(struct db *db, struct arena *a)
{
	char	 buf[64];
	int64_t	 v;

	if (sb_public_version(buf, sizeof(buf)) == 0)
		return astrdup(a, buf);
	if (db_int(db, STMT_PUBLIC_VERSION, DBNOARGS, &v, NULL) != E_OK)
		return NULL;
	sb_public_read(v);
	if (sb_public_version(buf, sizeof(buf)) == -1)
		snprintf(buf, sizeof(buf), "%lld", (long long)v);
	return astrdup(a, buf);
}

enum err
db_script(struct db *db, const char *path, const char *datadir)
{
	FILE		*f;
	char		*text;
	long		 len;
	MYSQL_RES	*res;
	enum err	 e = E_OK;
	int		 st;

	(void)datadir;
	if ((f = fopen(path, "r")) == NULL) {
		log_warn("%s: %s", __func__, path);
		return E_SYS;
	}
	if (fseek(f, 0, SEEK_END) == -1 || (len = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) == -1) {
		fclose(f);
		return E_SYS;
	}
	if ((text = malloc((size_t)len + 1)) == NULL)
		fatal("%s", __func__);
	if (fread(text, 1, (size_t)len, f) != (size_t)len) {
		fclose(f);
		free(text);
		return E_SYS;
	}
	fclose(f);
	text[len] = '\0';
	if (db->my == NULL && db_connect(db) == -1) {
		free(text);
		return db->lasterr;
	}
	mysql_set_server_option(db->my, MYSQL_OPTION_MULTI_STATEMENTS_ON);
	if (mysql_real_query(db->my, text, (unsigned long)len)) {
		e = fail(db, mysql_errno(db->my), path, mysql_error(db->my));
		goto out;
	}
	do {
		if ((res = mysql_store_result(db->my)) != NULL)
			mysql_free_result(res);
		else if (mysql_field_count(db->my) != 0) {
			e = fail(db, mysql_errno(db->my), path,
			    mysql_error(db->my));
			goto out;
		}
		if ((st = mysql_next_result(db->my)) > 0) {
			e = fail(db, mysql_errno(db->my), path,
			    mysql_error(db->my));
			goto out;
		}
	} while (st == 0);
out:
	mysql_set_server_option(db->my, MYSQL_OPTION_MULTI_STATEMENTS_OFF);
	free(text);
	return e;
}

const char *
like_escape(struct arena *a, const char *s)
{
	char	*out, *o;

	o = out = amalloc(a, strlen(s) * 2 + 1);
	for (; *s != '\0'; s++) {
		if (*s == '%' || *s == '_' || *s == '\\')
			*o++ = '\\';
		*o++ = *s;
	}
	*o = '\0';
	return out;
}
