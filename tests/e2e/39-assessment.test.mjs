// The annual assessment: the city sets and opens a year's scheme; each
// studio named before the scheme's date has a sheet; the base union
// submits the self-check, its auditing union scores (the grade computed
// from the total) and files the year's results in one action, the city
// acknowledges and confirms.  Scores out of range, wrong units, stale
// versions and filing with an unfinished sheet are refused; the cap on
// 优秀 refuses the grade past it; three failed filed years make a
// revocation proposal and its basis, two do not.  The years are far
// ahead (2031 on) so that this file's schemes are its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, city, curl, fetchXml, namedStudio, postForm, show, sql, target, unit, xpath, xpaths
} from './lib.mjs';

// The city's to-do of 优秀 sheets awaiting a support measure, for the year
// it is about, and what a full count of that year's sheets finds.
async function supportTodo() {
	const { xml } = await fetchXml(`${APP}/app/`, { as: city() });
	const year = await xpath(xml, 'string(//assessment-todo/@year)');
	const count = Number(await xpath(xml,
		"string(//assessment-todo/item[@kind='support']/@count)") || 0);
	const r = await sql(`SELECT COUNT(*) FROM assessment_sheet h JOIN studio s ON s.id = h.studio_id
		WHERE h.year = ${Number(year)} AND h.stage = 'confirmed' AND h.grade = 'excellent'
		AND h.support_measure IS NULL AND s.status IN ('active', 'supervised')`);
	assert.equal(r.code, 0, r.stderr);
	return { year: Number(year), count, full: Number(r.stdout.trim()) };
}

const base = unit('22010501');		// under 二道区
const district = unit('220105');
const otherDistrict = unit('220102');
const failBase = unit('2201900301');	// under 建设工会
const failAuditor = unit('22019003');

function scheme(as, year, fields) {
	return postForm(as, `/app/assessments/schemes/${year}`, fields, { query: 'format=xml' });
}

async function schemeXml(year, as = city()) {
	return (await fetchXml(`${APP}/app/assessments/schemes/${year}`, { as })).xml;
}

/* The scheme's form fields as they stand, with changes. */
async function schemeFields(year, over = {}) {
	const xml = await schemeXml(year);
	const [version, title, exc, pass, cap, capUnit, eligible, deadline, n] = await xpaths(xml, [
		'/scheme/@version', '/scheme/title', '/scheme/@excellent-min', '/scheme/@pass-min',
		'/scheme/@excellent-cap', '/scheme/@excellent-cap-unit', '/scheme/@eligible-before',
		'/scheme/@deadline', 'count(/scheme/items/item)']);
	const f = { action: 'save', version, title, 'excellent-min': exc, 'pass-min': pass,
		'excellent-cap': cap, 'excellent-cap-unit': capUnit, 'eligible-before': eligible, deadline };
	for (let i = 1; i <= Number(n); i++) {
		const [code, t, criteria, max] = await xpaths(xml, [`/scheme/items/item[${i}]/@code`,
			`/scheme/items/item[${i}]/title`, `/scheme/items/item[${i}]/criteria`,
			`/scheme/items/item[${i}]/@max`]);
		Object.assign(f, { [`item.${i}.code`]: code, [`item.${i}.title`]: t,
			[`item.${i}.criteria`]: criteria, [`item.${i}.max`]: max });
	}
	return { ...f, ...over };
}

/* A scheme of the year, a copy of the nearest, with changes, opened. */
async function openYear(year, over = {}) {
	let res = await scheme(city(), year, { action: 'create' });
	assert.equal(res.status, 303, show(res));
	if (Object.keys(over).length > 0) {
		res = await scheme(city(), year, await schemeFields(year, over));
		assert.equal(res.status, 303, show(res));
	}
	const version = await xpath(await schemeXml(year), 'string(/scheme/@version)');
	res = await scheme(city(), year, { action: 'open', version });
	assert.equal(res.status, 303, show(res));
}

const sheetUrl = (sid, year) => `/app/studios/${sid}/assessments/${year}`;

