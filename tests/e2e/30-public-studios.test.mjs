// The public registry of named studios, a studio's public page, the Atom
// feed of namings and the progress on /public/stats: what anyone may read
// without a certificate, and never a leader's personal data.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
	PUB, assertSecurityHeaders, curl, fetchXml, page, show, sql, validateXml, xmllint, xpath,
} from './lib.mjs';

// nginx caches public pages for a few seconds: a URL of its own (an
// ignored parameter) whenever the test changed the data behind it.
let n = 0;
const fresh = (p) => `${PUB}${p}${p.includes('?') ? '&' : '?'}t=${process.pid}-${Date.now()}-${++n}`;

async function q(query) {
	const r = await sql(query);
	assert.equal(r.code, 0, `${query}: ${r.stderr}`);
	return r.stdout.trim();
}

/* Rows of a query as arrays of strings. */
async function rows(query) {
	const out = await q(query);
	return out === '' ? [] : out.split('\n').map((l) => l.split('\t'));
}

/* The ids of the studios of a registry document, in its order. */
async function ids(xml) {
	const out = [];
	const c = Number(await xpath(xml, 'count(/registry/studio)'));
	for (let i = 1; i <= c; i++)
		out.push(await xpath(xml, `string(/registry/studio[${i}]/@id)`));
	return out;
}

async function registry(query = '') {
	const { xml } = await fetchXml(fresh(`/public/studios${query ? `?${query}` : ''}`));
	const count = Number(await xpath(xml, 'count(/registry/studio)'));
	const total = Number(await xpath(xml, 'string(/registry/@total)'));
	const names = [];
	for (let i = 1; i <= count; i++)
		names.push(await xpath(xml, `string(/registry/studio[${i}]/name)`));
	return { xml, count, total, names };
}

let demo;		// the demo studios: id, name, status, auditing unit, leader's data
const REVOKE_ON = '2026-01-15';

before(async () => {
	// the studios of the registry: the demo's, and those other tests of
	// the run named (and did not revoke)
	demo = (await rows("SELECT id, name, status, auditing_unit_id, leader_name, leader_mobile," +
		" leader_email, COALESCE(leader_birth_month, '') FROM studio WHERE status <> 'revoked'" +
		' ORDER BY id'))
		.map(([id, name, status, district, leader, mobile, email, birth]) =>
			({ id, name, status, district, leader, mobile, email, birth }));
	assert.ok(demo.length >= 3, 'the demo data has named studios');
});

after(async () => {
	// Whatever a failed test left behind.
	await sql("DELETE FROM studio WHERE name LIKE '分页测试工作室%'");
	await sql("DELETE FROM application WHERE name LIKE '分页测试工作室%'");
	await sql("UPDATE studio SET status = 'active', revoked_on = NULL WHERE status = 'revoked'" +
		" AND naming_number LIKE '长工创命〔2024〕%'");
});

test('/public/studios lists the named studios, newest first, in HTML, XML and print', async () => {
	const all = await registry();
	assert.equal(all.total, demo.length, 'every demo studio is listed');
	assert.deepEqual([...all.names].sort(), demo.map((s) => s.name).sort());
	// newest first: by naming date, then the later id
	const order = await rows("SELECT id FROM studio WHERE status <> 'revoked' ORDER BY named_on DESC, id DESC");
	assert.deepEqual(await ids(all.xml), order.map((r) => r[0]));
	assert.match(await xpath(all.xml, 'string(/registry/@per-page)'), /^50$/);

	const html = await page(fresh('/public/studios'));
	assertSecurityHeaders(html);
	assert.match(html.body, /职工创新工作室名录/);
	for (const s of demo)
		assert.ok(html.body.includes(`href="/public/studios/${s.id}"`), `links to studio ${s.id}`);
	assert.match(html.body, /2024年4月10日/, 'dates in Chinese');
	const print = await page(fresh('/public/studios?format=print'));
	assert.doesNotMatch(print.body, /<form/);
	assert.match(print.body, new RegExp(demo[0].name));
	// no CSV here
	const csv = await curl(fresh('/public/studios?format=csv'));
	assert.equal(csv.status, 400, show(csv));
});

