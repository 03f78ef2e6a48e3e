// Naming makes a studio.  The city names a batch of audited applications
// by one decision (document number, date, title) in one transaction; each
// gets its number and its studio, whose file its base union, its district
// and the city open, and nobody else (404, as a studio that does not exist).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, act, applicationFields, applicationXml, city, createApplication, curl, fetchXml,
	fieldOf, postForm, show, transition, unit, validateXml, xpath, xpaths, target
} from './lib.mjs';

const base = unit('22010202');		// under 南关区
const district = unit('220102');
const otherBase = unit('22017302');	// under 高新区
const otherDistrict = unit('220103');

/* An application of base, recommended and audited, with its name. */
async function audited() {
	const fields = applicationFields();
	const id = await createApplication(base, fields);
	await act(base, id, 'recommend');
	await act(district, id, 'approve');
	return { id, name: fieldOf(fields, 'name') };
}

function docno() {
	return `长工发〔2026〕${Date.now() % 100000}${Math.floor(Math.random() * 100)}号`;
}

function nameBatch(as, ids, { number = docno(), date = '2026-11-20', title = '', opinion = '同意命名。', query } = {}) {
	return postForm(as, '/app/applications/batch', [
		...ids.map((id) => ['ids', id]), ['action', 'name'], ['opinion', opinion],
		['decision-number', number], ['decision-date', date], ['decision-title', title],
	], { query });
}

test('the city names a batch by one decision: numbers, studios, the decision on each', async () => {
	const apps = [await audited(), await audited(), await audited()];
	const number = docno();
	const res = await nameBatch(city(), apps.map((a) => a.id), { number, title: '关于命名第二批工作室的决定' });
	assert.equal(res.status, 303, show(res));
	const m = /^\/app\/decisions\/(\d+)$/.exec(target(res));
	assert.ok(m, `to the decision's document: ${target(res)}`);
	const numbers = new Set();
	for (const a of apps) {
		const { xml, status } = await applicationXml(a.id, city());
		assert.equal(status, 'named');
		const [n, on] = await xpaths(xml, ['/application/naming/@number', '/application/naming/@on']);
		assert.equal(on, '2026-11-20', 'named on the decision\'s date');
		numbers.add(n);
	}
	assert.equal(numbers.size, 3, 'three numbers');
	const list = await fetchXml(`${APP}/app/studios?decision=${m[1]}`, { as: city() });
	assert.equal(await xpath(list.xml, 'string(/studios/@total)'), '3');
	const page = await curl(`${APP}${res.headers.location}`, { as: city() });
	assert.equal(page.status, 200, show(page));
	assert.match(page.body, new RegExp(number.replace(/[〔〕]/g, '.')));
	assert.match(page.body, /已命名3个工作室/, 'the page says what was done');
	// each studio's file: the decision, the naming event, the leader as first member
	const ids = [...list.xml.matchAll(/<studio id="(\d+)"/g)].map((x) => x[1]);
	assert.equal(ids.length, 3);
	for (const sid of ids) {
		const { xml } = await fetchXml(`${APP}/app/studios/${sid}`, { as: base });
		const [st, dn, ev, role, app] = await xpaths(xml, ['/studio/@status', '/studio/naming/decision/@number',
			'/studio/events/event[1]/@action', '/studio/members/member[1]/role', '/studio/@application']);
		assert.equal(st, 'active');
		assert.equal(dn, number);
		assert.equal(ev, 'name');
		assert.equal(role, '领衔人');
		assert.ok(apps.some((a) => a.id === app), 'backed by one of the applications');
	}
});

test('a decision number used before, a missing one, or another unit: nothing named', async () => {
	const a = await audited();
	const number = docno();
	const first = await audited();
	assert.equal((await nameBatch(city(), [first.id], { number })).status, 303);
	const again = await nameBatch(city(), [a.id], { number });
	assert.equal(again.status, 409, show(again));
	assert.match(again.body, /已经用于另一个命名决定/);
	assert.equal((await applicationXml(a.id, city())).status, 'audited', 'not named');
	const none = await nameBatch(city(), [a.id], { number: '', query: 'format=xml' });
	assert.equal(none.status, 400, show(none));
	assert.match(none.body, /decision-number/);
	const future = await nameBatch(city(), [a.id], { date: '2199-01-01', query: 'format=xml' });
	assert.equal(future.status, 400, show(future));
	assert.match(future.body, /decision-date/);
	for (const u of [district, base]) {
		const r = await nameBatch(u, [a.id]);
		assert.equal(r.status, 403, `${u.code}: ${show(r)}`);
	}
	assert.equal((await applicationXml(a.id, city())).status, 'audited', 'still not named');
	await act(city(), a.id, 'reject', { opinion: '测试结束，不予命名。' });
});