async function sheet(sid, year, as = city()) {
	const { xml } = await fetchXml(`${APP}${sheetUrl(sid, year)}`, { as });
	const [stage, version, selfTotal, auditTotal, proposed, grade] = await xpaths(xml, [
		'/assessment/@stage', '/assessment/@version', '/assessment/@self-total',
		'/assessment/@audit-total', '/assessment/@proposed-grade', '/assessment/city/@grade']);
	const items = [];
	const n = Number(await xpath(xml, 'count(/assessment/items/item)'));
	for (let i = 1; i <= n; i++) {
		const [code, max] = await xpaths(xml, [`/assessment/items/item[${i}]/@code`,
			`/assessment/items/item[${i}]/@max`]);
		items.push({ code, max: Number(max) });
	}
	return { xml, stage, version, selfTotal, auditTotal, proposed, grade, items };
}

/* Scores of each item: a share of its maximum (1: full marks). */
function scores(items, kind, share) {
	const f = {};
	for (const it of items)
		f[`${kind}.${it.code}`] = String(Math.floor(it.max * share));
	return f;
}

function post(as, sid, year, fields) {
	return postForm(as, sheetUrl(sid, year), fields, { query: 'format=xml' });
}

function ok(res, sid, year) {
	assert.equal(res.status, 303, show(res));
	assert.equal(target(res), sheetUrl(sid, year));
}

/* The self-check submitted, as its base union. */
async function submit(as, sid, year, share = 0.9) {
	const s = await sheet(sid, year, as);
	ok(await post(as, sid, year, { action: 'submit', version: s.version, summary: '本年度完成技术攻关三项。',
		'venue-area': '120', staff: '12', funds: '12500.50', equipment: '检测仪器八台套',
		'activity-hours': '480', ...scores(s.items, 'self', share) }), sid, year);
}

/* The auditing union's scores. */
async function score(as, sid, year, share) {
	const s = await sheet(sid, year, as);
	ok(await post(as, sid, year, { action: 'score', version: s.version, opinion: '核实无误。',
		...scores(s.items, 'audit', share) }), sid, year);
}

function file(as, year) {
	return postForm(as, `/app/assessments/filings/${year}`, { action: 'file' }, { query: 'format=xml' });
}

async function acknowledge(year, unitId) {
	const res = await postForm(city(), `/app/assessments/filings/${year}`,
		{ action: 'acknowledge', unit: String(unitId) });
	assert.equal(res.status, 303, show(res));
}

/* Every sheet of the year under an auditing union scored, then filed. */
async function finishAndFile(year, auditor, share = 0.7) {
	const { xml } = await fetchXml(`${APP}/app/assessments?year=${year}`, { as: auditor });
	const n = Number(await xpath(xml, 'count(/assessments/assessment)'));
	for (let i = 1; i <= n; i++) {
		const [sid, stage, baseCode] = await xpaths(xml, [`/assessments/assessment[${i}]/@studio`,
			`/assessments/assessment[${i}]/@stage`, `/assessments/assessment[${i}]/base-union/@id`]);
		void baseCode;
		if (stage === 'self') {
			const owner = await sheetOwner(sid, year);
			await submit(owner, sid, year);
		}
		if (stage === 'self' || stage === 'submitted')
			await score(auditor, sid, year, share);
	}
	const res = await file(auditor, year);
	assert.equal(res.status, 303, show(res));
}

/* The base union of a studio's sheet, by its unit code. */
async function sheetOwner(sid, year) {
	const { xml } = await fetchXml(`${APP}${sheetUrl(sid, year)}`, { as: city() });
	const id = await xpath(xml, 'string(/assessment/studio/base-union/@id)');
	const { xml: u } = await fetchXml(`${APP}/app/units/${id}`, { as: city() });
	return unit(await xpath(u, 'string(/unit/@code)'));
}

let s1, s2;

