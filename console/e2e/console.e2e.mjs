// The console in a real headless Chromium against a running stack (deploy/local/up): sign-in as
// each demo user, the seed clash on the map and in the list, its claims side by side with the
// initiator contested, a curator adding a claim, no edit controls for a viewer, filters surviving a
// reload. Screenshots go to $SCREENSHOTS. Exits non-zero on the first failed expectation.
//
//   GATEWAY=http://localhost:8080 SCREENSHOTS=target/console node e2e/console.e2e.mjs
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const gateway = process.env.GATEWAY ?? 'http://localhost:8080';
const screenshots = process.env.SCREENSHOTS ?? 'target/console-screenshots';
const CLASH = '0e000000-0000-7000-8000-000000000001';
// Curators add their claim to another seed event: the import test counts the clash's claims.
const CSTO_STATEMENT = '0e000000-0000-7000-8000-000000000002';
const CLASH_TITLE = 'Armed clash between Armenian and Azerbaijani forces in the Tovuz direction of the border';
mkdirSync(screenshots, { recursive: true });

async function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(path)) return path;
  }
  throw new Error("No Chromium: install Debian's package (apt-get install chromium), or give its path in CHROMIUM");
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(`Expected: ${message}`);
  }
  console.log(`ok - ${message}`);
}

const browser = await chromium.launch({
  executablePath: await chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

async function signIn(user, width = 1280, height = 900, hash = '') {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`page error (${user}): ${e.message}`));
  await page.goto(`${gateway}/console/${hash}`);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(user);
  const submitted = Date.now();
  await page.locator('#kc-login').click();
  await page.locator('header .user').filter({ hasText: user }).waitFor({ timeout: 15000 });
  return { context, page, submitted };
}

let failed = false;
try {
  // A viewer: the seed clash on the map and in the list, its page, no edit controls.
  {
    // A shared link with filters, opened before sign-in: the days of the seed article.
    const { context, page, submitted } = await signIn('viewer', 1280, 900, '#/?from=2020-07-12&to=2020-07-14');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=event-map]')?.getAttribute('data-marks') ?? 0) > 0, null, { timeout: 15000 });
    console.log(`# first map drawn ${Date.now() - submitted} ms after sign-in was submitted`);
    expect(await page.locator('input[name=from]').inputValue() === '2020-07-12', 'a shared link keeps its filters across the sign-in');
    await page.getByRole('link', { name: CLASH_TITLE }).waitFor();
    expect(await page.getByRole('link', { name: CLASH_TITLE }).count() === 1, 'the seed clash is in the list');
    await page.screenshot({ path: `${screenshots}/explore.png`, fullPage: true });

    await page.getByRole('link', { name: CLASH_TITLE }).click();
    await page.locator('[data-testid=claim]').first().waitFor();
    expect(await page.locator('[data-testid=claim]').count() >= 2, 'the clash page shows both claims side by side');
    const initiators = page.locator('[data-testid=claim] dd').filter({ has: page.locator('[data-verdict=contested]') });
    expect(await initiators.count() >= 2, 'each claim marks its contested initiator');
    expect(await page.getByRole('heading', { name: 'Add a claim' }).count() === 0, 'a viewer sees no edit controls');
    await page.screenshot({ path: `${screenshots}/event.png`, fullPage: true });

    // Filters live in the URL and survive a reload.
    await page.goto(`${gateway}/console/#/`);
    await page.locator('input[name=country]').fill('AZE');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForFunction(() => window.location.hash.includes('country=AZE'));
    await page.reload();
    await page.locator('input[name=country]').waitFor();
    expect(await page.locator('input[name=country]').inputValue() === 'AZE', 'the filter survives a reload');
    await page.getByRole('link', { name: CLASH_TITLE }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const csv = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
    expect(download.suggestedFilename() === 'events.csv' && csv.includes('Tovuz'), 'the filtered events download as CSV');
    await context.close();
  }

  // A curator adds a claim and sees it.
  {
    const { context, page } = await signIn('curator', 1280, 900, `#/events/${CSTO_STATEMENT}`);
    await page.locator('[data-testid=claim]').first().waitFor();
    const before = await page.locator('[data-testid=claim]').count();
    const summary = `Console claim ${Date.now()}`;
    await page.getByLabel('What the claim says').fill(summary);
    await page.getByRole('button', { name: 'Add claim' }).click();
    await page.locator('[data-testid=claim]').filter({ hasText: summary }).waitFor({ timeout: 10000 });
    expect(await page.locator('[data-testid=claim]').count() === before + 1, 'a curator adds a claim and sees it');
    await context.close();
  }

  // An admin signs in too, and at a phone's width.
  {
    const { context, page } = await signIn('admin', 390, 844, '#/?country=AZE&from=2020-07-12&to=2020-07-14');
    await page.getByRole('link', { name: CLASH_TITLE }).waitFor();
    expect(true, 'an admin signs in');
    await page.screenshot({ path: `${screenshots}/explore-390.png`, fullPage: true });
    await context.close();
  }
} catch (error) {
  failed = true;
  console.error(`not ok - ${error.message}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
