// Helpers of the end-to-end tests: curl through the private stack that
// tests/run.sh starts (conf/devstack.sh), the files that stack writes, and
// the operator's tools.  Every external program runs with an argument
// array, never through a shell.
//
// Environment (defaults as tests/run.sh sets them):
//   VAR          the stack's state directory      [<repo>/var/test]
//   PUBLIC_PORT  the public site                  [18443]
//   APP_PORT     the reviewers' site              [19443]
//   BUILD        directory of studiod, studioctl  [build/asan]
//   P12_PASS     password of the .p12 files       [studio]

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const VAR = path.resolve(ROOT, process.env.VAR || 'var/test');
export const PUBLIC_PORT = process.env.PUBLIC_PORT || '18443';
export const APP_PORT = process.env.APP_PORT || '19443';
export const BUILD = path.resolve(ROOT, process.env.BUILD || 'build/asan');
export const P12_PASS = process.env.P12_PASS || 'studio';
export const PKI = path.join(VAR, 'pki');
export const SERVER_CA = path.join(PKI, 'server-ca.pem');
export const CONF = path.join(VAR, 'studio.conf');
export const PUB = `https://127.0.0.1:${PUBLIC_PORT}`;
export const APP = `https://127.0.0.1:${APP_PORT}`;
export const ORIGIN = APP;
export const SCHEMA_DIR = path.join(ROOT, 'xslt', 'schema');

// A scratch directory for this test process, removed at exit.
let scratch = null;
export function tmp(name) {
	if (scratch === null) {
		scratch = mkdtempSync(path.join(tmpdir(), 'studio-e2e-'));
		process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
	}
	return path.join(scratch, name);
}
let seq = 0;
function tmpfile(prefix) {
	return tmp(`${prefix}-${process.pid}-${++seq}`);
}

/*
 * Run a program.  Resolves (never rejects on a non-zero exit) to
 * { code, signal, stdout, stderr }; stdout and stderr are UTF-8 text.
 * input, when given, is written to its standard input.
 */
export function run(cmd, args, { input, timeout = 180_000, env, cwd = ROOT } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			cwd,
			env: env ?? process.env,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		const out = [];
		const err = [];
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGKILL');
		}, timeout);
		child.stdout.on('data', (b) => out.push(b));
		child.stderr.on('data', (b) => err.push(b));
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const r = {
				code,
				signal,
				stdout: Buffer.concat(out).toString('utf8'),
				stderr: Buffer.concat(err).toString('utf8'),
			};
			if (timedOut)
				reject(new Error(`${cmd} ${args.join(' ')}: timed out after ${timeout} ms\n${r.stderr}`));
			else
				resolve(r);
		});
		child.stdin.on('error', () => {});
		child.stdin.end(input ?? '');
	});
}

/* Run a program that must succeed; returns its stdout. */
export async function must(cmd, args, opts) {
	const r = await run(cmd, args, opts);
	assert.equal(r.code, 0, `${cmd} ${args.join(' ')} exited ${r.code} (${r.signal ?? ''}):\n${r.stdout}\n${r.stderr}`);
	return r.stdout;
}

/* ------------------------------------------------------------------ curl */

