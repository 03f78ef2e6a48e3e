// The audit log: every write of the tests before this one is in it,
// hash-chained; `studioctl audit-verify` passes, and names the row when one
// is edited by hand or the tail is cut.  Each tampering is undone in a
// finally block, so the chain is intact again for whatever runs next.
//
// The chain is keyed (HMAC-SHA256 under $VAR/audit-key, which the database
// does not hold): a row changed through the operator's database user and
// the chain recomputed to the head, with plain SHA-256 or under a guessed
// key, is still found; a head line kept from `studioctl audit-head` shows
// a cut or rewritten tail; and the application's own database user may
// only read and append to the log.
import assert from 'node:assert/strict';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { APP, BUILD, CONF, VAR, city, fetchXml, fingerprint, run, sql, studioctl, tmp, xpath } from './lib.mjs';

async function verify() {
	const r = await studioctl('audit-verify');
	return { code: r.code, out: r.stdout + r.stderr };
}

async function q(query) {
	const r = await sql(query);
	assert.equal(r.code, 0, `${query}: ${r.stderr}`);
	return r.stdout.replace(/\n$/, '');
}

test('the writes made through the site are in the audit log, by the city\'s certificate', async () => {
	const { xml } = await fetchXml(`${APP}/app/audit`, { as: city() });
	const fp = await fingerprint(city().cert);
	assert.ok(Number(await xpath(xml, `count(/audit/entry[@action="cert.enrol" and @fingerprint="${fp}"])`)) > 0,
		'enrolments by the city');
	assert.ok(Number(await xpath(xml, `count(/audit/entry[@action="cert.revoke" and @fingerprint="${fp}"])`)) > 0,
		'revocations by the city');
	// Newest first, each row chained to the one before.
	const ids = (await xpath(xml, '/audit/entry/@id')).match(/\d+/g).map(Number);
	assert.deepEqual(ids, [...ids].sort((a, b) => b - a));
	for (let i = 0; i + 1 < Math.min(ids.length, 20); i++)
		assert.equal(await xpath(xml, `string(/audit/entry[@id="${ids[i]}"]/@prev)`),
			await xpath(xml, `string(/audit/entry[@id="${ids[i + 1]}"]/@hash)`), `row ${ids[i]} chains to ${ids[i + 1]}`);
});

test('audit-verify passes on the log the tests wrote', async () => {
	const v = await verify();
	assert.equal(v.code, 0, v.out);
	const rows = Number(/intact: (\d+) rows/.exec(v.out)?.[1]);
	assert.equal(String(rows), await q('SELECT COUNT(*) FROM audit'), v.out);
	assert.ok(rows > 2, v.out);
});

test('a row edited by hand: audit-verify exits 1 and names it', async () => {
	const holder = await q('SELECT holder FROM audit WHERE id = 2');
	try {
		await q("UPDATE audit SET holder = 'x' WHERE id = 2");
		const v = await verify();
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, /BROKEN at row 2\b/);
	} finally {
		await sql(`UPDATE audit SET holder = ${sqlString(holder)} WHERE id = 2`);
	}
	const v = await verify();
	assert.equal(v.code, 0, `restored: ${v.out}`);
});

test('the action of a recent row changed: audit-verify names that row', async () => {
	const last = Number(await q('SELECT MAX(id) FROM audit'));
	const id = last - 1;
	const action = await q(`SELECT action FROM audit WHERE id = ${id}`);
	try {
		await q(`UPDATE audit SET action = 'cert.nothing' WHERE id = ${id}`);
		const v = await verify();
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, new RegExp(`BROKEN at row ${id}\\b`));
	} finally {
		await sql(`UPDATE audit SET action = ${sqlString(action)} WHERE id = ${id}`);
	}
	assert.equal((await verify()).code, 0);
});

