// The subsidy ledger: the city sets up a fund and grants to studios of two
// districts, a district adds its own; a grant outside the funder's
// subtree, to a revoked studio or past the budget is refused (also when
// two grants race for the last of it); the base union records spending,
// never past the grant, and reverses a wrong entry; research projects
// name the grant for an important one; every page and the CSV add up to
// the fen.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, city, created, curl, fetchXml, namedStudio, postForm, postMultipart, postXml, show, unit,
	xpath, xpaths
} from './lib.mjs';

const baseA = unit('22010201');		// under 南关区
const districtA = unit('220102');
const baseB = unit('22010601');		// under 绿园区
const districtB = unit('220106');
const YEAR = 2027;
// A tag of this run, so that its funds' titles are its own.
const RUN = Date.now().toString(36).slice(-5);

async function createFund(as, title, budget) {
	return created(await postXml(as, '/app/funds', { action: 'create', year: String(YEAR), title,
		budget, document: `长工发〔${YEAR}〕${Math.floor(Math.random() * 1e6)}号`,
		'decided-on': `${YEAR}-03-01` }), /^\/app\/funds\/(\d+)$/);
}

function grant(as, fund, studio, amount, over = {}) {
	return postXml(as, `/app/funds/${fund}`, { action: 'grant', studio, amount, basis: 'naming',
		document: `长工发〔${YEAR}〕8号`, 'decided-on': `${YEAR}-05-01`, ...over });
}

function spend(as, studio, grantId, amount, over = {}) {
	return postXml(as, `/app/studios/${studio}/funding`, { action: 'spend', grant: grantId,
		purpose: 'equipment', amount, 'spent-on': '2026-06-10', description: '购置检测设备一台',
		...over });
}

async function funding(studio, as = city()) {
	const { xml } = await fetchXml(`${APP}/app/studios/${studio}/funding`, { as });
	const [granted, spent, balance] = await xpaths(xml, ['/funding/@granted', '/funding/@spent',
		'/funding/@balance']);
	return { xml, granted: Number(granted), spent: Number(spent), balance: Number(balance) };
}

async function fund(id, as = city()) {
	const { xml } = await fetchXml(`${APP}/app/funds/${id}`, { as });
	const [budget, granted, spent, remaining] = await xpaths(xml, ['/fund/@budget', '/fund/@granted',
		'/fund/@spent', '/fund/@remaining']);
	return { xml, budget: Number(budget), granted: Number(granted), spent: Number(spent),
		remaining: Number(remaining) };
}

let a, b, cityFund, topUp, grantA;

test('funds: the city and a district set them up; a base union may not', async () => {
	a = await namedStudio(baseA, districtA);
	b = await namedStudio(baseB, districtB);
	let res = await postXml(baseA, '/app/funds', { action: 'create', year: String(YEAR), title: '基层资金',
		budget: '100', document: 'x', 'decided-on': `${YEAR}-03-01` });
	assert.equal(res.status, 403, show(res));
	cityFund = await createFund(city(), `${YEAR}年度长春市职工创新补助资金${RUN}`, '100000.00');
	topUp = await createFund(districtA, `${YEAR}年度南关区职工创新补助资金${RUN}`, '20000');
	// The same title again for the same funder and year.
	res = await postXml(city(), '/app/funds', { action: 'create', year: String(YEAR),
		title: `${YEAR}年度长春市职工创新补助资金${RUN}`, budget: '1', document: 'y', 'decided-on': `${YEAR}-03-01` });
	assert.equal(res.status, 400, show(res));
	// A budget in more than two decimals.
	res = await postXml(city(), '/app/funds', { action: 'create', year: String(YEAR), title: '另一项',
		budget: '1.001', document: 'y', 'decided-on': `${YEAR}-03-01` });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="budget"/);
	const f = await fund(cityFund);
	assert.equal(f.budget, 10000000);
	assert.equal(f.remaining, 10000000);
	// The district sees the city's fund and its own; another district not its top-up.
	const { xml } = await fetchXml(`${APP}/app/funds?year=${YEAR}`, { as: districtA });
	assert.match(xml, new RegExp(`<fund id="${cityFund}"`));
	assert.match(xml, new RegExp(`<fund id="${topUp}"`));
	const { xml: other } = await fetchXml(`${APP}/app/funds?year=${YEAR}`, { as: districtB });
	assert.doesNotMatch(other, new RegExp(`<fund id="${topUp}"`));
	await fetchXml(`${APP}/app/funds/${topUp}`, { as: districtB, expect: 404 });
});

