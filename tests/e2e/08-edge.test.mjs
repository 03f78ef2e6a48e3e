// The edge: nginx in front of the pool.  Every response of both sites, the
// application's and the ones nginx makes itself (certificate errors, 404,
// 405, redirects, robots.txt, static files, 502 with the pool down), carries
// each security header exactly once; the reviewers' pages are never
// stored; the TLS session cache of the reviewers' site holds under a load
// of handshakes, and no session crosses from one listener to the other.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';
import { test } from 'node:test';

import {
	APP, APP_PORT, CHINESE, PUB, PUBLIC_PORT, ROOT, SERVER_CA, VAR, city, devstack, masterPid,
	must, run, tmp, units, waitFor,
} from './lib.mjs';

// The application's policy, as fcgi/resp.c writes it: nginx must send the
// same one on its own pages.
const CSP = (() => {
	const src = readFileSync(path.join(ROOT, 'fcgi/resp.c'), 'utf8');
	const m = /#define\s+CSP\s+((?:"[^"]*"\s*\\?\s*)+)/.exec(src);
	assert.ok(m, 'fcgi/resp.c defines CSP');
	return [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]).join('');
})();

const HSTS = 'max-age=31536000';
const SECURITY = {
	'content-security-policy': CSP,
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin',
};

let seq = 0;

/*
 * One request with curl, keeping every header line: resolves to
 * { status, h, body } where h maps each lowercase header name to the
 * array of its values, in order (curl's %{header_json}).
 */
async function raw(url, { as, method, data, headers = [], insecure = false } = {}) {
	const body = tmp(`edge-body-${process.pid}-${++seq}`);
	const args = ['-sS', '--max-time', '30', '-o', body, '-w', '%{http_code}\n%{header_json}'];
	if (url.startsWith('https:'))
		args.push('--cacert', SERVER_CA);
	if (insecure)
		args.push('-k');
	if (as)
		args.push('--cert', as.cert, '--key', as.key);
	if (method === 'HEAD')
		args.push('-I');
	else if (method)
		args.push('-X', method);
	if (data !== undefined)
		args.push('--data-binary', data);
	for (const x of headers)
		args.push('-H', x);
	args.push(url);
	const r = await run('curl', args, { timeout: 60_000 });
	const nl = r.stdout.indexOf('\n');
	const status = Number(r.stdout.slice(0, nl));
	let h = {};
	try {
		h = JSON.parse(r.stdout.slice(nl + 1));
	} catch {
		/* no response */
	}
	const b = existsSync(body) ? readFileSync(body, 'utf8') : '';
	rmSync(body, { force: true });
	return { status, h, body: b, curl: r };
}

function describe(what, res) {
	return `${what}: status ${res.status}\n${JSON.stringify(res.h)}\n${res.body.slice(0, 400)}\n${res.curl.stderr}`;
}

/* Each security header exactly once with its value; HSTS once over TLS, never over plain HTTP. */
function assertOnce(what, res, { tls: overTls = true } = {}) {
	assert.ok(res.status > 0, describe(what, res));
	for (const [k, v] of Object.entries(SECURITY))
		assert.deepEqual(res.h[k], [v], `${what}: exactly one ${k}\n${describe(what, res)}`);
	if (overTls)
		assert.deepEqual(res.h['strict-transport-security'], [HSTS], `${what}: exactly one HSTS\n${describe(what, res)}`);
	else
		assert.equal(res.h['strict-transport-security'], undefined, `${what}: no HSTS over plain HTTP`);
	if (res.h['cache-control'])
		assert.equal(res.h['cache-control'].length, 1, `${what}: one Cache-Control\n${describe(what, res)}`);
}

let fresh = 0;
const uniq = () => `t=${process.pid}-${Date.now()}-${++fresh}`;

test('the application\'s pages carry each security header once, on both sites', async () => {
	const c = city();
	const cases = [
		['public home', `${PUB}/`],
		['public home, uncached', `${PUB}/?${uniq()}`],
		['public XML', `${PUB}/public/stats?format=xml&${uniq()}`],
		['public 404 of the application', `${PUB}/public/no-such-page-${uniq()}`],
		['public 400 of the application', `${PUB}/?format=nonsense&${uniq()}`],
		['app to-do list', `${APP}/app/`, c],
		['app XML', `${APP}/app/units?format=xml`, c],
		['app print', `${APP}/app/units?format=print`, c],
		['app CSV', `${APP}/app/units?format=csv`, c],
		['app 404 of the application', `${APP}/app/no-such-page`, c],
	];
	for (const [what, url, as] of cases) {
		const res = await raw(url, { as });
		assertOnce(what, res);
		assert.match(res.h.server?.[0] ?? 'nginx', /^nginx$/, 'no version in Server');
	}
	// A POST the application refuses (no CSRF token): its 403 goes through
	// nginx with the headers once too.
	const post = await raw(`${APP}/app/applications`, {
		as: c, method: 'POST', data: 'a=b',
		headers: ['Sec-Fetch-Site: same-origin', `Origin: ${APP}`, 'Content-Type: application/x-www-form-urlencoded'],
	});
	assert.ok(post.status >= 400, describe('POST without token', post));
	assertOnce('app refused POST', post);
});

