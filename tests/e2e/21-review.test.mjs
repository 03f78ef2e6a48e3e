// The review's rules: only the unit at the current stage may act, and
// only on its own subtree (403 otherwise); a transition the state does not
// allow, or a stale version, is 409 and changes nothing; an incomplete
// draft cannot be recommended (400 naming what is missing); one person
// leads at most one active studio.  Every refusal is checked against the
// stored application afterwards.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import {
	APP, act, applicationAsOwner, applicationFields, applicationXml, city, createApplication, curl, fetchXml,
	fieldOf, page, postForm, show, transition, unit, validateXml, xpath, xpaths,
} from './lib.mjs';

const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const district = unit('220102');	// 南关区总工会
const otherBase = unit('22017302');	// 长春希达电子技术有限公司工会, under 高新区
const otherDistrict = unit('220103');	// 宽城区总工会
const sibling = unit('22010201');	// another base union under 南关区

/*
 * Applications this file leaves open: withdrawn or rejected at the end, so
 * that the units' to-do lists do not grow from run to run.
 */
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

/* A new application of the base union, brought to a status. */
async function inState(status, fields = applicationFields()) {
	const id = await createApplication(base, fields);
	open.push(id);
	const path = {
		draft: [],
		recommended: [[base, 'recommend']],
		returned: [[base, 'recommend'], [district, 'return']],
		audited: [[base, 'recommend'], [district, 'approve']],
		named: [[base, 'recommend'], [district, 'approve'], [city(), 'name']],
	}[status];
	for (const [u, a] of path)
		await act(u, id, a);
	return id;
}

/* The stored application, as its base union sees it: status, version, name. */
async function snapshot(id) {
	const { xml } = await applicationAsOwner(id);
	const [status, version, name, reviews] = await xpaths(xml, ['/application/@status',
		'/application/@version', '/application/name', 'count(/application/reviews/review)']);
	return { status, version, name, reviews };
}

/* A refused transition: the status, and nothing changed. */
async function refused(as, id, action, want, what, opts = {}) {
	const before = await snapshot(id);
	const res = await transition(as, id, action, { version: before.version, ...opts });
	assert.equal(res.status, want, `${what}: ${show(res)}`);
	assert.match(res.headers['content-type'] ?? '', /^text\/html/);
	assert.deepEqual(await snapshot(id), before, `${what}: nothing changed`);
	// and the same as XML (a re-shown application validates)
	const x = await transition(as, id, action, { version: before.version, query: 'format=xml', ...opts });
	assert.equal(x.status, want, `${what} (xml): ${show(x)}`);
	const root = await validateXml(x.body);
	assert.ok(root === 'application' || root === 'error', `${what}: ${root}`);
	assert.deepEqual(await snapshot(id), before, `${what}: nothing changed`);
	return x;
}

test('only the unit at the current stage, in its own subtree, may act: 403 otherwise, 404 outside the subtree', async () => {
	const draft = await inState('draft');
	const recommended = await inState('recommended');
	const audited = await inState('audited');

	// another district approves or returns
	await refused(otherDistrict, recommended, 'approve', 404, 'another district approves');
	await refused(otherDistrict, recommended, 'return', 404, 'another district returns');
	// a base union other than the owner recommends or withdraws
	await refused(otherBase, draft, 'recommend', 404, 'a base union of another district recommends');
	await refused(sibling, draft, 'recommend', 404, 'a sibling base union recommends');
	await refused(sibling, recommended, 'withdraw', 404, 'a sibling base union withdraws');
	// the district tries to name or reject; the city tries to recommend or approve
	await refused(district, audited, 'name', 403, 'the district names');
	await refused(district, audited, 'reject', 403, 'the district rejects');
	// a draft is its base union's own: not there for the units above
	await refused(city(), draft, 'recommend', 404, 'the city recommends a draft');
	await refused(district, draft, 'recommend', 404, 'the district recommends a draft');
	await refused(city(), recommended, 'approve', 403, 'the city approves in the district\'s place');
	// the base union cannot audit its own application
	await refused(base, recommended, 'approve', 403, 'the base union approves');
	await refused(base, audited, 'name', 403, 'the base union names');
});

