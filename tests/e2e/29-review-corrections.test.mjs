// Corrections to the review.
//  1. A draft is its base union's own until it is first recommended: the
//     units above count it, but it is not in their lists (HTML, XML, CSV),
//     and its page, print, certificate, edit form and transitions answer
//     them exactly as an application that does not exist.  Once
//     recommended it stays visible to them, returned or withdrawn.
//  2. The auditing union may refuse to recommend (不予推荐), with its
//     reason: recommended → rejected, by the district; the city rejects
//     only what the district audited (不予命名).
//  3. The procedure is worded as the seed has it (三.2): the base union
//     recommends, the district or industry union audits, the city
//     assesses and names.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
	APP, act, applicationAsOwner, applicationFields, applicationXml, city, createApplication, curl, fetchXml,
	fieldOf, page, postForm, show, transition, unit, xpath, xpaths,
} from './lib.mjs';

const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const district = unit('220102');	// 南关区总工会
const otherDistrict = unit('220103');	// 宽城区总工会
const NOWHERE = '987654321';

/* Applications left open: withdrawn at the end (the lists stay short). */
const open = [];
after(async () => {
	for (const id of open) {
		const { status } = await applicationAsOwner(id);
		if (['draft', 'returned', 'recommended'].includes(status))
			await transition(base, id, 'withdraw', { opinion: '测试结束，撤回。' });
		else if (status === 'audited')
			await transition(city(), id, 'reject', { opinion: '测试结束，不予命名。' });
	}
});

async function make(over = {}) {
	const fields = applicationFields(over);
	const id = await createApplication(base, fields);
	open.push(id);
	return { id, name: fieldOf(fields, 'name'), mobile: fieldOf(fields, 'leader.mobile') };
}

/* The answer with the ids and tokens taken out, to compare two of them. */
function normal(res, id) {
	return {
		status: res.status,
		type: res.headers['content-type'],
		body: res.body.replace(new RegExp(`(?<![0-9])${id}(?![0-9])`, 'g'), 'ID')
			.replace(/[0-9a-f]{8,16}\.[0-9a-f]{64}/g, 'TOKEN'),
	};
}

/* The request for id answers exactly as for an id that exists nowhere. */
async function asAbsent(what, req, id, secrets) {
	const [hidden, absent] = [await req(id), await req(NOWHERE)];
	assert.equal(hidden.status, 404, `${what}: ${show(hidden)}`);
	assert.deepEqual(normal(hidden, id), normal(absent, NOWHERE), `${what}: hidden = absent`);
	for (const s of secrets)
		assert.ok(!hidden.body.includes(s), `${what}: nothing of the draft in the answer`);
}

/* Whether unit `as` finds the application {id, name} by its name: HTML, XML and CSV. */
async function listed(as, { id, name }) {
	const q = `q=${encodeURIComponent(name)}`;
	const { xml } = await fetchXml(`${APP}/app/applications?${q}`, { as });
	const inXml = await xpath(xml, 'count(/applications/application)');
	const html = await page(`${APP}/app/applications?${q}`, { as });
	const csv = await curl(`${APP}/app/applications?${q}&format=csv`, { as });
	assert.equal(csv.status, 200, show(csv));
	const all = [inXml !== '0', html.body.includes(`href="/app/applications/${id}"`), csv.body.includes(name)];
	assert.ok(all.every((x) => x === all[0]), `${as.code}: HTML, XML and CSV agree: ${all}`);
	return all[0];
}

/* The number of drafts in a unit's counts (list and to-do page). */
async function drafts(as) {
	const { xml } = await fetchXml(`${APP}/app/applications`, { as });
	const { xml: home } = await fetchXml(`${APP}/app/`, { as });
	const n = await xpath(xml, 'sum(/applications/counts/count[@status="draft"])');
	assert.equal(await xpath(home, 'sum(/dashboard/counts/count[@status="draft"])'), n, 'the to-do page counts the same');
	return Number(n);
}

let draft;

before(async () => {
	draft = await make();
});

