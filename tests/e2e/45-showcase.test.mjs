// The showcase: a base union writes up an achievement, its district
// publishes it, the city takes it down.  Unpublished achievements are on
// no public page, in no feed and in no search (probed by their titles);
// another district cannot review it; the search finds a two-character
// word of a title and takes a typed % or _ as nothing to find; photos are
// served scaled or as stored, only those of published achievements.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, PUB, act, applicationFields, city, createApplication, curl, fetchXml, fieldOf, postForm,
	postMultipart, show, target, unit, xpath
} from './lib.mjs';

const base = unit('22010202');		// under 南关区
const district = unit('220102');
const otherDistrict = unit('220103');

/* Two Chinese characters of this run, so that its words are its own. */
function word() {
	const c = () => String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 0x5000));
	return c() + c();
}
const W = word();
const TITLE = `燃气管道${W}自动检测装置`;

/* A 1x1 PNG. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

let aid, sid;

/* A public URL of its own: nginx caches public pages for a few seconds. */
let n = 0;
const fresh = (p) => `${PUB}${p}${p.includes('?') ? '&' : '?'}t=${process.pid}-${Date.now()}-${++n}`;

async function named() {
	const fields = applicationFields();
	const id = await createApplication(base, fields);
	await act(base, id, 'recommend');
	await act(district, id, 'approve');
	await act(city(), id, 'name');
	const { xml } = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(fieldOf(fields, 'name'))}`, { as: city() });
	return xpath(xml, 'string(/studios/studio/@id)');
}

async function state(as = city()) {
	const { xml } = await fetchXml(`${APP}/app/achievements/${aid}`, { as });
	return { xml, status: await xpath(xml, 'string(/achievement/@status)'),
		version: await xpath(xml, 'string(/achievement/@version)') };
}

function post(as, fields) {
	return postForm(as, `/app/achievements/${aid}`, fields, { query: 'format=xml' });
}

/* Whether the public site shows the title anywhere it could. */
async function publicShows() {
	const q = encodeURIComponent(W);
	const list = await curl(fresh(`/public/achievements?q=${q}&format=xml`));
	const all = await curl(fresh('/public/achievements?format=xml'));
	const page = await curl(fresh(`/public/achievements/${aid}?format=xml`));
	const feed = await curl(fresh('/public/feed.atom'));
	const studio = await curl(fresh(`/public/studios/${sid}?format=xml`));
	return { list: list.body.includes(TITLE), all: all.body.includes(TITLE), page: page.status,
		feed: feed.body.includes(TITLE), studio: studio.body.includes(TITLE) };
}

test('a base union writes up an achievement; a draft is its own', async () => {
	sid = await named();
	const res = await postForm(base, '/app/achievements', { action: 'create', studio: sid, title: TITLE,
		kind: 'technical', form: 'patent', 'patent-number': 'ZL202610123456.7',
		problem: '人工检测焊缝效率低、漏检率高。', benefits: '检测效率提高三倍，杜绝了漏检带来的安全隐患。',
		value: '12500', year: '2026', people: '孙六九、张伟' }, { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	aid = /^\/app\/achievements\/(\d+)$/.exec(target(res))[1];
	assert.equal((await state(base)).status, 'draft');
	await fetchXml(`${APP}/app/achievements/${aid}`, { as: district, expect: 404 });
	await fetchXml(`${APP}/app/achievements/${aid}`, { as: otherDistrict, expect: 404 });
	// Another unit's studio: refused, named.
	const other = await postForm(district, '/app/achievements', { action: 'create', studio: sid, title: 'x',
		kind: 'technical', form: 'other', problem: 'x', benefits: 'x', year: '2026', people: 'x' },
		{ query: 'format=xml' });
	assert.ok(other.status === 400 || other.status === 403, show(other));
	assert.deepEqual(await publicShows(), { list: false, all: false, page: 404, feed: false, studio: false });
});

test('photos: images only, while it is the base union\'s to change', async () => {
	let s = await state(base);
	let res = await postMultipart(base, `/app/achievements/${aid}`, [{ name: 'action', value: 'photo' },
		{ name: 'version', value: s.version }, { name: 'file', filename: '说明.pdf', type: 'application/pdf',
			data: Buffer.from('%PDF-1.4\n%%EOF\n') }], { query: 'format=xml' });
	assert.equal(res.status, 400, show(res));
	res = await postMultipart(base, `/app/achievements/${aid}`, [{ name: 'action', value: 'photo' },
		{ name: 'version', value: s.version }, { name: 'file', filename: '装置照片.png', type: 'image/png', data: PNG }],
		{ query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	s = await state(base);
	assert.match(s.xml, /<attachment [^>]*type="image\/png"/);
});

test('submitted, reviewed by its own district only, published; then public everywhere', async () => {
	let s = await state(base);
	let res = await post(base, { action: 'submit', version: s.version });
	assert.equal(res.status, 303, show(res));
	s = await state(district);
	assert.equal(s.status, 'submitted');
	res = await post(otherDistrict, { action: 'publish', version: s.version });
	assert.equal(res.status, 404, show(res));
	res = await post(base, { action: 'publish', version: s.version });
	assert.equal(res.status, 403, show(res));
	assert.deepEqual(await publicShows(), { list: false, all: false, page: 404, feed: false, studio: false });
	res = await post(district, { action: 'publish', version: s.version, opinion: '同意发布。' });
	assert.equal(res.status, 303, show(res));
	assert.deepEqual(await publicShows(), { list: true, all: true, page: 200, feed: true, studio: true });

	// Where it was taken up, on its public page.
	s = await state(district);
	res = await post(district, { action: 'adopt', version: s.version, 'unit-name': '吉林省天然气有限公司',
		industry: 'D', region: '吉林省吉林市', 'adopted-on': '2026-09-01', effect: '检测效率提高两倍。' });
	assert.equal(res.status, 303, show(res));
	const page = await curl(`${PUB}/public/achievements/${aid}?format=xml`);
	assert.match(page.body, /吉林省天然气有限公司/);
	// Nothing of its reviews or its people's contacts on the public page.
	assert.doesNotMatch(page.body, /同意发布|holder|mobile/);
});

test('the search: a two-character word finds it; % and _ find nothing; the photo is served', async () => {
	const find = async (q) => (await curl(fresh(`/public/achievements?q=${encodeURIComponent(q)}&format=xml`))).body;
	assert.ok((await find(W)).includes(TITLE));
	assert.ok((await find(`${W}自动`)).includes(TITLE), 'a longer phrase of the title');
	assert.ok(!(await find(`${W}手动`)).includes(TITLE), 'every pair must be there');
	for (const q of ['%', '_', '%%', '_%_'])
		assert.ok(!(await find(q)).includes('<achievement '), `"${q}" finds nothing`);
	const { xml } = await fetchXml(`${PUB}/public/achievements/${aid}`);
	const href = await xpath(xml, 'string(/public-achievement/photos/photo/@href)');
	assert.match(href, /^\/public\/photos\/\d+$/);
	let res = await curl(`${PUB}${href}`);
	assert.equal(res.status, 200, show(res));
	assert.equal(res.headers['content-type'], 'image/png');
	res = await curl(`${PUB}${href}?size=original`);
	assert.equal(res.status, 200, show(res));
	assert.equal(res.headers['content-type'], 'image/png');
	// Not a photo of a published achievement: 404.
	res = await curl(`${PUB}/public/photos/1`);
	assert.ok(res.status === 404 || res.headers['content-type'] === 'image/png', show(res));
	res = await curl(`${PUB}/public/photos/999999`);
	assert.equal(res.status, 404, show(res));
});

test('the city takes it down with its reason: gone from every public page', async () => {
	const s = await state();
	let res = await post(city(), { action: 'take-down', version: s.version, opinion: '' });
	assert.equal(res.status, 400, show(res));
	res = await post(city(), { action: 'take-down', version: s.version, opinion: '成果数据有误，待核实。' });
	assert.equal(res.status, 303, show(res));
	assert.deepEqual(await publicShows(), { list: false, all: false, page: 404, feed: false, studio: false });
	const { xml } = await fetchXml(`${APP}/app/achievements/${aid}`, { as: base });
	const href = await xpath(xml, 'string(/achievement/attachments/attachment/@id)');
	res = await curl(fresh(`/public/photos/${href}`));
	assert.equal(res.status, 404, show(res));
});

test('a revoked studio\'s published achievement leaves the showcase and its search', async () => {
	const sid2 = await named();
	const W2 = word();
	const title = `热力管网${W2}巡检机器人`;
	let res = await postForm(base, '/app/achievements', { action: 'create', studio: sid2, title,
		kind: 'technical', form: 'improvement', problem: '人工巡检效率低。', benefits: '巡检效率提高。',
		year: '2026', people: '王强' }, { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	const id = /^\/app\/achievements\/(\d+)$/.exec(target(res))[1];
	// A draft is its base union's own: the version as the base union reads it.
	const version = async () => xpath((await fetchXml(`${APP}/app/achievements/${id}`, { as: base })).xml,
		'string(/achievement/@version)');
	const to = (as, action) => version().then((v) => postForm(as, `/app/achievements/${id}`,
		{ action, version: v }, { query: 'format=xml' }));
	assert.equal((await to(base, 'submit')).status, 303);
	assert.equal((await to(district, 'publish')).status, 303);
	const found = async () => {
		const q = encodeURIComponent(W2);
		return (await curl(fresh(`/public/achievements?q=${q}&format=xml`))).body.includes(title) ||
			(await curl(fresh('/public/achievements?format=xml'))).body.includes(title);
	};
	assert.ok(await found(), 'published: found');
	const { xml } = await fetchXml(`${APP}/app/studios/${sid2}`, { as: city() });
	res = await postForm(city(), `/app/studios/${sid2}/transition`, { action: 'revoke',
		version: await xpath(xml, 'string(/studio/@version)'), basis: 'violation',
		reason: '弄虚作假，骗取补助资金。', document: `长工发〔2026〕${process.pid % 1000}号` }, { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	assert.ok(!(await found()), 'revoked: found nowhere');
	assert.equal((await curl(fresh(`/public/achievements/${id}?format=xml`))).status, 404);
});