test('a base union other than the owner cannot edit; units outside the subtree cannot read', async () => {
	const id = await inState('draft');
	const before = await snapshot(id);
	const fields = applicationFields();
	// Outside the subtree the application is not there (404), nor is a
	// draft never recommended above it (its base union's own); once
	// recommended and returned it is there above but not theirs to edit (403).
	const returned = await inState('returned');
	const rbefore = await snapshot(returned);
	for (const [u, what, want, app, v] of [[otherBase, 'a base union of another district', 404, id, before.version],
		[sibling, 'a sibling base union', 404, id, before.version], [district, 'the district', 404, id, before.version],
		[city(), 'the city', 404, id, before.version], [sibling, 'a sibling base union', 404, returned, rbefore.version],
		[district, 'the district', 403, returned, rbefore.version], [city(), 'the city', 403, returned, rbefore.version]]) {
		const res = await postForm(u, `/app/applications/${app}`, [...fields, ['version', v]]);
		assert.equal(res.status, want, `${what} edits ${app}: ${show(res)}`);
		const form = await curl(`${APP}/app/applications/${app}/edit`, { as: u });
		assert.equal(form.status, want, `${what} opens the edit form of ${app}: ${show(form)}`);
	}
	assert.deepEqual(await snapshot(id), before, 'nothing changed');
	assert.deepEqual(await snapshot(returned), rbefore, 'nothing changed');

	// Reading a draft: the owner only; a returned one: the owner, its
	// district and the city.
	await applicationXml(id, base);
	for (const u of [base, district, city()])
		await applicationXml(returned, u);
	for (const [u, what] of [[otherBase, 'a base union of another district'], [sibling, 'a sibling base union'],
		[otherDistrict, 'another district'], [district, 'the district'], [city(), 'the city']]) {
		for (const suffix of ['', '?format=xml', '?format=print', '/certificate']) {
			const res = await curl(`${APP}/app/applications/${id}${suffix}`, { as: u });
			assert.equal(res.status, 404, `${what} GETs ${suffix}: ${show(res)}`);
			assert.ok(!res.body.includes(fieldOf(fields, 'leader.mobile')) &&
				!res.body.includes(before.name), `${what}: nothing of the application in the refusal`);
		}
	}
	// A demo application of another district: not there for the base union.
	const { xml } = await fetchXml(`${APP}/app/applications?q=${encodeURIComponent('LED显示控制')}`, { as: city() });
	const demo = await xpath(xml, 'string(/applications/application[1]/@id)');
	if (demo !== '') {
		const res = await curl(`${APP}/app/applications/${demo}`, { as: base });
		assert.equal(res.status, 404, show(res));
	}
});

test('only a base union creates applications', async () => {
	for (const u of [district, city()]) {
		const name = `非基层工会创建${Date.now()}`;
		const res = await postForm(u, '/app/applications', applicationFields({ name }));
		assert.equal(res.status, 403, `${u.code} creates: ${show(res)}`);
		const form = await curl(`${APP}/app/applications/new`, { as: u });
		assert.equal(form.status, 403, `${u.code} opens the new form: ${show(form)}`);
		const { xml } = await fetchXml(`${APP}/app/applications?q=${encodeURIComponent(name)}`, { as: city() });
		assert.equal(await xpath(xml, 'string(/applications/@total)'), '0', 'nothing created');
	}
});

test('transitions the state does not allow are 409', async () => {
	const draft = await inState('draft');
	const recommended = await inState('recommended');
	const named = await inState('named');
	const returned = await inState('returned');
	await refused(district, returned, 'approve', 409, 'approve a returned application');
	await refused(district, returned, 'return', 409, 'return a returned application');
	await refused(city(), returned, 'name', 409, 'name a returned application');
	// a draft never recommended is not there for them at all
	await refused(district, draft, 'approve', 404, 'approve a draft');
	await refused(city(), draft, 'name', 404, 'name a draft');
	await refused(city(), recommended, 'name', 409, 'name a recommended application');
	// refusing to recommend is the district's, not the city's
	await refused(city(), recommended, 'reject', 403, 'the city rejects a recommended application');
	await refused(base, recommended, 'recommend', 409, 'recommend twice');
	await refused(base, named, 'recommend', 409, 'recommend a named application');
	await refused(base, named, 'withdraw', 409, 'withdraw a named application');
	await refused(city(), named, 'name', 409, 'name twice');
	await refused(district, named, 'return', 409, 'return a named application');
	// The page says why, beside the actions.
	const res = await transition(city(), recommended, 'name');
	assert.equal(res.status, 409);
	assert.match(res.body, /该申请当前的状态不允许此操作/);
	// An unknown action, or none, is 400.
	for (const action of ['publish', '', 'APPROVE']) {
		const r = await transition(district, recommended, action);
		assert.equal(r.status, 400, `action=${action}: ${show(r)}`);
	}
	assert.equal((await snapshot(recommended)).status, 'recommended');
});

