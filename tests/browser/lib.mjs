// Helpers of the browser tests: Debian's Chromium through playwright-core,
// a context per unit with its certificate (.p12, as a user imports it),
// and the PDF tools (pdfinfo, pdftotext).
import assert from 'node:assert/strict';

import { chromium } from 'playwright-core';

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { APP, P12_PASS, ROOT, must } from '../e2e/lib.mjs';

export const TIMEOUT = 60_000;

export function launch() {
	return chromium.launch({
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', '--no-first-run'],
		timeout: 120_000,
	});
}

/*
 * Run fn(page) in a context with unit u's certificate; fails on a console
 * error (a CSP violation is one) or a failed subresource.
 */
export async function withUnitPage(browser, u, fn, { viewport } = {}) {
	const ctx = await browser.newContext({
		ignoreHTTPSErrors: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport,
		clientCertificates: [{ origin: APP, pfxPath: u.p12, passphrase: P12_PASS }],
	});
	ctx.setDefaultTimeout(TIMEOUT);
	ctx.setDefaultNavigationTimeout(TIMEOUT);
	const errors = [];
	try {
		const page = await ctx.newPage();
		page.on('console', (m) => {
			if (m.type() === 'error' && !/Failed to load resource/.test(m.text()))
				errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('response', (r) => {
			if (r.status() >= 400 && r.request().resourceType() !== 'document' &&
			    !r.url().endsWith('/favicon.ico'))
				errors.push(`${r.status()} ${r.url()}`);
		});
		await fn(page);
		assert.deepEqual(errors, [], `no console errors as ${u.code}`);
	} finally {
		await ctx.close();
	}
}

/* The number of pages and the page size (pt) of a PDF, by pdfinfo. */
export async function pdfInfo(file) {
	const out = await must('pdfinfo', [file]);
	const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
	const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
	assert.ok(pages > 0 && size, `pdfinfo ${file}:\n${out}`);
	return { pages, width: Number(size[1]), height: Number(size[2]) };
}

/* The text of a PDF without white space, in the order it was drawn. */
export async function pdfText(file) {
	return (await must('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])).replace(/\s+/g, '');
}

const XSLT = path.join(ROOT, 'xslt');
const FIXTURES = path.join(ROOT, 'tests/fixtures/xml');

/* The city's certificate, as the stylesheets' parameters name a unit. */
export const CITY_ME = { id: '1', code: '220100', kind: 'city', name: '长春市总工会', holder: '张三' };

/*
 * A sample document (tests/fixtures/xml/<fixture>) through a page's
 * stylesheet with the parameters the worker gives it (the unit me, or
 * none on the public site; path; format; today), written into dir as
 * <name>.<format>.html with its /static/ links made local, after the
 * [pattern, replacement] pairs of replace (pictures the sample names).
 * { url: the file's URL, html: the transformation's output as it was }.
 */
export async function renderSample({ dir, sheet, fixture, format, path: pathParam, site = 'app',
	me = CITY_ME, today = '2026-11-25', name, replace = [] }) {
	const unit = site === 'app' ? ['--stringparam', 'me-id', me.id,
		'--stringparam', 'me-code', me.code, '--stringparam', 'me-kind', me.kind,
		'--stringparam', 'me-name', me.name, '--stringparam', 'me-holder', me.holder,
		'--stringparam', 'csrf', 'token'] : [];
	const out = await must('xsltproc', ['--nonet', '--nowrite', '--nomkdir',
		'--stringparam', 'site', site, ...unit, '--stringparam', 'path', pathParam,
		'--stringparam', 'today', today, '--stringparam', 'format', format,
		path.join(XSLT, sheet), path.join(FIXTURES, fixture)]);
	let html = out.replaceAll('href="/static/', `href="${pathToFileURL(XSLT).href}/static/`)
		.replaceAll('src="/static/', `src="${pathToFileURL(XSLT).href}/static/`);
	for (const [pattern, to] of replace)
		html = html.replace(pattern, to);
	const file = path.join(dir, `${name ?? fixture.replace(/\.xml$/, '')}.${format}.html`);
	writeFileSync(file, html);
	return { url: pathToFileURL(file).href, html: out };
}

/* A picture of the site's own, for the photos a sample names. */
export const LOCAL_PICTURE = `${pathToFileURL(XSLT).href}/static/favicon.svg`;

/*
 * Open url (a file) at the viewport and run fn(page); fails on a console
 * error, a page error or a file that does not load.
 */
export async function withPage(browser, url, viewport, fn) {
	const ctx = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
	const errors = [];
	try {
		const page = await ctx.newPage();
		page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
		await page.goto(url);
		await fn(page);
		assert.deepEqual(errors, [], 'no console errors or missing files');
	} finally {
		await ctx.close();
	}
}

/* The elements whose right edge passes the width w (CSS px), as text. */
export function overflowing(page, w) {
	return page.evaluate((width) => {
		const bad = [];
		for (const el of document.querySelectorAll('body *')) {
			const r = el.getBoundingClientRect();
			if (r.width > 0 && r.right > width + 1)
				bad.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(r.right)}`);
		}
		return bad.slice(0, 10);
	}, w);
}
