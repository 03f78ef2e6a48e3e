/*
 * pool.c: the prefork master and its workers, in the manner of php-fpm
 * and slowcgi.  The master opens (or inherits) the FastCGI socket, loads
 * the configuration and the stylesheets, drops privileges and forks the
 * workers; it replaces a worker that dies (with a crash-rate breaker),
 * reloads on SIGHUP, and on SIGTERM lets the workers finish their request
 * and stops.  A reload checks the new configuration and stylesheets in a
 * child first; if they load, the master executes itself afresh (same
 * pid, same argv), handing the listening socket and its workers' pids to
 * the new image through the environment: the new image starts its own
 * workers, then tells the old ones to finish their request and exit, and
 * reaps them.  So the master's heap does not carry the pieces of every
 * stylesheet set it ever compiled.  If they do not load, the old
 * configuration and stylesheets stay, with a new generation of workers.
 * The pool's counters live in a scoreboard (scoreboard.c) mapped before
 * the first fork and handed over to the new image the same way, so that
 * a reload keeps them.  SIGUSR1 opens the log file anew, in the master
 * and in every worker (logrotate's postrotate).  Signals are taken synchronously with sigtimedwait(), so no
 * handler runs in the master.  A worker serves requests one at a time,
 * each with its own arena, and recycles after max_requests.
 */
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <libgen.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "extern.h"

#define MAXSLOTS	SB_SLOTS	/* the scoreboard's slot is the pool's */
#define CRASH_WINDOW	10	/* seconds */
#define CRASH_HOLD	5	/* seconds without respawns once tripped */
#define STOP_WAIT	30	/* seconds for workers to finish */
#define ENV_FD		"STUDIOD_REEXEC_FD"	/* "fd created" */
#define ENV_OLD		"STUDIOD_REEXEC_OLD"	/* "pid pid ..." */
#define GEN_OLD		(-1)	/* the workers of the image before */

static struct slot {
	pid_t	 pid;
	int	 gen;
} slots[MAXSLOTS];

static int			 gen;
static volatile sig_atomic_t	 worker_stop;
static int			 local_socket;	/* the pool's socket is AF_UNIX */
static volatile sig_atomic_t	 worker_reopen;
static char *const		*master_argv;

void
pool_argv(char *const *argv)
{
	master_argv = argv;
}

/* Whether the listening socket fd is a local (AF_UNIX) one. */
static int
socket_local(int fd)
{
	struct sockaddr_storage	 ss;
	socklen_t		 len = sizeof(ss);

	if (getsockname(fd, (struct sockaddr *)&ss, &len) == -1)
		return 0;
	return ss.ss_family == AF_UNIX;
}

static void
worker_term(int sig)
{
	(void)sig;
	worker_stop = 1;
	FCGX_ShutdownPending();
}

static void
worker_usr1(int sig)
{
	(void)sig;
	worker_reopen = 1;
}

/* SIGUSR1 came: the log file anew (between requests). */
static void
worker_log(const struct conf *c)
{
	if (!worker_reopen)
		return;
	worker_reopen = 0;
	if (log_init(c->log_file, c->log_level, "studiod-worker") == -1)
		log_warn("worker: reopening the log");
}

/*
 * One request on its scoreboard slot: its time from accept to its last
 * byte handed to libfcgi, logged with its route when slow_ms or longer.
 *
 * The end of a request costs as few wake-ups of nginx as it can: no
 * flush of its own, so that libfcgi writes the last bytes of the page
 * and the end records in one write; and on a local (AF_UNIX) socket the
 * connection is closed at once (FCGX_Detach: no shutdown, then a wait
 * for nginx to close first), since the response queued on such a socket
 * is read by nginx whole whatever this side does.  On TCP, closing with
 * unread bytes could reset the connection before nginx has read the
 * response: libfcgi's lingering close stays.
 */
static void
serve(struct req *r, struct conf *c, int slot)
{
	int64_t	 t0, ms;
	int	 slow;

	t0 = sb_now_ms();
	sb_begin(slot);
	r->page = PAGE__MAX;
	route_serve(r);
	if (r->doc != NULL)
		xmlFreeDoc(r->doc);
	/* The parameters live until FCGX_Finish_r. */
	ms = sb_now_ms() - t0;
	slow = c->slow_ms > 0 && ms >= c->slow_ms;
	if (slow)
		route_log_slow(r, ms);
	if (local_socket)
		FCGX_Detach(r->fr);
	FCGX_Finish_r(r->fr);
	sb_end(slot, r->page, ms, slow, db_up(r->db) ? SBDB_UP : SBDB_DOWN);
}

