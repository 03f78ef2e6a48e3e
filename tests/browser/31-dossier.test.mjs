// A studio's dossier printed in Chromium: A4 pages holding the studio, its
// application's reviews and its audit entries; and its file on a phone.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { APP, city, must, unit } from '../e2e/lib.mjs';
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