test('the filters: district, industry, type, year; a bad value is no filter', async () => {
	const first = demo[0];
	const byDistrict = await registry(`district=${first.district}`);
	const want = demo.filter((s) => s.district === first.district).map((s) => s.name);
	assert.deepEqual(byDistrict.names.sort(), want.sort());
	assert.equal(await xpath(byDistrict.xml, 'string(/registry/@district)'), first.district);

	const industries = await rows("SELECT industry, COUNT(*) FROM studio WHERE status <> 'revoked' GROUP BY industry");
	for (const [code, count] of industries)
		assert.equal((await registry(`industry=${code}`)).total, Number(count), `industry ${code}`);
	const unusedIndustry = ['A', 'B', 'P', 'T'].find((c) => !industries.some(([i]) => i === c));
	assert.equal((await registry(`industry=${unusedIndustry}`)).total, 0);

	const types = await rows('SELECT t.type, COUNT(*) FROM studio_type t JOIN studio s ON s.id = t.studio_id' +
		" WHERE s.status <> 'revoked' GROUP BY t.type");
	assert.ok(types.length > 0);
	for (const [type, count] of types) {
		const r = await registry(`type=${type}`);
		assert.equal(r.total, Number(count), `type ${type}`);
	}
	const years = await rows("SELECT YEAR(named_on), COUNT(*) FROM studio WHERE status <> 'revoked' GROUP BY 1");
	for (const [year, count] of years)
		assert.equal((await registry(`year=${year}`)).total, Number(count), `year ${year}`);
	assert.equal((await registry('year=2001')).total, 0);
	// filters that do not parse are ignored, not refused (and not echoed)
	const bad = await registry('district=abc&industry=ZZ&type=nope&year=20x4');
	assert.equal(bad.total, demo.length);
	assert.equal(await xpath(bad.xml, 'count(/registry/@industry | /registry/@type | /registry/@year)'), '0');
	// the choices are offered
	assert.ok(Number(await xpath(bad.xml, 'count(/registry/filters/districts/unit)')) > 10);
	assert.equal(await xpath(bad.xml, 'string(/registry/filters/years/year[1])'), years.map((y) => y[0]).sort().reverse()[0]);
});

test('a two-character Chinese word finds a studio by name, host unit or field; wildcards are text', async () => {
	// in the name
	const weld = await registry(`q=${encodeURIComponent('焊接')}`);
	assert.deepEqual(weld.names, demo.filter((s) => s.name.includes('焊接')).map((s) => s.name));
	assert.equal(weld.count, 1);
	// in the host unit only
	const host = await q("SELECT host_unit FROM studio WHERE name = '解放卡车智能制造创新工作室'");
	assert.ok(host.includes('一汽'));
	const faw = await registry(`q=${encodeURIComponent('一汽')}`);
	assert.deepEqual(faw.names, ['解放卡车智能制造创新工作室']);
	// in the field only
	const field = await registry(`q=${encodeURIComponent('电路')}`);
	assert.deepEqual(field.names, ['CMOS图像传感器设计创新工作室']);
	// the HTML form keeps the search
	const html = await page(fresh(`/public/studios?q=${encodeURIComponent('焊接')}`));
	assert.match(html.body, /value="焊接"/);
	assert.match(html.body, /高速动车组转向架焊接技术创新工作室/);
	assert.doesNotMatch(html.body, /解放卡车智能制造创新工作室/);
	// % and _ are searched for as they are, not as wildcards
	for (const w of ['%', '_', '%%', '\\'])
		assert.equal((await registry(`q=${encodeURIComponent(w)}`)).total, 0, `q=${w}`);
	// nothing matches: an empty list, said so
	const none = await page(fresh(`/public/studios?q=${encodeURIComponent('不存在的词')}`));
	assert.match(none.body, /没有符合条件的工作室/);
});

