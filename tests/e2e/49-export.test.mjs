// The XML exports (GET /app/export?what=&year=): streamed as an
// attachment, valid against xslt/schema/export.xsd, holding exactly the
// records of the unit's subtree that its lists show it (the sets compared
// with the database's own rows of that subtree, selected here), an
// application before its recommendation only in its base union's export;
// a year keeps the records of that year; a what= or year= that does not
// parse is a 400 naming it, and the page offering the exports renders.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, applicationFields, city, createApplication, curl, fieldOf, page, run, show, sql, unit,
	validateXml, xmllint
} from './lib.mjs';

const base = unit('22010202');		// under 南关区
const district = unit('220102');
const otherDistrict = unit('220103');

async function exportOf(as, query) {
	const res = await curl(`${APP}/app/export?${query}`, { as });
	assert.equal(res.status, 200, show(res));
	assert.match(res.headers['content-type'], /^application\/xml/);
	assert.match(res.headers['content-disposition'], /^attachment; filename="export_/);
	assert.equal(await validateXml(res.body), 'export');
	return res.body;
}

/* The values of an attribute over a node set, as a sorted list. */
async function ids(xml, expr) {
	const r = await xmllint(['--xpath', expr], xml);
	if (r.code !== 0)
		return [];
	return [...r.stdout.matchAll(/"(\d+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
}

/* The ids a statement of the database gives, sorted. */
async function rows(query) {
	const r = await sql(query);
	assert.equal(r.code, 0, r.stderr);
	return r.stdout.split('\n').filter((l) => l !== '').map(Number).sort((a, b) => a - b);
}

async function pathOf(u) {
	const r = await sql(`SELECT path FROM unit WHERE code = '${u.code}'`);
	return r.stdout.trim();
}

let draft;

test('a base union\'s draft application is in its own export only', async () => {
	const fields = applicationFields();
	draft = await createApplication(base, fields);
	const mine = await exportOf(base, 'what=applications');
	assert.ok(mine.includes(fieldOf(fields, 'name')), 'the base union exports its draft');
	const theirs = await exportOf(district, 'what=applications');
	assert.ok(!theirs.includes(fieldOf(fields, 'name')), 'the district does not see it');
	const cityx = await exportOf(city(), 'what=applications');
	assert.ok(!cityx.includes(fieldOf(fields, 'name')), 'nor does the city');
});

test('everything: each part holds exactly the subtree\'s records', async () => {
	for (const u of [city(), district, otherDistrict]) {
		const xml = await exportOf(u, 'what=all');
		const p = await pathOf(u);
		assert.deepEqual(await ids(xml, '/export/studios/studio/@id'),
			await rows(`SELECT id FROM studio WHERE base_path LIKE '${p}%'`), `${u.code}: studios`);
		assert.deepEqual(await ids(xml, '/export/applications/application/@id'),
			await rows(`SELECT id FROM application WHERE base_path LIKE '${p}%' AND (first_recommended_at IS NOT NULL OR base_path = '${p}')`),
			`${u.code}: applications`);
		assert.deepEqual(await ids(xml, '/export/assessments/sheet/@id'),
			await rows(`SELECT id FROM assessment_sheet WHERE base_path LIKE '${p}%'`), `${u.code}: sheets`);
		assert.deepEqual(await ids(xml, '/export/grants/grant/@id'),
			await rows(`SELECT id FROM subsidy_grant WHERE base_path LIKE '${p}%'`), `${u.code}: grants`);
		assert.deepEqual(await ids(xml, '/export/spending/entry/@id'),
			await rows(`SELECT id FROM spending WHERE base_path LIKE '${p}%'`), `${u.code}: spending`);
		assert.deepEqual(await ids(xml, '/export/achievements/achievement/@id'),
			await rows(`SELECT id FROM achievement WHERE base_path LIKE '${p}%' AND (status <> 'draft' OR base_path = '${p}')`),
			`${u.code}: achievements`);
		assert.equal(await ids(xml, '/export/@unit-id').then((a) => a.length), 1);
	}
	// Two districts' exports do not overlap, and the city's holds both.
	const two = (await sql("SELECT u.code FROM unit u WHERE u.kind = 'district' AND EXISTS" +
		" (SELECT 1 FROM studio s WHERE s.base_path LIKE CONCAT(u.path, '%')) ORDER BY u.id LIMIT 2"))
		.stdout.split('\n').filter((l) => l !== '');
	assert.equal(two.length, 2, 'the demo data has studios in two districts');
	const a = await ids(await exportOf(unit(two[0]), 'what=studios'), '/export/studios/studio/@id');
	const b = await ids(await exportOf(unit(two[1]), 'what=studios'), '/export/studios/studio/@id');
	assert.ok(a.length > 0 && b.length > 0);
	assert.equal(a.filter((x) => b.includes(x)).length, 0);
	const c = await ids(await exportOf(city(), 'what=studios'), '/export/studios/studio/@id');
	for (const x of [...a, ...b])
		assert.ok(c.includes(x));
});

test('one part, one year: only that part, only that year\'s records', async () => {
	const xml = await exportOf(city(), 'what=studios&year=2024');
	const r = await xmllint(['--xpath', 'count(/export/*)'], xml);
	assert.equal(r.stdout.trim(), '2', 'the unit and the studios only');
	const named = await xmllint(['--xpath', '/export/studios/studio/@named-on'], xml);
	const years = [...named.stdout.matchAll(/named-on="(\d{4})/g)].map((m) => m[1]);
	assert.ok(years.length > 0, 'the demo data names studios in 2024');
	assert.deepEqual([...new Set(years)], ['2024']);
	assert.deepEqual(await ids(xml, '/export/studios/studio/@id'),
		await rows("SELECT id FROM studio WHERE YEAR(named_on) = 2024"));
	const funding = await exportOf(district, 'what=funding&year=2026');
	const parts = await xmllint(['--xpath', 'count(/export/grants) + count(/export/spending) + count(/export/*)'], funding);
	assert.equal(parts.stdout.trim(), '5', 'funding: its grants and its spending');
});

test('what and year that do not parse: 400 naming the field; the page offers the exports', async () => {
	for (const [q, field] of [['what=secrets', 'what'], ['what=all&year=20x6', 'year'],
		['what=all&year=1800', 'year'], ['what=%25', 'what']]) {
		const res = await curl(`${APP}/app/export?${q}&format=xml`, { as: district });
		assert.equal(res.status, 400, show(res));
		assert.match(res.body, new RegExp(`<error field="${field}">`));
	}
	const html = (await page(`${APP}/app/export`, { as: district })).body;
	assert.match(html, /<form[^>]*action="\/app\/export"/);
	assert.match(html, /<option value="funding">/);
	// Without a certificate: nginx refuses before the worker.
	const res = await curl(`${APP}/app/export?what=all`);
	assert.ok(res.status === 400 || res.status === 403 || res.status === 495 || res.status === 496, show(res));
});
