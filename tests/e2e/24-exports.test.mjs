// The CSV exports of the lists (applications, units, audit log): every
// row of the filter, not one page, each cell exactly as a reference
// computed here from the same rows of the database expects (header line,
// byte order mark, CRLF, RFC 4180 quoting, an apostrophe before what a
// spreadsheet would take for a formula, labels from xslt/labels.xsl).
// The rows are seeded straight into the database and removed at the end.
// No timing is asserted here: tests/bench measures the time.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import { APP, ROOT, VAR, city, curl, run, show, sql, unit } from './lib.mjs';

const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const district = unit('220102');	// 南关区总工会

const BOM = '\ufeff';
const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e3)}`;
const token = `导出${stamp}`;
const bigToken = `大量${stamp}`;
const unitToken = `u${stamp}`;

after(async () => {
	await sql(`DELETE FROM application WHERE name LIKE '%${token}%' OR name LIKE '%${bigToken}%'`);
	await sql(`DELETE FROM unit WHERE code LIKE 'T${unitToken}%'`);
});

/* An SQL string literal. */
function lit(s) {
	return s === null ? 'NULL' : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/* ELT(1 + expr % n, ...): the SQL picking values[expr % n]. */
function pick(expr, values) {
	return `ELT(1 + (${expr}) % ${values.length}, ${values.map(lit).join(', ')})`;
}

/* Rows of a query whose one column is a JSON_OBJECT, parsed. */
async function jsonRows(query) {
	const user = userInfo().uid === 0 ? 'root' : userInfo().username;
	const r = await run('mariadb', ['--no-defaults', `--socket=${path.join(VAR, 'run/mysqld.sock')}`,
		'-u', user, '-N', '-B', '-r', 'studio', '-e', query]);
	assert.equal(r.code, 0, r.stderr);
	return r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
}

async function mustSql(query) {
	const r = await sql(query);
	assert.equal(r.code, 0, r.stderr);
	return r.stdout;
}

/* The label table of xslt/labels.xsl, read here on its own: first row wins. */
const labels = new Map();
for (const m of readFileSync(path.join(ROOT, 'xslt/labels.xsl'), 'utf8')
	.matchAll(/<l k="([^"]+)"[^>]*>([^<]*)<\/l>/g))
	if (!labels.has(m[1]))
		labels.set(m[1], m[2]);
function label(group, code) {
	return labels.get(`${group}.${code ?? ''}`) ?? code ?? '';
}

/*
 * One cell as the export writes it.  Text of an element of the list's
 * document that is only white space was empty in the stylesheets
 * (xsl:strip-space): elem marks such a column.
 */
function cell(v, { elem = false } = {}) {
	let s = v === null || v === undefined ? '' : String(v);
	// a character text may not hold, stored before the parser refused it
	// (tests/e2e/27-stored-text), shows as U+FFFD
	s = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{10fffe}\u{10ffff}]/gu, '\ufffd');
	if (elem && /^[ \t\r\n]*$/.test(s))
		s = '';
	if (s !== '' && '=+-@\t\r'.includes(s[0]))
		s = `'${s}`;
	if (/[",\r\n]/.test(s))
		s = `"${s.replace(/"/g, '""')}"`;
	return s;
}

function csv(head, rows) {
	return BOM + [head, ...rows].map((r) => `${r.join(',')}\r\n`).join('');
}

/* The data lines of an export (quoted CR/LF inside a cell do not split). */
function records(body) {
	const out = [];
	let cur = '';
	let quoted = false;
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (c === '"')
			quoted = !quoted;
		if (!quoted && c === '\r' && body[i + 1] === '\n') {
			out.push(cur);
			cur = '';
			i++;
			continue;
		}
		cur += c;
	}
	assert.equal(cur, '', 'the export ends with CRLF');
	return out;
}

function assertCsvResponse(res, filename) {
	assert.equal(res.status, 200, show(res));
	assert.match(res.headers['content-type'] ?? '', /^text\/csv; charset=utf-8/);
	// the ASCII name and the date; the Chinese one: tests/e2e/40-downloads
	const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
	assert.match(res.headers['content-disposition'] ?? '',
		new RegExp(`^attachment; filename="${filename}_${day}\\.csv"; filename\\*=UTF-8''%[0-9A-F]{2}`));
	assert.ok(res.body.startsWith(BOM), 'byte order mark for Excel');
}

