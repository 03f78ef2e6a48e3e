// An application in Chromium, each unit with its own certificate: the
// base union fills in the whole 申请表 and recommends it, its district
// approves, the city names it; every one of them opens the printed form;
// the 申请表 prints to PDF as the cover and at most two A4 pages, the
// naming certificate as one A4 page landscape.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { chromium } from 'playwright-core';

import {
	APP, HONOUR_LINES, OPINION_LIMIT, P12_PASS, TEXT_LIMITS, act, applicationAsOwner, applicationFields, applicationXml, chineseText, city,
	createApplication, fieldOf, must, transition, unit, unitId, xpath, xpaths,
} from '../e2e/lib.mjs';

const TIMEOUT = 60_000;
const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const district = unit('220102');	// 南关区总工会
/* Screenshots and PDFs, to be looked at: kept after the run. */
const SHOTS = process.env.SHOTS || '/tmp/studio-applications';
let browser;
let id = null;

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', '--no-first-run'],
		timeout: 120_000,
	});
});

after(async () => {
	await browser?.close();
	// An application the tests did not take to the end is withdrawn.
	if (id !== null) {
		const { status } = await applicationAsOwner(id);
		if (['draft', 'returned', 'recommended'].includes(status))
			await transition(base, id, 'withdraw', { opinion: '测试结束，撤回。' });
		else if (status === 'audited')
			await transition(city(), id, 'reject', { opinion: '测试结束，不予命名。' });
	}
});

/*
 * A browser context with one unit's certificate (.p12, as a user imports
 * it), collecting the console errors of its pages (a CSP violation is one).
 */
async function contextFor(u) {
	const ctx = await browser.newContext({
		ignoreHTTPSErrors: true,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		clientCertificates: [{ origin: APP, pfxPath: u.p12, passphrase: P12_PASS }],
	});
	ctx.setDefaultTimeout(TIMEOUT);
	ctx.setDefaultNavigationTimeout(TIMEOUT);
	const errors = [];
	ctx.on('page', (p) => {
		p.on('console', (m) => {
			if (m.type() === 'error' && !/Failed to load resource/.test(m.text()))
				errors.push(m.text());
		});
		p.on('pageerror', (e) => errors.push(String(e)));
		p.on('response', (r) => {
			if (r.status() >= 400 && r.request().resourceType() !== 'document' &&
			    !r.url().endsWith('/favicon.ico'))
				errors.push(`${r.status()} ${r.url()}`);
		});
	});
	return { ctx, errors };
}

async function withPage(u, fn) {
	const { ctx, errors } = await contextFor(u);
	try {
		const page = await ctx.newPage();
		await fn(page);
		assert.deepEqual(errors, [], `no console errors (CSP violations...) as ${u.code}`);
	} finally {
		await ctx.close();
	}
}

/* The number of pages and the page size of a PDF, by pdfinfo. */
async function pdfInfo(file) {
	const out = await must('pdfinfo', [file]);
	const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
	const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
	assert.ok(pages > 0 && size, `pdfinfo ${file}:\n${out}`);
	return { pages, width: Number(size[1]), height: Number(size[2]), out };
}

/*
 * The text of a PDF without white space (lines break anywhere in Chinese),
 * in the order it was drawn (-raw): each cell's lines in turn, not the
 * lines of a row's cells side by side.
 */
