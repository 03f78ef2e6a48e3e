// Creating is idempotent: the new-application form carries a one-time key,
// and the same form sent again (its first answer lost: a worker killed
// after the commit answers 502, and the user sends it again) leads to the
// application already made, never a second one, even when the two arrive
// at the same moment.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, applicationFields, curl, fetchXml, fieldOf, postForm, show, unit, xpath, target
} from './lib.mjs';

const base = unit('22010202');
const other = unit('22017302');

async function freshKey(as = base) {
	const { xml } = await fetchXml(`${APP}/app/applications/new`, { as });
	const key = await xpath(xml, 'string(/application-form/@once)');
	assert.match(key, /^[0-9a-f]{32}$/, 'the new form carries a key');
	return key;
}

/* Applications of this name, drafts included: as the two base unions see them. */
async function count(name) {
	let n = 0;
	for (const as of [base, other]) {
		const { xml } = await fetchXml(`${APP}/app/applications?q=${encodeURIComponent(name)}`, { as });
		n += Number(await xpath(xml, 'string(/applications/@total)'));
	}
	return n;
}

function created(res) {
	assert.equal(res.status, 303, show(res));
	const m = /^\/app\/applications\/(\d+)$/.exec(target(res));
	assert.ok(m, show(res));
	return m[1];
}

test('each new form has its own key, on the page too, and is never answered 304', async () => {
	const a = await freshKey();
	const b = await freshKey();
	assert.notEqual(a, b);
	const html = await curl(`${APP}/app/applications/new`, { as: base });
	assert.match(html.body, /<input type="hidden" name="once" value="[0-9a-f]{32}"/);
	const again = await curl(`${APP}/app/applications/new`, { as: base, headers: { 'If-None-Match': html.headers.etag } });
	assert.equal(again.status, 200, 'a new key each time, so a new tag');
});

test('the same form sent twice makes one application; the second answer leads to it', async () => {
	const once = await freshKey();
	const fields = applicationFields();
	const name = fieldOf(fields, 'name');
	const first = created(await postForm(base, '/app/applications', [...fields, ['once', once]]));
	const second = created(await postForm(base, '/app/applications', [...fields, ['once', once]]));
	assert.equal(second, first);
	// even with what was typed changed in between: the key made its record
	const third = created(await postForm(base, '/app/applications',
		[...applicationFields({ name: `${name}又` }), ['once', once]]));
	assert.equal(third, first);
	assert.equal(await count(name), 1, 'one application');
});

test('the same key at the same moment: one application, both answers lead to it', async () => {
	for (let i = 0; i < 5; i++) {
		const once = await freshKey();
		const fields = applicationFields();
		const res = await Promise.all([1, 2, 3].map(() =>
			postForm(base, '/app/applications', [...fields, ['once', once]])));
		const ids = res.map(created);
		assert.equal(new Set(ids).size, 1, `round ${i}: ${ids}`);
		assert.equal(await count(fieldOf(fields, 'name')), 1, `round ${i}: one application`);
	}
});

test('a key of another unit, or of no shape, creates nothing', async () => {
	const once = await freshKey();
	created(await postForm(base, '/app/applications', [...applicationFields(), ['once', once]]));
	const fields = applicationFields();
	const res = await postForm(other, '/app/applications', [...fields, ['once', once]]);
	assert.equal(res.status, 409, show(res));
	assert.match(res.body, /此表单已失效/);
	assert.match(res.body, /name="once" value="[0-9a-f]{32}"/, 'the form again, with a fresh key');
	assert.equal(await count(fieldOf(fields, 'name')), 0);
	for (const bad of ['x', 'ABCDEF0123456789ABCDEF0123456789', `${once}0`]) {
		const f = applicationFields();
		const r = await postForm(base, '/app/applications', [...f, ['once', bad]], { query: 'format=xml' });
		assert.equal(r.status, 400, show(r));
		assert.equal(await xpath(r.body, 'count(/application-form/errors/error[@field="once"])'), '1');
		assert.equal(await count(fieldOf(f, 'name')), 0);
	}
});

test('a refused form keeps its key, so the mended form still makes one application', async () => {
	const once = await freshKey();
	const fields = applicationFields({ 'member-count': 'abc' });
	const bad = await postForm(base, '/app/applications', [...fields, ['once', once]], { query: 'format=xml' });
	assert.equal(bad.status, 400, show(bad));
	assert.equal(await xpath(bad.body, 'string(/application-form/@once)'), once);
	const good = applicationFields({ name: fieldOf(fields, 'name') });
	const a = created(await postForm(base, '/app/applications', [...good, ['once', once]]));
	const b = created(await postForm(base, '/app/applications', [...good, ['once', once]]));
	assert.equal(a, b);
});