test('the city sets the scheme: copied from the nearest year, checked, opened; no other unit may', async () => {
	s1 = await namedStudio(base, district);
	s2 = await namedStudio(base, district);
	const year = 2031;
	for (const as of [base, district]) {
		const res = await scheme(as, year, { action: 'create' });
		assert.equal(res.status, 403, show(res));
	}
	let res = await scheme(city(), year, { action: 'create' });
	assert.equal(res.status, 303, show(res));
	const xml = await schemeXml(year);
	const [status, total, n, deadline] = await xpaths(xml, ['/scheme/@status', '/scheme/@max-total',
		'count(/scheme/items/item)', '/scheme/@deadline']);
	assert.equal(status, 'draft');
	assert.equal(total, '100');
	assert.equal(n, '7');
	assert.equal(deadline, '2031-12-31');
	res = await scheme(city(), year, { action: 'create' });
	assert.equal(res.status, 409, show(res));

	// Thresholds the wrong way round, an item without points, a repeated code.
	for (const [f, over] of [['pass-min', { 'pass-min': '95' }], ['item.1.max', { 'item.1.max': '0' }],
		['item.3.code', { 'item.3.code': 'A' }], ['excellent-min', { 'excellent-min': '101' }]]) {
		res = await scheme(city(), year, await schemeFields(year, over));
		assert.equal(res.status, 400, show(res));
		assert.ok(res.body.includes(`field="${f}"`), `${f} named: ${res.body}`);
	}
	// A stale version.
	res = await scheme(city(), year, await schemeFields(year, { version: '999' }));
	assert.equal(res.status, 409, show(res));
	// Good: a removed item (empty title), its points elsewhere.
	res = await scheme(city(), year, await schemeFields(year, { 'item.7.title': '', 'item.6.max': '20' }));
	assert.equal(res.status, 303, show(res));
	assert.equal(await xpath(await schemeXml(year), 'count(/scheme/items/item)'), '6');
	const version = await xpath(await schemeXml(year), 'string(/scheme/@version)');
	res = await scheme(city(), year, { action: 'open', version });
	assert.equal(res.status, 303, show(res));
	assert.equal(await xpath(await schemeXml(year), 'string(/scheme/@status)'), 'open');
	const sheets = Number(await xpath(await schemeXml(year), 'string(/scheme/@sheets)'));
	assert.ok(sheets >= 2, `sheets made: ${sheets}`);
});

test('the sheet: the base union fills in, the district scores; wrong units, ranges, versions refused', async () => {
	const year = 2031;
	let s = await sheet(s1.sid, year, base);
	assert.equal(s.stage, 'self');
	assert.equal(s.items.length, 6);
	assert.match(s.xml, /<action name="submit"/);
	await fetchXml(`${APP}${sheetUrl(s1.sid, year)}`, { as: otherDistrict, expect: 404 });
	await fetchXml(`${APP}/app/studios/999999/assessments/${year}`, { as: city(), expect: 404 });

	// The district may not submit the self-check.
	let res = await post(district, s1.sid, year, { action: 'submit', version: s.version, summary: 'x' });
	assert.equal(res.status, 403, show(res));

	// Saved in part: still the base union's.
	res = await post(base, s1.sid, year, { action: 'save', version: s.version, summary: '草稿',
		'self.A': '10' });
	ok(res, s1.sid, year);
	s = await sheet(s1.sid, year, base);
	assert.equal(s.stage, 'self');
	assert.equal(s.selfTotal, '10');

	// Submitted without all the scores, or with one out of range: named.
	res = await post(base, s1.sid, year, { action: 'submit', version: s.version, summary: '总结',
		'venue-area': '100', staff: '10', 'activity-hours': '300', 'self.A': '16' });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /self\.A/);
	assert.match(res.body, /基本条件保持/);
	assert.match(res.body, /self\.B/);
	// A stale version.
	res = await post(base, s1.sid, year, { action: 'submit', version: String(Number(s.version) - 1),
		summary: '总结', 'venue-area': '100', staff: '10', 'activity-hours': '300',
		...scores(s.items, 'self', 1) });
	assert.equal(res.status, 409, show(res));
	// Money in yuan: more than two decimals is refused.
	res = await post(base, s1.sid, year, { action: 'save', version: s.version, funds: '12.345' });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /funds/);

	await submit(base, s1.sid, year, 0.9);
	s = await sheet(s1.sid, year, district);
	assert.equal(s.stage, 'submitted');
	assert.match(s.xml, /<funds fen="1250050">12500\.50<\/funds>/);

	// Once a sheet is submitted the scheme does not change.
	res = await scheme(city(), year, await schemeFields(year));
	assert.equal(res.status, 409, show(res));

	// The base union may not score; the district's score out of range is named.
	res = await post(base, s1.sid, year, { action: 'score', version: s.version, opinion: 'x',
		...scores(s.items, 'audit', 1) });
	assert.equal(res.status, 403, show(res));
	res = await post(district, s1.sid, year, { action: 'score', version: s.version, opinion: '核实。',
		...scores(s.items, 'audit', 1), 'audit.B': '-1' });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /audit\.B/);

	// Returned with a reason, submitted again, scored: the grade computed.
	res = await post(district, s1.sid, year, { action: 'return', version: s.version, opinion: '' });
	assert.equal(res.status, 400, show(res));
	res = await post(district, s1.sid, year, { action: 'return', version: s.version, opinion: '请补充成果材料。' });
	ok(res, s1.sid, year);
	assert.equal((await sheet(s1.sid, year, base)).stage, 'self');
	await submit(base, s1.sid, year, 0.9);
	await score(district, s1.sid, year, 1);
	s = await sheet(s1.sid, year, district);
	assert.equal(s.stage, 'scored');
	assert.equal(s.auditTotal, '100');
	assert.equal(s.proposed, 'excellent');
	assert.match(s.xml, /<action name="file"/);
});

