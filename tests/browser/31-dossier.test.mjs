// A studio's dossier printed in Chromium: A4 pages holding the studio, its
// application's reviews and its audit entries; its file on a phone; and
// the city's naming decision printed as one A4 命名决定 (with a screenshot).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { APP, city, must, sql, unit } from '../e2e/lib.mjs';
import { launch, pdfInfo, pdfText, withUnitPage } from './lib.mjs';

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
	for (const part of ['解放卡车智能制造创新工作室', '命名与现状', '工作室成员', '创建申请及审核', '状态记录', '审计记录'])
		assert.ok(text.includes(part), `the printed dossier holds ${part}`);
	assert.ok(!/<form|导出XML/.test(text), 'no forms or tools in print');
	await must('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, file.replace(/\.pdf$/, '')]);
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