test('the pages nginx makes itself carry each security header once, in Chinese where they are pages', async () => {
	const c = city();
	for (const [base, as, site] of [[PUB, undefined, 'public'], [APP, c, 'app']]) {
		const css = await raw(`${base}/static/studio.css`, { as });
		assert.equal(css.status, 200, describe(`${site} static CSS`, css));
		assertOnce(`${site} static CSS`, css);
		assert.match(css.h['content-type'][0], /^text\/css/);
		assert.match(css.h['cache-control'][0], /max-age=3600/, 'static files keep their caching');

		const missing = await raw(`${base}/static/no-such-file.css`, { as });
		assert.equal(missing.status, 404, describe(`${site} static 404`, missing));
		assertOnce(`${site} static 404`, missing);
		assert.match(missing.body, /页面不存在/);

		const post = await raw(`${base}/static/studio.css`, { as, method: 'POST', data: 'x=1' });
		assert.equal(post.status, 405, describe(`${site} static 405`, post));
		assertOnce(`${site} static 405`, post);
		assert.match(post.body, /不支持的请求方式/);
		assert.doesNotMatch(post.body, /nginx/i);

		// The error pages are internal: not reachable by their own address.
		const internal = await raw(`${base}/studio-errors/no-cert.html`, { as });
		assert.equal(internal.status, 404, describe(`${site} error page by address`, internal));
		assertOnce(`${site} internal error page`, internal);
	}

	const appOnPublic = await raw(`${PUB}/app/`);
	assert.equal(appOnPublic.status, 404, describe('/app/ on the public site', appOnPublic));
	assertOnce('/app/ on the public site', appOnPublic);
	assert.match(appOnPublic.body, /页面不存在/);

	const redirect = await raw(`${APP}/`, { as: c });
	assert.equal(redirect.status, 303, describe('app / redirect', redirect));
	assert.match(redirect.h.location[0], /\/app\/$/);
	assertOnce('app / redirect', redirect);

	const robots = await raw(`${APP}/robots.txt`, { as: c });
	assert.equal(robots.status, 200, describe('robots.txt', robots));
	assert.match(robots.body, /Disallow: \//);
	assertOnce('robots.txt', robots);

	const nothing = await raw(`${APP}/no-such-path`, { as: c });
	assert.equal(nothing.status, 404, describe('app 404 of nginx', nothing));
	assertOnce('app 404 of nginx', nothing);
	assert.match(nothing.body, /页面不存在/);

	// Plain HTTP sent to a TLS port: a redirect to https, with the headers
	// but without HSTS (it means nothing over plain HTTP, RFC 6797 7.2).
	for (const port of [PUBLIC_PORT, APP_PORT]) {
		const plain = await raw(`http://127.0.0.1:${port}/somewhere`);
		assert.equal(plain.status, 301, describe(`plain HTTP to ${port}`, plain));
		assert.equal(plain.h.location[0], `https://127.0.0.1:${port}/somewhere`);
		assertOnce(`plain HTTP to ${port}`, plain, { tls: false });
	}
});

test('no client certificate: 400 with a small Chinese page and the headers once', async () => {
	for (const method of ['GET', 'POST', 'HEAD']) {
		const res = await raw(`${APP}/app/`, method === 'POST' ? { method, data: 'a=b' } : { method });
		assert.equal(res.status, 400, describe(`${method} without a certificate`, res));
		assertOnce(`${method} without a certificate`, res);
		assert.deepEqual(res.h['cache-control'], ['no-store']);
		assert.match(res.h['content-type'][0], /^text\/html; charset=utf-8/);
		if (method === 'HEAD')
			continue;
		assert.match(res.body, /<html lang="zh-CN">/);
		assert.match(res.body, /<h1>需要数字证书<\/h1>/);
		assert.match(res.body, /长春市总工会所发数字证书/);
		assert.match(res.body, /\.p12/, 'says what to do');
		assert.match(res.body, /请联系上级工会/, 'says whom to ask');
		assert.match(res.body, /<link rel="stylesheet" href="\/static\/studio\.css">/, 'styled like the site');
		assert.match(res.body, /href="\/public-site"/, 'links to the public site');
		assert.doesNotMatch(res.body, /nginx|Bad Request|SSL certificate/i, 'not nginx\'s English page');
		assert.doesNotMatch(res.body, /<script|<style|style=/i, 'nothing the CSP would block');
		assert.ok(Buffer.byteLength(res.body) < 4096, 'a small page');
	}
});

test('without a certificate the page loads its style sheet, and /public-site leads to the public site', async () => {
	const css = await raw(`${APP}/static/studio.css`, {});
	assert.equal(css.status, 200, 'the style sheet needs no certificate');
	const go = await raw(`${APP}/public-site`, {});
	assert.equal(go.status, 303);
	assert.equal(go.h.location[0], `${PUB}/`);
	// Anything else still needs one.
	for (const p of ['/app/', '/app/units', '/nothing'])
		assert.equal((await raw(`${APP}${p}`, {})).status, 400, p);
	const pub = await raw(`${PUB}/public-site`, {});
	assert.equal(pub.status, 303);
	assert.equal(pub.h.location[0], `${PUB}/`);
});

test('a certificate of another CA: 400 with the Chinese invalid-certificate page', async () => {
	const key = tmp(`edge-stranger-${process.pid}.key`);
	const cert = tmp(`edge-stranger-${process.pid}.pem`);
	await must('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256',
		'-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=stranger']);
	const res = await raw(`${APP}/app/`, { as: { cert, key } });
	assert.equal(res.status, 400, describe('a stranger\'s certificate', res));
	assertOnce('a stranger\'s certificate', res);
	assert.match(res.body, /<h1>数字证书无效<\/h1>/);
	assert.match(res.body, CHINESE);
	assert.doesNotMatch(res.body, /nginx/i);
});