test('a stale version is 409 and changes nothing', async () => {
	const id = await inState('draft');
	const v1 = (await snapshot(id)).version;
	// an edit moves the version on
	const res = await postForm(base, `/app/applications/${id}`,
		[...applicationFields({ name: `版本测试工作室${Date.now()}` }), ['version', v1]]);
	assert.equal(res.status, 303, show(res));
	const now = await snapshot(id);
	assert.equal(Number(now.version), Number(v1) + 1);
	// a transition with the old version
	await refused(base, id, 'recommend', 409, 'recommend with a stale version', { version: v1 });
	// a version that never was, and none at all
	await refused(base, id, 'recommend', 409, 'recommend with a future version', { version: String(Number(v1) + 50) });
	const none = await postForm(base, `/app/applications/${id}/transition`, { action: 'recommend', opinion: '同意。' });
	assert.equal(none.status, 400, `no version: ${show(none)}`);
	assert.deepEqual(await snapshot(id), now);
	// the district with a stale version
	const rec = await inState('recommended');
	const rv = (await snapshot(rec)).version;
	await refused(district, rec, 'approve', 409, 'approve with a stale version', { version: String(Number(rv) - 1) });
	// batch: id:version with a stale version
	const before = await snapshot(rec);
	const b = await postForm(district, '/app/applications/batch',
		[['ids', `${rec}:${Number(rv) - 1}`], ['action', 'approve'], ['opinion', '同意。']]);
	assert.equal(b.status, 409, show(b));
	assert.deepEqual(await snapshot(rec), before);
});

test('a stale version on save is 409: the form comes back with what was typed', async () => {
	const id = await inState('draft');
	const v1 = (await snapshot(id)).version;
	const first = applicationFields({ name: `先保存的名称${Date.now()}` });
	assert.equal((await postForm(base, `/app/applications/${id}`, [...first, ['version', v1]])).status, 303);
	const stored = await snapshot(id);

	// A second reviewer saves from the page loaded before the first save.
	const typed = applicationFields({
		'name': `后保存的名称${Date.now()}`,
		'overview': '这段文字是第二位填报人输入的，\n保存冲突时不能丢失。',
		'types': ['training', 'other'],
		'type-other': '班组长培训',
		'leader.honours': [['2020', '长春市劳动模范']],
	});
	const res = await postForm(base, `/app/applications/${id}`, [...typed, ['version', v1]], { query: 'format=xml' });
	assert.equal(res.status, 409, show(res));
	assert.equal(await validateXml(res.body), 'application-form');
	const V = '/application-form/values';
	const [name, overview, t1, t2, other, hy, ht, mobile, version] = await xpaths(res.body, [
		`${V}/name`, `${V}/overview`, `${V}/types/type[1]`, `${V}/types/type[2]`, `${V}/type-other`,
		`${V}/leader/honours/honour[1]/year`, `${V}/leader/honours/honour[1]/title`, `${V}/leader/mobile`,
		'/application-form/@version']);
	assert.equal(name, fieldOf(typed, 'name'));
	assert.equal(overview, fieldOf(typed, 'overview'));
	assert.deepEqual([t1, t2, other], ['training', 'other', '班组长培训']);
	assert.deepEqual([hy, ht], ['2020', '长春市劳动模范']);
	assert.equal(mobile, fieldOf(typed, 'leader.mobile'));
	assert.equal(version, v1, 'the form keeps the version it was loaded with');
	assert.notEqual(await xpath(res.body, 'string(/application-form/message)'), '', 'the form says why');
	assert.deepEqual(await snapshot(id), stored, 'the stored application is the first save');

	// as HTML, the re-shown form holds the typed name
	const html = await postForm(base, `/app/applications/${id}`, [...typed, ['version', v1]]);
	assert.equal(html.status, 409, show(html));
	assert.match(html.headers['content-type'], /^text\/html/);
	if (/name="csrf"/.test(html.body))	/* the real form, not a placeholder */
		assert.ok(html.body.includes(fieldOf(typed, 'name')), 'the HTML form keeps what was typed');
	assert.deepEqual(await snapshot(id), stored);

	// Editing once submitted is refused, the typed text kept.
	const rid = await inState('recommended');
	const rv = (await snapshot(rid)).version;
	const late = await postForm(base, `/app/applications/${rid}`, [...typed, ['version', rv]], { query: 'format=xml' });
	assert.ok(late.status === 409 || late.status === 403, show(late));
	assert.equal((await snapshot(rid)).status, 'recommended');
	const lateForm = await curl(`${APP}/app/applications/${rid}/edit`, { as: base });
	assert.equal(lateForm.status, 409, show(lateForm));
});