test('grants: to studios of two districts; outside the subtree, revoked, past the budget refused', async () => {
	grantA = created(await grant(city(), cityFund, a.sid, '60000'), /^\/app\/funds\/(\d+)$/);
	created(await grant(city(), cityFund, b.sid, '30000.50'), /^\/app\/funds\/(\d+)$/);
	let f = await fund(cityFund);
	assert.equal(f.granted, 9000050);
	assert.equal(f.remaining, 999950);
	grantA = await xpath(f.xml, `string(/fund/grants/grant[@studio='${a.sid}']/@id)`);

	// Past the budget: 409 with the numbers.
	let res = await grant(city(), cityFund, a.sid, '10000');
	assert.equal(res.status, 409, show(res));
	assert.match(res.body, /超出资金预算/);
	assert.match(res.body, /¥9,999\.50/);
	// The district's top-up: its own studios only.
	res = await grant(districtA, topUp, b.sid, '100');
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="studio"/);
	// Only the funder grants from its fund.
	res = await grant(districtA, cityFund, a.sid, '100');
	assert.equal(res.status, 403, show(res));
	// The research basis names a project of the studio's, an important one.
	res = await grant(districtA, topUp, a.sid, '100', { basis: 'research' });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="project"/);
	res = await postXml(baseA, `/app/studios/${a.sid}/funding`, { action: 'project',
		title: '燃气管网泄漏智能监测技术研究', level: 'provincial', source: '吉林省科技厅',
		'start-on': '2026-01-01', 'end-on': '2028-12-31', important: '1' });
	assert.equal(res.status, 303, show(res));
	const project = await xpath((await funding(a.sid, baseA)).xml, 'string(/funding/projects/project[1]/@id)');
	res = await grant(districtA, topUp, a.sid, '5000', { basis: 'research', project });
	assert.equal(res.status, 303, show(res));
	res = await grant(districtA, topUp, a.sid, '5000', { basis: 'other' });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="basis-text"/);

	// Two grants at the same moment for the last of the budget: one passes.
	const both = await Promise.all([grant(city(), cityFund, b.sid, '6000'),
		grant(city(), cityFund, b.sid, '6000')]);
	assert.deepEqual(both.map((r) => r.status).sort(), [303, 409], both.map(show).join('\n'));
	f = await fund(cityFund);
	assert.ok(f.granted <= f.budget, `${f.granted} <= ${f.budget}`);
	assert.equal(f.granted, 9600050);

	// A revoked studio gets nothing.
	const c = await namedStudio(baseA, districtA);
	const { xml } = await fetchXml(`${APP}/app/studios/${c.sid}`, { as: city() });
	const version = await xpath(xml, 'string(/studio/@version)');
	res = await postForm(city(), `/app/studios/${c.sid}/transition`, { action: 'revoke', version,
		basis: 'violation', reason: '弄虚作假。', document: `长工发〔${YEAR}〕99号` });
	assert.equal(res.status, 303, show(res));
	res = await grant(city(), cityFund, c.sid, '1');
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /已被取消命名/);
});

