// Attachments: evidence files on an annual assessment sheet.  The base
// union uploads a PDF through a multipart form while its sheet is in stage
// self; the district and the city download it back byte for byte (nginx
// sends it, from X-Accel-Redirect), another district gets 403, and no page
// names where it is stored.  Bad uploads are refused cleanly with nothing
// stored: too large (413), a renamed executable, a zero-byte file, a
// truncated body, a missing boundary (400); a file name with ../ and
// control characters is stored with a clean name; the same content twice
// is one file on disk.  The year is 2038, this file's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import {
	APP, PUB, SAME_ORIGIN, SERVER_CA, VAR, act, applicationFields, city, createApplication, curl,
	fetchXml, fieldOf, multipart, postForm, run, show, sql, studioctl, target, tmp, tokenFor, unit, xpath,
	xpaths
} from './lib.mjs';

const YEAR = 2038;
const base = unit('22010501');		// under 二道区
const district = unit('220105');
const otherDistrict = unit('220102');
const otherBase = unit('22010201');	// under 南关区

const ATTACH_DIR = path.join(VAR, 'attachments');

async function namedStudio(as, auditor) {
	const fields = applicationFields();
	const id = await createApplication(as, fields);
	await act(as, id, 'recommend');
	await act(auditor, id, 'approve');
	await act(city(), id, 'name');
	const name = fieldOf(fields, 'name');
	const { xml } = await fetchXml(`${APP}/app/studios?q=${encodeURIComponent(name)}`, { as: city() });
	return await xpath(xml, 'string(/studios/studio/@id)');
}

