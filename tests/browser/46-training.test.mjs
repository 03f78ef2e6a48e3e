// Leader training and publicity events in Chromium, made from the sample
// documents of tests/fixtures/xml by xsltproc with the parameters
// check.sh passes (the static files read from xslt/static): a session's
// sign-in sheet printed on A4 portrait (thirty invited leaders over two
// pages, each row with room to sign, the head row repeated, nothing wider
// than the paper, no forms), the session's page with its two checklists,
// and the public list of events on a phone without sideways scrolling.
// Screenshots go to $SHOTS.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { must } from '../e2e/lib.mjs';
import { LOCAL_PICTURE, launch, pdfInfo, pdfText, renderSample, withPage } from './lib.mjs';

const SHOTS = process.env.SHOTS || '/tmp/studio-training';
const MM = 96 / 25.4;

let browser;

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await launch();
});
after(async () => {
	await browser?.close();
});


const DISTRICT = { id: '13', code: '220174', kind: 'district', name: '长春汽车经济技术开发区总工会', holder: '张三' };
/* An event's photos: a picture of the site's own. */
const render = async (sheet, fixture, format, pathParam, site = 'app') => (await renderSample({
	dir: SHOTS, sheet, fixture, format, path: pathParam, site, me: DISTRICT, today: '2026-11-30',
	replace: [[/src="\/public\/photos\/[^"]*"/g, `src="${LOCAL_PICTURE}"`]] })).url;

test('the sign-in sheet prints on A4 portrait: every leader with room to sign, nothing cut off', async () => {
	const url = await render('training.xsl', 'training-signin.xml', 'print', '/app/trainings/1');
	const file = path.join(SHOTS, 'training-signin.pdf');
	const width = Math.floor((210 - 2 * 15) * MM);
	await withPage(browser, url, { width, height: 1000 }, async (page) => {
		await page.emulateMedia({ media: 'print' });
		const bad = await page.evaluate((w) => {
			const out = [];
			for (const el of document.querySelectorAll('body *')) {
				const r = el.getBoundingClientRect();
				if (r.width > 0 && r.right > w + 1)
					out.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(r.right)}`);
			}
			return out.slice(0, 10);
		}, width);
		assert.deepEqual(bad, [], 'nothing wider than the printed page');
		const rows = await page.$$eval('.signin-table tbody tr', (trs) => trs.map((tr) => ({
			cells: tr.children.length,
			sign: tr.querySelector('.signin-sign')?.textContent.trim(),
			h: tr.getBoundingClientRect().height,
		})));
		assert.equal(rows.length, 30, 'a row per invited leader');
		for (const r of rows) {
			assert.equal(r.cells, 5);
			assert.equal(r.sign, '', 'the signature cell is empty');
			assert.ok(r.h >= 10 * MM, `a row is tall enough to sign in: ${r.h} px`);
		}
		assert.equal(await page.$$eval('form, .site-nav', (els) => els.length), 0, 'no forms or navigation');
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
	});
	const { pages, width: w, height: h } = await pdfInfo(file);
	assert.ok(Math.abs(w - 595) < 3 && Math.abs(h - 842) < 3, `A4 portrait: ${w}x${h}`);
	assert.ok(pages >= 2 && pages <= 3, `thirty leaders on two or three pages: ${pages}`);
	const text = await pdfText(file);
	for (const s of ['签到表', '序号', '工作室', '领衔人', '签名', '2026年11月30日', '长春市职工服务中心',
		'长春汽车经济技术开发区总工会', '应到', '实到'])
		assert.ok(text.includes(s), `the sheet holds ${s}`);
	assert.ok(!/登记出席情况|邀请所选工作室/.test(text), 'no forms in print');
	await must('pdftoppm', ['-png', '-r', '60', file, path.join(SHOTS, 'training-signin')]);
});

test('a session\'s page: the invitees, the attendance and invitation checklists', async () => {
	const url = await render('training.xsl', 'training.xml', 'html', '/app/trainings/1');
	await withPage(browser, url, { width: 1280, height: 900 }, async (page) => {
		const forms = await page.$$eval('form[method="post"]', (fs) => fs.map((f) => ({
			action: f.querySelector('input[name="action"]').value,
			boxes: [...f.querySelectorAll('input[type="checkbox"]')].map((i) => [i.name, i.value, i.checked]),
			csrf: !!f.querySelector('input[name="csrf"]'),
		})));
		assert.deepEqual(forms.map((f) => f.action), ['attend', 'invite']);
		assert.ok(forms.every((f) => f.csrf));
		assert.deepEqual(forms[0].boxes, [['attended', '4', true], ['attended', '5', false]]);
		assert.deepEqual(forms[1].boxes, [['studio', '1', false]]);
		const text = await page.evaluate(() => document.body.innerText);
		for (const s of ['出席', '未出席', '打印签到表'])
			assert.ok(text.includes(s), `the page shows ${s}`);
		await page.screenshot({ path: path.join(SHOTS, 'training-desktop.png'), fullPage: true });
	});
});

test('the public events read on a phone without sideways scrolling', async () => {
	const url = await render('public-events.xsl', 'public-events.xml', 'html', '/public/events', 'public');
	await withPage(browser, url, { width: 390, height: 844 }, async (page) => {
		const [sw, iw] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
		assert.ok(sw <= iw, `${sw} px wide in ${iw}`);
		const text = await page.evaluate(() => document.body.innerText);
		for (const s of ['汽开区职工创新工作室现场会', '2026年11月20日', '现场会', '学习交流会', '<script>'])
			assert.ok(text.includes(s), `the list shows ${s}`);
		assert.deepEqual(await page.$$eval('a[href^="/public/studios/"]', (as) => as.map((a) => a.getAttribute('href'))),
			['/public/studios/4', '/public/studios/4', '/public/studios/5']);
		// The event's photos, each linked to its original, within the screen.
		const photos = await page.$$eval('.event-photos img', (is) => is.map((i) => ({ alt: i.alt,
			href: i.closest('a').getAttribute('href'), right: i.getBoundingClientRect().right,
			loaded: i.complete && i.naturalWidth > 0 })));
		assert.deepEqual(photos.map((p) => [p.alt, p.href]), [['现场会 <合影>.jpg', '/public/photos/21?size=original'],
			['观摩焊接机器人工作站.png', '/public/photos/22?size=original']]);
		assert.ok(photos.every((p) => p.loaded && p.right <= iw), 'shown within the screen');
		await page.screenshot({ path: path.join(SHOTS, 'public-events-phone.png'), fullPage: true });
	});
});