/*
 * A worker: one database connection, one arena, requests in turn; slot is
 * its place on the scoreboard, and picks its node of a cluster
 * (db_sockets).
 */
static void __attribute__((noreturn))
worker(struct conf *c, int fd, int slot)
{
	FCGX_Request		 fr;
	struct sigaction	 sa;
	sigset_t		 term, none;
	struct arena		*a;
	struct db		*db;
	struct req		 r;
	long			 served = 0;

	log_setident("studiod-worker");
	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = worker_term;	/* no SA_RESTART: accept() ends */
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = worker_usr1;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_flags = 0;
	sa.sa_handler = SIG_IGN;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGPIPE, &sa, NULL);
	sa.sa_handler = SIG_DFL;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGCHLD, &sa, NULL);
	sigemptyset(&none);
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	/* SIGTERM is taken only while waiting for a request. */
	sigprocmask(SIG_SETMASK, &term, NULL);

	srand((unsigned)getpid() ^ (unsigned)time(NULL));
	if ((db = db_open_node(c, DB_LAZY, (unsigned)slot)) == NULL)
		fatalx("worker: database");
	a = arena_new();
	if (FCGX_InitRequest(&fr, fd, 0) != 0)
		fatalx("worker: FCGX_InitRequest");
	local_socket = socket_local(fd);
	while (!worker_stop) {
		sigprocmask(SIG_SETMASK, &none, NULL);
		if (worker_stop) {
			sigprocmask(SIG_SETMASK, &term, NULL);
			break;
		}
		if (FCGX_Accept_r(&fr) < 0) {
			sigprocmask(SIG_SETMASK, &term, NULL);
			break;
		}
		sigprocmask(SIG_SETMASK, &term, NULL);
		worker_log(c);
		memset(&r, 0, sizeof(r));
		r.fr = &fr;
		r.a = a;
		r.conf = c;
		r.db = db;
		serve(&r, c, slot);
		arena_reset(a);
		worker_log(c);
		if (c->max_requests > 0 && ++served >= c->max_requests)
			break;
	}
	FCGX_Finish_r(&fr);
	db_close(db);
	arena_free(a);
	/*
	 * The stylesheets are the master's, shared: freeing them here would
	 * only copy their pages into this process on its way out.
	 */
	_exit(0);
}

/* Fork a worker into a free slot (respawn: replacing a dead one). */
static int
spawn(struct conf *c, int fd, int respawn)
{
	pid_t	 pid;
	size_t	 i;

	for (i = 0; i < MAXSLOTS; i++)
		if (slots[i].pid == 0)
			break;
	if (i == MAXSLOTS) {
		log_warnx("pool: no free slot");
		return -1;
	}
	switch ((pid = fork())) {
	case -1:
		log_warn("pool: fork");
		return -1;
	case 0:
		worker(c, fd, (int)i);
	default:
		slots[i].pid = pid;
		slots[i].gen = gen;
		sb_spawned((int)i, pid, gen, respawn);
		return 0;
	}
}

static int
count(int g)
{
	size_t	 i;
	int	 n = 0;

	for (i = 0; i < MAXSLOTS; i++)
		if (slots[i].pid != 0 && (g < 0 || slots[i].gen == g))
			n++;
	return n;
}

static void
signal_gen(int g, int sig)
{
	size_t	 i;

	for (i = 0; i < MAXSLOTS; i++)
		if (slots[i].pid != 0 && (g < 0 || slots[i].gen == g))
			kill(slots[i].pid, sig);
}

