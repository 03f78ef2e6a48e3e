// The year's reports in Chromium: each of the three (assessment, funding,
// progress) made from its sample document of tests/fixtures/xml by
// xsltproc, and the progress report of this year from the running stack
// with the city's certificate, printed to PDF on A4: its pages counted,
// no table wider than the paper or clipped in its box, the charts there
// (SVG, with their bars and figure captions), the numbered tables and
// figures, the issuing unit and the page numbers; and on screen, on a
// desktop and a 390 px phone, without sideways scrolling.
// Screenshots go to $SHOTS.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { APP, city, must } from '../e2e/lib.mjs';
import { launch, pdfInfo, pdfText, renderSample, withPage, withUnitPage } from './lib.mjs';

const SHOTS = process.env.SHOTS || '/tmp/studio-reports';
const MM = 96 / 25.4;
// A4 portrait less print.css's margins of 18 mm a side.
const PAPER = Math.floor((210 - 2 * 18) * MM);

let browser;

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

const render = async (kind, format) => (await renderSample({ dir: SHOTS, sheet: `${kind}-report.xsl`,
	fixture: `${kind}-report.xml`, format, path: `/app/reports/${kind}` })).url;

/*
 * On the print medium at the width of the paper: nothing wider than it,
 * no table clipped in its box, the charts and their bars; then the PDF,
 * its pages and its text.
 */
async function printed(page, name) {
	await page.setViewportSize({ width: PAPER, height: 1000 });
	await page.emulateMedia({ media: 'print' });
	const r = await page.evaluate((width) => {
		const wide = [];
		for (const el of document.querySelectorAll('body *')) {
			const b = el.getBoundingClientRect();
			if (b.width > 0 && b.right > width + 1)
				wide.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(b.right)}`);
		}
		const clipped = [...document.querySelectorAll('.table-scroll')]
			.filter((d) => d.scrollWidth > d.clientWidth + 1)
			.map((d) => d.querySelector('caption')?.textContent ?? '?');
		return {
			wide: wide.slice(0, 10), clipped,
			charts: document.querySelectorAll('svg.report-chart').length,
			bars: document.querySelectorAll('svg.report-chart rect.chart-bar').length,
			figures: [...document.querySelectorAll('figure.report-figure figcaption')].map((f) => f.textContent.trim()),
			tables: [...document.querySelectorAll('table.report-table caption')].map((c) => c.textContent.trim()),
		};
	}, PAPER);
	assert.deepEqual(r.wide, [], `${name}: nothing wider than the paper`);
	assert.deepEqual(r.clipped, [], `${name}: no table clipped`);
	const file = path.join(SHOTS, `${name}.pdf`);
	await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
	const info = await pdfInfo(file);
	await must('pdftoppm', ['-png', '-r', '60', file, path.join(SHOTS, name)]);
	return { ...r, ...info, text: await pdfText(file) };
}

const REPORTS = [
	['assessment', '2026年度考核情况报告', 5, 1, ['南关区总工会', '逾期报送', '未报送', '督导中', '长工发〔2026〕21号']],
	['funding', '2026年度补助资金使用情况报告', 5, 2, ['120,000.00', '35,000.50', '84,999.50', '设施设备提升']],
	['progress', '2025年度职工创新工作室创建进度报告', 4, 4, ['南关区总工会', '制造业', '技术攻关', '500']],
];

for (const [kind, title, tables, figures, words] of REPORTS) {
	test(`the ${kind} report prints as a report on A4 portrait, its tables whole and its charts there`, async () => {
		const url = await render(kind, 'print');
		await withPage(browser, url, { width: 1280, height: 900 }, async (page) => {
			const p = await printed(page, `${kind}-report`);
			assert.ok(p.pages >= 2 && p.pages <= 4, `${kind}: ${p.pages} pages`);
			assert.ok(Math.abs(p.width - 595) < 3 && Math.abs(p.height - 842) < 3, `A4 portrait: ${p.width}x${p.height}`);
			assert.equal(p.charts, figures, `${kind}: ${figures} charts`);
			assert.ok(p.bars > 0, 'the charts have bars');
			assert.deepEqual(p.tables.map((t) => t.slice(0, 2)), Array.from({ length: tables }, (_, i) => `表${i + 1}`));
			assert.deepEqual(p.figures.map((t) => t.slice(0, 2)), Array.from({ length: figures }, (_, i) => `图${i + 1}`));
			for (const s of [title, '长春市总工会', '2026年11月25日', `第1页共${p.pages}页`, `第${p.pages}页共${p.pages}页`, ...words])
				assert.ok(p.text.includes(s), `the printed ${kind} report holds ${s}`);
			assert.ok(!/导出CSV|查看/.test(p.text), 'no tools or forms in print');
		});
	});

	test(`the ${kind} report reads on a desktop and on a phone`, async () => {
		const url = await render(kind, 'html');
		for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
			await withPage(browser, url, viewport, async (page) => {
				const [sw, iw] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
				assert.ok(sw <= iw, `${kind} on a ${label}: ${sw} px wide in ${iw}`);
				assert.equal(await page.$$eval('svg.report-chart', (s) => s.length), figures);
				await page.screenshot({ path: path.join(SHOTS, `${kind}-report-${label}.png`), fullPage: true });
			});
		}
	});
}

test('the progress report of this year from the stack prints with its charts', async () => {
	const year = new Date().getFullYear();
	await withUnitPage(browser, city(), async (page) => {
		const res = await page.goto(`${APP}/app/reports/progress?year=${year}&format=print`);
		assert.equal(res.status(), 200);
		const p = await printed(page, 'progress-report-live');
		assert.ok(p.pages >= 1 && p.pages <= 6, `${p.pages} pages`);
		assert.ok(p.charts >= 3, `${p.charts} charts`);
		assert.ok(p.bars > 0, 'the charts have bars');
		for (const s of [`${year}年度职工创新工作室创建进度报告`, '长春市总工会', '表1', '图1', `第1页共${p.pages}页`])
			assert.ok(p.text.includes(s), `the printed report holds ${s}`);
	});
});
