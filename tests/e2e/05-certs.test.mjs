// The certificate page /app/units/{id}/certs: the city enrols and revokes a
// unit's certificates through the form; nobody else may.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, assertSecurityHeaders, certsOf, certsToken, childrenOf, city, csrfOf, curl, fetchXml,
	fingerprint, holderName, issueCert, page, postCerts, revalidate, show, someBase, tokenFor, twoDistrictsWithBases,
	unitId, validateXml, xpath,
} from './lib.mjs';

const base = someBase();
let id;
let token;

test.before(async () => {
	id = await unitId(base.code);
	token = await certsToken(city(), id);
});

test('the city sees the unit\'s certificates and the enrol form', async () => {
	const res = await page(`${APP}/app/units/${id}/certs`, { as: city() });
	assertSecurityHeaders(res);
	assert.match(res.body, new RegExp(base.name));
	assert.match(res.body, /<form\b[^>]*method="post"/);
	assert.match(res.body, /<textarea\b[^>]*name="pem"/);
	assert.match(res.body, /<input\b[^>]*name="holder"/);
	assert.match(res.body, /<input\b[^>]*name="action"[^>]*value="enrol"/);
	assert.ok(csrfOf(res.body));
	// The unit's own demo certificate is listed.
	const fp = await fingerprint(base.cert);
	const certs = await certsOf(id);
	assert.ok(certs.some((c) => c.fp === fp && c.status === 'active'), JSON.stringify(certs));
});

test('the city enrols a new certificate through the form; it is listed and logs in', async () => {
	const holder = holderName('新登记');
	const c = await issueCert(base, holder);
	const res = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder });
	assert.equal(res.status, 303, show(res));
	assert.equal(res.headers.location, `/app/units/${id}/certs`);
	const listed = (await certsOf(id)).find((x) => x.fp === c.fp);
	assert.ok(listed, 'the new certificate is listed');
	assert.equal(listed.status, 'active');
	assert.equal(listed.holder, holder, 'the holder as typed, in Chinese');
	const html = await page(`${APP}/app/units/${id}/certs`, { as: city() });
	assert.match(html.body, new RegExp(holder));
	// The new certificate opens the unit's page at once.
	const me = await page(`${APP}/app/`, { as: c });
	assert.match(me.body, new RegExp(base.name));
	assert.match(me.body, new RegExp(holder));
	// The audit log has the write, by the city's certificate.
	const { xml } = await fetchXml(`${APP}/app/audit`, { as: city() });
	const cityFp = await fingerprint(city().cert);
	const entry = `/audit/entry[@action="cert.enrol" and @object-id="${listed.id}"]`;
	assert.equal(await xpath(xml, `string(${entry}/@fingerprint)`), cityFp);
	assert.equal(await xpath(xml, `string(${entry}/unit)`), city().name);
});

test('a write advances the data version: old ETags no longer match', async () => {
	const url = `${APP}/app/units/${id}/certs`;
	const { first: before, again, tag } = await revalidate(url, { as: city() });
	assert.ok(tag, show(before));
	assert.equal(again.status, 304, show(again));
	const c = await issueCert(base, holderName('版本'));
	assert.equal((await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder: '版本' })).status, 303);
	const after = await curl(url, { as: city(), headers: { 'If-None-Match': tag } });
	assert.equal(after.status, 200, `the old tag after a write: ${show(after)}`);
	assert.notEqual(after.headers.etag, tag);
	assert.match(after.body, /版本/);
});

test('without a holder the certificate\'s name is taken', async () => {
	const holder = holderName('证书姓名');
	const c = await issueCert(base, holder);
	const res = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder: '' });
	assert.equal(res.status, 303, show(res));
	assert.equal((await certsOf(id)).find((x) => x.fp === c.fp)?.holder, holder);
});

test('a bad PEM is 400 with the field named and the form re-shown', async () => {
	const holder = holderName('坏证书');
	for (const pem of [
		'not a certificate',
		'-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n',
		'',
	]) {
		const res = await postCerts(city(), id, { csrf: token, action: 'enrol', pem, holder });
		assert.equal(res.status, 400, show(res));
		assert.match(res.headers['content-type'], /^text\/html/);
		assertSecurityHeaders(res);
		// the pem field is marked and its message shown next to it
		assert.match(res.body, /<textarea\b[^>]*name="pem"[^>]*aria-invalid="true"/);
		assert.match(res.body, /id="err-pem"[^>]*>[^<]*证书/);
		// what was typed comes back
		assert.match(res.body, new RegExp(`value="${holder}"`));
		assert.ok(csrfOf(res.body), 'the re-shown form has a token');
		const x = await postCerts(city(), id, { csrf: token, action: 'enrol', pem, holder }, { query: 'format=xml' });
		assert.equal(x.status, 400);
		// (validity against certs.xsd: the next test)
		assert.equal(await xpath(x.body, 'string(/certs/errors/error/@field)'), 'pem');
	}
	assert.ok(!(await certsOf(id)).some((x) => x.holder === holder), 'nothing enrolled');
});

test('the refused form\'s XML validates against certs.xsd', async () => {
	const res = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: 'x', holder: 'x' },
		{ query: 'format=xml' });
	assert.equal(res.status, 400, show(res));
	assert.equal(await validateXml(res.body), 'certs');
});

