// No log line carries personal data.  Run last of the end-to-end tests,
// after every other file has written what it writes: every file under the
// stack's log folder (studiod, nginx, MariaDB, studioctl, the PKI scripts,
// sanitizer reports) is searched for the leaders' mobile numbers and
// e-mail addresses: those the database holds (demo data, and every
// application, studio and amendment the tests made) and any of the shapes
// that lib.mjs applicationFields() gives (139 and eight digits,
// leaderNNNNNNNN@example.com), so that leaders whose data a test erased
// (studioctl purge) are still looked for.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { VAR, applicationFields, fieldOf, sql } from './lib.mjs';

const LOGS = path.join(VAR, 'log');

/* Every file under dir. */
function filesUnder(dir) {
	const out = [];
	if (!existsSync(dir))
		return out;
	for (const e of readdirSync(dir)) {
		const p = path.join(dir, e);
		if (statSync(p).isDirectory())
			out.push(...filesUnder(p));
		else
			out.push(p);
	}
	return out;
}

/* The leaders' mobiles and e-mails the database holds. */
async function personal() {
	const r = await sql(
		'SELECT leader_mobile, leader_email FROM application UNION ' +
		'SELECT leader_mobile, leader_email FROM studio UNION ' +
		'SELECT leader_mobile, leader_email FROM amendment');
	assert.equal(r.code, 0, r.stderr);
	const out = new Set();
	for (const line of r.stdout.split('\n'))
		for (const v of line.split('\t'))
			if (v !== '' && v !== 'NULL')
				out.add(v);
	return out;
}

// A number counts as a mobile only as a token of its own: not inside a
// longer run of letters and digits, such as nginx's hexadecimal request id.
const SHAPES = [/(?<![0-9A-Za-z])139[0-9]{8}(?![0-9A-Za-z])/, /leader[0-9]+@example\.com/i];

/* Whether s holds v as a token of its own (see SHAPES). */
function holds(s, v) {
	for (let i = s.indexOf(v); i >= 0; i = s.indexOf(v, i + 1)) {
		const before = i > 0 ? s[i - 1] : '';
		const after = s[i + v.length] ?? '';
		if (!/[0-9A-Za-z]/.test(before) || !/^[0-9]/.test(v))
			if (!/[0-9A-Za-z]/.test(after) || !/[0-9]$/.test(v))
				return true;
	}
	return false;
}

/* A line as written, and with %XX escapes (a URL's) decoded. */
function decoded(line) {
	try {
		return decodeURIComponent(line.replace(/\+/g, ' '));
	} catch {
		return line.replace(/%40/gi, '@');
	}
}

/* The lines of text that carry one of values or of SHAPES: [line, what]. */
function leaks(text, values) {
	const out = [];
	for (const line of text.split('\n')) {
		const d = decoded(line);
		for (const v of values)
			if (holds(line, v) || holds(d, v))
				out.push([line, v]);
		for (const re of SHAPES) {
			const m = re.exec(line) ?? re.exec(d);
			if (m)
				out.push([line, m[0]]);
		}
	}
	return out;
}

test('the search finds a leader\'s mobile and e-mail wherever a line has them', async () => {
	const f = applicationFields();
	const mobile = fieldOf(f, 'leader.mobile');
	const email = fieldOf(f, 'leader.email');
	assert.equal(leaks(`2025-11-30 studiod[1]: x ${mobile} y`, new Set()).length, 1);
	assert.equal(leaks(`"GET /app/applications?q=${encodeURIComponent(email)} HTTP/1.1"`, new Set()).length, 1);
	assert.equal(leaks('x 13604311001 y', new Set(['13604311001'])).length, 1);
	assert.equal(leaks('pid 91390123456789 size 1390000000', new Set()).length, 0);
	// nginx's request id may hold the digits of a mobile: not a mobile.
	const id = '"curl/7.88.1" f13979958382c50e41b8894156dad3fa';
	assert.equal(leaks(id, new Set(['13979958382'])).length, 0);
	assert.equal(leaks('mobile=13979958382&x', new Set(['13979958382'])).length, 2);
});

test('no log of the suite carries a leader\'s mobile number or e-mail address', async () => {
	const values = await personal();
	assert.ok(values.size > 0, 'the database holds leaders\' data to look for');
	const files = filesUnder(LOGS);
	assert.ok(files.some((f) => /studiod\.log$/.test(f)), `the workers' log is there: ${files.join(' ')}`);
	const found = [];
	for (const file of files)
		for (const [line, what] of leaks(readFileSync(file, 'utf8'), values))
			found.push(`${path.relative(VAR, file)}: ${what}: ${line.slice(0, 300)}`);
	assert.deepEqual(found, [], `personal data in the logs:\n${found.slice(0, 20).join('\n')}`);
});
