// The year's reports (/app/reports/assessment, /funding, /progress): each
// checked against figures computed here from what the test itself put in
// (studios named through the pages, funds, grants and spending through the
// pages, assessment sheets and filings of a year of their own written as
// rows), never read back from the same SQL; a district sees its subtree
// only, a base union its own studios; every XML validates against its
// XSD; the CSV starts with the byte order mark and its totals are the
// page's; a year without data is an empty report; the old address of the
// funding report answers 301.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, city, created, curl, fetchXml, namedStudio, postForm, postXml, show, sql, unit, xpath,
	xpaths
} from './lib.mjs';

const nanguan = unit('220102');
const lvyuan = unit('220106');
const baseA = unit('22010201');		// 南关区
const baseB = unit('22010202');		// 南关区
const baseC = unit('22010601');		// 绿园区
// Years of this run only (a run on a stack that ran it before finds its
// own years empty): sheets and filings of one, funds of another.
const PICK = Date.now();
const AYEAR = 1950 + PICK % 60;		// 1950-2009
const FYEAR = 2100 + Math.floor(PICK / 60) % 90;	// 2100-2189
const EMPTY = 2010;			// nothing at all
const THIS = new Date().getFullYear();

async function report(kind, year, as) {
	const { xml } = await fetchXml(`${APP}/app/reports/${kind}?year=${year}`, { as });
	return xml;
}

/* The numbers of an XPath over attributes, in document order. */
async function nums(xml, expr) {
	const s = await xpath(xml, expr);
	return (s.match(/"(-?\d+)"/g) ?? []).map((v) => Number(v.slice(1, -1)));
}

/* The CSV's tables by their caption line ("表3 …"): header and rows. */
function csvTables(body) {
	const tables = {};
	for (const block of body.replace(/^\uFEFF/, '').split('\r\n\r\n')) {
		const lines = block.split('\r\n').filter((l) => l !== '');
		if (lines.length === 0)
			continue;
		tables[lines[0].split(' ')[0]] = lines.slice(1).map((l) => l.split(','));
	}
	return tables;
}

const fen = (yuan) => Math.round(Number(yuan) * 100);

let s1, s2, s3, s4;
const before = {};

test('the studios of the reports: named through the pages', async () => {
	// the progress report of this year as it was before them
	const p = await report('progress', THIS, city());
	const [named, inForce] = (await xpaths(p, ['/progress-report/@named', '/progress-report/@in-force'])).map(Number);
	before.named = named;
	before.inForce = inForce;
	before.D = Number(await xpath(p, 'string(/progress-report/industries/industry[@code="D"]/@studios)') || 0);
	before.nanguan = Number(await xpath(p, `string(/progress-report/units/unit[name="南关区总工会"]/@named)`));
	s1 = await namedStudio(baseA, nanguan);
	s2 = await namedStudio(baseB, nanguan);
	s3 = await namedStudio(baseC, lvyuan);
	s4 = await namedStudio(baseA, nanguan);
	for (const s of [s1, s2, s3, s4])
		assert.match(s.sid, /^\d+$/);
});

