// The certificate page /app/units/{id}/certs: the city enrols and revokes a
// unit's certificates through the form; nobody else may.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import {
	APP, BUILD, CONF, PKI, assertSecurityHeaders, certsOf, certsToken, childrenOf, city, csrfOf, curl, fetchXml,
	fingerprint, holderName, issueCert, must, page, postCerts, revalidate, run, show, someBase, studioctl, tmp,
	tokenFor, twoDistrictsWithBases, unitId, validateXml, xpath, target
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
	assert.equal(target(res), `/app/units/${id}/certs`);
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
	assert.equal(target(res), `/app/units/${id}/certs`);
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

/* ------------------------------------------------ what may be enrolled */

// Only a certificate that the union CA signed, made for a TLS client and in
// date may be enrolled: not one that merely bears the union CA's names.
// The certificates are made here with openssl: by the stack's union CA
// ($VAR/pki, the CA of conf/pki/issue.sh) with bad dates or uses, and by
// a CA of our own that copies the union CA's name exactly.

const EXT = `
[ v3_ca ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ client ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ client_noaki ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
[ server ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
`;

let made = 0;

/* A new EC key and a request for it with the subject; { key, csr }. */
async function request(subj) {
	const n = `enrol-${++made}`;
	const key = tmp(`${n}.key`);
	const csr = tmp(`${n}.csr`);
	await must('openssl', ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
		'-keyout', key, '-out', csr, '-utf8', '-subj', subj]);
	return { key, csr, out: tmp(`${n}.pem`) };
}

/* { cert, pem, fp } of a certificate file. */
async function loaded(cert) {
	return { cert, pem: readFileSync(cert, 'utf8'), fp: await fingerprint(cert) };
}

function extFile() {
	const f = tmp('enrol-ext.cnf');
	writeFileSync(f, EXT);
	return f;
}

/* A certificate of the union CA for the unit, with extra `openssl ca` options. */
async function unionIssued(u, holder, extra) {
	const r = await request(`/O=${u.name}/OU=${u.code}/CN=${holder}`);
	await must('openssl', ['ca', '-config', path.join(PKI, 'openssl.cnf'), '-batch', '-notext', '-utf8',
		...extra, '-in', r.csr, '-out', r.out]);
	return loaded(r.out);
}

/*
 * A CA of our own whose subject is the union CA's, byte for byte (the
 * request is made from ca.pem itself), and a client certificate for the
 * unit that it signed.  ext: the client certificate's extensions.
 */
