// Layouts and printouts in Debian's Chromium: every kind of page (a list,
// a record, a form, a printed page, an error page, public pages) at the
// widths of a phone, a tablet and office screens without a horizontal
// scrollbar; the 打印 button and 返回 link of a printed page, with and
// without script; a list printed on landscape A4 with 序号 and 截至; the
// statistics on one page; the 申请表's opinion boxes tall enough for a
// 42 mm seal, measured in the PDF, and still the cover and two pages.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { APP, P12_PASS, PUB, VAR, city, fetchXml, must, someBase, unitId, xpath } from '../e2e/lib.mjs';
import { TIMEOUT, launch, pdfInfo, pdfText, withUnitPage } from './lib.mjs';

const WIDTHS = [390, 768, 1024, 1280, 1366];
const SHOTS = path.join(VAR, 'shots', 'layout');
const MM = 72 / 25.4;	// PDF points in a millimetre
let browser;

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await launch();
});

after(async () => {
	await browser?.close();
});

/* Today in Asia/Shanghai as the printouts write it: 2026年11月30日. */
function todayCn() {
	const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
		.format(new Date()).split('-').map(Number);
	return `${y}年${m}月${d}日`;
}

/* The id of an application in the given status, as the city sees it. */
async function applicationIn(status) {
	const { xml } = await fetchXml(`${APP}/app/applications?status=${status}`, { as: city() });
	const id = await xpath(xml, 'string(/applications/application[1]/@id)');
	assert.ok(id, `the demo data has an application in status ${status}`);
	return id;
}

/* The page scrolls only vertically at this width. */
async function assertNoSideScroll(page, what) {
	const m = await page.evaluate(() => ({
		sw: document.documentElement.scrollWidth, iw: window.innerWidth,
	}));
	assert.ok(m.sw <= m.iw, `${what}: scrolls sideways (${m.sw} > ${m.iw})`);
}

test('no page kind scrolls sideways at 390, 768, 1024, 1280 and 1366 px', { timeout: 20 * TIMEOUT }, async () => {
	const app = await applicationIn('named');
	const cityId = await unitId(city().code);
	const asCity = [
		['list', `${APP}/app/applications`],
		['list of studios', `${APP}/app/studios`],
		['list of units', `${APP}/app/units`],
		['audit log', `${APP}/app/audit`],
		['certificates', `${APP}/app/units/${cityId}/certs`],
		['record', `${APP}/app/applications/${app}`],
		['printed list', `${APP}/app/applications?format=print`],
		['printed 申请表', `${APP}/app/applications/${app}?format=print`],
		['error page', `${APP}/app/no-such-page`],
		['public home', `${PUB}/`],
		['public registry', `${PUB}/public/studios`],
		['public statistics', `${PUB}/public/stats`],
		['printed registry', `${PUB}/public/studios?format=print`],
	];
	const asBase = [['form', `${APP}/app/applications/new`]];
	for (const [u, pages] of [[city(), asCity], [someBase(), asBase]]) {
		await withUnitPage(browser, u, async (page) => {
			for (const w of WIDTHS) {
				await page.setViewportSize({ width: w, height: 900 });
				for (const [what, url] of pages) {
					await page.goto(url);
					await assertNoSideScroll(page, `${what} at ${w} px (${url})`);
					if (w === 390 && what === 'list')
						await page.screenshot({ path: path.join(SHOTS, 'list-390.png') });
				}
			}
		});
	}
});

test('a filter bar keeps each label on the line of its field on a phone', async () => {
	await withUnitPage(browser, city(), async (page) => {
		for (const url of [`${APP}/app/applications`, `${APP}/app/studios`, `${APP}/app/units`]) {
			await page.goto(url);
			const bad = await page.evaluate(() => [...document.querySelectorAll('form.filter label[for]')]
				.filter((l) => {
					const f = document.getElementById(l.htmlFor);
					if (!f)
						return true;
					const a = l.getBoundingClientRect();
					const b = f.getBoundingClientRect();
					return !(a.bottom > b.top && a.top < b.bottom);
				}).map((l) => l.textContent));
			assert.deepEqual(bad, [], `${url}: labels away from their fields`);
		}
	}, { viewport: { width: 390, height: 844 } });
});

