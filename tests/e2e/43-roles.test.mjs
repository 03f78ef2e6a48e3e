// Roles of a certificate within its unit: 审核 for applications, reviews
// and the assessment, 财务 for the ledger, 管理 for certificates.  A POST
// that needs a role the certificate lacks is 403 naming the role; viewing
// needs none; the city changes the roles on the certificates page (and
// studioctl does the same); certificates enrolled before keep every role.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, certsOf, city, fetchXml, holderName, issueCert, postForm, show, studioctl, unit, unitId
} from './lib.mjs';

const district = unit('220102');

/* A certificate of unit u with these roles, enrolled by studioctl: as a `u` for requests. */
async function withRoles(u, roles) {
	const c = await issueCert(u, holderName(roles));
	const r = await studioctl('cert-enrol', u.code, c.cert, holderName('角色'), roles);
	assert.equal(r.code, 0, r.stdout + r.stderr);
	return { ...u, cert: c.cert, key: c.key, fp: c.fp };
}

test('a certificate without the role a POST needs gets 403 naming it; viewing needs none', async () => {
	const reviewer = await withRoles(district, 'review');
	let res = await postForm(reviewer, '/app/funds', { action: 'create', year: '2028', title: '审核员设立',
		budget: '1', document: 'x', 'decided-on': '2028-01-01' });
	assert.equal(res.status, 403, show(res));
	assert.match(res.body, /财务/);
	await fetchXml(`${APP}/app/funds`, { as: reviewer });

	const finance = await withRoles(city(), 'finance');
	res = await postForm(finance, '/app/assessments/schemes/2029', { action: 'create' });
	assert.equal(res.status, 403, show(res));
	assert.match(res.body, /审核/);
	const cityId = await unitId(city().code);
	res = await postForm(finance, `/app/units/${cityId}/certs`, { action: 'revoke', cert: '1' });
	assert.equal(res.status, 403, show(res));
	assert.match(res.body, /管理/);
	res = await postForm(finance, '/app/funds', { action: 'create', year: '2028', title: holderName('财务设立'),
		budget: '1000', document: 'x', 'decided-on': '2028-01-01' });
	assert.equal(res.status, 303, show(res));
});

test('the city changes the roles on the certificates page; none at all is refused', async () => {
	const c = await withRoles(district, 'review');
	const did = await unitId(district.code);
	const mine = (await certsOf(did, city())).find((x) => x.fp === c.fp);
	assert.ok(mine, 'the certificate is listed');
	assert.equal(mine.roles, 'review');
	// The district may not change its own roles.
	let res = await postForm(district, `/app/units/${did}/certs`, { action: 'roles', cert: mine.id,
		roles: '1', 'role.finance': '1' });
	assert.equal(res.status, 403, show(res));
	res = await postForm(city(), `/app/units/${did}/certs`, { action: 'roles', cert: mine.id, roles: '1' },
		{ query: 'format=xml' });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="roles"/);
	res = await postForm(city(), `/app/units/${did}/certs`, { action: 'roles', cert: mine.id, roles: '1',
		'role.review': '1', 'role.finance': '1' });
	assert.equal(res.status, 303, show(res));
	assert.equal((await certsOf(did, city())).find((x) => x.fp === c.fp).roles, 'review,finance');
	res = await postForm(c, '/app/funds', { action: 'create', year: '2028', title: holderName('加角色后'),
		budget: '1', document: 'x', 'decided-on': '2028-01-01' });
	assert.equal(res.status, 303, show(res));

	// studioctl does the same, and refuses a role it does not know.
	let r = await studioctl('cert-roles', c.fp, 'admin');
	assert.equal(r.code, 0, r.stdout + r.stderr);
	assert.equal((await certsOf(did, city())).find((x) => x.fp === c.fp).roles, 'admin');
	// … and lists them: roles, then the status.
	r = await studioctl('cert-list', district.code);
	assert.equal(r.code, 0, r.stderr);
	const row = r.stdout.split('\n').find((l) => l.split('\t').includes(c.fp)).split('\t');
	assert.deepEqual(row.slice(-2), ['admin', 'active']);
	r = await studioctl('cert-roles', c.fp, 'boss');
	assert.notEqual(r.code, 0);
	// The demo certificates, enrolled without roles, keep every one.
	assert.ok((await certsOf(did, city())).some((x) => x.roles === 'review,finance,admin'));
});
