// The explore map with 50,000 events, in headless Chromium against a running stack: how long from
// the points' arrival to their drawing, and the frame times while panning them. The map query's
// answer is replaced by 50,000 synthetic points spread over the land (the rest of the page is real).
// Headless Chromium draws the canvas in software here; the figures are that, not a GPU's.
//
//   GATEWAY=http://localhost:8080 POINTS=50000 ROUNDS=3 node e2e/map-benchmark.mjs
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const gateway = process.env.GATEWAY ?? 'http://localhost:8080';
const count = Number(process.env.POINTS ?? 50000);
const rounds = Number(process.env.ROUNDS ?? 3);

function points(n) {
  const list = [];
  let seed = 42;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < n; i++) {
    list.push({ __typename: 'EventPoint', id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
      latitude: -40 + random() * 100, longitude: -120 + random() * 260, killed: Math.floor(random() * 20) });
  }
  return list;
}

const executablePath = process.env.CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const body = JSON.stringify({ data: { eventPoints: { __typename: 'EventPoints', complete: true, points: points(count) } } });
console.log(`# ${count} points, ${(body.length / 1e6).toFixed(1)} MB of JSON`);

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
for (let round = 1; round <= rounds; round++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let arrived = 0;
  await page.route('**/graphql', async (route) => {
    if (route.request().postDataJSON()?.operationName === 'MapPoints') {
      arrived = Date.now();
      await route.fulfill({ status: 200, contentType: 'application/json', body });
    } else {
      await route.continue();
    }
  });
  await page.goto(`${gateway}/console/`);
  await page.locator('#username').fill('viewer');
  await page.locator('#password').fill('viewer');
  await page.locator('#kc-login').click();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=event-map]')?.getAttribute('data-marks')) === n, count, { timeout: 60000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const drawn = Date.now() - arrived;

  // Pan: drag across the map while the page records every frame's time.
  const box = await page.locator('[data-testid=event-map]').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.evaluate(() => {
    window.__frames = [];
    window.__panning = true;
    let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__panning) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(box.x + box.width / 2 + i * 8, box.y + box.height / 2 + i * 3);
  }
  await page.mouse.up();
  const frames = (await page.evaluate(() => { window.__panning = false; return window.__frames; })).slice(1);
  console.log(`round ${round}: drawn ${drawn} ms after the points arrived; panning frames median ${quantile(frames, 0.5).toFixed(0)} ms, p95 ${quantile(frames, 0.95).toFixed(0)} ms (${frames.length} frames)`);
  await context.close();
}
await browser.close();