function parseHeaders(text) {
	// The last block (after any 100 Continue) is the response's.
	const blocks = text.split(/\r?\n\r?\n/).filter((b) => /^HTTP\//.test(b));
	const headers = {};
	let status = 0;
	if (blocks.length === 0)
		return { status, headers };
	const lines = blocks[blocks.length - 1].split(/\r?\n/);
	const m = /^HTTP\/[\d.]+\s+(\d{3})/.exec(lines[0]);
	if (m)
		status = Number(m[1]);
	for (const line of lines.slice(1)) {
		const i = line.indexOf(':');
		if (i <= 0)
			continue;
		const k = line.slice(0, i).trim().toLowerCase();
		const v = line.slice(i + 1).trim();
		headers[k] = k in headers ? `${headers[k]}, ${v}` : v;
	}
	return { status, headers };
}

/*
 * One request with curl.  opts:
 *   as       a unit (a row of units()) or { cert, key }: the client certificate
 *   cert, key  the same, given separately
 *   method   GET (default), HEAD, POST...
 *   headers  { name: value } or [ 'Name: value' ]
 *   data     request body (string or Buffer), sent with --data-binary
 *            (curl's default type: application/x-www-form-urlencoded)
 *   form     an object, urlencoded into data
 *   extra    further curl arguments
 * Resolves to { status, headers, body, exit, stderr }: status is 0 when
 * no HTTP response came (handshake refused...), exit is curl's code.
 */
export async function curl(url, opts = {}) {
	const hdr = tmpfile('hdr');
	const body = tmpfile('body');
	const args = ['-sS', '--max-time', String(opts.maxTime ?? 60), '--cacert', SERVER_CA,
		'-D', hdr, '-o', body, '-w', '%{http_code}'];
	const cert = opts.as?.cert ?? opts.cert;
	const key = opts.as?.key ?? opts.key;
	if (cert) {
		args.push('--cert', cert);
		if (key)
			args.push('--key', key);
	}
	let method = opts.method;
	const headers = Array.isArray(opts.headers) ? opts.headers :
		Object.entries(opts.headers ?? {}).map(([k, v]) => `${k}: ${v}`);
	for (const h of headers)
		args.push('-H', h);
	let data = opts.data;
	if (opts.form !== undefined)
		data = formEncode(opts.form);
	let dataFile = null;
	if (data !== undefined) {
		dataFile = tmpfile('data');
		writeFileSync(dataFile, data);
		args.push('--data-binary', `@${dataFile}`);
		method = method ?? 'POST';
	}
	if (method === 'HEAD')
		args.push('-I');
	else if (method && !(method === 'POST' && dataFile) && method !== 'GET')
		args.push('-X', method);
	args.push(...(opts.extra ?? []), url);
	try {
		const r = await run('curl', args, { timeout: ((opts.maxTime ?? 60) + 30) * 1000 });
		const h = existsSync(hdr) ? parseHeaders(readFileSync(hdr, 'latin1')) : { status: 0, headers: {} };
		const b = existsSync(body) ? readFileSync(body).toString('utf8') : '';
		return { status: h.status, headers: h.headers, body: b, exit: r.code, stderr: r.stderr };
	} finally {
		for (const f of [hdr, body, dataFile])
			if (f)
				rmSync(f, { force: true });
	}
}

export function formEncode(obj) {
	return new URLSearchParams(obj).toString();
}

/* A string for assertion messages: status and the start of the body. */
export function show(res) {
	return `status ${res.status} (curl exit ${res.exit}${res.stderr ? ': ' + res.stderr.trim() : ''})\n` +
		`${JSON.stringify(res.headers)}\n${res.body.slice(0, 1500)}`;
}

export function withQuery(url, param) {
	return url + (url.includes('?') ? '&' : '?') + param;
}

/* ----------------------------------------------------------- units.tsv */

let unitCache = null;
/*
 * The units of the stack, from $VAR/pki/units.tsv: objects with code,
 * kind, parent, name, cert, key, p12 (one certificate per unit).
 */
export function units() {
	if (unitCache === null) {
		const text = readFileSync(path.join(PKI, 'units.tsv'), 'utf8');
		const lines = text.split('\n').filter((l) => l !== '');
		const head = lines[0].split('\t');
		assert.deepEqual(head, ['code', 'kind', 'parent', 'name', 'cert', 'key', 'p12']);
		unitCache = lines.slice(1).map((l) => {
			const f = l.split('\t');
			return Object.fromEntries(head.map((k, i) => [k, f[i] ?? '']));
		});
	}
	return unitCache;
}

export function unit(code) {
	const u = units().find((x) => x.code === code);
	assert.ok(u, `unit ${code} is not in units.tsv`);
	return u;
}

export function city() {
	const c = units().filter((u) => u.kind === 'city');
	assert.equal(c.length, 1, 'units.tsv names exactly one city unit');
	return c[0];
}

export function childrenOf(code) {
	return units().filter((u) => u.parent === code);
}

/*
 * Two districts that each have base unions under them: the tree-scoping
 * tests need one district's view to be compared with another's.
 */
export function twoDistrictsWithBases() {
	const ds = units().filter((u) => u.kind === 'district' &&
		childrenOf(u.code).some((c) => c.kind === 'base'));
	assert.ok(ds.length >= 2, 'the demo data has two districts with base unions');
	return [ds[0], ds[1]];
}

/* A base union (the last one of the list: the scoping tests use the first districts). */
export function someBase() {
	const bs = units().filter((u) => u.kind === 'base');
	assert.ok(bs.length > 0, 'the demo data has base unions');
	return bs[bs.length - 1];
}

/* ------------------------------------------------------------ pages, XML */

/* The CSRF token of the first form of an HTML page (hidden input csrf). */
export function csrfOf(html) {
	for (const m of html.matchAll(/<input\b[^>]*>/g)) {
		if (!/\bname="csrf"/.test(m[0]))
			continue;
		const v = /\bvalue="([^"]*)"/.exec(m[0]);
		if (v && v[1] !== '')
			return v[1];
	}
	assert.fail(`no csrf input in the page:\n${html.slice(0, 2000)}`);
}

