// The annual assessment sheet in Chromium, made from the sample documents
// of tests/fixtures/xml by xsltproc with the parameters check.sh passes
// (the static files read from xslt/static): the printed 考核表 on A4 (its
// pages counted, nothing wider than the page), the page on a desktop and
// on a 390 px phone (no sideways scrolling), the base union's form and the
// city's, the list, the scheme and the filings. Screenshots go to $SHOTS.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { must } from '../e2e/lib.mjs';
import { launch, overflowing, pdfInfo, pdfText, renderSample, withPage } from './lib.mjs';

const SHOTS = process.env.SHOTS || '/tmp/studio-assessment';
// A4 less the margins of assessment-print.css (15 mm each side), in CSS px
const PAGE_PX = Math.floor((210 - 30) * 96 / 25.4);

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

/* Print the sheet of fixture to PDF on A4; returns its pages and text. */
async function printSheet(fixture) {
	const url = await render('assessment.xsl', fixture, 'print', '/app/studios/15/assessments/2026');
	const name = fixture.replace(/\.xml$/, '');
	const file = path.join(SHOTS, `${name}.pdf`);
	await withPage(browser, url, { width: PAGE_PX, height: 1000 }, async (page) => {
		await page.emulateMedia({ media: 'print' });
		const bad = await overflowing(page, PAGE_PX);
		assert.deepEqual(bad, [], `${fixture}: nothing wider than the printed page`);
		const sw = await page.evaluate(() => document.scrollingElement.scrollWidth);
		assert.ok(sw <= PAGE_PX, `${fixture}: page ${sw} px wide, paper ${PAGE_PX} px`);
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
	});
	const info = await pdfInfo(file);
	assert.ok(Math.abs(info.width - 595) < 3 && Math.abs(info.height - 842) < 3, `A4: ${info.width}x${info.height}`);
	await must('pdftoppm', ['-png', '-r', '60', file, path.join(SHOTS, name)]);
	return { pages: info.pages, text: await pdfText(file) };
}

test('the printed sheet is one A4 page with every part of the paper form', async () => {
	const { pages, text } = await printSheet('assessment.xml');
	assert.equal(pages, 1, 'one page');
	for (const part of ['2026年度长春市职工创新工作室考核表', '燃气管网智能巡检创新工作室',
		'长工创命〔2025〕015号', '南关区总工会', '分值', '自评分', '考核评分', '合计', '86', '91',
		'基本条件保持', '场地保障', '120m²', '12500.00元', '480小时', '所在单位工会意见',
		'审核单位考核意见', '市总工会确认意见', '工会公章', '工作扎实，成效明显，建议评为优秀。'])
		assert.ok(text.includes(part), `the printed sheet holds ${part}`);
	assert.ok(!/提交评分|导出XML|退回理由/.test(text), 'no forms or tools in print');
});

test('a sheet with every text at its longest prints on at most six A4 pages, nothing cut off', async () => {
	const { pages, text } = await printSheet('assessment-limits.xml');
	assert.ok(pages >= 1 && pages <= 6, `${pages} pages`);
	for (const part of ['档案资料', '99999999.99元', '市总工会确认意见', '确认等次：优秀'])
		assert.ok(text.includes(part), `the printed sheet holds ${part}`);
});

for (const [fixture, what] of [['assessment.xml', 'the auditing union\'s score form'],
	['assessment-self.xml', 'the base union\'s self-check form'],
	['assessment-city.xml', 'the city\'s forms']]) {
	test(`${what} reads on a desktop and on a phone without sideways scrolling`, async () => {
		const url = await render('assessment.xsl', fixture, 'html', '/app/studios/15/assessments/2026');
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

test('the forms of each stage are there, and only those', async () => {
	const read = async (fixture) => {
		const url = await render('assessment.xsl', fixture, 'html', '/app/studios/15/assessments/2026');
		let r;
		await withPage(browser, url, { width: 1280, height: 900 }, async (page) => {
			r = await page.evaluate(() => ({
				buttons: [...document.querySelectorAll('form button[name="action"]')].map((b) => b.value),
				inputs: [...document.querySelectorAll('form [name]')].map((i) => i.name),
				alert: document.querySelector('.form-errors')?.textContent ?? '',
				text: document.body.textContent,
			}));
		});
		return r;
	};
	const district = await read('assessment.xml');
	assert.deepEqual(district.buttons.sort(), ['return', 'score']);
	for (const n of ['audit.A', 'audit-note.A', 'audit.B', 'audit-note.B', 'opinion', 'version', 'csrf'])
		assert.ok(district.inputs.includes(n), `score form has ${n}`);
	assert.ok(!district.inputs.includes('self.A'), 'no self-score input for the auditing union');
	assert.match(district.text, /还有31天/);
	assert.match(district.text, /年度报送/);

	const base = await read('assessment-self.xml');
	// The self-check's own form, and the one that uploads evidence.
	assert.deepEqual(base.buttons.sort(), ['attach', 'save', 'submit']);
	for (const n of ['self.A', 'self-note.A', 'self.B', 'summary', 'venue-area', 'staff', 'funds',
		'equipment', 'activity-hours', 'file'])
		assert.ok(base.inputs.includes(n), `self-check form has ${n}`);
	assert.match(base.alert, /创新成果 自评分/);
	assert.match(base.text, /已逾期3天/);
	assert.match(base.text, /<script>alert\(1\)<\/script>/, 'hostile text shown as text');

	const city = await read('assessment-city.xml');
	assert.deepEqual(city.buttons.sort(), ['award', 'confirm', 'return', 'support']);
	for (const n of ['grade', 'reason', 'measure', 'award-result'])
		assert.ok(city.inputs.includes(n), `city's forms have ${n}`);
});

for (const [sheet, fixture, p] of [['assessments.xsl', 'assessments.xml', '/app/assessments'],
	['scheme.xsl', 'scheme.xml', '/app/assessments/schemes/2026'],
	['filings.xsl', 'filings.xml', '/app/assessments/filings/2026'],
	['dashboard.xsl', 'dashboard-assessment.xml', '/app/']]) {
	test(`${fixture} reads on a phone without sideways scrolling`, async () => {
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
