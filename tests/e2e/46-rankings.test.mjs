// The year's rankings.  Studios of two auditing unions (金融工会 and
// 交通运输工会, which no other test file uses) are named, assessed in a
// year of this file's own and filed; one union's filing is acknowledged,
// the other's not; one studio has an achievement published and taken up,
// one a grant of the year's fund spent, one a leader trained.  The ranks
// expected are computed here, in JavaScript, from the assessment list
// (not from the ranking's SQL): ties share a rank (1, 2, 2, 4) and are
// shown in the stated order; a union sees only its subtree; every
// document validates; the CSV starts with a BOM and its sums are the
// page's; a year of other unions' unfiled sheets says it is incomplete,
// and a year without data is an empty ranking, not an error.
//
// The API dates what it records today (publishing, adopting, a
// training's attendance), so those rows are moved into the ranked year
// with SQL, as if the year were this one.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, attrs, city, created, curl, fetchXml, namedStudio, page, postForm, postXml, show, sql,
	unescapeXml, unit, unitId, xpath, xpaths
} from './lib.mjs';

const baseX = unit('2201900601');	// under 长春市金融工会
const unionX = unit('22019006');
const baseY = unit('2201900401');	// under 长春市交通运输工会
const unionY = unit('22019004');
// A year of this run's own, far ahead (other files use 2027 to 2040).
const YEAR = 2110 + Math.floor(Date.now() / 1000) % 80;
const RUN = Date.now().toString(36).slice(-5);

/* ------------------------------------------------------ the assessment */

async function schemeXml(year) {
	return (await fetchXml(`${APP}/app/assessments/schemes/${year}`, { as: city() })).xml;
}

/* The year's scheme, a copy of the nearest, without caps on 优秀, opened. */
async function openYear(year) {
	let res = await postXml(city(), `/app/assessments/schemes/${year}`, { action: 'create' });
	assert.equal(res.status, 303, show(res));
	let xml = await schemeXml(year);
	const [version, title, exc, pass, eligible, deadline, n] = await xpaths(xml, [
		'/scheme/@version', '/scheme/title', '/scheme/@excellent-min', '/scheme/@pass-min',
		'/scheme/@eligible-before', '/scheme/@deadline', 'count(/scheme/items/item)']);
	const f = { action: 'save', version, title, 'excellent-min': exc, 'pass-min': pass,
		'excellent-cap': '', 'excellent-cap-unit': '', 'eligible-before': eligible, deadline };
	for (let i = 1; i <= Number(n); i++) {
		const [code, t, criteria, max] = await xpaths(xml, [`/scheme/items/item[${i}]/@code`,
			`/scheme/items/item[${i}]/title`, `/scheme/items/item[${i}]/criteria`,
			`/scheme/items/item[${i}]/@max`]);
		Object.assign(f, { [`item.${i}.code`]: code, [`item.${i}.title`]: t,
			[`item.${i}.criteria`]: criteria, [`item.${i}.max`]: max });
	}
	res = await postXml(city(), `/app/assessments/schemes/${year}`, f);
	assert.equal(res.status, 303, show(res));
	xml = await schemeXml(year);
	res = await postXml(city(), `/app/assessments/schemes/${year}`,
		{ action: 'open', version: await xpath(xml, 'string(/scheme/@version)') });
	assert.equal(res.status, 303, show(res));
}

const sheetUrl = (sid) => `/app/studios/${sid}/assessments/${YEAR}`;

async function sheet(sid, as) {
	const { xml } = await fetchXml(`${APP}${sheetUrl(sid)}`, { as });
	const [stage, version, n] = await xpaths(xml, ['/assessment/@stage', '/assessment/@version',
		'count(/assessment/items/item)']);
	const items = [];
	for (let i = 1; i <= Number(n); i++) {
		const [code, max] = await xpaths(xml, [`/assessment/items/item[${i}]/@code`,
			`/assessment/items/item[${i}]/@max`]);
		items.push({ code, max: Number(max) });
	}
	return { stage, version, items };
}

function scores(items, kind, share) {
	return Object.fromEntries(items.map((it) => [`${kind}.${it.code}`, String(Math.floor(it.max * share))]));
}

