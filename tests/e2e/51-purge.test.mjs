// Personal data: `studioctl purge` erases what the application and the
// studio hold of the leader beyond the name (mobile, e-mail, birth month,
// gender, education, ethnicity, political status, title, specialty,
// honours) of applications rejected or withdrawn and of studios revoked at
// least purge_years (3) ago, with their application and leader amendments.
// A dry run lists them and writes nothing; the real run keeps the records,
// writes one audit entry of ids, and the audit chain still verifies; a
// named studio's leader is untouched; a second run finds nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, act, applicationFields, city, createApplication, fetchXml, fieldOf, postForm, show, sql, studioctl,
	unit, xpath
} from './lib.mjs';

const base = unit('22010202');		// under 南关区
const district = unit('220102');

async function q(query) {
	const r = await sql(query);
	assert.equal(r.code, 0, r.stderr);
	return r.stdout.replace(/\n$/, '');
}

/* A named studio of base: its id, its application's id and fields. */
async function namedStudio() {
	const fields = applicationFields();
	const app = await createApplication(base, fields);
	await act(base, app, 'recommend');
	await act(district, app, 'approve');
	await act(city(), app, 'name');
	const sid = await q(`SELECT id FROM studio WHERE application_id = ${app}`);
	return { sid, app, fields };
}

const PERSONAL = 'leader_mobile, leader_email, leader_birth_month, leader_gender, leader_education, ' +
	'leader_ethnicity, leader_political, leader_title, leader_specialty';

/* The leader's fields of an application, and its honours' count. */
async function appLeader(id) {
	return q(`SELECT leader_name, ${PERSONAL}, (SELECT COUNT(*) FROM application_honour ` +
		`WHERE application_id = a.id) FROM application a WHERE id = ${id}`);
}

async function studioLeader(id) {
	return q('SELECT leader_name, leader_mobile, leader_email, leader_birth_month, leader_title, ' +
		`leader_specialty FROM studio WHERE id = ${id}`);
}

async function purge(...args) {
	const r = await studioctl('purge', ...args);
	assert.equal(r.code, 0, `${r.stdout}${r.stderr}`);
	return r.stdout;
}

