/*
 * scoreboard.c: the pool's counters in shared memory, in the manner of
 * php-fpm's scoreboard and Apache's.  The master maps one page set
 * MAP_SHARED before it forks (a memfd, so that the same pages survive
 * the master executing itself afresh on SIGHUP; an anonymous mapping
 * where memfd_create is missing), and every worker inherits it.  Each
 * worker writes only its own slot and adds to the pool's totals with
 * atomic additions; the master writes the slots' pids, the restarts and
 * the crash breaker; the status page (h_status.c) reads it all.  No
 * lock: a reader may see one request counted in a worker's slot and not
 * yet in the totals, never a torn number.
 *
 * It also holds the public site's data version for the workers' ETags
 * (sb_public_version): the database's figure as a worker last read it,
 * reread once a second, and the count of the pool's own public writes,
 * which every such write advances as soon as its transaction ends.
 *
 * Nothing personal is kept: a request is its route's index, never its
 * path or query.
 */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "extern.h"

#define SB_MAGIC	0x53425354u	/* "STBS" */
#define SB_VERSION	2u		/* of struct sb's layout */
#define PUBLIC_MS	1000		/* the public version's read, good for */
#define ENV_SB		"STUDIOD_REEXEC_SB"	/* "fd" of the memfd */

#define LD(x)		__atomic_load_n(&(x), __ATOMIC_RELAXED)
#define ST(x, v)	__atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
#define ADD(x, v)	__atomic_add_fetch(&(x), (v), __ATOMIC_RELAXED)

struct sb_slot {
	int32_t		 pid;		/* 0: free */
	int32_t		 gen;		/* the master's generation */
	int32_t		 busy;		/* serving a request */
	int32_t		 db;		/* enum sbdb after its last request */
	int32_t		 page;		/* route of its last request, or -1 */
	int32_t		 pad;
	int64_t		 started;	/* time(3) it was forked */
	int64_t		 since_ms;	/* sb_now_ms() its request began */
	int64_t		 last_ms;	/* duration of its last request */
	uint64_t	 requests;	/* served */
};

struct sb {
	uint32_t	 magic;
	uint32_t	 version;
	uint32_t	 nslots;
	uint32_t	 pad;
	int64_t		 started;	/* the pool's start (kept on reload) */
	int64_t		 reloaded;	/* the last reload, 0: none */
	int64_t		 hold_until;	/* the breaker: no respawn until */
	int64_t		 workers;	/* configured */
	int64_t		 slow_ms;	/* configured threshold, 0: off */
	int64_t		 max_requests;	/* configured */
	uint64_t	 requests;	/* served, every worker ever */
	uint64_t	 slow;		/* of which slow */
	uint64_t	 duration_ms;	/* their time together */
	uint64_t	 spawned;	/* workers forked */
	uint64_t	 respawned;	/* of which replaced a dead one */
	uint64_t	 crashes;	/* died by a signal or an exit status */
	uint64_t	 recycled;	/* left after max_requests */
	uint64_t	 reloads;
	uint64_t	 trips;		/* times the breaker held respawns */
	int64_t		 pub_version;	/* meta.public_version as last read */
	int64_t		 pub_read_ms;	/* sb_now_ms() of that read, 0: none */
	uint64_t	 pub_local;	/* the pool's public writes */
	struct sb_slot	 slot[SB_SLOTS];
};

static struct sb	*sb;
static int		 sbfd = -1;

const char *const sbdb_names[SBDB__MAX] = {
	[SBDB_UNKNOWN] = "unknown",
	[SBDB_UP] = "up",
	[SBDB_DOWN] = "down",
};