test('a draft is its base union\'s own: not in the lists of the units above, but counted', async () => {
	assert.ok(await listed(base, draft), 'the base union lists its draft');
	for (const as of [district, city()])
		assert.ok(!(await listed(as, draft)), `${as.code} does not list the draft`);
	// the counts by status still count it
	const before = { district: await drafts(district), city: await drafts(city()) };
	const more = await make();
	assert.equal(await drafts(district), before.district + 1, 'the district counts the new draft');
	assert.equal(await drafts(city()), before.city + 1, 'the city counts the new draft');
	await act(base, more.id, 'withdraw', { opinion: '' });
	open.splice(open.indexOf(more.id), 1);
	// withdrawn before it was ever recommended: still the base union's own
	for (const as of [district, city()])
		assert.ok(!(await listed(as, more)), `${as.code} does not list a draft withdrawn unrecommended`);
	const r = await curl(`${APP}/app/applications/${more.id}`, { as: city() });
	assert.equal(r.status, 404, show(r));
	// the lists say so on the page
	const html = await page(`${APP}/app/applications`, { as: district });
	assert.match(html.body, /草稿在首次推荐上报前属于所在单位工会/);
});

test('a draft answers the units above exactly as an application that does not exist', async () => {
	const secrets = [draft.name, draft.mobile];
	for (const as of [district, city()]) {
		for (const suffix of ['', '?format=xml', '?format=print', '/edit', '/edit?format=xml',
			'/certificate', '/certificate?format=xml'])
			await asAbsent(`${as.code} GET draft${suffix}`,
				(x) => curl(`${APP}/app/applications/${x}${suffix}`, { as }), draft.id, secrets);
		await asAbsent(`${as.code} saves the draft`, (x) => postForm(as, `/app/applications/${x}`,
			[...applicationFields(), ['version', '1']]), draft.id, secrets);
		for (const action of ['recommend', 'approve', 'return', 'name', 'reject', 'withdraw'])
			for (const query of [undefined, 'format=xml'])
				await asAbsent(`${as.code} ${action}s the draft ${query ?? ''}`,
					(x) => postForm(as, `/app/applications/${x}/transition`,
						{ action, version: '1', opinion: '同意。' }, { query }), draft.id, secrets);
	}
	for (const query of [undefined, 'format=xml'])
		await asAbsent(`a batch of the draft ${query ?? ''}`, (x) => postForm(district, '/app/applications/batch',
			[['action', 'approve'], ['opinion', '同意。'], ['ids', x]], { query }), draft.id, secrets);
	assert.equal((await applicationAsOwner(draft.id)).status, 'draft', 'nothing changed');
	// The base union itself reads and prints it.
	await page(`${APP}/app/applications/${draft.id}?format=print`, { as: base });
});

test('once recommended it stays visible above: returned, and withdrawn', async () => {
	const a = await make();
	await act(base, a.id, 'recommend');
	for (const as of [district, city()]) {
		assert.ok(await listed(as, a), `${as.code} lists it once recommended`);
		await applicationXml(a.id, as);
	}
	await act(district, a.id, 'return', { opinion: '请补充成果。' });
	for (const as of [district, city()]) {
		assert.ok(await listed(as, a), `${as.code} lists it returned`);
		assert.equal((await applicationXml(a.id, as)).status, 'returned');
	}
	await act(base, a.id, 'withdraw', { opinion: '' });
	open.splice(open.indexOf(a.id), 1);
	for (const as of [district, city()]) {
		assert.ok(await listed(as, a), `${as.code} lists it withdrawn`);
		assert.equal((await applicationXml(a.id, as)).status, 'withdrawn');
	}
	// another district never sees it
	assert.equal((await curl(`${APP}/app/applications/${a.id}`, { as: otherDistrict })).status, 404);
});

test('the demo data: a withdrawn application never recommended is its base union\'s own, a returned one is not', async () => {
	const q = (name) => `${APP}/app/applications?format=xml&q=${encodeURIComponent(name)}`;
	const total = async (name, as) => xpath((await fetchXml(q(name), { as })).xml, 'string(/applications/@total)');
	// 离合器装配自动化创新工作室: withdrawn by its base union, never recommended
	assert.equal(await total('离合器装配自动化', unit('22017101')), '1');
	assert.equal(await total('离合器装配自动化', unit('220171')), '0');
	assert.equal(await total('离合器装配自动化', city()), '0');
	// 急诊护理服务创新工作室: recommended, then returned
	assert.equal(await total('急诊护理服务', unit('22019002')), '1');
	assert.equal(await total('急诊护理服务', city()), '1');
	// 零售服务数字化创新工作室: a draft
	assert.equal(await total('零售服务数字化', city()), '0');
});

