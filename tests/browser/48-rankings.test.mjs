// The year's rankings in Chromium: the sample documents of
// tests/fixtures/xml made into pages by xsltproc with the parameters
// check.sh passes (the static files read from xslt/static), on a desktop
// and on a 390 px phone (no sideways scrolling), each printed to PDF on A4
// landscape with no table wider than the paper (nothing clipped), its
// pages counted and its text read back; then the live page with a unit's
// certificate, sorted by following the links of its column heads with
// script turned off.  Screenshots go to $SHOTS.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { APP, P12_PASS, city, must } from '../e2e/lib.mjs';
import { TIMEOUT, launch, overflowing, pdfInfo, pdfText, renderSample, withPage } from './lib.mjs';

const SHOTS = process.env.SHOTS || '/tmp/studio-rankings';
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

const PAGES = [
	['studio-ranking.xsl', 'studio-ranking.xml', '/app/rankings/studios'],
	['unit-ranking.xsl', 'unit-ranking.xml', '/app/rankings/units'],
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
				const text = await page.evaluate(() => document.body.innerText);
				for (const s of ['计算时间：2026年11月25日 10:30:00', '报送尚不完整', '排名方法'])
					assert.ok(text.includes(s), `${fixture} on a ${label} shows ${s}`);
				await page.screenshot({ path: path.join(SHOTS, `${name}-${label}.png`), fullPage: true });
			});
		}
	});

	test(`${fixture} prints on A4 landscape, no table clipped`, async () => {
		const url = await render(sheet, fixture, 'print', p);
		const name = fixture.replace(/\.xml$/, '');
		const file = path.join(SHOTS, `${name}.pdf`);
		const width = Math.floor((297 - 2 * 12) * MM);
		await withPage(browser, url, { width, height: 1000 }, async (page) => {
			await page.emulateMedia({ media: 'print' });
			assert.deepEqual(await overflowing(page, width), [], `${fixture}: nothing wider than the paper`);
			const clipped = await page.evaluate(() => [...document.querySelectorAll('.table-scroll')]
				.filter((d) => d.scrollWidth > d.clientWidth + 1).length);
			assert.equal(clipped, 0, `${fixture}: no table scrolled out of sight`);
			await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
		});
		const info = await pdfInfo(file);
		assert.ok(info.width > info.height, `landscape: ${info.width} x ${info.height} pt`);
		assert.ok(info.pages >= 1 && info.pages <= 3, `${info.pages} pages`);
		await must('pdftoppm', ['-png', '-r', '60', file, path.join(SHOTS, name)]);
		const text = await pdfText(file);
		assert.ok(text.includes('2026年度'), 'the title on paper');
		assert.ok(text.includes('排名方法'), 'the method on paper');
		assert.ok(text.includes('打印日期：2026年11月25日'), 'the date printed as 2026年11月25日');
		if (name === 'studio-ranking') {
			// every studio's row and its last column, the amount, on the paper
			for (const s of ['燃气管网智能巡检创新工作室', '设备维修创新工作室', '50,000.00', '85,000.50'])
				assert.ok(text.includes(s), `the printed ranking shows ${s}`);
		} else {
			for (const s of ['南关区总工会', '双阳区总工会', '200,000.00', '300,000.00', '领衔人培训'])
				assert.ok(text.includes(s), `the printed ranking shows ${s}`);
		}
	});
}

test('the live ranking sorts by its column heads with script off', { timeout: 120_000 }, async () => {
	const ctx = await browser.newContext({
		ignoreHTTPSErrors: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', javaScriptEnabled: false,
		viewport: { width: 1280, height: 900 },
		clientCertificates: [{ origin: APP, pfxPath: city().p12, passphrase: P12_PASS }],
	});
	ctx.setDefaultTimeout(TIMEOUT);
	try {
		const page = await ctx.newPage();
		await page.goto(`${APP}/app/rankings/units`);
		assert.equal(await page.getAttribute('th[aria-sort]', 'aria-sort'), 'descending');
		assert.match(await page.textContent('th[aria-sort]'), /当年命名/);
		await page.click('a.rk-sort:has-text("补助支出")');
		assert.match(page.url(), /sort=spent&dir=desc/);
		assert.match(await page.textContent('th[aria-sort]'), /补助支出/);
		await page.click('a.rk-sort:has-text("补助支出")');
		assert.match(page.url(), /sort=spent&dir=asc/);
		assert.equal(await page.getAttribute('th[aria-sort]', 'aria-sort'), 'ascending');
		await page.screenshot({ path: path.join(SHOTS, 'live-units.png'), fullPage: true });
		// 统计报表 in the navigation is current on a ranking, and its
		// reports lead back to the studios' ranking.
		assert.equal(await page.getAttribute('nav.site-nav a.current', 'href'), '/app/reports/progress');
		await page.click('nav.site-nav a:has-text("统计报表")');
		await page.click('ul.report-links a:has-text("工作室排名")');
		assert.match(page.url(), /\/app\/rankings\/studios\?year=\d{4}$/);
		assert.equal(await page.getAttribute('nav.site-nav a.current', 'href'), '/app/reports/progress');
		await page.screenshot({ path: path.join(SHOTS, 'live-studios.png'), fullPage: true });
	} finally {
		await ctx.close();
	}
});
