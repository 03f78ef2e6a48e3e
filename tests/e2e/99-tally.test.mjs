// Last of the end-to-end tests: what the writes keep (table tally,
// sql/012_tally.sql and 023_named_tally.sql; unit.certs,
// sql/022_unit_certs.sql; studio.types, sql/026_studio_types.sql;
// studio_fail_run, sql/027_fail_run.sql) agrees with a full count of what
// every test before this one wrote, for every unit, kind of record and
// status.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { APP, city, fetchXml, sql, unit, xpath } from './lib.mjs';

async function rows(query) {
	const r = await sql(query);
	assert.equal(r.code, 0, `${query}: ${r.stderr}`);
	return r.stdout.trim().split('\n').filter((l) => l !== '').sort();
}

test('a filtered count stops at 10,000: the list says 10,000+ and still pages', async () => {
	const parent = (await rows("SELECT id, path FROM unit WHERE code = '220102'"))[0].split('\t');
	const add = `INSERT INTO unit (code, kind, parent_id, name, path, depth)
		WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10050)
		SELECT CONCAT('T', 9000000 + i), 'base', ${parent[0]}, CONCAT('计数测试单位', i),
		CONCAT('${parent[1]}', 'T', 9000000 + i, '/'), 2 FROM n`;
	const r = await sql(`SET SESSION max_recursive_iterations = 20000; ${add}`);
	assert.equal(r.code, 0, r.stderr);
	try {
		const { xml } = await fetchXml(`${APP}/app/units?kind=base`, { as: city() });
		assert.equal(await xpath(xml, 'string(/units/@more)'), 'true');
		assert.equal(await xpath(xml, 'string(/units/@total)'), '10000');
		assert.equal(await xpath(xml, 'count(/units/unit)'), '50');
		const deep = await fetchXml(`${APP}/app/units?kind=base&page=200`, { as: city() });
		assert.equal(await xpath(deep.xml, 'count(/units/unit)'), '50');
		// Without a filter, the kept count is exact.
		const all = await fetchXml(`${APP}/app/units`, { as: city() });
		assert.equal(await xpath(all.xml, 'string(/units/@more)'), '');
		assert.ok(Number(await xpath(all.xml, 'string(/units/@total)')) > 10050);
	} finally {
		const d = await sql("DELETE FROM unit WHERE code LIKE 'T9%' AND name LIKE '计数测试单位%'");
		assert.equal(d.code, 0, d.stderr);
	}
});

const FULL = {
	unit: `SELECT a.path, '', COUNT(*) FROM unit a JOIN unit d ON d.path LIKE CONCAT(a.path, '%') GROUP BY a.path`,
	application: `SELECT a.path, x.status, COUNT(*) FROM unit a JOIN application x
		ON x.base_path LIKE CONCAT(a.path, '%') GROUP BY a.path, x.status`,
	'app-private': `SELECT a.path, x.status, COUNT(*) FROM unit a JOIN application x
		ON x.base_path LIKE CONCAT(a.path, '%') WHERE x.first_recommended_at IS NULL
		GROUP BY a.path, x.status`,
	studio: `SELECT a.path, x.status, COUNT(*) FROM unit a JOIN studio x
		ON x.base_path LIKE CONCAT(a.path, '%') GROUP BY a.path, x.status`,
	named: `SELECT '', DATE_FORMAT(named_on, '%Y-%m-%d'), COUNT(*) FROM studio
		WHERE status IN ('active', 'key-support', 'supervised', 'upgraded') GROUP BY named_on`,
};

for (const [what, full] of Object.entries(FULL)) {
	test(`the kept counts of ${what} agree with a full count`, async () => {
		const kept = await rows(`SELECT path, status, n FROM tally WHERE what = '${what}' AND n <> 0`);
		const counted = await rows(full);
		assert.ok(counted.length > 0, 'there is something to count');
		assert.deepEqual(kept, counted);
	});
}