/* The year's scheme, copied from the nearest one and opened. */
async function openYear(year) {
	const url = `/app/assessments/schemes/${year}`;
	let res = await postForm(city(), url, { action: 'create' }, { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	const { xml } = await fetchXml(`${APP}${url}`, { as: city() });
	res = await postForm(city(), url, { action: 'open', version: await xpath(xml, 'string(/scheme/@version)') },
		{ query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
}

let sid;
const sheetUrl = () => `/app/studios/${sid}/assessments/${YEAR}`;

async function version(as = base) {
	const { xml } = await fetchXml(`${APP}${sheetUrl()}`, { as });
	return await xpath(xml, 'string(/assessment/@version)');
}

/*
 * POST the evidence form as `as`: csrf, action=attach, version and the
 * file parts.  body/ctype override what is sent (broken bodies).
 */
async function upload(as, files, { body, ctype, boundary, url } = {}) {
	boundary = boundary ?? `----studio${randomBytes(8).toString('hex')}`;
	const parts = [{ name: 'csrf', value: await tokenFor(as.cert) }, { name: 'action', value: 'attach' },
		{ name: 'version', value: await version(base) }, ...files];
	return curl(`${APP}${url ?? sheetUrl()}?format=xml`, {
		as, data: body ? body(parts, boundary) : multipart(parts, boundary),
		headers: { ...SAME_ORIGIN, 'Content-Type': ctype ?? `multipart/form-data; boundary=${boundary}` },
	});
}

/* The stored files under attach_dir (aa/bb/<sha256>, and anything else). */
function filesOnDisk() {
	const out = [];
	const walk = (d) => {
		if (!existsSync(d))
			return;
		for (const e of readdirSync(d)) {
			const p = path.join(d, e);
			if (statSync(p).isDirectory())
				walk(p);
			else
				out.push(path.relative(ATTACH_DIR, p));
		}
	};
	walk(ATTACH_DIR);
	return out.sort();
}

async function rows() {
	const r = await sql('SELECT COUNT(*) FROM attachment');
	assert.equal(r.code, 0, r.stderr);
	return Number(r.stdout.trim());
}

async function counts() {
	return { rows: await rows(), files: filesOnDisk().length };
}

/* GET a stored file as `as`: status, headers and the raw bytes. */
async function download(as, href) {
	const out = tmp(`dl-${randomBytes(6).toString('hex')}`);
	const hdr = `${out}.h`;
	const r = await run('curl', ['-sS', '--cacert', SERVER_CA, '--cert', as.cert, '--key', as.key,
		'-D', hdr, '-o', out, '-w', '%{http_code}', `${APP}${href}`]);
	assert.equal(r.code, 0, r.stderr);
	const headers = {};
	for (const line of readFileSync(hdr, 'latin1').split(/\r?\n/).slice(1)) {
		const i = line.indexOf(':');
		if (i > 0)
			headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
	}
	return { status: Number(r.stdout), headers, bytes: existsSync(out) ? readFileSync(out) : Buffer.alloc(0) };
}

/* A small PDF with every byte value in it. */
function pdf(extra = '') {
	const all = Buffer.alloc(256);
	for (let i = 0; i < 256; i++)
		all[i] = i;
	return Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
		all, randomBytes(2048), Buffer.from(`\n${extra}\n%%EOF\n`)]);
}

async function attachments(as = base) {
	const { xml } = await fetchXml(`${APP}${sheetUrl()}`, { as });
	const n = Number(await xpath(xml, 'count(/assessment/attachments/attachment)'));
	const list = [];
	for (let i = 1; i <= n; i++) {
		const [id, name, type, size, href] = await xpaths(xml, ['@id', '@name', '@type', '@size', '@href']
			.map((a) => `/assessment/attachments/attachment[${i}]/${a}`));
		list.push({ id, name, type, size: Number(size), href });
	}
	return list;
}

test('setup: a named studio of 二道区 with its sheet of the year in stage self', async () => {
	sid = await namedStudio(base, district);
	await openYear(YEAR);
	const { xml } = await fetchXml(`${APP}${sheetUrl()}`, { as: base });
	assert.equal(await xpath(xml, 'string(/assessment/@stage)'), 'self');
});

test('a PDF uploaded as evidence is listed and downloaded back byte for byte by the district and the city', async () => {
	const before = await counts();
	const data = pdf('evidence one');
	const name = '2038年度自检佐证（第一批）.pdf';
	const res = await upload(base, [{ name: 'file', filename: name, type: 'application/pdf', data }]);
	assert.equal(res.status, 303, show(res));
	assert.equal(target(res), sheetUrl());
	const after = await counts();
	assert.deepEqual(after, { rows: before.rows + 1, files: before.files + 1 });

	const list = await attachments();
	const a = list.find((x) => x.name === name);
	assert.ok(a, `listed: ${JSON.stringify(list)}`);
	assert.equal(a.type, 'application/pdf');
	assert.equal(a.size, data.length);
	assert.match(a.href, /^\/app\/attachments\/\d+$/);

	for (const as of [district, city(), base]) {
		const d = await download(as, a.href);
		assert.equal(d.status, 200, `${as.code}: ${JSON.stringify(d.headers)}`);
		assert.ok(d.bytes.equals(data), `${as.code}: the same bytes (${d.bytes.length} of ${data.length})`);
		assert.equal(d.headers['content-type'], 'application/pdf');
		assert.equal(d.headers['x-content-type-options'], 'nosniff');
		assert.match(d.headers['content-disposition'], /^attachment; filename="attachment-\d+\.pdf"; filename\*=UTF-8''/);
		const enc = /filename\*=UTF-8''(.*)$/.exec(d.headers['content-disposition'])[1];
		assert.equal(decodeURIComponent(enc), name);
		assert.equal(d.headers['x-accel-redirect'], undefined, 'nginx keeps the internal path');
		assert.match(d.headers['cache-control'] ?? '', /no-store/);
	}
	// Another district, and a base union of it: 403.
	for (const as of [otherDistrict, otherBase]) {
		const d = await download(as, a.href);
		assert.equal(d.status, 403, `${as.code} may not download it`);
		assert.ok(!d.bytes.includes(data.subarray(0, 64)), 'no bytes of the file');
	}
	// A file that does not exist: 404.
	assert.equal((await download(city(), '/app/attachments/999999999')).status, 404);

	// No page names where it is stored, and the internal location is not reachable.
	const file = filesOnDisk().find((f) => statSync(path.join(ATTACH_DIR, f)).size === data.length);
	const sha = path.basename(file);
	assert.match(sha, /^[0-9a-f]{64}$/);
	for (const as of [base, district, city()])
		for (const q of ['', '?format=xml', '?format=print']) {
			const r = await curl(`${APP}${sheetUrl()}${q}`, { as });
			assert.equal(r.status, 200, show(r));
			for (const s of [sha, sha.slice(0, 16), '_attachments', ATTACH_DIR])
				assert.ok(!r.body.includes(s), `${as.code} ${q}: the page names ${s}`);
		}
	const direct = await curl(`${APP}/_attachments/${file}`, { as: city() });
	assert.equal(direct.status, 404, show(direct));
	const pub = await curl(`${PUB}/_attachments/${file}`);
	assert.notEqual(pub.status, 200, show(pub));
});

test('an image is shown inline; the sheet page links each file', async () => {
	// The smallest PNG: signature, IHDR, IDAT, IEND.
	const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
		'1f15c4890000000d49444154789c6300010000050001' + '0d0a2db40000000049454e44ae426082', 'hex');
	const res = await upload(base, [{ name: 'file', filename: '现场照片.png', type: 'image/png', data: png }]);
	assert.equal(res.status, 303, show(res));
	const a = (await attachments()).find((x) => x.name === '现场照片.png');
	assert.ok(a);
	const d = await download(district, a.href);
	assert.equal(d.status, 200);
	assert.ok(d.bytes.equals(png));
	assert.equal(d.headers['content-type'], 'image/png');
	assert.match(d.headers['content-disposition'], /^inline; /);
	const page = await curl(`${APP}${sheetUrl()}`, { as: district });
	assert.ok(page.body.includes(`href="${a.href}"`), 'the page links the file');
	assert.ok(page.body.includes('现场照片.png'));
});

test('the same content twice is stored once on disk, with a row each', async () => {
	const data = pdf('twice');
	const before = await counts();
	for (const name of ['甲.pdf', '乙.pdf']) {
		const res = await upload(base, [{ name: 'file', filename: name, type: 'application/pdf', data }]);
		assert.equal(res.status, 303, show(res));
	}
	assert.deepEqual(await counts(), { rows: before.rows + 2, files: before.files + 1 });
	const list = await attachments();
	for (const name of ['甲.pdf', '乙.pdf']) {
		const a = list.find((x) => x.name === name);
		assert.ok((await download(city(), a.href)).bytes.equals(data));
	}
});

test('a file name with ../ and control characters is stored with a clean name', async () => {
	const before = await counts();
	const res = await upload(base, [{ name: 'file', filename: '../../etc/\x01pass\x1bwd\x7f 证明<1>.pdf',
		type: 'application/pdf', data: pdf('name') }]);
	assert.equal(res.status, 303, show(res));
	assert.equal(await rows(), before.rows + 1);
	const names = (await attachments()).map((x) => x.name);
	assert.ok(names.includes('passwd 证明1.pdf'), JSON.stringify(names));
	for (const n of names)
		assert.ok(!/[\x00-\x1f\x7f/\\<>]|\.\./.test(n), `clean: ${JSON.stringify(n)}`);
	// Nothing was written outside the folder's aa/bb/<sha256> layout.
	for (const f of filesOnDisk())
		assert.match(f, /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
});

test('bad uploads are refused cleanly with nothing stored', async () => {
	const elf = Buffer.concat([Buffer.from('7f454c46020101000000000000000000', 'hex'), randomBytes(4000)]);
	const mz = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), randomBytes(4000)]);
	const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
	big.write('%PDF-1.4\n', 0, 'latin1');
	const cases = [
		['too large (10 MB + 1 byte)', 413, () => upload(base, [{ name: 'file', filename: '大文件.pdf', type: 'application/pdf', data: big }])],
		['a renamed executable (ELF)', 400, () => upload(base, [{ name: 'file', filename: '报告.pdf', type: 'application/pdf', data: elf }])],
		['a renamed executable (MZ)', 400, () => upload(base, [{ name: 'file', filename: 'photo.jpg', type: 'image/jpeg', data: mz }])],
		['a zero-byte file', 400, () => upload(base, [{ name: 'file', filename: '空.pdf', type: 'application/pdf', data: Buffer.alloc(0) }])],
		['no file chosen', 400, () => upload(base, [{ name: 'file', filename: '', data: Buffer.alloc(0) }])],
		['a truncated body', 400, () => upload(base, [{ name: 'file', filename: 'a.pdf', type: 'application/pdf', data: pdf('cut') }],
			{ body: (parts, b) => { const m = multipart(parts, b); return m.subarray(0, m.length - 600); } })],
		['no close delimiter', 400, () => upload(base, [{ name: 'file', filename: 'a.pdf', type: 'application/pdf', data: pdf('open') }],
			{ body: (parts, b) => { const m = multipart(parts, b); return m.subarray(0, m.length - `--${b}--\r\n`.length); } })],
		['a missing boundary', 400, () => upload(base, [{ name: 'file', filename: 'a.pdf', type: 'application/pdf', data: pdf('nb') }],
			{ ctype: 'multipart/form-data' })],
		['a wrong boundary', 400, () => upload(base, [{ name: 'file', filename: 'a.pdf', type: 'application/pdf', data: pdf('wb') }],
			{ ctype: 'multipart/form-data; boundary=not-the-one' })],
		['a part without a name', 400, () => upload(base, [{ name: 'file', filename: 'a.pdf', type: 'application/pdf', data: pdf('nn') }],
			{ body: (parts, b) => Buffer.from(multipart(parts, b).toString('latin1').replace('name="file"; ', ''), 'latin1') })],
		['six files (the limit is five)', 400, () => upload(base, Array.from({ length: 6 }, (_, i) =>
			({ name: 'file', filename: `${i}.pdf`, type: 'application/pdf', data: pdf(`six ${i}`) })))],
		['multipart where files are not taken', 400, () => upload(base, [{ name: 'file', filename: 'a.pdf', type: 'application/pdf', data: pdf('elsewhere') }],
			{ url: `/app/studios/${sid}/amendments` })],
	];
	for (const [what, status, fn] of cases) {
		const before = await counts();
		const v = await version();
		const res = await fn();
		assert.equal(res.status, status, `${what}: ${show(res)}`);
		assert.deepEqual(await counts(), before, `${what}: nothing stored`);
		assert.equal(await version(), v, `${what}: the sheet unchanged`);
		assert.ok(!/Internal Server Error/.test(res.body), what);
	}
	// The refusals of the file itself name the field, in Chinese.
	const res = await upload(base, [{ name: 'file', filename: '报告.pdf', type: 'application/pdf', data: elf }]);
	assert.ok(res.body.includes('<error field="file"'), show(res));
	assert.ok(res.body.includes('PDF、JPEG、PNG'), show(res));
});

