// Watching the pool as an IT department watches php-fpm: the status page
// on nginx's local status server, as text, as XML valid against its
// schema and in Prometheus's text format; its counters move with the
// requests, a reload keeps them, a killed worker shows as a crash and a
// restart, a stopped database shows as down; only the loopback reaches it,
// and neither the public nor the reviewers' site has it.  A request slower
// than slow_ms is logged with its route's pattern, never its path or
// query; SIGUSR1 opens the log file anew (logrotate's postrotate).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import {
	APP, CONF, PUB, VAR, city, curl, devstack, masterPid, run, show, sleep, someBase, validateXml,
	waitFor, workerPids,
} from './lib.mjs';

const STATUS_PORT = process.env.STATUS_PORT || String(Number(process.env.APP_PORT || '19443') + 1);
const STATUS = `http://127.0.0.1:${STATUS_PORT}/studio-status`;
const LOG = path.join(VAR, 'log/studiod.log');

function confValue(key) {
	const m = new RegExp(`^${key}\\s*=\\s*(.*)$`, 'm').exec(readFileSync(CONF, 'utf8'));
	return m ? m[1].trim() : null;
}
const WORKERS = Number(confValue('workers'));

/* GET on the status server (plain HTTP), from the given source address. */
async function statusGet(url, { from } = {}) {
	const res = await curl(url, from ? { extra: ['--interface', from] } : {});
	return res;
}

/* The text page as { key: value }, and the workers' blocks. */
function parseText(body) {
	const [head, ...blocks] = body.split(/\n\*+\n/);
	const kv = (text) => Object.fromEntries(text.split('\n').filter((l) => l !== '').map((l) => {
		const m = /^([a-z][a-z ]*[a-z]):\s+(\S.*)$/.exec(l);
		assert.ok(m, `a "key: value" line: ${JSON.stringify(l)}`);
		return [m[1], m[2]];
	}));
	return { ...kv(head), workers_: blocks.map(kv) };
}

async function text() {
	const res = await statusGet(STATUS);
	assert.equal(res.status, 200, show(res));
	assert.match(res.headers['content-type'] ?? '', /^text\/plain; charset=utf-8/);
	assert.equal(res.headers['cache-control'], 'no-store');
	return parseText(res.body);
}

/*
 * Prometheus's text exposition format (0.0.4), parsed strictly: every
 * line a # HELP, a # TYPE or a sample; a family's HELP and TYPE before
 * its samples, once; names and labels well formed; values numbers;
 * counters named *_total; no series twice.  Returns { name{labels}: value }.
 */