test('paging: 50 a page, page= moves through them, newest first', async () => {
	const cols = (await q("SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns" +
		" WHERE table_schema = 'studio' AND table_name = 'application' AND column_name <> 'id'" +
		" AND extra NOT LIKE '%GENERATED%'")).split(',');
	const from = await q("SELECT id FROM application WHERE status = 'draft' ORDER BY id LIMIT 1");
	const sel = cols.map((c) => c === 'status' ? "'withdrawn'" :
		c === 'name' ? "CONCAT('分页测试工作室', LPAD(n.i, 3, '0'))" : `a.${c}`);
	try {
		await q(`INSERT INTO application (${cols.join(', ')})
			WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 51)
			SELECT ${sel.join(', ')} FROM application a JOIN n WHERE a.id = ${from}`);
		await q(`INSERT INTO studio (application_id, naming_number, named_on, status, status_since,
			base_union_id, base_path, auditing_unit_id, name, host_unit, field, leader_name,
			leader_mobile, overview, goals, achievements_summary, created_at, updated_at)
			SELECT a.id, CONCAT('分页测试', a.id), MAKEDATE(2023, 1 + a.id MOD 300), 'active', NOW(),
			a.base_union_id, a.base_path, a.recommending_unit_id, a.name, a.host_unit, '分页', '测试',
			'13900000000', '', '', '', NOW(), NOW()
			FROM application a WHERE a.name LIKE '分页测试工作室%'`);
		const total = demo.length + 51;
		const p1 = await registry();
		assert.equal(p1.total, total);
		assert.equal(p1.count, 50);
		assert.equal(await xpath(p1.xml, 'string(/registry/@pages)'), String(Math.ceil(total / 50)));
		const p2 = await registry('page=2');
		assert.equal(p2.count, total - 50);
		assert.equal(await xpath(p2.xml, 'string(/registry/@page)'), '2');
		// no studio twice, none left out, newest first across the pages
		const all = [...await ids(p1.xml), ...await ids(p2.xml)];
		assert.equal(new Set(all).size, total);
		const order = await rows("SELECT id FROM studio WHERE status <> 'revoked' ORDER BY named_on DESC, id DESC");
		assert.deepEqual(all, order.map((r) => r[0]));
		// past the last page: empty, not an error
		assert.equal((await registry('page=9')).count, 0);
		// the pager links keep the filters
		const html = await page(fresh('/public/studios?year=2023'));
		// (and the key of the row before the page they lead to)
		assert.match(html.body, /href="\?page=2&amp;year=2023&amp;after=[^"&]+&amp;after-id=\d+"/);
		// the year filter pages too
		assert.equal((await registry('year=2023&page=2')).count, 1);
	} finally {
		await q("DELETE FROM studio WHERE name LIKE '分页测试工作室%'");
		await q("DELETE FROM application WHERE name LIKE '分页测试工作室%'");
	}
	assert.equal((await registry()).total, demo.length);
});