test('purge: the dry run lists, the real run empties the leader\'s fields, the audit chain verifies', async () => {
	// a rejected and a withdrawn application
	const fRej = applicationFields();
	const rej = await createApplication(base, fRej);
	await act(base, rej, 'recommend');
	await act(district, rej, 'approve');
	await act(city(), rej, 'reject', { opinion: '不予命名。' });
	const fWd = applicationFields();
	const wd = await createApplication(base, fWd);
	await act(base, wd, 'recommend');
	await act(base, wd, 'withdraw', { opinion: '撤回。' });
	// a named studio that stays, and one revoked
	const keep = await namedStudio();
	const gone = await namedStudio();
	const { xml } = await fetchXml(`${APP}/app/studios/${gone.sid}`, { as: city() });
	const res = await postForm(city(), `/app/studios/${gone.sid}/transition`, {
		action: 'revoke', version: await xpath(xml, 'string(/studio/@version)'), basis: 'violation',
		reason: '严重违反有关规定。', document: '长工发〔2026〕77号',
	});
	assert.equal(res.status, 303, show(res));
	// a leader amendment of the revoked studio, with the old leader's data
	const oldMobile = `138${String(Date.now()).slice(-8)}`;
	await q('INSERT INTO amendment (studio_id, kind, status, base_path, reason, old_text, new_text, ' +
		'leader_name, leader_mobile, leader_email, requested_at, status_since) SELECT id, \'leader\', ' +
		`'rejected', base_path, '换领衔人', 'leader.name=甲\\nleader.title=技师\\nleader.specialty=钳工\\n` +
		`leader.mobile=${oldMobile}\\nleader.email=old@example.com\\nleader.birth-month=1970-01\\n', ` +
		`'leader.name=乙\\nleader.mobile=${oldMobile}\\n', '乙', '${oldMobile}', 'old@example.com', NOW(), NOW() ` +
		`FROM studio WHERE id = ${gone.sid}`);

	// revoked today: not yet three years ago
	let out = await purge('--dry-run');
	assert.match(out, new RegExp(`^would erase\\tapplication\\t${rej}\\trejected `, 'm'));
	assert.match(out, new RegExp(`^would erase\\tapplication\\t${wd}\\twithdrawn `, 'm'));
	assert.doesNotMatch(out, new RegExp(`\\tstudio\\t${gone.sid}\\t`));
	assert.match(out, /dry run: nothing written/);
	// revoked four years ago
	await q(`UPDATE studio SET revoked_on = CURDATE() - INTERVAL 4 YEAR WHERE id = ${gone.sid}`);
	const auditRows = await q('SELECT COUNT(*) FROM audit');
	const before = [await appLeader(rej), await appLeader(wd), await appLeader(gone.app),
		await studioLeader(gone.sid), await appLeader(keep.app), await studioLeader(keep.sid)];
	out = await purge('--dry-run');
	assert.match(out, new RegExp(`^would erase\\tstudio\\t${gone.sid}\\trevoked `, 'm'));
	assert.doesNotMatch(out, new RegExp(`\\tstudio\\t${keep.sid}\\t`));
	assert.doesNotMatch(out, new RegExp(`\\tapplication\\t${keep.app}\\t`));
	for (const f of [fRej, fWd, gone.fields])
		assert.ok(!out.includes(fieldOf(f, 'leader.mobile')) && !out.includes(fieldOf(f, 'leader.email')),
			'the list names records, not their data');
	// the dry run wrote nothing
	assert.deepEqual([await appLeader(rej), await appLeader(wd), await appLeader(gone.app),
		await studioLeader(gone.sid), await appLeader(keep.app), await studioLeader(keep.sid)], before);
	assert.equal(await q('SELECT COUNT(*) FROM audit'), auditRows);
	assert.ok(before[0].includes(fieldOf(fRej, 'leader.mobile')));

	// the real run
	out = await purge();
	assert.match(out, new RegExp(`^erased\\tapplication\\t${rej}\\t`, 'm'));
	assert.match(out, new RegExp(`^erased\\tstudio\\t${gone.sid}\\t`, 'm'));
	const empty = (name) => [name, '', '', 'NULL', 'NULL', 'NULL', 'NULL', 'NULL', '', '', '0'].join('\t');
	assert.equal(await appLeader(rej), empty(fieldOf(fRej, 'leader.name')));
	assert.equal(await appLeader(wd), empty(fieldOf(fWd, 'leader.name')));
	assert.equal(await appLeader(gone.app), empty(fieldOf(gone.fields, 'leader.name')));
	assert.equal(await studioLeader(gone.sid), [fieldOf(gone.fields, 'leader.name'), '', '', 'NULL', '', ''].join('\t'));
	const amend = await q(`SELECT leader_name, leader_mobile, leader_email, old_text, new_text FROM amendment ` +
		`WHERE studio_id = ${gone.sid}`);
	assert.ok(!amend.includes(oldMobile) && !amend.includes('old@example.com') && !amend.includes('1970-01'), amend);
	assert.match(amend, /^乙\tNULL\tNULL\tleader\.name=甲\\nleader\.title=\\n/);
	// the named studio's leader is untouched
	assert.equal(await appLeader(keep.app), before[4]);
	assert.equal(await studioLeader(keep.sid), before[5]);
	assert.ok(before[5].includes(fieldOf(keep.fields, 'leader.mobile')));
	assert.ok(before[5].includes(fieldOf(keep.fields, 'leader.email')));
	// the records stay, valid documents without the data
	for (const [id, f] of [[rej, fRej], [gone.app, gone.fields]]) {
		const doc = (await fetchXml(`${APP}/app/applications/${id}`, { as: city() })).xml;
		assert.ok(doc.includes(fieldOf(f, 'leader.name')));
		assert.ok(!doc.includes(fieldOf(f, 'leader.mobile')) && !doc.includes(fieldOf(f, 'leader.email')));
	}
	// one audit entry, of ids; the chain verifies
	assert.equal(Number(await q('SELECT COUNT(*) FROM audit')), Number(auditRows) + 1);
	assert.equal(await q('SELECT action, object_type, holder FROM audit ORDER BY id DESC LIMIT 1'),
		'privacy.purge\tpurge\tstudioctl');
	assert.match(out, new RegExp(`^applications=.*\\b${rej}\\b`, 'm'));
	const v = await studioctl('audit-verify');
	assert.equal(v.code, 0, v.stdout);
	assert.match(v.stdout, /audit chain intact/);
	// nothing left: no second entry
	out = await purge();
	assert.match(out, /of 0 applications and 0 studios/);
	assert.equal(Number(await q('SELECT COUNT(*) FROM audit')), Number(auditRows) + 1);
});
