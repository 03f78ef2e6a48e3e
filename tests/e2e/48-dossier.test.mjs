// The complete dossier, and event photos on the public site.  A studio
// with an achievement (a photo, reviewed, published, taken up), a grant
// and a spending entry with its voucher, its leader's training and a
// collaboration link: its dossier holds every section with those values,
// each record validating against its own schema and the whole against
// dossier.xsd; the list of attachments names each file's record and
// SHA-256; the audit entries cover the records; the print has numbered
// sections and Chinese dates; a unit of another district gets 404.
// Events: a public past event's photo is listed on /public/events and
// served at /public/photos/{id} with its type; the photo of a private or
// a future event, and a stored file of a private record, never are.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import {
	APP, PUB, SERVER_CA, act, applicationFields, city, createApplication, created, curl, fetchXml,
	fieldOf, postForm, postMultipart, postXml, run, show, tmp, unit, validateXml, xpath, xpaths
} from './lib.mjs';

const base = unit('22010201');		// under 南关区
const district = unit('220102');
const otherBase = unit('22010601');	// under 绿园区
const otherDistrict = unit('220106');
const RUN = Date.now().toString(36).slice(-5);
const YEAR = 2028;

/* A 1x1 PNG, and another one (other bytes, so another hash). */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const PNG2 = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6364f8ff3f0005fe02fea73581e40000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const sha256 = (b) => createHash('sha256').update(b).digest('hex');

/* Today in Asia/Shanghai, YYYY-MM-DD, and a day away from it. */
function day(offset = 0) {
	const d = new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000);
	return d.toISOString().slice(0, 10);
}

/* A public URL of its own: nginx caches public pages for a few seconds. */
let n = 0;
const fresh = (p) => `${PUB}${p}${p.includes('?') ? '&' : '?'}t=${process.pid}-${Date.now()}-${++n}`;

/* The bytes of a public URL, through curl into a file. */
async function bytes(url) {
	const file = tmp(`bytes-${++n}`);
	const r = await run('curl', ['-sS', '--cacert', SERVER_CA, '-o', file, url]);
	assert.equal(r.code, 0, r.stderr);
	return readFileSync(file);
}

const ACH = `燃气管网泄漏巡检机器人${RUN}`;
const LINK = `王大伟劳模创新工作室${RUN}`;
const TRAINING = `${YEAR}年度领衔人创新方法培训班${RUN}`;
const VOUCHER = `购置巡检机器人配件${RUN}`;
let sid, leader, aid, spendingId, trainingId, grantId;

