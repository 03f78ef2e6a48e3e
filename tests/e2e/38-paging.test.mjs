// Paging by key: the 下一页 link carries the key of the page's last row, so
// walking a list page by page shows every row exactly once while rows are
// added and removed between the requests (numbered pages, by offset,
// would repeat or skip some).  The numbered links and 上一页 carry the key
// of the page's last row (<next>) or first row (<prev>) and the rows to
// skip from it, 末页 the count from the end: a page reads no keys but its
// own, and only the link followed reads the few it skips.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { APP, city, fetchXml, page as html, sql, unit, xpath } from './lib.mjs';

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

const Q = `q=${encodeURIComponent('翻页测试')}`;

/* The pager's links of an HTML page: [{ text, href }], href decoded. */
function pagerLinks(body) {
	const nav = /<nav class="pager"[\s\S]*?<\/nav>/.exec(body)?.[0] ?? '';
	return [...nav.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) =>
		({ href: m[1].replaceAll('&amp;', '&'), text: m[2] }));
}

/* One page of the 翻页测试 units: its links (HTML) and its codes (XML). */
async function unitsPage(query) {
	const url = `${APP}/app/units${query}`;
	const links = pagerLinks((await html(url, { as: city() })).body);
	const { xml } = await fetchXml(url, { as: city() });
	const codes = (await xpath(xml, '/units/unit/@code')).match(/P[A-Z]\d+/g) ?? [];
	return { links, codes, page: Number(await xpath(xml, 'string(/units/@page)')) };
}

function link(links, text) {
	const l = links.find((x) => x.text === text);
	assert.ok(l, `a link "${text}" among ${links.map((x) => x.text).join(' ')}`);
	return l.href;
}

function onceInOrder(seen, start, dir) {
	const once = new Map();
	for (const c of seen)
		once.set(c, (once.get(c) ?? 0) + 1);
	for (const c of start)
		assert.equal(once.get(c), 1, `${c} shown once`);
	for (const [c, k] of once)
		assert.equal(k, 1, `${c} not shown twice`);
	for (let i = 1; i < seen.length; i++)
		assert.ok(dir * seen[i - 1].localeCompare(seen[i]) < 0, `${seen[i - 1]} before ${seen[i]}`);
}

test('every link of the pager shows the page of its number, by key', async () => {
	await must("DELETE FROM unit WHERE name LIKE '翻页测试%'");
	await add('M', 100, 527);		// 11 pages, the last of 27 rows
	try {
		const offset = async (n) => (await unitsPage(`?${Q}&page=${n}`)).codes;
		const check = async (from) => {
			for (const l of from.links) {
				assert.match(l.href, /^\?page=\d+&q=[^&]+(&(after|before)=[^&]+(&skip=(50|100|150))?|&end=1)?$/, l.href);
				const n = Number(/page=(\d+)/.exec(l.href)[1]);
				if (n > 1 && Math.abs(n - from.page) <= 4 || n === 11 && from.page !== 11)
					assert.match(l.href, /&(after|before|end)=/, `${l.text}: by key`);
				const to = await unitsPage(l.href);
				assert.equal(to.page, n, l.href);
				assert.deepEqual(to.codes, await offset(n), `${l.text} (${l.href})`);
			}
		};
		const p1 = await unitsPage(`?${Q}`);
		await check(p1);
		const p6 = await unitsPage(link(p1.links, '5'));
		const p7 = await unitsPage(link(p6.links, '7'));
		assert.equal(p7.page, 7);
		await check(p7);
		await check(await unitsPage(link(p1.links, '末页')));
	} finally {
		await must("DELETE FROM unit WHERE name LIKE '翻页测试%'");
	}
});

