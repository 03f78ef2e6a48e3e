// The showcase's pages in Chromium, made from the sample documents of
// tests/fixtures/xml by xsltproc with the parameters check.sh passes (the
// static files read from xslt/static, every photo a local picture wider
// than a phone): a published achievement's public page on a 390 px phone
// (no sideways scrolling, its photos scaled to the screen, the link to
// the original, the Open Graph tags) and printed to A4 PDF (pages
// counted, nothing wider than the paper), the public list on a phone, a
// studio's page with its achievements, and the reviewers' list and page
// with the forms each unit may use. Screenshots go to $SHOTS.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

import { ROOT, must } from '../e2e/lib.mjs';
import { launch, overflowing, pdfInfo, pdfText, renderSample, withPage } from './lib.mjs';

const SHOTS = process.env.SHOTS || '/tmp/studio-showcase';
const XSLT = path.join(ROOT, 'xslt');
const FIXTURES = path.join(ROOT, 'tests/fixtures/xml');
// A4 less the margins of print.css (18 mm each side), in CSS px
const PAGE_PX = Math.floor((210 - 36) * 96 / 25.4);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
// The picture every photo of the samples is: 1600 × 1000, wider than any screen here.
const PHOTO = { width: 1600, height: 1000 };

let browser;
let photoUrl;

