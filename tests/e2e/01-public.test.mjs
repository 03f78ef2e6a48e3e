// The public site: no certificate, HTML made on the server, the XML
// documents behind it, security headers, conditional requests, errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	APP, CHINESE, PUB, PUBLIC_PORT, APP_PORT, SERVER_CA, assertSecurityHeaders, curl, fetchXml,
	page, run, show, validateXml, xpath,
} from './lib.mjs';

// A URL of its own (an ignored parameter) per use: nginx caches public
// pages for a few seconds, and these tests are about what the application
// answers, or about one cache entry from its start.
let n = 0;
const fresh = (p) => `${PUB}${p}${p.includes('?') ? '&' : '?'}t=${process.pid}-${Date.now()}-${++n}`;
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

test('GET / is the public home page in Chinese, with the security headers', async () => {
	const res = await page(`${PUB}/`);
	assertSecurityHeaders(res);
	assert.match(res.body, /^<!DOCTYPE html>/i);
	assert.match(res.body, /<html[^>]*lang="zh-CN"/);
	assert.match(res.body, /<title>[^<]*长春市职工创新工作室[^<]*<\/title>/);
	assert.match(res.body, /职工创新工作室/);
	// HTML made on the server: no client-side XSLT, no inline script.
	assert.doesNotMatch(res.body, /<\?xml-stylesheet/);
	assert.doesNotMatch(res.body, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline script');
	assert.doesNotMatch(res.body, /\son[a-z]+="/i, 'no inline event handlers');
});

test('GET /public/stats is the statistics page in Chinese, with the security headers', async () => {
	const res = await page(`${PUB}/public/stats`);
	assertSecurityHeaders(res);
	assert.match(res.body, CHINESE);
	assert.match(res.body, /统计/);
});

test('?format=xml returns the document itself, schema="1", valid against its XSD', async () => {
	for (const [p, root] of [['/', 'home'], ['/public/stats', 'stats']]) {
		const { res, xml, root: got } = await fetchXml(`${PUB}${p}`);
		assert.equal(got, root, `${p} is a <${root}> document`);
		assertSecurityHeaders(res);
		assert.match(await xpath(xml, 'string(/*/progress/@target)'), /^\d+$/);
		assert.match(await xpath(xml, 'string(/*/progress/@named)'), /^\d+$/);
	}
	// The statistics name the districts in Chinese (UTF-8 through the whole chain).
	const { xml } = await fetchXml(`${PUB}/public/stats`);
	assert.match(await xpath(xml, 'string(/stats/by-unit/unit[1])'), CHINESE);
	// No personal data on a public page.
	assert.doesNotMatch(xml, /<(mobile|email|birth-month|ethnicity|political-status)\b/);
});

test('Accept: application/xml returns the XML too', async () => {
	for (const p of ['/', '/public/stats']) {
		const res = await curl(fresh(p), { headers: { Accept: 'application/xml' } });
		assert.equal(res.status, 200, show(res));
		assert.match(res.headers['content-type'], /^application\/xml/);
		await validateXml(res.body);
		// and a browser's Accept, which names application/xml too, gets HTML
		const html = await curl(fresh(p), { headers: { Accept: BROWSER_ACCEPT } });
		assert.equal(html.status, 200, show(html));
		assert.match(html.headers['content-type'], /^text\/html/);
	}
});

test('the public page cache keeps a browser\'s HTML and an XML client\'s XML apart', async () => {
	const url = fresh('/public/stats');
	const html = await curl(url, { headers: { Accept: BROWSER_ACCEPT } });
	assert.match(html.headers['content-type'], /^text\/html/);
	const xml = await curl(url, { headers: { Accept: 'application/xml' } });
	assert.match(xml.headers['content-type'], /^application\/xml/, show(xml));
	const url2 = fresh('/public/stats');
	const xml2 = await curl(url2, { headers: { Accept: 'application/xml' } });
	assert.match(xml2.headers['content-type'], /^application\/xml/);
	const html2 = await curl(url2, { headers: { Accept: BROWSER_ACCEPT } });
	assert.match(html2.headers['content-type'], /^text\/html/, show(html2));
});

test('the public port never asks for a client certificate', async () => {
	for (const version of ['-tls1_2', '-tls1_3']) {
		const pub = await run('openssl', ['s_client', '-connect', `127.0.0.1:${PUBLIC_PORT}`,
			'-servername', '127.0.0.1', '-CAfile', SERVER_CA, '-msg', version], { input: '', timeout: 60_000 });
		const out = pub.stdout + pub.stderr;
		assert.match(out, /Verify return code: 0 \(ok\)/, `handshake ${version} with the public site:\n${out}`);
		assert.doesNotMatch(out, /CertificateRequest/, `public site sent a CertificateRequest (${version})`);
		assert.doesNotMatch(out, /Acceptable client certificate CA names/);
	}
	// The same probe does see the request on the reviewers' port, so it
	// would catch one on the public port.
	const app = await run('openssl', ['s_client', '-connect', `127.0.0.1:${APP_PORT}`,
		'-servername', '127.0.0.1', '-CAfile', SERVER_CA, '-msg'], { input: '', timeout: 60_000 });
	assert.match(app.stdout + app.stderr, /CertificateRequest/);
});

test('/app/ does not exist on the public site', async () => {
	for (const p of ['/app/', '/app/units', '/app/audit']) {
		const res = await curl(`${PUB}${p}`);
		assert.equal(res.status, 404, `${p}: ${show(res)}`);
		assert.doesNotMatch(res.body, /市总工会审核员|<units|<dashboard/);
	}
	// Nor by a detour; and were nginx to pass one, the application
	// refuses every /app/ page that did not come through the reviewers' site.
	for (const p of ['//app/', '/%61pp/', '/public/../app/', '/./app/units', '/app', '/App/',
		'/app/units?format=xml', '/%2fapp/']) {
		const res = await curl(`${PUB}${p}`, { extra: ['--path-as-is'] });
		assert.ok([400, 403, 404].includes(res.status), `${p}: ${show(res)}`);
		assert.doesNotMatch(res.body, /市总工会审核员|<units|<dashboard/);
	}
});

test('an unknown path gets the 404 page', async () => {
	const res = await curl(`${PUB}/no/such/page`);
	assert.equal(res.status, 404, show(res));
	assert.match(res.headers['content-type'], /^text\/html/);
	assert.match(res.body, /您访问的页面不存在/);
	assertSecurityHeaders(res);
	const x = await curl(`${PUB}/no/such/page?format=xml`);
	assert.equal(x.status, 404);
	assert.equal(await validateXml(x.body), 'error');
	assert.equal(await xpath(x.body, 'string(/error/@status)'), '404');
});

test('a GET carries an ETag and If-None-Match answers 304', async () => {
	for (const p of ['/', '/public/stats', '/public/stats?format=xml']) {
		const url = fresh(p);
		const res = await curl(url);
		assert.equal(res.status, 200, show(res));
		const tag = res.headers.etag;
		assert.ok(tag, `${p} has an ETag: ${show(res)}`);
		const again = await curl(url, { headers: { 'If-None-Match': tag } });
		assert.equal(again.status, 304, `${p} If-None-Match ${tag}: ${show(again)}`);
		assert.equal(again.body, '');
		const other = await curl(url, { headers: { 'If-None-Match': '"not-this-one"' } });
		assert.equal(other.status, 200, show(other));
	}
	// HTML and XML of the same page are different representations.
	const h = await curl(`${PUB}/public/stats`);
	const x = await curl(`${PUB}/public/stats?format=xml`);
	assert.notEqual(h.headers.etag, x.headers.etag);
});

test('a compressed page\'s weak ETag revalidates too; HEAD has the headers', async () => {
	const url = fresh('/public/stats');
	const res = await curl(url, { extra: ['--compressed'] });
	assert.equal(res.status, 200, show(res));
	assert.equal(res.headers['content-encoding'], 'gzip');
	assert.match(res.body, /统计/);
	const tag = res.headers.etag;
	assert.ok(tag, show(res));
	const again = await curl(url, { extra: ['--compressed'], headers: { 'If-None-Match': tag } });
	assert.equal(again.status, 304, `If-None-Match ${tag}: ${show(again)}`);
	const head = await curl(`${PUB}/public/stats`, { method: 'HEAD' });
	assert.equal(head.status, 200, show(head));
	assert.ok(head.headers.etag);
	assert.match(head.headers['content-type'], /^text\/html/);
	assertSecurityHeaders(head);
});

test('a bad format= is 400, naming the parameter', async () => {
	const res = await curl(`${PUB}/public/stats?format=foo`);
	assert.equal(res.status, 400, show(res));
	assert.match(res.headers['content-type'], /^text\/html/);
	assert.match(res.body, /format/);
	assertSecurityHeaders(res);
	// csv where a page has none is refused too
	const csv = await curl(`${PUB}/?format=csv`);
	assert.ok(csv.status === 400, show(csv));
});

test('a POST to a public page is 405 and says what is allowed', async () => {
	for (const p of ['/', '/public/stats']) {
		const res = await curl(`${PUB}${p}`, { data: 'a=b' });
		assert.equal(res.status, 405, show(res));
		assert.equal(res.headers.allow, 'GET, HEAD', show(res));
		assertSecurityHeaders(res);
	}
});
