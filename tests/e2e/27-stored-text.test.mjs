// Text that XML 1.0 cannot carry never takes a page down: the request
// parser refuses it in every field and parameter (400 naming it), a value
// stored before that (put here straight into the database) shows as
// U+FFFD on every page and export that holds it, migration 003 mends such
// rows, and the audit log keeps its rows as hashed and still verifies.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import {
	APP, ROOT, act, applicationAsOwner, applicationXml, city, createApplication, curl, enrol, issueCert, page,
	postForm, show, sql, studioctl, unit, unitId, validateXml,
} from './lib.mjs';

const base = unit('22010202');
const district = unit('220102');
const FFFF = '\uffff';
const BAD = ['\uffff', '\ufffe', '\u2028', '\u0085', '\u202e', '\u{1ffff}', '\u0001'];

let id;
before(async () => {
	id = await createApplication(base);
	await act(base, id, 'recommend', { opinion: '推荐。' });
});
after(async () => {
	await postForm(base, `/app/applications/${id}/transition`, {
		action: 'withdraw', version: (await applicationAsOwner(id)).version, opinion: '测试结束，撤回。',
	});
});

/* A SQL string literal of s (hex, so that no character is lost on the way). */
function lit(s) {
	return `_utf8mb4 X'${Buffer.from(s, 'utf8').toString('hex')}'`;
}

async function must(q) {
	const r = await sql(q);
	assert.equal(r.code, 0, `${q}: ${r.stderr}`);
	return r.stdout;
}

test('a search for a character XML cannot carry is 400 naming the parameter, not 500', async () => {
	for (const q of ['%EF%BF%BF', '%EF%BF%BE', '%E2%80%A8', '%C2%85', '%01']) {
		for (const url of [`/app/units?q=${q}`, `/app/applications?q=${q}`, `/app/units?format=csv&q=${q}`]) {
			// the query as a whole is refused, format= with it: an HTML page
			const res = await curl(`${APP}${url}&format=xml`, { as: district });
			assert.equal(res.status, 400, `${url}: ${show(res)}`);
			assert.match(res.body, /<th scope="row">q<\/th>/, `${url}: names q`);
			assert.match(res.body, /含有不允许的字符/, `${url}: says why`);
		}
	}
});

test('values stored before the parser refused them show as U+FFFD on every page that holds them', async () => {
	const name = `存量${FFFF}数据${BAD.join('')}工作室${Date.now() % 100000}`;
	await must(`UPDATE application SET name = ${lit(name)}, overview = ${lit(`概述${FFFF}`)} WHERE id = ${id}`);
	await must(`UPDATE review SET opinion = ${lit(`意见\ufffe`)} WHERE application_id = ${id}`);
	const shown = name.replace(/[\uffff\ufffe\u2028\u0085\u202e\u{1ffff}\u0001]/gu, '\ufffd');
	const q = encodeURIComponent('存量');
	for (const as of [base, district, city()]) {
		for (const url of [`/app/applications/${id}`, `/app/applications/${id}?format=print`,
			`/app/applications/${id}?format=xml`, `/app/applications?q=${q}`,
			`/app/applications?q=${q}&format=xml`, `/app/applications?q=${q}&format=csv`, '/app/']) {
			const res = await curl(`${APP}${url}`, { as });
			assert.equal(res.status, 200, `${as.code} ${url}: ${show(res)}`);
			for (const c of BAD)
				assert.ok(!res.body.includes(c), `${as.code} ${url}: no U+${c.codePointAt(0).toString(16)}`);
			if (url !== '/app/')
				assert.ok(res.body.includes(shown) || res.body.includes(shown.replace(/&/g, '&amp;')),
					`${as.code} ${url}: the name with U+FFFD`);
			if (url.includes('format=xml'))
				await validateXml(res.body);
		}
	}
	// the owner can open its edit form (it is recommended: the form says
	// so) and the page of the application prints
	const edit = await curl(`${APP}/app/applications/${id}/edit`, { as: base });
	assert.ok([200, 409].includes(edit.status), show(edit));
});

test('migration 003 mends stored text; the audit log is left as hashed and still verifies', async () => {
	await must(`UPDATE application SET name = ${lit(`修复${FFFF}测试`)}, goals = ${lit('目标\u2028')} WHERE id = ${id}`);
	const holderId = await unitId(base.code);
	// The mending part of the migration, as it ships (after its ALTER).
	const text = readFileSync(path.join(ROOT, 'sql/003_hardening.sql'), 'utf8');
	const mend = text.slice(text.indexOf('SET @bad'));
	await must(mend);
	const out = await must(`SELECT HEX(name), HEX(goals) FROM application WHERE id = ${id}`);
	const [hname, hgoals] = out.trim().split('\t');
	assert.equal(Buffer.from(hname, 'hex').toString('utf8'), '修复\ufffd测试');
	assert.equal(Buffer.from(hgoals, 'hex').toString('utf8'), '目标\ufffd');

	// A holder with U+FFFF (a certificate enrolled before): its writes are
	// audited with that holder, the audit page shows U+FFFD, the chain verifies.
	const c = await issueCert(base, '存量持有人');
	await enrol(base, c, '存量持有人');
	await must(`UPDATE cert SET holder = ${lit(`持有人${FFFF}`)} WHERE fingerprint = '${c.fp}'`);
	const who = { ...base, cert: c.cert, key: c.key };
	const other = await createApplication(who);
	await act(who, other, 'withdraw', { opinion: '测试结束，撤回。' });
	for (const fmt of ['', '?format=xml', '?format=csv']) {
		const res = await curl(`${APP}/app/audit${fmt}`, { as: city() });
		assert.equal(res.status, 200, `audit ${fmt}: ${show(res)}`);
		assert.ok(!res.body.includes(FFFF), `audit ${fmt}: no U+FFFF`);
		assert.ok(res.body.includes('持有人\ufffd'), `audit ${fmt}: the holder with U+FFFD`);
	}
	const v = await studioctl('audit-verify');
	assert.equal(v.code, 0, `audit-verify: ${v.stdout}${v.stderr}`);
	await page(`${APP}/app/units/${holderId}/certs`, { as: city() });
});