test('filing: refused while a sheet is unfinished, naming it; then one action files all; the city acknowledges', async () => {
	const year = 2031;
	let res = await file(district, year);
	assert.equal(res.status, 409, show(res));
	assert.ok(res.body.includes(s2.name), 'the unfinished sheet is named');
	res = await file(base, year);
	assert.equal(res.status, 403, show(res));
	res = await file(city(), year);
	assert.equal(res.status, 403, show(res));

	// The to-do pages: the base union's self-check, the district's scoring.
	const { xml: todo } = await fetchXml(`${APP}/app/`, { as: base });
	assert.match(todo, /<assessment-todo year="\d+"/);

	await submit(base, s2.sid, year, 0.3);
	await score(district, s2.sid, year, 0.3);
	assert.equal((await sheet(s2.sid, year, district)).proposed, 'fail');

	// Two filings at the same moment: one files, the other finds nothing left.
	const both = await Promise.all([file(district, year), file(district, year)]);
	assert.deepEqual(both.map((r) => r.status).sort(), [303, 409], both.map(show).join('\n'));
	assert.equal((await sheet(s1.sid, year)).stage, 'filed');
	assert.equal((await sheet(s2.sid, year)).stage, 'filed');

	// A filed sheet is no longer the district's to change.
	const s = await sheet(s1.sid, year, district);
	res = await post(district, s1.sid, year, { action: 'score', version: s.version, opinion: 'x',
		...scores(s.items, 'audit', 1) });
	assert.equal(res.status, 409, show(res));

	const { xml } = await fetchXml(`${APP}/app/assessments/filings/${year}`, { as: city() });
	const did = await xpath(xml, `string(/filings/filing[unit-name='${district.name}']/@unit-id)`);
	assert.equal(await xpath(xml, `string(/filings/filing[@unit-id='${did}']/@state)`), 'filed');
	assert.equal(await xpath(xml, `string(/filings/filing[@unit-id='${did}']/@may-acknowledge)`), 'true');
	await acknowledge(year, did);
	const a = await sheet(s1.sid, year);
	assert.equal(a.stage, 'confirmed');
	assert.equal(a.grade, 'excellent');
	assert.equal((await sheet(s2.sid, year)).grade, 'fail');
	res = await postForm(city(), `/app/assessments/filings/${year}`, { action: 'acknowledge', unit: did });
	assert.equal(res.status, 409, show(res));
});

