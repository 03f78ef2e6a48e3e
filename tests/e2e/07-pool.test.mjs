// The prefork pool: a worker that dies is replaced and nobody notices;
// SIGHUP replaces every worker while requests keep being answered.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, PUB, city, curl, masterPid, show, someBase, twoDistrictsWithBases, waitFor, workerPids,
} from './lib.mjs';

const WORKERS = process.env.WORKERS ? Number(process.env.WORKERS) : null;

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/* A round of requests of several kinds; every one must be a 200. */
async function round(n = 12) {
	const [d] = twoDistrictsWithBases();
	const who = [city(), d, someBase()];
	for (let i = 0; i < n; i++) {
		const u = who[i % who.length];
		const url = i % 4 === 3 ? `${PUB}/public/stats?t=${Date.now()}-${i}` :
			`${APP}${['/app/', '/app/units', '/app/units?format=xml'][i % 3]}`;
		const res = await curl(url, i % 4 === 3 ? {} : { as: u });
		assert.equal(res.status, 200, `${url}: ${show(res)}`);
	}
}

/* Wait for a full pool none of whose workers is in `gone`. */
function fullPoolWithout(gone, what) {
	return waitFor(what, async () => {
		const now = await workerPids();
		const full = WORKERS === null ? now.length >= 1 : now.length === WORKERS;
		return full && !now.some((p) => gone.includes(p)) ? now : null;
	}, { timeout: 60_000 });
}

test('the master has its workers', async () => {
	const master = masterPid();
	assert.ok(alive(master), 'the master runs');
	const pids = await workerPids();
	if (WORKERS !== null)
		assert.equal(pids.length, WORKERS, `workers: ${pids}`);
	else
		assert.ok(pids.length >= 1);
	await round();
});

test('a SIGKILLed worker is replaced and the next requests succeed', async () => {
	const master = masterPid();
	const before = await workerPids();
	const victim = before[0];
	process.kill(victim, 'SIGKILL');
	await waitFor('the killed worker to be gone', async () => !(await workerPids()).includes(victim));
	await round();
	const after = await fullPoolWithout([victim], 'a new worker in place of the killed one');
	assert.equal(after.length, before.length);
	assert.ok(after.some((p) => !before.includes(p)), 'a new pid');
	assert.equal(masterPid(), master, 'the same master');
	assert.ok(alive(master));
	await round();
});

test('all workers SIGKILLed at once: the pool comes back by itself', async () => {
	const before = await workerPids();
	for (const p of before)
		process.kill(p, 'SIGKILL');
	// Requests wait in the socket's backlog until the new workers accept.
	await round();
	await fullPoolWithout(before, 'a whole new set of workers');
	await round();
});

test('SIGHUP replaces the workers while requests keep succeeding', async () => {
	const master = masterPid();
	const before = await workerPids();
	process.kill(master, 'SIGHUP');
	await round();
	const after = await fullPoolWithout(before, 'the new generation of workers');
	assert.ok(after.every((p) => !before.includes(p)), `old ${before}, new ${after}`);
	await round();
	assert.equal(masterPid(), master, 'the master stays');
	// and once more, with requests in flight at the moment of the signal
	const again = await workerPids();
	const inflight = round(24);
	process.kill(master, 'SIGHUP');
	await inflight;
	await fullPoolWithout(again, 'the third generation');
	await round();
});
