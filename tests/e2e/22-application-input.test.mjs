// Hostile and wrong input in every field of the application form: valid
// text probes are stored literally, exact in the XML and escaped in the
// HTML and the printed form; bytes that are not text (NUL, invalid UTF-8),
// overlong text and values of the wrong shape are 400 naming the field,
// with nothing stored.  Never a 500, neither in a response nor in the log.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import {
	APP, HONOUR_LINES, OPINION_LIMIT, TEXT_LIMITS, VAR, act, applicationAsOwner, applicationFields, applicationXml, chineseText, city, createApplication, curl,
	fetchXml, fieldOf, page, postForm, show, transition, unit, validateXml, xpath, xpaths,
} from './lib.mjs';

const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const district = unit('220102');	// 南关区总工会
const LOG = path.join(VAR, 'log', 'studiod.log');

/* The fields of the form by kind (fields[] of fcgi/h_application.c). */
const TEXT = ['name', 'host-unit', 'naming-unit', 'field', 'type-other', 'leader.name',
	'leader.specialty', 'leader.title', 'overview', 'goals', 'achievements-summary', 'honours'];
const CODED = ['host-unit-type', 'industry', 'leader.gender', 'leader.education', 'leader.ethnicity',
	'leader.political-status', 'recommending-unit'];
const SHAPED = ['filled-on', 'founded-on', 'member-count', 'leader.birth-month', 'leader.mobile',
	'leader.email'];
const BOXES = ['conditions.leader', 'conditions.members', 'conditions.goals', 'conditions.venue',
	'conditions.equipment', 'conditions.display', 'conditions.not-existing-department', 'employer-consent'];
const ALL = [...TEXT, ...CODED, ...SHAPED, ...BOXES];

/* Where a form field is in the application document. */
const XPATH = (f) => `/application/${f === 'type-other' ? 'types/type[@code="other"]' : f.replace('.', '/')}`;

const PROBES = ["' OR 1=1 --", '<script>alert(1)</script>', ']]>', '&#0;'];

const open = [];
let logStart = 0;
before(() => {
	logStart = existsSync(LOG) ? statSync(LOG).size : 0;
});
after(async () => {
	for (const id of open) {
		const { status } = await applicationAsOwner(id);
		if (['draft', 'returned', 'recommended'].includes(status))
			await transition(base, id, 'withdraw', { opinion: '测试结束，撤回。' });
	}
});

/* Replace (or add) fields in [name, value] pairs. */
function withField(pairs, name, value) {
	const out = pairs.filter(([k]) => k !== name);
	out.push([name, value]);
	return out;
}

/* A unique studio name: the refusals are checked to have stored nothing. */
function uniqueName(what) {
	return `输入测试${what.length}${Date.now()}${Math.floor(Math.random() * 1e6)}`;
}

async function countNamed(name) {
	const { xml } = await fetchXml(`${APP}/app/applications?q=${encodeURIComponent(name)}`, { as: base });
	return xpath(xml, 'string(/applications/@total)');
}

/*
 * POST a new application whose field `name` is refused: 400 naming that
 * field, in the XML and on the HTML page, and nothing stored.  raw: the
 * field's value already urlencoded (bytes no string holds).
 */
async function refusedField(field, { value, raw, what }) {
	const studio = uniqueName(field);
	let pairs = applicationFields({ name: studio });
	pairs = pairs.filter(([k]) => k !== field);
	if (value !== undefined)
		pairs.push([field, value]);
	const opts = raw ? { raw: `${encodeURIComponent(field)}=${raw}` } : {};
	const x = await postForm(base, '/app/applications', pairs, { ...opts, query: 'format=xml' });
	assert.equal(x.status, 400, `${field} = ${what}: ${show(x)}`);
	const root = await validateXml(x.body);
	const named = root === 'error' ?
		await xpath(x.body, `count(/error/field[@name="${field}"])`) :
		await xpath(x.body, `count(/application-form/errors/error[@field="${field}"])`);
	assert.notEqual(named, '0', `${field} = ${what}: the refusal names the field:\n${x.body.slice(0, 1500)}`);
	const html = await postForm(base, '/app/applications', pairs, opts);
	assert.equal(html.status, 400, `${field} = ${what} (html): ${show(html)}`);
	assert.match(html.headers['content-type'], /^text\/html/);
	const esc = field.replace(/\./g, '\\.');
	assert.match(html.body, new RegExp(`id="err-${esc}"|<th scope="row">${esc}</th>`),
		`${field} = ${what}: the page names the field`);
	if (field !== 'name')
		assert.equal(await countNamed(studio), '0', `${field} = ${what}: nothing stored`);
	return x;
}