/* Run xmllint on a document given as text. */
export function xmllint(args, xml) {
	return run('xmllint', [...args, '-'], { input: xml });
}

/* An XPath expression's value over an XML document (string(), count()...). */
export async function xpath(xml, expr) {
	const r = await xmllint(['--xpath', expr], xml);
	if (r.code !== 0 && /XPath set is empty/.test(r.stderr))
		return '';
	assert.equal(r.code, 0, `xmllint --xpath ${expr}: ${r.stderr}`);
	return r.stdout.trim();
}

/*
 * The root element of an XML document; the document must be well-formed,
 * carry schema="1" on its root and, when xslt/schema/{root}.xsd exists,
 * validate against it.  Returns the root's name.
 */
export async function validateXml(xml) {
	const wf = await xmllint(['--noout', '--nonet'], xml);
	assert.equal(wf.code, 0, `not well-formed XML: ${wf.stderr}\n${xml.slice(0, 1000)}`);
	const m = /<([A-Za-z_][\w.-]*)([^>]*)>/.exec(xml.replace(/<\?[^?]*\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''));
	assert.ok(m, 'no root element');
	const root = m[1];
	assert.match(m[2], /\bschema="1"/, `root <${root}> carries schema="1"`);
	const xsd = path.join(SCHEMA_DIR, `${root}.xsd`);
	if (existsSync(xsd)) {
		const v = await xmllint(['--noout', '--nonet', '--schema', xsd], xml);
		assert.equal(v.code, 0, `<${root}> does not validate against ${path.relative(ROOT, xsd)}:\n${v.stderr}\n${xml.slice(0, 2000)}`);
	}
	return root;
}

/*
 * GET url?format=xml: asserts the status (200 unless said), the XML
 * content type and the document's validity; returns { res, xml, root }.
 */
export async function fetchXml(url, opts = {}) {
	const { expect = 200, ...rest } = opts;
	const res = await curl(withQuery(url, 'format=xml'), rest);
	assert.equal(res.status, expect, show(res));
	assert.match(res.headers['content-type'] ?? '', /^application\/xml/, show(res));
	const root = await validateXml(res.body);
	return { res, xml: res.body, root };
}

/* GET an HTML page, asserting the status; returns the response. */
export async function page(url, opts = {}) {
	const { expect = 200, ...rest } = opts;
	const res = await curl(url, rest);
	assert.equal(res.status, expect, `${url}: ${show(res)}`);
	assert.match(res.headers['content-type'] ?? '', /^text\/html/, show(res));
	return res;
}

