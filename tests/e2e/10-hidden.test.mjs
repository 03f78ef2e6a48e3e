// One rule for records outside a unit's subtree: they are answered exactly
// as records that do not exist, on every route and in every format, and
// no message names them.  Each pair below is the same request for an id
// that exists outside the unit's subtree and for an id that exists
// nowhere; the two answers must be the same but for the id itself.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import {
	APP, act, applicationFields, city, createApplication, curl, fetchXml, fieldOf, postForm,
	revalidate, show, unit, unitId, xpath,
} from './lib.mjs';

const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const district = unit('220102');	// 南关区总工会
const otherBase = unit('22017302');	// 长春希达电子技术有限公司工会, under 高新区
const otherDistrict = unit('220103');	// 宽城区总工会
const NOWHERE = '987654321';

let draft;		// a draft of base, with its name
let recommended;	// recommended by base, waiting for district
let named;		// named
let name;

before(async () => {
	const fields = applicationFields();
	name = fieldOf(fields, 'name');
	draft = await createApplication(base, fields);
	recommended = await createApplication(base);
	await act(base, recommended, 'recommend');
	named = await createApplication(base);
	await act(base, named, 'recommend');
	await act(district, named, 'approve');
	await act(city(), named, 'name');
});

/* The answer with the ids and tokens taken out, to compare two of them. */
function normal(res, id) {
	return {
		status: res.status,
		type: res.headers['content-type'],
		body: res.body.replace(new RegExp(`(?<![0-9])${id}(?![0-9])`, 'g'), 'ID')
			.replace(/[0-9a-f]{8,16}\.[0-9a-f]{64}/g, 'TOKEN'),
	};
}

async function same(what, req, ids) {
	const [hidden, absent] = [await req(ids[0]), await req(NOWHERE)];
	assert.equal(hidden.status, 404, `${what}, hidden: ${show(hidden)}`);
	assert.deepEqual(normal(hidden, ids[0]), normal(absent, NOWHERE), `${what}: hidden = absent`);
	assert.ok(!hidden.body.includes(name), `${what}: the name is not in the answer`);
}

test('an application outside the subtree is answered as one that does not exist, on every route', async () => {
	for (const id of [draft, recommended, named]) {
		for (const [as, who] of [[otherBase, 'a base union of another district'],
			[otherDistrict, 'another district'], [unit('22010201'), 'a sibling base union']]) {
			for (const suffix of ['', '?format=xml', '?format=print', '/edit', '/edit?format=xml',
				'/certificate', '/certificate?format=xml'])
				await same(`${who} GET ${id}${suffix}`,
					(x) => curl(`${APP}/app/applications/${x}${suffix}`, { as }), [id]);
			await same(`${who} saves ${id}`, (x) => postForm(as, `/app/applications/${x}`,
				[...applicationFields(), ['version', '1']]), [id]);
			for (const action of ['recommend', 'approve', 'return', 'name', 'reject', 'withdraw'])
				for (const query of [undefined, 'format=xml'])
					await same(`${who} ${action}s ${id} ${query ?? ''}`,
						(x) => postForm(as, `/app/applications/${x}/transition`,
							{ action, version: '1', opinion: '同意。' }, { query }), [id]);
		}
	}
});

test('batch approval names no application the unit cannot see, nor says whether it exists', async () => {
	for (const as of [otherBase, otherDistrict]) {
		for (const query of [undefined, 'format=xml']) {
			for (const id of [draft, recommended]) {
				const post = (x) => postForm(as, '/app/applications/batch',
					[['action', 'approve'], ['opinion', '同意。'], ['ids', x]], { query });
				await same(`batch of ${id} as ${as.code}`, post, [id]);
				// versioned ids, as the list's checkboxes send them
				await same(`batch of ${id}:1 as ${as.code}`, (x) => post(`${x}:1`), [id]);
			}
		}
	}
	// Behind an id the unit may approve, the hidden one is still unnamed,
	// and nothing was approved.
	const mine = await createApplication(unit('22017302'));
	await act(unit('22017302'), mine, 'recommend');
	const hd = unit('220173');
	const res = await postForm(hd, '/app/applications/batch',
		[['action', 'approve'], ['opinion', '同意。'], ['ids', mine], ['ids', recommended]]);
	assert.equal(res.status, 404, show(res));
	assert.ok(!res.body.includes(name), 'no name');
	const { xml } = await fetchXml(`${APP}/app/applications/${mine}`, { as: hd });
	assert.equal(await xpath(xml, 'string(/application/@status)'), 'recommended', 'nothing approved');
	await act(unit('22017302'), mine, 'withdraw', { opinion: '测试结束，撤回。' });
});

test('a unit outside the subtree is answered as one that does not exist', async () => {
	const id = await unitId(otherBase.code);
	for (const suffix of ['', '?format=xml', '?format=print', '/certs', '/certs?format=xml'])
		await same(`unit ${suffix}`, (x) => curl(`${APP}/app/units/${x}${suffix}`, { as: district }), [id]);
	// the district filter of the list ignores a unit it cannot see, as one that is not there
	const a = await curl(`${APP}/app/applications?format=xml&district=${await unitId(otherDistrict.code)}`, { as: district });
	const b = await curl(`${APP}/app/applications?format=xml&district=${NOWHERE}`, { as: district });
	assert.equal(a.status, 200, show(a));
	assert.equal(a.body, b.body);
});

test('conditional requests are authorised first: If-None-Match never turns a refusal into 304', async () => {
	for (const inm of ['*', 'W/"x"', '"x"']) {
		const res = await curl(`${APP}/app/applications/${draft}`, { as: otherBase, headers: { 'If-None-Match': inm } });
		assert.equal(res.status, 404, `If-None-Match: ${inm}: ${show(res)}`);
		const u = await curl(`${APP}/app/units/${await unitId(otherBase.code)}`, { as: district, headers: { 'If-None-Match': inm } });
		assert.equal(u.status, 404, `If-None-Match: ${inm}: ${show(u)}`);
		const audit = await curl(`${APP}/app/audit`, { as: base, headers: { 'If-None-Match': inm } });
		assert.equal(audit.status, 403, `If-None-Match: ${inm}: ${show(audit)}`);
	}
});

test('an ETag is opaque and changes only with what the page shows, not with other units\' writes', async () => {
	const url = `${APP}/app/applications/${draft}`;
	const { first, again, tag } = await revalidate(url, { as: base });
	assert.equal(again.status, 304, show(again));
	assert.match(tag, /^"[0-9a-f]{32}"$/, 'a keyed hash, no counter in it');
	// another district writes: this page is the same, and so is its tag
	for (let i = 0; i < 3; i++) {
		const hour = Math.floor(Date.now() / 3600_000);
		const t1 = (await curl(url, { as: base })).headers.etag;
		const theirs = await createApplication(otherBase);
		const t2 = (await curl(url, { as: base })).headers.etag;
		await act(otherBase, theirs, 'withdraw', { opinion: '测试结束，撤回。' });
		if (Math.floor(Date.now() / 3600_000) !== hour)
			continue;	// the hour turned: the forms' tokens changed the tag
		assert.equal(t2, t1, 'another unit\'s write leaves this page\'s tag alone');
		break;
	}
	// the same page for another unit has another tag
	const d = await curl(url, { as: district });
	assert.notEqual(d.headers.etag, tag);
	assert.equal(first.status, 200);
});