test('one application in the batch that cannot be named: none is, and no decision is kept', async () => {
	const a = await audited();
	const draft = await createApplication(base);
	const number = docno();
	// a draft is its base union's own: to the city it is not there (404)
	const res = await nameBatch(city(), [a.id, draft], { number });
	assert.equal(res.status, 404, show(res));
	assert.equal((await applicationXml(a.id, city())).status, 'audited');
	// the number is free: the decision was not kept
	assert.equal((await nameBatch(city(), [a.id], { number })).status, 303);
	await transition(base, draft, 'withdraw', { opinion: '测试结束，撤回。' });
});

test('naming one application alone makes its studio too, without a decision', async () => {
	const a = await audited();
	await act(city(), a.id, 'name');
	const { xml } = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(a.name)}`, { as: city() });
	assert.equal(await xpath(xml, 'string(/studios/@total)'), '1');
	const sid = await xpath(xml, 'string(/studios/studio/@id)');
	const file = await fetchXml(`${APP}/app/studios/${sid}`, { as: district });
	assert.equal(await xpath(file.xml, 'count(/studio/naming/decision)'), '0');
	await validateXml(file.xml);
});

test('a studio is its base union\'s, its district\'s and the city\'s; to others it does not exist', async () => {
	const a = await audited();
	await act(city(), a.id, 'name');
	const { xml } = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(a.name)}`, { as: city() });
	const sid = await xpath(xml, 'string(/studios/studio/@id)');
	for (const u of [base, district, city()])
		assert.equal((await curl(`${APP}/app/studios/${sid}`, { as: u })).status, 200, u.code);
	for (const u of [otherBase, otherDistrict, unit('22010201')]) {
		const hidden = await curl(`${APP}/app/studios/${sid}?format=xml`, { as: u });
		const absent = await curl(`${APP}/app/studios/987654321?format=xml`, { as: u });
		assert.equal(hidden.status, 404, `${u.code}: ${show(hidden)}`);
		assert.equal(hidden.body, absent.body, `${u.code}: hidden = absent`);
		assert.ok(!hidden.body.includes(a.name));
		// and the list leaves it out
		const l = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(a.name)}`, { as: u });
		assert.equal(await xpath(l.xml, 'string(/studios/@total)'), '0', u.code);
	}
	// the CSV has it for the district, with its number
	const csv = await curl(`${APP}/app/studios?format=csv&q=${encodeURIComponent(a.name)}`, { as: district });
	assert.equal(csv.status, 200, show(csv));
	assert.match(csv.body, new RegExp(a.name));
	assert.ok(csv.body.startsWith('\ufeff命名编号,'));
});

/* A named studio of base: its id and its application's fields. */
async function namedStudio() {
	const fields = applicationFields();
	const id = await createApplication(base, fields);
	await act(base, id, 'recommend');
	await act(district, id, 'approve');
	await act(city(), id, 'name');
	const { xml } = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(fieldOf(fields, 'name'))}`, { as: city() });
	return { sid: await xpath(xml, 'string(/studios/studio/@id)'), app: id, fields };
}

async function studioState(sid) {
	const { xml } = await fetchXml(`${APP}/app/studios/${sid}`, { as: city() });
	const [status, version] = await xpaths(xml, ['/studio/@status', '/studio/@version']);
	return { status, version, xml };
}

function revoke(as, sid, fields, query) {
	return postForm(as, `/app/studios/${sid}/transition`, { action: 'revoke', ...fields }, { query });
}

test('revoking needs a basis, a reason and the decision\'s number; three failed years need records', async () => {
	const { sid } = await namedStudio();
	const { version } = await studioState(sid);
	const good = { version, basis: 'violation', reason: '弄虚作假，骗取补助资金。', document: '长工发〔2026〕31号' };
	for (const [field, over] of [['basis', { basis: '' }], ['reason', { reason: '' }], ['document', { document: '' }],
		['basis', { basis: 'failed-years' }]]) {
		const res = await revoke(city(), sid, { ...good, ...over }, 'format=xml');
		assert.equal(res.status, 400, `${field}: ${show(res)}`);
		assert.equal(await xpath(res.body, `count(/studio/errors/error[@field="${field}"])`), '1', field);
		await validateXml(res.body);
	}
	assert.equal((await studioState(sid)).status, 'active', 'nothing changed');
	// a stale version
	const stale = await revoke(city(), sid, { ...good, version: String(Number(version) + 1) });
	assert.equal(stale.status, 409, show(stale));
	// the district and the base union see the studio but may not revoke it;
	// another district does not see it
	for (const [u, want] of [[district, 403], [base, 403], [otherDistrict, 404]]) {
		const r = await revoke(u, sid, good);
		assert.equal(r.status, want, `${u.code}: ${show(r)}`);
	}
	assert.equal((await studioState(sid)).status, 'active', 'nothing changed');
});