test('the tail cut off: audit-verify notices', async () => {
	const last = await q('SELECT MAX(id) FROM audit');
	await q('DROP TABLE IF EXISTS audit_keep');
	await q(`CREATE TABLE audit_keep AS SELECT * FROM audit WHERE id = ${last}`);
	try {
		await q(`DELETE FROM audit WHERE id = ${last}`);
		const v = await verify();
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, new RegExp(`BROKEN at row ${last}\\b`));
	} finally {
		await sql('INSERT INTO audit SELECT * FROM audit_keep WHERE NOT EXISTS ' +
			`(SELECT 1 FROM audit WHERE id = ${last})`);
		await sql('DROP TABLE IF EXISTS audit_keep');
	}
	const v = await verify();
	assert.equal(v.code, 0, `restored: ${v.out}`);
});

function sqlString(s) {
	return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/* ------------------------------------------------------ the keyed chain */

// A connection as one of the stack's two database users: the operator's
// (studio_admin, all rights on the schema) or the application's (studio).
const USERS = { admin: ['studio_admin', 'dbadminpass'], app: ['studio', 'dbpass'] };

function dbAs(who, query, input) {
	const [user, passFile] = USERS[who];
	const opts = tmp(`my-${who}.cnf`);
	writeFileSync(opts, `[client]\nuser=${user}\npassword=${readFileSync(path.join(VAR, passFile), 'utf8').trim()}\n` +
		`socket=${path.join(VAR, 'run/mysqld.sock')}\n`, { mode: 0o600 });
	const args = [`--defaults-file=${opts}`, '-N', '-B', 'studio'];
	if (query !== undefined)
		args.push('-e', query);
	return run('mariadb', args, { input });
}

async function admin(query, input) {
	const r = await dbAs('admin', query, input);
	assert.equal(r.code, 0, `as studio_admin: ${query ?? input.slice(0, 200)}: ${r.stderr}`);
	return r.stdout.replace(/\n$/, '');
}

const ZERO = '0'.repeat(64);
const auditKey = () => Buffer.from(readFileSync(path.join(VAR, 'audit-key'), 'utf8').trim(), 'hex');

// The canonical form of a row (fcgi/audit.c): each field as
// "<byte length>:<bytes>\n", integers in decimal, 0 (NULL) as empty.
function canon(tag, prev, r) {
	const f = (s) => `${Buffer.byteLength(s)}:${s}\n`;
	const i = (n) => f(Number(n) > 0 ? String(n) : '');
	return f(tag) + f(prev) + i(r.id) + f(r.at) + i(r.unit) + i(r.cert) + f(r.fp) + f(r.holder) +
		f(r.action) + f(r.objtype) + i(r.objid) + f(r.digest);
}
const plainHash = (prev, r) => createHash('sha256').update(canon('studio-audit-1', prev, r)).digest('hex');
const keyedHash = (key) => (prev, r) => createHmac('sha256', key).update(canon('studio-audit-2', prev, r)).digest('hex');

// mariadb -B escapes these in its output.
const unesc = (s) => s.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', 0: '\0', '\\': '\\' })[c] ?? c);

async function rows() {
	const out = await admin("SELECT id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f'), IFNULL(unit_id, 0), " +
		'IFNULL(cert_id, 0), fingerprint, holder, action, object_type, IFNULL(object_id, 0), digest, ' +
		'prev_hash, hash FROM audit ORDER BY id');
	return out.split('\n').map((line) => {
		const [id, at, unit, cert, fp, holder, action, objtype, objid, digest, prev, hash] =
			line.split('\t').map(unesc);
		return { id: Number(id), at, unit, cert, fp, holder, action, objtype, objid, digest, prev, hash };
	});
}

// Recompute the chain with hashFn from row `from` to the head, as someone
// with the database password would, and write it back with the head.
async function rechain(from, hashFn, { upTo = Infinity } = {}) {
	const all = await rows();
	let prev = ZERO;
	const stmts = [];
	for (const r of all) {
		if (r.id >= from && r.id <= upTo) {
			const h = hashFn(prev, r);
			stmts.push(`UPDATE audit SET prev_hash = '${prev}', hash = '${h}' WHERE id = ${r.id};`);
			r.prev = prev;
			r.hash = h;
		} else if (r.prev !== prev) {
			stmts.push(`UPDATE audit SET prev_hash = '${prev}' WHERE id = ${r.id};`);
		}
		prev = r.hash;
	}
	stmts.push(`UPDATE meta SET audit_seq = ${all[all.length - 1].id}, audit_hash = '${prev}' WHERE id = 1;`);
	await admin(undefined, stmts.join('\n') + '\n');
}

// Run fn on a copy of the log; the log and the head are put back after.
async function tampering(fn) {
	await admin('DROP TABLE IF EXISTS audit_keep');
	await admin('CREATE TABLE audit_keep AS SELECT * FROM audit');
	const [seq, hash] = (await admin('SELECT audit_seq, audit_hash FROM meta WHERE id = 1')).split('\t');
	try {
		await fn();
	} finally {
		await admin(undefined, 'DELETE FROM audit;\nINSERT INTO audit SELECT * FROM audit_keep;\n' +
			`UPDATE meta SET audit_seq = ${seq}, audit_hash = '${hash}' WHERE id = 1;\nDROP TABLE audit_keep;\n`);
	}
	const v = await verify();
	assert.equal(v.code, 0, `restored: ${v.out}`);
}

async function keyedFrom() {
	return Number(await admin("SELECT MIN(id) FROM audit WHERE action = 'schema.migrate' " +
		"AND object_type = 'migration' AND object_id = 4"));
}

test('the chain is keyed from the record of migration 004, and the test recomputes it as studiod does', async () => {
	const v = await verify();
	assert.equal(v.code, 0, v.out);
	const k = await keyedFrom();
	assert.ok(k > 0, 'migration 004 is recorded');
	assert.match(v.out, new RegExp(`keyed from row ${k}\\b`));
	// The canonical form above is the program's: with the real key it
	// gives the stored hashes, so the tampering below is done right.
	const all = await rows();
	let prev = ZERO;
	for (const r of all) {
		assert.equal(r.prev, prev, `row ${r.id} chains`);
		assert.equal(keyedHash(auditKey())(prev, r), r.hash, `row ${r.id} is the HMAC of its fields`);
		prev = r.hash;
	}
});

test('a row changed through the admin user and the chain recomputed with plain SHA-256: audit-verify names the row', async () => {
	const last = Number(await q('SELECT MAX(id) FROM audit'));
	const id = last - 3;
	assert.ok(id >= await keyedFrom());
	await tampering(async () => {
		await admin(`UPDATE audit SET holder = '改过的人' WHERE id = ${id}`);
		await rechain(id, plainHash);
		// What the unkeyed chain of the older version would call intact:
		const all = await rows();
		for (let i = 1; i < all.length; i++)
			assert.equal(all[i].prev, all[i - 1].hash);
		assert.equal(await admin('SELECT audit_hash FROM meta'), all[all.length - 1].hash);
		const v = await verify();
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, new RegExp(`BROKEN at row ${id}\\b`));
		assert.match(v.out, /HMAC/);
	});
});

