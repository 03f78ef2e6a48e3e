// The database goes away and comes back: each worker reconnects and
// prepares its statements again by itself, without a restart of the pool.
// Reads reconnect transparently, so even the first request after the
// restart is answered; a write whose connection was lost before its
// transaction began is run again.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import {
	APP, PUB, certsOf, certsToken, city, curl, devstack, holderName, issueCert, masterPid, postCerts,
	VAR, show, someBase, twoDistrictsWithBases, unitId, workerPids,
} from './lib.mjs';

const base = someBase();
let id;
let token;
let pool;

test.before(async () => {
	id = await unitId(base.code);
	token = await certsToken(city(), id);
	pool = { master: masterPid(), workers: await workerPids() };
	// Every worker has its connection open before the restart.
	const [d] = twoDistrictsWithBases();
	for (let i = 0; i < 4 * pool.workers.length; i++)
		assert.equal((await curl(`${APP}/app/units`, { as: i % 2 ? city() : d })).status, 200);
});

async function dbRestart() {
	const r = await devstack('db-restart');
	assert.equal(r.code, 0, `conf/devstack.sh db-restart:\n${r.stdout}\n${r.stderr}`);
}

test('after MariaDB restarts, the very first GET is 200, and so are the next', async () => {
	await dbRestart();
	const first = await curl(`${APP}/app/`, { as: city() });
	assert.equal(first.status, 200, `first GET after the restart: ${show(first)}`);
	// Enough requests to reach every worker, each with a stale connection.
	for (let i = 0; i < 6 * pool.workers.length; i++) {
		const url = `${APP}${['/app/', '/app/units', `/app/units/${id}`, `/app/units/${id}/certs?format=xml`][i % 4]}`;
		const res = await curl(url, { as: i % 2 ? city() : base });
		assert.equal(res.status, 200, `${url} after the restart: ${show(res)}`);
	}
	const pub = await curl(`${PUB}/public/stats?t=${Date.now()}`);
	assert.equal(pub.status, 200, show(pub));
});

test('after MariaDB restarts, the first request a POST: it is done once', async () => {
	await dbRestart();
	const holder = holderName('重启后登记');
	const c = await issueCert(base, holder);
	const res = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder });
	assert.equal(res.status, 303, `POST after the restart: ${show(res)}`);
	const listed = (await certsOf(id)).filter((x) => x.fp === c.fp);
	assert.equal(listed.length, 1, 'enrolled exactly once');
	assert.equal((await curl(`${APP}/app/`, { as: c })).status, 200);
	// and a POST after reads have reconnected
	const c2 = await issueCert(base, holderName('重启后再登记'));
	const again = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c2.pem, holder: '再登记' });
	assert.equal(again.status, 303, show(again));
	// all the while, the same pool
	assert.equal(masterPid(), pool.master, 'the pool was not restarted');
	assert.deepEqual(await workerPids(), pool.workers, 'no worker was replaced');
});

test('while MariaDB is down a page is 503; the log names the route and nginx\'s request id, no data', async () => {
	const secret = '机密查询词';
	const log = path.join(VAR, 'log', 'studiod.log');
	const before = existsSync(log) ? readFileSync(log, 'utf8').length : 0;
	const stop = await devstack('db-stop');
	assert.equal(stop.code, 0, `db-stop: ${stop.stderr}`);
	try {
		const res = await curl(`${APP}/app/applications/${id}?q=${encodeURIComponent(secret)}`, { as: city() });
		assert.equal(res.status, 503, show(res));
		assert.match(res.body, /数据库暂时不可用/);
	} finally {
		const start = await devstack('db-start');
		assert.equal(start.code, 0, `db-start: ${start.stderr}`);
	}
	const added = readFileSync(log, 'utf8').slice(before);
	assert.match(added, /GET \/app\/applications\/\{id\}: 503, request [0-9a-f]{32}/, added);
	assert.ok(!added.includes(secret) && !added.includes(encodeURIComponent(secret)), 'no query in the log');
	const access = readFileSync(path.join(VAR, 'log', 'nginx-access.log'), 'utf8');
	const rid = /request ([0-9a-f]{32})/.exec(added)[1];
	assert.ok(access.includes(rid), 'the request id finds the access-log line');
	assert.equal((await curl(`${APP}/app/`, { as: city() })).status, 200, 'back after the start');
});
