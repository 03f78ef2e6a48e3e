// The subsidy ledger's pages in Chromium, made from the sample documents
// of tests/fixtures/xml by xsltproc with the parameters check.sh passes
// (the static files read from xslt/static): the funds, a fund, a studio's
// funding and the year's funding report on a desktop and on a 390 px phone
// (no sideways scrolling), their forms, the amounts as 1,234.50 adding up
// to the fen, the report printed on A4 landscape and the funding page on
// A4 (pages counted, nothing wider than the page), the dossier's funding
// section (and the dossier printed) and the subsidy beside the
// assessment item on its use.
// Screenshots go to $SHOTS.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { ROOT, must } from '../e2e/lib.mjs';
import { launch, overflowing, pdfInfo, pdfText, renderSample, withPage } from './lib.mjs';

const SHOTS = process.env.SHOTS || '/tmp/studio-funding';
const XSLT = path.join(ROOT, 'xslt');
const FIXTURES = path.join(ROOT, 'tests/fixtures/xml');
const MM = 96 / 25.4;

let browser;

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await launch();
});
after(async () => {
	await browser?.close();
});


const render = async (sheet, fixture, format, pathParam) =>
	(await renderSample({ dir: SHOTS, sheet, fixture, format, path: pathParam })).url;

/*
 * Print sheet over fixture to PDF on A4 (the page size its own CSS asks
 * for); the content must fit the width of the paper less $margin mm a
 * side.  Returns its pages, text and size.
 */
async function printPage(sheet, fixture, pathParam, { landscape, margin }) {
	const url = await render(sheet, fixture, 'print', pathParam);
	const name = fixture.replace(/\.xml$/, '');
	const file = path.join(SHOTS, `${name}.pdf`);
	const width = Math.floor(((landscape ? 297 : 210) - 2 * margin) * MM);
	await withPage(browser, url, { width, height: 1000 }, async (page) => {
		await page.emulateMedia({ media: 'print' });
		const bad = await overflowing(page, width);
		assert.deepEqual(bad, [], `${fixture}: nothing wider than the printed page`);
		const sw = await page.evaluate(() => document.scrollingElement.scrollWidth);
		assert.ok(sw <= width, `${fixture}: page ${sw} px wide, paper ${width} px`);
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
	});
	const info = await pdfInfo(file);
	await must('pdftoppm', ['-png', '-r', '60', file, path.join(SHOTS, name)]);
	return { ...info, text: await pdfText(file) };
}

const PAGES = [
	['funds.xsl', 'funds.xml', '/app/funds'],
	['fund.xsl', 'fund.xml', '/app/funds/1'],
	['funding.xsl', 'funding.xml', '/app/studios/15/funding'],
	['funding-report.xsl', 'funding-report.xml', '/app/reports/funding'],
	['dossier.xsl', 'dossier-funding.xml', '/app/studios/19/dossier'],
];

for (const [sheet, fixture, p] of PAGES) {
	test(`${fixture} reads on a desktop and on a phone without sideways scrolling`, async () => {
		const url = await render(sheet, fixture, 'html', p);
		const name = fixture.replace(/\.xml$/, '');
		for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }],
			['phone', { width: 390, height: 844 }]]) {
			await withPage(browser, url, viewport, async (page) => {
				const [sw, iw] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
				assert.ok(sw <= iw, `${fixture} on a ${label}: ${sw} px wide in ${iw}`);
				await page.screenshot({ path: path.join(SHOTS, `${name}-${label}.png`), fullPage: true });
			});
		}
	});
}