test('each unit\'s certificates in force, kept on its row, agree with a full count', async () => {
	const wrong = await rows(`SELECT u.code, u.certs, (SELECT COUNT(*) FROM cert c
		WHERE c.unit_id = u.id AND c.revoked_at IS NULL) AS n FROM unit u HAVING u.certs <> n`);
	assert.deepEqual(wrong, []);
	const [withCerts] = await rows('SELECT COUNT(*) FROM unit WHERE certs > 0');
	assert.ok(Number(withCerts) > 0, 'some unit has certificates');
	const [revoked] = await rows('SELECT COUNT(*) FROM cert WHERE revoked_at IS NOT NULL');
	assert.ok(Number(revoked) > 0, 'the tests revoked some certificate');
});

test('each studio\'s types, kept on its row, are its types in the code table\'s order', async () => {
	const wrong = await rows(`SELECT s.id, s.types, COALESCE((SELECT GROUP_CONCAT(t.type
		ORDER BY c.seq SEPARATOR ' ') FROM studio_type t JOIN code_studio_type c ON c.code = t.type
		WHERE t.studio_id = s.id), '') AS want FROM studio s HAVING s.types <> want`);
	assert.deepEqual(wrong, []);
	const [typed] = await rows("SELECT COUNT(*) FROM studio WHERE types <> ''");
	assert.ok(Number(typed) > 0, 'some studio has types');
});

test('each studio\'s run of failed years, kept by the writes, is what its filed sheets say', async () => {
	// The newest filed grades first, counted while they are 不合格.
	const sheets = await rows(`SELECT studio_id, year, filed_grade FROM assessment_sheet
		WHERE filed_grade IS NOT NULL`);
	const by = new Map();
	for (const line of sheets) {
		const [sid, year, grade] = line.split('\t');
		if (!by.has(sid)) by.set(sid, []);
		by.get(sid).push([Number(year), grade]);
	}
	const want = new Map();
	for (const [sid, g] of by) {
		g.sort((a, b) => b[0] - a[0]);
		let n = 0;
		while (n < g.length && g[n][1] === 'fail') n++;
		want.set(sid, n);
	}
	const kept = await rows('SELECT s.id, COALESCE(f.n, 0) FROM studio s LEFT JOIN studio_fail_run f ON f.studio_id = s.id');
	let failing = 0;
	for (const line of kept) {
		const [sid, n] = line.split('\t');
		assert.equal(Number(n), want.get(sid) ?? 0, `studio ${sid}`);
		if (Number(n) > 0) failing++;
	}
	assert.ok(failing > 0, 'some studio has a failed year');
});

test('each unit\'s lists count by the tally what a full count finds', async () => {
	for (const code of ['220100', '220102', '22010202', '220174']) {
		const [path] = await rows(`SELECT path FROM unit WHERE code = '${code}'`);
		const [apps] = await rows(`SELECT COUNT(*) FROM application a WHERE a.base_path LIKE '${path}%'
			AND (a.first_recommended_at IS NOT NULL OR a.base_path = '${path}')`);
		const [studios] = await rows(`SELECT COUNT(*) FROM studio WHERE base_path LIKE '${path}%'`);
		const a = await fetchXml(`${APP}/app/applications`, { as: unit(code) });
		assert.equal(await xpath(a.xml, 'string(/applications/@total)'), apps, `${code}: applications`);
		const s = await fetchXml(`${APP}/app/studios`, { as: unit(code) });
		assert.equal(await xpath(s.xml, 'string(/studios/@total)'), studios, `${code}: studios`);
	}
});

test('the pages show the kept counts', async () => {
	const [units] = await rows("SELECT n FROM tally WHERE what = 'unit' AND path = (SELECT path FROM unit WHERE parent_id IS NULL)");
	const { xml } = await fetchXml(`${APP}/app/units`, { as: city() });
	assert.equal(await xpath(xml, 'string(/units/@total)'), units);
});
