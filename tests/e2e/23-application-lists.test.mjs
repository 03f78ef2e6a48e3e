// The list of applications (scoped to the unit's subtree, filtered,
// paged), batch approval by an auditing unit (all or nothing), and each
// unit's to-do list on /app/ (what waits for its action).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import {
	APP, act, applicationAsOwner, applicationFields, applicationXml, childrenOf, city, createApplication, fetchXml, page,
	postForm, show, transition, unit, unitId, validateXml, xpath, xpaths, target
} from './lib.mjs';

const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const district = unit('220102');	// 南关区总工会
const otherBase = unit('22017302');	// 长春希达电子技术有限公司工会, under 高新区
const otherDistrict = unit('220103');	// 宽城区总工会

/*
 * Applications this file leaves open: withdrawn or rejected at the end, so
 * that the units' to-do lists do not grow from run to run.
 */
const open = [];
after(async () => {
	for (const [owner, id] of open) {
		const { status } = await applicationAsOwner(id);
		if (['draft', 'returned', 'recommended'].includes(status))
			await transition(owner, id, 'withdraw', { opinion: '测试结束，撤回。' });
		else if (status === 'audited')
			await transition(city(), id, 'reject', { opinion: '测试结束，不予命名。' });
	}
});

async function create(owner, over = {}) {
	const id = await createApplication(owner, applicationFields(over));
	open.push([owner, id]);
	return id;
}

/* The ids of one page of the list, and its paging attributes. */
async function listPage(as, query) {
	const { xml } = await fetchXml(`${APP}/app/applications?${query}`, { as });
	const ids = ((await xpath(xml, '/applications/application/@id')).match(/\d+/g) ?? []);
	const [pageNo, perPage, total, pages] = (await xpaths(xml, ['/applications/@page',
		'/applications/@per-page', '/applications/@total', '/applications/@pages'])).map(Number);
	return { xml, ids, page: pageNo, perPage, total, pages };
}

/* A unique word for the names of one test's applications. */
function token() {
	return `筛选${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

test('a district lists only its own subtree; other districts\' applications are absent', async () => {
	const mine = new Set(await Promise.all(childrenOf(district.code).filter((u) => u.kind === 'base')
		.map((u) => unitId(u.code))));
	const id = await create(base);
	await act(base, id, 'recommend');	/* a draft is its base union's own */
	// every page, every application: a base union of the district
	const seen = new Set();
	let total = 0;
	for (let p = 1; p <= 200; p++) {
		const l = await listPage(district, `page=${p}`);
		total = l.total;
		assert.ok(l.ids.length <= l.perPage, 'a page holds at most per-page applications');
		const bases = (await xpath(l.xml, '/applications/application/base-union/@id')).match(/\d+/g) ?? [];
		for (const b of bases)
			assert.ok(mine.has(b), `base union ${b} is in ${district.name}'s subtree`);
		for (const i of l.ids) {
			assert.ok(!seen.has(i), `application ${i} is listed once`);
			seen.add(i);
		}
		if (p >= l.pages)
			break;
	}
	assert.equal(seen.size, total, 'the pages together hold the total');
	assert.ok(seen.has(id), 'the district lists its base union\'s new application');

	// The demo: its own application is there, other districts' are not.
	for (const [q, as, want] of [
		['燃气管网安全运维', district, '1'], ['燃气管网安全运维', base, '1'],
		['燃气管网安全运维', otherDistrict, '0'], ['燃气管网安全运维', unit('22010201'), '0'],
		['解放卡车', district, '0'], ['解放卡车', city(), '1'],
		['LED显示控制', district, '0'], ['LED显示控制', otherBase, '1'], ['LED显示控制', unit('220173'), '1'],
		['急诊护理', district, '0'],
	]) {
		const l = await listPage(as, `q=${encodeURIComponent(q)}`);
		assert.equal(String(l.total), want, `${as.name} searching ${q}`);
	}
	// Another district does not see the new one; the city does.
	const name = await xpath((await applicationXml(id, base)).xml, 'string(/application/name)');
	assert.equal((await listPage(otherDistrict, `q=${encodeURIComponent(name)}`)).total, 0);
	assert.equal((await listPage(city(), `q=${encodeURIComponent(name)}`)).total, 1);
	// A district filter outside the unit's subtree is ignored, never a way out.
	const other = await unitId(otherDistrict.code);
	const l = await listPage(district, `district=${other}&q=${encodeURIComponent('解放卡车')}`);
	assert.equal(l.total, 0);
	assert.equal(await xpath(l.xml, 'string(/applications/@district)'), '');
	// The city narrows to one district.
	const dl = await listPage(city(), `district=${await unitId(district.code)}&q=${encodeURIComponent(name)}`);
	assert.equal(dl.total, 1);
	assert.equal((await listPage(city(), `district=${other}&q=${encodeURIComponent(name)}`)).total, 0);
	// The district's page shows the list.
	const html = await page(`${APP}/app/applications`, { as: district });
	assert.doesNotMatch(html.body, /解放卡车智能制造创新工作室/);
});

