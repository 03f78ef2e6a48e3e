// Downloads: a CSV or XML export is an attachment named in Chinese with
// the date (创建申请_2026-11-30.csv, 创建申请表_12_2026-11-30.xml), with
// an ASCII filename= for old clients and filename*=UTF-8'' (RFC 6266,
// RFC 5987) for every current browser; the public site offers no 导出XML
// (its XML still answers, shown in place); the CSV of applications
// carries the naming number and date.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { APP, PUB, city, curl, fetchXml, show, xpath } from './lib.mjs';

/* Today in Asia/Shanghai, ISO. */
function today() {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/* The two names of a Content-Disposition: { ascii, utf8 } (decoded). */
function names(cd) {
	assert.match(cd ?? '', /^attachment; /, `an attachment: ${cd}`);
	const ascii = /;\s*filename="([^"]*)"/.exec(cd)?.[1];
	const star = /;\s*filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/.exec(cd)?.[1];
	assert.ok(ascii && star, `both forms of the file name: ${cd}`);
	assert.match(ascii, /^[\x20-\x7e]+$/, 'filename= is ASCII');
	return { ascii, utf8: decodeURIComponent(star) };
}

test('a list\'s CSV downloads under its Chinese name and the date', async () => {
	for (const [p, stem, ascii] of [['/app/applications', '创建申请', 'applications'],
		['/app/studios', '工作室', 'studios'], ['/app/units', '单位', 'units'],
		['/app/audit', '审计日志', 'audit']]) {
		const res = await curl(`${APP}${p}?format=csv`, { as: city() });
		assert.equal(res.status, 200, show(res));
		const n = names(res.headers['content-disposition']);
		assert.equal(n.utf8, `${stem}_${today()}.csv`);
		assert.equal(n.ascii, `${ascii}_${today()}.csv`);
	}
});

test('a record\'s XML downloads on the reviewers\' site under its Chinese name, id and date', async () => {
	const { xml } = await fetchXml(`${APP}/app/applications?status=named`, { as: city() });
	const id = await xpath(xml, 'string(/applications/application[1]/@id)');
	const res = await curl(`${APP}/app/applications/${id}?format=xml`, { as: city() });
	assert.equal(res.status, 200, show(res));
	const n = names(res.headers['content-disposition']);
	assert.equal(n.utf8, `创建申请表_${id}_${today()}.xml`);
	assert.equal(n.ascii, `applications_${id}_${today()}.xml`);
	const list = await curl(`${APP}/app/applications?format=xml`, { as: city() });
	assert.equal(names(list.headers['content-disposition']).utf8, `创建申请_${today()}.xml`);
	// the HTML page is no download
	const html = await curl(`${APP}/app/applications/${id}`, { as: city() });
	assert.equal(html.headers['content-disposition'], undefined);
	assert.match(html.body, /导出XML/);
});

test('the CSV of applications carries the naming number and date', async () => {
	const res = await curl(`${APP}/app/applications?status=named&format=csv`, { as: city() });
	assert.equal(res.status, 200, show(res));
	const [head, first] = res.body.replace(/^\ufeff/, '').split('\r\n');
	const cols = head.split(',');
	assert.deepEqual(cols.slice(-2), ['命名编号', '命名日期']);
	const { xml } = await fetchXml(`${APP}/app/applications?status=named`, { as: city() });
	const id = await xpath(xml, 'string(/applications/application[1]/@id)');
	const app = await fetchXml(`${APP}/app/applications/${id}`, { as: city() });
	const number = await xpath(app.xml, 'string(/application/naming/@number)');
	const on = await xpath(app.xml, 'string(/application/naming/@on)');
	assert.ok(number && on, 'a named application has its naming number and date');
	const row = res.body.split('\r\n').find((l) => l.startsWith(`${id},`));
	assert.ok(row, `row of application ${id}`);
	assert.ok(row.endsWith(`,${number},${on.slice(0, 10)}`), `naming number and date at the end: ${row}`);
	assert.ok(first);
});

test('the public pages offer no 导出XML, and their XML is shown in place', async () => {
	for (const p of ['/', '/public/studios', '/public/stats']) {
		const res = await curl(`${PUB}${p}`);
		assert.equal(res.status, 200, show(res));
		assert.doesNotMatch(res.body, /导出XML|format=xml/, `${p} offers no XML export`);
		const x = await curl(`${PUB}${p}?format=xml`);
		assert.equal(x.status, 200, show(x));
		assert.equal(x.headers['content-disposition'], undefined);
	}
});