/* The base union's self-check, then the auditing union's scores. */
async function assess(sid, owner, auditor, share) {
	let s = await sheet(sid, owner);
	if (s.stage === 'self') {
		const res = await postXml(owner, sheetUrl(sid), { action: 'submit', version: s.version,
			summary: '本年度完成技术攻关两项。', 'venue-area': '80', staff: '9', funds: '8000',
			equipment: '检测仪器五台套', 'activity-hours': '300', ...scores(s.items, 'self', 0.9) });
		assert.equal(res.status, 303, show(res));
		s = await sheet(sid, auditor);
	}
	const res = await postXml(auditor, sheetUrl(sid), { action: 'score', version: s.version,
		opinion: '核实无误。', ...scores(s.items, 'audit', share) });
	assert.equal(res.status, 303, show(res));
}

/* Every sheet of the union's still open scored (at a half), then filed. */
async function fileAll(auditor, owner, scored) {
	const list = await allSheets(auditor);
	for (const a of list)
		if (!scored.has(a.studio) && (a.stage === 'self' || a.stage === 'submitted'))
			await assess(a.studio, owner, auditor, 0.5);
	const res = await postXml(auditor, `/app/assessments/filings/${YEAR}`, { action: 'file' });
	assert.equal(res.status, 303, show(res));
}

/* The year's sheets a unit sees, every page: [{ studio, stage, total, grade, unit }]. */
async function allSheets(as, district = '') {
	const out = [];
	for (let p = 1; ; p++) {
		const { xml } = await fetchXml(`${APP}/app/assessments?year=${YEAR}&district=${district}&page=${p}`, { as });
		for (const m of xml.matchAll(/<assessment\b([^>]*)>([\s\S]*?)<\/assessment>/g)) {
			const a = attrs(m[1]);
			const au = /<auditing-unit id="(\d+)"/.exec(m[2]);
			out.push({ studio: a.studio, stage: a.stage, total: a['audit-total'] === '' ? null : Number(a['audit-total']),
				grade: a.grade || a['proposed-grade'], unit: au ? au[1] : '' });
		}
		const pages = Number(await xpath(xml, 'string(/assessments/@pages)'));
		if (p >= pages)
			return out;
	}
}

/* Standard competition ranks of values, largest first: 1, 2, 2, 4. */
function competitionRanks(values) {
	const sorted = [...values].sort((a, b) => b - a);
	return values.map((v) => sorted.indexOf(v) + 1);
}

/* ------------------------------------------------------- the rankings */

/* Every row of the studios' ranking, page by page: [{ id, rank, score, ... }]. */
async function ranking(as, query = '') {
	const rows = [];
	let root;
	for (let p = 1; ; p++) {
		const { xml } = await fetchXml(`${APP}/app/rankings/studios?year=${YEAR}${query}&page=${p}`, { as });
		root = attrs(/<studio-ranking\b([^>]*)>/.exec(xml)[1]);
		root.totals = attrs(/<totals\b([^>]*)\/>/.exec(xml)[1]);
		for (const m of xml.matchAll(/<studio\b([^>]*)>\s*<name>([^<]*)<\/name>/g))
			rows.push({ ...attrs(m[1]), name: unescapeXml(m[2]) });
		if (p >= Number(root.pages))
			return { root, rows };
	}
}

async function unitsRanking(as, query = '') {
	const { xml } = await fetchXml(`${APP}/app/rankings/units?year=${YEAR}${query}`, { as });
	const root = attrs(/<unit-ranking\b([^>]*)>/.exec(xml)[1]);
	const totals = attrs(/<totals\b([^>]*)\/>/.exec(xml)[1]);
	const rows = [...xml.matchAll(/<unit\b([^>]*)>\s*<name>([^<]*)<\/name>/g)].map((m) =>
		({ ...attrs(m[1]), name: unescapeXml(m[2]) }));
	return { xml, root, totals, rows };
}

/* A CSV of the reviewers' site: its bytes, and its lines split into fields. */
async function csv(as, url) {
	const res = await curl(`${APP}${url}`, { as });
	assert.equal(res.status, 200, show(res));
	assert.match(res.headers['content-type'] ?? '', /^text\/csv; charset=utf-8/);
	assert.ok(res.body.startsWith('\ufeff'), 'the CSV starts with the byte order mark');
	const lines = res.body.slice(1).split('\r\n').filter((l) => l !== '');
	return lines.map((l) => {
		const f = [];
		for (const m of l.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
			f.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
			if (m[2] === '')
				break;
		}
		return f;
	});
}