/* Values the seeded rows take in turn: what quoting and neutralising must handle. */
const LEADS = ['', '=', '+', '-', '@', '\t', '\r', ' ', "'", '（'];
const TAILS = ['', ',', '"', '\n', '\r\n', '""', ', "x"', '\t', ' '];
const HOSTS = ['a,b', '-x', '"', '长春燃气股份有限公司', '=1+1', '\n', ' ', '@SUM(1)'];
const LEADERS = ['', ' ', '\t', '=1+2', '张三', '-', '"李四"', '王,五'];
const INDUSTRIES = [null, 'C', 'Z', 'A', 'D'];
const STATUSES = ['draft', 'recommended', 'audited', 'named', 'returned', 'rejected',
	'withdrawn', 'revoked', 'upgraded', 'strange'];

async function seedApplications(n, tok, { tricky }) {
	const name = tricky ?
		`CONCAT(${pick('seq', LEADS)}, ${lit(tok)}, seq, ${pick('seq', TAILS)})` :
		`CONCAT(${lit(tok)}, seq)`;
	await mustSql(`INSERT INTO application (status, base_union_id, base_path,
		recommending_unit_id, name, host_unit, industry, filled_on, leader_name,
		overview, goals, achievements_summary, honours, created_at, updated_at, status_since,
		first_recommended_at)
		SELECT ${tricky ? pick('seq', STATUSES) : "'draft'"},
		b.id, b.path, r.id, ${name},
		${tricky ? pick('seq * 7', HOSTS) : "''"},
		${tricky ? pick('seq * 3', INDUSTRIES) : 'NULL'},
		IF(seq % 3 = 0, NULL, '2024-01-01' + INTERVAL seq DAY),
		${tricky ? pick('seq * 5', LEADERS) : "'赵六'"},
		'', '', '', '', NOW(), NOW(),
		'2020-01-01 00:00:00' + INTERVAL (seq DIV 2) SECOND,
		NOW()	/* recommended once: the city, which exports them, sees them */
		FROM seq_1_to_${n} JOIN unit b ON b.code = ${lit(base.code)}
		JOIN unit r ON r.code = ${lit(district.code)}`);
}

const APP_HEAD = ['申请编号', '工作室名称', '所在单位', '基层工会', '推荐单位', '所属行业',
	'领衔人', '填报日期', '状态', '状态时间', '命名编号', '命名日期'];

async function applicationRows(tok) {
	const rows = await jsonRows(`SELECT JSON_OBJECT('id', a.id, 'status', a.status,
		'filled', DATE_FORMAT(a.filled_on, '%Y-%m-%d'),
		'since', DATE_FORMAT(a.status_since, '%Y-%m-%d %H:%i:%s'), 'name', a.name,
		'host', a.host_unit, 'base', b.name, 'rec', r.name, 'industry', i.name,
		'leader', a.leader_name, 'number', a.naming_number,
		'named', DATE_FORMAT(a.named_on, '%Y-%m-%d'))
		FROM application a JOIN unit b ON b.id = a.base_union_id
		JOIN unit r ON r.id = a.recommending_unit_id
		LEFT JOIN code_industry i ON i.code = a.industry
		WHERE a.name LIKE '%${tok}%'`);
	// Newest status first, then the larger id, as the list.
	return rows.sort((x, y) => (x.since < y.since ? 1 : x.since > y.since ? -1 : y.id - x.id));
}

function applicationLine(a) {
	return [cell(a.id), cell(a.name, { elem: true }), cell(a.host, { elem: true }),
		cell(a.base, { elem: true }), cell(a.rec, { elem: true }),
		cell(a.industry, { elem: true }), cell(a.leader, { elem: true }), cell(a.filled),
		cell(label('app', a.status)), cell(a.since), cell(a.number), cell(a.named)];
}

