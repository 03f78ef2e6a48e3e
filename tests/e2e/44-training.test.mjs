// Leader training, publicity events and collaboration links.  A district
// union sets up a training session, invites studios of its subtree (one
// outside it is refused), records who attended once it has begun; the
// studio's file shows it; the to-do page lists the studios whose leader
// had no training this year and stops listing one who attended.  Events:
// created, the studios taking part, only the public past ones on the
// public site (and one made private again leaves it).  A studio's links
// on its public page.  Units that may not act get 403, units that may not
// see get 404.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, PUB, act, city, created, curl, fetchXml, namedStudio, postForm, postMultipart, postXml, show,
	sql, target, unit, validateXml, xpath, xpaths
} from './lib.mjs';

const baseP = unit('22017401');		// under 长春汽车经济技术开发区
const baseQ = unit('22017402');		// its neighbour under the same district
const districtP = unit('220174');
const baseO = unit('22017101');		// under 长春经济技术开发区: outside
const districtO = unit('220171');
const RUN = Date.now().toString(36).slice(-5);

/* Today in Asia/Shanghai, YYYY-MM-DD, and a day away from it. */
function day(offset = 0) {
	const d = new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000);
	return d.toISOString().slice(0, 10);
}

async function todo(as) {
	const { xml } = await fetchXml(`${APP}/app/`, { as });
	const total = Number(await xpath(xml, 'string(/dashboard/training-todo/@total)') || 0);
	return { xml, total };
}

let a1, a2, o, training;

test('a district sets up a session; a base union may not; dates are checked', async () => {
	a1 = await namedStudio(baseP, districtP);
	a2 = await namedStudio(baseQ, districtP);
	o = await namedStudio(baseO, districtO);
	const fields = { action: 'create', title: `${day().slice(0, 4)}年度领衔人管理能力培训班${RUN}`,
		'starts-on': day(), 'ends-on': day(), place: '长春市职工服务中心', hours: '8' };
	let res = await postXml(baseP, '/app/trainings', fields);
	assert.equal(res.status, 403, show(res));
	res = await postXml(districtP, '/app/trainings', { ...fields, 'ends-on': day(-1) });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="ends-on"/);
	res = await postXml(districtP, '/app/trainings', { ...fields, hours: '13' });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="hours"/);
	training = created(await postXml(districtP, '/app/trainings', fields), /^\/app\/trainings\/(\d+)$/);
	const { xml } = await fetchXml(`${APP}/app/trainings?year=${day().slice(0, 4)}`, { as: districtP });
	assert.match(xml, new RegExp(`<training id="${training}"`));
	// The city sees it too; another district does not.
	const { xml: c } = await fetchXml(`${APP}/app/trainings?q=${RUN}`, { as: city() });
	assert.match(c, new RegExp(`<training id="${training}"`));
	const { xml: other } = await fetchXml(`${APP}/app/trainings?q=${RUN}`, { as: districtO });
	assert.doesNotMatch(other, new RegExp(`<training id="${training}"`));
	await fetchXml(`${APP}/app/trainings/${training}`, { as: districtO, expect: 404 });
	await fetchXml(`${APP}/app/trainings/${training}`, { as: baseO, expect: 404 });
});

