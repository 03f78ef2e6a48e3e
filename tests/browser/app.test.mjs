// The reviewers' site and the public site in Debian's Chromium, driven by
// playwright-core: a unit's certificate (.p12, as a user imports it) opens
// that unit's page; the pages render with their stylesheet and without a
// Content-Security-Policy complaint; a form posted by the real browser
// passes the CSRF checks.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { chromium } from 'playwright-core';

import {
	APP, P12_PASS, PUB, certsOf, childrenOf, city, holderName, issueCert, someBase,
	twoDistrictsWithBases, unitId,
} from '../e2e/lib.mjs';

const TIMEOUT = 60_000;
let browser;

before(async () => {
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', '--no-first-run'],
		timeout: 120_000,
	});
});

after(async () => {
	await browser?.close();
});

/*
 * A browser context holding one unit's certificate for the reviewers'
 * site (none when u is null), collecting console errors (a CSP violation
 * is one) of its pages.
 */
async function contextFor(u) {
	const ctx = await browser.newContext({
		ignoreHTTPSErrors: true,
		locale: 'zh-CN',
		clientCertificates: u ? [{ origin: APP, pfxPath: u.p12, passphrase: P12_PASS }] : [],
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
		// A resource of the page that fails (the browser's own favicon
		// probe aside).
		p.on('response', (r) => {
			if (r.status() >= 400 && r.request().resourceType() !== 'document' &&
			    !r.url().endsWith('/favicon.ico'))
				errors.push(`${r.status()} ${r.url()}`);
		});
	});
	return { ctx, errors };
}

/* Whether the page's own stylesheet applied (the body has the site's font/colours). */
async function styled(page) {
	return page.evaluate(() => [...document.styleSheets].some((s) => {
		try {
			return s.href && s.href.includes('/static/') && s.cssRules.length > 0;
		} catch {
			return false;
		}
	}));
}

test('a district\'s certificate opens its page; 单位 lists its base unions', async () => {
	const [d1, d2] = twoDistrictsWithBases();
	const { ctx, errors } = await contextFor(d1);
	try {
		const page = await ctx.newPage();
		const res = await page.goto(`${APP}/app/`);
		assert.equal(res.status(), 200);
		await page.locator('.whoami-unit').getByText(d1.name).waitFor();
		assert.match(await page.title(), /长春市职工创新工作室/);
		assert.ok(await styled(page), 'the stylesheet is applied');
		await page.screenshot({ path: '/tmp/studio-app-home.png', fullPage: true });

		await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '单位', exact: true }).click();
		await page.waitForURL(/\/app\/units$/);
		const mine = childrenOf(d1.code).find((u) => u.kind === 'base');
		const theirs = childrenOf(d2.code).find((u) => u.kind === 'base');
		await page.getByText(mine.name, { exact: false }).first().waitFor();
		assert.equal(await page.getByText(theirs.name).count(), 0, 'another district\'s base union is not listed');
		await page.screenshot({ path: '/tmp/studio-app-units.png', fullPage: true });
		assert.deepEqual(errors, [], 'no console errors (CSP violations...)');
	} finally {
		await ctx.close();
	}
});

test('the city opens a unit\'s certificate page and enrols a certificate with the form', async () => {
	const base = someBase();
	const id = await unitId(base.code);
	const { ctx, errors } = await contextFor(city());
	try {
		const page = await ctx.newPage();
		const res = await page.goto(`${APP}/app/units/${id}/certs`);
		assert.equal(res.status(), 200);
		await page.locator('.whoami-unit').getByText(city().name).waitFor();
		const form = page.locator('#enrol form');
		await form.waitFor();
		assert.equal(await form.locator('textarea[name="pem"]').count(), 1);
		assert.equal(await form.locator('input[name="holder"]').count(), 1);
		assert.equal(await form.locator('input[type="hidden"][name="csrf"]').count(), 1);

		// Chromium sends Sec-Fetch-Site: same-origin and the form's token.
		const holder = holderName('浏览器登记');
		const c = await issueCert(base, holder);
		await form.locator('textarea[name="pem"]').fill(c.pem);
		await form.locator('input[name="holder"]').fill(holder);
		await Promise.all([
			page.waitForURL(new RegExp(`/app/units/${id}/certs(\\?n=[0-9a-f]{32})?$`)),
			form.getByRole('button', { name: '登记证书' }).click(),
		]);
		await page.getByText(holder).first().waitFor();
		assert.ok((await certsOf(id)).some((x) => x.fp === c.fp && x.holder === holder), 'enrolled');
		await page.screenshot({ path: '/tmp/studio-app-certs.png', fullPage: true });
		assert.deepEqual(errors, [], 'no console errors (CSP violations...)');
	} finally {
		await ctx.close();
	}
});

test('without a certificate the reviewers\' site says one is needed', async () => {
	const { ctx } = await contextFor(null);
	try {
		const page = await ctx.newPage();
		const res = await page.goto(`${APP}/app/`).catch((e) => e);
		if (res instanceof Error) {
			// The handshake itself was refused: that is a refusal too.
			assert.match(res.message, /ERR_(SSL|BAD_SSL|CONNECTION)/, res.message);
			return;
		}
		assert.equal(res.status(), 400);
		await page.getByText('需要数字证书').first().waitFor();
	} finally {
		await ctx.close();
	}
});

test('the public home page renders its Chinese title', async () => {
	const { ctx, errors } = await contextFor(null);
	try {
		const page = await ctx.newPage();
		const res = await page.goto(`${PUB}/`);
		assert.equal(res.status(), 200);
		assert.match(await page.title(), /长春市职工创新工作室/);
		const h1 = page.locator('h1').first();
		await h1.waitFor();
		assert.match(await h1.innerText(), /[\u4e00-\u9fff]/);
		assert.ok(await styled(page), 'the stylesheet is applied');
		await page.getByRole('link', { name: '统计' }).first().click();
		await page.waitForURL(/\/public\/stats$/);
		await page.screenshot({ path: '/tmp/studio-public-stats.png', fullPage: true });
		await page.goto(`${PUB}/`);
		await page.screenshot({ path: '/tmp/studio-public-home.png', fullPage: true });
		assert.deepEqual(errors, [], 'no console errors (CSP violations...)');
	} finally {
		await ctx.close();
	}
});
