// Who is asking: only a certificate of the union CA, verified by nginx
// against the CA and its CRL, enrolled and unrevoked in the application's
// table, opens the reviewers' site.  Every certificate used here is issued
// fresh for the test; the demo units' certificates are left alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import {
	APP, PKI, PUB, ROOT, assertSecurityHeaders, certsOf, city, curl, devstack, enrol, fetchXml, holderName,
	fingerprint, issueCert, must, page, show, someBase, sql, studioctl, tmp, unitId, waitFor, xpath,
} from './lib.mjs';

/*
 * Refused before the application: the TLS handshake fails, or nginx
 * answers 400 with its own certificate page.  Never a page of the app.
 */
function assertRefused(res, what) {
	assert.notEqual(res.status, 200, `${what}: ${show(res)}`);
	assert.ok(res.status === 0 || res.status === 400, `${what}: handshake failure or 400, got ${show(res)}`);
	assert.doesNotMatch(res.body, /<dashboard|<units|me-name|退出|审核员/, `${what}: no application page`);
}

/* The status column of a certificate in `studioctl cert-list UNIT`. */
async function certStatus(u, fp) {
	const list = await studioctl('cert-list', u.code);
	assert.equal(list.code, 0, list.stderr);
	const line = list.stdout.split('\n').find((l) => l.split('\t').includes(fp));
	assert.ok(line, `${fp} is listed for ${u.code}:\n${list.stdout}`);
	return line.split('\t').pop();
}

const PAGES = ['/app/', '/app/units', '/app/audit'];

test('no certificate on the reviewers\' port is refused', async () => {
	for (const p of PAGES) {
		const res = await curl(`${APP}${p}`);
		assertRefused(res, p);
		if (res.status === 400)
			assert.match(res.body, /需要数字证书/, 'nginx says a certificate is needed');
	}
	const post = await curl(`${APP}/app/units/1/certs`, { data: 'action=revoke&cert=1' });
	assertRefused(post, 'POST');
});

/* A CA of our own, and a client certificate it signed. */
async function foreignCert() {
	const d = (n) => tmp(`foreign-${n}`);
	await must('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256',
		'-nodes', '-keyout', d('ca.key'), '-out', d('ca.pem'), '-days', '30', '-utf8',
		'-subj', '/O=长春市总工会/CN=Union CA']);
	await must('openssl', ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256',
		'-nodes', '-keyout', d('client.key'), '-out', d('client.csr'), '-utf8',
		'-subj', `/O=${city().name}/OU=${city().code}/CN=冒名审核员`]);
	const ext = d('ext.cnf');
	await must('sh', ['-c', `printf 'extendedKeyUsage=clientAuth\\nbasicConstraints=CA:FALSE\\n' > "$1"`, 'sh', ext]);
	await must('openssl', ['x509', '-req', '-in', d('client.csr'), '-CA', d('ca.pem'), '-CAkey', d('ca.key'),
		'-CAcreateserial', '-days', '30', '-extfile', ext, '-out', d('client.pem')]);
	return { cert: d('client.pem'), key: d('client.key') };
}

test('a certificate from another CA is refused, even one copying the city\'s names', async () => {
	const f = await foreignCert();
	for (const p of PAGES) {
		const res = await curl(`${APP}${p}`, { as: f });
		assertRefused(res, p);
		if (res.status === 400)
			assert.match(res.body, /数字证书无效/);
	}
});

test('forged certificate headers without a certificate are refused', async () => {
	const pem = readFileSync(city().cert, 'utf8');
	const esc = encodeURIComponent(pem);
	const forged = [
		'X-SSL-Client-Verify: SUCCESS',
		`X-SSL-Client-Cert: ${esc}`,
		'SSL-Client-Verify: SUCCESS',
		`SSL-Client-Cert: ${esc}`,
		'X-Client-Verify: SUCCESS',
		`X-Client-Cert: ${esc}`,
	];
	for (const p of PAGES)
		assertRefused(await curl(`${APP}${p}`, { headers: forged }), p);
	// And the public site does not serve /app/ whatever the headers say.
	const pub = await curl(`${PUB}/app/`, { headers: forged });
	assert.notEqual(pub.status, 200, show(pub));
});

test('forged certificate headers do not change who a certificate is', async () => {
	// A valid certificate that is not enrolled, claiming the city's
	// certificate in headers: the application reads only what nginx
	// verified, so this is still an unknown certificate.
	const base = someBase();
	const c = await issueCert(base, holderName('伪造头'));
	const esc = encodeURIComponent(readFileSync(city().cert, 'utf8'));
	const res = await curl(`${APP}/app/`, {
		as: c,
		headers: [`X-SSL-Client-Cert: ${esc}`, 'X-SSL-Client-Verify: SUCCESS', `SSL-Client-Cert: ${esc}`],
	});
	assert.equal(res.status, 403, show(res));
	assert.doesNotMatch(res.body, new RegExp(city().name + '审核员'));
});