test('a studio with an achievement, funding with a voucher, training and a link', async () => {
	const fields = applicationFields();
	const app = await createApplication(base, fields);
	await act(base, app, 'recommend');
	await act(district, app, 'approve');
	await act(city(), app, 'name');
	leader = fieldOf(fields, 'leader.name');
	const { xml } = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(fieldOf(fields, 'name'))}`,
		{ as: city() });
	sid = await xpath(xml, 'string(/studios/studio/@id)');
	assert.match(sid, /^\d+$/);

	// The achievement: a photo, submitted, published by the district, taken up.
	let res = await postXml(base, '/app/achievements', { action: 'create', studio: sid, title: ACH,
		kind: 'technical', form: 'invention', problem: '人工巡检燃气管网效率低。',
		benefits: '巡检效率提高两倍。', value: '8000', year: '2026', people: '孙六九、张伟' });
	aid = created(res, /^\/app\/achievements\/(\d+)$/);
	const version = async (as) => xpath((await fetchXml(`${APP}/app/achievements/${aid}`, { as })).xml,
		'string(/achievement/@version)');
	res = await postMultipart(base, `/app/achievements/${aid}`, [{ name: 'action', value: 'photo' },
		{ name: 'version', value: await version(base) },
		{ name: 'file', filename: '巡检机器人.png', type: 'image/png', data: PNG }], { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	res = await postXml(base, `/app/achievements/${aid}`, { action: 'submit', version: await version(base) });
	assert.equal(res.status, 303, show(res));
	res = await postXml(district, `/app/achievements/${aid}`, { action: 'publish', version: await version(district),
		opinion: '同意发布。' });
	assert.equal(res.status, 303, show(res));
	res = await postXml(district, `/app/achievements/${aid}`, { action: 'adopt', version: await version(district),
		'unit-name': `吉林省天然气有限公司${RUN}`, industry: 'D', region: '吉林省吉林市', 'adopted-on': '2026-09-01',
		effect: '巡检效率提高两倍。' });
	assert.equal(res.status, 303, show(res));
	// A draft of the same studio is no part of the file.
	created(await postXml(base, '/app/achievements', { action: 'create', studio: sid, title: `草稿成果${RUN}`,
		kind: 'technical', form: 'other', problem: 'x', benefits: 'x', year: '2026', people: 'x' }),
	/^\/app\/achievements\/(\d+)$/);

	// Funding: the city's fund, a grant, a spending entry with a PNG voucher.
	const fund = created(await postXml(city(), '/app/funds', { action: 'create', year: String(YEAR),
		title: `${YEAR}年度档案测试补助资金${RUN}`, budget: '1000', document: `长工发〔${YEAR}〕${RUN}号`,
		'decided-on': `${YEAR}-03-01` }), /^\/app\/funds\/(\d+)$/);
	res = await postXml(city(), `/app/funds/${fund}`, { action: 'grant', studio: sid, amount: '500', basis: 'naming',
		document: `长工发〔${YEAR}〕8号`, 'decided-on': `${YEAR}-05-01` });
	assert.equal(res.status, 303, show(res));
	let f = (await fetchXml(`${APP}/app/studios/${sid}/funding`, { as: base })).xml;
	grantId = await xpath(f, 'string(/funding/grants/grant[1]/@id)');
	const parts = Object.entries({ action: 'spend', grant: grantId, purpose: 'equipment', amount: '120.50',
		'spent-on': '2026-06-10', description: VOUCHER }).map(([name, value]) => ({ name, value }));
	res = await postMultipart(base, `/app/studios/${sid}/funding`, [...parts,
		{ name: 'file', filename: '发票.png', type: 'image/png', data: PNG2 }], { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	f = (await fetchXml(`${APP}/app/studios/${sid}/funding`, { as: base })).xml;
	spendingId = await xpath(f, 'string(/funding/grants/grant/spending[1]/@id)');

	// Training: the district invites the studio and records it attended.
	trainingId = created(await postXml(district, '/app/trainings', { action: 'create', title: TRAINING,
		'starts-on': day(), 'ends-on': day(), place: '长春市职工服务中心', hours: '6' }),
	/^\/app\/trainings\/(\d+)$/);
	res = await postForm(district, `/app/trainings/${trainingId}`, [['action', 'invite'], ['studio', sid]],
		{ query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	const tv = await xpath((await fetchXml(`${APP}/app/trainings/${trainingId}`, { as: district })).xml,
		'string(/training/@version)');
	res = await postForm(district, `/app/trainings/${trainingId}`,
		[['action', 'attend'], ['version', tv], ['attended', sid]], { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));

	// A link to a 劳模和工匠人才创新工作室.
	res = await postXml(base, `/app/studios/${sid}/links`, { action: 'add', kind: 'model-worker', name: LINK,
		note: '联合开展巡检技术攻关' });
	assert.equal(res.status, 303, show(res));
});

test('the dossier holds every section with its values, valid against its schemas', async () => {
	const { xml, root } = await fetchXml(`${APP}/app/studios/${sid}/dossier`, { as: district });
	assert.equal(root, 'dossier');
	// The studio and each achievement validate on their own too.
	for (const [open, close] of [['<studio schema="1"', '</studio>'], ['<achievement schema="1"', '</achievement>']]) {
		const i = xml.indexOf(open);
		const j = xml.indexOf(close, i) + close.length;
		assert.ok(i > 0 && j > i, open);
		await validateXml(`<?xml version="1.0" encoding="UTF-8"?>\n${xml.slice(i, j)}`);
	}

	// Achievements: the one submitted, with its reviews and adoption; never the draft.
	const a = `/dossier/achievements/achievement[@id='${aid}']`;
	assert.deepEqual(await xpaths(xml, ['count(/dossier/achievements/achievement)', `string(${a}/title)`,
		`string(${a}/@status)`, `string(${a}/@value)`, `count(${a}/reviews/review)`,
		`string(${a}/reviews/review[2]/@decision)`, `string(${a}/reviews/review[2])`,
		`string(${a}/adoptions/adoption/unit-name)`, `count(${a}/attachments/attachment)`,
		`count(${a}/actions | ${a}/may)`]),
	['1', ACH, 'published', '800000', '2', 'publish', '同意发布。', `吉林省天然气有限公司${RUN}`, '1', '0']);
	assert.ok(!xml.includes(`草稿成果${RUN}`), 'a draft is not in the dossier');

	// Training: the session, its hours, attended, the leader's name.
	const t = `/dossier/studio/trainings/training[@id='${trainingId}']`;
	assert.deepEqual(await xpaths(xml, [`string(${t}/title)`, `string(${t}/@hours)`, `string(${t}/@attended)`,
		`string(${t}/leader)`]), [TRAINING, '6', 'true', leader]);
	// Links.
	assert.equal(await xpath(xml, "string(/dossier/studio/links/link[@kind='model-worker']/name)"), LINK);
	assert.equal(await xpath(xml, 'count(/dossier/studio/links/@may-add)'), '0', 'no form in a dossier');
	// Funding: the grant and the entry.
	assert.deepEqual(await xpaths(xml, ['string(/dossier/funding/@granted)', 'string(/dossier/funding/@spent)']),
		['50000', '12050']);

	// The list of attachments: the photo and the voucher, each with its record and hash.
	const photo = "/dossier/attachments/attachment[@owner-type='achievement']";
	const voucher = "/dossier/attachments/attachment[@owner-type='spending']";
	assert.deepEqual(await xpaths(xml, ['count(/dossier/attachments/attachment)',
		`string(${photo}/@owner-id)`, `string(${photo}/@name)`, `string(${photo}/@type)`, `string(${photo}/@size)`,
		`string(${photo}/@sha256)`, `string(${photo}/record)`,
		`string(${voucher}/@owner-id)`, `string(${voucher}/@type)`, `string(${voucher}/@sha256)`,
		`string(${voucher}/record)`]),
	['2', aid, '巡检机器人.png', 'image/png', String(PNG.length), sha256(PNG), ACH,
		spendingId, 'image/png', sha256(PNG2), VOUCHER]);
	assert.doesNotMatch(xml, /_attachments\//, 'never the storage path');

	// The audit entries of the records.
	const actions = (await xpath(xml, '/dossier/audit/entry/@action')).match(/"[^"]+"/g).map((s) => s.slice(1, -1));
	for (const want of ['application.name', 'achievement.create', 'achievement.photo', 'achievement.submit',
		'achievement.publish', 'achievement.adopt', 'fund.grant', 'spending.add', 'training.invite',
		'training.attend', 'studio.link'])
		assert.ok(actions.includes(want), `the audit entries hold ${want}: ${actions.join(' ')}`);
	assert.ok(!actions.includes('training.create'), 'a session\'s own entries are not the studio\'s');
	const ids = (await xpath(xml, '/dossier/audit/entry/@id')).match(/\d+/g).map(Number);
	assert.deepEqual(ids, [...ids].sort((x, y) => x - y), 'oldest first');
});

test('the printed dossier: numbered sections, Chinese dates, nothing to click', async () => {
	const res = await curl(`${APP}/app/studios/${sid}/dossier?format=print`, { as: base });
	assert.equal(res.status, 200, show(res));
	const text = res.body;
	for (const h of ['一、命名与现状', '七、年度考核', '八、补助资金', '九、创新成果', '十、领衔人培训',
		'十一、协作联系', '十二、附件清单', '十三、审计记录'])
		assert.ok(text.includes(h), `the print holds ${h}`);
	for (const v of [ACH, LINK, TRAINING, VOUCHER, sha256(PNG), sha256(PNG2), `吉林省天然气有限公司${RUN}`,
		'2026年9月1日', '同意发布。'])
		assert.ok(text.includes(v), `the print holds ${v}`);
	assert.match(text, /\d{4}年\d{1,2}月\d{1,2}日/);
	assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}T/, 'no ISO timestamps on paper');
	assert.doesNotMatch(text, /<form/);
	const html = await curl(`${APP}/app/studios/${sid}/dossier`, { as: district });
	assert.equal(html.status, 200, show(html));
	assert.ok(html.body.includes('附件清单') && html.body.includes(ACH));
});

test('a unit that may not see the studio gets 404 on the dossier, in every format', async () => {
	for (const u of [otherDistrict, otherBase])
		for (const q of ['', '?format=xml', '?format=print']) {
			const res = await curl(`${APP}/app/studios/${sid}/dossier${q}`, { as: u });
			assert.equal(res.status, 404, `${u.code} ${q}: ${show(res)}`);
			assert.ok(!res.body.includes(ACH), 'nothing of it');
		}
	const none = await curl(`${APP}/app/studios/999999999/dossier`, { as: city() });
	assert.equal(none.status, 404, show(none));
});

const EV = `巡检机器人现场观摩会${RUN}`;
const EV_PRIVATE = `内部交流会${RUN}`;
const EV_FUTURE = `下月现场会${RUN}`;

async function eventWithPhoto(fields, data) {
	const id = created(await postXml(district, '/app/events', { action: 'create', kind: 'onsite', 'held-on': day(),
		'host-studio': sid, summary: '观摩巡检机器人工作现场。', ...fields }), /^\/app\/events\/(\d+)$/);
	const res = await postMultipart(district, `/app/events/${id}`, [{ name: 'action', value: 'photos' },
		{ name: 'file', filename: '现场照片.png', type: 'image/png', data }], { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	const { xml } = await fetchXml(`${APP}/app/events/${id}`, { as: district });
	return { id, photo: await xpath(xml, 'string(/event/attachments/attachment[1]/@id)') };
}

test('an event\'s photo is on the public site; a private record\'s file never', async () => {
	const pub = await eventWithPhoto({ title: EV }, PNG);
	const priv = await eventWithPhoto({ title: EV_PRIVATE, visibility: 'private' }, PNG);
	const future = await eventWithPhoto({ title: EV_FUTURE, 'held-on': day(20) }, PNG);

	// The public list: the event with its photo, valid against public-events.xsd.
	const { xml } = await fetchXml(fresh('/public/events'));
	const e = `/public-events/event[@id='${pub.id}']`;
	assert.deepEqual(await xpaths(xml, [`count(${e}/photos/photo)`, `string(${e}/photos/photo/@id)`,
		`string(${e}/photos/photo/@type)`, `string(${e}/photos/photo/@href)`, `string(${e}/photos/photo)`]),
	['1', pub.photo, 'image/png', `/public/photos/${pub.photo}`, '现场照片.png']);
	assert.ok(!xml.includes(EV_PRIVATE) && !xml.includes(EV_FUTURE));
	const html = await curl(fresh('/public/events'));
	assert.equal(html.status, 200, show(html));
	assert.ok(html.body.includes(`src="/public/photos/${pub.photo}"`), 'the page shows the photo');

	// Served with its type, scaled and as stored.
	for (const q of ['', '?size=original']) {
		const res = await curl(`${PUB}/public/photos/${pub.photo}${q}`);
		assert.equal(res.status, 200, show(res));
		assert.equal(res.headers['content-type'], 'image/png', q);
		assert.equal(res.headers['x-content-type-options'], 'nosniff');
	}
	assert.equal(sha256(await bytes(`${PUB}/public/photos/${pub.photo}?size=original`)), sha256(PNG),
		'the original is the file as stored');

	// Never: a private event's, a future event's, a voucher of a spending
	// entry (an image too), a photo of an achievement not published.
	const { xml: dossier } = await fetchXml(`${APP}/app/studios/${sid}/dossier`, { as: city() });
	const voucher = await xpath(dossier, "string(/dossier/attachments/attachment[@owner-type='spending']/@id)");
	const draft = created(await postXml(base, '/app/achievements', { action: 'create', studio: sid,
		title: `未发布成果${RUN}`, kind: 'technical', form: 'other', problem: 'x', benefits: 'x', year: '2026',
		people: 'x' }), /^\/app\/achievements\/(\d+)$/);
	const dv = await xpath((await fetchXml(`${APP}/app/achievements/${draft}`, { as: base })).xml,
		'string(/achievement/@version)');
	let res = await postMultipart(base, `/app/achievements/${draft}`, [{ name: 'action', value: 'photo' },
		{ name: 'version', value: dv }, { name: 'file', filename: '草稿照片.png', type: 'image/png', data: PNG2 }],
	{ query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	const draftPhoto = await xpath((await fetchXml(`${APP}/app/achievements/${draft}`, { as: base })).xml,
		'string(/achievement/attachments/attachment/@id)');
	for (const [what, id] of [['private event', priv.photo], ['future event', future.photo],
		['spending voucher', voucher], ['draft achievement', draftPhoto]]) {
		assert.match(id, /^\d+$/, what);
		for (const q of ['', '?size=original']) {
			res = await curl(`${PUB}/public/photos/${id}${q}`);
			assert.equal(res.status, 404, `${what}${q}: ${show(res)}`);
			assert.notEqual(res.headers['content-type'], 'image/png', what);
		}
	}

	// Made private, its photo leaves the public site with it.
	const { xml: ev } = await fetchXml(`${APP}/app/events/${pub.id}`, { as: district });
	res = await postXml(district, `/app/events/${pub.id}`, { action: 'update',
		version: await xpath(ev, 'string(/event/@version)'), kind: 'onsite', 'held-on': day(), title: EV,
		'host-studio': sid, summary: '改为内部活动。', visibility: 'private' });
	assert.equal(res.status, 303, show(res));
	res = await curl(`${PUB}/public/photos/${pub.photo}?t=${RUN}`);
	assert.equal(res.status, 404, show(res));
});