/* Reap dead workers; returns how many of the current ones crashed. */
static int
reap(void)
{
	pid_t	 pid;
	int	 st, crashed = 0;
	size_t	 i;

	while ((pid = waitpid(-1, &st, WNOHANG)) > 0) {
		for (i = 0; i < MAXSLOTS; i++)
			if (slots[i].pid == pid)
				break;
		if (i == MAXSLOTS)
			continue;
		slots[i].pid = 0;
		if (WIFEXITED(st) && WEXITSTATUS(st) == 0) {
			log_debug("pool: worker %ld exited", (long)pid);
			/* Of the current generation: max_requests. */
			sb_gone((int)i, slots[i].gen == gen ? SBX_RECYCLED :
			    SBX_EXITED);
			continue;
		}
		sb_gone((int)i, SBX_CRASH);
		if (WIFSIGNALED(st))
			log_warnx("pool: worker %ld killed by signal %d",
			    (long)pid, WTERMSIG(st));
		else
			log_warnx("pool: worker %ld exited with %d",
			    (long)pid, WEXITSTATUS(st));
		if (slots[i].gen == gen)
			crashed++;
	}
	return crashed;
}

static int
open_socket(const struct conf *c, uid_t uid, gid_t gid, int *created)
{
	struct stat	 st;
	const char	*e;
	int		 fd, type;
	socklen_t	 len = sizeof(type);

	*created = 0;
	if ((e = getenv(ENV_FD)) != NULL) {
		/* Handed over by the image before this one (a reload). */
		if (sscanf(e, "%d %d", &fd, created) != 2 || fd < 0 ||
		    getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) == -1)
			fatalx("pool: %s: no socket", ENV_FD);
		fcntl(fd, F_SETFD, FD_CLOEXEC);
		unsetenv(ENV_FD);
		return fd;
	}
	if (c->socket == NULL || *c->socket == '\0') {
		/* Inherited from spawn-fcgi or systemd on fd 0. */
		if (getsockopt(0, SOL_SOCKET, SO_TYPE, &type, &len) == -1)
			fatalx("pool: no socket configured and fd 0 is not "
			    "a socket");
		return 0;
	}
	if (lstat(c->socket, &st) == 0) {
		if (!S_ISSOCK(st.st_mode))
			fatalx("pool: %s exists and is not a socket",
			    c->socket);
		unlink(c->socket);
	}
	if ((fd = FCGX_OpenSocket(c->socket, 128)) < 0)
		fatal("pool: %s", c->socket);
	if (chmod(c->socket, c->socket_mode) == -1)
		fatal("pool: chmod %s", c->socket);
	if (uid != (uid_t)-1 && chown(c->socket, uid, gid) == -1)
		fatal("pool: chown %s", c->socket);
	*created = 1;
	return fd;
}

static void
write_pidfile(const char *path)
{
	FILE	*f;

	if (path == NULL || *path == '\0')
		return;
	if ((f = fopen(path, "w")) == NULL)
		fatal("pool: %s", path);
	fprintf(f, "%ld\n", (long)getpid());
	fclose(f);
}

/*
 * Whether the configuration at path, its union CA and its stylesheets
 * load: tried in a child, so that nothing of them stays in the master.
 */
static int
reload_check(const char *path)
{
	struct conf	 nc;
	pid_t		 pid;
	int		 st;

	switch ((pid = fork())) {
	case -1:
		log_warn("pool: fork");
		return 0;
	case 0:
		if (conf_load(path, &nc, 1) != E_OK) {
			log_warnx("pool: configuration not reloaded");
			_exit(1);
		}
		if (cert_ca_load(nc.union_ca_file) != E_OK) {
			log_warnx("pool: union CA not reloaded");
			_exit(1);
		}
		if (xslt_load(nc.xslt_dir) != E_OK) {
			log_warnx("pool: stylesheets not reloaded");
			_exit(1);
		}
		_exit(0);
	default:
		while (waitpid(pid, &st, 0) == -1)
			if (errno != EINTR)
				return 0;
		return WIFEXITED(st) && WEXITSTATUS(st) == 0;
	}
}

/*
 * Execute the master afresh with the same argv, keeping the socket fd
 * (created: whether this master created its path) and the workers,
 * whose pids go to the new image.  Returns only if exec failed.
 */