test('text probes are stored literally: exact in the XML, escaped in HTML and print', async () => {
	for (const probe of PROBES) {
		// Each text field that can hold the probe gets it (after its name
		// where that fits too); a field too short for it refuses it.
		const fits = TEXT.filter((f) => probe.length <= TEXT_LIMITS[f]);
		const over = {};
		for (const f of fits)
			over[f] = `${f}：${probe}`.length <= TEXT_LIMITS[f] ? `${f}：${probe}` : probe;
		over.name = `${probe}${Date.now() % 100000}`;
		if (fits.includes('type-other'))
			over.types = ['other'];
		over['leader.honours'] = [['2022', probe]];
		const id = await createApplication(base, applicationFields(over));
		open.push(id);
		const { xml } = await applicationXml(id, base);
		const got = await xpaths(xml, [...fits.map(XPATH), '/application/leader/honours/honour[1]']);
		fits.forEach((f, i) => assert.equal(got[i], over[f], `${f} holds ${probe} exactly`));
		assert.equal(got[fits.length], probe, 'the honour title holds the probe exactly');
		for (const f of TEXT.filter((t) => !fits.includes(t)))
			await refusedField(f, { value: probe, what: `${probe} (longer than ${f} takes)` });

		// The edit form, too.
		const form = await fetchXml(`${APP}/app/applications/${id}/edit`, { as: base });
		assert.equal(await xpath(form.xml, 'string(/application-form/values/leader/title)'), over['leader.title']);

		for (const [url, what] of [[`/app/applications/${id}`, 'page'], [`/app/applications/${id}?format=print`, 'print'],
			[`/app/applications?q=${encodeURIComponent(over.name)}`, 'list'], [`/app/applications/${id}/edit`, 'edit form']]) {
			const res = await page(`${APP}${url}`, { as: base });
			assert.ok(!res.body.includes('<script>alert(1)</script>'), `${what}: no raw <script> (${probe})`);
			assert.ok(!/<script>alert/.test(res.body), `${what}: no script element from the data`);
			if (probe.startsWith('<') && what !== 'edit form')
				assert.ok(res.body.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), `${what}: the probe shows as text`);
		}
		// ... and in the opinion of a review.
		await act(base, id, 'recommend', { opinion: `推荐意见${probe}` });
		const rec = await applicationXml(id, district);
		assert.equal(await xpath(rec.xml, 'string(/application/reviews/review[1])'), `推荐意见${probe}`);
		const res = await page(`${APP}/app/applications/${id}`, { as: district });
		assert.ok(!res.body.includes('<script>alert(1)</script>'), 'the opinion is escaped');
	}
});

test('the probes in coded, dated, numbered and ticked fields are 400 naming the field', async () => {
	for (const field of [...CODED, ...SHAPED, ...BOXES])
		for (const probe of PROBES)
			await refusedField(field, { value: probe, what: probe });
	for (const probe of PROBES) {
		await refusedField('types', { value: probe, what: probe });
		await refusedField('leader.honours.year', { value: probe, what: probe });
	}
});

test('NUL, invalid UTF-8, control bytes and characters XML cannot carry in any field are 400 naming it', async () => {
	const bad = { 'a NUL byte': '%00', 'NUL inside text': '%E5%B7%A5%00%E4%BD%9C', 'a lone byte': '%FF',
		'a truncated sequence': '%E5%B7', 'an overlong encoding': '%C0%AF', 'a control character': '%1B',
		// what XML 1.0 forbids, and what other parsers take for a line end or a control
		'U+FFFE': '%E5%B7%A5%EF%BF%BE', 'U+FFFF': '%EF%BF%BF', 'U+1FFFF': '%F0%9F%BF%BF',
		'U+FDD0': '%EF%B7%90', 'DEL': '%7F', 'C1 NEL': '%C2%85', 'U+2028': '%E2%80%A8',
		'U+202E': '%E2%80%AE', 'U+2066': '%E2%81%A6' };
	for (const field of [...ALL, 'types', 'leader.honours.title'])
		for (const [what, raw] of Object.entries(bad))
			await refusedField(field, { raw, what });
});

