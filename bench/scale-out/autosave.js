// N Chromium users autosaving stories for a fixed time against one base URL (nginx in front of
// several instances, or one instance). Each user registers, creates a story, then types a word
// into Reflection, waits until the editor says "✓ Saved", and types the next, until time is up.
// Prints one JSON line: saves, saves per second, save latency (last keystroke of a word to the
// "Saved" status; includes the editor's 1.2 s autosave pause), errors, and the typed text per
// story so the caller can compare it with the database (rows lost).
const { chromium } = require('playwright-core');

const base = process.env.BASE || 'http://localhost:5200';
const users = Number(process.env.USERS || 8);
const seconds = Number(process.env.RUN_SECONDS || 120);
const words = ['latency', 'queue', 'owned', 'measured', 'rollback', 'customers', 'p99', 'shipped', 'café', '“quoted”', '42%', 'cut'];

async function user(browser, i, start, stats) {
  const context = await browser.newContext();
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  page.on('pageerror', e => stats.error('page error: ' + String(e).slice(0, 120)));
  const email = `load-${Date.now()}-${i}@example.com`;
  await page.goto(base + '/Account/Register');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
  await page.getByLabel('Confirm password').fill('Passw0rd!');
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
  await page.goto(base + '/stories/new');
  await page.waitForFunction(() => document.documentElement.dataset.circuit === 'up');
  await page.getByLabel('Title').fill(`Load story ${i}`);
  await page.locator('[data-save-status=saved]').waitFor();
  await page.waitForURL(/\/stories\/\d+$/);
  const storyId = Number(new URL(page.url()).pathname.split('/').pop());
  await page.evaluate(() => {
    window.__saved = 0;
    window.__bad = [];
    const el = document.querySelector('[data-save-status]');
    new MutationObserver(() => {
      const s = el.getAttribute('data-save-status');
      if (s === 'saved') window.__saved = Date.now();
      if (s === 'error' || s === 'conflict') window.__bad.push(s + ': ' + el.textContent.trim().slice(0, 120));
    }).observe(el, { attributes: true, attributeFilter: ['data-save-status'] });
  });
  const box = page.getByLabel('Reflection');
  await box.click();
  // Every user is signed in with a story open before the clock starts.
  const deadline = await start(i);
  let text = '';
  let n = 0;
  while (Date.now() < deadline) {
    const word = (text ? ' ' : '') + words[(i + n++) % words.length];
    await box.pressSequentially(word, { delay: 25 });
    text += word;
    const typedAt = Date.now();
    try {
      await page.waitForFunction(t => window.__saved > t && document.querySelector('[data-save-status]').getAttribute('data-save-status') === 'saved', typedAt, { timeout: 30_000, polling: 20 });
      stats.latencies.push((await page.evaluate(() => window.__saved)) - typedAt);
      stats.saves++;
    } catch {
      stats.error('no "Saved" within 30 s');
    }
  }
  for (const bad of await page.evaluate(() => window.__bad)) stats.error(bad);
  stats.stories.push({ id: storyId, text });
  await context.close();
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'] });
  const stats = { saves: 0, errors: 0, errorKinds: {}, latencies: [], stories: [] };
  stats.error = kind => { stats.errors++; stats.errorKinds[kind] = (stats.errorKinds[kind] || 0) + 1; };
  let waiting = users;
  let go;
  const started = new Promise(resolve => { go = resolve; });
  const start = async () => {
    if (--waiting === 0) go(Date.now() + seconds * 1000);
    return started;
  };
  const runs = [];
  for (let i = 0; i < users; i++) {
    runs.push((async () => {
      await new Promise(r => setTimeout(r, i * 500));
      try {
        await user(browser, i, start, stats);
      } catch (e) {
        if (waiting > 0) start(i); // a user that failed to set up must not hold the others
        throw e;
      }
    })());
  }
  const t0 = await started - seconds * 1000;
  const results = await Promise.allSettled(runs);
  const elapsed = (Date.now() - t0) / 1000;
  stats.errors += results.filter(r => r.status === 'rejected').length;
  const l = stats.latencies.sort((a, b) => a - b);
  const q = p => l.length ? l[Math.min(l.length - 1, Math.floor(l.length * p))] : null;
  console.log(JSON.stringify({
    base, users, seconds: Math.round(elapsed), saves: stats.saves, savesPerSecond: +(stats.saves / elapsed).toFixed(2),
    latencyMs: { p50: q(0.5), p95: q(0.95), max: l[l.length - 1] ?? null }, errors: stats.errors, errorKinds: stats.errorKinds,
    failed: results.filter(r => r.status === 'rejected').map(r => String(r.reason).slice(0, 200)),
    stories: stats.stories,
  }));
  await browser.close();
})();