let idCache = new Map();
/* The database id of a unit, as the city sees it in /app/units. */
export async function unitId(code) {
	if (!idCache.has(code)) {
		const { xml } = await fetchXml(`${APP}/app/units?q=${encodeURIComponent(code)}`, { as: city() });
		const id = await xpath(xml, `string(/units/unit[@code="${code}"]/@id)`);
		assert.match(id, /^\d+$/, `unit ${code} is in the city's list`);
		idCache.set(code, id);
	}
	return idCache.get(code);
}

/* ----------------------------------------------------- stack and tools */

export function studioctl(...args) {
	return run(path.join(BUILD, 'studioctl'), ['-f', CONF, ...args]);
}

export function devstack(cmd) {
	return run(path.join(ROOT, 'conf/devstack.sh'), [cmd], { timeout: 300_000 });
}

/* SQL as the database administrator, on the stack's socket. */
export function sql(query) {
	const user = userInfo().uid === 0 ? 'root' : userInfo().username;
	return run('mariadb', ['--no-defaults', `--socket=${path.join(VAR, 'run/mysqld.sock')}`,
		'-u', user, '-N', '-B', 'studio', '-e', query]);
}

export function masterPid() {
	const pid = Number(readFileSync(path.join(VAR, 'run/studiod.pid'), 'utf8').trim());
	assert.ok(pid > 1, 'studiod.pid names the master');
	return pid;
}

/*
 * The pids of the master's children (its workers), sorted: what
 * `pgrep -P <master>` prints, read from /proc so that procps is not needed.
 */
export async function workerPids() {
	const master = masterPid();
	const out = [];
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d))
			continue;
		let stat;
		try {
			stat = readFileSync(`/proc/${d}/stat`, 'utf8');
		} catch {
			continue;	/* gone meanwhile */
		}
		// pid (comm) state ppid ...; comm may hold spaces and parentheses
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(f[1]) === master && f[0] !== 'Z')
			out.push(Number(d));
	}
	return out.sort((a, b) => a - b);
}

export function sleep(ms) {
	return new Promise((r) => setTimeout(r, ms));
}

/*
 * Poll fn (async) until it returns a truthy value, at most timeout ms;
 * returns that value or fails naming what was awaited and the last value.
 */
export async function waitFor(what, fn, { timeout = 60_000, interval = 250 } = {}) {
	const end = Date.now() + timeout;
	let last;
	for (;;) {
		last = await fn();
		if (last)
			return last;
		if (Date.now() > end)
			assert.fail(`timed out waiting for ${what}; last: ${typeof last === 'object' ? JSON.stringify(last) : last}`);
		await sleep(interval);
	}
}

/*
 * Issue a fresh client certificate of the union CA for a unit, with
 * conf/pki/issue.sh, into the scratch directory (not enrolled).  Returns
 * { cert, key, p12, fp, pem }.
 */
export async function issueCert(u, holder) {
	const out = tmpfile(`cert-${u.code}`);
	const stdout = await must(path.join(ROOT, 'conf/pki/issue.sh'),
		[PKI, u.code, u.name, holder, out, P12_PASS]);
	const fp = stdout.trim().split('\n').pop().trim().toLowerCase();
	assert.match(fp, /^[0-9a-f]{64}$/, `issue.sh prints the fingerprint: ${stdout}`);
	return { cert: `${out}.pem`, key: `${out}.key`, p12: `${out}.p12`, fp, pem: readFileSync(`${out}.pem`, 'utf8') };
}

/* Enrol a certificate to a unit with studioctl. */
export async function enrol(u, c, holder) {
	const r = await studioctl('cert-enrol', u.code, c.cert, holder);
	assert.equal(r.code, 0, `studioctl cert-enrol: ${r.stdout}${r.stderr}`);
}

/* The holder names the tests give their certificates. */
export function holderName(what) {
	return `测试${what}${process.pid % 100000}-${++seq}`;
}