test('filters by status, industry, type, year and text work together', async () => {
	const t = token();
	const a = await create(base, { name: `${t}甲工作室`, industry: 'D', types: ['development'], 'filled-on': '2024-05-01',
		'founded-on': '2020-01-01' });
	const b = await create(base, { name: `${t}乙工作室`, industry: 'C', types: ['training'], 'filled-on': '2025-06-01',
		'founded-on': '2020-01-01' });
	await act(base, b, 'recommend');
	const q = `q=${encodeURIComponent(t)}`;
	const cases = [
		['', [a, b]],
		['&status=draft', [a]], ['&status=recommended', [b]], ['&status=named', []],
		['&industry=D', [a]], ['&industry=C', [b]], ['&industry=Q', []],
		['&type=development', [a]], ['&type=training', [b]], ['&type=other', []],
		['&year=2024', [a]], ['&year=2025', [b]], ['&year=2023', []],
		['&status=draft&industry=C', []], ['&status=recommended&industry=C&type=training&year=2025', [b]],
		// filters that do not parse are ignored
		['&status=bogus', [a, b]], ['&industry=%27%20OR%201%3D1%20--', [a, b]], ['&year=abc', [a, b]],
		['&type=%3Cscript%3E', [a, b]],
	];
	for (const [extra, all] of cases) {
		for (const as of [base, district, city()]) {
			// the draft a, never recommended, is its base union's own
			const want = as === base ? all : all.filter((x) => x !== a);
			const l = await listPage(as, q + extra);
			assert.deepEqual([...l.ids].sort(), [...want].sort(), `${as.code} ${extra || '(no filter)'}`);
			assert.equal(l.total, want.length);
		}
	}
	const l = await listPage(district, `${q}&status=recommended&industry=C`);
	assert.deepEqual(await xpaths(l.xml, ['/applications/@status', '/applications/@industry', '/applications/@q']),
		['recommended', 'C', t], 'the list says which filters apply');
	// Text is matched literally: LIKE wildcards are characters.
	for (const w of ['%', '_', `${t}%`, `${t}_`])
		assert.equal((await listPage(base, `q=${encodeURIComponent(w)}&status=draft&industry=D&year=2024`)).ids
			.includes(a), false, `${w} is literal`);
	// The HTML list shows the filtered rows and escapes the query.
	const html = await page(`${APP}/app/applications?q=${encodeURIComponent(`${t}<b>`)}`, { as: district });
	assert.doesNotMatch(html.body, new RegExp(`${t}<b>`));
});

test('the list is paged: its attributes agree, a page past the end is empty', async () => {
	const l = await listPage(city(), 'page=1');
	assert.ok(l.perPage > 0 && l.perPage <= 100, 'a bounded page');
	assert.equal(l.page, 1);
	assert.equal(l.pages, Math.max(1, Math.ceil(l.total / l.perPage)));
	assert.equal(l.ids.length, Math.min(l.total, l.perPage));
	if (l.pages > 1) {
		const p2 = await listPage(city(), 'page=2');
		assert.equal(p2.page, 2);
		assert.ok(p2.ids.every((i) => !l.ids.includes(i)), 'page 2 holds others than page 1');
	}
	const past = await listPage(city(), `page=${l.pages + 1}`);
	assert.equal(past.ids.length, 0);
	for (const bad of ['0', '-1', 'abc', '1e3']) {
		const x = await listPage(city(), `page=${bad}`);
		assert.equal(x.page, 1, `page=${bad} is the first`);
	}
	// counts by state, per unit
	const counts = await xpath(l.xml, 'count(/applications/counts/count)');
	assert.ok(Number(counts) >= 5, 'the city counts applications in several states');
});

