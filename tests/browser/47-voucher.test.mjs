// A subsidy's voucher in Chromium: the city grants to a studio, its base
// union records a spending entry through the funding page's plain form
// with its PDF voucher (multipart, no script), and the district downloads
// the voucher back from the page, byte for byte under its Chinese name.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { APP, city, namedStudio, postForm, show, target, unit } from '../e2e/lib.mjs';
import { launch, withUnitPage } from './lib.mjs';

const base = unit('22010401');		// under 朝阳区
const district = unit('220104');
let browser;

before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

test('a voucher uploaded with its spending entry is downloaded back byte for byte', async () => {
	const { sid } = await namedStudio(base, district);
	let res = await postForm(city(), '/app/funds', { action: 'create', year: '2041',
		title: `2041年度补助资金${Date.now() % 100000}`, budget: '50000', document: '长工发〔2041〕1号',
		'decided-on': '2041-03-01' });
	assert.equal(res.status, 303, show(res));
	const fund = /\/app\/funds\/(\d+)/.exec(target(res))[1];
	res = await postForm(city(), `/app/funds/${fund}`, { action: 'grant', studio: sid, amount: '20000',
		basis: 'naming', document: '长工发〔2041〕2号', 'decided-on': '2041-04-01' });
	assert.equal(res.status, 303, show(res));

	const name = '购置检测仪器发票.pdf';
	const data = Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(30_000),
		Buffer.from('\n%%EOF\n')]);
	const url = `${APP}/app/studios/${sid}/funding`;
	await withUnitPage(browser, base, async (page) => {
		await page.goto(url);
		await page.selectOption('#f-purpose', 'equipment');
		await page.fill('#f-amount', '1234.50');
		await page.fill('#f-spent-on', '2026-06-10');
		await page.fill('#f-description', '购置管网检测仪器一台');
		await page.setInputFiles('#f-file', { name, mimeType: 'application/pdf', buffer: data });
		await page.click('#spend button[name="action"][value="spend"]');
		await page.waitForURL(/\/funding/);
		const body = await page.textContent('body');
		assert.match(body, /支出已登记/);
		assert.ok(body.includes('1,234.50'), 'the amount as users read it');
		assert.ok(body.includes(name), 'the voucher is listed under its name');
	});
	await withUnitPage(browser, district, async (page) => {
		await page.goto(url);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.click(`a:text("${name}")`),
		]);
		assert.equal(download.suggestedFilename(), name);
		const bytes = readFileSync(await download.path());
		assert.ok(bytes.equals(data), `the same bytes (${bytes.length} of ${data.length})`);
	});
});