test('the chain recomputed by someone without the key (HMAC under another key): audit-verify names the row', async () => {
	const last = Number(await q('SELECT MAX(id) FROM audit'));
	const id = last - 1;
	await tampering(async () => {
		await admin(`UPDATE audit SET action = 'cert.nothing' WHERE id = ${id}`);
		await rechain(id, keyedHash(randomBytes(32)));
		const v = await verify();
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, new RegExp(`BROKEN at row ${id}\\b`));
	});
});

test('rows written with plain SHA-256 before the switch still verify, and the first keyed row anchors them', async () => {
	const k = await keyedFrom();
	assert.ok(k > 1, 'rows before the record of migration 004');
	await tampering(async () => {
		// The log as the older version left it: plain rows before k, keyed
		// ones from k on (recomputed with the operator's key).
		await rechain(1, plainHash, { upTo: k - 1 });
		await rechain(k, keyedHash(auditKey()));
		let v = await verify();
		assert.equal(v.code, 0, `old rows verify: ${v.out}`);
		// An old row changed and the plain chain recomputed to the head:
		// the first keyed row no longer matches.
		await admin("UPDATE audit SET holder = 'x' WHERE id = 1");
		await rechain(1, plainHash);
		v = await verify();
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, new RegExp(`BROKEN at row ${k}\\b`));
	});
});