test('batch approval: a district approves several recommended applications at once', async () => {
	const ids = [];
	for (let i = 0; i < 3; i++) {
		const id = await create(base);
		await act(base, id, 'recommend');
		ids.push(id);
	}
	// the list marks them for the batch
	const t = await xpath((await applicationXml(ids[0], base)).xml, 'string(/application/name)');
	const l = await listPage(district, `q=${encodeURIComponent(t)}`);
	assert.equal(await xpath(l.xml, `string(/applications/application[@id="${ids[0]}"]/@batch)`), 'true');
	assert.equal(await xpath(l.xml, 'string(/applications/@can-batch)'), 'true');
	const opinion = '经集中审核，以上申请均符合基本条件，同意上报市总工会。';
	const res = await postForm(district, '/app/applications/batch',
		[...ids.map((id) => ['ids', id]), ['action', 'approve'], ['opinion', opinion]]);
	assert.equal(res.status, 303, show(res));
	assert.match(target(res), /^\/app\/applications/);
	for (const id of ids) {
		const { xml, status } = await applicationXml(id, city());
		assert.equal(status, 'audited', `application ${id}`);
		const [stage, decision, text, uid] = await xpaths(xml, ['/application/reviews/review[last()]/@stage',
			'/application/reviews/review[last()]/@decision', '/application/reviews/review[last()]',
			'/application/reviews/review[last()]/@unit-id']);
		assert.deepEqual([stage, decision, text, uid], ['district', 'approve', opinion, await unitId(district.code)]);
	}
});

test('a batch with one application that cannot be approved is refused whole', async () => {
	const ok1 = await create(base);
	const ok2 = await create(base);
	await act(base, ok1, 'recommend');
	await act(base, ok2, 'recommend');
	const returned = await create(base);
	await act(base, returned, 'recommend');
	await act(district, returned, 'return');
	const draft = await create(base);
	const foreign = await create(otherBase);
	await act(otherBase, foreign, 'recommend');
	const snap = async () => Promise.all([ok1, ok2, returned, draft, foreign].map(async (id) => {
		const a = await applicationAsOwner(id);
		return `${id}:${a.status}:${a.version}`;
	}));
	const before = await snap();
	const batch = (ids, extra = []) => postForm(district, '/app/applications/batch',
		[...ids.map((id) => ['ids', id]), ['action', 'approve'], ['opinion', '同意。'], ...extra]);

	let res = await batch([ok1, returned, ok2]);
	assert.equal(res.status, 409, `a returned application in the batch: ${show(res)}`);
	assert.ok(res.body.includes(returned), 'the page names the application refused');
	assert.deepEqual(await snap(), before, 'none changed');
	// a draft never recommended is, to the district, not there
	res = await batch([ok1, draft, ok2]);
	assert.equal(res.status, 404, `a draft in the batch: ${show(res)}`);
	assert.ok(!res.body.includes(await xpath((await applicationXml(draft, base)).xml, 'string(/application/name)')),
		'the page does not name the draft');
	assert.deepEqual(await snap(), before, 'none changed');
	// another district's application is, to this district, not there
	res = await batch([ok1, foreign]);
	assert.equal(res.status, 404, `another district's application in the batch: ${show(res)}`);
	assert.deepEqual(await snap(), before, 'none changed');
	res = await batch([ok1, '999999999']);
	assert.equal(res.status, 404, `an application that does not exist: ${show(res)}`);
	assert.deepEqual(await snap(), before, 'none changed');
	for (const [what, fields] of [
		['no ids', [['action', 'approve'], ['opinion', '同意。']]],
		['return in a batch', [['ids', ok1], ['action', 'return'], ['opinion', '退回。']]],
		['no opinion', [['ids', ok1], ['action', 'approve'], ['opinion', '']]],
		['a bad id', [['ids', `${ok1}' OR 1=1 --`], ['action', 'approve'], ['opinion', '同意。']]],
	]) {
		res = await postForm(district, '/app/applications/batch', fields);
		assert.equal(res.status, 400, `${what}: ${show(res)}`);
	}
	// Only the auditing unit: not the base union, not the city (403);
	// another district does not see the application at all (404).
	for (const [u, want] of [[base, 403], [city(), 403], [otherDistrict, 404]]) {
		res = await postForm(u, '/app/applications/batch', [['ids', ok1], ['action', 'approve'], ['opinion', '同意。']]);
		assert.equal(res.status, want, `${u.code}: ${show(res)}`);
	}
	assert.deepEqual(await snap(), before, 'none changed');
	// The same batch without the draft goes through.
	res = await batch([ok1, ok2]);
	assert.equal(res.status, 303, show(res));
	assert.equal((await applicationXml(ok1, city())).status, 'audited');
	assert.equal((await applicationXml(ok2, city())).status, 'audited');
	// an error page that validates
	const x = await postForm(district, '/app/applications/batch',
		[['ids', returned], ['action', 'approve'], ['opinion', '同意。']], { query: 'format=xml' });
	assert.equal(x.status, 409);
	await validateXml(x.body);
});