/* A PNG of w × h pixels: bands of colour, so that a screenshot shows it. */
function png(w, h) {
	const crc = (b) => zlib.crc32(b) >>> 0;
	const chunk = (type, data) => {
		const len = Buffer.alloc(4);
		len.writeUInt32BE(data.length);
		const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const c = Buffer.alloc(4);
		c.writeUInt32BE(crc(td));
		return Buffer.concat([len, td, c]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(w, 0);
	ihdr.writeUInt32BE(h, 4);
	ihdr[8] = 8;	// bit depth
	ihdr[9] = 2;	// RGB
	const raw = Buffer.alloc((w * 3 + 1) * h);
	for (let y = 0; y < h; y++) {
		const row = y * (w * 3 + 1);
		for (let x = 0; x < w; x++) {
			const o = row + 1 + x * 3;
			raw[o] = 180 - Math.floor(y * 120 / h);
			raw[o + 1] = 60 + Math.floor(x * 120 / w);
			raw[o + 2] = 40 + ((x >> 6) & 1) * 80;
		}
	}
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	const file = path.join(SHOTS, 'photo.png');
	writeFileSync(file, png(PHOTO.width, PHOTO.height));
	photoUrl = pathToFileURL(file).href;
	browser = await launch();
});
after(async () => {
	await browser?.close();
});


/* photoUrl: a picture of the test's own, for the sample's photos. */
const render = (sheet, fixture, format, pathParam, site = 'app') => renderSample({ dir: SHOTS, sheet,
	fixture, format, path: pathParam, site,
	replace: [[/src="\/(public\/achievements|app\/attachments)\/[^"]*"/g, `src="${photoUrl}"`]] });

/* The page does not scroll sideways at its viewport. */
async function assertNoSideScroll(page, what) {
	const [sw, iw] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
	assert.ok(sw <= iw, `${what}: ${sw} px wide in ${iw}`);
}

/* Every <img> of the page (lazy ones scrolled into view first), as loaded. */
async function images(page) {
	await page.evaluate(async () => {
		for (const img of document.images) {
			img.loading = 'eager';
			if (!img.complete)
				await new Promise((ok) => { img.onload = ok; img.onerror = ok; });
		}
	});
	return page.evaluate(() => [...document.images].map((i) => {
		const r = i.getBoundingClientRect();
		return { natural: i.naturalWidth, width: r.width, height: r.height, right: r.right, alt: i.alt };
	}));
}

test('a published achievement reads on a 390 px phone: photos scaled, nothing sideways', async () => {
	for (const fixture of ['public-achievement.xml', 'public-achievement-limits.xml']) {
		const { url } = await render('public-achievement.xsl', fixture, 'html', '/public/achievements/5', 'public');
		const name = fixture.replace(/\.xml$/, '');
		for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
			await withPage(browser, url, viewport, async (page) => {
				await assertNoSideScroll(page, `${fixture} on a ${label}`);
				const imgs = await images(page);
				assert.ok(imgs.length >= 1, 'the photos are on the page');
				for (const i of imgs) {
					assert.equal(i.natural, PHOTO.width, 'the photo loaded');
					assert.ok(i.width > 0 && i.width < PHOTO.width && i.right <= viewport.width,
						`${fixture} on a ${label}: a photo ${i.width} px wide, right edge ${i.right}`);
				}
				if (label === 'phone') {
					// scaled to the screen's width, less the page's margins
					assert.ok(imgs[0].width >= 300, `the photo fills the phone: ${imgs[0].width} px`);
				}
				await page.screenshot({ path: path.join(SHOTS, `${name}-${label}.png`), fullPage: true });
			});
		}
	}
	const { url } = await render('public-achievement.xsl', 'public-achievement.xml', 'html', '/public/achievements/5', 'public');
	await withPage(browser, url, PHONE, async (page) => {
		const r = await page.evaluate(() => ({
			og: Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')]
				.map((m) => [m.getAttribute('property'), m.content])),
			original: [...document.querySelectorAll('a')].find((a) => a.textContent === '查看原图')?.getAttribute('href'),
			studio: [...document.querySelectorAll('a')].some((a) => a.getAttribute('href') === '/public/studios/15'),
			text: document.body.innerText,
			forms: document.forms.length,
		}));
		assert.equal(r.og['og:title'], '燃气管道焊缝自动检测装置');
		assert.match(r.og['og:description'], /^检测效率提高三倍/);
		assert.equal(r.og['og:image'], 'https://127.0.0.1:31443/public/achievements/5/photos/9');
		assert.equal(r.og['og:url'], 'https://127.0.0.1:31443/public/achievements/5');
		assert.equal(r.original, '/public/achievements/5/photos/9?size=original');
		assert.ok(r.studio, 'links to the studio\'s public page');
		for (const part of ['成果转化', '吉林省天然气有限公司', '吉林省吉林市', '12,500.00 元', 'ZL202610123456.7'])
			assert.ok(r.text.includes(part), `the page shows ${part}`);
		assert.equal(r.forms, 0, 'no form on the public page');
	});
});

/* Print the public page of fixture to PDF on A4; returns its pages and text. */
async function printPage(fixture) {
	const { url } = await render('public-achievement.xsl', fixture, 'print', '/public/achievements/5', 'public');
	const name = fixture.replace(/\.xml$/, '');
	const file = path.join(SHOTS, `${name}.pdf`);
	await withPage(browser, url, { width: PAGE_PX, height: 1000 }, async (page) => {
		await page.emulateMedia({ media: 'print' });
		const imgs = await images(page);
		for (const i of imgs)
			assert.ok(i.natural === PHOTO.width && i.right <= PAGE_PX + 1, `${fixture}: a photo on paper ${JSON.stringify(i)}`);
		const bad = await overflowing(page, PAGE_PX);
		assert.deepEqual(bad, [], `${fixture}: nothing wider than the printed page`);
		const sw = await page.evaluate(() => document.scrollingElement.scrollWidth);
		assert.ok(sw <= PAGE_PX, `${fixture}: page ${sw} px wide, paper ${PAGE_PX} px`);
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
	});
	const info = await pdfInfo(file);
	assert.ok(Math.abs(info.width - 595) < 3 && Math.abs(info.height - 842) < 3, `A4: ${info.width}x${info.height}`);
	await must('pdftoppm', ['-png', '-r', '60', file, path.join(SHOTS, name)]);
	return { pages: info.pages, text: await pdfText(file) };
}

test('a published achievement prints on A4: one page, its photo, its adoptions, no links or forms', async () => {
	const { pages, text } = await printPage('public-achievement.xml');
	assert.equal(pages, 1, 'one page');
	for (const part of ['长春市总工会', '燃气管道焊缝自动检测装置', '燃气管网智能巡检创新工作室', '长春燃气股份有限公司',
		'技术创新', '专利', 'ZL202610123456.7', '12,500.00元', '孙六九、张伟、李娜', '解决的问题', '人工检测焊缝效率低',
		'成果效益', '成果转化', '吉林省天然气有限公司', '2026年9月1日', '装置照片.jpg',
		'https://127.0.0.1:31443/public/achievements/5'])
		assert.ok(text.includes(part), `the printed page holds ${part}`);
	assert.ok(!/查看原图|返回创新成果展示|导出XML|搜索/.test(text), 'no links, tools or forms on paper');
});

test('an achievement with every text at its longest prints on at most six A4 pages, nothing cut off', async () => {
	const { pages, text } = await printPage('public-achievement-limits.xml');
	assert.ok(pages >= 1 && pages <= 6, `${pages} pages`);
	for (const part of ['999,999,999.99元', '成果转化', '2026年5月15日'])
		assert.ok(text.includes(part), `the printed page holds ${part}`);
});

test('the public list reads on a phone: cards with their thumbnails, filters, pager', async () => {
	for (const fixture of ['public-achievements.xml', 'public-achievements-many.xml']) {
		const { url } = await render('public-achievements.xsl', fixture, 'html', '/public/achievements', 'public');
		const name = fixture.replace(/\.xml$/, '');
		for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
			await withPage(browser, url, viewport, async (page) => {
				await assertNoSideScroll(page, `${fixture} on a ${label}`);
				const imgs = await images(page);
				const cards = await page.evaluate(() => [...document.querySelectorAll('.sc-card')].map((c) => ({
					photo: c.classList.contains('sc-card-photo'),
					width: c.getBoundingClientRect().width,
					title: c.querySelector('.sc-title a')?.getAttribute('href'),
				})));
				assert.ok(cards.length >= 1, 'cards');
				assert.equal(imgs.length, cards.filter((c) => c.photo).length, 'a thumbnail for each card with a photo');
				for (const i of imgs) {
					assert.equal(i.natural, PHOTO.width, 'the thumbnail loaded');
					assert.ok(i.width > 0 && i.width <= cards[0].width / 2,
						`${fixture} on a ${label}: a thumbnail ${i.width} px in a card ${cards[0].width} px`);
				}
				for (const c of cards)
					assert.match(c.title, /^\/public\/achievements\/\d+$/);
				await page.screenshot({ path: path.join(SHOTS, `${name}-${label}.png`), fullPage: true });
			});
		}
	}
	const { url } = await render('public-achievements.xsl', 'public-achievements-many.xml', 'html', '/public/achievements', 'public');
	await withPage(browser, url, PHONE, async (page) => {
		const r = await page.evaluate(() => ({
			fields: [...document.querySelectorAll('form.sc-filter [name]')].map((i) => i.name),
			method: document.querySelector('form.sc-filter')?.method,
			next: document.querySelector('.pager a[rel="next"]')?.getAttribute('href'),
			text: document.body.innerText,
		}));
		assert.deepEqual(r.fields, ['q', 'kind', 'industry', 'district', 'year']);
		assert.equal(r.method, 'get');
		assert.match(r.next, /^\?page=2&after=/);
		assert.ok(r.text.includes('<script>alert(1)</script>'), 'hostile text shown as text');
		assert.ok(r.text.includes('12,500.00 元'), 'the value in yuan');
	});
	// printed: a table with 序号, no cards, no form
	const print = await render('public-achievements.xsl', 'public-achievements-many.xml', 'print', '/public/achievements', 'public');
	assert.match(print.html, /class="grid sc-table"/);
	assert.doesNotMatch(print.html, /<form|class="sc-card/);
});

test('a studio\'s public page lists its achievements, on a phone', async () => {
	const { url } = await render('public-studio.xsl', 'public-studio-achievements.xml', 'html', '/public/studios/1', 'public');
	await withPage(browser, url, PHONE, async (page) => {
		await assertNoSideScroll(page, 'a studio with achievements on a phone');
		const links = await page.evaluate(() => [...document.querySelectorAll('#achievements a')]
			.map((a) => [a.getAttribute('href'), a.textContent]));
		assert.deepEqual(links.map((l) => l[0]), ['/public/achievements/7', '/public/achievements/3']);
		assert.equal(links[1][1], '总装线“零缺陷”班组管理法<script>alert(1)</script>');
		await page.screenshot({ path: path.join(SHOTS, 'public-studio-achievements-phone.png'), fullPage: true });
	});
	// a studio with none has no such section
	const none = await render('public-studio.xsl', 'public-studio.xml', 'html', '/public/studios/1', 'public');
	assert.doesNotMatch(none.html, /id="achievements"/);
});

/* The forms of an app page: their action values, fields, method and encoding. */
async function forms(sheet, fixture, p) {
	const { url } = await render(sheet, fixture, 'html', p);
	let r;
	await withPage(browser, url, DESKTOP, async (page) => {
		r = await page.evaluate(() => ({
			posts: [...document.querySelectorAll('form[method="post"]')].map((f) => ({
				action: f.getAttribute('action'),
				enctype: f.enctype,
				button: f.querySelector('button[name="action"]')?.value,
				fields: [...f.querySelectorAll('[name]')].map((i) => i.name),
				required: [...f.querySelectorAll('[required]')].map((i) => i.name),
				version: f.querySelector('input[name="version"]')?.value,
				csrf: f.querySelector('input[name="csrf"]')?.value,
				accept: f.querySelector('input[type="file"]')?.accept,
			})),
			thumbs: [...document.querySelectorAll('.ach-thumb img')].length,
			files: [...document.querySelectorAll('a.ach-file')].map((a) => a.getAttribute('href')),
			alert: document.querySelector('.form-errors')?.textContent ?? '',
			text: document.body.innerText,
		}));
	});
	return r;
}

const FIELDS = ['title', 'kind', 'form', 'patent-number', 'year', 'problem', 'benefits', 'value', 'people'];

test('the reviewers\' list: filters, CSV, and the base union\'s create form', async () => {
	const r = await forms('achievements.xsl', 'achievements.xml', '/app/achievements');
	assert.equal(r.posts.length, 1, 'one POST form: create');
	const f = r.posts[0];
	assert.equal(f.action, '/app/achievements');
	assert.equal(f.button, 'create');
	assert.equal(f.csrf, 'token');
	for (const n of ['studio', ...FIELDS])
		assert.ok(f.fields.includes(n), `the create form has ${n}`);
	assert.ok(!f.required.includes('value') && !f.required.includes('patent-number'), 'value and patent number optional');
	assert.match(r.text, /导出CSV/);
	assert.match(r.text, /待审核/);
	assert.match(r.text, /工作法\/操作法/);
	// a list without <new> has no create form
	const city = await forms('achievements.xsl', 'achievements-filtered.xml', '/app/achievements');
	assert.equal(city.posts.length, 0);
	const csv = await must('xsltproc', ['--nonet', path.join(XSLT, 'achievements.csv.xsl'), path.join(FIXTURES, 'achievements-filtered.xml')]);
	assert.match(csv, /^成果编号,成果名称,/);
	assert.match(csv, /,'?焊缝打磨工装改进=SUM\(A1\),|,焊缝打磨工装改进=SUM\(A1\),/);
	for (const [fixture, label] of [['achievements.xml', 'list'], ['achievements-filtered.xml', 'filtered']]) {
		const { url } = await render('achievements.xsl', fixture, 'html', '/app/achievements');
		for (const [w, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
			await withPage(browser, url, viewport, async (page) => {
				await assertNoSideScroll(page, `the ${label} on a ${w}`);
				await page.screenshot({ path: path.join(SHOTS, `achievements-${label}-${w}.png`), fullPage: true });
			});
		}
	}
});

test('an achievement\'s page has the forms its <may> and <actions> give, and only those', async () => {
	// the district: publish or return (with a reason), nothing to edit
	const district = await forms('achievement.xsl', 'achievement.xml', '/app/achievements/5');
	assert.deepEqual(district.posts.map((f) => f.button).sort(), ['publish', 'return']);
	for (const f of district.posts) {
		assert.equal(f.action, '/app/achievements/5');
		assert.equal(f.version, '3');
		assert.equal(f.csrf, 'token');
		assert.ok(f.fields.includes('opinion'));
	}
	assert.deepEqual(district.posts.find((f) => f.button === 'return').required, ['opinion']);
	assert.deepEqual(district.posts.find((f) => f.button === 'publish').required, []);
	assert.equal(district.thumbs, 1, 'the photo as a thumbnail');
	assert.match(district.text, /12,500\.00 元/);

	// the base union, its achievement returned: edit, photos, adoptions, submit
	const base = await forms('achievement.xsl', 'achievement-draft.xml', '/app/achievements/6');
	assert.deepEqual(base.posts.map((f) => f.button).sort(), ['adopt', 'photo', 'save', 'submit']);
	for (const f of base.posts) {
		assert.equal(f.action, '/app/achievements/6');
		assert.equal(f.version, '4');
	}
	const save = base.posts.find((f) => f.button === 'save');
	for (const n of FIELDS)
		assert.ok(save.fields.includes(n), `the edit form has ${n}`);
	assert.ok(!save.fields.includes('studio'), 'the studio is not changed by an edit');
	const photo = base.posts.find((f) => f.button === 'photo');
	assert.equal(photo.enctype, 'multipart/form-data');
	assert.ok(photo.fields.includes('file'));
	assert.match(photo.accept, /image\/jpeg/);
	const adopt = base.posts.find((f) => f.button === 'adopt');
	for (const n of ['unit-name', 'industry', 'region', 'adopted-on', 'effect'])
		assert.ok(adopt.fields.includes(n), `the adoption form has ${n}`);
	assert.ok(!adopt.required.includes('industry'), 'the industry is optional');
	assert.deepEqual(base.posts.find((f) => f.button === 'submit').fields.filter((n) => n === 'opinion'), []);
	assert.equal(base.thumbs, 2, 'the two pictures as thumbnails');
	assert.deepEqual(base.files, ['/app/attachments/13'], 'the PDF as a link');
	assert.match(base.alert, /成果名称/);
	assert.match(base.text, /退回理由/);
	assert.match(base.text, /请补充成果效益的测算依据/);
	assert.match(base.text, /<script>alert\(1\)<\/script>/, 'hostile text shown as text');

	// the city, a published achievement: take it down, with a reason
	const city = await forms('achievement.xsl', 'achievement-city.xml', '/app/achievements/5');
	assert.deepEqual(city.posts.map((f) => f.button), ['take-down']);
	assert.deepEqual(city.posts[0].required, ['opinion']);
	assert.match(city.text, /在公众网站查看/);

	for (const fixture of ['achievement.xml', 'achievement-draft.xml', 'achievement-city.xml']) {
		const { url } = await render('achievement.xsl', fixture, 'html', '/app/achievements/5');
		const name = fixture.replace(/\.xml$/, '');
		for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
			await withPage(browser, url, viewport, async (page) => {
				await assertNoSideScroll(page, `${fixture} on a ${label}`);
				await page.screenshot({ path: path.join(SHOTS, `${name}-${label}.png`), fullPage: true });
			});
		}
	}
});