test('walking by the numbered links, and back by 上一页, shows each row once in order while rows come and go', async () => {
	await must("DELETE FROM unit WHERE name LIKE '翻页测试%'");
	await add('M', 100, 260);
	const start = (await must("SELECT code FROM unit WHERE name LIKE '翻页测试%' ORDER BY path")).split('\n');
	try {
		// Forward by the number of the next page; rows added before
		// and after the cursor, and rows removed already shown.
		let seen = [];
		let p = await unitsPage(`?${Q}`);
		for (let n = 2; ; n++) {
			seen.push(...p.codes);
			const l = p.links.find((x) => x.text === String(n));
			if (l === undefined)
				break;
			assert.match(l.href, /&after=/);
			await add('B', n * 10, 3);
			await add('Z', n * 10, 3);
			await must(`DELETE FROM unit WHERE code = '${p.codes[0]}'`);
			p = await unitsPage(l.href);
			assert.equal(p.page, n);
		}
		onceInOrder(seen, start, 1);
		assert.ok(seen.some((c) => c.startsWith('PZ')), 'rows added ahead are shown');

		// Back from the last page by 上一页: rows added behind the
		// cursor (already shown) and removed there.
		await must("DELETE FROM unit WHERE name LIKE '翻页测试%'");
		await add('M', 100, 260);
		const all = (await must("SELECT code FROM unit WHERE name LIKE '翻页测试%' ORDER BY path")).split('\n');
		seen = [];
		p = await unitsPage(link((await unitsPage(`?${Q}`)).links, '末页'));
		for (let i = 0; i < 20; i++) {
			seen.push(...[...p.codes].reverse());
			if (p.page === 1)
				break;
			await add('Z', 500 + i * 10, 3);
			await must(`DELETE FROM unit WHERE code = '${p.codes.at(-1)}'`);
			p = await unitsPage(link(p.links, '上一页'));
		}
		onceInOrder(seen, all, -1);
	} finally {
		await must("DELETE FROM unit WHERE name LIKE '翻页测试%'");
	}
});

test('a forged key only mislabels the page: never an error, never rows out of scope', async () => {
	const district = unit('220102');
	const path = await must("SELECT path FROM unit WHERE code = '220102'");
	const other = await must("SELECT path FROM unit WHERE depth = 1 AND code <> '220102' ORDER BY path LIMIT 1");
	await must("DELETE FROM unit WHERE name LIKE '翻页测试%'");
	await add('M', 100, 300);
	try {
		for (const q of [`page=5&after=${encodeURIComponent(other)}`,
			`page=9&after=${encodeURIComponent('~~~')}`, 'page=2&after=0', `page=7&after=${encodeURIComponent(path)}`,
			`page=4&before=${encodeURIComponent(other)}&skip=100`, `page=3&before=${encodeURIComponent('~~~')}&skip=150`,
			`page=6&after=${encodeURIComponent(path)}&skip=99999`, 'page=2&skip=-5&after=x', 'page=2&end=1', 'page=7&end=1',
			'page=99999&end=1', `page=5&before=${encodeURIComponent(path)}`]) {
			const { xml } = await fetchXml(`${APP}/app/units?${q}`, { as: district });
			const paths = (await xpath(xml, '/units/unit/@id')).match(/\d+/g) ?? [];
			const codes = (await xpath(xml, '/units/unit/@code')).match(/[0-9A-Z]+/g) ?? [];
			assert.equal(paths.length, codes.length);
			for (const c of codes) {
				const p = await must(`SELECT path FROM unit WHERE code = '${c}'`);
				assert.ok(p.startsWith(path), `${q}: ${c} is in the district`);
			}
			for (const a of (await xpath(xml, '/units/prev/@before | /units/next/@after')).match(/"[^"]*"/g) ?? [])
				assert.ok(a.slice(1, -1).startsWith(path), `${q}: key ${a} is in the district`);
			await html(`${APP}/app/units?${q}`, { as: district });
		}
		for (const q of ['page=4&after-id=999999999', 'page=2&after-id=1', 'page=30&after-id=5']) {
			const { xml } = await fetchXml(`${APP}/app/audit?${q}`, { as: city() });
			assert.ok(Number(await xpath(xml, 'count(/audit/entry)')) >= 0);
			await html(`${APP}/app/audit?${q}`, { as: city() });
		}
		for (const q of ['page=3&after=2999-01-01&after-id=5', 'page=2&after=x&after-id=1'])
			await html(`${APP}/app/applications?${q}`, { as: city() });
	} finally {
		await must("DELETE FROM unit WHERE name LIKE '翻页测试%'");
	}
});