test('text over its length is 400 naming the field; 10,000 characters anywhere', async () => {
	for (const field of [...ALL, 'leader.honours.title'])
		await refusedField(field, { value: '创'.repeat(10_000), what: '10,000 characters' });
	// Each text takes exactly its length: all at once in one application,
	// one character more is refused, naming the field.
	const over = {};
	for (const [f, n] of Object.entries(TEXT_LIMITS))
		if (f !== 'leader.honours.title')
			over[f] = chineseText(n);
	over.name = chineseText(TEXT_LIMITS.name - 8) + String(Date.now()).slice(-8);
	over.types = ['other'];
	over['leader.honours'] = Array.from({ length: HONOUR_LINES }, (_, i) => [String(2010 + i),
		chineseText(TEXT_LIMITS['leader.honours.title'])]);
	const id = await createApplication(base, applicationFields(over));
	open.push(id);
	const { xml } = await applicationXml(id, base);
	const texts = Object.keys(over).filter((f) => TEXT_LIMITS[f]);
	const got = await xpaths(xml, texts.map(XPATH));
	texts.forEach((f, i) => assert.equal(got[i], over[f], `${f} holds ${TEXT_LIMITS[f]} characters`));
	assert.equal(await xpath(xml, `count(/application/leader/honours/honour)`), String(HONOUR_LINES));
	assert.equal(await xpath(xml, `string(/application/leader/honours/honour[${HONOUR_LINES}])`),
		over['leader.honours'][HONOUR_LINES - 1][1]);
	for (const [f, n] of Object.entries(TEXT_LIMITS))
		await refusedField(f, { value: chineseText(n + 1), what: `${n + 1} characters` });
	// a single-line field refuses a line break
	await refusedField('leader.title', { value: '高级\n技师', what: 'a line break' });
});

test('the form states the limits the server takes, and its fields use them', async () => {
	const { xml } = await fetchXml(`${APP}/app/applications/new`, { as: base });
	const L = '/application-form/limits';
	assert.equal(await xpath(xml, `string(${L}/@honour-lines)`), String(HONOUR_LINES));
	const limits = { ...TEXT_LIMITS, 'leader.email': 100 };
	assert.equal(await xpath(xml, `count(${L}/limit)`), String(Object.keys(limits).length));
	const got = await xpaths(xml, Object.keys(limits).map((f) => `string(${L}/limit[@field="${f}"]/@max)`));
	Object.entries(limits).forEach(([f, n], i) => assert.equal(got[i], String(n), `the limit of ${f}`));
	// the page: every text field's maxlength is its limit; as many honour
	// rows as the server takes
	const html = (await page(`${APP}/app/applications/new`, { as: base })).body;
	for (const [f, n] of Object.entries(limits)) {
		const tags = html.match(new RegExp(`<(?:input|textarea)[^>]*name="${f.replace(/\./g, '\\.')}"[^>]*>`, 'g')) ?? [];
		assert.ok(tags.length > 0, `a field ${f} on the form`);
		for (const t of tags)
			assert.match(t, new RegExp(`maxlength="${n}"`), `${f}: ${t}`);
	}
	assert.equal((html.match(/name="leader\.honours\.title"/g) ?? []).length, HONOUR_LINES);
});

/* Tomorrow and next month in Asia/Shanghai, as the server's today. */
function shanghai(days) {
	return new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
}
function tomorrow() {
	return shanghai(1);
}
function nextMonth() {
	return shanghai(32).slice(0, 7);
}

test('numbers, dates, mobiles and codes of the wrong shape are 400 naming the field', async () => {
	const cases = [
		['member-count', '-3'], ['member-count', '0'], ['member-count', 'abc'], ['member-count', '1.5'],
		['member-count', '99999999999999999999'], ['member-count', '１２'],
		['leader.mobile', '139123456789'], ['leader.mobile', '1391234567'], ['leader.mobile', '12912345678'],
		['leader.mobile', '+8613912345678'], ['leader.mobile', '139 1234 567'],
		['filled-on', '2023-02-30'], ['founded-on', '2023-02-30'], ['founded-on', '2023-13-01'],
		['founded-on', '2023/12/06'], ['founded-on', '2023年12月6日'], ['filled-on', '2100-02-29'],
		['leader.birth-month', '1980-13'], ['leader.birth-month', '1980-00'], ['leader.birth-month', '1980-7'],
		['leader.email', 'not-an-address'], ['leader.email', 'a@b'], ['leader.email', 'a@b..c'],
		['leader.email', 'a@b..cn'], ['leader.email', 'a..b@c.cn'], ['leader.email', 'a@-b.cn'],
		// no day after today: filled in, founded, born, honoured in the future
		['filled-on', '2199-12-31'], ['filled-on', tomorrow()], ['founded-on', tomorrow()],
		['leader.birth-month', '2199-01'], ['leader.birth-month', nextMonth()],
		['leader.honours.year', String(new Date().getFullYear() + 1)],
		['industry', 'Z'], ['industry', 'c'], ['industry', 'CC'], ['host-unit-type', '999'],
		['leader.gender', '9'], ['leader.education', '00'], ['leader.ethnicity', '57'],
		['leader.political-status', '14'], ['recommending-unit', '1'], ['recommending-unit', '-1'],
		['recommending-unit', String(2 ** 31)], ['types', 'innovation'], ['conditions.venue', 'yes'],
	];
	for (const [field, value] of cases)
		await refusedField(field, { value, what: value });
	// founded after it was filled in
	const x = await postForm(base, '/app/applications',
		applicationFields({ 'filled-on': '2024-01-01', 'founded-on': '2024-01-02' }), { query: 'format=xml' });
	assert.equal(x.status, 400, show(x));
	assert.equal(await xpath(x.body, 'string(/application-form/errors/error/@field)'), 'founded-on');
	// a 2024-02-29 is a day; the leap rule
	const id = await createApplication(base, applicationFields({ 'filled-on': '2024-02-29', 'founded-on': '2000-02-29' }));
	open.push(id);
	assert.equal(await xpath((await applicationXml(id, base)).xml, 'string(/application/founded-on)'), '2000-02-29');
});