static void
reexec(int fd, int created)
{
	char	*old, buf[32];
	size_t	 i, len = 0, sz = MAXSLOTS * 12 + 1;
	int	 fl;

	if (master_argv == NULL)
		return;
	old = malloc(sz);
	if (old == NULL)
		return;
	old[0] = '\0';
	for (i = 0; i < MAXSLOTS; i++)
		if (slots[i].pid != 0)
			len += (size_t)snprintf(old + len, sz - len, "%ld ",
			    (long)slots[i].pid);
	snprintf(buf, sizeof(buf), "%d %d", fd, created);
	if ((fl = fcntl(fd, F_GETFD)) == -1 ||
	    fcntl(fd, F_SETFD, fl & ~FD_CLOEXEC) == -1 ||
	    setenv(ENV_FD, buf, 1) == -1 || setenv(ENV_OLD, old, 1) == -1 ||
	    sb_handover() == -1) {
		log_warn("pool: re-executing");
		unsetenv(ENV_FD);
		unsetenv(ENV_OLD);
		free(old);
		return;
	}
	log_info("pool: reloading by executing afresh");
	execv("/proc/self/exe", master_argv);
	log_warn("pool: execv /proc/self/exe");
	unsetenv(ENV_FD);
	unsetenv(ENV_OLD);
	sb_handover_undo();
	free(old);
}

/*
 * In a new image after a reload: the workers of the image before, as
 * slots of generation GEN_OLD, each in the slot it has on the scoreboard
 * handed over (where it goes on counting), else in a free one.  The
 * scoreboard's other slots are emptied.  leave_old() then tells them to
 * finish their request and exit.
 */
static void
adopt_old(void)
{
	const char	*e = getenv(ENV_OLD);
	char		*end;
	long		 pid;
	size_t		 i;
	int		 j;

	while (e != NULL && *e != '\0') {
		pid = strtol(e, &end, 10);
		if (end == e)
			break;
		e = end;
		if (pid <= 0)
			continue;
		if ((j = sb_find((pid_t)pid)) >= 0 && slots[j].pid == 0)
			i = (size_t)j;
		else
			for (i = 0; i < MAXSLOTS && slots[i].pid != 0; i++)
				continue;
		if (i == MAXSLOTS)
			break;
		slots[i].pid = (pid_t)pid;
		slots[i].gen = GEN_OLD;
		sb_adopted((int)i, (pid_t)pid);
	}
	unsetenv(ENV_OLD);
	for (i = 0; i < MAXSLOTS; i++)
		if (slots[i].pid == 0)
			sb_gone((int)i, SBX_EXITED);
}

static void
leave_old(void)
{
	size_t	 i;

	for (i = 0; i < MAXSLOTS; i++)
		if (slots[i].pid != 0 && slots[i].gen == GEN_OLD)
			kill(slots[i].pid, SIGTERM);
}

/*
 * Reload in this image (when executing afresh failed): the new
 * configuration, union CA and stylesheets replace those in force, or,
 * if any does not load, those in force stay.
 */
static void
reload_here(const char *confpath, struct conf *c)
{
	struct conf	 nc;

	if (conf_load(confpath, &nc, 1) != E_OK)
		log_warnx("pool: configuration not reloaded");
	else if (cert_ca_load(nc.union_ca_file) != E_OK) {
		log_warnx("pool: union CA not reloaded");
		conf_free(&nc);
	} else if (xslt_load(nc.xslt_dir) != E_OK) {
		log_warnx("pool: stylesheets not reloaded");
		conf_free(&nc);
	} else {
		if (strcmp(nc.socket, c->socket) != 0)
			log_warnx("pool: a new socket needs a restart");
		log_init(nc.log_file, nc.log_level, "studiod");
		conf_free(c);
		*c = nc;
		sb_conf(c);
	}
}

