// Notices: after an action, the page it leads to says what was done, once,
// without a cookie.  The 303 carries a token (n=...); the unit that acted
// sees the sentence on that page; a reload, or the link opened by another
// unit, shows the page alone; the XML export never carries it.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import {
	APP, applicationFields, city, curl, postForm, show, target, transition, unit,
} from './lib.mjs';

const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const district = unit('220102');	// 南关区总工会

const made = [];
after(async () => {
	for (const id of made)
		await transition(base, id, 'withdraw', { opinion: '测试结束，撤回。' });
});

/* The notice of an HTML page, or null. */
function noticeOf(html) {
	const m = /<p class="notice notice-done" role="status">([^<]*)<\/p>/.exec(html);
	return m ? m[1] : null;
}

async function create() {
	const res = await postForm(base, '/app/applications', applicationFields());
	assert.equal(res.status, 303, show(res));
	const m = /^\/app\/applications\/(\d+)\?n=([0-9a-f]{32})$/.exec(res.headers.location ?? '');
	assert.ok(m, `a notice's token on the way: ${res.headers.location}`);
	made.push(m[1]);
	return { id: m[1], url: `${APP}${res.headers.location}` };
}

test('the page after an action says what was done, once', async () => {
	const { id, url } = await create();
	const first = await curl(url, { as: base });
	assert.equal(first.status, 200, show(first));
	assert.match(noticeOf(first.body) ?? '', /已保存为草稿/);
	// The same link again (a reload): the page, no notice.
	const again = await curl(url, { as: base });
	assert.equal(again.status, 200, show(again));
	assert.equal(noticeOf(again.body), null, 'shown once');
	assert.equal(target({ headers: { location: url.slice(APP.length) } }), `/app/applications/${id}`);
});

test('another unit opening the link sees no notice and does not use it up', async () => {
	const { url } = await create();
	const other = await curl(url, { as: district });
	// A draft is its base union's own: to the district it does not exist.
	assert.equal(other.status, 404, show(other));
	assert.equal(noticeOf(other.body), null);
	const mine = await curl(url, { as: base });
	assert.match(noticeOf(mine.body) ?? '', /已保存为草稿/);
});

test('the XML export never carries a notice, and a bad token is no error', async () => {
	const { id, url } = await create();
	const xml = await curl(`${url}&format=xml`, { as: base });
	assert.equal(xml.status, 200, show(xml));
	assert.doesNotMatch(xml.body, /已保存为草稿|notice/);
	for (const n of ['x', '0'.repeat(32), 'g'.repeat(32), 'A'.repeat(32)]) {
		const res = await curl(`${APP}/app/applications/${id}?n=${n}`, { as: base });
		assert.equal(res.status, 200, `n=${n}: ${show(res)}`);
		assert.equal(noticeOf(res.body), null);
	}
});

test('a saved edit says so', async () => {
	const { id } = await create();
	const res = await postForm(base, `/app/applications/${id}`, [...applicationFields(), ['version', '1']]);
	assert.equal(res.status, 303, show(res));
	assert.match(res.headers.location, /\?n=[0-9a-f]{32}$/);
	const page = await curl(`${APP}${res.headers.location}`, { as: base });
	assert.equal(noticeOf(page.body), '修改已保存');
});

test('each step of the review says what was done and whose turn it is now', async () => {
	const { id } = await create();
	const steps = [
		[base, 'recommend', /^已推荐上报，等待南关区总工会审核$/],
		[district, 'return', /^已退回长春燃气股份有限公司工会修改/],
		[base, 'recommend', /^已推荐上报，等待南关区总工会审核$/],
		[district, 'approve', /^已审核通过，报送长春市总工会考核命名$/],
	];
	for (const [as, action, said] of steps) {
		const res = await transition(as, id, action, { opinion: '同意。' });
		assert.equal(res.status, 303, `${action}: ${show(res)}`);
		const page = await curl(`${APP}${res.headers.location}`, { as });
		assert.match(noticeOf(page.body) ?? '', said, action);
	}
	// The base union's page now says nothing of the district's action.
	const mine = await curl(`${APP}/app/applications/${id}`, { as: base });
	assert.equal(noticeOf(mine.body), null);
	made.splice(made.indexOf(id), 1);
	await transition(city(), id, 'reject', { opinion: '测试结束，不予命名。' });
});

/* The confirmation page of an HTML answer, or null. */
function confirmOf(html) {
	const h1 = /<h1>请确认：([^<]*)<\/h1>/.exec(html);
	return h1 ? h1[1] : null;
}