test('the application list\'s CSV has every row of the filter, each cell as the reference', async () => {
	const n = 3000;
	await seedApplications(n, token, { tricky: true });
	const rows = await applicationRows(token);
	assert.equal(rows.length, n);
	const want = csv(APP_HEAD, rows.map(applicationLine));
	for (const who of [city(), district, base]) {
		const res = await curl(`${APP}/app/applications?format=csv&q=${encodeURIComponent(token)}`,
			{ as: who, maxTime: 300 });
		assertCsvResponse(res, 'applications');
		assert.equal(records(res.body.slice(1)).length, n + 1, 'header and every row, not one page');
		if (res.body !== want) {
			const got = res.body.split('\r\n');
			const exp = want.split('\r\n');
			const i = got.findIndex((l, k) => l !== exp[k]);
			assert.fail(`line ${i} differs: got ${JSON.stringify(got[i])}, want ${JSON.stringify(exp[i])}`);
		}
	}
	// A sample, written out, so that the reference itself is checked.
	const body = (await curl(`${APP}/app/applications?format=csv&q=${encodeURIComponent(token)}`,
		{ as: city(), maxTime: 300 })).body;
	assert.ok(body.includes(`,"'=${token}`), 'a formula in a quoted cell is neutralised');
	assert.ok(body.includes(`,'+${token}`), 'a leading + gets an apostrophe');
	assert.ok(body.includes(`,"'\r${token}`), 'a leading CR gets an apostrophe, and quotes');
	assert.match(body, new RegExp(`,"${token}\\d+"""`), 'quotes are doubled');
	assert.ok(body.includes(',"a,b",'), 'a comma is quoted');
	assert.ok(body.includes(',已推荐（待审核）,'), 'the status is labelled');
	assert.ok(body.includes(',strange,'), 'an unknown status is shown as it is');
	assert.ok(body.includes(',制造业,'), 'the industry is named');
});

test('the same filter with other parameters: status, and a page number that CSV ignores', async () => {
	const rows = (await applicationRows(token)).filter((a) => a.status === 'named');
	assert.ok(rows.length > 50, 'more than one page of named rows');
	const want = csv(APP_HEAD, rows.map(applicationLine));
	const res = await curl(`${APP}/app/applications?format=csv&status=named&page=3&q=${encodeURIComponent(token)}`,
		{ as: district, maxTime: 300 });
	assertCsvResponse(res, 'applications');
	assert.equal(res.body, want);
	// An HTML page of the same filter stays a page.
	const { body } = await curl(`${APP}/app/applications?format=xml&status=named&q=${encodeURIComponent(token)}`,
		{ as: district });
	assert.equal((body.match(/<application /g) ?? []).length, 50);
});

test('HEAD of an export: the headers, no body, and the worker serves the next export', async () => {
	const url = `${APP}/app/applications?format=csv&q=${encodeURIComponent(token)}`;
	for (let i = 0; i < 4; i++) {
		const head = await curl(url, { as: city(), method: 'HEAD' });
		assert.equal(head.status, 200, show(head));
		assert.match(head.headers['content-type'] ?? '', /^text\/csv/);
		// (curl -I writes the headers where the body would go.)
		assert.doesNotMatch(head.body, /申请编号|\ufeff/, 'no body');
	}
	const res = await curl(url, { as: city(), maxTime: 300 });
	assertCsvResponse(res, 'applications');
	assert.equal(records(res.body.slice(1)).length, 3001);
});

test('more than 100,000 rows: the export has them all', async () => {
	const n = 100001;
	await seedApplications(n, bigToken, { tricky: false });
	const res = await curl(`${APP}/app/applications?format=csv&q=${encodeURIComponent(bigToken)}`,
		{ as: city(), maxTime: 600 });
	assertCsvResponse(res, 'applications');
	const lines = res.body.slice(1).split('\r\n');
	assert.equal(lines.pop(), '', 'the export ends with CRLF');
	assert.equal(lines.length, n + 1, 'header and every row');
	assert.equal(lines[0], APP_HEAD.join(','));
	// Newest first: the last seeded row first, the first seeded row last.
	const last = await jsonRows(`SELECT JSON_OBJECT('id', MAX(id), 'first', MIN(id)) FROM application
		WHERE name LIKE '%${bigToken}%'`);
	assert.ok(lines[1].startsWith(`${last[0].id},${bigToken}${n},`), lines[1]);
	assert.ok(lines[n].startsWith(`${last[0].first},${bigToken}1,`), lines[n]);
	await mustSql(`DELETE FROM application WHERE name LIKE '%${bigToken}%'`);
});

