// Server memory per live circuit on the story editor: one signed-in account opens 10, 25 and 50
// Chromium pages of /stories/new (each its own circuit); after each step the server's RSS is read
// from /proc/PID/status once it has settled; the least-squares slope is the cost per circuit.
//   BASE=http://127.0.0.1:5497 PID=<server pid> node measure.js   (COUNTS=10,25,50)
const fs = require('fs');
const { chromium } = require('playwright-core');
const rssKb = pid => parseInt(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1], 10);
const sleep = ms => new Promise(r => setTimeout(r, ms));
async function settledRss(pid) {
  // The lowest of a few readings once allocation has stopped (the GC gives memory back lazily).
  await sleep(8000);
  const readings = [];
  for (let i = 0; i < 4; i++) { readings.push(rssKb(pid)); await sleep(2000); }
  return Math.min(...readings);
}
(async () => {
  const base = process.env.BASE, pid = process.env.PID;
  const counts = (process.env.COUNTS || '10,25,50').split(',').map(Number);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(base + '/Account/Register');
  await first.getByLabel('Email').fill(`rss-${Date.now()}@example.com`);
  await first.getByLabel('Password', { exact: true }).fill('Passw0rd!');
  await first.getByLabel('Confirm password').fill('Passw0rd!');
  await first.getByRole('button', { name: 'Register' }).click();
  await first.getByRole('button', { name: 'Log out' }).waitFor();
  await first.goto(base + '/principles');   // static: no circuit
  const points = [[0, await settledRss(pid)]];
  console.error(`0 circuits: ${points[0][1]} KB`);
  const pages = [];
  for (const n of counts) {
    while (pages.length < n) {
      const page = await context.newPage();
      await page.goto(base + '/stories/new');
      await page.waitForFunction(() => [...document.querySelectorAll('[data-interactive-root]')].every(e => e.dataset.interactiveRoot === 'yes') && document.querySelector('[data-interactive-root]'), null, { timeout: 60000 });
      pages.push(page);
    }
    const kb = await settledRss(pid);
    points.push([n, kb]);
    console.error(`${n} circuits: ${kb} KB`);
  }
  const mean = a => a.reduce((x, y) => x + y, 0) / a.length;
  const xs = points.map(p => p[0]), ys = points.map(p => p[1]);
  const mx = mean(xs), my = mean(ys);
  const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  console.log(JSON.stringify({ points, kbPerCircuit: Math.round(slope) }));
  await browser.close();
})();
