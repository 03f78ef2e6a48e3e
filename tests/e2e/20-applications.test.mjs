// Applications: the whole path of one application through the three
// levels (draft → recommended → returned → recommended → audited → named)
// with the certificates of its base union, its district and the city; the
// review history; the frozen named application and its documents; and a
// full-form round trip where the XML holds exactly what was typed.  Every
// application document fetched validates against application.xsd.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import {
	APP, act, applicationAsOwner, applicationFields, applicationXml, certsOf, city, createApplication, curl,
	fetchXml, fieldOf, fingerprint, page, postForm, show, sql, transition, unit, unitId,
	validateXml, xpath, xpaths, target
} from './lib.mjs';

const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const district = unit('220102');	// 南关区总工会
const NUMBER = /^长工创命〔(\d{4})〕(\d{3,})号$/;

/* Today in Asia/Shanghai, YYYY-MM-DD, as the server dates its records. */
function shanghaiDate() {
	return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/* The holder of the certificate that units.tsv gives a unit. */
async function holderOf(u) {
	const fp = await fingerprint(u.cert);
	const c = (await certsOf(await unitId(u.code))).find((x) => x.fp === fp);
	assert.ok(c, `${u.code}'s certificate is enrolled`);
	return c.holder;
}

/*
 * Applications this file leaves open: withdrawn or rejected at the end, so
 * that the units' to-do lists do not grow from run to run.
 */
const open = [];
after(async () => {
	for (const id of open) {
		const { status } = await applicationAsOwner(id);
		if (['draft', 'returned', 'recommended'].includes(status))
			await transition(base, id, 'withdraw', { opinion: '测试结束，撤回。' });
		else if (status === 'audited')
			await transition(city(), id, 'reject', { opinion: '测试结束，不予命名。' });
	}
});

test('the whole path: draft, recommended, returned, recommended, audited, named', async () => {
	const day0 = shanghaiDate();
	const fields = applicationFields();
	const id = await createApplication(base, fields);
	open.push(id);

	// A draft, editable by its base union, which may recommend or withdraw it.
	let a = await applicationXml(id, base);
	assert.equal(a.status, 'draft');
	assert.equal(a.version, '1');
	assert.equal(await xpath(a.xml, 'string(/application/@can-edit)'), 'true');
	assert.equal(await xpath(a.xml, 'count(/application/actions/action[@name="recommend"])'), '1');
	assert.equal(await xpath(a.xml, 'string(/application/base-union/@id)'), await unitId(base.code));
	assert.equal(await xpath(a.xml, 'string(/application/recommending-unit/@id)'),
		await unitId(district.code), 'the recommending unit defaults to the base union\'s parent');
	assert.equal(await xpath(a.xml, 'count(/application/reviews/review)'), '0');

	const opinions = [
		'经单位同意，推荐申报长春市职工创新工作室。',
		'成果简介不够具体，请补充近三年主要创新成果及效益后重新上报。',
		'已按审核意见补充成果简介，再次推荐。',
		'经审核，符合长春市职工创新工作室基本条件，同意上报市总工会。',
		'经考核，同意命名为长春市职工创新工作室。',
	];

	await act(base, id, 'recommend', { opinion: opinions[0], version: a.version });
	a = await applicationXml(id, district);
	assert.equal(a.status, 'recommended');
	assert.equal(await xpath(a.xml, 'string(/application/@can-edit)'), 'false');
	assert.deepEqual((await xpath(a.xml, '/application/actions/action/@name')).match(/"\w+"/g),
		['"approve"', '"return"', '"reject"'], 'the district may approve, return or refuse to recommend');

	await act(district, id, 'return', { opinion: opinions[1], version: a.version });
	a = await applicationXml(id, base);
	assert.equal(a.status, 'returned');
	assert.equal(await xpath(a.xml, 'string(/application/@can-edit)'), 'true');

	// The base union edits the returned application with its version.
	const form = await fetchXml(`${APP}/app/applications/${id}/edit`, { as: base });
	assert.equal(form.root, 'application-form');
	const [fv, fstatus] = await xpaths(form.xml, ['/application-form/@version', '/application-form/@status']);
	assert.equal(fv, a.version);
	assert.equal(fstatus, 'returned');
	const summary = '近三年完成技术革新项目12项，获国家发明专利2项、实用新型专利5项，累计创造经济效益800余万元。';
	const edited = fields.map(([k, v]) => [k, k === 'achievements-summary' ? summary : v]);
	const res = await postForm(base, `/app/applications/${id}`, [...edited, ['version', a.version]]);
	assert.equal(res.status, 303, show(res));
	assert.equal(target(res), `/app/applications/${id}`);
	const b = await applicationXml(id, base);
	assert.equal(Number(b.version), Number(a.version) + 1, 'an edit advances the version');
	assert.equal(await xpath(b.xml, 'string(/application/achievements-summary)'), summary);
	assert.equal(b.status, 'returned');

	await act(base, id, 'recommend', { opinion: opinions[2], version: b.version });
	await act(district, id, 'approve', { opinion: opinions[3] });
	a = await applicationXml(id, city());
	assert.equal(a.status, 'audited');
	for (const name of ['name', 'reject', 'return'])
		assert.equal(await xpath(a.xml, `count(/application/actions/action[@name="${name}"])`), '1', `city may ${name}`);

	await act(city(), id, 'name', { opinion: opinions[4], version: a.version });
	const day1 = shanghaiDate();
	a = await applicationXml(id, base);
	assert.equal(a.status, 'named');
	assert.equal(await xpath(a.xml, 'string(/application/@can-edit)'), 'false');
	assert.equal(await xpath(a.xml, 'count(/application/actions/action)'), '0', 'nothing left for the base union');
	const [number, namedOn] = await xpaths(a.xml, ['/application/naming/@number', '/application/naming/@on']);
	const m = NUMBER.exec(number);
	assert.ok(m, `the naming number ${number} follows 长工创命〔YYYY〕NNN号`);
	assert.ok([day0, day1].includes(namedOn), `named on today (${namedOn})`);
	assert.equal(m[1], namedOn.slice(0, 4), 'the number carries the year of naming');
	const dup = await sql(`SELECT COUNT(*) FROM application WHERE naming_number = '${number}'`);
	assert.equal(dup.code, 0, dup.stderr);
	assert.equal(dup.stdout.trim(), '1', 'no other application carries this number');

	// The review history: every step in order, with unit, holder, decision,
	// opinion and date.
	const units = [base, district, base, district, city()];
	const stages = ['base', 'district', 'base', 'district', 'city'];
	const decisions = ['recommend', 'return', 'recommend', 'approve', 'name'];
	assert.equal(await xpath(a.xml, 'count(/application/reviews/review)'), '5');
	for (let i = 0; i < 5; i++) {
		const r = `/application/reviews/review[${i + 1}]`;
		const [stage, uid, uname, holder, decision, on, text] = await xpaths(a.xml,
			[`${r}/@stage`, `${r}/@unit-id`, `${r}/@unit-name`, `${r}/@holder`, `${r}/@decision`, `${r}/@on`, r]);
		assert.equal(stage, stages[i], `step ${i + 1}: stage`);
		assert.equal(uid, await unitId(units[i].code), `step ${i + 1}: unit`);
		assert.equal(uname, units[i].name, `step ${i + 1}: unit name`);
		assert.equal(holder, await holderOf(units[i]), `step ${i + 1}: certificate holder`);
		assert.equal(decision, decisions[i], `step ${i + 1}: decision`);
		assert.equal(text, opinions[i], `step ${i + 1}: opinion`);
		assert.match(on, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/, `step ${i + 1}: date`);
		assert.ok([day0, day1].includes(on.slice(0, 10)), `step ${i + 1}: dated today (${on})`);
	}
	const ons = (await xpath(a.xml, '/application/reviews/review/@on')).match(/"[^"]+"/g);
	assert.deepEqual([...ons].sort(), ons, 'the steps are in order of time');

	// The page shows the history too.
	const html = await page(`${APP}/app/applications/${id}`, { as: district });
	for (const o of opinions)
		assert.ok(html.body.includes(o), `the page shows the opinion ${o}`);
	assert.ok(html.body.includes(number), 'the page shows the naming number');

	// Named is frozen: no edit, no edit form; the certificate is there.
	const v = a.version;
	const frozen = await postForm(base, `/app/applications/${id}`, [...edited, ['version', v]]);
	assert.ok(frozen.status === 409 || frozen.status === 403, `edit after naming: ${show(frozen)}`);
	const editPage = await curl(`${APP}/app/applications/${id}/edit`, { as: base });
	assert.equal(editPage.status, 409, `the edit form of a named application: ${show(editPage)}`);
	for (const action of ['recommend', 'return', 'approve', 'name', 'withdraw']) {
		const who = { recommend: base, withdraw: base, return: district, approve: district, name: city() }[action];
		const r = await transition(who, id, action, { version: v });
		assert.equal(r.status, 409, `${action} a named application: ${show(r)}`);
	}
	const still = await applicationXml(id, city());
	assert.equal(still.status, 'named');
	assert.equal(still.version, v, 'nothing changed');
	assert.equal(await xpath(still.xml, 'string(/application/naming/@number)'), number);

	const cert = await curl(`${APP}/app/applications/${id}/certificate`, { as: city() });
	assert.equal(cert.status, 200, show(cert));
	assert.match(cert.headers['content-type'], /^text\/html/);
	for (const u of [base, district, city()]) {
		const p = await page(`${APP}/app/applications/${id}?format=print`, { as: u });
		assert.ok(p.body.includes(fieldOf(fields, 'leader.name')), `${u.code} prints the form`);
		await page(`${APP}/app/applications/${id}/certificate`, { as: u });
	}
	open.splice(open.indexOf(id), 1);
});

test('each naming takes the next number of the year, never one already given', async () => {
	const ids = [];
	for (let i = 0; i < 2; i++) {
		const id = await createApplication(base);
		open.push(id);
		await act(base, id, 'recommend');
		await act(district, id, 'approve');
		await act(city(), id, 'name', { opinion: '同意命名。' });
		open.splice(open.indexOf(id), 1);
		ids.push(id);
	}
	const nums = [];
	for (const id of ids) {
		const { xml } = await applicationXml(id, city());
		const m = NUMBER.exec(await xpath(xml, 'string(/application/naming/@number)'));
		assert.ok(m);
		nums.push(m);
	}
	if (nums[0][1] === nums[1][1])
		assert.equal(Number(nums[1][2]), Number(nums[0][2]) + 1, 'consecutive numbers within a year');
	const dups = await sql('SELECT naming_number FROM application WHERE naming_number IS NOT NULL' +
		' GROUP BY naming_number HAVING COUNT(*) > 1');
	assert.equal(dups.code, 0, dups.stderr);
	assert.equal(dups.stdout.trim(), '', 'every naming number is unique');
});

/* Punctuation of Chinese text, every mark the form might see. */
const PUNCT = '，。、“”《》——（）！？；：';

test('full form: every field in Chinese with punctuation comes back exactly', async () => {
	const n = Date.now().toString().slice(-6);
	const typed = {
		'name': `“智慧燃气”——管网检测创新工作室（${n}）`,
		'host-unit': '长春燃气股份有限公司（第二输配分公司）',
		'host-unit-type': '200',
		'industry': 'Q',
		'recommending-unit': await unitId(district.code),
		'filled-on': '2025-12-06',
		'founded-on': '2019-02-28',
		'naming-unit': '长春市总工会；南关区总工会',
		'field': '燃气输配、管网检测与《城镇燃气设施运行维护规程》',
		'member-count': '23',
		'type-other': '应急抢修服务：夜间值守！',
		'leader.name': `欧阳${[...n].map((d) => '零一二三四五六七八九'[d]).join('')}`,
		'leader.gender': '2',
		'leader.birth-month': '1982-07',
		'leader.education': '14',
		'leader.ethnicity': '10',
		'leader.political-status': '13',
		'leader.specialty': '燃气管道工／管网检测',
		'leader.title': '正高级工程师（教授级）',
		'leader.mobile': `1580431${n.slice(-4)}`,
		'leader.email': `ouyang.${n}@changchun-gas.example.cn`,
		'overview': `工作室成立于2019年，现有成员23人。${PUNCT}\n设有“检测实验室”和《管网数据平台》——两处场所。`,
		'goals': '一、三年内完成技术革新15项；\n二、培养技师、高级技师30名！\n三、形成可推广的操作法？',
		'achievements-summary': `获国家发明专利2项（一种燃气泄漏检测装置）、实用新型专利7项；${PUNCT}`,
		'honours': '2022年：吉林省工人先锋号；\n2024年：全国“安康杯”竞赛优胜班组。',
		'conditions.leader': 'true',
		'conditions.members': 'true',
		'conditions.goals': 'true',
		'conditions.venue': 'true',
		'conditions.equipment': 'true',
		'conditions.display': 'true',
		'conditions.not-existing-department': 'true',
		'employer-consent': 'true',
	};
	const types = ['development', 'skill-transfer', 'training', 'other'];
	const honours = [['2018', '长春市技术能手'], ['2021', '吉林省五一劳动奖章（个人）'], ['2024', '“长春工匠”称号']];
	const pairs = applicationFields({ ...typed, types, 'leader.honours': honours });
	const id = await createApplication(base, pairs);
	open.push(id);

	const { xml } = await applicationXml(id, base);
	const A = '/application';
	const expect = [
		[`${A}/name`, typed.name],
		[`${A}/host-unit`, typed['host-unit']],
		[`${A}/host-unit-type/@code`, typed['host-unit-type']],
		[`${A}/host-unit-type`, '事业单位'],
		[`${A}/industry/@code`, typed.industry],
		[`${A}/industry`, '卫生和社会工作'],
		[`${A}/base-union/@id`, await unitId(base.code)],
		[`${A}/base-union`, base.name],
		[`${A}/recommending-unit/@id`, typed['recommending-unit']],
		[`${A}/recommending-unit`, district.name],
		[`${A}/filled-on`, typed['filled-on']],
		[`${A}/founded-on`, typed['founded-on']],
		[`${A}/naming-unit`, typed['naming-unit']],
		[`${A}/field`, typed.field],
		[`${A}/member-count`, typed['member-count']],
		[`count(${A}/types/type)`, String(types.length)],
		...types.map((t, i) => [`${A}/types/type[${i + 1}]/@code`, t]),
		[`${A}/types/type[@code="other"]`, typed['type-other']],
		[`${A}/types/type[@code="development"]`, '技术开发'],
		[`${A}/leader/name`, typed['leader.name']],
		[`${A}/leader/gender/@code`, typed['leader.gender']],
		[`${A}/leader/gender`, '女'],
		[`${A}/leader/birth-month`, typed['leader.birth-month']],
		[`${A}/leader/education/@code`, typed['leader.education']],
		[`${A}/leader/education`, '硕士研究生'],
		[`${A}/leader/ethnicity/@code`, typed['leader.ethnicity']],
		[`${A}/leader/ethnicity`, '朝鲜族'],
		[`${A}/leader/political-status/@code`, typed['leader.political-status']],
		[`${A}/leader/political-status`, '群众'],
		[`${A}/leader/specialty`, typed['leader.specialty']],
		[`${A}/leader/title`, typed['leader.title']],
		[`${A}/leader/mobile`, typed['leader.mobile']],
		[`${A}/leader/email`, typed['leader.email']],
		[`count(${A}/leader/honours/honour)`, String(honours.length)],
		...honours.flatMap(([y, t], i) => [[`${A}/leader/honours/honour[${i + 1}]/@year`, y],
			[`${A}/leader/honours/honour[${i + 1}]`, t]]),
		[`${A}/overview`, typed.overview],
		[`${A}/goals`, typed.goals],
		[`${A}/achievements-summary`, typed['achievements-summary']],
		[`${A}/honours`, typed.honours],
		...['leader', 'members', 'goals', 'venue', 'equipment', 'display', 'not-existing-department']
			.map((c) => [`${A}/conditions/@${c}`, 'true']),
		[`${A}/employer-consent`, 'true'],
	];
	const got = await xpaths(xml, expect.map(([e]) => e));
	expect.forEach(([e, want], i) => assert.equal(got[i], want, e));

	// The edit form holds the same values, as typed.
	const form = await fetchXml(`${APP}/app/applications/${id}/edit`, { as: base });
	const V = '/application-form/values';
	const names = Object.keys(typed);
	const fv = await xpaths(form.xml, names.map((k) => `${V}/${k.replace('.', '/')}`));
	names.forEach((k, i) => assert.equal(fv[i], typed[k], `edit form: ${k}`));
	assert.equal(await xpath(form.xml, `count(${V}/types/type)`), String(types.length));
	assert.equal(await xpath(form.xml, `count(${V}/leader/honours/honour)`), String(honours.length));

	// The page shows the texts, escaped as HTML needs and nothing else.
	const html = await page(`${APP}/app/applications/${id}`, { as: base });
	for (const k of ['host-unit', 'field', 'leader.title', 'type-other'])
		assert.ok(html.body.includes(typed[k]), `the page shows ${k}: ${typed[k]}`);
	// A complete form can be recommended as it is.
	await act(base, id, 'recommend');
	await act(base, id, 'withdraw', { opinion: '' });
	open.splice(open.indexOf(id), 1);
});

test('line breaks typed as CRLF are kept as LF; surrounding spaces are trimmed', async () => {
	const pairs = applicationFields({
		'overview': '  第一行\r\n第二行\r\n\r\n第四行　',
		'field': '　燃气输配　',
	});
	const id = await createApplication(base, pairs);
	open.push(id);
	const { xml } = await applicationXml(id, base);
	const [overview, field] = await xpaths(xml, ['/application/overview', '/application/field']);
	assert.equal(overview, '第一行\n第二行\n\n第四行');
	assert.equal(field, '燃气输配');
});

test('a draft may be saved with only a name; its document still validates', async () => {
	const name = `仅填名称的草稿${Date.now()}`;
	const id = await createApplication(base, [['name', name]]);
	open.push(id);
	const { xml, status } = await applicationXml(id, base);
	assert.equal(status, 'draft');
	const [n, mc, ind, cond, consent] = await xpaths(xml, ['/application/name', '/application/member-count',
		'/application/industry/@code', '/application/conditions/@leader', '/application/employer-consent']);
	assert.deepEqual([n, mc, ind, cond, consent], [name, '', '', 'false', 'false']);
	// and so does the list that shows it
	const list = await fetchXml(`${APP}/app/applications?q=${encodeURIComponent(name)}`, { as: base });
	assert.equal(await xpath(list.xml, 'string(/applications/@total)'), '1');
	assert.equal(await xpath(list.xml, 'string(/applications/application/@id)'), id);
	await validateXml(list.xml);
});

test('only a named application has a naming certificate', async () => {
	const id = await createApplication(base);
	open.push(id);
	for (const [u, action] of [[null, null], [base, 'recommend'], [district, 'approve']]) {
		if (u)
			await act(u, id, action);
		const { status } = await applicationAsOwner(id);
		for (const q of ['', '?format=xml', '?format=print']) {
			const res = await curl(`${APP}/app/applications/${id}/certificate${q}`, { as: city() });
			assert.equal(res.status, 404, `the certificate of a ${status} application${q}: ${show(res)}`);
		}
	}
	await act(city(), id, 'name', { opinion: '同意命名。' });
	open.splice(open.indexOf(id), 1);
	const { xml } = await fetchXml(`${APP}/app/applications/${id}/certificate`, { as: base });
	assert.equal(await xpath(xml, 'string(/application/@status)'), 'named');
	await page(`${APP}/app/applications/${id}/certificate`, { as: base });
});
