// Attachments in Chromium: the base union uploads an evidence file through
// the sheet's plain form (multipart, no script), and the district
// downloads it back from the link on the sheet, byte for byte and under
// its Chinese name.  The year is 2039, this file's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { APP, city, fetchXml, namedStudio, postForm, show, unit, xpath } from '../e2e/lib.mjs';
import { launch, withUnitPage } from './lib.mjs';

const base = unit('22010601');		// under 绿园区
const district = unit('220106');
const YEAR = 2039;
let browser;

before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

test('a file uploaded through the form is downloaded back byte for byte', async () => {
	const { sid } = await namedStudio(base, district);
	let res = await postForm(city(), `/app/assessments/schemes/${YEAR}`, { action: 'create' });
	assert.equal(res.status, 303, show(res));
	const version = await xpath((await fetchXml(`${APP}/app/assessments/schemes/${YEAR}`, { as: city() })).xml,
		'string(/scheme/@version)');
	res = await postForm(city(), `/app/assessments/schemes/${YEAR}`, { action: 'open', version });
	assert.equal(res.status, 303, show(res));

	const name = '2039年度佐证材料（设备清单）.pdf';
	const data = Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(50_000),
		Buffer.from('\n%%EOF\n')]);
	const url = `${APP}/app/studios/${sid}/assessments/${YEAR}`;
	await withUnitPage(browser, base, async (page) => {
		await page.goto(url);
		assert.equal(await page.getAttribute('#evidence-form', 'enctype'), 'multipart/form-data');
		await page.setInputFiles('#f-file', { name, mimeType: 'application/pdf', buffer: data });
		await page.click('#evidence-form button[name="action"][value="attach"]');
		await page.waitForURL(/assessments\/2039/);
		const body = await page.textContent('body');
		assert.match(body, /佐证材料已上传/);
		assert.ok(body.includes(name), 'the file is listed under its name');
	});
	await withUnitPage(browser, district, async (page) => {
		await page.goto(url);
		assert.equal(await page.$('#evidence-form'), null, 'the district has no upload form');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.click(`#evidence a:text("${name}")`),
		]);
		assert.equal(download.suggestedFilename(), name);
		const bytes = readFileSync(await download.path());
		assert.ok(bytes.equals(data), `the same bytes (${bytes.length} of ${data.length})`);
	});
});
