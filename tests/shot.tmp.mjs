import { chromium } from 'playwright-core';
const [url, sel, out, w] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(w || 390), height: 800 } });
await p.goto(url);
await p.locator(sel).first().screenshot({ path: out });
await b.close();
