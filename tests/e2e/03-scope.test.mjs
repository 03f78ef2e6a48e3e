// Every unit sees its own subtree only; the city sees all; the audit log
// is the city's.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, CHINESE, assertSecurityHeaders, childrenOf, city, curl, fetchXml, page, revalidate, show,
	twoDistrictsWithBases, unitId, units, xpath,
} from './lib.mjs';

const [d1, d2] = twoDistrictsWithBases();
const bases1 = childrenOf(d1.code).filter((u) => u.kind === 'base');
const bases2 = childrenOf(d2.code).filter((u) => u.kind === 'base');

/* Every page of a paged list as XML, merged into one list of codes. */
async function listCodes(as, query = '') {
	const codes = [];
	for (let p = 1; ; p++) {
		const { xml } = await fetchXml(`${APP}/app/units?page=${p}${query}`, { as });
		const got = (await xpath(xml, '/units/unit/@code'))
			.split('\n').map((s) => s.replace(/^\s*code="|"$/g, '')).filter(Boolean);
		codes.push(...got);
		const pages = Number(await xpath(xml, 'string(/units/@pages)'));
		if (p >= pages || p > 1000)
			break;
	}
	return codes;
}

test('a district sees its own page with its own name', async () => {
	const res = await page(`${APP}/app/`, { as: d1 });
	assertSecurityHeaders(res);
	assert.match(res.body, new RegExp(d1.name));
	assert.doesNotMatch(res.body, new RegExp(d2.name), 'not another district\'s name');
	const { xml } = await fetchXml(`${APP}/app/`, { as: d1 });
	assert.equal(await xpath(xml, 'string(/dashboard/unit/@code)'), d1.code);
	assert.equal(await xpath(xml, 'string(/dashboard/unit/name)'), d1.name);
	assert.equal(await xpath(xml, 'string(/dashboard/ancestors/unit[last()]/@code)'), d1.parent);
	const kids = (await xpath(xml, '/dashboard/children/unit/@code')).match(/\d+/g) ?? [];
	for (const b of bases1.slice(0, 50))
		assert.ok(kids.includes(b.code), `${b.code} is among ${d1.code}'s children`);
	for (const b of bases2)
		assert.ok(!kids.includes(b.code), `${b.code} is not among ${d1.code}'s children`);
});

test('/app/units lists a district\'s base unions and not another district\'s', async () => {
	const res = await page(`${APP}/app/units`, { as: d1 });
	assert.match(res.body, new RegExp(bases1[0].name));
	assert.doesNotMatch(res.body, new RegExp(bases2[0].name));
	const codes = await listCodes(d1);
	for (const b of bases1)
		assert.ok(codes.includes(b.code), `${d1.code} lists ${b.code}`);
	for (const b of bases2)
		assert.ok(!codes.includes(b.code), `${d1.code} does not list ${b.code}`);
	assert.ok(!codes.includes(d2.code), 'nor the other district itself');
	assert.ok(!codes.includes(city().code), 'nor the city above it');
	// Every unit listed is the district or under it.
	const under = new Set([d1.code]);
	for (const u of units())
		if (under.has(u.parent))
			under.add(u.code);
	for (const c of codes)
		assert.ok(under.has(c), `${c} is in ${d1.code}'s subtree`);
	// A search does not leave the subtree either.
	const other = await listCodes(d1, `&q=${encodeURIComponent(bases2[0].name)}`);
	assert.deepEqual(other, []);
	const byCode = await listCodes(d1, `&q=${bases2[0].code}`);
	assert.deepEqual(byCode, []);
});

test('a unit of another district is not there (404, as a unit that does not exist), its certificates too', async () => {
	const id = await unitId(bases2[0].code);
	for (const p of [`/app/units/${id}`, `/app/units/${id}/certs`]) {
		const res = await page(`${APP}${p}`, { as: d1, expect: 404 });
		assert.match(res.body, /未找到该单位/);
		assert.doesNotMatch(res.body, new RegExp(bases2[0].name));
		const x = await fetchXml(`${APP}${p}`, { as: d1, expect: 404 });
		assert.equal(await xpath(x.xml, 'string(/error/@reason)'), 'not-found');
	}
	const other = await unitId(d2.code);
	await page(`${APP}/app/units/${other}`, { as: d1, expect: 404 });
	const up = await unitId(city().code);
	await page(`${APP}/app/units/${up}`, { as: d1, expect: 404 });
	// A base union does not see its sibling either.
	if (bases1.length > 1) {
		const sib = await unitId(bases1[1].code);
		await page(`${APP}/app/units/${sib}`, { as: bases1[0], expect: 404 });
	}
	// and a unit that does not exist is 404 too, not 500
	const none = await curl(`${APP}/app/units/999999999`, { as: d1 });
	assert.equal(none.status, 404, show(none));
});

