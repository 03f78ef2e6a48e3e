// Backup and restore: `studioctl backup DIR` of the running stack (one
// snapshot, the stored files, a signed manifest with each part's SHA-256
// and each table's rows), then `studioctl restore DIR` into a second,
// empty database on the same server and an empty attachment folder: every
// table has the same rows (count and CHECKSUM TABLE), every stored file
// the same bytes, and `audit-verify` passes on the copy.  A part whose
// SHA-256 is not the manifest's, an altered manifest, a database or a
// folder that is not empty: each is refused before anything is written.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BUILD, CONF, VAR, city, run, sql, studioctl, tmp, unitId } from './lib.mjs';

const ATTACH_DIR = path.join(VAR, 'attachments');
const COPY_DB = `studio_bk${process.pid}`;
const BACKUP = tmp('backup');

/* SQL as the administrator on another database of the stack's server. */
function sqlOn(db, query) {
	const user = process.getuid() === 0 ? 'root' : process.env.USER;
	return run('mariadb', ['--no-defaults', `--socket=${path.join(VAR, 'run/mysqld.sock')}`,
		'-u', user, '-N', '-B', db, '-e', query]);
}

async function must(p) {
	const r = await p;
	assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
	return r.stdout;
}

/* A configuration of the stack's, pointing at database db and folder dir. */
function confFor(db, dir) {
	const text = readFileSync(CONF, 'utf8')
		.replace(/^db_name = .*$/m, `db_name = ${db}`)
		.replace(/^attach_dir = .*$/m, `attach_dir = ${dir}`);
	const file = tmp(`studio-${db}-${path.basename(dir)}.conf`);
	writeFileSync(file, text, { mode: 0o600 });
	return file;
}

function ctl(conf, ...args) {
	return run(path.join(BUILD, 'studioctl'), ['-f', conf, ...args]);
}

/* Every stored file under dir: relative path → SHA-256 of its bytes. */
function files(dir) {
	const out = {};
	const walk = (d, rel) => {
		if (!existsSync(d))
			return;
		for (const e of readdirSync(d)) {
			const p = path.join(d, e);
			if (statSync(p).isDirectory())
				walk(p, `${rel}${e}/`);
			else
				out[`${rel}${e}`] = createHash('sha256').update(readFileSync(p)).digest('hex');
		}
	};
	walk(dir, '');
	return out;
}

/* The base tables of db, sorted. */
async function tables(db) {
	const out = await must(sqlOn('information_schema', 'SELECT TABLE_NAME FROM TABLES WHERE ' +
		`TABLE_SCHEMA = '${db}' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`));
	return out.split('\n').filter(Boolean);
}

/* { table: [rows, checksum] } of db. */
async function contents(db, names) {
	const out = {};
	for (const t of names) {
		const n = Number((await must(sqlOn(db, `SELECT COUNT(*) FROM \`${t}\``))).trim());
		const ck = (await must(sqlOn(db, `CHECKSUM TABLE \`${t}\` EXTENDED`))).trim().split('\t')[1];
		out[t] = [n, ck];
	}
	return out;
}