/* The security headers every response of the application carries. */
export function assertSecurityHeaders(res) {
	const h = res.headers;
	const csp = h['content-security-policy'];
	assert.ok(csp, `Content-Security-Policy present: ${show(res)}`);
	assert.doesNotMatch(csp, /unsafe-inline/, 'no unsafe-inline in the CSP');
	assert.doesNotMatch(csp, /unsafe-eval/, 'no unsafe-eval in the CSP');
	assert.match(csp, /frame-ancestors 'none'/);
	const script = /(?:^|;)\s*script-src ([^;]*)/.exec(csp);
	if (script)
		assert.doesNotMatch(script[1], /unsafe|\*/, 'script-src allows no inline or wildcard script');
	else
		assert.match(csp, /default-src 'none'|default-src 'self'/, 'scripts fall back to a strict default-src');
	assert.equal(h['x-content-type-options'], 'nosniff');
	assert.ok(h['referrer-policy'], 'Referrer-Policy present');
	assert.doesNotMatch(h['referrer-policy'], /unsafe-url|no-referrer-when-downgrade/);
}

/* Contains at least one CJK ideograph. */
export const CHINESE = /[\u4e00-\u9fff]/;

/* ------------------------------------------------------------- forms */

/* The SHA-256 fingerprint of a PEM certificate, lowercase hex. */
export async function fingerprint(certPath) {
	const { X509Certificate } = await import('node:crypto');
	return new X509Certificate(readFileSync(certPath)).fingerprint256.replace(/:/g, '').toLowerCase();
}

/* The CSRF token on the certificate page of a unit, as `as` sees it. */
export async function certsToken(as, id) {
	const res = await page(`${APP}/app/units/${id}/certs`, { as });
	return csrfOf(res.body);
}

/*
 * POST the certificate form of unit id as `as`.  fields are the form's
 * (action, pem, holder, cert, csrf); headers default to what a browser
 * sends from the page itself (Sec-Fetch-Site: same-origin and Origin).
 * query is appended to the URL (e.g. 'format=xml').
 */
export function postCerts(as, id, fields, { headers, query, confirm = true } = {}) {
	const h = headers ?? { 'Sec-Fetch-Site': 'same-origin', Origin: ORIGIN };
	const url = `${APP}/app/units/${id}/certs` + (query ? `?${query}` : '');
	const form = confirm && fields !== null && typeof fields === 'object' && !Array.isArray(fields) &&
		fields.confirm === undefined ? { ...fields, confirm: 'yes' } : fields;
	return curl(url, { as, form, headers: h });
}

/* Text of an XML attribute or element, entities resolved. */
export function unescapeXml(s) {
	return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e) =>
		e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' :
		e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))));
}

/* The attributes of an element's start tag, as an object. */
export function attrs(tag) {
	return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], unescapeXml(m[2])]));
}

/*
 * The certificates of a unit as `as` (the city by default) sees them in
 * the validated XML: [{ id, fp, holder, status, ... }].
 */
export async function certsOf(id, as) {
	const { xml } = await fetchXml(`${APP}/app/units/${id}/certs`, { as: as ?? city() });
	return [...xml.matchAll(/<cert\b([^>]*)>([\s\S]*?)<\/cert>/g)].map((m) => {
		const a = attrs(m[1]);
		const holder = /<holder>([^<]*)<\/holder>/.exec(m[2]);
		return { ...a, fp: a.fingerprint, holder: holder ? unescapeXml(holder[1]) : '' };
	});
}

/*
 * A CSRF token for a certificate, made with the server's secret as
 * csrf_make() does: what the server would put on that certificate's forms
 * at time t (ms).
 */
export async function tokenFor(certPath, t = Date.now()) {
	const { createHmac } = await import('node:crypto');
	const key = Buffer.from(readFileSync(path.join(VAR, 'secret'), 'utf8').trim(), 'hex');
	const fp = await fingerprint(certPath);
	const ts = Math.floor(t / 1000).toString(16);
	return `${ts}.${createHmac('sha256', key).update(`csrf|${fp}|${ts}`).digest('hex')}`;
}

/* ------------------------------------------------------- applications */