test('only the base union uploads, only in stage self, with the current version', async () => {
	const before = await counts();
	for (const as of [district, city(), otherBase]) {
		const res = await upload(as, [{ name: 'file', filename: 'x.pdf', type: 'application/pdf', data: pdf(as.code) }]);
		assert.ok([403, 404, 409].includes(res.status), `${as.code}: ${show(res)}`);
	}
	// A stale version.
	const res = await upload(base, [{ name: 'file', filename: 'x.pdf', type: 'application/pdf', data: pdf('stale') }],
		{ body: (parts, b) => multipart(parts.map((p) => p.name === 'version' ? { ...p, value: '1' } : p), b) });
	assert.equal(res.status, 409, show(res));
	assert.equal((await counts()).rows, before.rows);
	// No file is left without its row, and every row has its file.
	const v = await studioctl('attach-verify');
	assert.equal(v.code, 0, v.stdout + v.stderr);
});

test('once the self-check is submitted no file is added, and the files stay downloadable', async () => {
	const { xml } = await fetchXml(`${APP}${sheetUrl()}`, { as: base });
	const n = Number(await xpath(xml, 'count(/assessment/items/item)'));
	const f = { action: 'submit', version: await xpath(xml, 'string(/assessment/@version)'),
		summary: '本年度完成技术攻关三项。', 'venue-area': '120', staff: '12', funds: '12500.50',
		equipment: '检测仪器八台套', 'activity-hours': '480' };
	for (let i = 1; i <= n; i++) {
		const [code, max] = await xpaths(xml, [`/assessment/items/item[${i}]/@code`, `/assessment/items/item[${i}]/@max`]);
		f[`self.${code}`] = String(Math.floor(Number(max) * 0.9));
	}
	let res = await postForm(base, sheetUrl(), f, { query: 'format=xml' });
	assert.equal(res.status, 303, show(res));
	const before = await counts();
	res = await upload(base, [{ name: 'file', filename: 'late.pdf', type: 'application/pdf', data: pdf('late') }]);
	assert.equal(res.status, 409, show(res));
	assert.deepEqual(await counts(), before);
	const page = await curl(`${APP}${sheetUrl()}`, { as: base });
	assert.ok(!page.body.includes('evidence-form'), 'no upload form after submission');
	for (const a of await attachments(district))
		assert.equal((await download(district, a.href)).status, 200);
});