function manifest(dir) {
	const lines = readFileSync(path.join(dir, 'MANIFEST'), 'utf8').split('\n').filter(Boolean);
	const tablesOf = {}, filesOf = {};
	for (const l of lines) {
		const w = l.split(' ');
		if (w[0] === 'table')
			tablesOf[w[1]] = Number(w[2]);
		if (w[0] === 'file')
			filesOf[w[1].replace(/^attachments\//, '')] = w[3];
	}
	return { lines, tables: tablesOf, files: filesOf };
}

let stored;		// the attachment put in before the backup

before(async () => {
	// A stored file and its row, as attach.c keeps them, so that the copy
	// has one to carry whatever ran before.
	const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3000), Buffer.from('\n%%EOF\n')]);
	const sha = createHash('sha256').update(bytes).digest('hex');
	const dir = path.join(ATTACH_DIR, sha.slice(0, 2), sha.slice(2, 4));
	mkdirSync(dir, { recursive: true });
	writeFileSync(path.join(dir, sha), bytes, { mode: 0o640 });
	const cid = await unitId(city().code);
	await must(sql('INSERT INTO attachment (owner_type, owner_id, base_path, name, type, size, sha256, ' +
		`unit_id, holder, created_at) VALUES ('backup-test', 1, '/220100/', '备份测试.pdf', 'application/pdf', ` +
		`${bytes.length}, '${sha}', ${cid}, 'backup test', NOW())`));
	stored = `${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;
	await must(sqlOn('mysql', `DROP DATABASE IF EXISTS ${COPY_DB}`));
	await must(sqlOn('mysql', `CREATE DATABASE ${COPY_DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`));
});

after(async () => {
	await sqlOn('mysql', `DROP DATABASE IF EXISTS ${COPY_DB}`);
	await sql("DELETE FROM attachment WHERE owner_type = 'backup-test'");
});

test('backup: a snapshot of the running stack, its stored files and a manifest of every part and table', async () => {
	const out = await must(studioctl('backup', BACKUP));
	assert.match(out, /backup complete/);
	const m = manifest(BACKUP);
	assert.equal(m.lines[0], 'studio-backup 1');
	assert.ok(m.lines.includes('method mariadb-dump --single-transaction'));
	assert.ok(m.lines.some((l) => /^binlog (off|\S+ \d+)$/.test(l)), 'the binary log position, or off');
	const dump = readFileSync(path.join(BACKUP, 'database.sql'));
	const part = m.lines.find((l) => l.startsWith('part database.sql '));
	assert.equal(part, `part database.sql ${dump.length} ${createHash('sha256').update(dump).digest('hex')}`);
	assert.match(m.lines[m.lines.length - 1], /^mac [0-9a-f]{64}$/);
	// each table of the schema with its rows now (nothing writes meanwhile)
	const names = await tables('studio');
	assert.deepEqual(Object.keys(m.tables).sort(), names);
	const live = await contents('studio', names);
	for (const t of names)
		assert.equal(m.tables[t], live[t][0], `rows of ${t}`);
	// every stored file, with its SHA-256 (its name)
	const disk = files(ATTACH_DIR);
	assert.ok(stored in m.files, 'the stored file is in the manifest');
	for (const [rel, sha] of Object.entries(disk))
		if (/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(rel))
			assert.equal(m.files[rel], sha, rel);
	assert.deepEqual(files(path.join(BACKUP, 'attachments')), m.files);
	// for the operator only
	assert.equal(statSync(BACKUP).mode & 0o077, 0);
	assert.equal(statSync(path.join(BACKUP, 'database.sql')).mode & 0o077, 0);
	// not over another backup
	const again = await studioctl('backup', BACKUP);
	assert.equal(again.code, 1);
	assert.match(again.stderr, /not empty/);
});

/* Restore a damaged copy of the backup: refused, nothing written. */
async function refusedDamaged(name, damage, reason) {
	const bad = tmp(`damaged-${name}`);
	cpSync(BACKUP, bad, { recursive: true });
	damage(bad);
	const target = tmp(`attach-${name}`);
	const r = await ctl(confFor(COPY_DB, target), 'restore', bad);
	assert.equal(r.code, 1, `${name}: ${r.stdout}${r.stderr}`);
	assert.match(r.stderr, reason, name);
	assert.doesNotMatch(r.stdout, /loading/, `${name}: nothing loaded`);
	assert.equal((await tables(COPY_DB)).length, 0, `${name}: the database stays empty`);
	assert.ok(!existsSync(target), `${name}: no attachment folder made`);
}

test('restore refuses a part whose SHA-256 is not the manifest\'s, and an altered manifest, before writing', async () => {
	await refusedDamaged('dump', (d) => {
		const p = path.join(d, 'database.sql');
		const b = readFileSync(p);
		const i = b.lastIndexOf(Buffer.from('INSERT INTO `unit`'));
		b[i + 40] ^= 1;
		writeFileSync(p, b);
	}, /database\.sql: its SHA-256 is not the manifest's/);
	await refusedDamaged('file', (d) => {
		const p = path.join(d, 'attachments', stored);
		const b = readFileSync(p);
		b[100] ^= 0x20;
		writeFileSync(p, b);
	}, /its SHA-256 is not the manifest's/);
	await refusedDamaged('manifest', (d) => {
		const p = path.join(d, 'MANIFEST');
		writeFileSync(p, readFileSync(p, 'utf8').replace(/^table unit (\d+)/m, (_, n) => `table unit ${Number(n) + 1}`));
	}, /signature INVALID/);
	await refusedDamaged('missing', (d) => {
		writeFileSync(path.join(d, 'database.sql'), '');
	}, /SHA-256 is not the manifest's/);
});

test('restore into an empty database and folder: every table and file as it was, audit-verify passes', async () => {
	const target = tmp('attach-copy');
	const conf = confFor(COPY_DB, target);
	// a folder that is not empty is refused first
	mkdirSync(target);
	writeFileSync(path.join(target, 'stray'), 'x');
	let r = await ctl(conf, 'restore', BACKUP);
	assert.equal(r.code, 1);
	assert.match(r.stderr, /attach_dir .* is not empty/);
	assert.equal((await tables(COPY_DB)).length, 0);
	r = await run('rm', ['-f', path.join(target, 'stray')]);

	const out = await must(ctl(conf, 'restore', BACKUP));
	assert.match(out, /every table as the manifest says/);
	assert.match(out, /audit chain intact/);
	// every table: its rows and their checksum
	const names = await tables('studio');
	assert.deepEqual(await tables(COPY_DB), names);
	const [a, b] = [await contents('studio', names), await contents(COPY_DB, names)];
	for (const t of names)
		assert.deepEqual(b[t], a[t], `table ${t}: rows and checksum`);
	const m = manifest(BACKUP);
	for (const t of names)
		assert.equal(b[t][0], m.tables[t], `rows of ${t} as the manifest says`);
	// the routines and triggers came too (the tallies are kept by them)
	const trig = (db) => sqlOn('information_schema',
		`SELECT COUNT(*) FROM TRIGGERS WHERE TRIGGER_SCHEMA = '${db}'`);
	assert.equal((await must(trig(COPY_DB))).trim(), (await must(trig('studio'))).trim());
	// the stored files, byte for byte
	assert.deepEqual(files(target), m.files);
	assert.equal(files(target)[stored], files(ATTACH_DIR)[stored]);
	// the copy's audit chain: intact, and the same head as the original's
	const verify = await must(ctl(conf, 'audit-verify'));
	assert.match(verify, /audit chain intact/);
	assert.equal(verify, await must(studioctl('audit-verify')));
	// every row finds its file in the copy as in the original (a stored
	// file that no row names, as the original may have, is copied too)
	const problems = async (p) => (await p).stdout.split('\n').filter(Boolean);
	const orig = await problems(studioctl('attach-verify'));
	for (const l of await problems(ctl(conf, 'attach-verify')))
		assert.ok(/^attachments: every row/.test(l) || orig.includes(l), `attach-verify of the copy: ${l}`);

	// a database that is not empty is refused, and left as it is
	const before = await contents(COPY_DB, ['unit', 'audit']);
	r = await ctl(confFor(COPY_DB, tmp('attach-empty')), 'restore', BACKUP);
	assert.equal(r.code, 1);
	assert.match(r.stderr, new RegExp(`database ${COPY_DB} is not empty`));
	assert.deepEqual(await contents(COPY_DB, ['unit', 'audit']), before);
});

/*
 * A MariaDB of this test's own, keeping a binary log, on a socket under
 * $VAR: the stack's runs without one.
 */
const LOGGED = path.join(VAR, 'binlog-test');
let logged = null;

async function startLogged() {
	rmSync(LOGGED, { recursive: true, force: true });
	mkdirSync(LOGGED, { recursive: true });
	const root = process.getuid() === 0;
	await must(run('mariadb-install-db', ['--no-defaults', `--datadir=${LOGGED}/data`,
		'--auth-root-authentication-method=socket', '--skip-test-db',
		...(root ? ['--user=root'] : [`--auth-root-socket-user=${process.env.USER}`])]));
	logged = spawn('mariadbd', ['--no-defaults', `--datadir=${LOGGED}/data`, `--socket=${LOGGED}/s.sock`,
		'--skip-networking', `--pid-file=${LOGGED}/pid`, `--log-error=${LOGGED}/error.log`,
		`--log-bin=${LOGGED}/data/bin`, '--server-id=1', '--innodb-buffer-pool-size=32M',
		'--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_ci',
		...(root ? ['--user=root'] : [])], { detached: true, stdio: 'ignore' });
	logged.unref();
	for (let i = 0; i < 300; i++) {
		const r = await run('mariadb-admin', ['--no-defaults', `--socket=${LOGGED}/s.sock`, '-u',
			root ? 'root' : process.env.USER, 'ping']);
		if (r.code === 0)
			return;
		await new Promise((ok) => setTimeout(ok, 100));
	}
	assert.fail('the MariaDB with a binary log did not start');
}

function sqlLogged(db, query, input) {
	return run('mariadb', ['--no-defaults', `--socket=${LOGGED}/s.sock`, '-u',
		process.getuid() === 0 ? 'root' : process.env.USER, '-N', '-B', db,
		...(query === null ? [] : ['-e', query])], { input });
}

after(async () => {
	if (logged !== null) {
		try {
			process.kill(logged.pid, 'SIGTERM');
		} catch {
			// gone already
		}
		for (let i = 0; i < 100 && existsSync(path.join(LOGGED, 'pid')); i++)
			await new Promise((ok) => setTimeout(ok, 100));
	}
	rmSync(LOGGED, { recursive: true, force: true });
});

test('with a binary log: restore needs log_bin_trust_function_creators, the backup records the position, and the log replays to a point in time', async () => {
	await startLogged();
	const pass = readFileSync(path.join(VAR, 'dbadminpass'), 'utf8').trim();
	await must(sqlLogged('mysql', `CREATE DATABASE studio CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; ` +
		`CREATE DATABASE studio_pit CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; ` +
		`CREATE USER studio_admin@localhost IDENTIFIED BY '${pass}'; ` +
		'GRANT ALL ON studio.* TO studio_admin@localhost WITH GRANT OPTION; ' +
		'GRANT ALL ON studio_pit.* TO studio_admin@localhost'));
	const conf = (db, dir) => {
		const file = confFor(db, dir);
		// its own server only, not the nodes of a cluster (db_sockets)
		writeFileSync(file, readFileSync(file, 'utf8')
			.replace(/^db_socket = .*$/m, `db_socket = ${LOGGED}/s.sock`)
			.replace(/^db_sockets = .*$/m, 'db_sockets ='));
		return file;
	};
	const main = conf('studio', path.join(LOGGED, 'attachments'));
	// the schema's triggers need the server's leave: refused first, nothing written
	let r = await ctl(main, 'restore', BACKUP);
	assert.equal(r.code, 1, r.stdout);
	assert.match(r.stderr, /log_bin_trust_function_creators is off/);
	assert.equal((await must(sqlLogged('information_schema',
		"SELECT COUNT(*) FROM TABLES WHERE TABLE_SCHEMA = 'studio'"))).trim(), '0');
	await must(sqlLogged('mysql', 'SET GLOBAL log_bin_trust_function_creators = 1'));
	await must(ctl(main, 'restore', BACKUP));

	// the backup of a server with a binary log records where it stood
	const bk = tmp('backup-logged');
	const out = await must(ctl(main, 'backup', bk));
	const m = manifest(bk);
	const line = m.lines.find((l) => l.startsWith('binlog '));
	const [, file, pos] = /^binlog (bin\.\d+) (\d+)$/.exec(line) ?? [];
	assert.ok(file && Number(pos) > 0, `binlog line: ${line}`);
	assert.match(out, new RegExp(`binary log position: ${file.replace('.', '\\.')} ${pos}`));

	// a write after it, the point in time, and a write after that
	await must(ctl(main, 'unit-add', '22019991', 'base', '220102', '时间点之前的工会'));
	await new Promise((ok) => setTimeout(ok, 1100));
	const stop = (await must(run('date', ['+%F %T']))).trim();
	await new Promise((ok) => setTimeout(ok, 1100));
	await must(ctl(main, 'unit-add', '22019992', 'base', '220102', '时间点之后的工会'));

	// recovery: the backup restored, then the log replayed from its position to the point
	const pit = conf('studio_pit', path.join(LOGGED, 'attachments-pit'));
	await must(ctl(pit, 'restore', bk));
	const events = await must(run('mariadb-binlog', [`--start-position=${pos}`, `--stop-datetime=${stop}`,
		'--rewrite-db=studio->studio_pit', path.join(LOGGED, 'data', file)]));
	await must(sqlLogged('studio_pit', null, events));
	assert.equal((await must(sqlLogged('studio_pit',
		"SELECT GROUP_CONCAT(code ORDER BY code) FROM unit WHERE code LIKE '2201999%'"))).trim(), '22019991');
	assert.match(await must(ctl(pit, 'audit-verify')), /audit chain intact/);
});
