// The naming certificate carries a QR code of the studio's public page:
// the application document names its studio (<studio id public-url>), the
// certificate's document alone holds the code (<qr>), and the certificate
// of a named demo studio, printed by Chromium to one landscape A4 page and
// scanned at 300 dpi, decodes (zbarimg) to <public_origin>/public/studios/<id>.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { chromium } from 'playwright-core';

import { APP, P12_PASS, PUB, city, fetchXml, must, sql, units, xpath } from '../e2e/lib.mjs';

const TIMEOUT = 60_000;
/* Screenshots and PDFs, to be looked at: kept after the run. */
const SHOTS = process.env.SHOTS || '/tmp/studio-certificate-qr';
let browser;

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
});

/*
 * The named demo applications with their studios, from the database:
 * [{ app, studio, base }] (base: the code of the application's base union).
 */
async function namedStudios() {
	const r = await sql('SELECT a.id, s.id, u.code FROM application a' +
		' JOIN studio s ON s.application_id = a.id' +
		' JOIN unit u ON u.id = a.base_union_id' +
		" WHERE a.status = 'named' ORDER BY a.id");
	assert.equal(r.code, 0, r.stderr);
	const rows = r.stdout.trim().split('\n').filter(Boolean).map((l) => {
		const [app, studio, base] = l.split('\t');
		return { app, studio, base };
	});
	assert.ok(rows.length > 0, 'the demo data has named studios');
	return rows;
}

function unitOf(code) {
	const u = units().find((x) => x.code === code);
	assert.ok(u, `unit ${code} in units.tsv`);
	return u;
}

test('the application names its studio; only the certificate carries the QR code', async () => {
	for (const { app, studio } of await namedStudios()) {
		const url = `${PUB}/public/studios/${studio}`;
		// the page of the application (its export): the studio, no code
		const { xml } = await fetchXml(`${APP}/app/applications/${app}`, { as: city() });
		assert.equal(await xpath(xml, 'string(/application/studio/@id)'), studio);
		assert.equal(await xpath(xml, 'string(/application/studio/@public-url)'), url);
		assert.equal(await xpath(xml, 'count(//qr)'), '0', 'no QR code in the export');
		// the certificate: the code of that URL, level M, its geometry
		const cert = (await fetchXml(`${APP}/app/applications/${app}/certificate`, { as: city() })).xml;
		assert.equal(await xpath(cert, 'string(/application/studio/qr/@href)'), url);
		assert.equal(await xpath(cert, 'string(/application/studio/qr/@level)'), 'M');
		const size = Number(await xpath(cert, 'string(/application/studio/qr/@size)'));
		const version = Number(await xpath(cert, 'string(/application/studio/qr/@version)'));
		assert.equal(size, 17 + 4 * version);
		assert.ok(size >= 21 && size <= 41, `a small code for a short URL: ${size} modules`);
		// the same matrix as Debian's qrencode prints for the URL
		const ascii = await must('qrencode', ['-l', 'M', '-m', '0', '-t', 'ASCII', '-o', '-', '--', url]);
		const rows = ascii.split('\n').filter((l) => l !== '');
		assert.equal(rows.length, size, 'as many rows as qrencode');
		const d = await xpath(cert, 'string(/application/studio/qr/@d)');
		const dark = new Set();
		for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g))
			for (let i = 0; i < Number(m[3]); i++)
				dark.add(`${Number(m[1]) + i},${m[2]}`);
		for (let y = 0; y < size; y++)
			for (let x = 0; x < size; x++)
				assert.equal(dark.has(`${x},${y}`), rows[y][2 * x] === '#', `module (${x}, ${y})`);
	}
});

test('an application not yet named has no studio', async () => {
	const r = await sql('SELECT a.id FROM application a LEFT JOIN studio s ON s.application_id = a.id' +
		" WHERE a.status IN ('draft', 'recommended', 'audited') AND s.id IS NULL ORDER BY a.id LIMIT 1");
	assert.equal(r.code, 0, r.stderr);
	const app = r.stdout.trim();
	assert.match(app, /^\d+$/, 'the demo data has an application not named');
	const { xml } = await fetchXml(`${APP}/app/applications/${app}`, { as: city() });
	assert.equal(await xpath(xml, 'count(/application/studio)'), '0');
});

