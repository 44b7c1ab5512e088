// The console in a real headless Chromium against a running stack (deploy/local/up): sign-in as
// each demo user, the seed clash on the map and in the list, its claims side by side with the
// initiator contested, a curator adding a claim, no edit controls for a viewer, filters surviving a
// reload. Screenshots go to $SCREENSHOTS. Exits non-zero on the first failed expectation.
//
//   GATEWAY=http://localhost:8080 SCREENSHOTS=target/console node e2e/console.e2e.mjs [service-down]
//
// With `service-down`, it checks the console with events-service stopped instead (the caller stops it).
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const gateway = process.env.GATEWAY ?? 'http://localhost:8080';
const scenario = process.argv[2] ?? 'everyone';
const screenshots = process.env.SCREENSHOTS ?? 'target/console-screenshots';
const CLASH = '0e000000-0000-7000-8000-000000000001';
// Curators add their claim to another seed event: the import test counts the clash's claims.
const CSTO_STATEMENT = '0e000000-0000-7000-8000-000000000002';
const AZ_FORCES = '0a000000-0000-7000-8000-000000000024';
const CLASH_TITLE = 'Armed clash between Armenian and Azerbaijani forces in the Tovuz direction of the border';
mkdirSync(screenshots, { recursive: true });

async function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(path)) return path;
  }
  throw new Error("No Chromium: install Debian's package (apt-get install chromium), or give its path in CHROMIUM");
}

/** A GraphQL call as a demo user, for what a test needs in place before the browser uses it. */
async function graphql(user, query, variables) {
  const token = await fetch(`${process.env.KEYCLOAK ?? 'http://localhost:8180'}/realms/conflict-monitor/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: 'conflict-monitor-cli', grant_type: 'password', username: user, password: user }),
  }).then((r) => r.json());
  const answer = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token.access_token}` },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json());
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

/**
 * What a keyboard and screen-reader user needs of a view: every control has a name that is read out,
 * and nothing is wider than the window (no sideways scrolling at a phone's 390 px).
 */
async function checkUsable(page, view) {
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button')]
    .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')
      || (el.tagName === 'BUTTON' && el.textContent.trim())))
    .map((el) => el.outerHTML.slice(0, 120)));
  expect(unnamed.length === 0, `${view}: every control has a name a screen reader reads${unnamed.length ? ` (unnamed: ${unnamed.join(' | ')})` : ''}`);
  const { over, width } = await page.evaluate(() => ({ over: document.documentElement.scrollWidth - window.innerWidth, width: window.innerWidth }));
  expect(over <= 0, `${view}: nothing wider than the ${width} px window${over > 0 ? ` (${over} px over)` : ''}`);
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
  await page.waitForURL((url) => url.pathname.startsWith('/console/'), { timeout: 15000 });
  const returned = Date.now();
  await page.locator('header .user').filter({ hasText: user }).waitFor({ timeout: 15000 });
  return { context, page, submitted, returned };
}