test('spending: by the base union, never past the grant; a reversal restores the balance', async () => {
	let res = await spend(districtA, a.sid, grantA, '100');
	assert.equal(res.status, 403, show(res));
	res = await spend(baseA, a.sid, grantA, '25000.50');
	assert.equal(res.status, 303, show(res));
	res = await spend(baseA, a.sid, grantA, '12000', { purpose: 'training', description: '技能培训' });
	assert.equal(res.status, 303, show(res));
	res = await spend(baseA, a.sid, grantA, '1', { purpose: 'other' });
	assert.equal(res.status, 400, show(res));
	assert.match(res.body, /field="purpose-text"/);
	let s = await funding(a.sid, baseA);
	assert.equal(s.spent, 3700050);
	// Past the grant (60,000 granted, 5,000 more from the top-up on its own grant).
	res = await spend(baseA, a.sid, grantA, '23000');
	assert.equal(res.status, 409, show(res));
	assert.match(res.body, /超出补助金额/);
	// A grant of another studio is not this one's.
	const other = await xpath((await fund(cityFund)).xml, `string(/fund/grants/grant[@studio='${b.sid}']/@id)`);
	res = await spend(baseA, a.sid, other, '1');
	assert.equal(res.status, 400, show(res));

	// The training entry was wrong: reversed, then entered again.
	const wrong = await xpath(s.xml, "string(/funding/grants/grant/spending[@purpose='training']/@id)");
	res = await postXml(baseA, `/app/studios/${a.sid}/funding`, { action: 'reverse', spending: wrong,
		description: '金额录入有误' });
	assert.equal(res.status, 303, show(res));
	s = await funding(a.sid, baseA);
	assert.equal(s.spent, 2500050);
	assert.match(s.xml, new RegExp(`reverses="${wrong}"`));
	res = await postXml(baseA, `/app/studios/${a.sid}/funding`, { action: 'reverse', spending: wrong,
		description: '再次冲销' });
	assert.equal(res.status, 409, show(res));
	const reversal = await xpath(s.xml, `string(/funding/grants/grant/spending[@reverses='${wrong}']/@id)`);
	res = await postXml(baseA, `/app/studios/${a.sid}/funding`, { action: 'reverse', spending: reversal,
		description: '冲销冲销' });
	assert.equal(res.status, 409, show(res));
	res = await spend(baseA, a.sid, grantA, '10000', { purpose: 'training', description: '技能培训（三期）' });
	assert.equal(res.status, 303, show(res));

	// Two entries at the same moment for the rest of the grant: one passes.
	s = await funding(a.sid, baseA);
	const rest = 6000000 - 3500050;
	const half = ((rest / 100) * 0.6).toFixed(2);
	const both = await Promise.all([spend(baseA, a.sid, grantA, half), spend(baseA, a.sid, grantA, half)]);
	assert.deepEqual(both.map((r) => r.status).sort(), [303, 409], both.map(show).join('\n'));

	// Another district sees neither the studio's funding nor its grants.
	await fetchXml(`${APP}/app/studios/${a.sid}/funding`, { as: districtB, expect: 404 });
});