/* What a page holds: its forms (action, enctype, fields) and its text. */
async function read(sheet, fixture, p) {
	const url = await render(sheet, fixture, 'html', p);
	let r;
	await withPage(browser, url, { width: 1280, height: 900 }, async (page) => {
		r = await page.evaluate(() => ({
			forms: [...document.querySelectorAll('form[method="post"]')].map((f) => ({
				action: f.getAttribute('action'),
				enctype: f.getAttribute('enctype') ?? '',
				submit: f.querySelector('button[name="action"]')?.value ?? '',
				fields: [...f.querySelectorAll('[name]')].map((i) => i.name),
			})),
			text: document.body.innerText,
			money: [...document.querySelectorAll('td.money')].map((td) => td.textContent.trim()),
		}));
	});
	return r;
}

test('the funds: the table in 元, the totals adding up, the form of a new fund', async () => {
	const r = await read('funds.xsl', 'funds.xml', '/app/funds');
	for (const s of ['500,000.00', '120,000.00', '35,000.50', '380,000.00', '10,000.00',
		'510,000.00', '390,000.00', '导出CSV'])
		assert.ok(r.text.includes(s), `the funds page shows ${s}`);
	assert.equal(r.forms.length, 1);
	assert.equal(r.forms[0].action, '/app/funds');
	assert.equal(r.forms[0].submit, 'create');
	for (const n of ['csrf', 'year', 'title', 'budget', 'document', 'decided-on'])
		assert.ok(r.forms[0].fields.includes(n), `create form has ${n}`);
});

test('a fund: by district, the grants linked to the studios, the grant form', async () => {
	const url = await render('fund.xsl', 'fund.xml', 'html', '/app/funds/1');
	await withPage(browser, url, { width: 1280, height: 900 }, async (page) => {
		const links = await page.$$eval('a[href$="/funding"]', (as) => as.map((a) => a.getAttribute('href')));
		assert.deepEqual(links, ['/app/studios/15/funding', '/app/studios/16/funding', '/app/studios/17/funding']);
		const text = await page.evaluate(() => document.body.innerText);
		for (const s of ['南关区总工会', '二道区总工会', '80,000.00', '40,000.00', '44,999.50',
			'命名后支持', '重要科研课题', '汽车车身激光焊接工艺研究', '¥380,000.00'])
			assert.ok(text.includes(s), `the fund's page shows ${s}`);
		const form = await page.$eval('form[method="post"]', (f) => ({
			action: f.getAttribute('action'),
			fields: [...f.querySelectorAll('[name]')].map((i) => i.name),
			studios: [...f.querySelectorAll('select[name="studio"] option')].map((o) => o.textContent),
			basis: [...f.querySelectorAll('select[name="basis"] option')].map((o) => o.value),
		}));
		assert.equal(form.action, '/app/funds/1');
		for (const n of ['csrf', 'version', 'studio', 'amount', 'basis', 'basis-text', 'project',
			'document', 'decided-on', 'action'])
			assert.ok(form.fields.includes(n), `grant form has ${n}`);
		assert.ok(form.studios.some((s) => s.includes('长工创命〔2025〕015号') && s.includes('燃气管网智能巡检创新工作室')),
			'a studio shown by number and name');
		assert.deepEqual(form.basis, ['', 'naming', 'research', 'key-support', 'top-up', 'other']);
	});
});