int64_t
sb_now_ms(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
sb_fresh(void)
{
	size_t	 i;

	memset(sb, 0, sizeof(*sb));
	sb->magic = SB_MAGIC;
	sb->version = SB_VERSION;
	sb->nslots = SB_SLOTS;
	sb->started = (int64_t)time(NULL);
	for (i = 0; i < SB_SLOTS; i++)
		sb->slot[i].page = -1;
}

/* The scoreboard handed over by the image before a reload, or NULL. */
static struct sb *
sb_inherit(void)
{
	const char	*e = getenv(ENV_SB);
	struct stat	 st;
	struct sb	*p;
	int		 fd;

	if (e == NULL)
		return NULL;
	unsetenv(ENV_SB);
	if (sscanf(e, "%d", &fd) != 1 || fd < 0)
		return NULL;
	if (fstat(fd, &st) == -1 || (size_t)st.st_size != sizeof(struct sb)) {
		/* Another build's layout: start a new one. */
		log_warnx("%s: the scoreboard handed over does not fit; "
		    "counting anew", __func__);
		close(fd);
		return NULL;
	}
	p = mmap(NULL, sizeof(*p), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED) {
		log_warn("%s: mmap", __func__);
		close(fd);
		return NULL;
	}
	if (p->magic != SB_MAGIC || p->version != SB_VERSION ||
	    p->nslots != SB_SLOTS) {
		log_warnx("%s: the scoreboard handed over is another "
		    "version; counting anew", __func__);
		munmap(p, sizeof(*p));
		close(fd);
		return NULL;
	}
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	sbfd = fd;
	return p;
}

int
sb_init(const struct conf *c)
{
	int	 kept = 0;

	if (sb != NULL)
		return 0;
	if ((sb = sb_inherit()) != NULL)
		kept = 1;
	else if ((sbfd = memfd_create("studiod-scoreboard", MFD_CLOEXEC)) !=
	    -1 && ftruncate(sbfd, sizeof(struct sb)) == 0 &&
	    (sb = mmap(NULL, sizeof(*sb), PROT_READ | PROT_WRITE,
	    MAP_SHARED, sbfd, 0)) != MAP_FAILED)
		sb_fresh();
	else {
		/* No memfd: anonymous, shared with the workers only. */
		if (sbfd != -1)
			close(sbfd);
		sbfd = -1;
		sb = mmap(NULL, sizeof(*sb), PROT_READ | PROT_WRITE,
		    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		if (sb == MAP_FAILED) {
			sb = NULL;
			fatal("%s: mmap", __func__);
		}
		sb_fresh();
	}
	sb_conf(c);
	return kept;
}

void
sb_conf(const struct conf *c)
{
	if (sb == NULL)
		return;
	ST(sb->workers, (int64_t)c->workers);
	ST(sb->slow_ms, (int64_t)c->slow_ms);
	ST(sb->max_requests, (int64_t)c->max_requests);
}

int
sb_handover(void)
{
	char	 buf[16];
	int	 fl;

	if (sb == NULL || sbfd == -1)
		return 0;
	snprintf(buf, sizeof(buf), "%d", sbfd);
	if ((fl = fcntl(sbfd, F_GETFD)) == -1 ||
	    fcntl(sbfd, F_SETFD, fl & ~FD_CLOEXEC) == -1 ||
	    setenv(ENV_SB, buf, 1) == -1) {
		log_warn("%s", __func__);
		return -1;
	}
	return 0;
}

void
sb_handover_undo(void)
{
	unsetenv(ENV_SB);
	if (sbfd != -1)
		fcntl(sbfd, F_SETFD, FD_CLOEXEC);
}

/* The slot free again, its fields zero for the next worker. */
static void
sb_clear(struct sb_slot *s)
{
	ST(s->pid, 0);
	ST(s->gen, 0);
	ST(s->busy, 0);
	ST(s->db, SBDB_UNKNOWN);
	ST(s->page, -1);
	ST(s->started, (int64_t)0);
	ST(s->since_ms, (int64_t)0);
	ST(s->last_ms, (int64_t)0);
	ST(s->requests, (uint64_t)0);
}

int
sb_find(pid_t pid)
{
	size_t	 i;

	if (sb == NULL || pid <= 0)
		return -1;
	for (i = 0; i < SB_SLOTS; i++)
		if (LD(sb->slot[i].pid) == (int32_t)pid)
			return (int)i;
	return -1;
}

/*
 * A free slot's fields are zero (sb_fresh, sb_gone): the worker may write
 * its first request into them before the master gets here after fork.
 */
void
sb_spawned(int i, pid_t pid, int gen, int respawn)
{
	struct sb_slot	*s;

	if (sb == NULL || i < 0 || i >= SB_SLOTS)
		return;
	s = &sb->slot[i];
	ST(s->gen, gen);
	ST(s->started, (int64_t)time(NULL));
	ST(s->pid, (int32_t)pid);
	ADD(sb->spawned, 1);
	if (respawn)
		ADD(sb->respawned, 1);
}

void
sb_adopted(int i, pid_t pid)
{
	if (sb == NULL || i < 0 || i >= SB_SLOTS)
		return;
	if (LD(sb->slot[i].pid) != (int32_t)pid) {
		/* Counting anew: what it did before is not here. */
		sb_clear(&sb->slot[i]);
		ST(sb->slot[i].pid, (int32_t)pid);
	}
	ST(sb->slot[i].gen, -1);
}

void
sb_gone(int i, enum sbexit how)
{
	if (sb == NULL || i < 0 || i >= SB_SLOTS)
		return;
	sb_clear(&sb->slot[i]);
	if (how == SBX_CRASH) {
		ADD(sb->crashes, 1);
		/* It may have died between a commit and sb_public_changed(). */
		ADD(sb->pub_local, 1);
	}
	else if (how == SBX_RECYCLED)
		ADD(sb->recycled, 1);
}

void
sb_reloaded(void)
{
	if (sb == NULL)
		return;
	ADD(sb->reloads, 1);
	ST(sb->reloaded, (int64_t)time(NULL));
}

void
sb_breaker(time_t hold_until, int tripped)
{
	if (sb == NULL)
		return;
	ST(sb->hold_until, (int64_t)hold_until);
	if (tripped)
		ADD(sb->trips, 1);
}

void
sb_begin(int i)
{
	if (sb == NULL || i < 0 || i >= SB_SLOTS)
		return;
	ST(sb->slot[i].since_ms, sb_now_ms());
	ST(sb->slot[i].busy, 1);
}

void
sb_end(int i, int page, int64_t ms, int slow, enum sbdb db)
{
	struct sb_slot	*s;

	if (sb == NULL || i < 0 || i >= SB_SLOTS)
		return;
	s = &sb->slot[i];
	if (ms < 0)
		ms = 0;
	ST(s->page, (int32_t)page);
	ST(s->last_ms, ms);
	ST(s->db, (int32_t)db);
	ADD(s->requests, 1);
	ADD(sb->requests, 1);
	ADD(sb->duration_ms, (uint64_t)ms);
	if (slow)
		ADD(sb->slow, 1);
	ST(s->busy, 0);
}

/*
 * A public write of this pool is seen by the next request of every
 * worker: the count is part of the version.  A write from elsewhere
 * (studioctl, another host on the same database) is seen once the
 * database's figure is read again, within PUBLIC_MS: the public site's
 * pages may be a second old, as nginx's cache of them may be.  The
 * pool's start is part of it, so that a count started afresh never
 * repeats a version of before.  The read's time is stored after its
 * figure, so that a worker that sees the time sees that figure or a
 * later one.
 */
int
sb_public_version(char *buf, size_t len)
{
	int64_t	 at;

	if (sb == NULL)
		return -1;
	at = __atomic_load_n(&sb->pub_read_ms, __ATOMIC_ACQUIRE);
	if (at == 0 || sb_now_ms() - at >= PUBLIC_MS)
		return -1;
	snprintf(buf, len, "%lld.%lld.%llu", (long long)LD(sb->started),
	    (long long)LD(sb->pub_version),
	    (unsigned long long)__atomic_load_n(&sb->pub_local,
	    __ATOMIC_ACQUIRE));
	return 0;
}

void
sb_public_read(int64_t version)
{
	if (sb == NULL)
		return;
	ST(sb->pub_version, version);
	__atomic_store_n(&sb->pub_read_ms, sb_now_ms(), __ATOMIC_RELEASE);
}

void
sb_public_changed(void)
{
	if (sb != NULL)
		__atomic_add_fetch(&sb->pub_local, 1, __ATOMIC_RELEASE);
}

int
sb_read(struct sbview *v, struct sbworker *w, size_t maxw, size_t *nw)
{
	const struct sb_slot	*s;
	int64_t			 now_ms = sb_now_ms();
	size_t			 i, n = 0;
	int32_t			 pid;

	memset(v, 0, sizeof(*v));
	*nw = 0;
	if (sb == NULL)
		return -1;
	v->now = (int64_t)time(NULL);
	v->started = LD(sb->started);
	v->reloaded = LD(sb->reloaded);
	v->hold_until = LD(sb->hold_until);
	v->workers = LD(sb->workers);
	v->slow_ms = LD(sb->slow_ms);
	v->max_requests = LD(sb->max_requests);
	v->requests = LD(sb->requests);
	v->slow = LD(sb->slow);
	v->duration_ms = LD(sb->duration_ms);
	v->spawned = LD(sb->spawned);
	v->respawned = LD(sb->respawned);
	v->crashes = LD(sb->crashes);
	v->recycled = LD(sb->recycled);
	v->reloads = LD(sb->reloads);
	v->trips = LD(sb->trips);
	for (i = 0; i < SB_SLOTS; i++) {
		s = &sb->slot[i];
		if ((pid = LD(s->pid)) == 0)
			continue;
		if (LD(s->busy))
			v->busy++;
		else
			v->idle++;
		if (LD(s->gen) < 0)
			v->leaving++;
		switch (LD(s->db)) {
		case SBDB_UP:
			v->db_up++;
			break;
		case SBDB_DOWN:
			v->db_down++;
			break;
		default:
			break;
		}
		if (n == maxw)
			continue;
		w[n].pid = pid;
		w[n].busy = LD(s->busy) != 0;
		w[n].leaving = LD(s->gen) < 0;
		w[n].db = LD(s->db);
		if (w[n].db < 0 || w[n].db >= SBDB__MAX)
			w[n].db = SBDB_UNKNOWN;
		w[n].page = LD(s->page);
		w[n].route = w[n].page >= 0 && w[n].page < PAGE__MAX ?
		    route_pattern((enum page)w[n].page) : NULL;
		w[n].started = LD(s->started);
		w[n].requests = LD(s->requests);
		w[n].last_ms = LD(s->last_ms);
		w[n].busy_ms = w[n].busy ? now_ms - LD(s->since_ms) : 0;
		n++;
	}
	*nw = n;
	return 0;
}