test('the boundary cannot be moved: the record of migration 004 changed', async () => {
	const k = await keyedFrom();
	await tampering(async () => {
		await admin(`UPDATE audit SET object_id = 99 WHERE id = ${k}`);
		await rechain(1, plainHash);
		const v = await verify();
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, /BROKEN at row \d+/);
	});
});

/* ---------------------------------------------------------- head lines */

async function head() {
	const r = await studioctl('audit-head');
	assert.equal(r.code, 0, r.stdout + r.stderr);
	const line = r.stdout.trim();
	assert.match(line, /^studio-audit-head id=\d+ hash=[0-9a-f]{64} at=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6} mac=[0-9a-f]{64}$/);
	return line;
}

async function verifyWith(...args) {
	const r = await studioctl('audit-verify', ...args);
	return { code: r.code, out: r.stdout + r.stderr };
}

test('audit-head prints a signed line of the last row; audit-verify accepts it, as argument or file', async () => {
	const line = await head();
	const last = await q('SELECT MAX(id) FROM audit');
	assert.match(line, new RegExp(`id=${last} hash=${await q(`SELECT hash FROM audit WHERE id = ${last}`)} `));
	let v = await verifyWith(line);
	assert.equal(v.code, 0, v.out);
	assert.match(v.out, new RegExp(`head of row ${last} .*matches`));
	const file = tmp('heads.txt');
	writeFileSync(file, `# kept heads\n${line}\n\n`);
	v = await verifyWith('-h', file);
	assert.equal(v.code, 0, v.out);
	assert.match(v.out, /heads\.txt:2: head of row/);
});

test('a kept head line and the tail cut off afterwards (head row recomputed): detected only with the head', async () => {
	const line = await head();
	const last = Number(await q('SELECT MAX(id) FROM audit'));
	await tampering(async () => {
		await admin(`DELETE FROM audit WHERE id > ${last - 2}`);
		const newHead = await admin(`SELECT hash FROM audit WHERE id = ${last - 2}`);
		await admin(`UPDATE meta SET audit_seq = ${last - 2}, audit_hash = '${newHead}' WHERE id = 1`);
		let v = await verify();
		assert.equal(v.code, 0, `a clean cut leaves a consistent chain: ${v.out}`);
		v = await verifyWith(line);
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, new RegExp(`head of row ${last}: MISMATCH: that row is gone`));
	});
});

test('a kept head line and the tail rewritten afterwards, even with the key: detected', async () => {
	const line = await head();
	const last = Number(await q('SELECT MAX(id) FROM audit'));
	await tampering(async () => {
		await admin(`UPDATE audit SET holder = '别人' WHERE id = ${last}`);
		await rechain(last, keyedHash(auditKey()));
		let v = await verify();
		assert.equal(v.code, 0, `rewritten with the key, the chain holds: ${v.out}`);
		v = await verifyWith(line);
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, new RegExp(`head of row ${last}: MISMATCH: that row has changed`));
		// A file of kept heads fails as a whole if one of them does.
		const file = tmp('heads2.txt');
		writeFileSync(file, `${line}\n`);
		v = await verifyWith('-h', file);
		assert.equal(v.code, 1, v.out);
	});
});

test('a head line with a changed signature, id or hash is refused', async () => {
	const line = await head();
	const m = /id=(\d+) hash=(\w+) at=(\S+) mac=(\w+)/.exec(line);
	const flip = (h) => (h[0] === '0' ? '1' : '0') + h.slice(1);
	for (const bad of [
		line.replace(`mac=${m[4]}`, `mac=${flip(m[4])}`),
		line.replace(`id=${m[1]} `, `id=${Number(m[1]) - 1} `),
		line.replace(`hash=${m[2]}`, `hash=${flip(m[2])}`),
	]) {
		const v = await verifyWith(bad);
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, /signature INVALID/);
	}
	for (const bad of ['studio-audit-head id=1', 'nonsense']) {
		const v = await verifyWith(bad);
		assert.equal(v.code, 1, v.out);
		assert.match(v.out, /not a head line/);
	}
	const v = await verifyWith('-h', '/nonexistent/heads');
	assert.equal(v.code, 1, v.out);
});

/* ---------------------------------------------------- the audit key file */