test('after the grade: key support, supervision and its end, the award; the city changes a grade only with a reason', async () => {
	const year = 2031;
	let s = await sheet(s1.sid, year);
	assert.match(s.xml, /<follow-up support="true"/);
	const before = await supportTodo();
	assert.equal(before.count, before.full, 'the to-do counts what a full count finds');
	if (before.year === year)
		assert.ok(before.count >= 1, 'the excellent sheet awaits its support measure');
	let res = await post(district, s1.sid, year, { action: 'support', version: s.version, measure: '重点支持' });
	assert.equal(res.status, 403, show(res));
	ok(await post(city(), s1.sid, year, { action: 'support', version: s.version,
		measure: '列入下一年度重点支持，补助资金上浮。' }), s1.sid, year);
	const after = await supportTodo();
	assert.equal(after.count, after.full, 'the to-do counts what a full count finds');
	if (before.year === year)
		assert.equal(after.count, before.count - 1, 'the measure takes it off the to-do');
	let { xml } = await fetchXml(`${APP}/app/studios/${s1.sid}`, { as: city() });
	assert.equal(await xpath(xml, 'string(/studio/@status)'), 'key-support');
	s = await sheet(s1.sid, year);
	ok(await post(city(), s1.sid, year, { action: 'award', version: s.version,
		'award-result': '领衔人推荐为市劳动模范候选人' }), s1.sid, year);

	s = await sheet(s2.sid, year, district);
	assert.match(s.xml, /supervise="true"/);
	ok(await post(district, s2.sid, year, { action: 'supervise', version: s.version,
		measures: '限期整改台账和活动记录。', 'due-on': '2032-03-31' }), s2.sid, year);
	({ xml } = await fetchXml(`${APP}/app/studios/${s2.sid}`, { as: city() }));
	assert.equal(await xpath(xml, 'string(/studio/@status)'), 'supervised');
	const { xml: todo } = await fetchXml(`${APP}/app/`, { as: district });
	assert.match(todo, new RegExp(`<supervision [^>]*studio="${s2.sid}"`));
	s = await sheet(s2.sid, year, district);
	ok(await post(district, s2.sid, year, { action: 'close-supervision', version: s.version,
		outcome: '已整改到位。' }), s2.sid, year);
	({ xml } = await fetchXml(`${APP}/app/studios/${s2.sid}`, { as: city() }));
	assert.equal(await xpath(xml, 'string(/studio/@status)'), 'active');

	s = await sheet(s2.sid, year);
	res = await post(city(), s2.sid, year, { action: 'confirm', version: s.version, grade: 'pass', reason: '' });
	assert.equal(res.status, 400, show(res));
	ok(await post(city(), s2.sid, year, { action: 'confirm', version: s.version, grade: 'pass',
		reason: '督导后整改到位，经复核改为合格。' }), s2.sid, year);
	assert.equal((await sheet(s2.sid, year)).grade, 'pass');

	// The dossier carries the assessment history.
	({ xml } = await fetchXml(`${APP}/app/studios/${s1.sid}/dossier`, { as: city() }));
	assert.match(xml, new RegExp(`<assessment year="${year}" stage="confirmed"[^>]*grade="excellent"`));
	assert.match(xml, /<entry [^>]*action="assessment\.support"[^>]*object-type="assessment"/);
});

test('the cap on 优秀 refuses the filing and the confirmation past it, with the numbers', async () => {
	const year = 2032;
	await openYear(year, { 'excellent-cap-unit': '10' });
	await submit(base, s1.sid, year);
	await score(district, s1.sid, year, 1);
	await submit(base, s2.sid, year);
	await score(district, s2.sid, year, 0.7);
	// Other sheets of the district (other studios) scored as passes.
	const { xml } = await fetchXml(`${APP}/app/assessments?year=${year}&stage=self`, { as: district });
	for (const sid of (await xpath(xml, '/assessments/assessment/@studio')).match(/\d+/g) ?? []) {
		await submit(await sheetOwner(sid, year), sid, year);
		await score(district, sid, year, 0.7);
	}
	let res = await file(district, year);
	assert.equal(res.status, 409, show(res));
	assert.match(res.body, /优秀比例上限为10%/);
	// Scored again as a pass, the filing goes through.
	await score(district, s1.sid, year, 0.8);
	res = await file(district, year);
	assert.equal(res.status, 303, show(res));
	const s = await sheet(s1.sid, year);
	res = await post(city(), s1.sid, year, { action: 'confirm', version: s.version, grade: 'excellent',
		reason: '成果突出。' });
	assert.equal(res.status, 409, show(res));
	assert.match(res.body, /至多0份/);
});