function parseProm(body) {
	assert.ok(body.endsWith('\n'), 'ends with a line feed');
	const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
	const types = new Map();
	const helps = new Set();
	const series = {};
	for (const line of body.slice(0, -1).split('\n')) {
		let m;
		if ((m = new RegExp(`^# HELP (${NAME}) (.+)$`).exec(line))) {
			assert.ok(!helps.has(m[1]), `one HELP for ${m[1]}`);
			helps.add(m[1]);
		} else if ((m = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`).exec(line))) {
			assert.ok(!types.has(m[1]), `one TYPE for ${m[1]}`);
			types.set(m[1], m[2]);
			if (m[2] === 'counter')
				assert.match(m[1], /_total$/, `counter ${m[1]} ends in _total`);
		} else if ((m = new RegExp(`^(${NAME})(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\.)*",?)*\\})? (\\S+)$`).exec(line))) {
			assert.ok(types.has(m[1]), `TYPE of ${m[1]} before its samples`);
			assert.ok(helps.has(m[1]), `HELP of ${m[1]}`);
			assert.match(m[3], /^-?(\d+(\.\d+)?([eE][-+]?\d+)?|\+Inf|-Inf|NaN)$/, `a number: ${line}`);
			const key = m[1] + (m[2] ?? '');
			assert.ok(!(key in series), `${key} once`);
			series[key] = Number(m[3]);
			if (types.get(m[1]) === 'counter')
				assert.ok(series[key] >= 0, `counter ${key} not negative`);
		} else
			assert.fail(`not a line of the Prometheus text format: ${JSON.stringify(line)}`);
	}
	return series;
}

async function metrics() {
	const res = await statusGet(`${STATUS}/metrics`);
	assert.equal(res.status, 200, show(res));
	assert.match(res.headers['content-type'] ?? '', /^text\/plain; version=0\.0\.4; charset=utf-8$/);
	return parseProm(res.body);
}

/* SIGHUP, then wait for a full new generation of workers. */
async function reload() {
	const before = await workerPids();
	process.kill(masterPid(), 'SIGHUP');
	await waitFor('a new generation of workers', async () => {
		const now = await workerPids();
		return now.length === WORKERS && !now.some((p) => before.includes(p));
	});
}

async function traffic(n) {
	for (let i = 0; i < n; i++) {
		const res = i % 2 === 0 ?
			await curl(`${PUB}/public/stats?ops=${Date.now()}-${i}`) :
			await curl(`${APP}/app/units`, { as: city() });
		assert.equal(res.status, 200, show(res));
	}
}

test('the status page as text: php-fpm\'s keys, the pool as configured, one block per worker', async () => {
	const s = await text();
	for (const k of ['pool', 'start time', 'start since', 'accepted conn', 'slow requests', 'slow threshold ms',
		'total processes', 'active processes', 'idle processes', 'restarts', 'crashes', 'crash breaker',
		'database', 'reloads'])
		assert.ok(k in s, `key "${k}" in ${JSON.stringify(s)}`);
	assert.equal(s.pool, 'studiod');
	assert.equal(Number(s.workers), WORKERS);
	assert.equal(Number(s['total processes']), Number(s['active processes']) + Number(s['idle processes']));
	assert.ok(Number(s['active processes']) >= 1, 'the worker answering is busy');
	assert.equal(s['crash breaker'], 'closed');
	assert.equal(s.database, 'up');
	assert.match(s['start time'], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
	assert.equal(s.workers_.length, Number(s['total processes']));
	const pids = await workerPids();
	for (const w of s.workers_) {
		assert.ok(pids.includes(Number(w.pid)), `worker ${w.pid} is a child of the master (${pids})`);
		assert.match(w.state, /^(busy|idle)/);
	}
});

test('the status document validates against its schema; the metrics parse as Prometheus\'s format', async () => {
	const res = await statusGet(`${STATUS}?format=xml`);
	assert.equal(res.status, 200, show(res));
	assert.equal(await validateXml(res.body), 'pool-status');
	const m = await metrics();
	for (const k of ['studiod_up', 'studiod_uptime_seconds', 'studiod_start_time_seconds',
		'studiod_processes{state="busy"}', 'studiod_processes{state="idle"}', 'studiod_requests_total',
		'studiod_slow_requests_total', 'studiod_worker_restarts_total', 'studiod_worker_crashes_total',
		'studiod_breaker_holding', 'studiod_database_up', 'studiod_reloads_total',
		'studiod_worker_database{state="up"}'])
		assert.ok(k in m, `${k} in ${JSON.stringify(m)}`);
	assert.equal(m.studiod_up, 1);
	assert.equal(m.studiod_database_up, 1);
	assert.equal(m.studiod_breaker_holding, 0);
	assert.equal(m.studiod_workers_configured, WORKERS);
	assert.ok(Math.abs(m.studiod_start_time_seconds + m.studiod_uptime_seconds - Date.now() / 1000) < 5,
		'start time plus uptime is now');
});

test('the counters move with the requests, and a reload keeps them', async () => {
	const a = await metrics();
	await traffic(10);
	const b = await metrics();
	// 10 requests, and the first /metrics itself
	assert.ok(b.studiod_requests_total >= a.studiod_requests_total + 11,
		`requests ${a.studiod_requests_total} then ${b.studiod_requests_total}`);
	assert.ok(b.studiod_request_duration_seconds_total > a.studiod_request_duration_seconds_total);
	const served = (await text()).workers_.reduce((n, w) => n + Number(w.requests), 0);
	assert.ok(served >= 1, 'the workers count their requests');

	await reload();
	const c = await metrics();
	assert.equal(c.studiod_start_time_seconds, b.studiod_start_time_seconds, 'a reload keeps the start time');
	assert.ok(c.studiod_requests_total > b.studiod_requests_total, 'a reload keeps the count');
	assert.equal(c.studiod_reloads_total, b.studiod_reloads_total + 1);
	assert.ok(c.studiod_workers_spawned_total >= b.studiod_workers_spawned_total + WORKERS);
	const s = await text();
	assert.ok(s['last reload'] !== '-', 'the last reload is shown');
	await waitFor('the old generation gone from the scoreboard', async () =>
		Number((await text())['total processes']) === WORKERS);
});

test('a killed worker is a crash and a restart; the breaker stays closed', async () => {
	const a = await metrics();
	const [victim] = await workerPids();
	process.kill(victim, 'SIGKILL');
	await waitFor('the worker replaced', async () => {
		const now = await workerPids();
		return now.length === WORKERS && !now.includes(victim);
	});
	const b = await waitFor('the crash counted', async () => {
		const m = await metrics();
		return m.studiod_worker_crashes_total > a.studiod_worker_crashes_total ? m : null;
	});
	assert.equal(b.studiod_worker_crashes_total, a.studiod_worker_crashes_total + 1);
	assert.equal(b.studiod_worker_restarts_total, a.studiod_worker_restarts_total + 1);
	assert.equal(b.studiod_breaker_holding, 0);
	const s = await text();
	assert.ok(!s.workers_.some((w) => Number(w.pid) === victim), 'the dead worker is off the scoreboard');
});

test('workers crashing fast trip the breaker: the status shows it holding, then closed again', async () => {
	const a = await metrics();
	const [survivor] = await workerPids();
	let held = null;
	for (let round = 0; round < 30 && held === null; round++) {
		const victims = (await workerPids()).filter((p) => p !== survivor);
		for (const v of victims)
			process.kill(v, 'SIGKILL');
		// Replaced, or held: the survivor answers either way.
		held = await waitFor('the victims replaced or the breaker holding', async () => {
			const s = await text();
			if (s['crash breaker'] === 'holding')
				return s;
			const now = await workerPids();
			return now.length === WORKERS && !now.some((p) => victims.includes(p)) ? 'replaced' : null;
		});
		if (held === 'replaced')
			held = null;
	}
	assert.ok(held, 'the breaker tripped');
	// The crash that tripped it is not replaced (those before it may be).
	assert.ok(Number(held['total processes']) < WORKERS, 'no respawn while it holds');
	assert.match(held['breaker holds until'], /^\d{4}-\d\d-\d\dT/);
	const m = await metrics();
	assert.equal(m.studiod_breaker_holding, 1);
	assert.equal(m.studiod_breaker_trips_total, a.studiod_breaker_trips_total + 1);
	assert.match(readFileSync(LOG, 'utf8'), /pool: \d+ crashes in 10 s, holding respawns for 5 s/);
	await waitFor('the pool full again, the breaker closed', async () => {
		const s = await text();
		return s['crash breaker'] === 'closed' && Number(s['total processes']) === WORKERS;
	}, { timeout: 30_000 });
	assert.equal((await metrics()).studiod_breaker_holding, 0);
});

test('only the loopback reaches the status server, and only the status', async () => {
	// From another address of the host (127.0.0.2): nginx refuses.
	for (const u of [STATUS, `${STATUS}/metrics`, `${STATUS}?format=xml`]) {
		const res = await statusGet(u, { from: '127.0.0.2' });
		assert.equal(res.status, 403, `${u} from 127.0.0.2: ${show(res)}`);
		assert.doesNotMatch(res.body, /studiod|accepted conn/);
	}
	// The status server passes nothing else to the pool.
	for (const p of ['/', '/app/', '/app/units', '/public/studios', '/studio-status/', '/studio-status/x',
		'/studio-statusx']) {
		const res = await statusGet(`http://127.0.0.1:${STATUS_PORT}${p}`);
		assert.equal(res.status, 404, `${p} on the status server: ${show(res)}`);
	}
	// The public site: no status, whatever the client sends.
	for (const p of ['/studio-status', '/studio-status/metrics', '/studio-status?format=xml']) {
		for (const headers of [{}, { 'Studio-Site': 'status' }]) {
			const res = await curl(`${PUB}${p}`, { headers });
			assert.equal(res.status, 404, `${p} on the public site: ${show(res)}`);
			assert.doesNotMatch(res.body, /accepted conn|studiod_up|pool-status/);
		}
	}
	// The reviewers' site, with and without a certificate: refused.
	for (const p of ['/studio-status', '/studio-status/metrics', '/app/studio-status']) {
		const withCert = await curl(`${APP}${p}`, { as: city() });
		assert.equal(withCert.status, 404, `${p} on the reviewers' site: ${show(withCert)}`);
		const without = await curl(`${APP}${p}`);
		assert.ok(without.status === 400 || without.status === 404, `${p} without a certificate: ${show(without)}`);
		for (const res of [withCert, without])
			assert.doesNotMatch(res.body, /accepted conn|studiod_up|pool-status/);
	}
});

test('the database stopped shows as down, and up again once it is back', async () => {
	const stop = await devstack('db-stop');
	assert.equal(stop.code, 0, `db-stop: ${stop.stderr}`);
	try {
		const s = await text();
		assert.equal(s.database, 'down');
		const m = await metrics();
		assert.equal(m.studiod_database_up, 0);
		// The pool itself still answers its status.
		assert.equal(m.studiod_up, 1);
	} finally {
		const start = await devstack('db-start');
		assert.equal(start.code, 0, `db-start: ${start.stderr}`);
	}
	await waitFor('the database up on the status page', async () => (await text()).database === 'up');
	const m = await metrics();
	assert.equal(m.studiod_database_up, 1);
});

test('a slow request is logged with its route, never its path or query, and counted', async () => {
	const conf = readFileSync(CONF, 'utf8');
	assert.match(conf, /^slow_ms\s*=/m, 'devstack writes slow_ms');
	const mark = `13${String(Date.now()).slice(-9)}`;	// looks like a mobile number
	try {
		writeFileSync(CONF, conf.replace(/^slow_ms\s*=.*$/m, 'slow_ms = 1'));
		await reload();
		const a = await metrics();
		assert.equal(a.studiod_slow_threshold_seconds, 0.001);
		const u = someBase();
		const res = await curl(`${APP}/app/applications?q=${mark}`, { as: u });
		assert.equal(res.status, 200, show(res));
		const pub = await curl(`${PUB}/public/studios/987654321?mobile=${mark}`);
		assert.equal(pub.status, 404, show(pub));
		const lines = await waitFor('the slow requests in the log', () => {
			const l = readFileSync(LOG, 'utf8').split('\n').filter((x) => /slow request: /.test(x));
			return l.some((x) => x.includes('GET /public/studios/{id}:')) &&
				l.some((x) => x.includes('GET /app/applications:')) ? l : null;
		});
		const line = lines.find((x) => x.includes('GET /public/studios/{id}:'));
		assert.match(line, /warning: slow request: GET \/public\/studios\/\{id\}: \d+ ms \(slow_ms 1\), status 404, request [0-9a-f]{32}$/);
		const log = readFileSync(LOG, 'utf8');
		assert.ok(!log.includes(mark), 'no query value in the log');
		assert.ok(!log.includes('987654321'), 'no path id in the log');
		const b = await metrics();
		assert.ok(b.studiod_slow_requests_total >= a.studiod_slow_requests_total + 2,
			`slow ${a.studiod_slow_requests_total} then ${b.studiod_slow_requests_total}`);
	} finally {
		writeFileSync(CONF, conf);
		await reload();
	}
	const m = await metrics();
	assert.equal(m.studiod_slow_threshold_seconds, Number(confValue('slow_ms')) / 1000);
});

test('SIGUSR1 opens the log file anew, in the master and in the workers', async () => {
	const rotated = `${LOG}.1`;
	renameSync(LOG, rotated);
	const size = statSync(rotated).size;
	try {
		process.kill(masterPid(), 'SIGUSR1');
		await waitFor('the master\'s new log file', () =>
			existsSync(LOG) && /pool: log reopened/.test(readFileSync(LOG, 'utf8')));
		// A worker writes its next line to the new file too: a request
		// slower than the threshold would, so make a failing one instead:
		// the router logs every 5xx with its route.
		await sleep(200);
		const stop = await devstack('db-stop');
		assert.equal(stop.code, 0, `db-stop: ${stop.stderr}`);
		try {
			for (let i = 0; i < WORKERS * 2; i++)
				await curl(`${APP}/app/units?usr1=${i}`, { as: city() });
		} finally {
			const start = await devstack('db-start');
			assert.equal(start.code, 0, `db-start: ${start.stderr}`);
		}
		await waitFor('a worker\'s line in the new file', () =>
			/studiod-worker\[\d+\] warning: GET \/app\/units: 503/.test(readFileSync(LOG, 'utf8')));
		assert.equal(statSync(rotated).size, size, 'nothing more in the rotated file');
	} finally {
		// Keep the whole log in one file for whoever reads it next.
		const now = existsSync(LOG) ? readFileSync(LOG, 'utf8') : '';
		writeFileSync(LOG, readFileSync(rotated, 'utf8') + now);
		await run('rm', ['-f', rotated]);
	}
});
