// A studio's dossier printed in Chromium: A4 pages holding the studio, its
// application's reviews and its audit entries, and every later section;
// the complete sample dossier (tests/fixtures/xml/dossier.xml: an
// achievement with its adoption and reviews, training, links, the list of
// attachments with their SHA-256) printed on A4 with page numbers and no
// table wider than the paper, and on a phone; its file on a phone; and
// the city's naming decision printed as one A4 命名决定 (with a screenshot).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { APP, city, must, sql, unit } from '../e2e/lib.mjs';
import { launch, pdfInfo, pdfText, renderSample, withUnitPage } from './lib.mjs';

const SHOTS = process.env.SHOTS || '/tmp/studio-applications';
const district = unit('220102');
let browser;

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

test('the dossier of a demo studio prints on A4 with every part', async () => {
	const file = path.join(SHOTS, 'dossier.pdf');
	await withUnitPage(browser, city(), async (page) => {
		await page.goto(`${APP}/app/studios/1/dossier?format=print`);
		await page.emulateMedia({ media: 'print' });
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
	});
	const info = await pdfInfo(file);
	assert.ok(Math.abs(info.width - 595) < 3 && Math.abs(info.height - 842) < 3, `A4: ${info.width}x${info.height}`);
	const text = await pdfText(file);
	for (const part of ['解放卡车智能制造创新工作室', '命名与现状', '工作室成员', '创建申请及审核', '状态记录',
		'补助资金', '创新成果', '领衔人培训', '协作联系', '附件清单', '审计记录'])
		assert.ok(text.includes(part), `the printed dossier holds ${part}`);
	assert.ok(!/<form|导出XML/.test(text), 'no forms or tools in print');
	await must('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, file.replace(/\.pdf$/, '')]);
});

/* The sample dossier made by xsltproc as a file, its static links made local. */
const dossierSample = async (format) => (await renderSample({ dir: SHOTS, sheet: 'dossier.xsl',
	fixture: 'dossier.xml', format, path: '/app/studios/15/dossier', name: 'dossier-sample' })).url;

test('the complete sample dossier prints on A4: numbered, paged, no table wider than the paper', async () => {
	const MM = 96 / 25.4;
	const width = Math.floor((210 - 2 * 18) * MM);	// print.css: 18 mm a side
	const file = path.join(SHOTS, 'dossier-sample.pdf');
	const url = await dossierSample('print');
	const ctx = await browser.newContext({ viewport: { width, height: 1000 }, locale: 'zh-CN' });
	try {
		const page = await ctx.newPage();
		await page.goto(url);
		await page.emulateMedia({ media: 'print' });
		// Nothing passes the right edge of the paper, and no table cell
		// hides what it holds.
		const bad = await page.evaluate((w) => {
			const out = [];
			for (const el of document.querySelectorAll('main *, .main *')) {
				const r = el.getBoundingClientRect();
				if (r.width > 0 && r.right > w + 1)
					out.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(r.right)}`);
			}
			for (const td of document.querySelectorAll('table td, table th'))
				if (td.scrollWidth > td.clientWidth + 1)
					out.push(`clipped ${td.tagName.toLowerCase()}: ${td.textContent.trim().slice(0, 30)}`);
			return out.slice(0, 10);
		}, width);
		assert.deepEqual(bad, [], 'no table wider than the paper, nothing clipped');
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
	} finally {
		await ctx.close();
	}
	const info = await pdfInfo(file);
	assert.ok(Math.abs(info.width - 595) < 3 && Math.abs(info.height - 842) < 3, `A4: ${info.width}x${info.height}`);
	assert.ok(info.pages >= 2 && info.pages <= 6, `a few pages: ${info.pages}`);
	const text = await pdfText(file);
	for (const part of ['一、命名与现状', '七、创新成果', '八、领衔人培训', '九、协作联系', '十、附件清单',
		'十一、审计记录', '燃气管道焊缝自动检测装置', '吉林省天然气有限公司', '2026年9月1日', '王大伟劳模创新工作室',
		'2026年度领衔人管理能力培训班', '检测设备采购发票（增值税专用发票）第一联.pdf', '购置焊缝检测仪一台'])
		assert.ok(text.includes(part), `the printed dossier holds ${part}`);
	// Each SHA-256 whole, if wrapped in its column.
	for (const h of ['3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed',
		'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'])
		assert.ok(text.includes(h), `the hash ${h.slice(0, 8)}… whole`);
	assert.ok(text.includes(`第1页共${info.pages}页`) && text.includes(`第${info.pages}页共${info.pages}页`),
		'page numbers on every page');
	await must('pdftoppm', ['-png', '-r', '60', file, path.join(SHOTS, 'dossier-sample')]);
});

test('the complete sample dossier reads on a phone without sideways scrolling', async () => {
	const url = await dossierSample('html');
	const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
	try {
		const page = await ctx.newPage();
		await page.goto(url);
		const [sw, iw] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
		assert.ok(sw <= iw, `no horizontal scroll: ${sw} > ${iw}`);
		await page.screenshot({ path: path.join(SHOTS, 'dossier-sample-phone.png'), fullPage: true });
	} finally {
		await ctx.close();
	}
});

test('a studio\'s file reads on a phone without sideways scrolling', async () => {
	await withUnitPage(browser, district, async (page) => {
		await page.goto(`${APP}/app/studios?format=html`);
		await page.goto(`${APP}/app/studios`);
		const body = await page.textContent('body');
		assert.match(body, /职工创新工作室/);
		const id = await page.getAttribute('.studios-table a[href^="/app/studios/"]', 'href');
		await page.goto(`${APP}${id}`);
		const [sw, iw] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
		assert.ok(sw <= iw, `no horizontal scroll: ${sw} > ${iw}`);
		await page.screenshot({ path: path.join(SHOTS, 'studio-phone.png'), fullPage: true });
	}, { viewport: { width: 390, height: 844 } });
});

test('the demo decision prints as an A4 命名决定', async () => {
	const r = await sql("SELECT id FROM naming_decision WHERE document_number = '长工发〔2024〕8号'");
	const id = Number(r.stdout.trim());
	const file = path.join(SHOTS, 'decision.pdf');
	await withUnitPage(browser, city(), async (page) => {
		await page.goto(`${APP}/app/decisions/${id}?format=print`);
		await page.screenshot({ path: path.join(SHOTS, 'decision.png'), fullPage: true });
		await page.emulateMedia({ media: 'print' });
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
	});
	const info = await pdfInfo(file);
	assert.ok(Math.abs(info.width - 595) < 3 && Math.abs(info.height - 842) < 3, `A4: ${info.width}x${info.height}`);
	assert.equal(info.pages, 1, 'one page');
	const text = (await pdfText(file)).replace(/\s+/g, '');
	for (const part of ['长春市总工会文件', '长工发〔2024〕8号', '关于命名2024年第一批长春市职工创新工作室的决定',
		'命名编号', '解放卡车智能制造创新工作室', '2024年4月10日'])
		assert.ok(text.includes(part), `the printed decision holds ${part}`);
	await must('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, file.replace(/\.pdf$/, '')]);
});
