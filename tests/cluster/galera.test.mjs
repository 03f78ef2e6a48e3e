// The application on a three-node MariaDB Galera cluster (make
// test-cluster: conf/devstack.sh with CLUSTER=galera; not part of make
// test).  The workers are spread over the nodes (db_sockets), so requests
// at the same moment are served by different nodes:
//   - Galera's rules hold in the schema: every table has a primary key and
//     is InnoDB, and nothing takes LOCK TABLES or GET_LOCK;
//   - naming and audited writes hammered on two nodes at once leave the
//     naming numbers gap-free and unique, the audit ids and the data
//     version gap-free, and `studioctl audit-verify` passing;
//   - a node killed under load: requests fail over to the other nodes, no
//     write that was answered as done is lost, and the node rejoins.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import {
	APP, BUILD, CONF, ROOT, VAR, act, applicationAsOwner, applicationFields, city, createApplication,
	curl, postForm, run, show, sleep, target, tmp, transition, unit, waitFor,
} from '../e2e/lib.mjs';

const NODES = [1, 2, 3];
const base = unit('22010202');		// under 南关区
const district = unit('220102');

function sock(n) {
	return path.join(VAR, 'run', `mysqld-${n}.sock`);
}

/* SQL as the administrator on node n: its rows, each an array of columns. */
async function onNode(n, query) {
	const user = userInfo().uid === 0 ? 'root' : userInfo().username;
	const r = await run('mariadb', ['--no-defaults', `--socket=${sock(n)}`, '-u', user,
		'-N', '-B', 'studio', '-e', query]);
	assert.equal(r.code, 0, `node ${n}: ${query}: ${r.stderr}`);
	return r.stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}

async function status(n, name) {
	const rows = await onNode(n, `SHOW STATUS LIKE '${name}'`);
	return rows[0]?.[1];
}

/* studioctl connected to node n only: a copy of the stack's studio.conf. */
function confFor(n) {
	const f = tmp(`studio-node${n}.conf`);
	const text = readFileSync(CONF, 'utf8').replace(/^db_sockets = .*$/m, `db_sockets = ${sock(n)}`);
	writeFileSync(f, text, { mode: 0o600 });
	return f;
}

function studioctlOn(n, ...args) {
	return run(path.join(BUILD, 'studioctl'), ['-f', confFor(n), ...args]);
}

async function auditVerify() {
	const r = await run(path.join(BUILD, 'studioctl'), ['-f', CONF, 'audit-verify']);
	assert.equal(r.code, 0, `audit-verify:\n${r.stdout}\n${r.stderr}`);
}

/* The audit log and data version as node n has them. */
async function ledger(n) {
	const [[count, lo, hi]] = await onNode(n, 'SELECT COUNT(*), COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM audit');
	const [[dataver, seq]] = await onNode(n, 'SELECT dataver, audit_seq FROM meta WHERE id = 1');
	return { count: Number(count), lo: Number(lo), hi: Number(hi), dataver: Number(dataver), seq: Number(seq) };
}

async function synced(n) {
	return (await status(n, 'wsrep_local_state_comment')) === 'Synced';
}

test('the cluster runs: three nodes Synced, the workers spread over them', async () => {
	for (const n of NODES) {
		assert.equal(await status(n, 'wsrep_cluster_size'), '3', `node ${n} sees three`);
		assert.ok(await synced(n), `node ${n} Synced`);
	}
	const conf = readFileSync(CONF, 'utf8');
	assert.match(conf, /^db_sockets = \S+ \S+ \S+$/m);
	// Every worker holds its connection once it has served a request
	// (they connect lazily, and which worker accepts is the kernel's
	// choice): requests until each node has at least one.
	const perNode = async () => Promise.all(NODES.map(async (n) => Number((await onNode(n,
		"SELECT COUNT(*) FROM information_schema.processlist WHERE user = 'studio'"))[0][0])));
	const spread = await waitFor('a worker on every node', async () => {
		await Promise.all([1, 2, 3, 4, 5, 6].map(() => curl(`${APP}/app/`, { as: city() })));
		const c = await perNode();
		return c.every((x) => x >= 1) ? c : null;
	}, { timeout: 20_000 });
	assert.ok(spread.every((x) => x >= 1), `workers per node: ${spread}`);
});

