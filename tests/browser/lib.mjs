// Helpers of the browser tests: Debian's Chromium through playwright-core,
// a context per unit with its certificate (.p12, as a user imports it),
// and the PDF tools (pdfinfo, pdftotext).
import assert from 'node:assert/strict';

import { chromium } from 'playwright-core';

import { APP, P12_PASS, must } from '../e2e/lib.mjs';

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