test('studioctl attach-verify reports a file without a row and a row without a file', async () => {
	const { mkdirSync, writeFileSync, rmSync } = await import('node:fs');
	const stray = 'ab'.repeat(32);
	const dir = path.join(ATTACH_DIR, 'ab', 'ab');
	mkdirSync(dir, { recursive: true });
	writeFileSync(path.join(dir, stray), 'stray');
	let v = await studioctl('attach-verify');
	assert.notEqual(v.code, 0);
	assert.ok(v.stdout.includes(`file without a row\tab/ab/${stray}`), v.stdout);
	rmSync(path.join(dir, stray));
	const [one] = (await attachments()).slice(-1);
	const sha = (await sql(`SELECT sha256 FROM attachment WHERE id = ${Number(one.id)}`)).stdout.trim();
	const file = path.join(ATTACH_DIR, sha.slice(0, 2), sha.slice(2, 4), sha);
	const keep = readFileSync(file);
	rmSync(file);
	try {
		v = await studioctl('attach-verify');
		assert.notEqual(v.code, 0);
		assert.ok(v.stdout.includes(`row without its file\t${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`), v.stdout);
	} finally {
		writeFileSync(file, keep);
	}
	v = await studioctl('attach-verify');
	assert.equal(v.code, 0, v.stdout + v.stderr);
});