test('HSTS on both listeners, without includeSubDomains', async () => {
	for (const [url, as] of [[`${PUB}/`, undefined], [`${APP}/app/`, city()]]) {
		const res = await raw(url, { as });
		assert.deepEqual(res.h['strict-transport-security'], [HSTS], describe(url, res));
	}
});

test('reviewers\' pages: Cache-Control no-store in every format, never from nginx\'s cache', async () => {
	const c = city();
	const urls = ['/app/', '/app/?format=xml', '/app/units?format=print', '/app/units?format=csv',
		'/app/audit?format=csv', '/app/no-such-page', '/app/units?format=nonsense'];
	for (const u of urls) {
		for (let i = 0; i < 2; i++) {
			const res = await raw(`${APP}${u}`, { as: c });
			assert.deepEqual(res.h['cache-control'], ['no-store'], describe(u, res));
			assert.equal(res.h['x-cache-status'], undefined, `${u}: not through nginx's cache`);
			assert.equal(res.h.expires, undefined, `${u}: no Expires`);
		}
	}
	// A conditional request still gets 304, also no-store.
	const first = await raw(`${APP}/app/`, { as: c });
	const tag = first.h.etag?.[0];
	assert.ok(tag, describe('ETag on /app/', first));
	const again = await raw(`${APP}/app/`, { as: c, headers: [`If-None-Match: ${tag}`] });
	if (again.status === 304)
		assert.deepEqual(again.h['cache-control'], ['no-store']);
	// The public pages keep their short public caching.
	const pub = await raw(`${PUB}/public/stats?${uniq()}`);
	assert.deepEqual(pub.h['cache-control'], ['public, max-age=5'], describe('public stats', pub));
});

/* ---------------------------------------------------------------- TLS */

const SERVER_CA_PEM = readFileSync(SERVER_CA);

/*
 * One TLS connection to 127.0.0.1:port with SNI localhost, a GET of
 * /robots.txt (so that the server's tickets have arrived), then close.
 * Resolves to { ok, reused, session } (session: the first the server gave).
 */