test('the printed certificate scans to the studio\'s public page (Chromium, 300 dpi, zbarimg)', async () => {
	const { app, studio, base } = (await namedStudios())[0];
	// as the city and as the studio's own base union
	for (const u of [city(), unitOf(base)]) {
		const ctx = await browser.newContext({
			ignoreHTTPSErrors: true,
			locale: 'zh-CN',
			timezoneId: 'Asia/Shanghai',
			clientCertificates: [{ origin: APP, pfxPath: u.p12, passphrase: P12_PASS }],
		});
		ctx.setDefaultTimeout(TIMEOUT);
		const errors = [];
		try {
			const page = await ctx.newPage();
			// a CSP violation is a console error; the favicon's 404 is not ours
			page.on('console', (m) => {
				if (m.type() === 'error' && !/Failed to load resource/.test(m.text()))
					errors.push(m.text());
			});
			page.on('response', (r) => {
				if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
					errors.push(`${r.status()} ${r.url()}`);
			});
			page.on('pageerror', (e) => errors.push(String(e)));
			const res = await page.goto(`${APP}/app/applications/${app}/certificate`);
			assert.equal(res.status(), 200);
			await page.locator('.cert-qr svg').waitFor();
			assert.equal((await page.locator('.cert-qr-caption').innerText()).replace(/\s+/g, ''),
				'扫码查验长春市职工创新工作室公示');

			// On paper: the code about 30 mm square, crisp, the page unclipped.
			await page.emulateMedia({ media: 'print' });
			const geo = await page.evaluate(() => {
				const svg = document.querySelector('.cert-qr svg');
				const box = svg.getBoundingClientRect();
				// the foot (code, leader, number, issuer) below the text
				// and inside the frame's padding
				const inner = document.querySelector('.cert-inner');
				const ib = inner.getBoundingClientRect();
				const cs = getComputedStyle(inner);
				const foot = document.querySelector('.cert-foot').getBoundingClientRect();
				const close = document.querySelector('.cert-close').getBoundingClientRect();
				return {
					w: box.width, h: box.height,
					crisp: svg.getAttribute('shape-rendering'),
					viewBox: svg.getAttribute('viewBox'),
					gap: foot.top - close.bottom,
					below: foot.bottom - (ib.bottom - parseFloat(cs.paddingBottom) -
						parseFloat(cs.borderBottomWidth)),
				};
			});
			const mm = (px) => (px * 25.4) / 96;
			assert.ok(mm(geo.w) >= 25 && mm(geo.w) <= 32 && Math.abs(geo.w - geo.h) < 0.5,
				`printed ${mm(geo.w).toFixed(1)} x ${mm(geo.h).toFixed(1)} mm`);
			assert.equal(geo.crisp, 'crispEdges');
			// the quiet zone: 4 modules on each side
			const [x0, y0, vw] = geo.viewBox.split(' ').map(Number);
			assert.ok(x0 === -4 && y0 === -4 && vw >= 29, `viewBox ${geo.viewBox}`);
			assert.ok(geo.gap >= 0 && geo.below <= 0.5,
				`the code and the text do not overlap (${geo.gap}px between), nor leave the frame (${geo.below}px)`);

			const pdf = path.join(SHOTS, `certificate-qr-${u.code}.pdf`);
			await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
			const info = await must('pdfinfo', [pdf]);
			assert.match(info, /^Pages:\s+1$/m, `one page:\n${info}`);
			const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
			assert.ok(size && Number(size[1]) > Number(size[2]), `landscape:\n${info}`);

			const png = pdf.replace(/\.pdf$/, '');
			await must('pdftoppm', ['-png', '-r', '300', '-singlefile', pdf, png]);
			const decoded = (await must('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', `${png}.png`])).trim();
			assert.equal(decoded, `${PUB}/public/studios/${studio}`, 'the one QR code on the page');
			// a small copy to look at
			await must('pdftoppm', ['-png', '-r', '50', '-singlefile', pdf, `${png}-50dpi`]);
		} finally {
			await ctx.close();
		}
		assert.deepEqual(errors, [], `no console errors (CSP...) as ${u.code}`);
	}
});
