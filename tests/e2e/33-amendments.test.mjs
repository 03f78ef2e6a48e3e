// Changes to a studio after its naming: the base union asks, the auditing
// union approves, and the city too where the leader changes.  An approved
// change becomes the studio's current data with an event in its record;
// the application stays as it was named.  Wrong unit 403, another district
// 404, stale version 409, one open change at a time, and a new leader who
// leads another studio is refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, act, applicationFields, applicationXml, city, createApplication, curl, fetchXml, fieldOf,
	postForm, show, unit, validateXml, xpath, xpaths, target
} from './lib.mjs';

const base = unit('22010202');		// under 南关区
const district = unit('220102');
const otherDistrict = unit('220103');
const otherBase = unit('22017302');

async function namedStudio(as = base, auditor = district) {
	const fields = applicationFields();
	const id = await createApplication(as, fields);
	await act(as, id, 'recommend');
	await act(auditor, id, 'approve');
	await act(city(), id, 'name');
	const { xml } = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(fieldOf(fields, 'name'))}`, { as: city() });
	return { sid: await xpath(xml, 'string(/studios/studio/@id)'), app: id, fields };
}

function request(as, sid, fields, query) {
	return postForm(as, `/app/studios/${sid}/amendments`, fields, { query });
}

function created(res) {
	assert.equal(res.status, 303, show(res));
	const m = /^\/app\/amendments\/(\d+)$/.exec(target(res));
	assert.ok(m, show(res));
	return m[1];
}

async function state(aid, as = city()) {
	const { xml } = await fetchXml(`${APP}/app/amendments/${aid}`, { as });
	const [status, version] = await xpaths(xml, ['/amendment/@status', '/amendment/@version']);
	return { status, version, xml };
}

function decide(as, aid, action, version, opinion = '同意。') {
	return postForm(as, `/app/amendments/${aid}/transition`, { action, version, opinion });
}

function newLeader() {
	const f = applicationFields();
	return {
		kind: 'leader', 'leader.name': fieldOf(f, 'leader.name'), 'leader.title': '正高级工程师',
		'leader.specialty': '燃气工程', 'leader.mobile': fieldOf(f, 'leader.mobile'),
		'leader.email': fieldOf(f, 'leader.email'), 'leader.birth-month': fieldOf(f, 'leader.birth-month'),
		reason: '原领衔人退休，由技术骨干接任。',
	};
}

test('a new leader walks base → district → city; the studio changes, the application does not', async () => {
	const { sid, app, fields } = await namedStudio();
	const change = newLeader();
	const aid = created(await request(base, sid, change));
	let s = await state(aid, base);
	assert.equal(s.status, 'requested');
	await validateXml(s.xml);
	assert.equal(await xpath(s.xml, 'string(/amendment/old/field[@name="leader.name"])'), fieldOf(fields, 'leader.name'));
	// one open change at a time
	const second = await request(base, sid, { kind: 'field', field: '燃气输配', reason: '调整。' });
	assert.equal(second.status, 409, show(second));
	// the wrong units
	for (const [u, want] of [[base, 403], [city(), 403], [otherDistrict, 404]]) {
		const r = await decide(u, aid, 'approve', s.version);
		assert.equal(r.status, want, `${u.code}: ${show(r)}`);
	}
	// a stale version
	assert.equal((await decide(district, aid, 'approve', String(Number(s.version) + 1))).status, 409);
	// it waits on the district's to-do page, then on the city's
	let todo = (await fetchXml(`${APP}/app/`, { as: district })).xml;
	assert.equal(await xpath(todo, `count(/dashboard/amendment-todo/amendment[@id="${aid}"])`), '1');
	assert.ok(Number(await xpath(todo, 'string(/dashboard/amendment-todo/@total)')) >=
		Number(await xpath(todo, 'count(/dashboard/amendment-todo/amendment)')), 'the total of all that wait');
	assert.equal((await decide(district, aid, 'approve', s.version)).status, 303);
	s = await state(aid);
	assert.equal(s.status, 'audited', 'a new leader goes on to the city');
	todo = (await fetchXml(`${APP}/app/`, { as: city() })).xml;
	assert.equal(await xpath(todo, `count(/dashboard/amendment-todo/amendment[@id="${aid}"])`), '1');
	todo = (await fetchXml(`${APP}/app/`, { as: district })).xml;
	assert.equal(await xpath(todo, `count(/dashboard/amendment-todo/amendment[@id="${aid}"])`), '0');
	// not yet in force
	let studio = (await fetchXml(`${APP}/app/studios/${sid}`, { as: city() })).xml;
	assert.equal(await xpath(studio, 'string(/studio/leader/name)'), fieldOf(fields, 'leader.name'));
	assert.equal((await decide(district, aid, 'approve', s.version)).status, 403, 'the district has decided');
	assert.equal((await decide(city(), aid, 'approve', s.version)).status, 303);
	assert.equal((await state(aid)).status, 'approved');
	studio = (await fetchXml(`${APP}/app/studios/${sid}`, { as: district })).xml;
	const [leader, mobile, event, left] = await xpaths(studio, ['/studio/leader/name', '/studio/leader/mobile',
		'/studio/events/event[last()]/@action', 'count(/studio/members/member[role="领衔人" and @left])']);
	assert.deepEqual([leader, mobile, event, left], [change['leader.name'], change['leader.mobile'], 'amend', '1']);
	// the dossier holds the change, its review and its audit entries
	const dossier = (await fetchXml(`${APP}/app/studios/${sid}/dossier`, { as: city() })).xml;
	const [kinds, reviews, audited] = await xpaths(dossier, [`/dossier/amendments/amendment[@id="${aid}"]/@kind`,
		`count(/dossier/amendments/amendment[@id="${aid}"]/reviews/review)`,
		`count(/dossier/audit/entry[@object-type="amendment" and @object-id="${aid}"])`]);
	assert.deepEqual([kinds, reviews, audited], ['leader', '3', '3'], 'request, district, city');
	// the application as named
	const { xml } = await applicationXml(app, city());
	assert.equal(await xpath(xml, 'string(/application/leader/name)'), fieldOf(fields, 'leader.name'));
	// the former leader is free; the new one leads this studio
	const blocked = await createApplication(otherBase, applicationFields({
		'leader.name': change['leader.name'], 'leader.birth-month': change['leader.birth-month'],
		'leader.mobile': change['leader.mobile'] }));
	const no = await postForm(otherBase, `/app/applications/${blocked}/transition`,
		{ action: 'recommend', version: '1', opinion: '推荐。' });
	assert.equal(no.status, 409, show(no));
	await postForm(otherBase, `/app/applications/${blocked}/transition`, { action: 'withdraw', version: '1', opinion: '' });
});

test('another field ends with the auditing union; return, reject and withdraw end it unchanged', async () => {
	const { sid } = await namedStudio();
	const aid = created(await request(base, sid, { kind: 'host-unit', 'host-unit': '长春燃气集团股份有限公司', reason: '企业更名。' }));
	assert.equal((await decide(district, aid, 'approve', (await state(aid)).version)).status, 303);
	assert.equal((await state(aid)).status, 'approved');
	let studio = (await fetchXml(`${APP}/app/studios/${sid}`, { as: base })).xml;
	assert.equal(await xpath(studio, 'string(/studio/host-unit)'), '长春燃气集团股份有限公司');
	for (const [who, action, want] of [[district, 'return', 'returned'], [district, 'reject', 'rejected'], [base, 'withdraw', 'withdrawn']]) {
		const a = created(await request(base, sid, { kind: 'member-count', 'member-count': '15', reason: '人员调整。' }));
		assert.equal((await decide(who, a, action, (await state(a)).version, '不同意。')).status, 303);
		assert.equal((await state(a)).status, want);
	}
	studio = (await fetchXml(`${APP}/app/studios/${sid}`, { as: base })).xml;
	assert.notEqual(await xpath(studio, 'string(/studio/member-count)'), '15', 'nothing changed');
});

test('refused requests: bad fields 400 named, nothing changing, another unit, a taken leader', async () => {
	const { sid } = await namedStudio();
	for (const [fields, name] of [[{ kind: '', reason: 'x' }, 'kind'], [{ kind: 'field', field: '', reason: 'x' }, 'field'],
		[{ kind: 'member-count', 'member-count': 'abc', reason: 'x' }, 'member-count'],
		[{ ...newLeader(), 'leader.mobile': '123' }, 'leader.mobile'], [{ kind: 'field', field: '新领域', reason: '' }, 'reason']]) {
		const r = await request(base, sid, fields, 'format=xml');
		assert.equal(r.status, 400, `${name}: ${show(r)}`);
		assert.equal(await xpath(r.body, `count(/amendments/errors/error[@field="${name}"])`), '1', name);
		await validateXml(r.body);
	}
	const cur = (await fetchXml(`${APP}/app/studios/${sid}`, { as: base })).xml;
	const same = await request(base, sid, { kind: 'field', field: await xpath(cur, 'string(/studio/field)'), reason: '同。' });
	assert.equal(same.status, 400, show(same));
	// only its base union asks; another district does not see the studio
	assert.equal((await request(district, sid, { kind: 'field', field: '新', reason: 'x' })).status, 403);
	assert.equal((await request(otherBase, sid, { kind: 'field', field: '新', reason: 'x' })).status, 404);
	// a new leader who leads another studio
	const other = await namedStudio();
	const taken = {
		...newLeader(), 'leader.name': fieldOf(other.fields, 'leader.name'),
		'leader.mobile': fieldOf(other.fields, 'leader.mobile'), 'leader.birth-month': fieldOf(other.fields, 'leader.birth-month'),
	};
	const r = await request(base, sid, taken);
	assert.equal(r.status, 409, show(r));
	assert.match(r.body, /一人只能领衔一个职工创新工作室/);
	// the list and the form validate
	const list = await fetchXml(`${APP}/app/studios/${sid}/amendments`, { as: base });
	assert.equal(await xpath(list.xml, 'string(/amendments/request/@allowed)'), 'true');
	const forDistrict = await fetchXml(`${APP}/app/studios/${sid}/amendments`, { as: district });
	assert.equal(await xpath(forDistrict.xml, 'string(/amendments/request/@allowed)'), 'false');
	assert.equal((await curl(`${APP}/app/studios/${sid}/amendments`, { as: otherDistrict })).status, 404);
});

test('a member joins and another leaves by amendment; the leader cannot leave that way', async () => {
	const { sid } = await namedStudio();
	const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
	const join = created(await request(base, sid, {
		kind: 'member-join', 'member.name': '赵新成', 'member.role': '骨干', 'member.trade': '燃气管道工',
		'member.title': '技师', 'member.joined': today, reason: '新成员加入。' }));
	assert.equal((await decide(district, join, 'approve', (await state(join)).version)).status, 303);
	assert.equal((await state(join)).status, 'approved', 'ends with the auditing union');
	let list = (await fetchXml(`${APP}/app/studios/${sid}/amendments`, { as: base })).xml;
	const id = await xpath(list, 'string(/amendments/current/members/member[.="赵新成"]/@id)');
	assert.match(id, /^\d+$/, 'the member is in');
	const leaderId = await xpath(list, 'string(/amendments/current/members/member[@role="领衔人"]/@id)');
	// the leader leaves only by a new leader; an unknown member is 400
	const no = await request(base, sid, { kind: 'member-leave', 'member.id': leaderId, 'member.left': today, reason: '退出。' });
	assert.equal(no.status, 409, show(no));
	const unknown = await request(base, sid, { kind: 'member-leave', 'member.id': '987654', 'member.left': today, reason: '退出。' }, 'format=xml');
	assert.equal(unknown.status, 400, show(unknown));
	// a future date is refused
	const future = await request(base, sid, { kind: 'member-leave', 'member.id': id, 'member.left': '2199-01-01', reason: 'x' }, 'format=xml');
	assert.equal(future.status, 400, show(future));
	const leave = created(await request(base, sid, { kind: 'member-leave', 'member.id': id, 'member.left': today, reason: '调离。' }));
	assert.equal((await decide(district, leave, 'approve', (await state(leave)).version)).status, 303);
	list = (await fetchXml(`${APP}/app/studios/${sid}/amendments`, { as: base })).xml;
	assert.equal(await xpath(list, 'count(/amendments/current/members/member[.="赵新成"])'), '0', 'left');
	const studio = (await fetchXml(`${APP}/app/studios/${sid}`, { as: base })).xml;
	assert.equal(await xpath(studio, 'string(/studio/members/member[name="赵新成"]/@left)'), today);
});
