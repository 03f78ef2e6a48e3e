// The review's rules under truly concurrent requests: two requests that
// would each be allowed alone, fired at the same moment, never both pass.
// One person leads at most one active studio; the same studio (name at
// the same employer) is named once.  Many rounds, no exception allowed.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	act, applicationAsOwner, applicationFields, applicationXml, city, createApplication, fieldOf, show,
	transition, unit,
} from './lib.mjs';

const baseA = unit('22010202');		// under 南关区
const districtA = unit('220102');
const baseB = unit('22017302');		// under 高新区
const districtB = unit('220173');
const siblingA = unit('22010201');	// another base union under 南关区

/* The leader fields of pairs, to give a second application the same leader. */
function sameLeader(pairs, over = {}) {
	const keep = ['leader.name', 'leader.birth-month', 'leader.mobile'];
	return applicationFields({
		...Object.fromEntries(keep.map((k) => [k, fieldOf(pairs, k)])),
		...over,
	});
}

test('two base unions recommending the same leader at the same moment: exactly one succeeds', async () => {
	const rounds = 16;
	for (let i = 0; i < rounds; i++) {
		const first = applicationFields();
		// odd rounds: the same mobile; even rounds: another mobile, the
		// same name and birth month (the rule's other half)
		const second = i % 2 === 0 ? sameLeader(first) :
			sameLeader(first, { 'leader.mobile': `138${String(10_000_000 + i * 7919 + Date.now() % 1_000_000).slice(-8)}` });
		const [ua, ub] = i % 4 < 2 ? [baseA, baseB] : [baseA, siblingA];
		const a = await createApplication(ua, first);
		const b = await createApplication(ub, second);
		const [ra, rb] = await Promise.all([transition(ua, a, 'recommend'), transition(ub, b, 'recommend')]);
		const statuses = [ra.status, rb.status].sort();
		assert.deepEqual(statuses, [303, 409], `round ${i}: ${show(ra)}\n${show(rb)}`);
		const loser = ra.status === 409 ? ra : rb;
		assert.match(loser.body, /一人只能领衔一个职工创新工作室/, show(loser));
		// the loser's page names nothing it may not see
		if (ua.parent !== ub.parent)
			assert.ok(!loser.body.includes(fieldOf(ra.status === 409 ? second : first, 'name')),
				`round ${i}: the other district's studio is not named`);
		const [sa, sb] = [(await applicationAsOwner(a)).status, (await applicationAsOwner(b)).status];
		assert.deepEqual([sa, sb].sort(), ['draft', 'recommended'], `round ${i}: one recommended`);
		// leave the leader free for nothing else: withdraw both
		await act(ua, a, 'withdraw', { opinion: '测试结束，撤回。' });
		await act(ub, b, 'withdraw', { opinion: '测试结束，撤回。' });
	}
});

test('the city naming two audited applications of the same studio at the same moment names one', async () => {
	const rounds = 8;
	for (let i = 0; i < rounds; i++) {
		const first = applicationFields();
		const name = fieldOf(first, 'name');
		const second = applicationFields({ name });
		const a = await createApplication(baseA, first);
		const b = await createApplication(baseA, second);
		for (const id of [a, b]) {
			await act(baseA, id, 'recommend');
			await act(districtA, id, 'approve');
		}
		const [ra, rb] = await Promise.all([transition(city(), a, 'name'), transition(city(), b, 'name')]);
		assert.deepEqual([ra.status, rb.status].sort(), [303, 409], `round ${i}: ${show(ra)}\n${show(rb)}`);
		const loser = ra.status === 409 ? ra : rb;
		assert.match(loser.body, /同名工作室已经命名/, show(loser));
		const xa = await applicationXml(a, city());
		const xb = await applicationXml(b, city());
		assert.deepEqual([xa.status, xb.status].sort(), ['audited', 'named'], `round ${i}`);
		// the one left audited is rejected, so no to-do list grows
		await act(city(), xa.status === 'audited' ? a : b, 'reject', { opinion: '测试结束，不予命名。' });
	}
});

test('naming numbers stay unique when the city names different studios at the same moment', async () => {
	const ids = [];
	for (let i = 0; i < 4; i++) {
		const id = await createApplication(baseB);
		await act(baseB, id, 'recommend');
		await act(districtB, id, 'approve');
		ids.push(id);
	}
	const res = await Promise.all(ids.map((id) => transition(city(), id, 'name')));
	for (const r of res)
		assert.equal(r.status, 303, show(r));
	const numbers = [];
	for (const id of ids) {
		const { xml } = await applicationXml(id, city());
		const m = /<naming number="([^"]+)"/.exec(xml);
		assert.ok(m, `named ${id}`);
		numbers.push(m[1]);
	}
	assert.equal(new Set(numbers).size, numbers.length, `distinct: ${numbers}`);
});