function handshake(port, { cert, key, session, version = 'TLSv1.3' } = {}) {
	return new Promise((resolve) => {
		const s = tls.connect({
			host: '127.0.0.1', port: Number(port), servername: 'localhost', ca: SERVER_CA_PEM,
			cert, key, session, minVersion: version, maxVersion: version,
		});
		let got = null;
		let ok = false;
		let reused = false;
		s.setTimeout(20_000, () => s.destroy());
		s.on('session', (b) => {
			if (got === null)
				got = b;
		});
		s.on('secureConnect', () => {
			ok = true;
			reused = s.isSessionReused();
			s.write('GET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
		});
		s.on('data', () => {});
		s.on('error', () => {});
		s.on('close', () => resolve({ ok, reused, session: got }));
	});
}

function creds(u) {
	return { cert: readFileSync(u.cert), key: readFileSync(u.key) };
}

test('a TLS session resumes only on the listener that made it', async () => {
	const c = creds(city());
	for (const version of ['TLSv1.3', 'TLSv1.2']) {
		const pub = await handshake(PUBLIC_PORT, { version });
		const app = await handshake(APP_PORT, { ...c, version });
		assert.ok(pub.ok && pub.session, `${version}: a public session`);
		assert.ok(app.ok && app.session, `${version}: a reviewers' session`);
		// Each resumes where it was made (so that the checks below mean something) ...
		assert.ok((await handshake(PUBLIC_PORT, { version, session: pub.session })).reused,
			`${version}: a public session resumes on the public site`);
		const back = await handshake(APP_PORT, { ...c, version, session: app.session });
		assert.ok(back.reused, `${version}: a reviewers' session resumes on the reviewers' site`);
		// ... and never on the other listener.
		const pubOnApp = await handshake(APP_PORT, { ...c, version, session: pub.session });
		assert.ok(pubOnApp.ok, `${version}: the reviewers' site still answers`);
		assert.equal(pubOnApp.reused, false, `${version}: a public session is not resumed on the reviewers' site`);
		const pubOnAppNoCert = await handshake(APP_PORT, { version, session: pub.session });
		assert.equal(pubOnAppNoCert.reused, false, `${version}: nor without a certificate`);
		const appOnPub = await handshake(PUBLIC_PORT, { version, session: back.session ?? app.session });
		assert.equal(appOnPub.reused, false, `${version}: a reviewers' session is not resumed on the public site`);
	}
});

/*
 * The reviewers' session cache.  A session there holds the client
 * certificate (720-800 bytes here, a 1 KB slot), one made without a
 * certificate is small (a 256-byte slot); once the cache is full nginx
 * evicts the oldest to make room, and when that one had the other size it
 * logs "could not allocate new session" for every handshake.  The former
 * 1 MB cache filled after about 450 handshakes (two TLS 1.3 tickets each)
 * and then, as soon as the kind of handshakes changed, logged it for most
 * of them.  2,500 handshakes: 1,200 with certificates, 800 without (as
 * browsers without one make), 500 with again; the first session must
 * still resume at the end (nothing was evicted) and the error log must
 * have no such line.
 */
test('the reviewers\' TLS session cache holds 2,500 handshakes without an allocation error', async () => {
	const N = 2500;
	const log = path.join(VAR, 'log/nginx-error.log');
	const from = existsSync(log) ? statSync(log).size : 0;
	const pool = units().map(creds);
	const t0 = Date.now();
	const first = await handshake(APP_PORT, pool[0]);
	assert.ok(first.ok && first.session, 'the first handshake gives a session');
	let next = 1;
	let failed = 0;
	const worker = async () => {
		while (next < N) {
			const i = next++;
			const r = await handshake(APP_PORT, i >= 1200 && i < 2000 ? {} : pool[i % pool.length]);
			if (!r.ok)
				failed++;
		}
	};
	await Promise.all(Array.from({ length: 8 }, worker));
	const ms = Date.now() - t0;
	assert.equal(failed, 0, 'every handshake completed');
	const resumed = await handshake(APP_PORT, { ...pool[0], session: first.session });
	assert.ok(resumed.reused, `the first of ${N} sessions is still in the cache`);
	const text = readFileSync(log).subarray(from).toString('utf8');
	const alerts = text.split('\n').filter((l) => /could not allocate new session/.test(l));
	assert.equal(alerts.length, 0, `no allocation error in ${log}:\n${alerts.slice(0, 3).join('\n')}`);
	assert.ok(ms < 60_000, `${N} handshakes in ${ms} ms`);
});

/* ---------------------------------------------------------- pool down */

test('the pool down: 502 with the Chinese page and the headers once, on both sites', async (t) => {
	const master = masterPid();
	process.kill(master, 'SIGTERM');
	t.after(async () => {
		const r = await devstack('start');
		assert.equal(r.code, 0, `devstack start: ${r.stderr}`);
		await waitFor('the pool to answer again', async () => (await raw(`${PUB}/?${uniq()}`)).status === 200);
	});
	await waitFor('the master to stop', () => {
		try {
			process.kill(master, 0);
			return false;
		} catch {
			return true;
		}
	}, { timeout: 30_000 });
	for (const [what, url, as] of [['public', `${PUB}/public/stats?${uniq()}`], ['app', `${APP}/app/`, city()]]) {
		const res = await raw(url, { as });
		assert.equal(res.status, 502, describe(`${what} with the pool down`, res));
		assertOnce(`${what} with the pool down`, res);
		assert.deepEqual(res.h['cache-control'], ['no-store']);
		assert.match(res.body, /<h1>系统暂时无法访问<\/h1>/);
		assert.doesNotMatch(res.body, /nginx|Bad Gateway/i);
	}
});
