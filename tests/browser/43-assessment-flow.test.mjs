// The annual assessment through the real stack in Chromium: the city opens
// a year's scheme, the base union fills in the self-check on the sheet's
// page and submits it, the district scores it, and the sheet prints as
// the A4 考核表 with both scores side by side.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import {
	APP, act, applicationFields, city, createApplication, fetchXml, fieldOf, must, postForm, show,
	unit, xpath
} from '../e2e/lib.mjs';
import { launch, pdfInfo, pdfText, withUnitPage } from './lib.mjs';

const SHOTS = process.env.SHOTS || '/tmp/studio-assessment';
const base = unit('22010401');		// under 朝阳区
const district = unit('220104');
const YEAR = 2040;
let browser;

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

test('a sheet filled in and scored in the browser prints on A4', async () => {
	const fields = applicationFields();
	const app = await createApplication(base, fields);
	await act(base, app, 'recommend');
	await act(district, app, 'approve');
	await act(city(), app, 'name');
	const name = fieldOf(fields, 'name');
	const { xml } = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(name)}`, { as: city() });
	const sid = await xpath(xml, 'string(/studios/studio/@id)');

	let res = await postForm(city(), `/app/assessments/schemes/${YEAR}`, { action: 'create' });
	assert.equal(res.status, 303, show(res));
	const version = await xpath((await fetchXml(`${APP}/app/assessments/schemes/${YEAR}`, { as: city() })).xml,
		'string(/scheme/@version)');
	res = await postForm(city(), `/app/assessments/schemes/${YEAR}`, { action: 'open', version });
	assert.equal(res.status, 303, show(res));

	const url = `${APP}/app/studios/${sid}/assessments/${YEAR}`;
	await withUnitPage(browser, base, async (page) => {
		await page.goto(url);
		for (const input of await page.$$('input[name^="self."]'))
			await input.fill(String(Math.floor(Number(await input.getAttribute('max')) * 0.9)));
		await page.fill('[name="summary"]', '本年度完成技术攻关三项，取得实用新型专利两项。');
		await page.fill('[name="venue-area"]', '120');
		await page.fill('[name="staff"]', '12');
		await page.fill('[name="funds"]', '12500.50');
		await page.fill('[name="equipment"]', '检测仪器八台套');
		await page.fill('[name="activity-hours"]', '480');
		await page.click('button[name="action"][value="submit"]');
		await page.waitForURL(/assessments\/2040/);
		assert.match(await page.textContent('body'), /自检表已提交/);
	});
	await withUnitPage(browser, district, async (page) => {
		await page.goto(url);
		for (const input of await page.$$('input[name^="audit."]'))
			await input.fill(String(await input.getAttribute('max')));
		await page.fill('[name="opinion"]', '核实无误，成效明显。');
		await page.click('button[name="action"][value="score"]');
		await page.waitForURL(/assessments\/2040/);
		assert.match(await page.textContent('body'), /评分已提交/);
		await page.screenshot({ path: path.join(SHOTS, 'sheet-scored.png'), fullPage: true });
	});
	const file = path.join(SHOTS, 'sheet.pdf');
	await withUnitPage(browser, city(), async (page) => {
		await page.goto(`${url}?format=print`);
		await page.emulateMedia({ media: 'print' });
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
	});
	const info = await pdfInfo(file);
	assert.ok(Math.abs(info.width - 595) < 3 && Math.abs(info.height - 842) < 3, `A4: ${info.width}x${info.height}`);
	assert.ok(info.pages <= 2, `pages: ${info.pages}`);
	const text = (await pdfText(file)).replace(/\s+/g, '');
	for (const part of [`${YEAR}年度长春市职工创新工作室考核表`, name, '基本条件保持', '核实无误，成效明显。'])
		assert.ok(text.includes(part), `the printed sheet holds ${part}`);
	await must('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, file.replace(/\.pdf$/, '')]);
});