test('what cannot be undone asks first, on a page of its own, and changes nothing until confirmed', async () => {
	const { id } = await create();
	const opinion = '单位决定暂不申报。';
	const ask = await transition(base, id, 'withdraw', { opinion, confirm: false });
	assert.equal(ask.status, 200, show(ask));
	assert.equal(confirmOf(ask.body), '撤回申请');
	assert.match(ask.body, /不能恢复/, 'the consequence');
	assert.match(ask.body, /反馈|工作室/, 'the record named');
	// The same fields go again, with confirm=yes; the way back is the record.
	assert.match(ask.body, /<input type="hidden" name="action" value="withdraw">/);
	assert.match(ask.body, new RegExp(`<input type="hidden" name="opinion" value="${opinion}">`));
	assert.match(ask.body, /<input type="hidden" name="confirm" value="yes">/);
	assert.match(ask.body, new RegExp(`href="/app/applications/${id}"`));
	const still = await curl(`${APP}/app/applications/${id}?format=xml`, { as: base });
	assert.match(still.body, /status="draft"/, 'nothing changed yet');
	// Confirmed: withdrawn, and told so.
	const done = await transition(base, id, 'withdraw', { opinion });
	assert.equal(done.status, 303, show(done));
	made.splice(made.indexOf(id), 1);
	const page = await curl(`${APP}${done.headers.location}`, { as: base });
	assert.match(noticeOf(page.body) ?? '', /已撤回/);
});

test('the district\'s 不予推荐 and the city\'s 不予命名 ask first; recommending does not', async () => {
	const { id } = await create();
	const rec = await transition(base, id, 'recommend', { confirm: false });
	assert.equal(rec.status, 303, 'an action that can be followed by others does not ask');
	const ask = await transition(district, id, 'reject', { opinion: '不符合条件。', confirm: false });
	assert.equal(ask.status, 200, show(ask));
	assert.equal(confirmOf(ask.body), '不予推荐');
	await transition(district, id, 'approve');
	const city_ask = await transition(city(), id, 'reject', { opinion: '不符合条件。', confirm: false });
	assert.equal(confirmOf(city_ask.body), '不予命名');
	made.splice(made.indexOf(id), 1);
	await transition(city(), id, 'reject', { opinion: '测试结束，不予命名。' });
});

test('a hidden record is not named by its confirmation: the same 404 as a missing one', async () => {
	const { id } = await create();
	// A draft is its base union's own; to the district it does not exist.
	const hidden = await transition(district, id, 'reject', { opinion: '不符合条件。', confirm: false, version: 1 });
	const missing = await transition(district, '99999999', 'reject', { opinion: '不符合条件。', confirm: false, version: 1 });
	assert.equal(hidden.status, 404);
	assert.equal(hidden.body, missing.body);
});

test('the banner says whose turn it is; a returned application shows why, on its page and its form', async () => {
	const { id } = await create();
	await transition(base, id, 'recommend');
	// The base union may still withdraw, but the turn is the district's.
	let mine = await curl(`${APP}/app/applications/${id}`, { as: base });
	assert.match(mine.body, /已推荐上报，等待南关区总工会审核/);
	assert.doesNotMatch(mine.body, /本申请等待本单位办理/);
	const theirs = await curl(`${APP}/app/applications/${id}`, { as: district });
	assert.match(theirs.body, /本申请等待本单位办理/);
	const why = '设备设施情况说明不清，请补充后重新报送。';
	await transition(district, id, 'return', { opinion: why });
	mine = await curl(`${APP}/app/applications/${id}`, { as: base });
	assert.match(mine.body, new RegExp(`南关区总工会退回意见[^<]*</strong>${why}`));
	const form = await curl(`${APP}/app/applications/${id}/edit`, { as: base });
	assert.match(form.body, new RegExp(`南关区总工会退回意见[^<]*</strong>${why}`));
	const xml = await curl(`${APP}/app/applications/${id}/edit?format=xml`, { as: base });
	assert.match(xml.body, new RegExp(`<returned unit-name="南关区总工会" on="[^"]+">${why}</returned>`));
});

test('a refused batch shows the list again, its reasons at the top, the opinion and the choices kept', async () => {
	const a = await create();
	await transition(base, a.id, 'recommend');
	const { xml } = await (await import('./lib.mjs')).fetchXml(`${APP}/app/applications/${a.id}`, { as: district });
	const version = /<application [^>]*version="(\d+)"/.exec(xml)[1];
	// No opinion: refused, the list again, the choice kept.
	const res = await postForm(district, '/app/applications/batch',
		[['ids', `${a.id}:${version}`], ['action', 'approve'], ['opinion', '']]);
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /<div class="form-alert form-errors" role="alert" id="form-errors">/);
	assert.match(res.body, /请填写意见/);
	assert.match(res.body, new RegExp(`value="${a.id}:${version}"[^>]*checked`));
	// A stale version: 409, the reason at the top, the opinion kept.
	const stale = await postForm(district, '/app/applications/batch',
		[['ids', `${a.id}:999`], ['action', 'approve'], ['opinion', '同意，报市总。']]);
	assert.equal(stale.status, 409, show(stale));
	assert.match(stale.body, /id="form-errors"/);
	assert.match(stale.body, /本次批量操作未执行/);
	assert.match(stale.body, /同意，报市总。<\/textarea>/);
});