test('the unit list\'s CSV: every unit of the filter, labels and quoting as the reference', async () => {
	const n = 2000;
	const NAMES = ['', '=', '-', '@', '"', ' ', '\t'];
	await mustSql(`INSERT INTO unit (code, kind, parent_id, name, path, depth, active)
		SELECT CONCAT('T${unitToken}', LPAD(seq, 5, '0')), ${pick('seq', ['base', 'base', 'weird'])},
		p.id, CONCAT(${pick('seq', NAMES)}, '${unitToken}', seq, ${pick('seq * 3', [',', '', '"x"', '\r\n'])}),
		CONCAT(p.path, 'T${unitToken}', LPAD(seq, 5, '0'), '/'), p.depth + 1, seq % 4 <> 0
		FROM seq_1_to_${n} JOIN unit p ON p.code = ${lit(district.code)}`);
	const rows = await jsonRows(`SELECT JSON_OBJECT('code', u.code, 'kind', u.kind, 'name', u.name,
		'active', u.active, 'parent', p.name, 'path', u.path)
		FROM unit u JOIN unit p ON p.id = u.parent_id WHERE u.code LIKE 'T${unitToken}%'`);
	assert.equal(rows.length, n);
	rows.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
	const want = csv(['代码', '单位名称', '类别', '上级单位', '证书数', '状态'], rows.map((u) => [
		cell(u.code), cell(u.name, { elem: true }), cell(label('kind', u.kind)),
		cell(u.parent, { elem: true }), cell(0), cell(label('active', u.active ? 'true' : 'false'))]));
	for (const who of [city(), district]) {
		const res = await curl(`${APP}/app/units?format=csv&q=${unitToken}`, { as: who, maxTime: 300 });
		assertCsvResponse(res, 'units');
		assert.equal(res.body, want);
	}
	// Another district sees none of them.
	const other = await curl(`${APP}/app/units?format=csv&q=${unitToken}`, { as: unit('220103') });
	assertCsvResponse(other, 'units');
	assert.equal(other.body, `${BOM}代码,单位名称,类别,上级单位,证书数,状态\r\n`);
});

/*
 * The CSV stylesheets define the format: applied to the XML of a list's
 * first page, each gives the header and the first 50 lines of the export.
 */
test('the streamed exports and the CSV stylesheets agree', async () => {
	for (const [list, sheet, query, as] of [
		['applications', 'applications.csv.xsl', `q=${encodeURIComponent(token)}`, city()],
		['applications', 'applications.csv.xsl', '', district],
		['units', 'units.csv.xsl', `q=${unitToken}`, city()],
		['units', 'units.csv.xsl', '', city()],
		['audit', 'audit.csv.xsl', '', city()],
	]) {
		const xml = await curl(`${APP}/app/${list}?format=xml&${query}`, { as });
		assert.equal(xml.status, 200, show(xml));
		const r = await run('xsltproc', ['--nonet', path.join(ROOT, 'xslt', sheet), '-'],
			{ input: xml.body });
		assert.equal(r.code, 0, r.stderr);
		const res = await curl(`${APP}/app/${list}?format=csv&${query}`, { as, maxTime: 300 });
		assertCsvResponse(res, list);
		const want = records(r.stdout);
		assert.ok(want.length > 1, `${list}?${query}: rows on the first page`);
		assert.deepEqual(records(res.body.slice(1)).slice(0, want.length), want, `${list}?${query}`);
	}
});

test('the audit log\'s CSV: the whole log, newest first, as the reference', async () => {
	const rows = await jsonRows(`SELECT JSON_OBJECT('id', a.id,
		'at', DATE_FORMAT(a.at, '%Y-%m-%d %H:%i:%s'), 'unit', u.name, 'holder', a.holder,
		'fp', a.fingerprint, 'action', a.action, 'type', a.object_type, 'oid', a.object_id,
		'digest', a.digest, 'prev', a.prev_hash, 'hash', a.hash)
		FROM audit a LEFT JOIN unit u ON u.id = a.unit_id`);
	assert.ok(rows.length > 0);
	rows.sort((x, y) => y.id - x.id);
	const want = csv(['序号', '时间', '单位', '操作人', '证书指纹', '操作代码', '操作', '对象类型',
		'对象编号', '摘要', '前一哈希', '哈希'], rows.map((a) => [cell(a.id), cell(a.at),
		cell(a.unit, { elem: true }), cell(a.holder, { elem: true }), cell(a.fp), cell(a.action),
		cell(label('action', a.action)), cell(label('object', a.type)), cell(a.oid), cell(a.digest),
		cell(a.prev), cell(a.hash)]));
	const res = await curl(`${APP}/app/audit?format=csv`, { as: city(), maxTime: 300 });
	assertCsvResponse(res, 'audit');
	assert.equal(res.body, want);
});