test('the same PEM again is 409, the page saying so', async () => {
	const holder = holderName('重复');
	const c = await issueCert(base, holder);
	const first = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder });
	assert.equal(first.status, 303, show(first));
	const again = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder: `${holder}乙` });
	assert.equal(again.status, 409, show(again));
	assert.match(again.body, /id="err-pem"[^>]*>[^<]*已经登记过/);
	// also to another unit: a certificate belongs to one unit
	const [d] = twoDistrictsWithBases();
	const dId = await unitId(d.code);
	const elsewhere = await postCerts(city(), dId, { csrf: token, action: 'enrol', pem: c.pem, holder });
	assert.equal(elsewhere.status, 409, show(elsewhere));
	assert.equal((await certsOf(id)).filter((x) => x.fp === c.fp).length, 1);
	assert.ok(!(await certsOf(dId)).some((x) => x.fp === c.fp));
});

test('revoking through the form: the certificate cannot log in any more', async () => {
	const holder = holderName('表单吊销');
	const c = await issueCert(base, holder);
	assert.equal((await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder })).status, 303);
	await page(`${APP}/app/`, { as: c });
	const listed = (await certsOf(id)).find((x) => x.fp === c.fp);
	// the row has its revoke form
	const html = await page(`${APP}/app/units/${id}/certs`, { as: city() });
	assert.match(html.body, new RegExp(`name="cert" value="${listed.id}"`));
	const res = await postCerts(city(), id, { csrf: token, action: 'revoke', cert: listed.id });
	assert.equal(res.status, 303, show(res));
	assert.equal(res.headers.location, `/app/units/${id}/certs`);
	const after = (await certsOf(id)).find((x) => x.fp === c.fp);
	assert.equal(after.status, 'revoked');
	assert.ok(after['revoked-on'], 'revoked-on is set');
	const denied = await page(`${APP}/app/`, { as: c, expect: 403 });
	assert.match(denied.body, /已被吊销/);
	// twice is a conflict, not a second revocation
	const again = await postCerts(city(), id, { csrf: token, action: 'revoke', cert: listed.id });
	assert.equal(again.status, 409, show(again));
	// The unit's other certificate is untouched.
	await page(`${APP}/app/`, { as: base });
});

test('a certificate of another unit cannot be revoked through this unit', async () => {
	const [d] = twoDistrictsWithBases();
	const dId = await unitId(d.code);
	const dCert = (await certsOf(dId)).find((x) => x.status === 'active');
	assert.ok(dCert);
	const res = await postCerts(city(), id, { csrf: token, action: 'revoke', cert: dCert.id });
	assert.equal(res.status, 404, show(res));
	assert.equal((await certsOf(dId)).find((x) => x.id === dCert.id).status, 'active');
	for (const cert of ['0', '-1', 'abc', '99999999999999999999', ''])
		assert.equal((await postCerts(city(), id, { csrf: token, action: 'revoke', cert })).status, 400, cert);
	assert.equal((await postCerts(city(), id, { csrf: token, action: 'explode' })).status, 400);
	await page(`${APP}/app/`, { as: d });
});

test('a district sees its base union\'s certificates but cannot change them', async () => {
	const [d] = twoDistrictsWithBases();
	const own = childrenOf(d.code).find((u) => u.kind === 'base');
	const ownId = await unitId(own.code);
	const view = await page(`${APP}/app/units/${ownId}/certs`, { as: d });
	assert.match(view.body, new RegExp(own.name));
	assert.doesNotMatch(view.body, /<textarea\b[^>]*name="pem"/, 'no enrol form');
	assert.doesNotMatch(view.body, /name="action"/, 'no revoke form');
	const { xml } = await fetchXml(`${APP}/app/units/${ownId}/certs`, { as: d });
	assert.equal(await xpath(xml, 'string(/certs/@can-edit)'), 'false');

	// With everything else right (a token the server made for the district's
	// certificate, same-origin), the POST is still refused.
	const dToken = await tokenFor(d.cert);
	const c = await issueCert(own, holderName('区级登记'));
	// its own base union: there, but not the district's to change (403);
	// one outside its subtree is not there at all (404)
	const inside = childrenOf(d.code).some((u) => u.code === base.code);
	for (const [target, want] of [[ownId, 403], [id, inside ? 403 : 404]]) {
		const res = await postCerts(d, target, { csrf: dToken, action: 'enrol', pem: c.pem, holder: '区级' });
		assert.equal(res.status, want, show(res));
		assert.ok(!(await certsOf(target)).some((x) => x.fp === c.fp), 'nothing enrolled');
	}
	const ownCert = (await certsOf(ownId)).find((x) => x.status === 'active');
	const rv = await postCerts(d, ownId, { csrf: dToken, action: 'revoke', cert: ownCert.id });
	assert.equal(rv.status, 403, show(rv));
	assert.equal((await certsOf(ownId)).find((x) => x.id === ownCert.id).status, 'active');
	// and a base union cannot either, on its own page
	const b = await postCerts(own, ownId, { csrf: dToken, action: 'enrol', pem: c.pem, holder: '基层' });
	assert.equal(b.status, 403, show(b));
});

test('a holder with markup is stored as text and shown escaped', async () => {
	const holder = `<script>alert(1)</script>"&'${holderName('标记')}`;
	const c = await issueCert(base, holderName('标记证书'));
	const res = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder });
	assert.equal(res.status, 303, show(res));
	assert.equal((await certsOf(id)).find((x) => x.fp === c.fp)?.holder, holder);
	const html = await page(`${APP}/app/units/${id}/certs`, { as: city() });
	assert.doesNotMatch(html.body, /<script>alert/);
	assert.match(html.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});