test('a spending entry with its PDF voucher: stored with it, downloaded by those who see it', async () => {
	const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
	const fields = { action: 'spend', grant: grantA, purpose: 'invention', amount: '0.50',
		'spent-on': '2026-06-12', description: '专利申请费' };
	const parts = Object.entries(fields).map(([name, value]) => ({ name, value }));
	// Not a PDF, JPEG or PNG: refused with nothing stored.
	const before = (await funding(a.sid, baseA)).spent;
	let res = await postMultipart(baseA, `/app/studios/${a.sid}/funding`, [...parts,
		{ name: 'file', filename: '发票.pdf', type: 'application/pdf', data: Buffer.from('MZ\x90\x00not a pdf') }],
		{ query: 'format=xml' });
	assert.equal(res.status, 400, show(res));
	assert.equal((await funding(a.sid, baseA)).spent, before);
	res = await postMultipart(baseA, `/app/studios/${a.sid}/funding`, [...parts,
		{ name: 'file', filename: '发票.pdf', type: 'application/pdf', data: pdf }], { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	const s = await funding(a.sid, baseA);
	assert.equal(s.spent, before + 50);
	const href = await xpath(s.xml, "string(/funding/grants/grant/spending[@purpose='invention']/attachments/attachment/@href)");
	assert.match(href, /^\/app\/attachments\/\d+$/);
	assert.doesNotMatch(s.xml, /_attachments|[0-9a-f]{64}/);
	const got = await curl(`${APP}${href}`, { as: districtA });
	assert.equal(got.status, 200, show(got));
	assert.equal(got.headers['content-type'], 'application/pdf');
	const other = await curl(`${APP}${href}`, { as: districtB });
	assert.equal(other.status, 403, show(other));
});

test('the sums agree on every page and in the CSV, to the fen', async () => {
	const s = await funding(a.sid, city());
	const entries = (await xpath(s.xml, '/funding/grants/grant/spending/@amount')).match(/-?\d+/g).map(Number);
	assert.equal(entries.reduce((x, y) => x + y, 0), s.spent);
	const byPurpose = (await xpath(s.xml, '/funding/purposes/purpose/@spent')).match(/-?\d+/g).map(Number);
	assert.equal(byPurpose.reduce((x, y) => x + y, 0), s.spent);
	assert.equal(s.granted - s.spent, s.balance);

	const f = await fund(cityFund);
	const grants = (await xpath(f.xml, '/fund/grants/grant/@amount')).match(/\d+/g).map(Number);
	assert.equal(grants.reduce((x, y) => x + y, 0), f.granted);
	const districts = (await xpath(f.xml, '/fund/districts/district/@granted')).match(/\d+/g).map(Number);
	assert.equal(districts.reduce((x, y) => x + y, 0), f.granted);

	const { xml } = await fetchXml(`${APP}/app/reports/funding?year=${YEAR}`, { as: city() });
	const [granted, spent] = (await xpaths(xml, ['/funding-report/@granted', '/funding-report/@spent'])).map(Number);
	const units = (await xpath(xml, '/funding-report/unit/@granted')).match(/\d+/g).map(Number);
	assert.equal(units.reduce((x, y) => x + y, 0), granted);
	const purposes = (await xpath(xml, '/funding-report/purposes/purpose/@spent')).match(/-?\d+/g).map(Number);
	assert.equal(purposes.reduce((x, y) => x + y, 0), spent);
	// The district's report holds its own union only.
	const { xml: mine } = await fetchXml(`${APP}/app/reports/funding?year=${YEAR}`, { as: districtA });
	assert.equal(await xpath(mine, 'count(/funding-report/unit)'), '1');

	// The fund list's CSV carries the same figures.
	const csv = await curl(`${APP}/app/funds?year=${YEAR}&format=csv`, { as: city() });
	assert.equal(csv.status, 200, show(csv));
	const line = csv.body.split('\n').find((l) => l.includes(`${YEAR}年度长春市职工创新补助资金${RUN}`));
	assert.ok(line, csv.body);
	const yuan = (fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
	assert.ok(line.includes(yuan(f.granted)) && line.includes(yuan(f.budget)), line);
	const report = await curl(`${APP}/app/reports/funding?year=${YEAR}&format=csv`, { as: city() });
	assert.equal(report.status, 200, show(report));
	// A fund's grants and a studio's spending as CSV: the totals lines.
	const lastLine = (body) => body.trim().split('\r\n').pop().split(',');
	const fcsv = await curl(`${APP}/app/funds/${cityFund}?format=csv`, { as: city() });
	assert.equal(fcsv.status, 200, show(fcsv));
	assert.equal(lastLine(fcsv.body).at(-2), yuan(f.granted), fcsv.body);
	const scsv = await curl(`${APP}/app/studios/${a.sid}/funding?format=csv`, { as: city() });
	assert.equal(scsv.status, 200, show(scsv));
	assert.equal(lastLine(scsv.body).at(-1), yuan(s.spent), scsv.body);
	assert.equal(scsv.body.trim().split('\r\n').length - 2, entries.length);
});
