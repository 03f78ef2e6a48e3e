// The city's naming decision printed in Chromium: one A4 page, portrait,
// with the red head, the number, the title, the list and the issuer; a
// screenshot of the page on screen is kept.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { APP, city, must, sql } from '../e2e/lib.mjs';
import { launch, pdfInfo, pdfText, withUnitPage } from './lib.mjs';

const SHOTS = process.env.SHOTS || '/tmp/studio-applications';
let browser;

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await launch();
});
after(async () => {
	await browser?.close();
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