test('the district refuses to recommend, with its reason; the application ends', async () => {
	const a = await make();
	await act(base, a.id, 'recommend');
	// the district is offered 不予推荐; the city nothing
	const { xml } = await applicationXml(a.id, district);
	assert.equal(await xpath(xml, 'string(/application/actions/action[@name="reject"]/@stage)'), 'district');
	const offered = await page(`${APP}/app/applications/${a.id}`, { as: district });
	assert.match(offered.body, /name="action" value="reject"/);
	assert.match(offered.body, /不予推荐/);
	assert.doesNotMatch(offered.body.replace(/<ol class="timeline">[\s\S]*?<\/ol>/, ''), /<h3>不予命名<\/h3>/);
	// the city may not refuse in the district's place; another district does not see it
	const byCity = await transition(city(), a.id, 'reject', { opinion: '不予命名。' });
	assert.equal(byCity.status, 403, show(byCity));
	const byOther = await transition(otherDistrict, a.id, 'reject', { opinion: '不予推荐。' });
	assert.equal(byOther.status, 404, show(byOther));
	assert.ok(!byOther.body.includes(a.name));
	// a reason is required
	const none = await transition(district, a.id, 'reject', { opinion: '' });
	assert.equal(none.status, 400, show(none));
	assert.equal((await applicationAsOwner(a.id)).status, 'recommended');

	const reason = '该工作室系单位原有建制的技术科室，不符合创建条件，不予推荐。';
	await act(district, a.id, 'reject', { opinion: reason });
	open.splice(open.indexOf(a.id), 1);
	for (const as of [base, district, city()]) {
		const { xml: x, status } = await applicationXml(a.id, as);
		assert.equal(status, 'rejected', as.code);
		const r = '/application/reviews/review[last()]';
		assert.deepEqual(await xpaths(x, [`${r}/@stage`, `${r}/@decision`, r]), ['district', 'reject', reason]);
		assert.equal(await xpath(x, 'count(/application/actions/action)'), '0', `${as.code}: it has ended`);
		const html = await page(`${APP}/app/applications/${a.id}`, { as });
		assert.ok(html.body.includes(reason), `${as.code}: the reason is on the page`);
		assert.match(html.body, /不予推荐/, `${as.code}: the page says 不予推荐`);
	}
	// the printed form carries the district's opinion
	const print = await page(`${APP}/app/applications/${a.id}?format=print`, { as: base });
	assert.ok(print.body.includes(reason));
	assert.match(print.body, /不予推荐。/);
	// and the leader is free again: the same leader may be recommended anew
	const again = await make({ 'leader.mobile': a.mobile });
	await act(base, again.id, 'recommend');
	// the city's own refusal stays 不予命名
	await act(district, again.id, 'approve');
	const cityPage = await page(`${APP}/app/applications/${again.id}`, { as: city() });
	assert.match(cityPage.body, /<h3>不予命名<\/h3>/);
	assert.doesNotMatch(cityPage.body, /<h3>不予推荐<\/h3>/);
	await act(city(), again.id, 'reject', { opinion: '不予命名。' });
	open.splice(open.indexOf(again.id), 1);
});

test('the certificate and the pages word the procedure as the seed does', async () => {
	const a = await make();
	await act(base, a.id, 'recommend');
	const rec = await page(`${APP}/app/applications/${a.id}`, { as: district });
	assert.doesNotMatch(rec.body, /推荐单位（县区/, 'the district stage is not called the recommending one');
	await act(district, a.id, 'approve');
	await act(city(), a.id, 'name');
	open.splice(open.indexOf(a.id), 1);
	const cert = await page(`${APP}/app/applications/${a.id}/certificate`, { as: base });
	const text = cert.body.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
	assert.ok(text.includes(`经${base.name}推荐、${district.name}审核，长春市总工会考核`), text);
	assert.doesNotMatch(text, new RegExp(`经${district.name}推荐`));
	const { xml } = await applicationXml(a.id, base);
	assert.equal(await xpath(xml, 'string(/application/reviews/review[@stage="district"]/@decision)'), 'approve');
	const html = await page(`${APP}/app/applications/${a.id}`, { as: base });
	assert.match(html.body, /审核单位（县（市）区、开发区总工会，市产业工会）/);
});
