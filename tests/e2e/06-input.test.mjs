// Limits and hostile input: an oversized body is 413, bytes that are not
// valid UTF-8 or carry NUL/control characters are 400 naming the field,
// and whatever is typed into a search comes back escaped.  Bad input is
// never a 500.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, PUB, assertSecurityHeaders, certsOf, certsToken, city, curl, fetchXml, page, postCerts,
	show, someBase, twoDistrictsWithBases, unitId, xpath,
} from './lib.mjs';

const MAX_BODY = 1024 * 1024;
const base = someBase();
let id;
let token;

test.before(async () => {
	id = await unitId(base.code);
	token = await certsToken(city(), id);
});

const SAME = (extra = {}) => ({ 'Sec-Fetch-Site': 'same-origin', Origin: APP, ...extra });

/* A form body of exactly n bytes: csrf, action, and a long pem. */
function bodyOf(n) {
	const head = `csrf=${token}&action=enrol&holder=x&pem=`;
	return head + 'A'.repeat(n - head.length);
}

test('a body over 1 MiB is 413', async () => {
	const res = await curl(`${APP}/app/units/${id}/certs`, {
		as: city(), headers: SAME(), data: bodyOf(MAX_BODY + 1),
	});
	assert.equal(res.status, 413, show(res));
	assertSecurityHeaders(res);
	assert.match(res.body, /超过了允许的大小/);
	// far over, too
	const big = await curl(`${APP}/app/units/${id}/certs`, {
		as: city(), headers: SAME(), data: bodyOf(5 * MAX_BODY),
	});
	assert.equal(big.status, 413, show(big));
	// The pool is fine afterwards.
	await page(`${APP}/app/units`, { as: city() });
});

test('a body of exactly 1 MiB is read (and its PEM refused as such)', async () => {
	const res = await curl(`${APP}/app/units/${id}/certs`, {
		as: city(), headers: SAME(), data: bodyOf(MAX_BODY),
	});
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /id="err-pem"/);
});

/* 400 on an HTML error page that names the parameter. */
function assertNamesField(res, name, what) {
	assert.equal(res.status, 400, `${what}: ${show(res)}`);
	assert.match(res.headers['content-type'] ?? '', /^text\/html/);
	assertSecurityHeaders(res);
	const named = new RegExp(`<th scope="row">${name}</th>|id="err-${name}"`);
	assert.match(res.body, named, `${what}: the page names ${name}`);
}

const BAD = {
	'invalid UTF-8 (lone byte)': '%FF',
	'invalid UTF-8 (truncated)': '%E9%95',
	'overlong encoding': '%C0%AF',
	'surrogate': '%ED%A0%80',
	'NUL': '%00',
	'NUL inside text': 'abc%00def',
	'control character': '%01',
	'escape': '%1B',
};

test('invalid UTF-8 or a control character in a query parameter is 400 naming it', async () => {
	for (const [what, v] of Object.entries(BAD)) {
		assertNamesField(await curl(`${APP}/app/units?q=${v}`, { as: city() }), 'q', `app q ${what}`);
		assertNamesField(await curl(`${APP}/app/units?kind=base&page=${v}`, { as: city() }), 'page', `app page ${what}`);
		assertNamesField(await curl(`${PUB}/public/stats?year=${v}`), 'year', `public ${what}`);
	}
	// The same text, valid, is fine.
	const ok = await curl(`${APP}/app/units?q=${encodeURIComponent('南关')}`, { as: city() });
	assert.equal(ok.status, 200, show(ok));
});

test('invalid UTF-8 or NUL in a form field is 400 naming it, nothing stored', async () => {
	const before = (await certsOf(id)).length;
	for (const [what, v] of Object.entries(BAD)) {
		const res = await curl(`${APP}/app/units/${id}/certs`, {
			as: city(), headers: SAME(), data: `csrf=${token}&action=enrol&pem=x&holder=${v}`,
		});
		assertNamesField(res, 'holder', `holder ${what}`);
	}
	assert.equal((await certsOf(id)).length, before);
});

