// A reload (SIGHUP) checks the new configuration and stylesheets in a
// child, then the master executes itself afresh with the same pid and
// socket: its memory does not grow with each reload, the old workers
// finish and are reaped.  A stylesheet that does not compile at reload
// keeps the master, its stylesheets and its workers serving.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';

import { APP, CONF, PUB, city, curl, masterPid, show, tmp, waitFor, workerPids } from './lib.mjs';

const WORKERS = process.env.WORKERS ? Number(process.env.WORKERS) : null;

function priv(pid) {
	const t = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
	return [...t.matchAll(/^Private_(?:Clean|Dirty):\s+(\d+)/gm)].reduce((s, m) => s + Number(m[1]), 0);
}

function children(pid) {
	return workerPids().then((w) => w.filter((p) => p !== pid));
}

/* SIGHUP, then wait for a full pool none of whose workers was there. */
async function reload() {
	const master = masterPid();
	const before = await workerPids();
	process.kill(master, 'SIGHUP');
	return waitFor('a new generation of workers, the old ones reaped', async () => {
		const now = await children(master);
		const full = WORKERS === null ? now.length >= 1 : now.length === WORKERS;
		return full && !now.some((p) => before.includes(p)) ? now : null;
	}, { timeout: 60_000 });
}

async function pages() {
	for (const [url, opts] of [[`${PUB}/?t=${Date.now()}`, {}], [`${APP}/app/units`, { as: city() }]]) {
		const res = await curl(url, opts);
		assert.equal(res.status, 200, `${url}: ${show(res)}`);
		assert.match(res.body, /<nav class="site-nav"|class="masthead"/, url);
	}
}

test('reloads execute the master afresh: same pid, memory flat, pages served', async () => {
	const master = masterPid();
	await reload();
	await pages();
	const first = priv(master);
	for (let i = 0; i < 6; i++)
		await reload();
	await pages();
	assert.equal(masterPid(), master, 'the same master');
	assert.equal(readFileSync(`/proc/${master}/comm`, 'utf8').trim(), 'studiod');
	const last = priv(master);
	assert.ok(last < first + 1024, `master private memory ${first} kB after one reload, ${last} kB after seven`);
});

test('a stylesheet that does not compile at reload keeps the master and what it serves', async () => {
	const master = masterPid();
	const conf = readFileSync(CONF, 'utf8');
	const dir = tmp('xslt-bad');
	const src = /^xslt_dir\s*=\s*(.+)$/m.exec(conf)[1].trim();
	cpSync(src, dir, { recursive: true });
	writeFileSync(`${dir}/layout.xsl`, '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template');
	try {
		writeFileSync(CONF, conf.replace(/^xslt_dir\s*=.*$/m, `xslt_dir = ${dir}`));
		await reload();
		assert.equal(masterPid(), master, 'the same master');
		await pages();
	} finally {
		writeFileSync(CONF, conf);
		rmSync(dir, { recursive: true, force: true });
	}
	await reload();
	await pages();
});