async function pdfText(file) {
	return (await must('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])).replace(/\s+/g, '');
}

/* Every page of a PDF as PNG (50 dpi), to be looked at. */
async function pdfPngs(file) {
	await must('pdftoppm', ['-png', '-r', '50', file, file.replace(/\.pdf$/, '')]);
}

/*
 * Print an application's 申请表 as the city, to PDF: { pages, width,
 * height, text }.
 */
async function printApplication(appId, file) {
	let info;
	await withPage(city(), async (page) => {
		const res = await page.goto(`${APP}/app/applications/${appId}?format=print`);
		assert.equal(res.status(), 200);
		await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
		info = { ...(await pdfInfo(file)), text: await pdfText(file) };
	});
	return info;
}

/* A named application with these fields and opinions, made over HTTP. */
async function namedApplication(over, opinions) {
	const appId = await createApplication(base, applicationFields(over));
	const steps = [[base, 'recommend'], [district, 'approve'], [city(), 'name']];
	for (const [i, [u, a]] of steps.entries())
		await act(u, appId, a, { opinion: opinions[i] });
	return appId;
}

/* Take an action with the form of the application page. */
async function actOnPage(page, action, opinion) {
	const form = page.locator(`form.action-${action}`);
	await form.waitFor();
	await form.locator('textarea[name="opinion"]').fill(opinion);
	await Promise.all([
		page.waitForURL(new RegExp(`/app/applications/${id}(\\?n=[0-9a-f]{32})?$`)),
		form.locator('button[type="submit"]').click(),
	]);
}

/* The whole form, as typed in the browser. */
const n = String(Date.now()).slice(-6);
const typed = {
	'name': `浏览器填报测试创新工作室${n}`,
	'host-unit': '长春燃气股份有限公司',
	'host-unit-type': '110',
	'industry': 'D',
	'filled-on': '2025-12-06',
	'founded-on': '2020-09-18',
	'naming-unit': '长春燃气股份有限公司',
	'field': '燃气输配与智能巡检',
	'member-count': '16',
	'type-other': '应急抢修',
	'leader.name': fieldOf(applicationFields(), 'leader.name'),
	'leader.gender': '1',
	'leader.birth-month': '1978-05',
	'leader.education': '31',
	'leader.ethnicity': '11',
	'leader.political-status': '01',
	'leader.specialty': '燃气管道工',
	'leader.title': '高级技师',
	'leader.mobile': fieldOf(applicationFields(), 'leader.mobile'),
	'leader.email': `browser${n}@example.com`,
	'overview': '工作室成立于2020年，现有成员16人，其中高级技师5人、技师8人。\n设有120平方米的创新活动室和燃气泄漏检测实训场地，配备激光甲烷检测仪、管道内窥镜等设备。',
	'goals': '围绕城市燃气管网安全运行，三年内完成技术革新项目12项，形成标准化作业法3项，培养高技能人才30名。',
	'achievements-summary': '近三年完成“燃气管网智能巡检系统”等技术革新项目9项，获国家实用新型专利4项，年节约维修成本120余万元。',
	'honours': '2022年获评长春市工人先锋号；2024年获吉林省职工技术创新成果二等奖。',
};
const types = ['development', 'breakthrough', 'other'];
const honours = [['2019', '长春市技术能手'], ['2022', '长春市五一劳动奖章'], ['2024', '长春工匠']];

test('a base union fills in the whole form in Chromium, saves it and recommends it', async () => {
	await withPage(base, async (page) => {
		const res = await page.goto(`${APP}/app/applications/new`);
		assert.equal(res.status(), 200);
		const form = page.locator('form.app-form');
		await form.waitFor();
		assert.equal(await form.locator('input[type="hidden"][name="csrf"]').count(), 1);
		// the recommending unit defaults to the district
		assert.equal(await form.locator('select[name="recommending-unit"]').inputValue(), await unitId(district.code));

		for (const k of ['name', 'host-unit', 'naming-unit', 'field', 'leader.name', 'leader.specialty',
			'leader.title', 'leader.mobile', 'leader.email', 'filled-on', 'founded-on', 'member-count',
			'leader.birth-month', 'type-other'])
			await form.locator(`input[name="${k}"]`).fill(typed[k]);
		for (const k of ['overview', 'goals', 'achievements-summary', 'honours'])
			await form.locator(`textarea[name="${k}"]`).fill(typed[k]);
		for (const k of ['host-unit-type', 'industry', 'leader.education', 'leader.ethnicity',
			'leader.political-status'])
			await form.locator(`select[name="${k}"]`).selectOption(typed[k]);
		await form.locator(`input[name="leader.gender"][value="${typed['leader.gender']}"]`).check();
		for (const t of types)
			await form.locator(`input[name="types"][value="${t}"]`).check();
		for (const [i, [y, t]] of honours.entries()) {
			await form.locator('input[name="leader.honours.year"]').nth(i).fill(y);
			await form.locator('input[name="leader.honours.title"]').nth(i).fill(t);
		}
		for (const c of ['leader', 'members', 'goals', 'venue', 'equipment', 'display', 'not-existing-department'])
			await form.locator(`input[name="conditions.${c}"]`).check();
		await form.locator('input[name="employer-consent"]').check();
		await page.screenshot({ path: path.join(SHOTS, 'form-filled.png'), fullPage: true });

		await Promise.all([
			page.waitForURL(/\/app\/applications\/\d+(\?n=[0-9a-f]{32})?$/),
			form.locator('button[type="submit"]').click(),
		]);
		id = /\/app\/applications\/(\d+)(\?n=[0-9a-f]{32})?$/.exec(page.url())[1];
		await page.getByRole('heading', { name: typed.name }).first().waitFor();
		await page.screenshot({ path: path.join(SHOTS, 'application-draft.png'), fullPage: true });

		// What the browser sent is what was stored.
		const { xml, status } = await applicationXml(id, base);
		assert.equal(status, 'draft');
		const A = '/application';
		const got = await xpaths(xml, [`${A}/name`, `${A}/host-unit`, `${A}/host-unit-type/@code`, `${A}/industry/@code`,
			`${A}/filled-on`, `${A}/founded-on`, `${A}/naming-unit`, `${A}/field`, `${A}/member-count`,
			`${A}/leader/name`, `${A}/leader/gender/@code`, `${A}/leader/birth-month`, `${A}/leader/education/@code`,
			`${A}/leader/ethnicity/@code`, `${A}/leader/political-status/@code`, `${A}/leader/specialty`,
			`${A}/leader/title`, `${A}/leader/mobile`, `${A}/leader/email`, `${A}/overview`, `${A}/goals`,
			`${A}/achievements-summary`, `${A}/honours`, `${A}/types/type[@code="other"]`]);
		assert.deepEqual(got, ['name', 'host-unit', 'host-unit-type', 'industry', 'filled-on', 'founded-on',
			'naming-unit', 'field', 'member-count', 'leader.name', 'leader.gender', 'leader.birth-month',
			'leader.education', 'leader.ethnicity', 'leader.political-status', 'leader.specialty', 'leader.title',
			'leader.mobile', 'leader.email', 'overview', 'goals', 'achievements-summary', 'honours', 'type-other']
			.map((k) => typed[k]));
		assert.equal((await xpath(xml, `${A}/types/type/@code`)).match(/"[^"]+"/g).join(' '),
			types.map((t) => `"${t}"`).join(' '));
		for (const [i, [y, t]] of honours.entries())
			assert.deepEqual(await xpaths(xml, [`${A}/leader/honours/honour[${i + 1}]/@year`,
				`${A}/leader/honours/honour[${i + 1}]`]), [y, t]);
		assert.equal(await xpath(xml, `count(${A}/conditions/@*[. = "true"])`), '7');
		assert.equal(await xpath(xml, `string(${A}/employer-consent)`), 'true');

		await actOnPage(page, 'recommend', '经单位同意，推荐申报长春市职工创新工作室。');
		assert.equal((await applicationXml(id, base)).status, 'recommended');
		await page.screenshot({ path: path.join(SHOTS, 'application-recommended.png'), fullPage: true });
	});
});

test('the district approves it and the city names it, each in Chromium', async () => {
	assert.ok(id, 'the application of the test before');
	await withPage(district, async (page) => {
		await page.goto(`${APP}/app/`);
		// the district's to-do list leads to it
		await Promise.all([
			page.waitForURL(new RegExp(`/app/applications/${id}(\\?n=[0-9a-f]{32})?$`)),
			page.locator(`a[href="/app/applications/${id}"]`).first().click(),
		]);
		await actOnPage(page, 'approve', '经审核，符合长春市职工创新工作室基本条件，同意上报市总工会。');
		assert.equal((await applicationXml(id, district)).status, 'audited');
	});
	await withPage(city(), async (page) => {
		await page.goto(`${APP}/app/applications/${id}`);
		await actOnPage(page, 'name', '经考核，同意命名为长春市职工创新工作室。');
		const { xml, status } = await applicationXml(id, city());
		assert.equal(status, 'named');
		const number = await xpath(xml, 'string(/application/naming/@number)');
		assert.match(number, /^长工创命〔\d{4}〕\d{3,}号$/);
		await page.getByText(number).first().waitFor();
		await page.screenshot({ path: path.join(SHOTS, 'application-named.png'), fullPage: true });
	});
});

test('every unit prints the 申请表: cover and at most two A4 pages', async () => {
	assert.ok(id, 'the application of the tests before');
	for (const u of [base, district, city()]) {
		await withPage(u, async (page) => {
			const res = await page.goto(`${APP}/app/applications/${id}?format=print`);
			assert.equal(res.status(), 200);
			await page.getByText(typed.name).first().waitFor();
			assert.equal(await page.locator('form').count(), 0, 'no forms on the printed page');
			const pdf = path.join(SHOTS, `application-${u.code}.pdf`);
			await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
			const info = await pdfInfo(pdf);
			assert.ok(info.pages >= 2 && info.pages <= 3, `${u.code}: ${info.pages} pages (cover + at most two)`);
			assert.ok(info.height > info.width, 'portrait');
			assert.ok(Math.abs(info.width - 595.28) < 3 && Math.abs(info.height - 841.89) < 3, `A4: ${info.out}`);
			if (u === city())
				await pdfPngs(pdf);
		});
	}
});

test('every unit prints the naming certificate: one A4 page, landscape', async () => {
	assert.ok(id, 'the application of the tests before');
	for (const u of [base, district, city()]) {
		await withPage(u, async (page) => {
			const res = await page.goto(`${APP}/app/applications/${id}/certificate`);
			assert.equal(res.status(), 200);
			await page.getByText(typed.name).first().waitFor();
			const pdf = path.join(SHOTS, `certificate-${u.code}.pdf`);
			await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
			const info = await pdfInfo(pdf);
			assert.equal(info.pages, 1, `${u.code}: one page`);
			assert.ok(info.width > info.height, `${u.code}: landscape (${info.out})`);
			if (u === city())
				await pdfPngs(pdf);
		});
	}
});

test('a refused form in Chromium shows the message beside the field and keeps the text', async () => {
	await withPage(base, async (page) => {
		await page.goto(`${APP}/app/applications/new`);
		const form = page.locator('form.app-form');
		const name = `浏览器校验测试${n}`;
		await form.locator('input[name="name"]').fill(name);
		await form.locator('input[name="leader.mobile"]').evaluate((e) => e.setAttribute('maxlength', '20'));
		await form.locator('input[name="leader.mobile"]').fill('139123456789');
		await form.locator('textarea[name="overview"]').fill('保留这段文字。');
		await Promise.all([
			page.waitForLoadState('domcontentloaded'),
			form.locator('button[type="submit"]').click(),
		]);
		await page.locator('#err-leader\\.mobile').waitFor();
		assert.equal(await page.locator('input[name="name"]').inputValue(), name);
		assert.equal(await page.locator('input[name="leader.mobile"]').inputValue(), '139123456789');
		assert.equal(await page.locator('textarea[name="overview"]').inputValue(), '保留这段文字。');
		await page.screenshot({ path: path.join(SHOTS, 'form-refused.png'), fullPage: true });
	});
});

test('a complete application with its long texts at their limits prints as the cover and two pages', async () => {
	// The four boxes full, ending in a mark each, to see nothing is clipped;
	// every honour line the form takes; the other fields and the opinions
	// as usually filled.
	const marks = { 'overview': '基本情况止', 'goals': '工作目标止', 'achievements-summary': '成果简介止',
		'honours': '曾获荣誉止' };
	const over = {};
	for (const [f, m] of Object.entries(marks))
		over[f] = chineseText(TEXT_LIMITS[f] - m.length) + m;
	over.types = ['development', 'breakthrough', 'skill-transfer', 'collaboration', 'training', 'other'];
	over['type-other'] = '应急抢修服务';
	over['leader.honours'] = Array.from({ length: HONOUR_LINES },
		(_, i) => [String(2010 + i), `长春市技术能手第${i + 1}届`]);
	const opinions = ['经单位同意，推荐申报长春市职工创新工作室。该工作室创新成果突出，带动作用明显。',
		'经审核，该工作室符合长春市职工创新工作室基本条件，同意推荐上报市总工会。',
		'经考核，同意命名为长春市职工创新工作室。'];
	const appId = await namedApplication(over, opinions);
	const file = path.join(SHOTS, 'application-long.pdf');
	const info = await printApplication(appId, file);
	await pdfPngs(file);
	assert.ok(info.pages >= 2 && info.pages <= 3, `${info.pages} pages (cover + at most two)`);
	for (const m of [...Object.values(marks), ...opinions.map((o) => o.replace(/\s+/g, ''))])
		assert.ok(info.text.includes(m), `the printed form holds ${m} (nothing clipped)`);
	assert.ok(info.text.includes(`长春市技术能手第${HONOUR_LINES}届`), 'the last honour line is printed');
});

test('an application with every field and opinion at its limit prints as the cover and two pages', async () => {
	// Every text full, ending in a mark of its own, to see nothing is
	// clipped; every honour line, each title full; the longest labels of
	// the code tables; an e-mail address as long as the server takes; the
	// three opinions full.
	const STEMS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
	const marks = [];
	const full = (n) => {
		const m = `${STEMS[marks.length]}止`;
		marks.push(m);
		return chineseText(n - m.length) + m;
	};
	const over = {};
	for (const [f, n] of Object.entries(TEXT_LIMITS))
		if (f !== 'leader.honours.title' && f !== 'name')
			over[f] = full(n);
	// the name is unique: a studio is named once
	const stamp = String(Date.now()).slice(-8);
	over.name = chineseText(TEXT_LIMITS.name - 8) + stamp;
	over.types = ['development', 'breakthrough', 'skill-transfer', 'collaboration', 'training', 'other'];
	over['leader.honours'] = Array.from({ length: HONOUR_LINES },
		(_, i) => [String(2010 + i), full(TEXT_LIMITS['leader.honours.title'])]);
	// the longest labels of the code tables (sql/data)
	Object.assign(over, {
		'host-unit-type': '160',		// 港澳台商投资企业
		'industry': 'D',			// 电力、热力、燃气及水生产和供应业
		'member-count': '100000',
		'leader.education': '11',		// 博士研究生
		'leader.ethnicity': '98',		// 外国血统中国籍人士
		'leader.political-status': '10',	// 九三学社社员
	});
	// 100 characters, as valid_email takes (a local part of 64, the most
	// an address has): it must wrap in its cell
	const local = `zhang.wei.${stamp}.`;
	const domain = `changchun-gas-${'x'.repeat(35 - 'changchun-gas-'.length - '.example.cn'.length)}.example.cn`;
	over['leader.email'] = `${local}${'x'.repeat(64 - local.length - 4)}endm@${domain}`;
	assert.equal(over['leader.email'].length, 100);
	const opinions = [full(OPINION_LIMIT), full(OPINION_LIMIT), full(OPINION_LIMIT)];
	const appId = await namedApplication(over, opinions);
	const A = '/application';
	const labels = await xpaths((await applicationXml(appId, city())).xml, [`${A}/host-unit-type`, `${A}/industry`,
		`${A}/leader/education`, `${A}/leader/ethnicity`, `${A}/leader/political-status`, `${A}/naming/@number`]);
	const file = path.join(SHOTS, 'application-limits.pdf');
	const info = await printApplication(appId, file);
	await pdfPngs(file);
	assert.ok(info.pages >= 2 && info.pages <= 3, `${info.pages} pages (cover + at most two)`);
	for (const m of [...marks, stamp, ...labels, '100000'])
		assert.ok(m && info.text.includes(m), `the printed form holds ${m} (nothing clipped)`);
	assert.ok(info.text.includes(over['leader.email']), 'the e-mail address is printed whole');
});