test('a studio\'s funding: spending by purpose, reversals, vouchers, the three forms', async () => {
	const r = await read('funding.xsl', 'funding.xml', '/app/studios/15/funding');
	for (const s of ['¥50,000.00', '¥35,000.50', '¥14,999.50', '设施设备提升', '技能培训',
		'-12,000.00', '冲销第 8 号', '已冲销', '发票.pdf', '燃气管网泄漏智能监测技术研究', '省级'])
		assert.ok(r.text.includes(s), `the funding page shows ${s}`);
	const spend = r.forms.find((f) => f.submit === 'spend');
	assert.ok(spend, 'a spending form');
	assert.equal(spend.enctype, 'multipart/form-data');
	for (const n of ['csrf', 'grant', 'purpose', 'purpose-text', 'amount', 'spent-on', 'description', 'file'])
		assert.ok(spend.fields.includes(n), `spending form has ${n}`);
	// entries 7 and 10 may be reversed; 8 is reversed already, 9 is a reversal
	const reverse = r.forms.filter((f) => f.submit === 'reverse');
	assert.equal(reverse.length, 2, 'a reversal form per entry not yet reversed');
	for (const f of reverse)
		for (const n of ['csrf', 'spending', 'description'])
			assert.ok(f.fields.includes(n), `reversal form has ${n}`);
	const project = r.forms.find((f) => f.submit === 'project');
	for (const n of ['csrf', 'title', 'level', 'source', 'start-on', 'end-on', 'important'])
		assert.ok(project?.fields.includes(n), `project form has ${n}`);
	for (const f of r.forms)
		assert.equal(f.action, '/app/studios/15/funding');

	const url = await render('funding.xsl', 'funding.xml', 'html', '/app/studios/15/funding');
	await withPage(browser, url, { width: 1280, height: 900 }, async (page) => {
		assert.equal(await page.$eval('a[href="/app/attachments/3"]', (a) => a.textContent), '发票.pdf');
		const struck = await page.$eval('#spending-8 td.money', (td) => getComputedStyle(td).textDecorationLine);
		assert.equal(struck, 'line-through', 'the reversed entry is struck through');
		assert.equal(await page.$eval('input[type="file"]', (i) => i.accept), '.pdf,.jpg,.jpeg,.png,.ofd');
	});
});