async function lookalike(u, holder, ext) {
	const n = `lookalike-${++made}`;
	const key = tmp(`${n}.key`);
	const csr = tmp(`${n}.csr`);
	const ca = tmp(`${n}-ca.pem`);
	await must('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
	await must('openssl', ['x509', '-x509toreq', '-in', path.join(PKI, 'ca.pem'), '-signkey', key, '-out', csr]);
	await must('openssl', ['x509', '-req', '-in', csr, '-signkey', key, '-days', '3650', '-sha256',
		'-extfile', extFile(), '-extensions', 'v3_ca', '-out', ca]);
	const r = await request(`/O=${u.name}/OU=${u.code}/CN=${holder}`);
	await must('openssl', ['x509', '-req', '-in', r.csr, '-CA', ca, '-CAkey', key, '-set_serial', `0x${Date.now().toString(16)}`,
		'-days', '730', '-sha256', '-extfile', extFile(), '-extensions', ext, '-out', r.out]);
	return loaded(r.out);
}

/* A self-signed client certificate whose subject and issuer are the union CA's. */
async function selfSignedAsCa() {
	const n = `selfsigned-${++made}`;
	const key = tmp(`${n}.key`);
	const csr = tmp(`${n}.csr`);
	const out = tmp(`${n}.pem`);
	await must('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
	await must('openssl', ['x509', '-x509toreq', '-in', path.join(PKI, 'ca.pem'), '-signkey', key, '-out', csr]);
	await must('openssl', ['x509', '-req', '-in', csr, '-signkey', key, '-days', '730', '-sha256',
		'-extfile', extFile(), '-extensions', 'client_noaki', '-out', out]);
	return loaded(out);
}

const REASON = {
	expired: '该证书已过期',
	notYet: '该证书尚未生效',
	foreign: '不是本系统的证书颁发机构（工会 CA）签发的',
	ca: '证书颁发机构（CA）自身的证书',
	notClient: '不是客户端身份认证证书',
};

/* Every kind of certificate that must be refused, with the reason given. */
async function refusedKinds() {
	const u = base;
	const unionCa = await loaded(path.join(PKI, 'ca.pem'));
	return [
		{ what: 'expired', reason: REASON.expired, c: await unionIssued(u, holderName('过期'),
			['-extensions', 'client_cert', '-startdate', '20200101000000Z', '-enddate', '20200201000000Z']) },
		{ what: 'not yet valid', reason: REASON.notYet, c: await unionIssued(u, holderName('未生效'),
			['-extensions', 'client_cert', '-startdate', '21000101000000Z', '-enddate', '21010101000000Z']) },
		{ what: 'another CA with the union CA\'s names', reason: REASON.foreign,
			c: await lookalike(u, holderName('冒名'), 'client') },
		{ what: 'another CA with the union CA\'s names, no authority key id', reason: REASON.foreign,
			c: await lookalike(u, holderName('冒名无标识'), 'client_noaki') },
		{ what: 'self-signed with the union CA\'s name', reason: REASON.foreign, c: await selfSignedAsCa() },
		{ what: 'the union CA\'s own certificate', reason: REASON.ca, c: unionCa },
		{ what: 'a server certificate of the union CA', reason: REASON.notClient, c: await unionIssued(u,
			holderName('服务器'), ['-extfile', extFile(), '-extensions', 'server', '-days', '30']) },
	];
}

let kinds;

test('the configured union CA is the CA that issues the stack\'s certificates', async () => {
	const conf = readFileSync(CONF, 'utf8');
	const m = /^union_ca_file = (.*)$/m.exec(conf);
	assert.ok(m, `union_ca_file in ${CONF}`);
	assert.equal(readFileSync(m[1], 'utf8'), readFileSync(path.join(PKI, 'ca.pem'), 'utf8'));
	// and the demo units' certificates, enrolled with studioctl, chain to it
	await must('openssl', ['verify', '-purpose', 'sslclient', '-CAfile', m[1], city().cert]);
});

test('the forgeries copy the union CA\'s names exactly', async () => {
	kinds = await refusedKinds();
	const ca = new X509Certificate(readFileSync(path.join(PKI, 'ca.pem')));
	const byName = (w) => new X509Certificate(kinds.find((k) => k.what.startsWith(w)).c.pem);
	assert.equal(byName('another CA with').issuer, ca.subject);
	assert.equal(byName('self-signed').subject, ca.subject);
	assert.equal(byName('self-signed').issuer, ca.subject);
	assert.equal(byName('expired').issuer, ca.subject);
});

test('the page refuses each certificate that can never be valid, saying why, and enrols nothing', async () => {
	kinds ??= await refusedKinds();
	for (const { what, reason, c } of kinds) {
		const holder = holderName('拒绝');
		const res = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder });
		assert.equal(res.status, 400, `${what}: ${show(res)}`);
		assertSecurityHeaders(res);
		assert.match(res.body, /<textarea\b[^>]*name="pem"[^>]*aria-invalid="true"/, what);
		assert.match(res.body, new RegExp(`id="err-pem"[^>]*>[^<]*${reason}`), what);
		assert.match(res.body, new RegExp(`value="${holder}"`), `${what}: the form is re-shown`);
		const x = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder },
			{ query: 'format=xml' });
		assert.equal(x.status, 400, what);
		assert.equal(await xpath(x.body, 'string(/certs/errors/error/@field)'), 'pem', what);
		assert.match(await xpath(x.body, 'string(/certs/errors/error[@field="pem"])'), new RegExp(reason), what);
		const listed = await certsOf(id);
		assert.ok(!listed.some((l) => l.fp === c.fp || l.holder === holder), `${what}: nothing enrolled`);
	}
});

test('studioctl cert-enrol refuses them too, with the same reason', async () => {
	kinds ??= await refusedKinds();
	for (const { what, reason, c } of kinds) {
		const r = await studioctl('cert-enrol', base.code, c.cert, holderName('命令行拒绝'));
		assert.notEqual(r.code, 0, `${what}: ${r.stdout}${r.stderr}`);
		assert.match(r.stderr, new RegExp(reason), what);
		const list = await studioctl('cert-list', base.code);
		assert.equal(list.code, 0, list.stderr);
		assert.ok(!list.stdout.includes(c.fp), `${what}: not enrolled`);
	}
	// while a certificate the union CA issued right now is enrolled
	const good = await issueCert(base, holderName('命令行登记'));
	const r = await studioctl('cert-enrol', base.code, good.cert);
	assert.equal(r.code, 0, r.stdout + r.stderr);
	assert.ok((await certsOf(id)).some((x) => x.fp === good.fp && x.status === 'active'));
});

