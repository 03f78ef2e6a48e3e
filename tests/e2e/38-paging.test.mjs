// Paging by key: the 下一页 link carries the key of the page's last row, so
// walking a list page by page shows every row exactly once while rows are
// added and removed between the requests (numbered pages, by offset,
// would repeat or skip some).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { APP, city, fetchXml, sql, xpath } from './lib.mjs';

async function must(query) {
	const r = await sql(query);
	assert.equal(r.code, 0, `${query}: ${r.stderr}`);
	return r.stdout.trim();
}

/* Add units named 翻页测试<tag><i> under 南关区 (codes P<n>). */
async function add(tag, from, count) {
	const [pid, path] = (await must("SELECT id, path FROM unit WHERE code = '220102'")).split('\t');
	await must(`INSERT INTO unit (code, kind, parent_id, name, path, depth)
		WITH RECURSIVE n (i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${from + count - 1})
		SELECT CONCAT('P${tag}', LPAD(i, 5, '0')), 'base', ${pid}, CONCAT('翻页测试${tag}', LPAD(i, 5, '0')),
		CONCAT('${path}P${tag}', LPAD(i, 5, '0'), '/'), 2 FROM n`);
}

test('walking a list by its 下一页 links shows each row once while rows come and go', async () => {
	await must("DELETE FROM unit WHERE name LIKE '翻页测试%'");
	await add('M', 100, 160);		// 160 rows, between the B and Z ones below
	const start = (await must("SELECT code FROM unit WHERE name LIKE '翻页测试%' ORDER BY path")).split('\n');
	try {
		const seen = [];
		let url = `${APP}/app/units?q=${encodeURIComponent('翻页测试')}&format=xml`;
		for (let page = 1; page < 20; page++) {
			const { xml } = await fetchXml(url, { as: city() });
			seen.push(...(await xpath(xml, '/units/unit/@code')).match(/P[A-Z]\d+/g) ?? []);
			const after = await xpath(xml, 'string(/units/next/@after)');
			if (after === '')
				break;
			// Between two pages: rows added before and after the
			// cursor, and rows removed that were already shown.
			await add('B', page * 10, 3);
			await add('Z', page * 10, 3);
			await must(`DELETE FROM unit WHERE code IN ('PM${String(100 + page).padStart(5, '0')}')`);
			url = `${APP}/app/units?q=${encodeURIComponent('翻页测试')}&format=xml&page=${page + 1}` +
				`&after=${encodeURIComponent(after)}`;
		}
		const once = new Map();
		for (const c of seen)
			once.set(c, (once.get(c) ?? 0) + 1);
		for (const c of start)
			assert.equal(once.get(c), 1, `${c} shown once`);
		for (const [c, k] of once)
			assert.equal(k, 1, `${c} not shown twice`);
		// Rows added after the cursor (the Z ones) were reached.
		assert.ok(seen.some((c) => c.startsWith('PZ')), 'rows added ahead are shown');
	} finally {
		await must("DELETE FROM unit WHERE name LIKE '翻页测试%'");
	}
});

test('a key that does not parse is no key: the page by its number', async () => {
	for (const q of ['after-id=x', 'after-id=0', 'after=', `after=${'x'.repeat(300)}`]) {
		const { xml } = await fetchXml(`${APP}/app/audit?format=xml&${q}`, { as: city() });
		assert.equal(await xpath(xml, 'string(/audit/@page)'), '1', q);
	}
	// The audit log by key: the page after an entry starts below it.
	const { xml } = await fetchXml(`${APP}/app/audit?format=xml`, { as: city() });
	const next = await xpath(xml, 'string(/audit/next/@after-id)');
	const last = (await xpath(xml, '/audit/entry/@id')).match(/\d+/g).map(Number).pop();
	assert.equal(Number(next), last);
	const p2 = await fetchXml(`${APP}/app/audit?format=xml&page=2&after-id=${next}`, { as: city() });
	const ids = (await xpath(p2.xml, '/audit/entry/@id')).match(/\d+/g).map(Number);
	assert.ok(ids.length > 0 && ids.every((i) => i < last));
	assert.equal(ids[0], last - 1);
});