test('the report: per auditing union, the totals row as the sums of the rows', async () => {
	const url = await render('funding-report.xsl', 'funding-report.xml', 'html', '/app/reports/funding');
	await withPage(browser, url, { width: 1280, height: 900 }, async (page) => {
		const rows = await page.$$eval('#table-3 tbody tr, #table-3 tfoot tr', (trs) =>
			trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
		assert.equal(rows.length, 3);
		const fen = (s) => Number(s.replace(/[,.]/g, ''));
		const [a, b, total] = rows;
		assert.equal(total[0], '合计');
		for (let i = 1; i < 6; i++)
			assert.equal(fen(a[i]) + fen(b[i]), fen(total[i]), `column ${i} adds up: ${a[i]} + ${b[i]} = ${total[i]}`);
		assert.deepEqual(total.slice(1, 6), ['3', '3', '120,000.00', '35,000.50', '84,999.50']);
		// by purpose and union: each row adds up to its union's spending
		const cross = await page.$$eval('#table-5 tbody tr, #table-5 tfoot tr', (trs) =>
			trs.map((tr) => [...tr.children].slice(1).map((c) => c.textContent.trim())));
		for (const r of cross)
			assert.equal(r.slice(0, -1).reduce((x, v) => x + fen(v), 0), fen(r.at(-1)), r.join(' '));
		assert.deepEqual(await page.$$eval('select[name="year"] option', (os) => os.map((o) => o.value)), ['2026', '2025']);
		assert.equal(await page.$$eval('svg.report-chart', (s) => s.length), 2, 'two charts');
	});
	const csv = await must('xsltproc', [path.join(XSLT, 'funding-report.csv.xsl'), path.join(FIXTURES, 'funding-report.xml')]);
	const t3 = csv.split('\r\n\r\n').find((b) => b.startsWith('表3')).trimEnd().split('\r\n').map((l) => l.split(','));
	assert.equal(t3.length, 5);
	const [, , x, y, t] = t3;
	for (let i = 1; i < t.length; i++)
		assert.equal(Math.round(Number(x[i]) * 100) + Math.round(Number(y[i]) * 100), Math.round(Number(t[i]) * 100),
			`CSV column ${i} adds up`);
	assert.deepEqual(t, ['合计', '3', '3', '120000.00', '35000.50', '84999.50']);
});

test('the report prints on A4 portrait as a report, nothing cut off', async () => {
	const { pages, width, height, text } = await printPage('funding-report.xsl', 'funding-report.xml',
		'/app/reports/funding', { landscape: false, margin: 18 });
	assert.ok(pages >= 2 && pages <= 4, `${pages} pages`);
	assert.ok(Math.abs(width - 595) < 3 && Math.abs(height - 842) < 3, `A4 portrait: ${width}x${height}`);
	for (const s of ['2026年度补助资金使用情况报告', '长春市总工会', '南关区总工会', '二道区总工会', '合计',
		'120,000.00', '35,000.50', '84,999.50', '设施设备提升', '技能培训', '表1', '表5', '图1', '图2'])
		assert.ok(text.includes(s), `the printed report holds ${s}`);
	assert.match(text.replace(/\s/g, ''), new RegExp(`第1页共${pages}页`), 'page numbers at the foot');
	assert.ok(!/导出CSV|查看/.test(text), 'no tools or forms in print');
});

test('a studio\'s funding prints on A4 portrait, nothing cut off, without its forms', async () => {
	const { pages, width, height, text } = await printPage('funding.xsl', 'funding.xml',
		'/app/studios/15/funding', { landscape: false, margin: 18 });
	assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
	assert.ok(Math.abs(width - 595) < 3 && Math.abs(height - 842) < 3, `A4 portrait: ${width}x${height}`);
	for (const s of ['职工创新工作室补助资金使用情况', '燃气管网智能巡检创新工作室', '¥50,000.00',
		'¥35,000.50', '¥14,999.50', '-12,000.00', '发票.pdf', '购置管网巡检无人机一台'])
		assert.ok(text.includes(s), `the printed funding holds ${s}`);
	assert.ok(!/登记资金使用|登记科研课题|冲销此记录|冲销原因/.test(text), 'no forms in print');
});

test('the dossier with its funding prints on A4 portrait, nothing cut off', async () => {
	const { pages, width, height, text } = await printPage('dossier.xsl', 'dossier-funding.xml',
		'/app/studios/19/dossier', { landscape: false, margin: 18 });
	assert.ok(pages >= 2 && pages <= 8, `${pages} pages`);
	assert.ok(Math.abs(width - 595) < 3 && Math.abs(height - 842) < 3, `A4 portrait: ${width}x${height}`);
	for (const s of ['八、补助资金', '¥14,999.50', '购置管网巡检无人机一台', '十三、审计记录'])
		assert.ok(text.includes(s), `the printed dossier holds ${s}`);
	assert.ok(!/冲销此记录|冲销原因/.test(text), 'no forms in print');
});

test('the dossier shows the funding; the assessment sheet the subsidy beside its item', async () => {
	const d = await read('dossier.xsl', 'dossier-funding.xml', '/app/studios/19/dossier');
	assert.equal(d.forms.length, 0, 'no forms in the dossier');
	for (const s of ['八、补助资金', '十三、审计记录', '¥50,000.00', '¥14,999.50', '购置管网巡检无人机一台', '冲销第 8 号'])
		assert.ok(d.text.includes(s), `the dossier shows ${s}`);
	const url = await render('assessment.xsl', 'assessment-limits.xml', 'html', '/app/studios/15/assessments/2026');
	await withPage(browser, url, { width: 1280, height: 900 }, async (page) => {
		const row = await page.$eval('.item-subsidy', (s) => s.closest('tr').querySelector('.item-title').textContent);
		assert.equal(row, '补助资金使用');
		assert.match(await page.$eval('.item-subsidy', (s) => s.textContent), /本年度获得补助 50,000\.00 元，已使用 35,000\.50 元/);
	});
	const print = await render('assessment.xsl', 'assessment-limits.xml', 'print', '/app/studios/15/assessments/2026');
	await withPage(browser, print, { width: 1000, height: 900 }, async (page) => {
		assert.match(await page.evaluate(() => document.body.innerText), /本年度获得补助 50,000\.00 元，已使用 35,000\.50 元/);
	});
});
