// Upgrading a named studio to a 长春市级劳模和工匠人才创新工作室: its base
// union applies with the leader's honour, the auditing union audits, the
// city decides; the city's approval upgrades the studio through its
// machine, with an event naming the decision.  Only the unit at the stage
// acts (403), another district sees nothing (404), a stale version or a
// state that does not allow it is 409, one open application per studio.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, PUB, act, applicationFields, city, createApplication, fetchXml, fieldOf, page,
	postForm, show, sql, unit, validateXml, xpath, xpaths, target
} from './lib.mjs';

const base = unit('22010202');		// under 南关区
const district = unit('220102');
const otherBase = unit('22017302');	// under 高新区
const otherDistrict = unit('220103');

/* A studio of base, just named: its id and name. */
async function namedStudio() {
	const fields = applicationFields();
	const id = await createApplication(base, fields);
	await act(base, id, 'recommend');
	await act(district, id, 'approve');
	await act(city(), id, 'name');
	const name = fieldOf(fields, 'name');
	const { xml } = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(name)}`, { as: city() });
	return { sid: await xpath(xml, 'string(/studios/studio/@id)'), name };
}

const honour = {
	kind: 'craftsman', level: 'city', year: '2025', body: '长春市人民政府',
	statement: '领衔人2025年获评“长春工匠”，申请升级为劳模和工匠人才创新工作室。',
};

function apply(as, sid, over = {}, query) {
	return postForm(as, `/app/studios/${sid}/upgrade`, { ...honour, ...over }, { query });
}

/* The studio's upgrade page as a unit sees it. */
async function upgrades(sid, as = city()) {
	const { xml } = await fetchXml(`${APP}/app/studios/${sid}/upgrade`, { as });
	const [id, version, status] = await xpaths(xml, ['/upgrade/applications/application[1]/@id',
		'/upgrade/applications/application[1]/@version', '/upgrade/applications/application[1]/@status']);
	return { xml, id, version, status };
}

function step(as, sid, u, action, fields = {}) {
	return postForm(as, `/app/studios/${sid}/upgrade/transition`, {
		upgrade: u.id, version: u.version, action, opinion: '', ...fields,
	});
}

async function studioStatus(sid) {
	const { xml } = await fetchXml(`${APP}/app/studios/${sid}`, { as: city() });
	return { xml, status: await xpath(xml, 'string(/studio/@status)') };
}

test('the whole walk: base applies, district audits, city approves; the studio is upgraded', async () => {
	const { sid } = await namedStudio();
	// the form: the base union's only
	assert.equal(await xpath((await upgrades(sid, base)).xml, 'count(/upgrade/form)'), '1');
	for (const u of [district, city()])
		assert.equal(await xpath((await upgrades(sid, u)).xml, 'count(/upgrade/form)'), '0');
	const res = await apply(base, sid);
	assert.equal(res.status, 303, show(res));
	assert.equal(target(res), `/app/studios/${sid}/upgrade`);
	let u = await upgrades(sid, district);
	assert.equal(u.status, 'submitted');
	assert.equal(await xpath(u.xml, 'string(/upgrade/applications/application[1]/honour/@kind)'), 'craftsman');
	assert.equal(await xpath(u.xml, 'count(/upgrade/applications/application[1]/actions/action[@name="approve"])'), '1');

	// on the district's to-do page, not yet on the city's
	const todo = async (as) => (await fetchXml(`${APP}/app/`, { as })).xml;
	assert.equal(await xpath(await todo(district), `count(/dashboard/upgrade-todo/upgrade[@id="${u.id}"])`), '1');
	assert.equal(await xpath(await todo(city()), `count(/dashboard/upgrade-todo/upgrade[@id="${u.id}"])`), '0');
	// wrong unit at the district's stage: the base union and the city
	for (const who of [base, city()]) {
		const r = await step(who, sid, u, 'approve');
		assert.equal(r.status, 403, `${who.code}: ${show(r)}`);
	}
	// stale version
	const stale = await step(district, sid, { ...u, version: String(Number(u.version) + 1) }, 'approve');
	assert.equal(stale.status, 409, show(stale));
	let r = await step(district, sid, u, 'approve', { opinion: '同意上报。' });
	assert.equal(r.status, 303, show(r));

	u = await upgrades(sid);
	assert.equal(u.status, 'audited');
	assert.equal(await xpath(await todo(city()), `count(/dashboard/upgrade-todo/upgrade[@id="${u.id}"])`), '1');
	assert.equal(await xpath(await todo(district), `count(/dashboard/upgrade-todo/upgrade[@id="${u.id}"])`), '0');
	assert.match((await page(`${APP}/app/`, { as: city() })).body, new RegExp(`/app/studios/${sid}/upgrade`));
	// wrong unit at the city's stage: the district and the base union
	for (const who of [district, base]) {
		r = await step(who, sid, u, 'approve', { document: '长工发〔2026〕40号' });
		assert.equal(r.status, 403, `${who.code}: ${show(r)}`);
	}
	// the city's approval needs the decision's number
	r = await postForm(city(), `/app/studios/${sid}/upgrade/transition`,
		{ upgrade: u.id, version: u.version, action: 'approve', opinion: '' }, { query: 'format=xml' });
	assert.equal(r.status, 400, show(r));
	assert.equal(await xpath(r.body, 'count(/upgrade/errors/error[@field="document"])'), '1');
	await validateXml(r.body);
	assert.equal((await studioStatus(sid)).status, 'active', 'nothing changed');

	const docno = `长工发〔2026〕${Date.now() % 100000}号`;
	r = await step(city(), sid, u, 'approve', { document: docno, opinion: '同意升级。' });
	assert.equal(r.status, 303, show(r));
	u = await upgrades(sid, base);
	assert.equal(u.status, 'upgraded');
	assert.equal(await xpath(u.xml, 'count(/upgrade/applications/application[1]/steps/step)'), '3');
	assert.equal(await xpath(u.xml, 'string(/upgrade/applications/application[1]/@document)'), docno);
	assert.equal(await xpath(u.xml, 'count(/upgrade/form)'), '0', 'an upgraded studio cannot apply again');

	const { xml, status } = await studioStatus(sid);
	assert.equal(status, 'upgraded');
	const [ev, doc, from, kind] = await xpaths(xml, ['/studio/events/event[last()]/@action',
		'/studio/events/event[last()]/@document', '/studio/events/event[last()]/@from',
		'/studio/upgrade-basis/honour/@kind']);
	assert.deepEqual([ev, doc, from, kind], ['upgrade', docno, 'active', 'craftsman']);
	// the studio's page links to its upgrade page and shows the basis
	const html = await page(`${APP}/app/studios/${sid}`, { as: base });
	assert.ok(html.body.includes(`href="/app/studios/${sid}/upgrade"`));
	assert.match(html.body, /长春市级劳模和工匠人才创新工作室/);
	// the upgrade page in HTML and print
	const up = await page(`${APP}/app/studios/${sid}/upgrade`, { as: base });
	assert.match(up.body, /同意升级/);
	await page(`${APP}/app/studios/${sid}/upgrade?format=print`, { as: city() });
	// the dossier holds the application and its review
	const { xml: dossier } = await fetchXml(`${APP}/app/studios/${sid}/dossier`, { as: district });
	const [dst, dsteps] = await xpaths(dossier, ['/dossier/upgrades/application[1]/@status',
		'count(/dossier/upgrades/application[1]/steps/step)']);
	assert.deepEqual([dst, dsteps], ['upgraded', '3']);
	await page(`${APP}/app/studios/${sid}/dossier?format=print`, { as: base });
	// the public registry still lists it
	await page(`${PUB}/public/studios/${sid}?t=${Date.now()}`);
	// each step audited
	const a = await sql(`SELECT GROUP_CONCAT(action ORDER BY id) FROM audit WHERE object_type = 'upgrade' AND object_id = ${Number(u.id)}`);
	assert.equal(a.stdout.trim(), 'upgrade.submit,upgrade.approve,upgrade.approve');
});

test('another district sees nothing (404); a second open application is 409; withdraw frees it', async () => {
	const { sid } = await namedStudio();
	assert.equal((await apply(otherBase, sid)).status, 404);
	assert.equal((await apply(otherDistrict, sid)).status, 404);
	await fetchXml(`${APP}/app/studios/${sid}/upgrade`, { as: otherDistrict, expect: 404 });
	// the district and the city do not apply
	assert.equal((await apply(district, sid)).status, 403);
	assert.equal((await apply(city(), sid)).status, 403);
	assert.equal((await apply(base, sid)).status, 303);
	const again = await apply(base, sid);
	assert.equal(again.status, 409, show(again));
	const u = await upgrades(sid, base);
	// another district may not act on it either
	const hidden = await step(otherDistrict, sid, u, 'approve');
	assert.equal(hidden.status, 404, show(hidden));
	// withdraw by the base union, then a new one may be made
	const w = await step(base, sid, u, 'withdraw');
	assert.equal(w.status, 303, show(w));
	assert.equal((await upgrades(sid, base)).status, 'withdrawn');
	assert.equal((await apply(base, sid)).status, 303);
	// returned by the district with a reason, submitted again
	let v = await upgrades(sid, district);
	const noReason = await step(district, sid, v, 'return');
	assert.equal(noReason.status, 400, show(noReason));
	assert.equal((await step(district, sid, v, 'return', { opinion: '请补充荣誉证书。' })).status, 303);
	v = await upgrades(sid, base);
	assert.equal(v.status, 'returned');
	assert.equal((await apply(base, sid)).status, 409, 'a returned one is still open');
	assert.equal((await step(base, sid, v, 'submit')).status, 303);
	v = await upgrades(sid, district);
	assert.equal(v.status, 'submitted');
	assert.equal((await step(district, sid, v, 'approve')).status, 303);
	v = await upgrades(sid, city());
	const rej = await step(city(), sid, v, 'reject', { opinion: '荣誉级别不符合要求。' });
	assert.equal(rej.status, 303, show(rej));
	assert.equal((await upgrades(sid, base)).status, 'rejected');
	assert.equal((await studioStatus(sid)).status, 'active');
	// decided: no more actions
	assert.equal((await step(base, sid, await upgrades(sid, base), 'withdraw')).status, 409);
});

test('a revoked studio cannot apply (409)', async () => {
	const { sid } = await namedStudio();
	const { xml } = await fetchXml(`${APP}/app/studios/${sid}`, { as: city() });
	const version = await xpath(xml, 'string(/studio/@version)');
	const rv = await postForm(city(), `/app/studios/${sid}/transition`, {
		action: 'revoke', version, basis: 'violation', reason: '严重违反有关规定。', document: '长工发〔2026〕41号',
	});
	assert.equal(rv.status, 303, show(rv));
	const res = await apply(base, sid);
	assert.equal(res.status, 409, show(res));
	assert.equal(await xpath((await upgrades(sid, base)).xml, 'count(/upgrade/form)'), '0');
});

test('bad fields are 400, each named', async () => {
	const { sid } = await namedStudio();
	const year = new Date().getFullYear();
	for (const [field, over] of [
		['kind', { kind: 'hero' }], ['kind', { kind: '' }], ['level', { level: 'planet' }],
		['year', { year: String(year + 1) }], ['year', { year: 'x' }], ['year', { year: '' }],
		['body', { body: '' }], ['body', { body: '单'.repeat(101) }],
		['statement', { statement: '' }], ['statement', { statement: '说'.repeat(501) }],
	]) {
		const res = await apply(base, sid, over, 'format=xml');
		assert.equal(res.status, 400, `${field}: ${show(res)}`);
		assert.equal(await xpath(res.body, `count(/upgrade/errors/error[@field="${field}"])`), '1', field);
		await validateXml(res.body);
	}
	assert.equal(await xpath((await upgrades(sid, base)).xml, 'count(/upgrade/applications/application)'), '0');
	// at the limits it is accepted
	const ok = await apply(base, sid, { body: '单'.repeat(100), statement: '说'.repeat(500), year: String(year) });
	assert.equal(ok.status, 303, show(ok));
});

test('two applications at the same moment: one is made, the other is 409', async () => {
	const { sid } = await namedStudio();
	const res = await Promise.all([apply(base, sid), apply(base, sid), apply(base, sid)]);
	assert.deepEqual(res.map((r) => r.status).sort(), [303, 409, 409], res.map(show).join('\n'));
	assert.equal(await xpath((await upgrades(sid, base)).xml, 'count(/upgrade/applications/application)'), '1');
});