test('a raw NUL byte in a form body is 400 naming the field, nothing stored', async () => {
	const before = (await certsOf(id)).length;
	for (const [field, body] of [
		['holder', Buffer.concat([Buffer.from(`csrf=${token}&action=enrol&pem=x&holder=ab`), Buffer.from([0]), Buffer.from('cd')])],
		['holder', Buffer.concat([Buffer.from(`csrf=${token}&action=enrol&pem=x&holder=ab`), Buffer.from([0])])],
	]) {
		const res = await curl(`${APP}/app/units/${id}/certs`, { as: city(), headers: SAME(), data: body });
		assertNamesField(res, field, 'raw NUL');
	}
	assert.equal((await certsOf(id)).length, before);
});

test('search probes are shown escaped, never a 500', async () => {
	const probes = [
		"' OR 1=1 --",
		"'; DROP TABLE unit; --",
		'" OR ""="',
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		']]>',
		'<![CDATA[x]]>',
		'&amp;&lt;',
		'\\',
		'{{7*7}}',
		'%',
		'_',
		'南关%',
	];
	for (const p of probes) {
		const url = `${APP}/app/units?q=${encodeURIComponent(p)}`;
		const res = await page(url, { as: city() });
		assert.doesNotMatch(res.body, /<script>alert|<img src=x|<!\[CDATA\[x/, `${p} comes back escaped`);
		if (p.includes('<'))
			assert.match(res.body, /&lt;/, `${p} is in the page as text`);
		// the XML keeps the text exactly
		const { xml } = await fetchXml(url, { as: city() });
		assert.equal(await xpath(xml, 'string(/units/@q)'), p);
		// and finds nothing: no unit's name has these in it
		if (!p.startsWith('南关'))
			assert.equal(await xpath(xml, 'string(/units/@total)'), '0', `${p} matches no unit`);
	}
	// LIKE wildcards are literal: '南关%' is not '南关…'
	const [d1] = twoDistrictsWithBases();
	const { xml } = await fetchXml(`${APP}/app/units?q=${encodeURIComponent(d1.name.slice(0, 2))}`, { as: city() });
	assert.notEqual(await xpath(xml, 'string(/units/@total)'), '0', 'a real prefix does match');
	// The database is still all there.
	await page(`${APP}/app/units`, { as: city() });
});

test('odd paths, parameters and methods are 4xx, never 500', async () => {
	for (const p of ['/app/units/0', '/app/units/00001', '/app/units/1x', '/app/units/-1',
		'/app/units/99999999999999999999', '/app/units//certs', '/app/nope', '/app/units/1/certs/2']) {
		const res = await curl(`${APP}${p}`, { as: city() });
		assert.equal(res.status, 404, `${p}: ${show(res)}`);
	}
	for (const q of ['page=-1', 'page=abc', 'page=99999999999', 'page=1e3', 'kind=xxx', 'kind=',
		'q=', 'q', '=x', 'format=xml&format=html', 'a=%', 'a=%4', 'a=%zz']) {
		const res = await curl(`${APP}/app/units?${q}`, { as: city() });
		assert.ok(res.status === 200 || res.status === 400, `${q}: ${show(res)}`);
	}
	for (const m of ['PUT', 'DELETE', 'PATCH']) {
		const res = await curl(`${APP}/app/units`, { as: city(), method: m });
		assert.equal(res.status, 405, `${m}: ${show(res)}`);
		assert.equal(res.headers.allow, 'GET, HEAD');
		const certs = await curl(`${APP}/app/units/${id}/certs`, { as: city(), method: m });
		assert.equal(certs.status, 405, `${m}: ${show(certs)}`);
		assert.equal(certs.headers.allow, 'GET, HEAD, POST');
	}
	const post = await curl(`${APP}/app/units`, { as: city(), headers: SAME(), data: `csrf=${token}` });
	assert.equal(post.status, 405, show(post));
	assert.equal(post.headers.allow, 'GET, HEAD');
	// Too many parameters.
	const many = Array.from({ length: 600 }, (_, i) => `p${i}=1`).join('&');
	const res = await curl(`${APP}/app/units?${many}`, { as: city() });
	assert.equal(res.status, 400, show(res));
	// A body that is not a form.
	const json = await curl(`${APP}/app/units/${id}/certs`, {
		as: city(), headers: SAME({ 'Content-Type': 'application/json' }), data: '{"action":"enrol"}',
	});
	assert.equal(json.status, 400, show(json));
});