test('a printed page shows 打印 and 返回 on screen, and the hint without script', async () => {
	const app = await applicationIn('named');
	const pages = [
		[`${APP}/app/applications?status=named&format=print`, `${APP}/app/applications?status=named`],
		[`${APP}/app/applications/${app}?format=print`, `${APP}/app/applications/${app}`],
		[`${APP}/app/applications/${app}/certificate`, `${APP}/app/applications/${app}`],
	];
	await withUnitPage(browser, city(), async (page) => {
		for (const [url, back] of pages) {
			await page.goto(url);
			await page.locator('.print-button').waitFor({ state: 'visible' });
			assert.equal(await page.locator('.print-hint').isVisible(), false, `${url}: no hint with script`);
			assert.equal(await page.locator('.print-back').getAttribute('href'), back.slice(APP.length));
			await page.emulateMedia({ media: 'print' });
			assert.equal(await page.locator('.print-bar').isVisible(), false, `${url}: the bar does not print`);
			await page.emulateMedia({ media: 'screen' });
		}
		// the button prints
		await page.goto(pages[0][0]);
		await page.evaluate(() => { window.print = () => { document.body.dataset.printed = '1'; }; });
		await page.locator('.print-button').click();
		assert.equal(await page.evaluate(() => document.body.dataset.printed), '1');
	});
	const ctx = await browser.newContext({
		ignoreHTTPSErrors: true, javaScriptEnabled: false,
		clientCertificates: [{ origin: APP, pfxPath: city().p12, passphrase: P12_PASS }],
	});
	try {
		const page = await ctx.newPage();
		await page.goto(pages[0][0]);
		assert.equal(await page.locator('.print-button').isVisible(), false, 'no button without script');
		assert.equal((await page.locator('.print-hint').textContent()).trim(), '按 Ctrl+P 打印');
		assert.ok(await page.locator('.print-hint').isVisible(), 'the hint shows without script');
	} finally {
		await ctx.close();
	}
});

test('a list prints on landscape A4 with its title, 序号 and 截至 today', async () => {
	for (const [u, url, title] of [
		[city(), `${APP}/app/applications?status=named&format=print`, '创建申请一览表'],
		[city(), `${APP}/app/studios?format=print`, '职工创新工作室一览表'],
		[city(), `${APP}/app/units?format=print`, '工会单位一览表'],
		[city(), `${APP}/app/audit?format=print`, '审计日志一览表'],
		[city(), `${PUB}/public/studios?format=print`, '职工创新工作室名录'],
	]) {
		const file = path.join(SHOTS, `list-${title}.pdf`);
		await withUnitPage(browser, u, async (page) => {
			await page.goto(url);
			await page.pdf({ path: file, printBackground: true, preferCSSPageSize: true });
			if (title === '创建申请一览表')
				await page.screenshot({ path: path.join(SHOTS, 'list-print-1366.png') });
		}, { viewport: { width: 1366, height: 900 } });
		const info = await pdfInfo(file);
		assert.ok(Math.abs(info.width - 841.89) < 2 && Math.abs(info.height - 595.28) < 2,
			`${url}: A4 landscape (${info.width} x ${info.height} pt)`);
		const text = await pdfText(file);
		for (const s of [title, '序号', `截至${todayCn()}`])
			assert.ok(text.includes(s), `${url}: the printout says ${s}`);
		if (url.includes('status=named'))
			assert.ok(text.includes('状态为“已命名”'), 'the filter in words');
		// every word within the page's width: nothing cut at the right
		const bbox = await must('pdftotext', ['-bbox', file, '-']);
		for (const m of bbox.matchAll(/xMax="([\d.]+)"/g))
			assert.ok(Number(m[1]) <= info.width, `${url}: a word beyond the page's width`);
	}
});

test('the statistics print on one page', async () => {
	const file = path.join(SHOTS, 'stats.pdf');
	await withUnitPage(browser, city(), async (page) => {
		await page.goto(`${PUB}/public/stats?format=print`);
		await page.pdf({ path: file, printBackground: true, preferCSSPageSize: true });
	});
	assert.equal((await pdfInfo(file)).pages, 1);
});

test('a bar of the statistics chart is the unit\'s share, as its column says', async () => {
	await withUnitPage(browser, city(), async (page) => {
		await page.goto(`${PUB}/public/stats`);
		const bars = await page.evaluate(() => [...document.querySelectorAll('svg.chart rect.chart-bar')]
			.map((r) => ({ w: Number(r.getAttribute('width')), share: r.dataset.share })));
		assert.ok(bars.length > 0);
		for (const b of bars)
			assert.ok(Math.abs(b.w / 420 * 100 - parseFloat(b.share)) <= 0.5, `bar ${b.w} for ${b.share}`);
	});
});

test('the printed 申请表 leaves 42 mm for the seal in each opinion box, on the cover and two pages', async () => {
	const app = await applicationIn('named');
	const file = path.join(SHOTS, 'application.pdf');
	await withUnitPage(browser, city(), async (page) => {
		await page.goto(`${APP}/app/applications/${app}?format=print`);
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
	});
	assert.equal((await pdfInfo(file)).pages, 3, 'the cover and two pages');
	// the last page: the three opinion rows, their labels in the middle of each
	const bbox = await must('pdftotext', ['-bbox', '-f', '3', '-l', '3', file, '-']);
	const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
		.map((m) => ({ y: (Number(m[2]) + Number(m[4])) / 2, t: m[5] }));
	const centre = (t) => {
		const w = words.filter((x) => x.t === t);
		assert.ok(w.length > 0, `${t} on the last page`);
		return w[w.length - 1].y;
	};
	const ys = [centre('所在工会'), centre('推荐单位'), centre('市总工会')];
	for (let i = 1; i < ys.length; i++)
		assert.ok((ys[i] - ys[i - 1]) / MM >= 42,
			`opinion rows ${(ys[i] - ys[i - 1]) / MM} mm apart: each at least 42 mm tall`);
});