int
pool_run(const char *confpath, struct conf *c)
{
	struct passwd	*pw = NULL;
	struct group	*gr;
	uid_t		 uid = (uid_t)-1;
	gid_t		 gid = (gid_t)-1;
	sigset_t	 set;
	siginfo_t	 si;
	struct timespec	 tick = { 1, 0 };
	time_t		 crashes[64], hold = 0, now, deadline;
	size_t		 ncrash = 0, i;
	int		 fd, created, sig, stopping = 0, n, reloaded, kept;

	if (getuid() == 0 && c->user != NULL && *c->user != '\0') {
		if ((pw = getpwnam(c->user)) == NULL)
			fatalx("pool: no user %s", c->user);
		uid = pw->pw_uid;
		gid = pw->pw_gid;
		if (c->group != NULL && *c->group != '\0') {
			if ((gr = getgrnam(c->group)) == NULL)
				fatalx("pool: no group %s", c->group);
			gid = gr->gr_gid;
		}
	}
	if (FCGX_Init() != 0)
		fatalx("pool: FCGX_Init");
	reloaded = getenv(ENV_FD) != NULL;
	fd = open_socket(c, uid, gid, &created);
	/* Before the first fork: the workers share it. */
	kept = sb_init(c);
	if (reloaded && !kept)
		log_info("pool: the counters start anew");
	if (reloaded && master_argv != NULL && master_argv[0] != NULL)
		prctl(PR_SET_NAME, basename(master_argv[0]));
	if (xslt_load(c->xslt_dir) != E_OK)
		fatalx("pool: stylesheets do not load");
	if (cert_ca_load(c->union_ca_file) != E_OK)
		fatalx("pool: union_ca_file %s: the union CA certificate "
		    "does not load", c->union_ca_file);
	if (!reloaded)
		write_pidfile(c->pidfile);
	if (pw != NULL) {
		if (setgroups(1, &gid) == -1 || setgid(gid) == -1 ||
		    setuid(uid) == -1)
			fatal("pool: dropping privileges to %s", c->user);
		if (setuid(0) != -1)
			fatalx("pool: privileges not dropped");
		log_info("pool: running as %s", c->user);
	}

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	log_info("pool: %s, %d workers on %s", reloaded ? "reloaded" :
	    "started", c->workers, created ? c->socket : "inherited socket");
	adopt_old();
	for (n = 0; n < c->workers; n++)
		spawn(c, fd, 0);
	/* Only once the new workers are there: the old ones leave. */
	leave_old();

	for (;;) {
		sig = sigtimedwait(&set, &si, &tick);
		now = time(NULL);
		if (sig == SIGCHLD || sig == -1) {
			n = reap();
			while (n-- > 0) {
				if (ncrash == sizeof(crashes) / sizeof(crashes[0]))
					ncrash--, memmove(crashes, crashes + 1,
					    ncrash * sizeof(crashes[0]));
				crashes[ncrash++] = now;
			}
			for (i = n = 0; i < ncrash; i++)
				if (now - crashes[i] < CRASH_WINDOW)
					n++;
			if (n > 2 * c->workers && hold <= now) {
				log_warnx("pool: %d crashes in %d s, holding "
				    "respawns for %d s", n, CRASH_WINDOW,
				    CRASH_HOLD);
				hold = now + CRASH_HOLD;
				ncrash = 0;
				sb_breaker(hold, 1);
			}
		} else if (sig == SIGHUP && !stopping) {
			log_info("pool: reloading");
			sb_reloaded();
			if (!reload_check(confpath))
				log_warnx("pool: the configuration and "
				    "stylesheets in force are kept");
			else {
				reexec(fd, created);
				reload_here(confpath, c);
			}
			/* A new generation replaces the old one. */
			signal_gen(gen, SIGTERM);
			gen++;
			for (n = 0; n < c->workers; n++)
				spawn(c, fd, 0);
		} else if (sig == SIGUSR1) {
			/* logrotate moved the file: a new one, everywhere. */
			if (log_init(c->log_file, c->log_level, "studiod") == -1)
				log_warn("pool: reopening the log");
			else
				log_info("pool: log reopened");
			signal_gen(-1, SIGUSR1);
		} else if (sig == SIGTERM || sig == SIGINT) {
			log_info("pool: stopping");
			stopping = 1;
			signal_gen(-1, SIGTERM);
			break;
		}
		if (!stopping && hold <= now)
			while (count(gen) < c->workers && spawn(c, fd, 1) == 0)
				continue;
	}

	deadline = time(NULL) + STOP_WAIT;
	while (count(-1) > 0 && time(NULL) < deadline) {
		sig = sigtimedwait(&set, &si, &tick);
		reap();
	}
	if (count(-1) > 0) {
		log_warnx("pool: %d workers did not stop, killing",
		    count(-1));
		signal_gen(-1, SIGKILL);
		while (count(-1) > 0 && waitpid(-1, NULL, 0) > 0)
			reap();
	}
	if (created)
		unlink(c->socket);
	if (c->pidfile != NULL && *c->pidfile != '\0')
		unlink(c->pidfile);
	xslt_free();
	log_info("pool: stopped");
	return 0;
}