test('a revoked studio: its event, its application revoked, its leader free again; not twice', async () => {
	const { sid, app, fields } = await namedStudio();
	const { version } = await studioState(sid);
	const sameLeader = () => applicationFields({
		'leader.name': fieldOf(fields, 'leader.name'), 'leader.birth-month': fieldOf(fields, 'leader.birth-month'),
		'leader.mobile': fieldOf(fields, 'leader.mobile'),
	});
	// while the studio is named, its leader leads no other
	const blocked = await createApplication(otherBase, sameLeader());
	const no = await transition(otherBase, blocked, 'recommend');
	assert.equal(no.status, 409, show(no));
	assert.match(no.body, /一人只能领衔一个职工创新工作室/);
	assert.ok(!no.body.includes(fieldOf(fields, 'name')), 'the other district\'s studio is not named');
	await transition(otherBase, blocked, 'withdraw', { opinion: '测试结束，撤回。' });
	const res = await revoke(city(), sid, { version, basis: 'violation', reason: '严重违反有关规定。', document: '长工发〔2026〕32号' });
	assert.equal(res.status, 303, show(res));
	assert.equal(target(res), `/app/studios/${sid}`);
	const after = await studioState(sid);
	assert.equal(after.status, 'revoked');
	const [ev, doc, from] = await xpaths(after.xml, ['/studio/events/event[last()]/@action',
		'/studio/events/event[last()]/@document', '/studio/events/event[last()]/@from']);
	assert.deepEqual([ev, doc, from], ['revoke', '长工发〔2026〕32号', 'active']);
	assert.equal((await applicationXml(app, city())).status, 'revoked');
	// the leader may lead another studio now
	const other = await createApplication(base, sameLeader());
	await act(base, other, 'recommend');
	await transition(base, other, 'withdraw', { opinion: '测试结束，撤回。' });
	// not revoked twice
	const twice = await revoke(city(), sid, { version: after.version, basis: 'violation', reason: '再次。', document: '长工发〔2026〕33号' });
	assert.equal(twice.status, 409, show(twice));
	// the studio page offers nothing more
	assert.equal(await xpath(after.xml, 'count(/studio/actions/action)'), '0');
});

test('the dossier: the studio, its application with its reviews, the audit entries of both; one XML', async () => {
	const { sid, app } = await namedStudio();
	const { version } = await studioState(sid);
	assert.equal((await revoke(city(), sid, { version, basis: 'violation', reason: '档案测试。', document: '长工发〔2026〕34号' })).status, 303);
	const { xml } = await fetchXml(`${APP}/app/studios/${sid}/dossier`, { as: district });
	// each part validates against its own schema
	for (const root of ['studio', 'application']) {
		const i = xml.indexOf(`<${root} schema="1"`);
		const j = xml.indexOf(`</${root}>`, i) + root.length + 3;
		assert.ok(i > 0 && j > i, root);
		await validateXml(`<?xml version="1.0" encoding="UTF-8"?>\n${xml.slice(i, j)}`);
	}
	const [reviews, actions, events] = await xpaths(xml, ['count(/dossier/application/reviews/review)',
		'count(/dossier/audit/entry)', 'count(/dossier/studio/events/event)']);
	assert.equal(reviews, '3', 'recommend, approve, name');
	assert.equal(events, '2', 'named, revoked');
	assert.ok(Number(actions) >= 5, `create, recommend, approve, name, revoke: ${actions}`);
	assert.equal(await xpath(xml, 'string(/dossier/audit/entry[last()]/@action)'), 'studio.revoke');
	assert.equal(await xpath(xml, 'string(/dossier/application/@id)'), app);
	const print = await curl(`${APP}/app/studios/${sid}/dossier?format=print`, { as: base });
	assert.equal(print.status, 200, show(print));
	assert.match(print.body, /档案/);
	for (const u of [otherBase, otherDistrict])
		assert.equal((await curl(`${APP}/app/studios/${sid}/dossier`, { as: u })).status, 404, u.code);
});
