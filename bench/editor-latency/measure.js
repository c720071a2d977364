// Keystroke-to-feedback latency in the story editor: for each of N keys typed 600 ms apart, the
// time from the key press to the next change of the score ([data-score]) or of the findings list.
const { chromium } = require('playwright-core');
(async () => {
  const base = process.env.BASE || 'http://localhost:5130';
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const page = await (await browser.newContext()).newPage();
  const email = `lat-${Date.now()}@example.com`;
  await page.goto(base + '/Account/Register');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
  await page.getByLabel('Confirm password').fill('Passw0rd!');
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
  await page.goto(base + '/stories/new');
  await page.waitForFunction(() => document.documentElement.dataset.circuit === 'up');
  await page.getByLabel('Result').fill('It got better.');
  await page.waitForSelector('[data-score]');
  await page.evaluate(() => {
    window.__changes = [];
    new MutationObserver(() => window.__changes.push(performance.now()))
      .observe(document.querySelector('.feedback-panel'), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const box = page.getByLabel('Action');
  await box.click();
  const samples = [];
  // Alternating words that add and remove findings, so every key changes the feedback.
  const text = 'we I we I we I we I we I we I we I we I we I ';
  for (const ch of text) {
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.type(ch);
    await page.waitForTimeout(600);
    const first = await page.evaluate(t => window.__changes.find(c => c > t), t0);
    if (first) samples.push(first - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(JSON.stringify({ n: samples.length, median: Math.round(median), p90: Math.round(samples[Math.floor(samples.length * 0.9)]), min: Math.round(samples[0]) }));
  await browser.close();
})();