test('a district opens its own base unions', async () => {
	const id = await unitId(bases1[0].code);
	const { xml } = await fetchXml(`${APP}/app/units/${id}`, { as: d1 });
	assert.equal(await xpath(xml, 'string(/unit/name)'), bases1[0].name);
	assert.equal(await xpath(xml, 'string(/unit/parent/@code)'), d1.code);
	assert.equal(await xpath(xml, 'string(/unit/@can-edit)'), 'false');
	const res = await page(`${APP}/app/units/${id}`, { as: d1 });
	assert.match(res.body, new RegExp(bases1[0].name));
});

test('the city sees every unit', async () => {
	const codes = await listCodes(city());
	for (const u of units())
		assert.ok(codes.includes(u.code), `the city lists ${u.code}`);
	for (const u of [d1, d2, bases1[0], bases2[0]]) {
		const id = await unitId(u.code);
		const res = await page(`${APP}/app/units/${id}`, { as: city() });
		assert.match(res.body, new RegExp(u.name));
	}
	const res = await page(`${APP}/app/`, { as: city() });
	assert.match(res.body, new RegExp(city().name));
	assert.match(res.body, CHINESE);
});

test('/app/audit is the city\'s only', async () => {
	for (const who of [d1, bases1[0]]) {
		const res = await page(`${APP}/app/audit`, { as: who, expect: 403 });
		assert.match(res.body, /此页面仅供市总工会使用/);
		const x = await fetchXml(`${APP}/app/audit`, { as: who, expect: 403 });
		assert.equal(await xpath(x.xml, 'string(/error/@reason)'), 'city-only');
		const csv = await curl(`${APP}/app/audit?format=csv`, { as: who });
		assert.equal(csv.status, 403, show(csv));
	}
	const res = await page(`${APP}/app/audit`, { as: city() });
	assertSecurityHeaders(res);
	assert.match(res.body, /审计/);
	const { xml } = await fetchXml(`${APP}/app/audit`, { as: city() });
	assert.ok(Number(await xpath(xml, 'string(/audit/@total)')) > 0, 'the log has rows');
	const csv = await curl(`${APP}/app/audit?format=csv`, { as: city() });
	assert.equal(csv.status, 200, show(csv));
	assert.match(csv.headers['content-type'], /^text\/csv/);
	assert.ok(csv.body.startsWith('\ufeff'), 'CSV starts with a byte order mark');
});

test('the reviewers\' pages are private and carry an ETag for their own certificate', async () => {
	const { first: a, again } = await revalidate(`${APP}/app/units`, { as: d1 });
	assert.equal(a.status, 200, show(a));
	assert.match(a.headers['cache-control'] ?? '', /private|no-store/);
	assert.ok(a.headers.etag, show(a));
	assert.equal(again.status, 304, show(again));
	// Another unit's tag is not this unit's page.
	const b = await curl(`${APP}/app/units`, { as: d2, headers: { 'If-None-Match': a.headers.etag } });
	assert.equal(b.status, 200, show(b));
	assert.doesNotMatch(b.body, new RegExp(bases1[0].name));
});

test('every reviewers\' page, for each kind of unit, is a valid XML document and prints', async () => {
	const [d] = twoDistrictsWithBases();
	const b = bases1[0];
	const pages = async (u) => {
		const id = await unitId(u.code);
		const list = ['/app/', '/app/units', '/app/units?kind=base', `/app/units/${id}`, `/app/units/${id}/certs`];
		if (u.kind === 'city')
			list.push('/app/audit', `/app/units/${await unitId(b.code)}`);
		return list;
	};
	for (const u of [city(), d, b]) {
		for (const p of await pages(u)) {
			const { root } = await fetchXml(`${APP}${p}`, { as: u });
			assert.notEqual(root, 'error', p);
			const pr = await page(`${APP}${p}${p.includes('?') ? '&' : '?'}format=print`, { as: u });
			assert.match(pr.body, CHINESE);
		}
	}
	// Refusals are valid error documents too.
	const other = await unitId(bases2[0].code);
	for (const [p, u, status] of [[`/app/units/${other}`, d, 404], ['/app/audit', b, 403],
		['/app/units/999999999', city(), 404], ['/app/nothing', city(), 404]]) {
		const { root } = await fetchXml(`${APP}${p}`, { as: u, expect: status });
		assert.equal(root, 'error', p);
	}
});

test('the CSV export of the unit list keeps to the subtree', async () => {
	const res = await curl(`${APP}/app/units?format=csv`, { as: d1 });
	assert.equal(res.status, 200, show(res));
	assert.match(res.headers['content-type'], /^text\/csv/);
	assert.match(res.headers['content-disposition'] ?? '', /attachment/);
	assert.ok(res.body.startsWith('\ufeff'), 'byte order mark for Excel');
	for (const b of bases1)
		assert.match(res.body, new RegExp(b.name));
	for (const b of bases2)
		assert.doesNotMatch(res.body, new RegExp(b.name));
	assert.doesNotMatch(res.body, new RegExp(`^[^\\n]*${d2.name}`, 'm'));
});
