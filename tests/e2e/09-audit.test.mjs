// The audit log: every write of the tests before this one is in it,
// hash-chained; `studioctl audit-verify` passes, and names the row when one
// is edited by hand or the tail is cut.  Each tampering is undone in a
// finally block, so the chain is intact again for whatever runs next.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { APP, city, fetchXml, fingerprint, sql, studioctl, xpath } from './lib.mjs';

async function verify() {
	const r = await studioctl('audit-verify');
	return { code: r.code, out: r.stdout + r.stderr };
}

async function q(query) {
	const r = await sql(query);
	assert.equal(r.code, 0, `${query}: ${r.stderr}`);
	return r.stdout.replace(/\n$/, '');
}

test('the writes made through the site are in the audit log, by the city\'s certificate', async () => {
	const { xml } = await fetchXml(`${APP}/app/audit`, { as: city() });
	const fp = await fingerprint(city().cert);
	assert.ok(Number(await xpath(xml, `count(/audit/entry[@action="cert.enrol" and @fingerprint="${fp}"])`)) > 0,
		'enrolments by the city');
	assert.ok(Number(await xpath(xml, `count(/audit/entry[@action="cert.revoke" and @fingerprint="${fp}"])`)) > 0,
		'revocations by the city');
	// Newest first, each row chained to the one before.
	const ids = (await xpath(xml, '/audit/entry/@id')).match(/\d+/g).map(Number);
	assert.deepEqual(ids, [...ids].sort((a, b) => b - a));
	for (let i = 0; i + 1 < Math.min(ids.length, 20); i++)
		assert.equal(await xpath(xml, `string(/audit/entry[@id="${ids[i]}"]/@prev)`),
			await xpath(xml, `string(/audit/entry[@id="${ids[i + 1]}"]/@hash)`), `row ${ids[i]} chains to ${ids[i + 1]}`);
});

test('audit-verify passes on the log the tests wrote', async () => {
	const v = await verify();
	assert.equal(v.code, 0, v.out);
	const rows = Number(/intact: (\d+) rows/.exec(v.out)?.[1]);
	assert.equal(String(rows), await q('SELECT COUNT(*) FROM audit'), v.out);
	assert.ok(rows > 2, v.out);
});

test('a row edited by hand: audit-verify exits 1 and names it', async () => {
	const holder = await q('SELECT holder FROM audit WHERE id = 2');
	try {
		await q("UPDATE audit SET holder = 'x' WHERE id = 2");
		const v = await verify();
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, /BROKEN at row 2\b/);
	} finally {
		await sql(`UPDATE audit SET holder = ${sqlString(holder)} WHERE id = 2`);
	}
	const v = await verify();
	assert.equal(v.code, 0, `restored: ${v.out}`);
});

test('the action of a recent row changed: audit-verify names that row', async () => {
	const last = Number(await q('SELECT MAX(id) FROM audit'));
	const id = last - 1;
	const action = await q(`SELECT action FROM audit WHERE id = ${id}`);
	try {
		await q(`UPDATE audit SET action = 'cert.nothing' WHERE id = ${id}`);
		const v = await verify();
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, new RegExp(`BROKEN at row ${id}\\b`));
	} finally {
		await sql(`UPDATE audit SET action = ${sqlString(action)} WHERE id = ${id}`);
	}
	assert.equal((await verify()).code, 0);
});

test('the tail cut off: audit-verify notices', async () => {
	const last = await q('SELECT MAX(id) FROM audit');
	await q('DROP TABLE IF EXISTS audit_keep');
	await q(`CREATE TABLE audit_keep AS SELECT * FROM audit WHERE id = ${last}`);
	try {
		await q(`DELETE FROM audit WHERE id = ${last}`);
		const v = await verify();
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, new RegExp(`BROKEN at row ${last}\\b`));
	} finally {
		await sql('INSERT INTO audit SELECT * FROM audit_keep WHERE NOT EXISTS ' +
			`(SELECT 1 FROM audit WHERE id = ${last})`);
		await sql('DROP TABLE IF EXISTS audit_keep');
	}
	const v = await verify();
	assert.equal(v.code, 0, `restored: ${v.out}`);
});

function sqlString(s) {
	return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