test('invitations: studios of the subtree; one outside refused; only the organiser invites', async () => {
	// A studio of another district: refused, nothing invited.
	let res = await postForm(districtP, `/app/trainings/${training}`,
		[['action', 'invite'], ['studio', a1.sid], ['studio', o.sid]], { query: 'format=xml' });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="studio"/);
	let { xml } = await fetchXml(`${APP}/app/trainings/${training}`, { as: districtP });
	assert.equal(await xpath(xml, 'count(/training/invitees/invitee)'), '0');
	assert.match(xml, new RegExp(`<studio id="${a1.sid}"`), 'a1 is among the eligible');
	assert.doesNotMatch(xml, new RegExp(`<studio id="${o.sid}"`));
	// The base union and another district may not invite.
	res = await postForm(baseP, `/app/trainings/${training}`, [['action', 'invite'], ['studio', a1.sid]],
		{ query: 'format=xml' });
	assert.equal(res.status, 403, show(res));
	res = await postForm(districtO, `/app/trainings/${training}`, [['action', 'invite'], ['studio', o.sid]],
		{ query: 'format=xml' });
	assert.equal(res.status, 404, show(res));
	res = await postForm(districtP, `/app/trainings/${training}`,
		[['action', 'invite'], ['studio', a1.sid], ['studio', a2.sid]], { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	({ xml } = await fetchXml(`${APP}/app/trainings/${training}`, { as: districtP }));
	assert.equal(await xpath(xml, 'count(/training/invitees/invitee)'), '2');
	assert.equal(await xpath(xml, `string(/training/invitees/invitee[@studio='${a1.sid}']/leader)`), a1.leader);
	assert.equal(await xpath(xml, `string(/training/invitees/invitee[@studio='${a1.sid}']/@attended)`), '');
	// A base union sees its own studio's invitation only.
	({ xml } = await fetchXml(`${APP}/app/trainings/${training}`, { as: baseP }));
	assert.equal(await xpath(xml, 'count(/training/invitees/invitee)'), '1');
	assert.equal(await xpath(xml, 'string(/training/@may-manage)'), 'false');
	// The studio's file shows the invitation, not yet attended.
	({ xml } = await fetchXml(`${APP}/app/studios/${a1.sid}`, { as: baseP }));
	assert.equal(await xpath(xml, `string(/studio/trainings/training[@id='${training}']/@attended)`), '');
});

test('attendance: recorded by the organiser; the file shows it; the to-do stops listing', async () => {
	const before = await todo(baseP);
	assert.ok(before.total >= 1, `the to-do lists untrained leaders: ${before.total}`);
	if (before.total <= 50)
		assert.match(before.xml, new RegExp(`<studio id="${a1.sid}"`));
	const beforeQ = await todo(baseQ);
	const beforeD = await todo(districtP);

	let { xml } = await fetchXml(`${APP}/app/trainings/${training}`, { as: districtP });
	const version = await xpath(xml, 'string(/training/@version)');
	// A studio that was not invited cannot be ticked; a stale version is refused.
	let res = await postForm(districtP, `/app/trainings/${training}`,
		[['action', 'attend'], ['version', version], ['attended', o.sid]], { query: 'format=xml' });
	assert.equal(res.status, 400, show(res));
	res = await postForm(districtP, `/app/trainings/${training}`,
		[['action', 'attend'], ['version', String(Number(version) + 5)], ['attended', a1.sid]],
		{ query: 'format=xml' });
	assert.equal(res.status, 409, show(res));
	res = await postForm(baseP, `/app/trainings/${training}`,
		[['action', 'attend'], ['version', version], ['attended', a1.sid]], { query: 'format=xml' });
	assert.equal(res.status, 403, show(res));
	res = await postForm(districtP, `/app/trainings/${training}`,
		[['action', 'attend'], ['version', version], ['attended', a1.sid]], { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));

	({ xml } = await fetchXml(`${APP}/app/trainings/${training}`, { as: districtP }));
	assert.deepEqual(await xpaths(xml, [`/training/invitees/invitee[@studio='${a1.sid}']/@attended`,
		`/training/invitees/invitee[@studio='${a2.sid}']/@attended`, '/training/totals/@attended']),
	['true', 'false', '1']);
	({ xml } = await fetchXml(`${APP}/app/studios/${a1.sid}`, { as: baseP }));
	assert.equal(await xpath(xml, `string(/studio/trainings/training[@id='${training}']/@attended)`), 'true');
	({ xml } = await fetchXml(`${APP}/app/studios/${a2.sid}`, { as: baseQ }));
	assert.equal(await xpath(xml, `string(/studio/trainings/training[@id='${training}']/@attended)`), 'false');

	const after = await todo(baseP);
	assert.equal(after.total, before.total - 1);
	assert.doesNotMatch(after.xml, new RegExp(`<studio id="${a1.sid}"`));
	assert.equal((await todo(baseQ)).total, beforeQ.total, 'a2 did not attend: still listed');
	assert.equal((await todo(districtP)).total, beforeD.total - 1);
	// The figure (the tally's studios less this year's attended) is a
	// count of every studio of the unit's subtree with no attended training.
	for (const u of [baseP, baseQ, districtP, city()]) {
		const path = (await sql(`SELECT path FROM unit WHERE code = '${u.code}'`)).stdout.trim();
		const full = Number((await sql('SELECT COUNT(*) FROM studio s WHERE s.base_path LIKE ' +
			`CONCAT('${path}', '%') AND s.status IN ('active', 'key-support', 'supervised') AND NOT EXISTS ` +
			'(SELECT 1 FROM training_invitee i JOIN training t ON t.id = i.training_id WHERE i.studio_id = s.id ' +
			'AND i.attended = 1 AND i.leader_name = s.leader_name ' +
			`AND t.starts_on BETWEEN '${day().slice(0, 4)}-01-01' AND '${day().slice(0, 4)}-12-31')`)).stdout.trim());
		assert.equal((await todo(u)).total, full, `${u.code}: the to-do's count is a full count`);
	}

	// The sign-in sheet: a printable page listing the invited leaders.
	const sheet = await curl(`${APP}/app/trainings/${training}?format=print`, { as: districtP });
	assert.equal(sheet.status, 200, show(sheet));
	assert.match(sheet.body, /签到表/);
	assert.ok(sheet.body.includes(a1.leader) && sheet.body.includes(a2.leader));
	assert.doesNotMatch(sheet.body, /<form/);
});

let event1, event2, event3;
const T1 = `汽开区职工创新工作室现场会${RUN}`;
const T2 = `内部学习交流会${RUN}`;
const T3 = `下月观摩会${RUN}`;

test('events: created with their studios; only public past ones are on the public site', async () => {
	const base = { action: 'create', kind: 'onsite', 'held-on': day(), title: T1,
		'host-studio': a1.sid, summary: '参观工作室创新成果展示，交流技术攻关经验。' };
	// A host outside the unit's subtree is refused.
	let res = await postXml(districtP, '/app/events', { ...base, 'host-studio': o.sid });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="host-studio"/);
	event1 = created(await postXml(districtP, '/app/events', base), /^\/app\/events\/(\d+)$/);
	event2 = created(await postXml(districtP, '/app/events', { ...base, kind: 'exchange', title: T2,
		'host-studio': '', visibility: 'private' }), /^\/app\/events\/(\d+)$/);
	event3 = created(await postXml(districtP, '/app/events', { ...base, kind: 'observation', title: T3,
		'held-on': day(20) }), /^\/app\/events\/(\d+)$/);

	res = await postForm(districtP, `/app/events/${event1}`,
		[['action', 'studios'], ['studio', a1.sid], ['studio', a2.sid]], { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	res = await postForm(districtP, `/app/events/${event1}`, [['action', 'studios'], ['studio', o.sid]],
		{ query: 'format=xml' });
	assert.equal(res.status, 400, show(res));
	res = await postForm(baseP, `/app/events/${event1}`, [['action', 'studios'], ['studio', a1.sid]],
		{ query: 'format=xml' });
	assert.equal(res.status, 403, show(res));
	await fetchXml(`${APP}/app/events/${event1}`, { as: districtO, expect: 404 });

	let { xml } = await fetchXml(`${APP}/app/events/${event1}`, { as: districtP });
	assert.equal(await xpath(xml, 'count(/event/studios/studio)'), '2');
	assert.equal(await xpath(xml, 'string(/event/host/@studio)'), a1.sid);
	({ xml } = await fetchXml(`${APP}/app/events/${event2}`, { as: districtP }));
	assert.equal(await xpath(xml, 'string(/event/host)'), districtP.name);
	assert.equal(await xpath(xml, 'string(/event/@public)'), 'false');

	const pub = await fetchXml(`${PUB}/public/events?run=${RUN}a`);
	assert.equal(pub.root, 'public-events');
	assert.ok(pub.xml.includes(T1), 'the public past event is listed');
	assert.ok(!pub.xml.includes(T2), 'a private one is not');
	assert.ok(!pub.xml.includes(T3), 'a future one is not (yet)');
	assert.equal(await xpath(pub.xml, `count(/public-events/event[@id='${event1}']/studios/studio)`), '2');
	const html = await curl(`${PUB}/public/events?run=${RUN}b`);
	assert.equal(html.status, 200, show(html));
	assert.ok(html.body.includes(T1) && html.body.includes('现场会'));
});

test('an event made private leaves the public site; photos are JPEG or PNG', async () => {
	let { xml } = await fetchXml(`${APP}/app/events/${event1}`, { as: districtP });
	const version = await xpath(xml, 'string(/event/@version)');
	let res = await postXml(districtP, `/app/events/${event1}`, { action: 'update', version, kind: 'onsite',
		'held-on': day(), title: T1, 'host-studio': a1.sid, summary: '改为内部活动。', visibility: 'private' });
	assert.equal(res.status, 303, show(res));
	const pub = await fetchXml(`${PUB}/public/events?run=${RUN}c`);
	assert.ok(!pub.xml.includes(T1), 'no longer listed');

	const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6364f8ff3f0005fe02fea73581e40000000049454e44ae426082', 'hex');
	res = await postMultipart(districtP, `/app/events/${event1}`, [{ name: 'action', value: 'photos' },
		{ name: 'file', filename: 'notes.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') }],
	{ query: 'format=xml' });
	assert.equal(res.status, 400, show(res));
	res = await postMultipart(districtP, `/app/events/${event1}`, [{ name: 'action', value: 'photos' },
		{ name: 'file', filename: '现场.png', type: 'image/png', data: png }], { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	({ xml } = await fetchXml(`${APP}/app/events/${event1}`, { as: districtP }));
	const href = await xpath(xml, 'string(/event/attachments/attachment/@href)');
	assert.match(href, /^\/app\/attachments\/\d+$/);
	const got = await curl(`${APP}${href}`, { as: districtP });
	assert.equal(got.status, 200, show(got));
	assert.equal(got.headers['content-type'], 'image/png');
	const other = await curl(`${APP}${href}`, { as: districtO });
	assert.notEqual(other.status, 200, show(other));
});

test('links: added by the base union, shown on the public page; others refused', async () => {
	const url = `/app/studios/${a1.sid}/links`;
	let res = await postXml(baseP, url, { action: 'add', kind: 'model-worker', name: `王大伟劳模创新工作室${RUN}`,
		note: '联合开展焊接工艺攻关' });
	assert.equal(res.status, 303, show(res));
	assert.equal(target(res), `/app/studios/${a1.sid}`);
	res = await postXml(baseP, url, { action: 'add', kind: 'studio', linked: a2.sid, note: '技术交流' });
	assert.equal(res.status, 303, show(res));
	res = await postXml(baseP, url, { action: 'add', kind: 'studio', linked: a1.sid });
	assert.equal(res.status, 400, show(res));
	res = await postXml(baseP, url, { action: 'add', kind: 'model-worker', name: '' });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="name"/);
	res = await postXml(districtP, url, { action: 'add', kind: 'model-worker', name: '某工作室' });
	assert.equal(res.status, 403, show(res));
	res = await postXml(baseO, url, { action: 'add', kind: 'model-worker', name: '某工作室' });
	assert.equal(res.status, 404, show(res));

	const { xml } = await fetchXml(`${APP}/app/studios/${a1.sid}`, { as: baseP });
	assert.equal(await xpath(xml, 'count(/studio/links/link)'), '2');
	assert.equal(await xpath(xml, 'string(/studio/links/@may-add)'), 'true');
	const pub = await fetchXml(`${PUB}/public/studios/${a1.sid}?run=${RUN}`);
	assert.equal(await xpath(pub.xml, 'count(/public-studio/links/link)'), '2');
	assert.ok(pub.xml.includes(`王大伟劳模创新工作室${RUN}`));
	assert.equal(await xpath(pub.xml, "string(/public-studio/links/link[@kind='studio']/@studio)"), a2.sid);
	const page = await curl(`${PUB}/public/studios/${a1.sid}?run=${RUN}h`);
	assert.ok(page.body.includes('协作联系') && page.body.includes('联合开展焊接工艺攻关'));

	// Taken back: gone from both.
	const link = await xpath(xml, "string(/studio/links/link[@kind='model-worker']/@id)");
	res = await postXml(baseP, url, { action: 'remove', link });
	assert.equal(res.status, 303, show(res));
	const again = await fetchXml(`${PUB}/public/studios/${a1.sid}?run=${RUN}r`);
	assert.equal(await xpath(again.xml, 'count(/public-studio/links/link)'), '1');
	await validateXml(again.xml);
});