/* The headers a browser sends with a form of the site's own page. */
export const SAME_ORIGIN = { 'Sec-Fetch-Site': 'same-origin', Origin: ORIGIN };

/*
 * POST a form to a path of the reviewers' site as unit `as`.  fields: an
 * object, or [name, value] pairs (a repeated name is a repeated field).
 * Unless the fields carry csrf, the token the server puts on `as`'s pages
 * is added.  raw: urlencoded text appended as is (bytes no string can
 * hold: %FF, %00).  query: appended to the URL (e.g. 'format=xml').
 */
export async function postForm(as, url, fields, { query, raw, headers, confirm = true } = {}) {
	const pairs = Array.isArray(fields) ? [...fields] : Object.entries(fields);
	if (!pairs.some(([k]) => k === 'csrf'))
		pairs.unshift(['csrf', await tokenFor(as.cert)]);
	// What cannot be undone asks first; the tests answer yes unless they
	// look at the question (confirm: false).
	if (confirm && !pairs.some(([k]) => k === 'confirm'))
		pairs.push(['confirm', 'yes']);
	let data = new URLSearchParams(pairs).toString();
	if (raw)
		data += `&${raw}`;
	return curl(`${APP}${url}${query ? `?${query}` : ''}`, {
		as, data, headers: headers ?? SAME_ORIGIN,
	});
}

/*
 * Several XPath string values of one document in one xmllint run, each
 * exactly as it is (no trimming): expressions are wrapped in string().
 */
export async function xpaths(xml, exprs) {
	const SEP = '\u241e';
	const expr = `concat(${exprs.map((e) => `string(${e})`).join(`, '${SEP}', `)}, '${SEP}')`;
	const r = await xmllint(['--xpath', expr], xml);
	assert.equal(r.code, 0, `xmllint --xpath ${expr}: ${r.stderr}`);
	const parts = r.stdout.split(SEP);
	assert.equal(parts.length, exprs.length + 1, `one value per expression: ${r.stdout}`);
	return parts.slice(0, -1);
}

let uniqBase = null;
/*
 * A number of 8 digits that no other call of this or another run of the
 * suite is likely to give: a random start, then counting.
 */
export function uniqNumber() {
	if (uniqBase === null)
		uniqBase = Math.floor(Math.random() * 90_000_000);
	return String(10_000_000 + (uniqBase + ++seq) % 90_000_000);
}

const CJK_DIGITS = '零一二三四五六七八九';

/*
 * The fields of a complete application (every field of the 申请表, in
 * Chinese) as [name, value] pairs, as the form posts them.  Studio name,
 * leader and mobile are unique to this call, so that applications of
 * several runs on one database never meet the one-studio-per-leader or
 * the not-named-twice rules.  over: { field: value } replaces fields
 * (null drops one); types and honours are arrays.
 */