test('recommending an incomplete draft is 400 naming what is missing; it stays a draft', async () => {
	const name = `未填写完整的草稿${Date.now()}`;
	const id = await createApplication(base, [['name', name], ['host-unit', '长春燃气股份有限公司'],
		['types', 'other'], ['conditions.leader', 'true']]);
	open.push(id);
	const before = await snapshot(id);
	const res = await transition(base, id, 'recommend', { version: before.version, query: 'format=xml' });
	assert.equal(res.status, 400, show(res));
	assert.equal(await validateXml(res.body), 'application');
	const fields = (await xpath(res.body, '/application/errors/error/@field')).match(/"[^"]*"/g)
		.map((s) => s.slice(1, -1));
	for (const f of ['industry', 'member-count', 'leader.name', 'leader.mobile', 'overview',
		'conditions.venue', 'employer-consent', 'type-other'])
		assert.ok(fields.includes(f), `the refusal names ${f}: ${fields}`);
	for (const f of ['name', 'host-unit', 'conditions.leader', 'types', 'leader.email', 'naming-unit'])
		assert.ok(!fields.includes(f), `${f} is filled in or optional: ${fields}`);
	assert.deepEqual(await snapshot(id), before, 'still a draft, unchanged');

	const html = await transition(base, id, 'recommend', { version: before.version });
	assert.equal(html.status, 400, show(html));
	for (const label of ['所属行业', '成员人数', '领衔人姓名', '手机号码', '工作室基本情况', '所在单位同意'])
		assert.ok(html.body.includes(label), `the page names ${label}`);
	assert.deepEqual(await snapshot(id), before);

	// Completed, it can be recommended.
	const v = before.version;
	const done = await postForm(base, `/app/applications/${id}`,
		[...applicationFields({ name, types: ['other'], 'type-other': '安全巡检' }), ['version', v]]);
	assert.equal(done.status, 303, show(done));
	await act(base, id, 'recommend');
	assert.equal((await snapshot(id)).status, 'recommended');
});

test('an opinion is required to recommend, approve, return and name', async () => {
	const cases = [[await inState('draft'), base, 'recommend'], [await inState('recommended'), district, 'approve'],
		[await inState('recommended'), district, 'return'], [await inState('audited'), city(), 'name']];
	for (const [id, u, action] of cases) {
		const before = await snapshot(id);
		for (const opinion of ['', '   ', '\u3000', '\r\n']) {
			const res = await transition(u, id, action, { opinion, version: before.version, query: 'format=xml' });
			assert.equal(res.status, 400, `${action} with ${JSON.stringify(opinion)}: ${show(res)}`);
			assert.equal(await validateXml(res.body), 'application');
			assert.equal(await xpath(res.body, 'string(/application/errors/error/@field)'), 'opinion');
		}
		assert.deepEqual(await snapshot(id), before);
	}
	// Withdrawing needs none.
	await act(base, cases[0][0], 'withdraw', { opinion: '' });
});

test('one person leads at most one active studio', async () => {
	const first = applicationFields();
	const a = await inState('recommended', first);
	const mobile = fieldOf(first, 'leader.mobile');

	// Same mobile, another name: saved as a draft, not recommended.
	const second = applicationFields({ 'leader.mobile': mobile });
	const b = await createApplication(base, second);
	open.push(b);
	const res = await transition(base, b, 'recommend', { query: 'format=xml' });
	assert.equal(res.status, 409, show(res));
	assert.equal(await validateXml(res.body), 'application');
	assert.match(await xpath(res.body, 'string(/application/errors)'), /一人只能领衔一个/);
	assert.equal((await snapshot(b)).status, 'draft');

	// Same name and birth month, another mobile: the same person.
	const third = applicationFields({
		'leader.name': fieldOf(first, 'leader.name'),
		'leader.birth-month': fieldOf(first, 'leader.birth-month'),
	});
	const c = await createApplication(base, third);
	open.push(c);
	const r3 = await transition(base, c, 'recommend');
	assert.equal(r3.status, 409, show(r3));
	assert.equal((await snapshot(c)).status, 'draft');

	// Still refused while the first is audited; fine once it is withdrawn.
	await act(district, a, 'approve');
	assert.equal((await transition(base, b, 'recommend')).status, 409);
	await act(city(), a, 'reject', { opinion: '不予命名。' });
	await act(base, b, 'recommend');
	assert.equal((await snapshot(b)).status, 'recommended');
	// c shares nothing with b: it may go too.
	await act(base, c, 'recommend');
});

test('the application page offers each unit only its own actions', async () => {
	const id = await inState('recommended');
	const names = async (u) => {
		const { xml } = await applicationXml(id, u);
		return ((await xpath(xml, '/application/actions/action/@name')).match(/"\w+"/g) ?? []).sort();
	};
	assert.deepEqual(await names(base), ['"withdraw"']);
	assert.deepEqual(await names(district), ['"approve"', '"reject"', '"return"']);
	assert.deepEqual(await names(city()), []);
	const html = await page(`${APP}/app/applications/${id}`, { as: district });
	assert.match(html.body, /action="\/app\/applications\/\d+\/transition"/);
	assert.match(html.body, /name="action" value="approve"/);
	assert.doesNotMatch(html.body, /name="action" value="name"/);
});