test('a refused form comes back with everything typed and each bad field named', async () => {
	const typed = applicationFields({
		'member-count': '-3', 'leader.mobile': '139123456789', 'founded-on': '2023-02-30', 'industry': 'Z',
	});
	const x = await postForm(base, '/app/applications', typed, { query: 'format=xml' });
	assert.equal(x.status, 400, show(x));
	const fields = ((await xpath(x.body, '/application-form/errors/error/@field')).match(/"[^"]*"/g) ?? [])
		.map((s) => s.slice(1, -1)).sort();
	assert.deepEqual(fields, ['founded-on', 'industry', 'leader.mobile', 'member-count']);
	const V = '/application-form/values';
	const [name, mc, mobile, founded, overview] = await xpaths(x.body,
		[`${V}/name`, `${V}/member-count`, `${V}/leader/mobile`, `${V}/founded-on`, `${V}/overview`]);
	assert.deepEqual([name, mc, mobile, founded, overview], [fieldOf(typed, 'name'), '-3', '139123456789',
		'2023-02-30', fieldOf(typed, 'overview')], 'everything typed, the bad values too');
	assert.equal(await countNamed(fieldOf(typed, 'name')), '0');
	// The page: the form again, each message beside its field, the values kept.
	const html = await postForm(base, '/app/applications', typed);
	assert.equal(html.status, 400, show(html));
	for (const f of fields)
		assert.ok(html.body.includes(`id="err-${f}"`), `the message beside ${f}`);
	for (const v of ['139123456789', '2023-02-30', fieldOf(typed, 'name'), fieldOf(typed, 'leader.title')])
		assert.ok(html.body.includes(`value="${v}"`), `the form keeps ${v}`);
	assert.ok(html.body.includes(fieldOf(typed, 'overview')), 'the form keeps the overview');
	assert.match(html.body, /name="csrf" value="[0-9a-f]+\.[0-9a-f]{64}"/, 'with a fresh token');
});

test('an edit with bad input is 400 and changes nothing', async () => {
	const id = await createApplication(base);
	open.push(id);
	const before = await applicationXml(id, base);
	for (const [field, value] of [['member-count', '0'], ['leader.mobile', '1391234567890'], ['name', '名'.repeat(TEXT_LIMITS.name + 1)]]) {
		const pairs = withField(applicationFields(), field, value);
		const res = await postForm(base, `/app/applications/${id}`, [...pairs, ['version', before.version]],
			{ query: 'format=xml' });
		assert.equal(res.status, 400, show(res));
		assert.equal(await xpath(res.body, `count(/application-form/errors/error[@field="${field}"])`), '1');
		assert.equal(await xpath(res.body, 'string(/application-form/@version)'), before.version);
	}
	const bad = await postForm(base, `/app/applications/${id}`, [...applicationFields(), ['version', before.version]],
		{ raw: 'overview=%FF' });
	assert.equal(bad.status, 400, show(bad));
	const now = await applicationXml(id, base);
	assert.equal(now.version, before.version);
	assert.equal(now.xml, before.xml, 'the stored application is as it was');
	// the version itself
	for (const v of ['', 'abc', '-1', '0', "1' OR 1=1 --"]) {
		const res = await postForm(base, `/app/applications/${id}`, [...applicationFields(), ['version', v]]);
		assert.ok(res.status === 400 || res.status === 409, `version ${v}: ${show(res)}`);
	}
	assert.equal((await applicationXml(id, base)).xml, before.xml);
});

test('an overlong or hostile opinion is refused or stored literally', async () => {
	const id = await createApplication(base);
	open.push(id);
	const { version } = await applicationXml(id, base);
	const long = await transition(base, id, 'recommend', { opinion: '意'.repeat(10_000), version, query: 'format=xml' });
	assert.equal(long.status, 400, show(long));
	assert.equal(await validateXml(long.body), 'application');
	assert.equal(await xpath(long.body, 'string(/application/errors/error/@field)'), 'opinion');
	const nul = await postForm(base, `/app/applications/${id}/transition`,
		{ action: 'recommend', version }, { raw: 'opinion=%00', query: 'format=xml' });
	assert.equal(nul.status, 400, show(nul));
	assert.equal(await validateXml(nul.body), 'error');
	assert.equal(await xpath(nul.body, 'string(/error/field/@name)'), 'opinion');
	// one character over the limit is refused; the limit itself is taken
	const over = await transition(base, id, 'recommend',
		{ opinion: chineseText(OPINION_LIMIT + 1), version, query: 'format=xml' });
	assert.equal(over.status, 400, `${OPINION_LIMIT + 1} characters: ${show(over)}`);
	assert.equal(await xpath(over.body, 'string(/application/errors/error/@field)'), 'opinion');
	assert.equal((await applicationXml(id, base)).status, 'draft');
	await act(base, id, 'recommend', { opinion: chineseText(OPINION_LIMIT), version });
	const { xml, status } = await applicationXml(id, base);
	assert.equal(status, 'recommended');
	assert.equal(await xpath(xml, 'string(/application/reviews/review[1])'), chineseText(OPINION_LIMIT));
});

test('more honour lines than the form holds are refused, not cut off', async () => {
	const tooMany = Array.from({ length: HONOUR_LINES + 1 }, (_, i) => [String(2010 + i), `荣誉称号第${i + 1}项`]);
	const res = await postForm(base, '/app/applications', applicationFields({ 'leader.honours': tooMany }),
		{ query: 'format=xml' });
	assert.equal(res.status, 400, `${HONOUR_LINES + 1} honour lines: ${show(res)}`);
	assert.equal(await xpath(res.body, 'string(/application-form/errors/error/@field)'), 'leader.honours.title');
	assert.match(await xpath(res.body, 'string(/application-form/errors/error)'), new RegExp(`${HONOUR_LINES}`));
	assert.equal(await xpath(res.body, 'count(/application-form/values/leader/honours/honour)'),
		String(HONOUR_LINES), 'the lines the form holds come back');
	// a line refused for its length comes back as typed
	const longTitle = '称'.repeat(TEXT_LIMITS['leader.honours.title'] + 1);
	const long = await postForm(base, '/app/applications',
		applicationFields({ 'leader.honours': [['2019', '长春市劳动模范'], ['2020', longTitle]] }), { query: 'format=xml' });
	assert.equal(long.status, 400, show(long));
	assert.equal(await xpath(long.body, 'string(/application-form/values/leader/honours/honour[2]/title)'), longTitle);
	assert.equal(await xpath(long.body, 'string(/application-form/values/leader/honours/honour[2]/year)'), '2020');
	// as many as the form holds fit, and blank lines in between do not count
	const most = tooMany.slice(0, HONOUR_LINES);
	const half = Math.ceil(HONOUR_LINES / 2);
	const pairs = applicationFields({ 'leader.honours': [...most.slice(0, half), ['', ''], ...most.slice(half), ['', '']] });
	const id = await createApplication(base, pairs);
	open.push(id);
	const { xml } = await applicationXml(id, base);
	assert.equal(await xpath(xml, 'count(/application/leader/honours/honour)'), String(HONOUR_LINES));
	assert.equal(await xpath(xml, `string(/application/leader/honours/honour[${HONOUR_LINES}])`),
		`荣誉称号第${HONOUR_LINES}项`);
});

test('nothing above was a server error', async () => {
	// the pool still answers
	await page(`${APP}/app/applications`, { as: base });
	if (!existsSync(LOG))
		return;
	const text = readFileSync(LOG).subarray(logStart).toString('utf8');
	const fives = text.split('\n').filter((l) => /(GET|POST) \S+: 5\d\d$/.test(l));
	assert.deepEqual(fives, [], 'no 5xx in studiod.log');
});
