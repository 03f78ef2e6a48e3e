// Every message the code can show a user is a Chinese sentence: the
// messages of refusals and errors (r->message, the model's refusals, the
// fields named with req_ferr, the form tables' .missing and .bad, the
// notices), read from the sources, each holding Chinese text and no
// identifier-like English (not-in-subtree, city-only, studioctl, ...).
// And the pages never show the machine reason codes.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { APP, ROOT, curl, someBase, unit } from './lib.mjs';

const SRC = path.join(ROOT, 'fcgi');
const CJK = /[\u4e00-\u9fff]/;
const IDENT = /\b[a-z]+(?:[-_.][a-z]+)+\b|\bstudioctl\b|\bE_[A-Z]+\b/;

/* The C string literal at s[i] (adjacent literals joined): [text, end]. */
function literal(s, i) {
	let out = '';
	for (;;) {
		while (/\s/.test(s[i]))
			i++;
		if (s[i] !== '"')
			return [out, i];
		i++;
		while (s[i] !== '"') {
			if (s[i] === '\\')
				i++;
			out += s[i++];
		}
		i++;
	}
}

/* The messages of one source file, each with its line. */
function messages(file) {
	const s = readFileSync(path.join(SRC, file), 'utf8');
	const found = [];
	const add = (at, text) => found.push({ where: `${file}:${s.slice(0, at).split('\n').length}`, text });
	// r->message = "...", r->notice = "...", .missing = "...", .bad = "..."
	for (const m of s.matchAll(/(?:->message|->notice|\.missing|\.bad)\s*=\s*(?=")/g))
		add(m.index, literal(s, m.index + m[0].length)[0]);
	// refuse(x, E_..., "...") and its kin: the literal after the code
	for (const m of s.matchAll(/\b[a-z]*refuse\([^;"]*?E_[A-Z]+,\s*(?=")/g))
		add(m.index, literal(s, m.index + m[0].length)[0]);
	// req_ferr(r, name, label, "message"): the last literal of the call
	for (const m of s.matchAll(/\breq_ferr\(/g)) {
		const end = s.indexOf(');', m.index);
		const call = s.slice(m.index, end);
		const lits = [...call.matchAll(/"(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*/g)];
		if (lits.length >= 2)
			add(m.index, literal(call, lits[lits.length - 1].index)[0]);
	}
	return found;
}

test('every message the code can give a user is Chinese, without identifiers', () => {
	const all = readdirSync(SRC).filter((f) => f.endsWith('.c') && f !== 'studioctl.c')
		.flatMap(messages);
	assert.ok(all.length > 80, `the messages were found (${all.length})`);
	const bad = all.filter(({ text }) => text !== '' && !/^%s$/.test(text) &&
		(!CJK.test(text) || IDENT.test(text.replace(/E-mail|XML|CSV|PEM|\.p12/g, ''))));
	assert.deepEqual(bad, [], 'messages that are not plain Chinese sentences');
});

test('the pages never show a reason code; the XML keeps it', async () => {
	const other = unit('220104');		// another district
	const res = await curl(`${APP}/app/audit`, { as: someBase() });
	assert.equal(res.status, 403);
	assert.doesNotMatch(res.body, /city-only|not-in-subtree|<code>/);
	assert.match(res.body, /仅供市总工会使用/);
	const xml = await curl(`${APP}/app/audit?format=xml`, { as: other });
	assert.match(xml.body, /reason="city-only"/);
});