test('studiod and studioctl refuse an audit key that is missing, short or the CSRF secret', async () => {
	const conf = readFileSync(CONF, 'utf8');
	// studiod -t keeps its configuration until exit, which LeakSanitizer
	// would call a leak.
	const env = { ...process.env, ASAN_OPTIONS: 'detect_leaks=0' };
	const short = tmp('short-key');
	writeFileSync(short, 'ab'.repeat(20) + '\n');
	for (const keyFile of [path.join(VAR, 'secret'), '/nonexistent/audit-key', short]) {
		const bad = tmp('bad.conf');
		writeFileSync(bad, conf.replace(/^audit_key_file = .*$/m, `audit_key_file = ${keyFile}`), { mode: 0o600 });
		let r = await run(path.join(BUILD, 'studiod'), ['-t', '-f', bad], { timeout: 30_000, env });
		assert.notEqual(r.code, 0, `studiod with ${keyFile}: ${r.stdout}${r.stderr}`);
		r = await run(path.join(BUILD, 'studioctl'), ['-f', bad, 'audit-verify'], { timeout: 30_000 });
		assert.notEqual(r.code, 0, `studioctl with ${keyFile}: ${r.stdout}${r.stderr}`);
		rmSync(bad, { force: true });
	}
	const r = await run(path.join(BUILD, 'studiod'), ['-t', '-f', CONF], { timeout: 30_000, env });
	assert.equal(r.code, 0, r.stdout + r.stderr);
	assert.match(r.stdout, /configuration ok/);
});

/* -------------------------------------------------- the two database users */

test('the application\'s database user may read and append to the audit log, never change or remove a row', async () => {
	const n = await q('SELECT COUNT(*) FROM audit');
	let r = await dbAs('app', 'SELECT COUNT(*) FROM audit');
	assert.equal(r.code, 0, r.stderr);
	assert.equal(r.stdout.trim(), n);
	for (const stmt of ["UPDATE audit SET holder = 'x' WHERE id = 2", 'DELETE FROM audit WHERE id = 2',
		'DELETE FROM audit', 'TRUNCATE TABLE audit', 'DROP TABLE audit',
		"UPDATE meta SET audit_hash = 'x' WHERE id = 2 AND 0", 'ALTER TABLE audit ADD COLUMN x INT']) {
		r = await dbAs('app', stmt);
		if (stmt.startsWith('UPDATE meta')) {
			// meta is the application's to advance (every write does).
			assert.equal(r.code, 0, `${stmt}: ${r.stderr}`);
			continue;
		}
		assert.notEqual(r.code, 0, `${stmt} was allowed`);
		assert.match(r.stderr, /ERROR (1142|1044)/, `${stmt}: ${r.stderr}`);
	}
	assert.equal(await q('SELECT COUNT(*) FROM audit'), n);
	assert.equal((await verify()).code, 0);
	// The operator's user may (it runs migrations and data loads).
	r = await dbAs('admin', "UPDATE audit SET holder = holder WHERE id = 2");
	assert.equal(r.code, 0, r.stderr);
});

test('the application\'s user has table grants only, and every table of the schema has one', async () => {
	const grants = (await sql("SHOW GRANTS FOR 'studio'@'localhost'")).stdout;
	assert.doesNotMatch(grants, /ON `studio`\.\*/, grants);
	assert.match(grants, /GRANT `studio_app` TO `studio`@`localhost`/, grants);
	const missing = await q("SELECT t.TABLE_NAME FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = 'studio' " +
		"AND t.TABLE_TYPE = 'BASE TABLE' AND t.TABLE_NAME NOT IN (SELECT p.Table_name FROM mysql.tables_priv p " +
		"WHERE p.User = 'studio_app' AND p.Host = '' AND p.Db = 'studio')");
	assert.equal(missing, '', `tables without a grant in sql/grants.sql: ${missing}`);
	const audit = await q("SELECT Table_priv FROM mysql.tables_priv WHERE User = 'studio_app' AND Db = 'studio' " +
		"AND Table_name = 'audit'");
	assert.deepEqual(audit.split(',').sort(), ['Insert', 'Select']);
});
