// Feedback in Chromium: a refused 推荐上报 shows its reasons in the first
// screen, each linked to the field to mend, and keeps the opinion typed;
// after an action the page says what was done, once, and not on reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { APP, postForm, show, transition, unit } from '../e2e/lib.mjs';
import { launch, withUnitPage } from './lib.mjs';

const base = unit('22010202');		// 长春燃气股份有限公司工会, under 南关区
const VIEW = { width: 1366, height: 900 };

let browser;
const made = [];
before(async () => { browser = await launch(); });
after(async () => {
	await browser?.close();
	for (const id of made)
		await transition(base, id, 'withdraw', { opinion: '测试结束，撤回。' });
});

/* A draft with only its name: far from complete. */
async function draft() {
	const res = await postForm(base, '/app/applications', { name: `反馈测试工作室${Date.now() % 100000}` });
	assert.equal(res.status, 303, show(res));
	const id = /^\/app\/applications\/(\d+)/.exec(res.headers.location)[1];
	made.push(id);
	return { id, location: res.headers.location };
}

test('a refused 推荐上报 shows its reasons at the top, linked, and keeps the opinion', async () => {
	const { id } = await draft();
	await withUnitPage(browser, base, async (page) => {
		await page.goto(`${APP}/app/applications/${id}`);
		const form = page.locator('form.action-recommend');
		const opinion = '经单位研究，同意推荐。此意见不应丢失。';
		await form.locator('textarea[name="opinion"]').fill(opinion);
		await Promise.all([
			page.waitForLoadState('domcontentloaded'),
			form.locator('button[type="submit"]').click(),
		]);
		const errors = page.locator('#form-errors');
		await errors.waitFor();
		const box = await errors.boundingBox();
		assert.ok(box && box.y < VIEW.height, `the reasons are in the first screen (y = ${box?.y})`);
		// Each missing field links to its place in the edit form.
		const links = await errors.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		assert.ok(links.length > 3, `reasons linked: ${links}`);
		assert.ok(links.some((h) => h === `/app/applications/${id}/edit#f-host-unit`), links.join(' '));
		assert.equal(await page.locator('form.action-recommend textarea[name="opinion"]').inputValue(), opinion);
		// The other forms of the page are not filled with it.
		assert.equal((await page.locator('form.action-withdraw textarea[name="opinion"]').inputValue()).trim(), '');
		// The link leads to the field of the edit form.
		await Promise.all([
			page.waitForLoadState('domcontentloaded'),
			errors.locator(`a[href="/app/applications/${id}/edit#f-host-unit"]`).click(),
		]);
		assert.equal(await page.locator('#f-host-unit').count(), 1);
	}, { viewport: VIEW });
});

test('the page after saving says so once, and a reload does not', async () => {
	const { location } = await draft();
	await withUnitPage(browser, base, async (page) => {
		await page.goto(`${APP}${location}`);
		const notice = page.locator('p.notice-done');
		assert.match(await notice.innerText(), /已保存为草稿/);
		const box = await notice.boundingBox();
		assert.ok(box && box.y < VIEW.height, 'in the first screen');
		await page.reload();
		assert.equal(await page.locator('p.notice-done').count(), 0, 'not again on reload');
	}, { viewport: VIEW });
});

test('撤回申请 asks on a page of its own; 返回 leaves it as it was; 确认 withdraws', async () => {
	const { id } = await draft();
	for (const width of [1366, 390]) {
		await withUnitPage(browser, base, async (page) => {
			await page.goto(`${APP}/app/applications/${id}`);
			const form = page.locator('form.action-withdraw');
			await form.locator('textarea[name="opinion"]').fill('暂不申报。');
			await Promise.all([page.waitForLoadState('domcontentloaded'), form.locator('button[type="submit"]').click()]);
			assert.equal(await page.locator('h1').innerText(), '请确认：撤回申请');
			assert.match(await page.locator('.confirm').innerText(), /反馈测试工作室/);
			assert.match(await page.locator('.confirm').innerText(), /不能恢复/);
			const sw = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
			assert.ok(sw <= 0, `no sideways scroll at ${width}`);
			await page.screenshot({ path: `/tmp/confirm-${width}.png` });
			if (width === 1366) {
				await Promise.all([page.waitForLoadState('domcontentloaded'), page.locator('.confirm a').click()]);
				assert.equal(new URL(page.url()).pathname, `/app/applications/${id}`);
				assert.equal(await page.locator('form.action-withdraw').count(), 1, 'still a draft');
			} else {
				await Promise.all([page.waitForLoadState('domcontentloaded'),
					page.locator('.confirm button[type="submit"]').click()]);
				assert.match(await page.locator('p.notice-done').innerText(), /已撤回/);
				made.splice(made.indexOf(id), 1);
			}
		}, { viewport: { width, height: 844 } });
	}
});