test('a missing or unusable union CA file is a configuration error', async () => {
	const good = await issueCert(base, holderName('无CA'));
	const conf = readFileSync(CONF, 'utf8');
	for (const [what, file] of [
		['missing', tmp('no-such-ca.pem')],
		['not a CA', good.cert],
	]) {
		const f = tmp(`studio-${what.replace(/ /g, '-')}.conf`);
		writeFileSync(f, conf.replace(/^union_ca_file = .*$/m, `union_ca_file = ${file}`), { mode: 0o600 });
		const t = await run(path.join(BUILD, 'studiod'), ['-t', '-f', f]);
		assert.notEqual(t.code, 0, `studiod -t, ${what}: ${t.stdout}${t.stderr}`);
		assert.match(t.stderr, /union_ca_file/, `studiod -t names the option: ${t.stderr}`);
		const r = await run(path.join(BUILD, 'studioctl'), ['-f', f, 'cert-enrol', base.code, good.cert]);
		assert.notEqual(r.code, 0, `studioctl, ${what}: ${r.stdout}${r.stderr}`);
		assert.match(r.stderr, /union_ca_file/, r.stderr);
	}
	assert.ok(!(await certsOf(id)).some((x) => x.fp === good.fp), 'nothing enrolled');
	const ok = await run(path.join(BUILD, 'studiod'), ['-t', '-f', CONF]);
	assert.equal(ok.code, 0, ok.stderr);
});

/* ------------------------------------ one model for the page and studioctl */

// The page and studioctl enrol and revoke through the same model
// (fcgi/cert.c): the same rules for the holder, the same refusals.

test('studioctl takes the certificate\'s name when the holder is empty, as the page does', async () => {
	const holder = holderName('命令行空持有人');
	const c = await issueCert(base, holder);
	const r = await studioctl('cert-enrol', base.code, c.cert, '');
	assert.equal(r.code, 0, r.stdout + r.stderr);
	assert.equal((await certsOf(id)).find((x) => x.fp === c.fp)?.holder, holder);
});

test('studioctl refuses a bad holder with the page\'s reason', async () => {
	const c = await issueCert(base, holderName('命令行长持有人'));
	const r = await studioctl('cert-enrol', base.code, c.cert, '长'.repeat(51));
	assert.notEqual(r.code, 0, r.stdout + r.stderr);
	assert.match(r.stderr, /持有人.*50/, r.stderr);
	assert.ok(!(await certsOf(id)).some((x) => x.fp === c.fp), 'nothing enrolled');
	const p = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder: '长'.repeat(51) });
	assert.equal(p.status, 400, show(p));
	assert.match(p.body, /id="err-holder"[^>]*>[^<]*50/);
});

test('enrolled once, by either door: studioctl again is a no-op, elsewhere refused; the page says 409', async () => {
	const holder = holderName('两种方式');
	const c = await issueCert(base, holder);
	let r = await studioctl('cert-enrol', base.code, c.cert, holder);
	assert.equal(r.code, 0, r.stdout + r.stderr);
	r = await studioctl('cert-enrol', base.code, c.cert, holder);
	assert.equal(r.code, 0, r.stdout + r.stderr);
	assert.match(r.stdout, /already enrolled/);
	const [d] = twoDistrictsWithBases();
	r = await studioctl('cert-enrol', d.code, c.cert, holder);
	assert.notEqual(r.code, 0, r.stdout + r.stderr);
	assert.match(r.stderr, /enrolled to another unit/);
	const again = await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder });
	assert.equal(again.status, 409, show(again));
	assert.match(again.body, /id="err-pem"[^>]*>[^<]*已经登记过/);
	assert.equal((await certsOf(id)).filter((x) => x.fp === c.fp).length, 1);
});

test('revoked by the page, studioctl says already revoked; an unknown one is not there', async () => {
	const holder = holderName('命令行吊销');
	const c = await issueCert(base, holder);
	assert.equal((await postCerts(city(), id, { csrf: token, action: 'enrol', pem: c.pem, holder })).status, 303);
	const listed = (await certsOf(id)).find((x) => x.fp === c.fp);
	assert.equal((await postCerts(city(), id, { csrf: token, action: 'revoke', cert: listed.id })).status, 303);
	let r = await studioctl('cert-revoke', c.fp);
	assert.equal(r.code, 1, r.stdout + r.stderr);
	assert.match(r.stderr, /already revoked/);
	r = await studioctl('cert-revoke', '0'.repeat(64));
	assert.equal(r.code, 1, r.stdout + r.stderr);
	assert.match(r.stderr, /no such certificate/);
	// and the other way round: revoked by studioctl, the page says 409
	const c2 = await issueCert(base, holderName('命令行吊销二'));
	assert.equal((await studioctl('cert-enrol', base.code, c2.cert)).code, 0);
	r = await studioctl('cert-revoke', c2.fp);
	assert.equal(r.code, 0, r.stdout + r.stderr);
	const l2 = (await certsOf(id)).find((x) => x.fp === c2.fp);
	assert.equal(l2.status, 'revoked');
	assert.equal((await postCerts(city(), id, { csrf: token, action: 'revoke', cert: l2.id })).status, 409);
	// studioctl's writes are in the audit log, by no certificate
	const { xml } = await fetchXml(`${APP}/app/audit`, { as: city() });
	const entry = `/audit/entry[@action="cert.revoke" and @object-id="${l2.id}"]`;
	assert.equal(await xpath(xml, `count(${entry})`), '1');
	assert.equal(await xpath(xml, `string(${entry}/@fingerprint)`), '');
});
