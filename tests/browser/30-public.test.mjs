// The public registry and a studio's page in Debian's Chromium at the size
// of a phone (390×844, as WeChat opens a shared link): no horizontal
// scroll, the stylesheet applied, no console error (a CSP violation is
// one), the Open Graph tags in the head; a screenshot of each is saved
// under /tmp for a person to look at.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { chromium } from 'playwright-core';

import { PUB, sql } from '../e2e/lib.mjs';

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

/* A phone-sized context, collecting console errors and failed resources. */
async function phone() {
	const ctx = await browser.newContext({
		ignoreHTTPSErrors: true,
		locale: 'zh-CN',
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
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

/* The page scrolls only vertically: nothing is wider than the screen. */
async function assertNoHorizontalScroll(page, what) {
	const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
		scrollWidth: document.scrollingElement.scrollWidth,
		innerWidth: window.innerWidth,
		// what sticks out, to say so when it fails
		wide: [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > 390.5)
			.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
	}));
	// On a phone, content wider than the screen widens the layout
	// viewport (innerWidth grows with it): the screen's 390 is the bound.
	assert.ok(scrollWidth <= innerWidth && innerWidth <= 390,
		`${what}: scrollWidth ${scrollWidth}, innerWidth ${innerWidth}, want both <= 390 (${wide.join(', ')})`);
}

async function styled(page) {
	return page.evaluate(() => [...document.styleSheets].some((s) => {
		try {
			return s.href && s.href.includes('/static/') && s.cssRules.length > 0;
		} catch {
			return false;
		}
	}));
}

async function firstStudioId() {
	const r = await sql("SELECT id FROM studio WHERE status <> 'revoked' ORDER BY named_on DESC, id DESC LIMIT 1");
	assert.equal(r.code, 0, r.stderr);
	return r.stdout.trim();
}

test('the registry reads on a phone: no horizontal scroll', async () => {
	const { ctx, errors } = await phone();
	try {
		const page = await ctx.newPage();
		const res = await page.goto(`${PUB}/public/studios`);
		assert.equal(res.status(), 200);
		assert.ok(await styled(page), 'the stylesheet is applied');
		await page.locator('.registry-item').first().waitFor();
		await assertNoHorizontalScroll(page, '/public/studios');
		// the feed is announced in the head
		assert.equal(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').count(), 1);
		await page.screenshot({ path: '/tmp/studio-public-registry-390.png', fullPage: true });

		// a search typed into the form, as a user would
		await page.locator('#f-q').fill('焊接');
		await Promise.all([page.waitForURL(/q=/), page.locator('.registry-filter button[type="submit"]').click()]);
		assert.equal(await page.locator('.registry-item').count(), 1);
		await assertNoHorizontalScroll(page, '/public/studios?q=焊接');
		assert.deepEqual(errors, [], 'no console errors (CSP violations...)');
	} finally {
		await ctx.close();
	}
});

test('a studio\'s page reads on a phone and carries its Open Graph tags', async () => {
	const id = await firstStudioId();
	const { ctx, errors } = await phone();
	try {
		const page = await ctx.newPage();
		const res = await page.goto(`${PUB}/public/studios/${id}`);
		assert.equal(res.status(), 200);
		assert.ok(await styled(page), 'the stylesheet is applied');
		await page.locator('.studio-facts').waitFor();
		await assertNoHorizontalScroll(page, `/public/studios/${id}`);
		const og = await page.evaluate(() => Object.fromEntries(
			[...document.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.content])));
		assert.ok(og['og:title'], 'og:title');
		assert.ok(og['og:description'], 'og:description');
		assert.equal(og['og:type'], 'article');
		assert.equal(og['og:url'], `${PUB}/public/studios/${id}`);
		await page.screenshot({ path: '/tmp/studio-public-studio-390.png', fullPage: true });
		assert.deepEqual(errors, [], 'no console errors (CSP violations...)');
	} finally {
		await ctx.close();
	}
});

test('the statistics chart is SVG drawn on the server and fits a phone', async () => {
	const { ctx, errors } = await phone();
	try {
		const page = await ctx.newPage();
		const res = await page.goto(`${PUB}/public/stats`);
		assert.equal(res.status(), 200);
		await page.locator('svg.chart').waitFor();
		assert.ok(await page.locator('svg.chart rect.chart-bar').count() > 0, 'bars drawn');
		assert.equal(await page.locator('script').count(), 0, 'no script');
		await assertNoHorizontalScroll(page, '/public/stats');
		await page.screenshot({ path: '/tmp/studio-public-stats-390.png', fullPage: true });
		assert.deepEqual(errors, [], 'no console errors (CSP violations...)');
	} finally {
		await ctx.close();
	}
});