test('a studio named after the scheme\'s date has no sheet for that year', async () => {
	const year = 2030;
	const today = new Date().toISOString().slice(0, 10);
	await openYear(year, { 'eligible-before': today });
	await fetchXml(`${APP}${sheetUrl(s1.sid, year)}`, { as: city(), expect: 404 });
});

test('three failed filed years make a revocation proposal and its basis; two do not', async () => {
	const f = await namedStudio(failBase, failAuditor);
	const revoke = async () => {
		const { xml } = await fetchXml(`${APP}/app/studios/${f.sid}`, { as: city() });
		const version = await xpath(xml, 'string(/studio/@version)');
		return postForm(city(), `/app/studios/${f.sid}/transition`, { action: 'revoke', version,
			basis: 'failed-years', reason: '连续三年考核不合格。', document: `长工发〔2036〕${f.sid}号` });
	};
	for (const year of [2033, 2034, 2035]) {
		await openYear(year);
		await finishAndFile(year, failAuditor, 0.3);
		assert.equal((await sheet(f.sid, year)).proposed, 'fail');
		const { xml } = await fetchXml(`${APP}/app/assessments/filings/${year}`, { as: city() });
		const proposed = new RegExp(`<proposal studio="${f.sid}"`).test(xml);
		assert.equal(proposed, year === 2035, `proposal after ${year}`);
		if (year === 2034) {
			const res = await revoke();
			assert.equal(res.status, 400, show(res));
		}
	}
	// A year open when the studio is revoked: its sheet no longer holds up
	// the filing, nor can it be submitted.
	await openYear(2036);
	let { xml } = await fetchXml(`${APP}/app/`, { as: city() });
	assert.match(xml, new RegExp(`<proposal studio="${f.sid}" years="2033 2034 2035"`));
	let res = await revoke();
	assert.equal(res.status, 303, show(res));
	const { xml: st } = await fetchXml(`${APP}/app/studios/${f.sid}`, { as: city() });
	assert.equal(await xpath(st, 'string(/studio/@status)'), 'revoked');
	assert.ok(st.includes('2033年度、2034年度、2035年度考核不合格'), 'the basis is in the studio\'s record');
	({ xml } = await fetchXml(`${APP}/app/`, { as: city() }));
	assert.doesNotMatch(xml, new RegExp(`<proposal studio="${f.sid}"`));
	res = await file(failAuditor, 2036);
	assert.equal(res.status, 409, show(res));
	assert.ok(!res.body.includes('尚未完成'), res.body);
	const s = await sheet(f.sid, 2036, failBase);
	res = await post(failBase, f.sid, 2036, { action: 'save', version: s.version, summary: '总结' });
	assert.equal(res.status, 409, show(res));
});

test('the list: the sheets a unit sees, filtered, and as CSV', async () => {
	const { xml } = await fetchXml(`${APP}/app/assessments?year=2031`, { as: district });
	assert.match(xml, new RegExp(`studio="${s1.sid}"`));
	const { xml: other } = await fetchXml(`${APP}/app/assessments?year=2031`, { as: otherDistrict });
	assert.doesNotMatch(other, new RegExp(`studio="${s1.sid}"`));
	const { xml: graded } = await fetchXml(`${APP}/app/assessments?year=2031&grade=excellent`, { as: city() });
	assert.match(graded, new RegExp(`studio="${s1.sid}"`));
	assert.doesNotMatch(graded, new RegExp(`studio="${s2.sid}"`));
	const csv = await curl(`${APP}/app/assessments?year=2031&format=csv`, { as: district });
	assert.equal(csv.status, 200, show(csv));
	assert.ok(csv.body.includes(s1.name));
	void city;
});
