// Cross-site request forgery: a browser sends its client certificate on
// cross-site requests too, so every POST needs the form's token (an HMAC
// bound to the certificate and its issue time) and Sec-Fetch-Site:
// same-origin, or without Fetch Metadata an exact Origin.  Each refused
// POST is checked to have changed nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	ORIGIN, PUB, certsOf, certsToken, city, holderName, issueCert, postCerts, show, someBase,
	tokenFor, twoDistrictsWithBases, unitId, validateXml, xpath, target
} from './lib.mjs';

const base = someBase();
let id;
let token;

test.before(async () => {
	id = await unitId(base.code);
	token = await certsToken(city(), id);
});

/* A fresh certificate's enrol form fields, with the given token. */
async function enrolForm(what, csrf) {
	const c = await issueCert(base, holderName(what));
	const f = { action: 'enrol', pem: c.pem, holder: holderName(what) };
	if (csrf !== undefined)
		f.csrf = csrf;
	return { c, f };
}

/* POST, expect 403 with the reason, and nothing enrolled. */
async function refused(what, csrf, headers, reason) {
	const { c, f } = await enrolForm(what, csrf);
	const res = await postCerts(city(), id, f, { headers, query: 'format=xml' });
	assert.equal(res.status, 403, `${what}: ${show(res)}`);
	assert.equal(await validateXml(res.body), 'error');
	assert.equal(await xpath(res.body, 'string(/error/@reason)'), reason, `${what}: reason`);
	const html = await postCerts(city(), id, f, { headers });
	assert.equal(html.status, 403, show(html));
	assert.match(html.headers['content-type'], /^text\/html/);
	assert.ok(!(await certsOf(id)).some((x) => x.fp === c.fp), `${what}: nothing was enrolled`);
}

/* POST, expect 303 to the certificate page and the certificate enrolled. */
async function accepted(what, csrf, headers) {
	const { c, f } = await enrolForm(what, csrf);
	const res = await postCerts(city(), id, f, { headers });
	assert.equal(res.status, 303, `${what}: ${show(res)}`);
	assert.equal(target(res), `/app/units/${id}/certs`);
	assert.ok((await certsOf(id)).some((x) => x.fp === c.fp && x.status === 'active'), `${what}: enrolled`);
}

const SAME = { 'Sec-Fetch-Site': 'same-origin', Origin: ORIGIN };

test('the certificate page carries a token', () => {
	assert.match(token, /^[0-9a-f]+\.[0-9a-f]{64}$/);
});

test('a POST without a token is 403', async () => {
	await refused('无令牌', undefined, SAME, 'csrf');
	await refused('空令牌', '', SAME, 'csrf');
});

test('a POST with a wrong token is 403', async () => {
	await refused('乱码令牌', 'not-a-token', SAME, 'csrf');
	const [ts, mac] = token.split('.');
	const flipped = mac.slice(0, -1) + (mac.endsWith('0') ? '1' : '0');
	await refused('篡改令牌', `${ts}.${flipped}`, SAME, 'csrf');
	await refused('篡改时间', `${(parseInt(ts, 16) + 1).toString(16)}.${mac}`, SAME, 'csrf');
});

test('a token of another certificate is 403', async () => {
	// A token the server would issue to the district's certificate (no
	// page of a district has a form yet), used with the city's.
	const [d] = twoDistrictsWithBases();
	const other = await tokenFor(d.cert);
	assert.notEqual(other.split('.')[1], token.split('.')[1]);
	await refused('他人令牌', other, SAME, 'csrf');
});

test('an expired token is 403, a fresh one made the same way is accepted', async () => {
	await refused('过期令牌', await tokenFor(city().cert, Date.now() - 25 * 3600 * 1000), SAME, 'csrf');
	await refused('未来令牌', await tokenFor(city().cert, Date.now() + 3600 * 1000), SAME, 'csrf');
	await accepted('自制令牌', await tokenFor(city().cert, Date.now() - 3600 * 1000), SAME);
});

test('a good token with Sec-Fetch-Site other than same-origin is 403', async () => {
	for (const site of ['cross-site', 'same-site', 'none'])
		await refused(`来源${site}`, token, { 'Sec-Fetch-Site': site, Origin: ORIGIN }, 'cross-site');
	// The public site is another origin of the same host.
	await refused('公众站点', token, { 'Sec-Fetch-Site': 'same-site', Origin: PUB }, 'cross-site');
});

test('a good token with Sec-Fetch-Site: same-origin is accepted (303)', async () => {
	await accepted('同源', token, SAME);
	await accepted('同源无Origin', token, { 'Sec-Fetch-Site': 'same-origin' });
});

test('without Fetch Metadata, the exact Origin is accepted and any other refused', async () => {
	await accepted('Origin一致', token, { Origin: ORIGIN });
	const u = new URL(ORIGIN);
	for (const o of [
		'https://evil.example',
		`http://127.0.0.1:${u.port}`,
		PUB,
		`https://localhost:${u.port}`,
		`${ORIGIN}.evil.example`,
		`${ORIGIN}/`,
		'null',
	])
		await refused(`Origin ${o}`, token, { Origin: o }, 'bad-origin');
	// and no Origin at all
	await refused('无Origin', token, {}, 'bad-origin');
});