/* The to-do items of a unit: { id: status }. */
async function todo(as) {
	const { xml } = await fetchXml(`${APP}/app/`, { as });
	const items = {};
	const n = Number(await xpath(xml, 'count(/dashboard/todo/item)'));
	for (let i = 1; i <= n; i++) {
		const [href, status] = await xpaths(xml, [`/dashboard/todo/item[${i}]/@href`, `/dashboard/todo/item[${i}]/@status`]);
		items[href.replace(/^\/app\/applications\//, '')] = status;
	}
	const since = (await xpath(xml, '/dashboard/todo/item/@since')).match(/"[^"]+"/g) ?? [];
	assert.deepEqual([...since].sort(), since, 'oldest first');
	// The total counts everything waiting; the list is its oldest 50.
	const total = await xpath(xml, 'string(/dashboard/todo/@total)');
	if (n === 0)
		assert.equal(total, '', 'no total without items');
	else if (n < 50)
		assert.equal(Number(total), n, 'the total is the number listed');
	else
		assert.ok(Number(total) >= n, `total ${total} of ${n} listed`);
	return items;
}

test('/app/ lists what waits for each unit: drafts and returned, recommended, audited', async () => {
	const id = await create(base);
	const where = async () => ({
		base: (await todo(base))[id], district: (await todo(district))[id], city: (await todo(city()))[id],
		otherDistrict: (await todo(otherDistrict))[id], otherBase: (await todo(otherBase))[id],
	});
	const only = (k, status) => {
		const o = { base: undefined, district: undefined, city: undefined, otherDistrict: undefined,
			otherBase: undefined };
		if (k)
			o[k] = status;
		return o;
	};

	assert.deepEqual(await where(), only('base', 'draft'));
	await act(base, id, 'recommend');
	assert.deepEqual(await where(), only('district', 'recommended'));
	const html = await page(`${APP}/app/`, { as: district });
	const name = await xpath((await applicationXml(id, base)).xml, 'string(/application/name)');
	assert.ok(html.body.includes(name), 'the district\'s home page names the application');
	assert.ok(html.body.includes(`/app/applications/${id}`), 'and links to it');
	await act(district, id, 'return', { opinion: '请补充材料。' });
	assert.deepEqual(await where(), only('base', 'returned'));
	await act(base, id, 'recommend');
	await act(district, id, 'approve');
	assert.deepEqual(await where(), only('city', 'audited'));
	await act(city(), id, 'name', { opinion: '同意命名。' });
	assert.deepEqual(await where(), only(null), 'a named application waits for nobody');
});