let failed = false;
try {
  if (scenario === 'service-down') {
    // With events-service down (the caller stops it first): an actor's page still shows the actor,
    // and says where its events would be that they are unavailable, naming the service.
    const { context, page } = await signIn('viewer', 1280, 900, `#/actors/${AZ_FORCES}`);
    await page.getByRole('heading', { level: 1, name: 'Armed Forces of Azerbaijan' }).waitFor();
    const notice = page.getByRole('alert').filter({ hasText: 'events-service' });
    await notice.waitFor();
    expect(await page.getByRole('heading', { name: 'Also known as' }).count() === 1,
      `a service that is down is named where its data would be ("${await notice.textContent()}"), and the rest of the page works`);
    await page.screenshot({ path: `${screenshots}/service-down.png`, fullPage: true });
    await context.close();
  } else {
    // A viewer: the seed clash on the map and in the list, its page, no edit controls.
    {
      // A shared link with filters, opened before sign-in: the days of the seed article.
      const { context, page, submitted, returned } = await signIn('viewer', 1280, 900, '#/?from=2020-07-12&to=2020-07-14');
      await page.waitForFunction(() => Number(document.querySelector('[data-testid=event-map]')?.getAttribute('data-marks') ?? 0) > 0, null, { timeout: 15000 });
      const drawn = Date.now();
      console.log(`# first map drawn ${drawn - submitted} ms after sign-in was submitted: Keycloak's login ${returned - submitted} ms, then the console ${drawn - returned} ms`);
      expect(await page.locator('input[name=from]').inputValue() === '2020-07-12', 'a shared link keeps its filters across the sign-in');
      await page.getByRole('link', { name: CLASH_TITLE }).waitFor();
      expect(await page.getByRole('link', { name: CLASH_TITLE }).count() === 1, 'the seed clash is in the list');
      await page.screenshot({ path: `${screenshots}/explore.png`, fullPage: true });
      await checkUsable(page, 'explore');

      // By keyboard alone: Tab to the clash in the list, Enter opens its page.
      let tabs = 0;
      while (tabs++ < 80 && await page.evaluate(() => document.activeElement?.textContent) !== CLASH_TITLE) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await page.locator('[data-testid=claim]').first().waitFor();
      expect(decodeURIComponent(page.url()).endsWith(`#/events/${CLASH}`), `the clash's page opens by keyboard (${tabs - 1} tabs from the top)`);
      expect(await page.locator('[data-testid=claim]').count() >= 2, 'the clash page shows both claims side by side');
      const initiators = page.locator('[data-testid=claim] dd').filter({ has: page.locator('[data-verdict=contested]') });
      expect(await initiators.count() >= 2, 'each claim marks its contested initiator');
      expect(await page.getByRole('heading', { name: 'Add a claim' }).count() === 0
          && await page.getByRole('button', { name: 'Edit claim' }).count() === 0
          && await page.getByRole('link', { name: /^(Edit event|New event)$/ }).count() === 0, 'a viewer sees no edit controls');
      await checkUsable(page, 'event page');
      await page.screenshot({ path: `${screenshots}/event.png`, fullPage: true });

      // An actor's page and the conflict's, from the event's links.
      await page.getByRole('link', { name: 'Armed Forces of Azerbaijan', exact: true }).first().click();
      await page.getByRole('heading', { name: 'Also known as' }).waitFor();
      expect(await page.getByRole('link', { name: CLASH_TITLE }).count() === 1, "an actor's page lists its events");
      await page.goBack();
      await page.getByRole('link', { name: 'Nagorno-Karabakh conflict' }).click();
      await page.getByRole('heading', { name: 'Parties' }).waitFor();
      expect(await page.getByRole('link', { name: 'Azerbaijan', exact: true }).count() === 1
          && await page.getByRole('link', { name: 'Armenia', exact: true }).count() === 1, "the conflict's page names its parties");
      await checkUsable(page, 'conflict page');

      // Article search with highlighted snippets.
      await page.goto(`${gateway}/console/#/search?q=CSTO`);
      await page.locator('[data-testid=hit] mark').first().waitFor();
      expect((await page.locator('[data-testid=hit] mark').first().textContent())?.toLowerCase() === 'csto', 'search results highlight the words searched for');
      await page.screenshot({ path: `${screenshots}/search.png`, fullPage: true });
      await checkUsable(page, 'search');

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

    // A curator adds a claim and sees it, and ingests an article.
    {
      const { context, page } = await signIn('curator', 1280, 900, `#/events/${CSTO_STATEMENT}`);
      await page.locator('[data-testid=claim]').first().waitFor();
      const before = await page.locator('[data-testid=claim]').count();
      const summary = `Console claim ${Date.now()}`;
      await page.getByLabel('What the claim says').fill(summary);
      await page.getByRole('button', { name: 'Add claim' }).click();
      await page.locator('[data-testid=claim]').filter({ hasText: summary }).waitFor({ timeout: 10000 });
      expect(await page.locator('[data-testid=claim]').count() === before + 1, 'a curator adds a claim and sees it');

      // ... and edits it: what it says, and a figure it states.
      await page.locator('[data-testid=claim]').filter({ hasText: summary }).getByRole('button', { name: /^Edit the claim/ }).click();
      const claimForm = page.getByRole('form', { name: /^Edit the claim/ });
      await claimForm.getByLabel('What the claim says').fill(`${summary} (edited)`);
      await claimForm.getByRole('button', { name: 'Add a figure' }).click();
      await claimForm.getByLabel('Killed', { exact: true }).fill('2');
      await claimForm.getByRole('button', { name: 'Save claim' }).click();
      const edited = page.locator('[data-testid=claim]').filter({ hasText: `${summary} (edited)` });
      await edited.waitFor();
      expect((await edited.textContent()).includes('2 killed'), 'a curator edits a claim, its figures too');

      // A new event from the form: the API's validation error at its field, then created.
      const title = `Console event ${Date.now()}`;
      await page.getByRole('link', { name: 'New event' }).click();
      const create = page.getByRole('form', { name: 'New event' });
      await create.getByLabel('Title').fill(title);
      await create.getByLabel('First day').fill('2020-07-17');
      await create.getByLabel('Country (ISO 3166 alpha-3)').fill('AZE');
      await create.getByLabel('Sub-event type').selectOption('ARMED_CLASH');
      await create.getByLabel('Latitude').fill('140.9');
      await create.getByLabel('Longitude').fill('45.6');
      await create.getByLabel('Add to side A: name').fill('Armed Forces of Azerbaijan');
      await create.getByLabel('Add to side A: name').press('Enter');
      await create.getByRole('button', { name: 'Armed Forces of Azerbaijan', exact: true }).click();
      await create.getByRole('button', { name: 'Add a figure' }).click();
      await create.getByLabel('Killed', { exact: true }).fill('2');
      await checkUsable(page, 'new event form');
      await create.getByRole('button', { name: 'Create event' }).click();
      await page.locator('input[name=latitude][aria-invalid=true]').waitFor();
      const latitudeError = await page.locator(`#${await create.getByLabel('Latitude').getAttribute('aria-describedby')}`).textContent();
      expect(latitudeError.includes('90'), `the API's validation error shows at its field ("${latitudeError}")`);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name')) === 'latitude', 'focus moves to the field in error');
      await create.getByLabel('Latitude').fill('40.9');
      await create.getByRole('button', { name: 'Create event' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect((await page.locator('.sides').textContent()).includes('Armed Forces of Azerbaijan'), 'a curator creates an event with its actors');
      const figures = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Whose losses' }) });
      expect(await figures.getByRole('cell', { name: '2', exact: true }).count() === 1, 'and its figures (2 killed)');
      const eventId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);

      // Editing it while someone else publishes it: the stale save explained, the newer version loaded.
      await page.getByRole('link', { name: 'Edit event' }).click();
      const edit = page.getByRole('form', { name: `Edit: ${title}` });
      await edit.getByLabel('Title').fill(`${title} (edited)`);
      await graphql('curator', 'mutation($id: ID!) { changeEventStatus(id: $id, input: {status: PUBLISHED, version: 0}) { version } }', { id: eventId });
      await edit.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('alert').filter({ hasText: 'after you opened it' }).waitFor();
      expect(await page.getByRole('row').filter({ hasText: 'Status' }).filter({ hasText: 'published' }).count() === 1,
        'a stale edit is explained: what changed meanwhile and its stored value');
      await page.screenshot({ path: `${screenshots}/stale-edit.png`, fullPage: true });
      await page.getByRole('button', { name: /^Load the newer version/ }).click();
      expect(await edit.getByLabel('Status').inputValue() === 'PUBLISHED', 'the newer version is offered and loads into the form');
      await edit.getByLabel('Title').fill(`${title} (edited)`);
      await edit.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('heading', { level: 1, name: `${title} (edited)` }).waitFor();
      expect((await page.locator('.event > p.muted').first().textContent()).includes('published'), 'a curator saves an edit as of the newer version');

      await page.getByRole('link', { name: 'Ingest an article' }).click();
      await page.getByLabel('URL').fill(`https://tass.com/world/console-e2e-${Date.now()}`);
      await page.getByLabel('Headline').fill('Console test article');
      await page.getByLabel('Full text').fill('A report that the console ingested.');
      await page.getByRole('button', { name: 'Ingest' }).click();
      // The service wants a publication date for an article with a URL: its message shows on the form.
      await page.getByRole('alert').filter({ hasText: 'publishedAt' }).waitFor();
      expect(await page.getByLabel('Full text').inputValue() === 'A report that the console ingested.',
        "the API's validation error shows on the form, and what was typed stays");
      await page.getByLabel('Published on').fill('2020-07-15');
      await page.getByRole('button', { name: 'Ingest' }).click();
      await page.getByRole('status').filter({ hasText: 'Stored' }).waitFor();
      expect((await page.getByRole('status').textContent())?.includes('TASS'), "a curator ingests an article, its source found from the URL's domain");
      expect(await page.getByRole('link', { name: 'Users' }).count() === 0, 'a curator is offered no admin pages');

      // The review queue: a draft published as of the version reviewed; a stale one explained first.
      const run = Date.now();
      const draft = { title: `Console draft ${run}`, dateFrom: '2020-07-16', location: { country: 'AZE' }, subEventType: 'ARMED_CLASH',
        status: 'DRAFT', actors: [{ actorId: AZ_FORCES, side: 'A' }] };
      const { createEvent } = await graphql('curator', 'mutation($input: EventInput!) { createEvent(input: $input) { id } }', { input: draft });
      await page.getByRole('link', { name: 'Review drafts' }).click();
      await page.getByRole('button', { name: `Publish ${draft.title}` }).waitFor();
      await graphql('curator', 'mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { version } }',
        { id: createEvent.id, input: { ...draft, title: `${draft.title} (revised)`, version: 0 } });
      await page.getByRole('button', { name: `Publish ${draft.title}` }).click();
      await page.getByRole('alert').filter({ hasText: 'changed since you read it' }).waitFor();
      expect(await page.getByRole('link', { name: `${draft.title} (revised)` }).count() === 1, 'a stale draft is explained and its newer data offered');
      await page.getByRole('button', { name: `Publish ${draft.title} (revised)` }).click();
      await page.getByRole('status').filter({ hasText: 'Published' }).waitFor();
      expect(await page.getByRole('button', { name: `Publish ${draft.title} (revised)` }).count() === 0, 'a curator publishes a draft from the review queue');
      await context.close();
    }

    // An admin: at a phone's width; grants and revokes a role; merges a duplicate actor.
    {
      const { context, page } = await signIn('admin', 390, 844, '#/?country=AZE&from=2020-07-12&to=2020-07-14');
      await page.getByRole('link', { name: CLASH_TITLE }).waitFor();
      await page.screenshot({ path: `${screenshots}/explore-390.png`, fullPage: true });
      await checkUsable(page, 'explore at 390 px');
      // Every other view at a phone's width, as an admin sees it (every control offered).
      for (const [view, hash, ready] of [
        ['event page', `#/events/${CLASH}`, '[data-testid=claim]'],
        ['actor page', `#/actors/${AZ_FORCES}`, 'h2'],
        ['search', '#/search?q=Tovuz', '[data-testid=hit]'],
        ['event form', `#/events/${CLASH}/edit`, 'form.edit-form'],
        ['review queue', '#/review', 'table'],
        ['ingest', '#/ingest', 'form'],
        ['users', '#/users', 'table tbody tr'],
        ['merge', '#/merge', 'fieldset'],
      ]) {
        await page.goto(`${gateway}/console/${hash}`);
        await page.locator(ready).first().waitFor();
        await checkUsable(page, `${view} at 390 px`);
      }
      await page.goto(`${gateway}/console/#/events/${CLASH}`);
      await page.locator('[data-testid=claim]').first().waitFor();
      await page.screenshot({ path: `${screenshots}/event-390.png`, fullPage: true });

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('link', { name: 'Users' }).click();
      const viewerRoles = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'viewer', exact: true }) }).getByRole('cell').nth(2);
      await page.getByRole('button', { name: 'Grant curator to viewer' }).click();
      await page.getByRole('button', { name: 'Revoke curator from viewer' }).waitFor();
      expect((await viewerRoles.textContent())?.includes('curator'), 'an admin grants a role');
      await page.getByRole('button', { name: 'Revoke curator from viewer' }).click();
      await page.getByRole('button', { name: 'Grant curator to viewer' }).waitFor();
      expect(!(await viewerRoles.textContent())?.includes('curator'), 'and revokes it');

      const run = Date.now();
      for (const name of [`Console survivor ${run}`, `Console duplicate ${run}`]) {
        await graphql('admin', 'mutation($name: String!) { createActor(input: {kind: OTHER, name: $name}) { id } }', { name });
      }
      await page.getByRole('link', { name: 'Merge actors' }).click();
      await page.getByLabel('The actor that stays: name').fill(`Console survivor ${run}`);
      await page.getByRole('search', { name: 'The actor that stays' }).getByRole('button', { name: 'Find' }).click();
      await page.getByRole('button', { name: `Console survivor ${run}` }).click();
      await page.getByLabel('The duplicate: name').fill(`Console duplicate ${run}`);
      await page.getByRole('search', { name: 'The duplicate' }).getByRole('button', { name: 'Find' }).click();
      await page.getByRole('button', { name: `Console duplicate ${run}` }).click();
      await page.getByRole('button', { name: /^Merge Console duplicate/ }).click();
      await page.getByRole('status').filter({ hasText: 'Merged' }).waitFor();
      const { actors } = await graphql('admin', 'query($q: String!) { actors(q: $q, first: 5) { nodes { name mergedIds } } }', { q: `Console survivor ${run}` });
      expect(actors.nodes.length === 1 && actors.nodes[0].mergedIds?.length === 1, 'an admin merges a duplicate actor: the survivor answers for it');
      await context.close();
    }
  }
} catch (error) {
  failed = true;
  console.error(`not ok - ${error.message}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