const fen = (yuan) => Math.round(Number(yuan) * 100);

let x = [], y, xId, yId;

test('studios of two unions assessed and filed in a year of their own', { timeout: 600_000 }, async () => {
	xId = String(await unitId(unionX.code));
	yId = String(await unitId(unionY.code));
	for (let i = 0; i < 4; i++)
		x.push(await namedStudio(baseX, unionX));
	y = await namedStudio(baseY, unionY);
	await openYear(YEAR);
	// Totals: x0 highest, x1 and x2 equal (a tie), x3 lowest; y with x1.
	const shares = [0.95, 0.8, 0.8, 0.65];
	for (let i = 0; i < 4; i++)
		await assess(x[i].sid, baseX, unionX, shares[i]);
	await assess(y.sid, baseY, unionY, 0.8);
	await fileAll(unionX, baseX, new Set(x.map((s) => s.sid)));
	await fileAll(unionY, baseY, new Set([y.sid]));
	// The city acknowledges 金融工会's filing (its grades confirmed), not the other's.
	const res = await postForm(city(), `/app/assessments/filings/${YEAR}`, { action: 'acknowledge', unit: xId });
	assert.equal(res.status, 303, show(res));
});

test('what else the year shows: an achievement taken up, a grant spent, a leader trained', { timeout: 300_000 }, async () => {
	// x2 (tied with x1) publishes an achievement that another unit takes up.
	const aid = created(await postXml(baseX, '/app/achievements', { action: 'create', studio: x[2].sid,
		title: `票据影像智能识别系统${RUN}`, kind: 'technical', form: 'improvement', problem: '人工录入票据慢、错误多。',
		benefits: '录入效率提高五倍。', year: '2026', people: '赵一、钱二' }), /^\/app\/achievements\/(\d+)$/);
	const state = async (as) => xpaths((await fetchXml(`${APP}/app/achievements/${aid}`, { as })).xml,
		['/achievement/@version']);
	let [v] = await state(baseX);
	let res = await postXml(baseX, `/app/achievements/${aid}`, { action: 'submit', version: v });
	assert.equal(res.status, 303, show(res));
	[v] = await state(unionX);
	res = await postXml(unionX, `/app/achievements/${aid}`, { action: 'publish', version: v, opinion: '同意发布。' });
	assert.equal(res.status, 303, show(res));
	[v] = await state(unionX);
	res = await postXml(unionX, `/app/achievements/${aid}`, { action: 'adopt', version: v, 'unit-name': '吉林银行股份有限公司',
		industry: 'J', region: '吉林省长春市', 'adopted-on': '2026-09-01', effect: '录入效率提高三倍。' });
	assert.equal(res.status, 303, show(res));

	// The city's fund of the year: a grant to x0 (12,345.67 spent of it) and one to y.
	const fund = created(await postXml(city(), '/app/funds', { action: 'create', year: String(YEAR),
		title: `职工创新补助资金${RUN}`, budget: '100000', document: `长工发〔${YEAR}〕${RUN}号`,
		'decided-on': '2026-03-01' }), /^\/app\/funds\/(\d+)$/);
	const grant = async (sid, amount) => {
		await postXml(city(), `/app/funds/${fund}`, { action: 'grant', studio: sid, amount, basis: 'naming',
			document: `长工发〔${YEAR}〕${RUN}号`, 'decided-on': '2026-05-01' }).then((r) =>
			assert.equal(r.status, 303, show(r)));
		const { xml } = await fetchXml(`${APP}/app/studios/${sid}/funding`, { as: city() });
		return xpath(xml, `string(/funding/grants/grant[last()]/@id)`);
	};
	const g0 = await grant(x[0].sid, '20000');
	await grant(y.sid, '5000');
	res = await postXml(baseX, `/app/studios/${x[0].sid}/funding`, { action: 'spend', grant: g0,
		purpose: 'equipment', amount: '12345.67', 'spent-on': '2026-06-10', description: '购置扫描设备一台' });
	assert.equal(res.status, 303, show(res));

	// 金融工会 trains x3's leader.
	const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
	const training = created(await postXml(unionX, '/app/trainings', { action: 'create',
		title: `领衔人培训班${RUN}`, 'starts-on': today, 'ends-on': today, place: '长春市职工服务中心',
		hours: '8' }), /^\/app\/trainings\/(\d+)$/);
	res = await postForm(unionX, `/app/trainings/${training}`, [['action', 'invite'], ['studio', x[3].sid]],
		{ query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	const tv = await xpath((await fetchXml(`${APP}/app/trainings/${training}`, { as: unionX })).xml,
		'string(/training/@version)');
	res = await postForm(unionX, `/app/trainings/${training}`, [['action', 'attend'], ['version', tv],
		['attended', x[3].sid]], { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));

	// Into the ranked year (see the head of this file).
	for (const q of [
		`UPDATE achievement SET published_at = '${YEAR}-04-01 10:00:00' WHERE id = ${Number(aid)}`,
		`UPDATE adoption SET adopted_on = '${YEAR}-09-01' WHERE achievement_id = ${Number(aid)}`,
		`UPDATE training SET starts_on = '${YEAR}-05-10', ends_on = '${YEAR}-05-10' WHERE id = ${Number(training)}`,
	]) {
		const r = await sql(q);
		assert.equal(r.code, 0, r.stderr);
	}
});

test('the studios ranked by their filed totals: ties share a rank, shown in the stated order', async () => {
	// Expected, from the assessment list: filed or confirmed sheets, largest total first.
	const sheets = (await allSheets(city())).filter((s) => s.stage === 'filed' || s.stage === 'confirmed');
	const want = new Map();
	const ranks = competitionRanks(sheets.map((s) => s.total));
	sheets.forEach((s, i) => want.set(s.studio, { rank: ranks[i], total: s.total, grade: s.grade, stage: s.stage }));

	const { root, rows } = await ranking(city());
	assert.equal(rows.length, sheets.length, 'every filed sheet, and only those, is ranked');
	for (const r of rows) {
		const w = want.get(r.id);
		assert.ok(w, `studio ${r.id} has a filed sheet`);
		assert.equal(Number(r.rank), w.rank, `rank of ${r.id}`);
		assert.equal(Number(r.score), w.total);
		assert.equal(r.grade, w.grade);
		assert.equal(r.stage, w.stage);
	}
	// Other unions' sheets of the year are not filed: incomplete, said so.
	assert.equal(root.state, 'incomplete');
	assert.equal(root.year, String(YEAR));
	assert.match(root['computed-at'], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);

	// Within 金融工会: 1, 2, 2, 4 for this run's four (earlier runs' studios scored lower);
	// of the tied pair the one with the achievement first.
	const { root: rx, rows: inX } = await ranking(city(), `&district=${xId}`);
	const mine = x.map((s) => inX.find((r) => r.id === s.sid));
	assert.deepEqual(mine.map((r) => Number(r.rank)), [1, 2, 2, 4]);
	assert.deepEqual(inX.slice(0, 4).map((r) => r.id), [x[0].sid, x[2].sid, x[1].sid, x[3].sid]);
	assert.equal(mine[2].achievements, '1');
	assert.equal(mine[2].adoptions, '1');
	assert.equal(mine[1].achievements, '0');
	assert.equal(mine[0].spent, String(fen('12345.67')));
	assert.equal(mine[0].stage, 'confirmed', 'the city acknowledged 金融工会');
	assert.equal(rx.state, 'incomplete', 'the city sees the other unions unfiled');
	// 交通运输工会's studio: filed, not confirmed.
	const ry = rows.find((r) => r.id === y.sid);
	assert.equal(ry.stage, 'filed');
	assert.equal(ry.rank, mine[1].rank, 'y ties with x1 city-wide');

	// The page states the rule and marks the tie.
	const html = (await page(`${APP}/app/rankings/studios?year=${YEAR}&district=${xId}`, { as: city() })).body;
	assert.match(html, /总分相同者名次相同/);
	assert.match(html, /当年发布成果多者在前/);
	assert.match(html, /（并列）/);
	assert.match(html, /报送尚不完整/);
	assert.ok(html.indexOf(x[2].name) < html.indexOf(x[1].name), 'x2 shown before x1');
});

test('a union sees only its subtree; its own filing complete', async () => {
	const { root, rows } = await ranking(unionX);
	assert.ok(rows.length >= 4);
	const mineX = new Set((await allSheets(unionX)).map((s) => s.studio));
	for (const r of rows)
		assert.ok(mineX.has(r.id), `studio ${r.id} is 金融工会's`);
	assert.ok(!rows.some((r) => r.id === y.sid));
	assert.equal(root.state, 'complete');
	assert.deepEqual(x.map((s) => Number(rows.find((r) => r.id === s.sid).rank)), [1, 2, 2, 4]);
	// Its view of another union is no view: the filter finds nothing.
	const { rows: other } = await ranking(unionX, `&district=${yId}`);
	assert.equal(other.length, 0);
	const { rows: ys } = await ranking(baseY);
	assert.deepEqual(ys.map((r) => r.id).filter((id) => id === y.sid), [y.sid]);
	assert.ok(!ys.some((r) => x.some((s) => s.sid === r.id)));
	// The unions' ranking: a union has its own row only, a base union the one above it.
	const u = await unitsRanking(unionX);
	assert.deepEqual(u.rows.map((r) => r.id), [xId]);
	const b = await unitsRanking(baseX);
	assert.deepEqual(b.rows.map((r) => r.id), [xId]);
});

test('the CSV: a BOM, every row, and its sums are the page\'s', async () => {
	const q = `&district=${xId}`;
	const lines = await csv(city(), `/app/rankings/studios?year=${YEAR}${q}&format=csv`);
	const { root, rows } = await ranking(city(), q);
	const head = lines[0];
	const body = lines.slice(1, -1);
	const total = lines[lines.length - 1];
	assert.equal(total[1], '合计');
	assert.equal(body.length, rows.length);
	const col = (name) => head.indexOf(name);
	const sum = (name, f = Number) => body.reduce((s, l) => s + f(l[col(name)]), 0);
	assert.equal(sum('当年成果'), Number(total[col('当年成果')]));
	assert.equal(sum('推广应用'), Number(total[col('推广应用')]));
	assert.equal(sum('补助支出（元）', fen), fen(total[col('补助支出（元）')]));
	assert.equal(sum('考核总分'), Number(total[col('考核总分')]));
	// ... and the page's totals (its XML and its HTML).
	assert.equal(Number(total[col('当年成果')]), Number(root.totals.achievements));
	assert.equal(fen(total[col('补助支出（元）')]), Number(root.totals.spent));
	assert.equal(body.map((l) => l[col('名次')]).join(), rows.map((r) => r.rank).join());
	const html = (await page(`${APP}/app/rankings/studios?year=${YEAR}${q}`, { as: city() })).body;
	const foot = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(html)[1];
	const yuan = (f) => `${Math.floor(f / 100).toLocaleString('en-US')}.${String(f % 100).padStart(2, '0')}`;
	assert.ok(foot.includes(yuan(Number(root.totals.spent))), `the totals row shows ${root.totals.spent} fen: ${foot}`);
	assert.ok(foot.includes(`>${root.totals.achievements}<`));

	// The unions' CSV: one line per union, its totals line adds up.
	const ul = await csv(city(), `/app/rankings/units?year=${YEAR}&format=csv`);
	const uh = ul[0];
	const ub = ul.slice(1, -1);
	const ut = ul[ul.length - 1];
	for (const name of ['考核表', '当年成果', '推广应用', '领衔人培训'])
		assert.equal(ub.reduce((s, l) => s + Number(l[uh.indexOf(name)]), 0), Number(ut[uh.indexOf(name)]), name);
	assert.equal(ub.reduce((s, l) => s + fen(l[uh.indexOf('补助发放（元）')]), 0), fen(ut[uh.indexOf('补助发放（元）')]));
});

test('the unions ranked on each column, sortable, with the method written', async () => {
	const { root, rows, totals } = await unitsRanking(city());
	assert.equal(root.sort, 'named');
	assert.equal(root.dir, 'desc');
	const ux = rows.find((r) => r.id === xId);
	const uy = rows.find((r) => r.id === yId);
	// 金融工会's figures, from what this file made and the assessment list.
	const sx = (await allSheets(city(), xId)).filter((s) => s.stage === 'filed' || s.stage === 'confirmed');
	assert.equal(Number(ux['filed-sheets']), sx.length);
	assert.equal(Number(ux.excellent), sx.filter((s) => s.grade === 'excellent').length);
	assert.equal(Number(ux.fail), sx.filter((s) => s.grade === 'fail').length);
	assert.ok(Number(ux['days-late']) < 0, 'filed before the deadline');
	assert.ok(ux['acknowledged-at']);
	assert.ok(!uy['acknowledged-at']);
	assert.equal(Number(ux.achievements), 1);
	assert.equal(Number(ux.adoptions), 1);
	assert.equal(Number(ux.granted), fen('20000'));
	assert.equal(Number(ux.spent), fen('12345.67'));
	assert.equal(Number(ux.trained), 1);
	assert.equal(Number(uy.granted), fen('5000'));
	const { xml: studios } = await fetchXml(`${APP}/app/studios?district=${xId}`, { as: city() });
	assert.equal(Number(ux['named-total']), Number(await xpath(studios, 'string(/studios/@total)')) -
		Number(await xpath(studios, 'count(/studios/studio[@status="revoked"])')));
	assert.equal(Number(totals.granted), rows.reduce((s, r) => s + Number(r.granted), 0));

	// Each column sorts; the ranks are competition ranks of its values.
	for (const [sort, dir, value] of [['spent', 'desc', (r) => Number(r.spent)],
		['achievements', 'desc', (r) => Number(r.achievements)], ['trained', 'asc', (r) => -Number(r.trained)]]) {
		const u = await unitsRanking(city(), `&sort=${sort}&dir=${dir}`);
		assert.equal(u.root.sort, sort);
		const vals = u.rows.map(value);
		assert.deepEqual(vals, [...vals].sort((a, b) => b - a), `${sort} ${dir}: in order`);
		assert.deepEqual(u.rows.map((r) => Number(r.rank)), competitionRanks(vals), `${sort}: ranks`);
	}
	const spentFirst = await unitsRanking(city(), '&sort=spent&dir=desc');
	assert.equal(spentFirst.rows[0].id, xId);
	// 优秀占比: a union without filed sheets has no rank in it, and comes last.
	const exc = await unitsRanking(city(), '&sort=excellent');
	const unfiled = exc.rows.filter((r) => r['filed-sheets'] === '0');
	assert.ok(unfiled.every((r) => r.rank === undefined));
	assert.deepEqual(exc.rows.slice(-unfiled.length).map((r) => r.id), unfiled.map((r) => r.id));

	const html = (await page(`${APP}/app/rankings/units?year=${YEAR}&sort=spent&dir=desc`, { as: city() })).body;
	assert.match(html, /排名方法/);
	assert.match(html, /href="\?year=\d+&amp;sort=spent&amp;dir=asc"/, 'the sorted column links the other way');
	assert.match(html, /href="\?year=\d+&amp;sort=fail&amp;dir=asc"/);
	assert.doesNotMatch(html, /<script(?! src="\/static\/print\.js")/);
	for (const bad of ['sort=x', 'dir=up', 'year=12'])
		assert.equal((await curl(`${APP}/app/rankings/units?${bad}`, { as: city() })).status, 400, bad);
	assert.equal((await curl(`${APP}/app/rankings/studios?industry=cc`, { as: city() })).status, 400);
});

test('a year without data is an empty ranking, not an error; printed and linked', async () => {
	for (const as of [city(), unionX, baseX]) {
		const { xml } = await fetchXml(`${APP}/app/rankings/studios?year=2199`, { as });
		const root = attrs(/<studio-ranking\b([^>]*)>/.exec(xml)[1]);
		const rows = [...xml.matchAll(/<studio /g)];
		assert.equal(root.state, 'none');
		assert.equal(root.total, '0');
		assert.equal(rows.length, 0);
		const u = await fetchXml(`${APP}/app/rankings/units?year=2199`, { as });
		assert.match(u.xml, /state="none"/);
	}
	const html = (await page(`${APP}/app/rankings/studios?year=2199`, { as: city() })).body;
	assert.match(html, /2199年度尚未制定考核方案，没有考核数据，排名为空/);
	const lines = await csv(city(), '/app/rankings/studios?year=2199&format=csv');
	assert.equal(lines.length, 2, 'the head and the totals line');
	const print = (await page(`${APP}/app/rankings/units?year=${YEAR}&format=print`, { as: city() })).body;
	assert.match(print, new RegExp(`${YEAR}年度各审核单位职工创新工作室工作情况排名表`));
	assert.doesNotMatch(print, /class="site-nav"|<form/);
	// Linked from the navigation and the dashboard.
	const home = (await page(`${APP}/app/`, { as: unionX })).body;
	assert.match(home, /href="\/app\/rankings\/studios"/);
	assert.match(home, /href="\/app\/rankings\/units"/);
});
