// The import of what existed before the system (fcgi/import.c): base
// unions and named studios from CSV as Excel saves it (UTF-8 with and
// without a byte order mark, GB18030; quoted commas and line breaks) or
// from the project's XML (import.xsd), by `studioctl import` and by the
// city's page /app/import.  A dry run writes nothing; a real run writes
// all or nothing, once (the same file again changes nothing), with one
// audit entry whose digest is the file's SHA-256; an imported studio is
// in the lists, the registry, the dossier and the kept counts like one
// named through the system.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';

import {
	APP, PUB, city, curl, fetchXml, postMultipart, run, show, sql, studioctl,
	tmp, uniqNumber, unit, validateXml, xpath,
} from './lib.mjs';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const sha256 = (b) => createHash('sha256').update(b).digest('hex');

async function one(query) {
	const r = await sql(query);
	assert.equal(r.code, 0, `${query}: ${r.stderr}`);
	return r.stdout.trim();
}

/* What a run may change: units, applications, studios, the audit log. */
async function counts() {
	return one('SELECT (SELECT COUNT(*) FROM unit), (SELECT COUNT(*) FROM application),' +
		' (SELECT COUNT(*) FROM studio), (SELECT COUNT(*) FROM audit),' +
		' (SELECT COUNT(*) FROM leader_claim), (SELECT SUM(n) FROM tally)');
}

function file(name, data) {
	const p = tmp(name);
	writeFileSync(p, data);
	return p;
}

const mobile = () => `139${uniqNumber()}`;

/* A studio's CSV line in the header's order below. */
const HEAD = '所在单位工会代码,命名编号,命名日期,状态,工作室名称,所在单位,领衔人姓名,手机号码,工作室类型,工作室基本情况,所属行业';
function studioLine(s) {
	return [s.base, s.number, s.on ?? '2018/6/1', s.status ?? '', s.name, s.host ?? '导入测试有限公司',
		s.leader ?? '李导入', s.mobile, s.types ?? '技术开发、技术攻关', s.overview ?? '基本情况', s.industry ?? 'C']
		.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',');
}

test('a units CSV with a byte order mark: the dry run writes nothing, the run writes once, the same file again nothing', async () => {
	const n = uniqNumber();
	const text = `单位代码,上级单位代码,单位名称\r\nI${n}1,220102,"导入基层工会,甲"\r\nI${n}2,220102,导入基层工会乙\r\n`;
	const path = file('units.csv', Buffer.concat([BOM, Buffer.from(text)]));
	const before = await counts();
	const dry = await studioctl('import', '--dry-run', path);
	assert.equal(dry.code, 0, dry.stdout + dry.stderr);
	assert.match(dry.stdout, new RegExp(`line 2\\tunit\\tI${n}1\\tcreate\\t导入基层工会,甲`));
	assert.match(dry.stdout, /2 to create/);
	assert.equal(await counts(), before, 'the dry run wrote nothing');

	const real = await studioctl('import', path);
	assert.equal(real.code, 0, real.stdout + real.stderr);
	assert.equal(await one(`SELECT name, kind, path FROM unit WHERE code = 'I${n}1'`),
		`导入基层工会,甲\tbase\t/220100/220102/I${n}1/`);
	const digest = await one("SELECT digest FROM audit WHERE action = 'import' ORDER BY id DESC LIMIT 1");
	assert.equal(digest, sha256(Buffer.concat([BOM, Buffer.from(text)])), 'one audit entry, its digest the file\'s SHA-256');

	const after = await counts();
	const again = await studioctl('import', path);
	assert.equal(again.code, 0, again.stdout + again.stderr);
	assert.match(again.stdout, /0 to create, 2 already there/);
	assert.equal(await counts(), after, 'the same file twice changes nothing the second time');
	const verify = await studioctl('audit-verify');
	assert.equal(verify.code, 0, verify.stdout);
});