test('funding: funds, grants by basis, per union and by purpose, to the fen', async () => {
	const cityFund = created(await postXml(city(), '/app/funds', { action: 'create', year: String(FYEAR),
		title: `${FYEAR}年度长春市职工创新补助资金`, budget: '1000000.00',
		document: `长工发〔${FYEAR}〕1号`, 'decided-on': `${FYEAR}-03-01` }), /^\/app\/funds\/(\d+)$/);
	const topUp = created(await postXml(nanguan, '/app/funds', { action: 'create', year: String(FYEAR),
		title: `${FYEAR}年度南关区职工创新配套资金`, budget: '100000.00',
		document: `南工发〔${FYEAR}〕2号`, 'decided-on': `${FYEAR}-03-02` }), /^\/app\/funds\/(\d+)$/);
	const grants = [
		[city(), cityFund, s1, '50000.00', 'naming'],
		[city(), cityFund, s2, '30000.50', 'key-support'],
		[city(), cityFund, s3, '20000.00', 'naming'],
		[nanguan, topUp, s1, '10000.00', 'top-up'],
	];
	const ids = [];
	for (const [as, f, s, amount, basis] of grants) {
		const res = await postXml(as, `/app/funds/${f}`, { action: 'grant', studio: s.sid, amount, basis,
			document: `长工发〔${FYEAR}〕8号`, 'decided-on': `${FYEAR}-05-01` });
		assert.equal(res.status, 303, show(res));
		const { xml } = await fetchXml(`${APP}/app/studios/${s.sid}/funding`, { as: city() });
		ids.push(await xpath(xml, `string(/funding/grants/grant[@amount="${fen(amount)}"]/@id)`));
	}
	const spending = [
		[baseA, s1, ids[0], 'equipment', '12345.67'],
		[baseA, s1, ids[0], 'training', '5000.00'],
		[baseB, s2, ids[1], 'innovation', '10000.50'],
		[baseC, s3, ids[2], 'invention', '3000.00'],
	];
	for (const [as, s, g, purpose, amount] of spending) {
		const res = await postXml(as, `/app/studios/${s.sid}/funding`, { action: 'spend', grant: g, purpose,
			amount, 'spent-on': '2025-06-10', description: '购置检测设备一台' });
		assert.equal(res.status, 303, show(res));
	}
	// what the city's report must say, from the figures above
	const granted = grants.reduce((t, g) => t + fen(g[3]), 0);
	const spent = spending.reduce((t, s) => t + fen(s[4]), 0);
	const xml = await report('funding', FYEAR, city());
	const [rg, rs, rb, rf, rbud] = (await xpaths(xml, ['/funding-report/@granted', '/funding-report/@spent',
		'/funding-report/@balance', '/funding-report/@funds', '/funding-report/@budget'])).map(Number);
	assert.deepEqual([rg, rs, rb, rf, rbud], [granted, spent, granted - spent, 2, 110000000]);
	const ng = grants.filter((g) => g[2] !== s3).reduce((t, g) => t + fen(g[3]), 0);
	const ns = spending.filter((s) => s[1] !== s3).reduce((t, s) => t + fen(s[4]), 0);
	assert.deepEqual(await nums(xml, '/funding-report/unit[name="南关区总工会"]/@*[name()="studios" or name()="grants" or name()="granted" or name()="spent"]'),
		[2, 3, ng, ns]);
	assert.deepEqual(await nums(xml, '/funding-report/unit[name="绿园区总工会"]/@*[name()="studios" or name()="grants" or name()="granted" or name()="spent"]'),
		[1, 1, 2000000, 300000]);
	for (const [, , , purpose, amount] of spending)
		assert.equal(await xpath(xml, `string(/funding-report/purposes/purpose[@code="${purpose}"]/@spent)`), String(fen(amount)), purpose);
	assert.equal(await xpath(xml, 'string(/funding-report/bases/basis[@code="naming"]/@granted)'), String(7000000));
	assert.equal(await xpath(xml, 'string(/funding-report/bases/basis[@code="naming"]/@grants)'), '2');
	assert.equal(await xpath(xml, 'string(/funding-report/bases/basis[@code="key-support"]/@granted)'), String(3000050));
	assert.equal(await xpath(xml, 'string(/funding-report/bases/basis[@code="top-up"]/@granted)'), String(1000000));
	assert.equal(await xpath(xml, `string(/funding-report/funds/fund[@id="${cityFund}"]/@granted)`), String(10000050));
	assert.equal(await xpath(xml, `string(/funding-report/funds/fund[@id="${topUp}"]/@granted)`), String(1000000));

	// 绿园区 sees its own union only, and of the funds the city's
	const lv = await report('funding', FYEAR, lvyuan);
	assert.equal(await xpath(lv, 'count(/funding-report/unit)'), '1');
	assert.equal(await xpath(lv, 'string(/funding-report/unit/name)'), '绿园区总工会');
	assert.deepEqual((await xpaths(lv, ['/funding-report/@granted', '/funding-report/@spent', '/funding-report/@funds'])).map(Number),
		[2000000, 300000, 1]);
	assert.equal(await xpath(lv, `string(/funding-report/funds/fund[@id="${cityFund}"]/@granted)`), '2000000');
	assert.equal(await xpath(lv, `count(/funding-report/funds/fund[@id="${topUp}"])`), '0');
	// a base union sees its own studios only
	const bb = await report('funding', FYEAR, baseB);
	assert.deepEqual((await xpaths(bb, ['/funding-report/@granted', '/funding-report/@spent'])).map(Number),
		[3000050, 1000050]);

	// the CSV: the byte order mark, and its totals are the page's
	const csv = await curl(`${APP}/app/reports/funding?year=${FYEAR}&format=csv`, { as: city() });
	assert.equal(csv.status, 200, show(csv));
	assert.match(csv.headers['content-type'], /^text\/csv; charset=utf-8/);
	assert.ok(csv.body.startsWith('\uFEFF'), 'UTF-8 with BOM');
	const t = csvTables(csv.body);
	const rows3 = t['表3'].slice(1, -1);
	const total3 = t['表3'].at(-1);
	assert.equal(total3[0], '合计');
	assert.equal(rows3.reduce((s, r) => s + fen(r[3]), 0), fen(total3[3]));
	assert.equal(rows3.reduce((s, r) => s + fen(r[4]), 0), fen(total3[4]));
	assert.deepEqual([fen(total3[3]), fen(total3[4]), fen(total3[5])], [granted, spent, granted - spent]);
	assert.equal(fen(t['表4'].at(-1)[1]), spent);
	assert.equal(fen(t['表5'].at(-1).at(-1)), spent);
	assert.equal(fen(t['表2'].at(-1)[2]), granted);
	assert.equal(fen(t['表1'].at(-1)[4]), granted);
	// the page's totals row says the same
	const html = await curl(`${APP}/app/reports/funding?year=${FYEAR}`, { as: city() });
	assert.equal(html.status, 200, show(html));
	const foot = /id="table-3">[\s\S]*?<tfoot>([\s\S]*?)<\/tfoot>/.exec(html.body)[1];
	const cells = [...foot.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
	assert.equal(fen(cells[2].replaceAll(',', '')), granted, foot);
	assert.equal(fen(cells[3].replaceAll(',', '')), spent, foot);
	assert.match(html.body, /<svg class="report-chart"/);
});

test('the funding report\'s old address answers 301 to the new one', async () => {
	const res = await curl(`${APP}/app/funding/report?year=${FYEAR}`, { as: city() });
	assert.equal(res.status, 301, show(res));
	assert.equal(res.headers.location, `/app/reports/funding?year=${FYEAR}`);
	const bare = await curl(`${APP}/app/funding/report`, { as: city() });
	assert.equal(bare.status, 301, show(bare));
	assert.equal(bare.headers.location, '/app/reports/funding');
});

test('assessment: grades by union and in all, filings against the deadline, key support, supervision', async () => {
	const sid = (s) => Number(s.sid);
	const demo = sql("SELECT id FROM studio WHERE name = '解放卡车智能制造创新工作室'");
	const jiefang = Number((await demo).stdout.trim());
	assert.ok(jiefang > 0);
	// the year's scheme, the sheets and filings, as rows
	const sheet = (s, stage, proposed, grade, filing, extra = '') =>
		`INSERT INTO assessment_sheet (studio_id, year, stage, stage_since, base_union_id, base_path,
		   auditing_unit_id, summary, audit_opinion, proposed_grade, grade, grade_reason, filing_id${extra ? ', support_measure, support_on' : ''})
		 SELECT s.id, ${AYEAR}, '${stage}', NOW(), s.base_union_id, s.base_path, s.auditing_unit_id, '', '',
		   ${proposed ? `'${proposed}'` : 'NULL'}, ${grade ? `'${grade}'` : 'NULL'}, '',
		   ${filing ? `(SELECT id FROM assessment_filing WHERE year = ${AYEAR} AND auditing_unit_id = s.auditing_unit_id)` : 'NULL'}
		   ${extra ? `, '${extra}', '${AYEAR + 1}-01-10'` : ''}
		 FROM studio s WHERE s.id = ${s};`;
	const filing = (code, filed, ack) =>
		`INSERT INTO assessment_filing (year, auditing_unit_id, sheets, excellent, passed, failed, filed_at, holder, acknowledged_at)
		 SELECT ${AYEAR}, u.id, 0, 0, 0, 0, '${filed} 10:00:00', '测试', ${ack ? `'${ack} 10:00:00'` : 'NULL'}
		 FROM unit u WHERE u.code = '${code}';`;
	const r = await sql(`
		INSERT INTO assessment_scheme (year, title, excellent_min, pass_min, eligible_before, deadline, status, updated_at)
		VALUES (${AYEAR}, '${AYEAR}年度长春市职工创新工作室考核', 90, 60, '${AYEAR}-01-01', '${AYEAR}-12-31', 'open', NOW());
		${filing('220102', `${AYEAR}-12-20`, `${AYEAR}-12-28`)}
		${filing('220106', `${AYEAR + 1}-01-05`, null)}
		${sheet(sid(s1), 'confirmed', 'excellent', 'excellent', true, '增加补助资金，优先推荐申报省级工作室')}
		${sheet(sid(s2), 'filed', 'fail', null, true)}
		${sheet(sid(s4), 'confirmed', 'excellent', 'pass', true)}
		${sheet(sid(s3), 'scored', 'pass', null, false)}
		${sheet(jiefang, 'submitted', null, null, false)}
		INSERT INTO supervision (sheet_id, studio_id, measures, due_on, unit_id, holder, created_at)
		SELECT h.id, h.studio_id, '限期整改活动台账', '${AYEAR + 1}-06-30', h.auditing_unit_id, '测试', '${AYEAR + 1}-01-12'
		FROM assessment_sheet h WHERE h.year = ${AYEAR} AND h.studio_id = ${sid(s2)};`);
	assert.equal(r.code, 0, r.stderr);

	// what the report must say, from the rows above: 南关区 (s1 优秀 by
	// the city, s2 不合格 filed, s4 proposed 优秀 confirmed 合格), on
	// time; 绿园区 (s3 scored, not filed), late; 汽车开发区 (解放, not
	// filed, no filing after the deadline): missing
	const xml = await report('assessment', AYEAR, city());
	const row = (name) => nums(xml, `/assessment-report/units/unit[name="${name}"]/@*[name()="sheets" or name()="excellent" or name()="passed" or name()="failed" or name()="unfiled"]`);
	assert.deepEqual(await row('南关区总工会'), [3, 1, 1, 1, 0]);
	assert.deepEqual(await row('绿园区总工会'), [1, 0, 0, 0, 1]);
	assert.deepEqual(await row('长春汽车经济技术开发区总工会'), [1, 0, 0, 0, 1]);
	assert.deepEqual(await nums(xml, '/assessment-report/totals/@*[name()="sheets" or name()="excellent" or name()="passed" or name()="failed" or name()="unfiled"]'),
		[5, 1, 1, 1, 2]);
	assert.equal(await xpath(xml, 'string(/assessment-report/units/unit[name="南关区总工会"]/@filing)'), 'on-time');
	assert.equal(await xpath(xml, 'string(/assessment-report/units/unit[name="南关区总工会"]/@filed-on)'), `${AYEAR}-12-20`);
	assert.equal(await xpath(xml, 'string(/assessment-report/units/unit[name="南关区总工会"]/@acknowledged-on)'), `${AYEAR}-12-28`);
	assert.equal(await xpath(xml, 'string(/assessment-report/units/unit[name="绿园区总工会"]/@filing)'), 'late');
	assert.equal(await xpath(xml, 'string(/assessment-report/units/unit[name="长春汽车经济技术开发区总工会"]/@filing)'), 'missing');
	assert.equal(await xpath(xml, 'string(/assessment-report/@deadline)'), `${AYEAR}-12-31`);
	assert.equal(await xpath(xml, 'string(/assessment-report/key-support/studio/@id)'), s1.sid);
	assert.equal(await xpath(xml, 'count(/assessment-report/key-support/studio)'), '1');
	assert.equal(await xpath(xml, 'string(/assessment-report/supervised/studio/@id)'), s2.sid);
	assert.equal(await xpath(xml, 'string(/assessment-report/supervised/studio/@due)'), `${AYEAR + 1}-06-30`);

	// 绿园区 sees its own only; a base union its own studio
	const lv = await report('assessment', AYEAR, lvyuan);
	assert.equal(await xpath(lv, 'count(/assessment-report/units/unit)'), '1');
	assert.deepEqual(await nums(lv, '/assessment-report/totals/@*[name()="sheets" or name()="unfiled"]'), [1, 1]);
	assert.equal(await xpath(lv, 'count(/assessment-report/key-support/studio | /assessment-report/supervised/studio)'), '0');
	const bb = await report('assessment', AYEAR, baseB);
	assert.deepEqual(await nums(bb, '/assessment-report/totals/@*[name()="sheets" or name()="failed"]'), [1, 1]);
	assert.equal(await xpath(bb, 'count(/assessment-report/key-support/studio)'), '0');

	// the CSV's 表1 adds up to its totals line, which is the page's
	const csv = await curl(`${APP}/app/reports/assessment?year=${AYEAR}&format=csv`, { as: city() });
	assert.equal(csv.status, 200, show(csv));
	assert.ok(csv.body.startsWith('\uFEFF'), 'UTF-8 with BOM');
	const t1 = csvTables(csv.body)['表1'];
	const total = t1.at(-1);
	assert.equal(total[0], '合计');
	for (let i = 1; i <= 5; i++)
		assert.equal(t1.slice(1, -1).reduce((s, l) => s + Number(l[i]), 0), Number(total[i]), `column ${i}`);
	assert.deepEqual(total.slice(1).map(Number), [5, 1, 1, 1, 2]);
	const html = await curl(`${APP}/app/reports/assessment?year=${AYEAR}`, { as: city() });
	const foot = /id="table-1">[\s\S]*?<tfoot>([\s\S]*?)<\/tfoot>/.exec(html.body)[1];
	const cells = [...foot.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
	assert.deepEqual([cells[0], cells[1], cells[3], cells[5], cells[7]], ['5', '1', '1', '1', '2']);
	assert.match(html.body, /表1/);
	assert.match(html.body, /图1/);
	assert.match(html.body, /<svg class="report-chart"/);
});

test('a revocation shows in the year\'s assessment and progress reports', async () => {
	const { xml: st } = await fetchXml(`${APP}/app/studios/${s4.sid}`, { as: city() });
	const version = await xpath(st, 'string(/studio/@version)');
	const res = await postForm(city(), `/app/studios/${s4.sid}/transition`, { action: 'revoke', version,
		basis: 'violation', reason: '弄虚作假，骗取补助资金。', document: `长工发〔${THIS}〕47号` });
	assert.equal(res.status, 303, show(res));
	const xml = await report('assessment', THIS, city());
	assert.equal(await xpath(xml, `string(/assessment-report/revocations/studio[@id="${s4.sid}"]/@document)`),
		`长工发〔${THIS}〕47号`);
	assert.equal(await xpath(xml, `string(/assessment-report/revocations/studio[@id="${s4.sid}"]/reason)`),
		'弄虚作假，骗取补助资金。');
	const lv = await report('assessment', THIS, lvyuan);
	assert.equal(await xpath(lv, `count(/assessment-report/revocations/studio[@id="${s4.sid}"])`), '0');
});

test('progress: the year\'s namings and the studios in force, per union, by industry and type', async () => {
	const p = await report('progress', THIS, city());
	// four named this year, one of them revoked this year
	assert.equal(Number(await xpath(p, 'string(/progress-report/@named)')), before.named + 4);
	assert.equal(Number(await xpath(p, 'string(/progress-report/@in-force)')), before.inForce + 3);
	assert.equal(Number(await xpath(p, `string(/progress-report/namings/year[@value="${THIS}"]/@named)`)), before.named + 4);
	assert.equal(Number(await xpath(p, 'string(/progress-report/units/unit[name="南关区总工会"]/@named)')), before.nanguan + 3);
	assert.equal(Number(await xpath(p, 'string(/progress-report/industries/industry[@code="D"]/@studios)')), before.D + 3);
	// the year's figures agree with one another
	const inForce = Number(await xpath(p, 'string(/progress-report/@in-force)'));
	assert.equal((await nums(p, '/progress-report/units/unit/@in-force')).reduce((a, b) => a + b, 0), inForce);
	assert.equal((await nums(p, '/progress-report/industries/industry/@studios')).reduce((a, b) => a + b, 0), inForce);
	const named = await nums(p, '/progress-report/namings/year/@named');
	const revoked = await nums(p, '/progress-report/namings/year/@revoked');
	assert.equal(named.reduce((a, b) => a + b, 0) - revoked.reduce((a, b) => a + b, 0), inForce);
	// a district: its own union only
	const lv = await report('progress', THIS, lvyuan);
	assert.equal(await xpath(lv, 'count(/progress-report/units/unit)'), '1');
	assert.equal(await xpath(lv, 'string(/progress-report/units/unit/name)'), '绿园区总工会');
	assert.equal(Number(await xpath(lv, 'string(/progress-report/@in-force)')),
		Number(await xpath(lv, 'string(/progress-report/units/unit/@in-force)')));
	// the CSV's totals are the page's
	const csv = await curl(`${APP}/app/reports/progress?year=${THIS}&format=csv`, { as: city() });
	assert.ok(csv.body.startsWith('\uFEFF'), 'UTF-8 with BOM');
	const t = csvTables(csv.body);
	assert.equal(Number(t['表2'].at(-1)[2]), inForce);
	assert.equal(Number(t['表3'].at(-1)[2]), inForce);
	assert.equal(Number(t['表1'].at(-1)[3]), inForce);
	const html = await curl(`${APP}/app/reports/progress?year=${THIS}&format=print`, { as: city() });
	assert.equal(html.status, 200, show(html));
	for (const s of ['表1', '表4', '图1', '图4', '长春市总工会'])
		assert.ok(html.body.includes(s), s);
});

test('a year without data is an empty report, not an error; a bad year is 400', async () => {
	for (const kind of ['assessment', 'funding', 'progress']) {
		const xml = await report(kind, EMPTY, city());
		for (const format of ['html', 'print', 'csv']) {
			const res = await curl(`${APP}/app/reports/${kind}?year=${EMPTY}&format=${format}`, { as: city() });
			assert.equal(res.status, 200, `${kind} ${format}: ${show(res)}`);
		}
		if (kind === 'assessment') {
			assert.equal(await xpath(xml, 'count(/assessment-report/units/unit)'), '0');
			assert.equal(await xpath(xml, 'string(/assessment-report/@scheme)'), 'false');
		}
		if (kind === 'funding')
			assert.equal(await xpath(xml, 'count(/funding-report/unit | /funding-report/funds/fund)'), '0');
		const bad = await curl(`${APP}/app/reports/${kind}?year=20x9`, { as: city() });
		assert.equal(bad.status, 400, show(bad));
	}
	const html = await curl(`${APP}/app/reports/assessment?year=${EMPTY}`, { as: city() });
	assert.match(html.body, /本年度尚未制定考核方案/);
});