test('a valid certificate that is not enrolled gets the 403 page', async () => {
	const base = someBase();
	const c = await issueCert(base, holderName('未登记'));
	for (const p of PAGES) {
		const res = await page(`${APP}${p}`, { as: c, expect: 403 });
		assertSecurityHeaders(res);
		assert.match(res.body, /该证书未登记、已被吊销或所属单位已停用/, `${p} says why`);
		assert.doesNotMatch(res.body, new RegExp(base.name), 'does not show the unit');
	}
	const { xml } = await fetchXml(`${APP}/app/`, { as: c, expect: 403 });
	assert.equal(await xpath(xml, 'string(/error/@reason)'), 'cert-unknown');
});

test('an enrolled certificate opens the unit\'s page; revoked in the table it is refused at once', async () => {
	const base = someBase();
	const holder = holderName('表中吊销');
	const c = await issueCert(base, holder);
	await enrol(base, c, holder);
	const ok = await page(`${APP}/app/`, { as: c });
	assert.match(ok.body, new RegExp(base.name));
	const r = await studioctl('cert-revoke', c.fp);
	assert.equal(r.code, 0, r.stdout + r.stderr);
	// No waiting: the very next request is refused by the application.
	for (const p of PAGES) {
		const res = await page(`${APP}${p}`, { as: c, expect: 403 });
		assert.match(res.body, /该证书未登记、已被吊销或所属单位已停用/);
	}
	// The certificate list says so.
	assert.equal(await certStatus(base, c.fp), 'revoked');
});

test('the certificate of a unit that is no longer active is 403', async () => {
	const base = someBase();
	const holder = holderName('停用单位');
	const c = await issueCert(base, holder);
	await enrol(base, c, holder);
	await page(`${APP}/app/`, { as: c });
	// No command deactivates a unit yet: by hand, undone below.
	const off = await sql(`UPDATE unit SET active = 0 WHERE code = '${base.code}'`);
	assert.equal(off.code, 0, off.stderr);
	try {
		const res = await page(`${APP}/app/`, { as: c, expect: 403 });
		assert.match(res.body, /所属单位已停用/);
	} finally {
		const on = await sql(`UPDATE unit SET active = 1 WHERE code = '${base.code}'`);
		assert.equal(on.code, 0, on.stderr);
	}
	await page(`${APP}/app/`, { as: c });
});

test('an expired certificate of the union CA is refused by nginx', async () => {
	const base = someBase();
	const key = tmp('expired.key');
	const csr = tmp('expired.csr');
	const cert = tmp('expired.pem');
	await must('openssl', ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
		'-keyout', key, '-out', csr, '-utf8', '-subj', `/O=${base.name}/OU=${base.code}/CN=${holderName('过期')}`]);
	// Valid for a few seconds: enrolled while valid (an expired one is not
	// enrolled at all, see 05-certs), then left to expire.
	const asn1 = (ms) => `${new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
	const end = Date.now() + 8000;
	await must('openssl', ['ca', '-config', path.join(PKI, 'openssl.cnf'), '-batch', '-notext', '-utf8',
		'-extensions', 'client_cert', '-startdate', asn1(Date.now() - 3600_000), '-enddate', asn1(end),
		'-in', csr, '-out', cert]);
	await enrol(base, { cert }, '过期证书');
	await waitFor('the certificate to expire', async () => Date.now() > end + 1500, { timeout: 20_000 });
	const res = await curl(`${APP}/app/`, { cert, key });
	assertRefused(res, 'expired');
	if (res.status === 400)
		assert.match(res.body, /数字证书无效/);
	// and the certificate page says why
	const fp = await fingerprint(cert);
	const listed = (await certsOf(await unitId(base.code))).find((x) => x.fp === fp);
	assert.equal(listed?.status, 'expired');
});

test('a certificate revoked by the CA is refused by nginx after the CRL reload', async () => {
	const base = someBase();
	const holder = holderName('证书吊销列表');
	const c = await issueCert(base, holder);
	await enrol(base, c, holder);
	await page(`${APP}/app/`, { as: c });
	await must(path.join(ROOT, 'conf/pki/revoke.sh'), [PKI, c.cert, 'keyCompromise']);
	const crl = await must('openssl', ['crl', '-in', path.join(PKI, 'crl.pem'), '-noout', '-text']);
	const serial = (await must('openssl', ['x509', '-in', c.cert, '-noout', '-serial'])).trim().replace(/^serial=/, '');
	assert.match(crl.replace(/\s/g, ''), new RegExp(serial, 'i'), 'the new CRL lists the serial');
	// devstack start regenerates the CRL and reloads nginx; the workers
	// of the old configuration finish, so wait for the new ones.
	const st = await devstack('start');
	assert.equal(st.code, 0, st.stderr);
	const res = await waitFor('nginx to refuse the revoked certificate', async () => {
		const x = await curl(`${APP}/app/`, { as: c });
		return x.status !== 200 ? x : null;
	}, { timeout: 60_000 });
	assertRefused(res, 'revoked by CRL');
	if (res.status === 400)
		assert.match(res.body, /数字证书无效/);
	// The table still has it enrolled: it is nginx that refuses.
	assert.equal(await certStatus(base, c.fp), 'active');
	// Everybody else still gets in.
	const cityPage = await page(`${APP}/app/`, { as: city() });
	assert.match(cityPage.body, new RegExp(city().name));
	const basePage = await page(`${APP}/app/`, { as: base });
	assert.match(basePage.body, new RegExp(base.name));
});