test('a studios CSV in UTF-8 without a byte order mark, with quoted commas and line breaks, made as naming makes one', async () => {
	const n = uniqNumber();
	const m = mobile();
	const name = `导入工作室${n}，“甲”`;
	const overview = '第一段，含逗号, 和引号"。\r\n第二段。';
	const text = `${HEAD}\r\n${studioLine({ base: '22010201', number: `导入〔2018〕${n}号`, name, mobile: m, overview })}\r\n`;
	const path = file('studios.csv', text);
	const r = await studioctl('import', path);
	assert.equal(r.code, 0, r.stdout + r.stderr);
	const [app, status, first, rec] = (await one(`SELECT id, status, first_recommended_at IS NOT NULL,
		recommending_unit_id = (SELECT id FROM unit WHERE code = '220102') FROM application
		WHERE naming_number = '导入〔2018〕${n}号'`)).split('\t');
	assert.deepEqual([status, first, rec], ['named', '1', '1']);
	assert.equal(await one(`SELECT REPLACE(overview, '\\r', '') FROM application WHERE id = ${app}`),
		'第一段，含逗号, 和引号"。\\n第二段。');
	const [sid, sstatus, named] = (await one(`SELECT id, status, named_on FROM studio WHERE application_id = ${app}`)).split('\t');
	assert.equal(sstatus, 'active');
	assert.equal(named, '2018-06-01');
	assert.equal(await one(`SELECT GROUP_CONCAT(type ORDER BY type) FROM studio_type WHERE studio_id = ${sid}`),
		'breakthrough,development');
	assert.equal(await one(`SELECT COUNT(*) FROM leader_claim WHERE studio_id = ${sid} AND mobile = '${m}'`), '1');

	// In the registry, the city's and the district's lists, the dossier.
	const reg = await fetchXml(`${PUB}/public/studios?q=${encodeURIComponent(`导入工作室${n}`)}`);
	assert.equal(await xpath(reg.xml, 'count(/registry/studio)'), '1');
	const pub = await fetchXml(`${PUB}/public/studios/${sid}`);
	assert.equal(await xpath(pub.xml, 'string(/*/@id)'), sid);
	const list = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(`导入工作室${n}`)}`, { as: unit('220102') });
	assert.equal(await xpath(list.xml, 'count(/studios/studio)'), '1');
	const dossier = await fetchXml(`${APP}/app/studios/${sid}/dossier`, { as: city() });
	assert.equal(await xpath(dossier.xml, 'string(/dossier/studio/@naming-number)') !== '' ||
		dossier.xml.includes(`导入〔2018〕${n}号`), true);
	// The kept count of the district's studios is a full count.
	assert.equal(await one("SELECT n FROM tally WHERE what = 'studio' AND path = '/220100/220102/' AND status = 'active'"),
		await one("SELECT COUNT(*) FROM studio WHERE base_path LIKE '/220100/220102/%' AND status = 'active'"));
});

test('GB18030, as Excel saves it in a Chinese locale, is detected and converted', async () => {
	const n = uniqNumber();
	const text = `单位代码,上级单位代码,单位名称\r\nG${n},220102,朝阳区导入测试工会（国标编码）\r\n` +
		`G${n}x,G${n},基层之下\r\n`;
	const utf = file('gb-utf8.csv', text.split('\r\n').slice(0, 2).join('\r\n') + '\r\n');
	const gb = tmp('gb18030.csv');
	const c = await run('sh', ['-c', `iconv -f UTF-8 -t GB18030 '${utf}' > '${gb}'`]);
	assert.equal(c.code, 0, c.stderr);
	const r = await studioctl('import', gb);
	assert.equal(r.code, 0, r.stdout + r.stderr);
	assert.match(r.stdout, /\(csv, gb18030\)/);
	assert.equal(await one(`SELECT name FROM unit WHERE code = 'G${n}'`), '朝阳区导入测试工会（国标编码）');
});

test('errors are named with their line and field, and one bad row writes nothing', async () => {
	const n = uniqNumber();
	const good = studioLine({ base: '22010201', number: `导入〔2018〕${n}1号`, name: `好工作室${n}`, mobile: mobile() });
	const bad = studioLine({ base: '22010201', number: `导入〔2018〕${n}2号`, name: `坏工作室${n}`, mobile: '12345', on: '2018-13-40' });
	const nobase = studioLine({ base: 'NOSUCH1', number: `导入〔2018〕${n}3号`, name: `无单位工作室${n}`, mobile: mobile(), types: '发明创造' });
	// A quoted field with a line break: the next record starts on line 5.
	const text = `${HEAD}\n${good.replace('基本情况', '"基本\n情况"')}\n${bad}\n${nobase}\n`;
	const before = await counts();
	const r = await studioctl('import', file('bad.csv', text));
	assert.equal(r.code, 1, r.stdout);
	assert.match(r.stdout, /line 2\tstudio\t.*\tcreate\t/);
	assert.match(r.stdout, /line 4: leader\.mobile \(手机号码\): /);
	assert.match(r.stdout, /line 4: named-on \(命名日期\): /);
	assert.match(r.stdout, /line 5: base-union \(所在单位工会代码\): 没有这个代码的单位/);
	assert.match(r.stdout, /line 5: types \(工作室类型\): /);
	assert.match(r.stdout, /nothing written/);
	assert.equal(await counts(), before, 'all or nothing: the good row is not written either');
	assert.equal(await one(`SELECT COUNT(*) FROM application WHERE name = '好工作室${n}'`), '0');

	// A malformed CSV is named by its line too.
	const broken = await studioctl('import', '--dry-run', file('broken.csv', `${HEAD}\n"未闭合,1\n`));
	assert.equal(broken.code, 1);
	assert.match(broken.stdout, /line \d+: : CSV 格式错误：引号未闭合/);
});