test("Galera's rules: primary keys, InnoDB, no LOCK TABLES", async () => {
	const nopk = await onNode(1, `SELECT t.table_name FROM information_schema.tables t
		WHERE t.table_schema = 'studio' AND t.table_type = 'BASE TABLE'
		AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
		WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
		AND c.constraint_type = 'PRIMARY KEY')`);
	assert.deepEqual(nopk, [], 'tables without a primary key');
	const other = await onNode(1, `SELECT table_name, engine FROM information_schema.tables
		WHERE table_schema = 'studio' AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'`);
	assert.deepEqual(other, [], 'tables not InnoDB');
	const offending = [];
	for (const dir of ['sql', 'fcgi']) {
		for (const f of readdirSync(path.join(ROOT, dir))) {
			if (!/\.(sql|c)$/.test(f))
				continue;
			const text = readFileSync(path.join(ROOT, dir, f), 'utf8');
			if (/\bLOCK\s+TABLES?\b|\bGET_LOCK\s*\(|ENGINE\s*=\s*(MyISAM|Aria|MEMORY)/i.test(text))
				offending.push(`${dir}/${f}`);
		}
	}
	assert.deepEqual(offending, [], 'LOCK TABLES, GET_LOCK or a non-InnoDB table');
});

/* An application audited by its district, ready to be named. */
async function audited() {
	const id = await createApplication(base);
	await act(base, id, 'recommend');
	await act(district, id, 'approve');
	return id;
}

test('naming and audited writes on two nodes at the same moment: gap-free, unique, verified', async () => {
	const ids = [];
	for (let i = 0; i < 10; i++)
		ids.push(await audited());
	const versions = [];
	for (const id of ids)
		versions.push((await applicationAsOwner(id)).version);
	const before = await ledger(1);
	const commits = {};
	for (const n of NODES)
		commits[n] = Number(await status(n, 'wsrep_local_commits'));
	const stamp = String(Date.now() % 1e8).padStart(8, '0');
	const units = (n, k) => (async () => {
		const out = [];
		for (let i = 0; i < k; i++)
			out.push(await studioctlOn(n, 'unit-add', `9${n}${stamp}${String(i).padStart(2, '0')}`, 'base',
				'220102', `集群测试工会${n}-${i}`));
		return out;
	})();
	const [named, on2, on3] = await Promise.all([
		Promise.all(ids.map((id, i) => transition(city(), id, 'name', { version: versions[i] }))),
		units(2, 12),
		units(3, 12),
	]);
	for (const r of named)
		assert.equal(r.status, 303, show(r));
	for (const r of [...on2, ...on3])
		assert.equal(r.code, 0, `unit-add: ${r.stderr}`);
	// the writes were committed by more than one node
	let writers = 0;
	for (const n of NODES)
		if (Number(await status(n, 'wsrep_local_commits')) > commits[n])
			writers++;
	assert.ok(writers >= 2, `writes committed on ${writers} nodes`);

	// the naming numbers: unique and, for each year, exactly 1..last
	const rows = await onNode(2, 'SELECT naming_number FROM application WHERE naming_number IS NOT NULL');
	const numbers = rows.map(([s]) => s);
	assert.equal(new Set(numbers).size, numbers.length, 'naming numbers unique');
	const byYear = {};
	for (const s of numbers) {
		const m = /〔(\d{4})〕(\d+)号/.exec(s);
		assert.ok(m, `a naming number: ${s}`);
		(byYear[m[1]] ??= []).push(Number(m[2]));
	}
	for (const [year, last] of await onNode(3, 'SELECT year, last FROM naming_seq')) {
		const got = (byYear[year] ?? []).sort((a, b) => a - b);
		assert.deepEqual(got, Array.from({ length: Number(last) }, (_, i) => i + 1), `year ${year}: 1..${last}`);
	}
	for (const id of ids) {
		const [[n]] = await onNode(1, `SELECT naming_number FROM application WHERE id = ${Number(id)}`);
		assert.notEqual(n, 'NULL', `application ${id} named`);
	}

	// the audit log and the data version: one step per write, no gap, the
	// same on every node
	const after = await ledger(1);
	assert.equal(after.count, after.hi - after.lo + 1, 'audit ids gap-free');
	assert.equal(after.seq, after.hi, 'the head is the last row');
	assert.ok(after.count - before.count >= ids.length + 24, 'every write audited');
	assert.equal(after.dataver - before.dataver, after.count - before.count,
		'the data version advanced once per audited write');
	for (const n of [2, 3])
		assert.deepEqual(await ledger(n), after, `node ${n} holds the same log`);
	await auditVerify();
});

test('a node killed under load: failover, nothing answered as done is lost, the node rejoins', async (t) => {
	const done = [];		// ids answered 303
	const failed = [];		// { at, status }
	let stop = false;
	let killedAt = Infinity;
	const client = async (k) => {
		while (!stop) {
			const at = Date.now();
			const res = await postForm(base, '/app/applications', applicationFields());
			if (res.status === 303) {
				const m = /^\/app\/applications\/(\d+)$/.exec(target(res));
				assert.ok(m, show(res));
				done.push(Number(m[1]));
			} else {
				failed.push({ at, status: res.status, client: k });
			}
			const read = await curl(`${APP}/app/applications?page=1`, { as: base });
			if (read.status !== 200)
				failed.push({ at, status: read.status, client: k, read: true });
		}
	};
	const clients = [0, 1, 2, 3].map(client);
	await sleep(3000);
	killedAt = Date.now();
	const k2 = await run(path.join(ROOT, 'conf/devstack.sh'), ['node-kill', '2'], { timeout: 60_000 });
	assert.equal(k2.code, 0, k2.stderr);
	await sleep(6000);
	stop = true;
	await Promise.all(clients);

	t.diagnostic(`${done.length} writes done, ${failed.length} requests failed at the kill: ` +
		JSON.stringify(failed.map((f) => ({ after_ms: f.at - killedAt, status: f.status }))));
	assert.ok(done.length > 10, `writes went on: ${done.length}`);
	// only a request in flight at the kill may fail; later ones fail over
	const late = failed.filter((f) => f.at > killedAt + 1500);
	assert.deepEqual(late, [], 'requests after the kill served by the other nodes');
	assert.equal(await status(1, 'wsrep_cluster_size'), '2', 'two nodes left');

	const have = async (n) => {
		const rows = await onNode(n, `SELECT id FROM application WHERE id IN (${done.join(',')})`);
		return rows.length;
	};
	assert.equal(await have(1), done.length, 'node 1 has every write answered as done');
	assert.equal(await have(3), done.length, 'node 3 too');

	const up = await run(path.join(ROOT, 'conf/devstack.sh'), ['node-start', '2'], { timeout: 300_000 });
	assert.equal(up.code, 0, `node-start 2:\n${up.stderr}`);
	await waitFor('node 2 Synced in a cluster of three', async () =>
		(await synced(2)) && (await status(1, 'wsrep_cluster_size')) === '3');
	assert.equal(await have(2), done.length, 'the rejoined node has every write');
	const l1 = await ledger(1);
	assert.deepEqual(await ledger(2), l1, 'node 2 holds the same audit log');
	assert.equal(l1.count, l1.hi - l1.lo + 1, 'audit ids gap-free');
	await auditVerify();
	// and it takes writes again
	const id = await createApplication(base);
	const [[n]] = await onNode(2, `SELECT COUNT(*) FROM application WHERE id = ${Number(id)}`);
	assert.equal(n, '1');
});