export function applicationFields(over = {}) {
	const n = uniqNumber();
	const cjk = [...n].map((d) => CJK_DIGITS[d]).join('');
	const f = {
		'name': `燃气管网智能巡检创新工作室${cjk}号`,
		'host-unit': '长春燃气股份有限公司',
		'host-unit-type': '140',
		'industry': 'D',
		'recommending-unit': null,
		'filled-on': '2025-11-20',
		'founded-on': '2021-03-15',
		'naming-unit': '长春市总工会',
		'field': '燃气输配与管网安全',
		'member-count': '12',
		'types': ['development', 'breakthrough'],
		'type-other': '',
		'leader.name': `孙${cjk}`,
		'leader.gender': '1',
		'leader.birth-month': `19${70 + Number(n.slice(-2)) % 20}-${String(1 + Number(n.slice(-3, -1)) % 12).padStart(2, '0')}`,
		'leader.education': '21',
		'leader.ethnicity': '01',
		'leader.political-status': '01',
		'leader.specialty': '燃气管道工',
		'leader.title': '高级技师',
		'leader.mobile': `139${n}`,
		'leader.email': `leader${n}@example.com`,
		'leader.honours': [['2021', '长春市五一劳动奖章'], ['2023', '长春工匠']],
		'overview': '工作室由燃气管道高级技师领衔，现有成员12人，设有固定的创新活动场所和检测设备。',
		'goals': '三年内完成管网巡检技术革新项目10项，培养技术骨干20名。',
		'achievements-summary': '近三年完成技术革新项目8项，获国家实用新型专利3项。',
		'honours': '2023年获评吉林省职工技术创新成果三等奖。',
		'conditions.leader': 'true',
		'conditions.members': 'true',
		'conditions.goals': 'true',
		'conditions.venue': 'true',
		'conditions.equipment': 'true',
		'conditions.display': 'true',
		'conditions.not-existing-department': 'true',
		'employer-consent': 'true',
		...over,
	};
	const pairs = [];
	for (const [k, v] of Object.entries(f)) {
		if (v === null || v === undefined)
			continue;
		if (k === 'types')
			for (const t of v)
				pairs.push(['types', t]);
		else if (k === 'leader.honours')
			for (const [y, t] of v)
				pairs.push(['leader.honours.year', y], ['leader.honours.title', t]);
		else
			pairs.push([k, v]);
	}
	return pairs;
}

/* The value of a field in [name, value] pairs (the first one). */
export function fieldOf(pairs, name) {
	const p = pairs.find(([k]) => k === name);
	return p ? p[1] : undefined;
}

/* POST a new application as base union `as`; expects 303, returns its id. */
/*
 * The page a 303 leads to, without the token of the notice it carries
 * (n=..., what the action did, shown once on that page).
 */
export function target(res) {
	return (res.headers.location ?? '').replace(/[?&]n=[0-9a-f]{32}$/, '');
}

export async function createApplication(as, pairs = applicationFields()) {
	const res = await postForm(as, '/app/applications', pairs);
	assert.equal(res.status, 303, `create: ${show(res)}`);
	const m = /^\/app\/applications\/(\d+)$/.exec(target(res));
	assert.ok(m, `Location is /app/applications/{id}: ${show(res)}`);
	return m[1];
}

/*
 * An application as unit `as` sees it, validated against the schema:
 * { xml, status, version }.
 */
export async function applicationXml(id, as, opts = {}) {
	const { xml } = await fetchXml(`${APP}/app/applications/${id}`, { as, ...opts });
	const [status, version] = await xpaths(xml, ['/application/@status', '/application/@version']);
	return { xml, status, version };
}

/*
 * The base union of an application (a unit of units.tsv), read from the
 * database: the one unit that sees it whatever its status (a draft never
 * recommended is its base union's own).
 */
export async function ownerOf(id) {
	const r = await sql(`SELECT u.code FROM application a JOIN unit u ON u.id = a.base_union_id WHERE a.id = ${Number(id)}`);
	assert.equal(r.code, 0, r.stderr);
	return unit(r.stdout.trim());
}

/* An application as its base union sees it: { xml, status, version }. */
export async function applicationAsOwner(id, opts = {}) {
	return applicationXml(id, await ownerOf(id), opts);
}

/*
 * Take a transition on an application as unit `as`.  version defaults to
 * the current one (read as its base union, which sees it in any status).
 * Resolves to the response (303 when taken).
 */
export async function transition(as, id, action, { opinion = '同意。', version, query, confirm } = {}) {
	if (version === undefined)
		version = (await applicationAsOwner(id)).version;
	return postForm(as, `/app/applications/${id}/transition`,
		{ action, version: String(version), opinion }, { query, confirm });
}

/* Take a transition that must succeed (303 back to the application). */
export async function act(as, id, action, opts) {
	const res = await transition(as, id, action, opts);
	assert.equal(res.status, 303, `${action} ${id} as ${as.code}: ${show(res)}`);
	assert.equal(target(res), `/app/applications/${id}`);
	return res;
}

/*
 * GET url, then again with If-None-Match of its ETag; resolves to
 * { first, again }.  The reviewers' tags carry the hour (their forms'
 * tokens must stay fresh), so when the tag changed between the two (the
 * hour turned) the pair is tried once more.
 */