test('one leader, one studio: an imported leader who leads already is refused', async () => {
	const n = uniqNumber();
	const m = mobile();
	const first = studioLine({ base: '22010201', number: `导入〔2018〕${n}1号`, name: `甲工作室${n}`, mobile: m });
	const second = studioLine({ base: '22010201', number: `导入〔2018〕${n}2号`, name: `乙工作室${n}`, mobile: m });
	const r = await studioctl('import', '--dry-run', file('leader.csv', `${HEAD}\n${first}\n${second}\n`));
	assert.equal(r.code, 1, r.stdout);
	assert.match(r.stdout, /line 3: leader\.mobile \(手机号码\): 领衔人李导入已领衔工作室“甲工作室/);
});

const XML = (n, m, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>${extra}
<import schema="1">
  <units><unit code="X${n}" parent-code="22019001" name="导入学校工会${n}"/></units>
  <studios>
    <studio base-union="X${n}" naming-number="导入〔2017〕${n}号" named-on="2017-09-10" status="key-support">
      <name>XML导入工作室${n}</name>
      <host-unit>长春市导入中学</host-unit>
      <industry>P</industry>
      <leader><name>赵导入</name><mobile>${m}</mobile><birth-month>1980-05</birth-month></leader>
      <types><type>training</type></types>
      <overview>从 XML 导入。</overview>
    </studio>
  </studios>
</import>
`;

test('a DOCTYPE is refused, its entities never read', async () => {
	const n = uniqNumber();
	const evil = XML(n, mobile(), '\n<!DOCTYPE import [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
		.replace('从 XML 导入。', '&x;');
	const before = await counts();
	const r = await studioctl('import', file('evil.xml', evil));
	assert.equal(r.code, 1, r.stdout);
	assert.match(r.stdout, /line 2: : 不接受含 DOCTYPE/);
	assert.doesNotMatch(r.stdout, /root:/);
	assert.equal(await counts(), before);
	// Through the page as well.
	const p = await postMultipart(city(), '/app/import', [
		{ name: 'mode', value: 'dry-run' },
		{ name: 'file', filename: 'evil.xml', type: 'text/xml', data: Buffer.from(evil) },
	], { query: 'format=xml' });
	assert.equal(p.status, 200, show(p));
	assert.match(p.body, /不接受含 DOCTYPE/);
	assert.equal(await counts(), before);
});

test('XML that does not follow import.xsd is refused with its line', async () => {
	const n = uniqNumber();
	const bad = XML(n, mobile()).replace('<industry>P</industry>', '<industry>P</industry><colour>红</colour>');
	const r = await studioctl('import', '--dry-run', file('bad.xml', bad));
	assert.equal(r.code, 1, r.stdout);
	assert.match(r.stdout, /line 8: colour: 不符合 import\.xsd/);
});

test('the city imports XML on its page: a dry run first, then the confirmed run, once', async () => {
	const n = uniqNumber();
	const data = Buffer.from(XML(n, mobile()));
	const get = await curl(`${APP}/app/import`, { as: city() });
	assert.equal(get.status, 200, show(get));
	assert.match(get.body, /enctype="multipart\/form-data"/);

	const before = await counts();
	const dry = await postMultipart(city(), '/app/import', [
		{ name: 'mode', value: 'dry-run' },
		{ name: 'file', filename: '历史数据.xml', type: 'text/xml', data },
	], { query: 'format=xml' });
	assert.equal(dry.status, 200, show(dry));
	await validateXml(dry.body);
	assert.equal(await xpath(dry.body, 'string(/import-page/result/@sha256)'), sha256(data));
	assert.equal(await xpath(dry.body, 'count(/import-page/result/record[@result="create"])'), '2');
	assert.equal(await xpath(dry.body, 'string(/import-page/result/record[@kind="studio"]/@line)'), '5');
	assert.equal(await counts(), before, 'the dry run wrote nothing');
	const html = await postMultipart(city(), '/app/import', [
		{ name: 'file', filename: '历史数据.xml', type: 'text/xml', data },
	]);
	assert.equal(html.status, 200, show(html));
	assert.match(html.body, new RegExp(`name="checked" value="${sha256(data)}"`));

	// Another file than the one checked: 409, nothing written.
	const other = await postMultipart(city(), '/app/import', [
		{ name: 'mode', value: 'run' }, { name: 'checked', value: sha256(Buffer.from('x')) },
		{ name: 'file', filename: 'x.xml', type: 'text/xml', data },
	]);
	assert.equal(other.status, 409, show(other));
	assert.equal(await counts(), before);

	const real = await postMultipart(city(), '/app/import', [
		{ name: 'mode', value: 'run' }, { name: 'checked', value: sha256(data) },
		{ name: 'file', filename: '历史数据.xml', type: 'text/xml', data },
	]);
	assert.equal(real.status, 303, show(real));
	assert.match(real.headers.location, /^\/app\/import/);
	const [sid, status] = (await one(`SELECT id, status FROM studio WHERE naming_number = '导入〔2017〕${n}号'`)).split('\t');
	assert.equal(status, 'key-support');
	assert.equal(await one(`SELECT path FROM unit WHERE code = 'X${n}'`), `/220100/22019001/X${n}/`);
	const [holder, digest] = (await one("SELECT holder, digest FROM audit WHERE action = 'import' ORDER BY id DESC LIMIT 1")).split('\t');
	assert.equal(digest, sha256(data));
	assert.notEqual(holder, 'studioctl');
	const s = await fetchXml(`${APP}/app/studios/${sid}`, { as: unit('22019001') });
	assert.equal(await xpath(s.xml, 'string(/studio/@id)'), sid);

	const after = await counts();
	const again = await postMultipart(city(), '/app/import', [
		{ name: 'mode', value: 'run' }, { name: 'checked', value: sha256(data) },
		{ name: 'file', filename: '历史数据.xml', type: 'text/xml', data },
	]);
	assert.equal(again.status, 303, show(again));
	assert.equal(await counts(), after, 'the same file again changes nothing');
});

test('a real run on the page with a bad row: 400, the errors named, nothing written', async () => {
	const n = uniqNumber();
	const text = `${HEAD}\n${studioLine({ base: '22010201', number: `导入〔2018〕${n}号`, name: `页面错误${n}`, mobile: 'abc' })}\n`;
	const data = Buffer.from(text);
	const before = await counts();
	const r = await postMultipart(city(), '/app/import', [
		{ name: 'mode', value: 'run' }, { name: 'checked', value: sha256(data) },
		{ name: 'file', filename: 'bad.csv', type: 'text/csv', data },
	], { query: 'format=xml' });
	assert.equal(r.status, 400, show(r));
	assert.equal(await xpath(r.body, 'string(/import-page/result/error[@field="leader.mobile"]/@line)'), '2');
	assert.equal(await counts(), before);
});

test('a district gets 403 on the import page', async () => {
	const d = unit('220102');
	const get = await curl(`${APP}/app/import`, { as: d });
	assert.equal(get.status, 403, show(get));
	const post = await postMultipart(d, '/app/import', [
		{ name: 'file', filename: 'u.csv', type: 'text/csv', data: Buffer.from('单位代码,上级单位代码,单位名称\n') },
	]);
	assert.equal(post.status, 403, show(post));
});
