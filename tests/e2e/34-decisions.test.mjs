// The city's naming decision as a document: GET /app/decisions/{id} in
// HTML, XML (decision.xsd) and print.  The city sees every studio the
// decision named; any other unit sees the header and the studios of its
// own subtree, and a decision that named none of them is answered as one
// that does not exist.  The demo decision 长工发〔2024〕8号 named three
// studios, in three districts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';

import { APP, ROOT, city, curl, fetchXml, page, show, sql, unit, xpath } from './lib.mjs';

const NUMBER = '长工发〔2024〕8号';
const NOWHERE = 987654321;
const names = {
	'22017401': '解放卡车智能制造创新工作室',
	'22010601': '高速动车组转向架焊接技术创新工作室',
	'22017301': 'CMOS图像传感器设计创新工作室',
};
let id;
let studio;	// the studio of 22017401

before(async () => {
	const r = await sql(`SELECT id FROM naming_decision WHERE document_number = '${NUMBER}'`);
	id = Number(r.stdout.trim());
	assert.ok(id > 0, `the demo decision: ${r.stdout} ${r.stderr}`);
	const s = await sql(`SELECT s.id FROM studio s JOIN unit b ON b.id = s.base_union_id
		WHERE b.code = '22017401' AND s.decision_id = ${id}`);
	studio = Number(s.stdout.trim());
	assert.ok(studio > 0);
});

async function listed(xml) {
	const n = Number(await xpath(xml, 'count(/decision/studios/studio)'));
	const got = [];
	for (let i = 1; i <= n; i++)
		got.push(await xpath(xml, `string(/decision/studios/studio[${i}]/name)`));
	return got;
}

test('the city sees every studio of the demo decision, in a document that validates', async () => {
	const { xml } = await fetchXml(`${APP}/app/decisions/${id}`, { as: city() });
	assert.equal(await xpath(xml, 'string(/decision/@number)'), NUMBER);
	assert.equal(await xpath(xml, 'string(/decision/@on)'), '2024-04-10');
	assert.equal(await xpath(xml, 'string(/decision/issuer)'), '长春市总工会');
	assert.equal(await xpath(xml, 'string(/decision/studios/@scope)'), 'all');
	assert.deepEqual((await listed(xml)).sort(), Object.values(names).sort());
	const html = await page(`${APP}/app/decisions/${id}`, { as: city() });
	for (const n of Object.values(names))
		assert.ok(html.body.includes(n), `the page lists ${n}`);
	assert.match(html.body, new RegExp(`href="/app/studios/${studio}"`));
});

test('a base union and its district see only the studios of their own subtree', async () => {
	for (const code of ['22017401', '220174']) {
		const { xml } = await fetchXml(`${APP}/app/decisions/${id}`, { as: unit(code) });
		assert.equal(await xpath(xml, 'string(/decision/@number)'), NUMBER);
		assert.equal(await xpath(xml, 'string(/decision/studios/@scope)'), 'subtree');
		assert.deepEqual(await listed(xml), [names['22017401']], code);
		for (const fmt of ['', '?format=print']) {
			const res = await page(`${APP}/app/decisions/${id}${fmt}`, { as: unit(code) });
			assert.ok(res.body.includes(names['22017401']));
			for (const other of [names['22010601'], names['22017301']])
				assert.ok(!res.body.includes(other), `${code}${fmt}: ${other} is not shown`);
		}
	}
});

/*
 * What a client sees of an answer; the id it asked for (which the print
 * bar's 返回 link repeats from the address) made ID.
 */
function normal(res, asked) {
	return { status: res.status, type: res.headers['content-type'],
		body: res.body.replace(new RegExp(`/app/decisions/${asked}(?![0-9])`, 'g'), '/app/decisions/ID') };
}

test('another district, and a base union of none of them, get the 404 of a decision that does not exist', async () => {
	for (const code of ['220102', '22010202']) {
		for (const fmt of ['', '?format=xml', '?format=print']) {
			const hidden = await curl(`${APP}/app/decisions/${id}${fmt}`, { as: unit(code) });
			const absent = await curl(`${APP}/app/decisions/${NOWHERE}${fmt}`, { as: unit(code) });
			assert.equal(hidden.status, 404, `${code}${fmt}: ${show(hidden)}`);
			assert.deepEqual(normal(hidden, id), normal(absent, NOWHERE), `${code}${fmt}: hidden = absent`);
			assert.ok(!hidden.body.includes(NUMBER), 'the number is not in the answer');
		}
	}
	const absent = await curl(`${APP}/app/decisions/${NOWHERE}`, { as: city() });
	assert.equal(absent.status, 404, show(absent));
});

test('printed, it is an A4 命名决定 of 长春市总工会 with its number, date and list', async () => {
	const res = await page(`${APP}/app/decisions/${id}?format=print`, { as: city() });
	const b = res.body;
	assert.match(b, /<link rel="stylesheet" href="\/static\/decision\.css"/);
	assert.ok(b.includes('长春市总工会文件'), 'the red head');
	assert.ok(b.includes(NUMBER), 'the number');
	assert.ok(b.includes('关于命名2024年第一批长春市职工创新工作室的决定'), 'the title');
	assert.ok(b.includes('2024年4月10日'), 'the date');
	for (const head of ['序号', '命名编号', '工作室名称', '所在单位', '领衔人'])
		assert.ok(b.includes(`>${head}</th>`), `the list's column ${head}`);
	assert.ok(b.includes('class="doc-seal"'), 'the place of the seal');
	assert.ok(!/<form|<nav|导出XML/.test(b), 'no forms, navigation or tools');
	const css = readFileSync(path.join(ROOT, 'xslt/static/decision.css'), 'utf8');
	assert.match(css, /@page\s*{[^}]*size:\s*A4 portrait/);
	const served = await curl(`${APP}/static/decision.css`, { as: city() });
	assert.equal(served.status, 200, show(served));
});

test('the studio\'s page and the studio list of the decision link to it', async () => {
	const s = await page(`${APP}/app/studios/${studio}`, { as: city() });
	assert.match(s.body, new RegExp(`<a href="/app/decisions/${id}">${NUMBER}</a>`));
	const l = await page(`${APP}/app/studios?decision=${id}`, { as: city() });
	assert.match(l.body, new RegExp(`href="/app/decisions/${id}"`));
	assert.match(l.body, new RegExp(`href="/app/decisions/${id}\\?format=print"`));
});
