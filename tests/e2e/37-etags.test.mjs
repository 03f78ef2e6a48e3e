// Validators from versions: every page's ETag is known before the page is
// made, and a conditional GET whose tag holds is answered 304 without
// making it.  A write between two requests always gives a new tag on
// every page that can show it; a write the unit cannot see leaves its
// tags alone; the public pages change with what the public site shows.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import {
	APP, PUB, act, applicationFields, city, createApplication, curl, fetchXml, postForm, show, sql,
	target, transition, unit, unitId, waitFor, xpath,
} from './lib.mjs';

const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const district = unit('220102');
const other = unit('220174');		// another district

const made = [];
after(async () => {
	for (const id of made)
		await transition(base, id, 'withdraw', { opinion: '测试结束，撤回。' });
});

/* A studio of the base union, named for this test. */
async function namedStudio() {
	const id = await createApplication(base, applicationFields());
	await act(base, id, 'recommend');
	await act(district, id, 'approve');
	await act(city(), id, 'name');
	const { xml } = await fetchXml(`${APP}/app/applications/${id}`, { as: city() });
	return { app: id, sid: await xpath(xml, 'string(/application/studio/@id)') };
}

async function tags(urls, as) {
	const out = {};
	for (const u of urls) {
		const res = await curl(u, as ? { as } : {});
		assert.equal(res.status, 200, `${u}: ${show(res)}`);
		assert.match(res.headers.etag ?? '', /^(W\/)?"[0-9a-f]{32}"$/, u);
		out[u] = res.headers.etag;
	}
	return out;
}

/* Tags, retried once when the hour turns between (it is in reviewers' tags). */
async function stable(fn) {
	const hour = Math.floor(Date.now() / 3600_000);
	const r = await fn();
	return Math.floor(Date.now() / 3600_000) === hour ? r : fn();
}

test('every page kind: a write it can show gives a new tag; 304 while none comes', async () => {
	const { app, sid } = await namedStudio();
	const basePages = [
		`${APP}/app/`, `${APP}/app/applications`, `${APP}/app/applications/${app}`,
		`${APP}/app/applications/${app}?format=print`, `${APP}/app/applications/${app}?format=xml`,
		`${APP}/app/studios`, `${APP}/app/studios/${sid}`, `${APP}/app/studios/${sid}/dossier`,
		`${APP}/app/studios/${sid}/amendments`, `${APP}/app/studios/${sid}/upgrade`,
		`${APP}/app/units`, `${APP}/app/units/${await unitId(base.code)}`,
	];
	const publicPages = [`${PUB}/`, `${PUB}/public/studios`, `${PUB}/public/studios/${sid}`,
		`${PUB}/public/stats`, `${PUB}/public/feed.atom`];
	const otherPages = [`${APP}/app/applications`, `${APP}/app/studios`];

	const before = await stable(async () => ({
		base: await tags(basePages, base), pub: await tags(publicPages), other: await tags(otherPages, other),
	}));
	// Nothing written: each tag still holds, 304.
	for (const [u, t] of Object.entries(before.base)) {
		const res = await curl(u, { as: base, headers: { 'If-None-Match': t } });
		assert.equal(res.status, 304, `${u}: ${show(res)}`);
		assert.equal(res.body, '');
	}
	for (const [u, t] of Object.entries(before.pub)) {
		const res = await curl(u, { headers: { 'If-None-Match': t } });
		assert.ok([304].includes(res.status), `${u}: ${show(res)}`);
	}

	// The base union writes (a new application): every page of its own
	// changes, another district's do not, nor does the public site.
	const after1 = await stable(async () => {
		made.push(await createApplication(base, applicationFields()));
		return { base: await tags(basePages, base), pub: await tags(publicPages), other: await tags(otherPages, other) };
	});
	for (const u of basePages)
		assert.notEqual(after1.base[u], before.base[u], `${u} changes with a write it can show`);
	for (const u of otherPages)
		assert.equal(after1.other[u], before.other[u], `${u}: another district's write leaves it alone`);
	for (const u of publicPages)
		assert.equal(after1.pub[u], before.pub[u], `${u}: a draft is not public`);
	// The old tag no longer holds.
	const res = await curl(`${APP}/app/applications/${app}`, { as: base,
		headers: { 'If-None-Match': before.base[`${APP}/app/applications/${app}`] } });
	assert.equal(res.status, 200);

	// A change of the studio (an amendment asked for): the public pages too.
	const amend = await postForm(base, `/app/studios/${sid}/amendments`,
		{ kind: 'field', field: '智能巡检与安全', reason: '专业领域调整。' });
	assert.equal(amend.status, 303, show(amend));
	assert.match(target(amend), /^\/app\/amendments\/\d+$/);
	// nginx keeps public pages for 5 s: the new tags come within that.
	for (const u of publicPages)
		await waitFor(`${u} changes with the studio`,
			async () => (await tags([u]))[u] !== after1.pub[u], { timeout: 30_000 });
});

test('a public write from outside the pool (studioctl, another host) reaches the public tags', async () => {
	// The pool reads the database's public version at most once a
	// second and counts its own writes at once; a write it did not make
	// shows once the figure is read again (and nginx's 5 s are over).
	const u = `${PUB}/public/stats?year=2001`;
	const t0 = (await tags([u]))[u];
	await sql('UPDATE meta SET public_version = public_version + 1 WHERE id = 1');
	const t1 = await waitFor(`${u} changes with the public version`,
		async () => { const t = (await tags([u]))[u]; return t !== t0 && t; }, { timeout: 30_000 });
	// and then holds: 304
	const res = await curl(u, { headers: { 'If-None-Match': t1 } });
	assert.equal(res.status, 304, show(res));
});

test('a tag is bound to its unit, its certificate\'s holder and its address', async () => {
	const u = `${APP}/app/applications`;
	const [a, b] = await stable(async () => [(await curl(u, { as: base })).headers.etag,
		(await curl(u, { as: district })).headers.etag]);
	assert.notEqual(a, b);
	const q = await curl(`${u}?status=draft`, { as: base });
	assert.notEqual(q.headers.etag, a, 'the query is part of it');
	// Another unit's tag never gives 304 here.
	const res = await curl(u, { as: base, headers: { 'If-None-Match': b } });
	assert.equal(res.status, 200);
});