export async function revalidate(url, opts = {}) {
	for (let i = 0; ; i++) {
		const first = await curl(url, opts);
		const tag = first.headers.etag;
		const again = await curl(url, { ...opts, headers: { ...(opts.headers ?? {}), 'If-None-Match': tag ?? '' } });
		if (again.status === 304 || i === 2 || again.headers.etag === tag)
			return { first, again, tag };
	}
}

/*
 * The longest text each text field of the application form takes, in
 * characters, as fields[] of fcgi/h_application.c sets them (the honour
 * line's title: MAXHONTITLE).  The form document states the same in its
 * <limits>, with leader.email (100, an address rather than text).
 */
export const TEXT_LIMITS = {
	'name': 40,
	'host-unit': 60,
	'naming-unit': 60,
	'field': 30,
	'type-other': 20,
	'leader.name': 20,
	'leader.specialty': 30,
	'leader.title': 30,
	'overview': 500,
	'goals': 300,
	'achievements-summary': 500,
	'honours': 300,
	'leader.honours.title': 40,
};

/* The most honour lines of the leader the form takes (MAXHON). */
export const HONOUR_LINES = 5;

/* The longest opinion of a review, in characters (MAXOPINION of fcgi/h_review.c). */
export const OPINION_LIMIT = 200;

/* Chinese text of exactly n characters, as a studio's description reads. */
export function chineseText(n) {
	const s = '工作室围绕燃气管网安全运行开展技术革新和技术攻关，培养高技能人才，总结推广先进操作法。';
	return s.repeat(Math.ceil(n / s.length)).slice(0, n);
}

/* A multipart/form-data body of parts { name, value } or { name, filename, type, data }. */
export function multipart(parts, boundary) {
	const chunks = [];
	for (const p of parts) {
		let head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`;
		if (p.filename !== undefined)
			head += `; filename="${p.filename}"\r\nContent-Type: ${p.type ?? 'application/octet-stream'}`;
		chunks.push(Buffer.from(`${head}\r\n\r\n`, 'utf8'));
		chunks.push(Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.value ?? '', 'utf8'));
		chunks.push(Buffer.from('\r\n'));
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return Buffer.concat(chunks);
}

/*
 * POST parts ({ name, value } or { name, filename, type, data }) as
 * multipart/form-data to a path of the reviewers' site as unit `as`,
 * with its CSRF token first.  query: appended to the URL.
 */
export async function postMultipart(as, url, parts, { query } = {}) {
	const boundary = `----studio${Math.random().toString(16).slice(2)}`;
	const all = [{ name: 'csrf', value: await tokenFor(as.cert) }, ...parts];
	return curl(`${APP}${url}${query ? `?${query}` : ''}`, {
		as, data: multipart(all, boundary),
		headers: { ...SAME_ORIGIN, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
	});
}

/*
 * A studio named through the pages: as creates and recommends an
 * application, auditor approves it, the city names it.  { sid, name,
 * leader } (the studio's id, its name, its leader's name).
 */
export async function namedStudio(as, auditor) {
	const fields = applicationFields();
	const id = await createApplication(as, fields);
	await act(as, id, 'recommend');
	await act(auditor, id, 'approve');
	await act(city(), id, 'name');
	const name = fieldOf(fields, 'name');
	const { xml } = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(name)}`, { as: city() });
	return { sid: await xpath(xml, 'string(/studios/studio/@id)'), name, leader: fieldOf(fields, 'leader.name') };
}

/* POST a form as a unit, asking for the XML answer (format=xml). */
export function postXml(as, url, fields) {
	return postForm(as, url, fields, { query: 'format=xml' });
}

/* The id a 303 leads to, by the pattern re of its Location (one group). */
export function created(res, re) {
	assert.equal(res.status, 303, show(res));
	const m = re.exec(target(res));
	assert.ok(m, show(res));
	return m[1];
}