test('a studio\'s public page: what was named, the leader\'s name and title, Open Graph tags', async () => {
	const s = demo[0];
	const [title, number, host, field] = (await rows(`SELECT leader_title, naming_number, host_unit, field FROM studio WHERE id = ${s.id}`))[0];
	const res = await page(fresh(`/public/studios/${s.id}`));
	assertSecurityHeaders(res);
	for (const text of [s.name, host, field, s.leader, title, number, '2024年4月10日', '工作室简介', '创新目标', '主要成果'])
		assert.ok(res.body.includes(text), `the page shows ${text}`);
	assert.match(res.body, new RegExp(`<meta property="og:title" content="${s.name}">`));
	assert.match(res.body, /<meta property="og:type" content="article">/);
	assert.match(res.body, /<meta property="og:description" content="[^"]+">/);
	assert.ok(res.body.includes(`<meta property="og:url" content="${PUB}/public/studios/${s.id}">`), 'og:url on the public origin');
	assert.match(res.body, /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/public\/feed.atom"/);
	assert.match(res.body, /<meta name="viewport" content="width=device-width, initial-scale=1">/);

	const { xml } = await fetchXml(fresh(`/public/studios/${s.id}`));
	assert.equal(await xpath(xml, 'string(/public-studio/leader/name)'), s.leader);
	assert.equal(await xpath(xml, 'string(/public-studio/naming/@number)'), number);
	assert.doesNotMatch(xml, /<(mobile|email|birth-month|ethnicity|political-status)\b/);

	const print = await page(fresh(`/public/studios/${s.id}?format=print`));
	assert.ok(print.body.includes(s.name));
	assert.doesNotMatch(print.body, /class="site-nav"/);
});

test('a studio that does not exist is 404, in HTML and XML', async () => {
	const max = Number(await q('SELECT COALESCE(MAX(id), 0) FROM studio'));
	const res = await curl(`${PUB}/public/studios/${max + 1000}`);
	assert.equal(res.status, 404, show(res));
	assert.match(res.body, /未找到该工作室/);
	assertSecurityHeaders(res);
	const x = await curl(`${PUB}/public/studios/${max + 1000}?format=xml`);
	assert.equal(x.status, 404);
	assert.equal(await validateXml(x.body), 'error');
	for (const p of ['/public/studios/0', '/public/studios/abc', '/public/studios/1/x'])
		assert.equal((await curl(`${PUB}${p}`)).status, 404, p);
});

test('a revoked studio: its page says so and when, it leaves the list, the feed and the count', async () => {
	const s = demo[1];
	const before = await fetchXml(fresh('/public/stats'));
	const named = Number(await xpath(before.xml, 'string(/stats/progress/@named)'));
	const inUnit = Number(await xpath(before.xml, `string(/stats/by-unit/unit[@id="${s.district}"]/@named)`));
	try {
		await q(`UPDATE studio SET status = 'revoked', revoked_on = '${REVOKE_ON}' WHERE id = ${s.id}`);
		const res = await page(fresh(`/public/studios/${s.id}`));
		assert.match(res.body, /该工作室已于2026年1月15日被取消命名/);
		assert.ok(res.body.includes(s.name));
		// only the naming and the revocation: nothing of the leader
		assert.ok(!res.body.includes(s.leader), 'a revoked studio\'s page names no leader');
		const { xml } = await fetchXml(fresh(`/public/studios/${s.id}`));
		assert.equal(await xpath(xml, 'string(/public-studio/@status)'), 'revoked');
		assert.equal(await xpath(xml, 'string(/public-studio/revoked/@on)'), REVOKE_ON);

		const list = await registry();
		assert.equal(list.total, demo.length - 1);
		assert.ok(!list.names.includes(s.name), 'not in the registry');
		assert.equal((await registry(`q=${encodeURIComponent(s.name)}`)).total, 0);
		const feed = await curl(fresh('/public/feed.atom'));
		assert.ok(!feed.body.includes(`/public/studios/${s.id}<`), 'not in the feed');

		const after = await fetchXml(fresh('/public/stats'));
		assert.equal(Number(await xpath(after.xml, 'string(/stats/progress/@named)')), named - 1,
			'the stats count only studios not revoked');
		assert.equal(Number(await xpath(after.xml, `string(/stats/by-unit/unit[@id="${s.district}"]/@named)`)), inUnit - 1);
		const home = await fetchXml(fresh('/'));
		assert.equal(Number(await xpath(home.xml, 'string(/home/progress/@named)')), named - 1);
	} finally {
		await q(`UPDATE studio SET status = 'active', revoked_on = NULL WHERE id = ${s.id}`);
	}
	assert.equal((await registry()).total, demo.length);
});

test('an upgraded studio stays listed and counts; the target comes from progress_target', async () => {
	const s = demo[2];
	const { xml } = await fetchXml(fresh('/public/stats'));
	const named = Number(await xpath(xml, 'string(/stats/progress/@named)'));
	const [year, studios, deadline] = (await rows("SELECT year, studios, DATE_FORMAT(deadline, '%Y-%m-%d')" +
		' FROM progress_target WHERE unit_id IS NULL ORDER BY year DESC LIMIT 1'))[0];
	assert.equal(await xpath(xml, 'string(/stats/progress/@target)'), studios);
	assert.equal(await xpath(xml, 'string(/stats/progress/@deadline)'), deadline);
	assert.equal(await xpath(xml, 'string(/stats/progress/@year)'), year);
	// every studio not revoked and named by the deadline counts (other
	// tests of the run name studios too, after the seed's deadline)
	const [[byDeadline]] = await rows('SELECT COUNT(*) FROM studio WHERE status <> \'revoked\'' +
		` AND named_on <= '${deadline}'`);
	assert.equal(named, Number(byDeadline), 'every studio named by the deadline counts');
	try {
		await q(`UPDATE studio SET status = 'upgraded' WHERE id = ${s.id}`);
		const up = await fetchXml(fresh('/public/stats'));
		assert.equal(Number(await xpath(up.xml, 'string(/stats/progress/@named)')), named);
		assert.ok((await registry()).names.includes(s.name));
		const res = await page(fresh(`/public/studios/${s.id}`));
		assert.match(res.body, /已升级为劳模和工匠人才创新工作室/);
		// a district's own target, set by the city, is shown against its count
		await q(`INSERT INTO progress_target (year, unit_id, studios, deadline) VALUES (${year}, ${s.district}, 40, '${deadline}')`);
		const t = await fetchXml(fresh('/public/stats'));
		assert.equal(await xpath(t.xml, `string(/stats/by-unit/unit[@id="${s.district}"]/@target)`), '40');
		const html = await page(fresh('/public/stats'));
		assert.match(html.body, /目标（个）/);
		// a target of another year, asked for by year=
		await q(`INSERT INTO progress_target (year, unit_id, studios, deadline) VALUES (2030, NULL, 900, '2030-12-31')`);
		const y = await fetchXml(fresh('/public/stats?year=2030'));
		assert.equal(await xpath(y.xml, 'string(/stats/progress/@target)'), '900');
		assert.equal(await xpath(y.xml, 'string(/stats/progress/@deadline)'), '2030-12-31');
		// without year=, the target in force: this year's, else the next
		// one set (2030 here, while the seed's 2025 has passed), else
		// after the last deadline the last one
		const thisYear = Number(await xpath((await fetchXml(fresh('/'))).xml, 'substring(/home/@today, 1, 4)'));
		const want = thisYear <= Number(year) ? year : '2030';
		const d = await fetchXml(fresh('/public/stats'));
		assert.equal(await xpath(d.xml, 'string(/stats/progress/@year)'), want);
	} finally {
		await q(`UPDATE studio SET status = 'active' WHERE id = ${s.id}`);
		await q(`DELETE FROM progress_target WHERE unit_id = ${s.district} OR year = 2030`);
	}
});

test('/public/stats draws its chart as SVG on the server, no script', async () => {
	const res = await page(fresh('/public/stats'));
	assert.match(res.body, /<svg class="chart"[^>]*viewBox="0 0 420 \d+"/);
	assert.match(res.body, /<rect class="chart-bar"/);
	assert.doesNotMatch(res.body, /<script/i);
	assert.match(res.body, /统计口径/);
	const print = await page(fresh('/public/stats?format=print'));
	assert.match(print.body, /<svg class="chart"/);
});

test('the feed is Atom 1.0: parses, carries what RFC 4287 requires, newest first', async () => {
	const res = await curl(fresh('/public/feed.atom'));
	assert.equal(res.status, 200, show(res));
	assert.match(res.headers['content-type'], /^application\/atom\+xml; charset=utf-8/);
	assert.ok(res.headers.etag);
	assertSecurityHeaders(res);
	const body = res.body;
	const wf = await xmllint(['--noout', '--nonet'], body);
	assert.equal(wf.code, 0, wf.stderr);
	const A = (p) => p.split('/').map((s) => s === '' ? '' : s.startsWith('@') ? s :
		`*[local-name()="${s}" and namespace-uri()="http://www.w3.org/2005/Atom"]`).join('/');
	assert.equal(await xpath(body, `count(${A('/feed')})`), '1', 'the root is atom:feed');
	for (const el of ['id', 'title', 'updated'])
		assert.equal(await xpath(body, `count(${A(`/feed/${el}`)})`), '1', `feed has one ${el}`);
	assert.match(await xpath(body, `string(${A('/feed/author/name')})`), /长春市总工会/);
	assert.match(await xpath(body, `string(${A('/feed/updated')})`), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
	assert.equal(await xpath(body, `string(${A('/feed/link')}[@rel="self"]/@href)`), `${PUB}/public/feed.atom`);
	const entries = Number(await xpath(body, `count(${A('/feed/entry')})`));
	assert.equal(entries, demo.length);
	assert.ok(entries <= 50);
	const order = await rows("SELECT id FROM studio WHERE status <> 'revoked' ORDER BY named_on DESC, id DESC LIMIT 50");
	for (let i = 1; i <= entries; i++) {
		const e = `${A('/feed/entry')}[${i}]`;
		const id = order[i - 1][0];
		assert.equal(await xpath(body, `string(${e}/${A('id')})`), `${PUB}/public/studios/${id}`, `entry ${i} id`);
		assert.ok((await xpath(body, `string(${e}/${A('title')})`)).length > 0, 'entry title');
		assert.match(await xpath(body, `string(${e}/${A('updated')})`), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
		assert.equal(await xpath(body, `string(${e}/${A('link')}[@rel="alternate"]/@href)`), `${PUB}/public/studios/${id}`);
		assert.match(await xpath(body, `string(${e}/${A('summary')})`), /年\d+月\d+日/);
	}
	// a feed reader's Accept (which names application/xml) gets the feed too
	const reader = await curl(fresh('/public/feed.atom'), {
		headers: { Accept: 'application/atom+xml, application/rss+xml;q=0.9, application/xml;q=0.8' },
	});
	assert.match(reader.headers['content-type'], /^application\/atom\+xml/);
	// the document behind it is the export format, valid against its XSD
	const { root } = await fetchXml(fresh('/public/feed.atom'));
	assert.equal(root, 'namings');
});

test('every public XML document validates against its XSD', async () => {
	for (const [p, root] of [['/public/studios', 'registry'], [`/public/studios/${demo[0].id}`, 'public-studio'],
		['/public/feed.atom', 'namings'], ['/public/stats', 'stats'], ['/', 'home'],
		[`/public/studios?q=${encodeURIComponent('工作室')}&year=2024&industry=C`, 'registry']]) {
		const { root: got } = await fetchXml(fresh(p));
		assert.equal(got, root, p);
	}
});

test('no public page or feed holds a leader\'s mobile, e-mail or birth month', async () => {
	const secrets = demo.flatMap((s) => [s.mobile, s.email, s.birth]).filter((v) => v && v.length >= 5);
	assert.ok(secrets.length >= demo.length * 2, 'the demo leaders have personal data to look for');
	const urls = ['/', '/public/stats', '/public/studios', '/public/feed.atom'];
	for (const s of demo)
		urls.push(`/public/studios/${s.id}`, `/public/studios?q=${encodeURIComponent(s.name.slice(0, 2))}`);
	const check = async (label) => {
		for (const u of urls) {
			for (const f of ['', 'format=xml', 'format=print']) {
				const url = fresh(f ? `${u}${u.includes('?') ? '&' : '?'}${f}` : u);
				const res = await curl(url);
				assert.equal(res.status, 200, `${url}: ${show(res)}`);
				for (const v of secrets)
					assert.ok(!res.body.includes(v), `${label}: ${u} ${f} shows ${v}`);
			}
		}
	};
	await check('active');
	// a revoked studio's page too
	const s = demo[0];
	try {
		await q(`UPDATE studio SET status = 'revoked', revoked_on = '${REVOKE_ON}' WHERE id = ${s.id}`);
		await check('revoked');
	} finally {
		await q(`UPDATE studio SET status = 'active', revoked_on = NULL WHERE id = ${s.id}`);
	}
});

test('the new public pages are cached like /: ETag, 304, nginx\'s cache', async () => {
	for (const p of ['/public/studios', `/public/studios/${demo[0].id}`, '/public/feed.atom']) {
		const url = fresh(p);
		const res = await curl(url);
		assert.equal(res.status, 200, show(res));
		assert.match(res.headers['cache-control'], /public/);
		const tag = res.headers.etag;
		assert.ok(tag, `${p} has an ETag`);
		const again = await curl(url, { headers: { 'If-None-Match': tag } });
		assert.equal(again.status, 304, `${p}: ${show(again)}`);
		const cached = await curl(url);
		assert.equal(cached.headers['x-cache-status'], 'HIT', `${p} from nginx's cache: ${show(cached)}`);
		assert.equal(cached.body, res.body);
		// POST is not a method of these pages
		const post = await curl(`${PUB}${p}`, { data: 'a=b' });
		assert.equal(post.status, 405, show(post));
	}
});

test('the home page links to the registry and the feed', async () => {
	const res = await page(fresh('/'));
	assert.match(res.body, /href="\/public\/studios"/);
	assert.match(res.body, /<a [^>]*href="\/public\/feed.atom"/);
	assert.match(res.body, /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/public\/feed.atom"/);
});
