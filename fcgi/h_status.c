/*
 * h_status.c: the pool's status, as php-fpm's status page: uptime, the
 * workers busy and idle, requests served and slow, restarts, the crash
 * breaker and the database, read from the scoreboard (scoreboard.c).
 * Routes /studio-status (text, or ?format=xml) and /studio-status/metrics
 * (Prometheus's text format) exist only on nginx's local status server
 * (R_LOCAL in route.c).  Nothing here is personal: a worker's request is
 * named by its route's pattern.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "extern.h"

#define MAXW	256	/* workers listed (the configuration's maximum) */

/* ISO 8601 with the offset of Asia/Shanghai (arena string), or NULL for 0. */
static const char *
iso(struct req *r, int64_t t)
{
	struct tm	 tm;
	time_t		 tt = (time_t)t;
	char		 buf[40];

	if (t <= 0 || localtime_r(&tt, &tm) == NULL)
		return NULL;
	strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S+08:00", &tm);
	return astrdup(r->a, buf);
}

static const char *
u64(struct req *r, uint64_t v)
{
	return aprintf(r->a, "%llu", (unsigned long long)v);
}

/*
 * <pool-status>: the totals as attributes, then <breaker>, <database>
 * (this worker's connection checked now, the others' as after their last
 * request) and one <worker> per process.  200, or 503 without a
 * scoreboard (not under studiod's master).
 */
int
h_status(struct req *r)
{
	static struct sbworker	 w[MAXW];
	struct sbview		 v;
	size_t			 nw, i;
	int64_t			 t0, ping_ms;
	enum err		 e;

	if (sb_read(&v, w, MAXW, &nw) == -1) {
		r->reason = "no-scoreboard";
		r->message = "运行状态不可用";
		return 503;
	}
	t0 = sb_now_ms();
	e = db_ping(r->db);
	ping_ms = sb_now_ms() - t0;

	xml_begin(r, "pool-status");
	xml_attr(r, "pool", "studiod");
	xml_attr(r, "now", iso(r, v.now));
	xml_attr(r, "started", iso(r, v.started));
	xml_attri(r, "started-unix", v.started);
	xml_attri(r, "uptime", v.now - v.started);
	xml_attr(r, "reloaded", iso(r, v.reloaded));
	xml_attr(r, "reloads", u64(r, v.reloads));
	xml_attri(r, "workers", v.workers);
	xml_attri(r, "processes", v.busy + v.idle);
	xml_attri(r, "busy", v.busy);
	xml_attri(r, "idle", v.idle);
	xml_attri(r, "leaving", v.leaving);
	xml_attri(r, "max-requests", v.max_requests);
	xml_attr(r, "requests", u64(r, v.requests));
	xml_attr(r, "duration-ms", u64(r, v.duration_ms));
	xml_attr(r, "slow", u64(r, v.slow));
	xml_attri(r, "slow-ms", v.slow_ms);
	xml_attr(r, "spawned", u64(r, v.spawned));
	xml_attr(r, "restarts", u64(r, v.respawned));
	xml_attr(r, "crashes", u64(r, v.crashes));
	xml_attr(r, "recycled", u64(r, v.recycled));

	xml_start(r, "breaker");
	xml_attr(r, "state", v.hold_until > v.now ? "holding" : "closed");
	xml_attr(r, "trips", u64(r, v.trips));
	if (v.hold_until > v.now) {
		xml_attr(r, "until", iso(r, v.hold_until));
		xml_attri(r, "seconds", v.hold_until - v.now);
	}
	xml_end(r);

	xml_start(r, "database");
	xml_attr(r, "state", e == E_OK ? "up" : "down");
	xml_attri(r, "ping-ms", ping_ms);
	xml_attri(r, "workers-up", v.db_up);
	xml_attri(r, "workers-down", v.db_down);
	xml_end(r);

	for (i = 0; i < nw; i++) {
		xml_start(r, "worker");
		xml_attri(r, "pid", w[i].pid);
		xml_attr(r, "state", w[i].busy ? "busy" : "idle");
		if (w[i].leaving)
			xml_attrb(r, "leaving", 1);
		xml_attr(r, "started", iso(r, w[i].started));
		xml_attr(r, "requests", u64(r, w[i].requests));
		xml_attri(r, "last-ms", w[i].last_ms);
		if (w[i].busy)
			xml_attri(r, "busy-ms", w[i].busy_ms);
		xml_attr(r, "db", sbdb_names[w[i].db]);
		xml_attr(r, "route", w[i].route);
		xml_end(r);
	}
	return 200;
}
