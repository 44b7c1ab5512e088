// The soak: mixed reads and curator writes through the gateway at a steady rate for a while, with one
// service killed (kill -9) in the middle and started again exactly as the stack had started it. Every
// answer is checked; at the end every acknowledged write is read back from the service itself.
//
//   deploy/local/up                       # in another terminal, or CM_LOCAL_DIR=… deploy/local/up
//   node benchmarks/gateway/soak.mjs --minutes 10 --rate 10 --kill events-service --down 15 --out FILE
//
// It passes when no answer was wrong, every error came while the killed service was away and named
// it, no acknowledged write is missing or different, and each process's memory (RSS) stayed flat after
// its warm-up (at most 10 % above its value two minutes in, or two minutes after its restart).
import { closeSync, openSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { EVENTS, GATEWAY, PORTS, call, pidOnPort, round, sleep, token, usage } from './lib.mjs';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' }, rate: { type: 'string', default: '10' }, kill: { type: 'string', default: 'events-service' },
    down: { type: 'string', default: '15' }, out: { type: 'string' },
  },
});
const MINUTES = Number(args.minutes);
const RATE = Number(args.rate);
const KILLED = args.kill;
const KILLED_PORT = { 'actors-service': PORTS.actors, 'sources-service': PORTS.sources, 'events-service': PORTS.events }[KILLED];
const WARM_UP_MS = Math.min(120_000, (MINUTES * 60_000) / 5);
const FLAT = 1.10;
const SEED_ACTOR = { id: '0a000000-0000-7000-8000-000000000024', name: 'Armed Forces of Azerbaijan' };
const PROCESSES = { gateway: PORTS.gateway, 'actors-service': PORTS.actors, 'sources-service': PORTS.sources, 'events-service': PORTS.events,
  keycloak: PORTS.keycloak, postgres: 15432 };

const QUERIES = {
  page: 'query($first: Int) { events(first: $first) { nodes { id title actors { actor { id name } } } } sources(first: 5) { nodes { id name } } }',
  event: 'query($id: ID!) { event(id: $id) { id title version actors { actor { id name } } } }',
  create: 'mutation($input: EventInput!) { createEvent(input: $input) { id version } }',
  update: 'mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id version } }',
};

const tokens = { viewer: await token('viewer'), curator: await token('curator') };
setInterval(async () => { tokens.viewer = await token('viewer'); tokens.curator = await token('curator'); }, 60_000).unref();

/**
 * What was acknowledged: each soak event's title and version as last written, or the titles it may have if a write's
 * outcome is unknown; and the title of an update on its way, which a read may already see.
 */
const written = new Map();
const tally = { operations: 0, answers: 0, wrong: [], errorsWhileAway: 0, errorsOutside: [], unknownOutcomes: 0, byKind: {} };
const outage = { killedAt: null, readyAt: null };
const memory = [];
let created = 0;

async function graphql(query, variables, user) {
  const response = await fetch(`${GATEWAY}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[user]}` },
    body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: await response.json() };
}

/** An error is expected only from the killed service, from its kill until 15 s after it is ready again (the circuit's delay). */
function judgeErrors(kind, answer, at) {
  const errors = answer.body.errors ?? [];
  if (answer.status !== 200 && errors.length === 0) errors.push({ message: `HTTP ${answer.status}` });
  for (const error of errors) {
    const away = outage.killedAt != null && at >= outage.killedAt && (outage.readyAt == null || at <= outage.readyAt + 15_000);
    if (away && error.extensions?.service === KILLED) tally.errorsWhileAway++;
    else tally.errorsOutside.push({ kind, at: new Date(at).toISOString(), message: error.message, service: error.extensions?.service });
  }
  return errors.length > 0;
}

const wrong = (kind, why, data) => tally.wrong.push({ kind, why, data: JSON.stringify(data).slice(0, 300) });

async function readPage() {
  const at = Date.now();
  const answer = await graphql(QUERIES.page, { first: 20 }, 'viewer');
  const failed = judgeErrors('page', answer, at);
  const page = answer.body.data?.events;
  if (!failed && (!page || page.nodes.length === 0)) wrong('page', 'no events without an error', answer.body);
  for (const event of page?.nodes ?? []) {
    if (event.actors?.some((a) => a.actor == null || !a.actor.name) && !failed) wrong('page', 'an actor without its name, without an error', event);
  }
  if (!answer.body.data?.sources?.nodes?.length) wrong('page', 'sources missing (sources-service is up)', answer.body);
}

async function readBack() {
  const mine = [...written.entries()].filter(([, w]) => w.titles.length === 1);
  if (mine.length === 0) return;
  const [id, w] = mine[Math.floor(Math.random() * mine.length)];
  const at = Date.now();
  const answer = await graphql(QUERIES.event, { id }, 'curator');
  if (judgeErrors('event', answer, at)) return;
  const event = answer.body.data?.event;
  if (!event) wrong('event', `acknowledged event ${id} not found`, answer.body);
  else if ((event.title !== w.titles[0] && event.title !== w.sending) || event.version < w.version) wrong('event', `event ${id} is not as last acknowledged (${w.titles[0]}, v${w.version})`, event);
  else if (event.actors[0]?.actor?.name !== SEED_ACTOR.name) wrong('event', `event ${id} lost its actor`, event);
}

const input = (title, version) => ({
  title, dateFrom: '2020-07-12', location: { country: 'AZE' }, subEventType: 'ARMED_CLASH', status: 'DRAFT',
  actors: [{ actorId: SEED_ACTOR.id, side: 'A' }], ...(version == null ? {} : { version }),
});

async function create() {
  const title = `Soak event ${process.pid}-${++created}`;
  const at = Date.now();
  const answer = await graphql(QUERIES.create, { input: input(title) }, 'curator');
  if (judgeErrors('create', answer, at)) { tally.unknownOutcomes++; return; }
  const event = answer.body.data?.createEvent;
  if (!event?.id) return wrong('create', 'no id without an error', answer.body);
  written.set(event.id, { titles: [title], version: event.version });
}

async function update() {
  const mine = [...written.entries()].filter(([, w]) => w.titles.length === 1);
  if (mine.length === 0) return create();
  const [id, w] = mine[Math.floor(Math.random() * mine.length)];
  const title = `${w.titles[0].replace(/ \(edit \d+\)$/, '')} (edit ${w.version + 1})`;
  const at = Date.now();
  w.sending = title; // a read meanwhile may see it already
  const answer = await graphql(QUERIES.update, { id, input: input(title, w.version) }, 'curator');
  if (judgeErrors('update', answer, at)) {
    // Sent but not acknowledged: it may have been stored. Either title is right from now on; the event is left alone.
    tally.unknownOutcomes++;
    written.set(id, { titles: [w.titles[0], title], version: w.version });
    return;
  }
  const event = answer.body.data?.updateEvent;
  if (!event || event.version !== w.version + 1) return wrong('update', `event ${id} not at version ${w.version + 1}`, answer.body);
  written.set(id, { titles: [title], version: event.version });
}

const MIX = [[0.45, readPage], [0.3, readBack], [0.15, create], [0.1, update]];
function pick() {
  let r = Math.random();
  for (const [weight, operation] of MIX) if ((r -= weight) < 0) return operation;
  return readPage;
}

/** The process as the stack started it: command line, environment, directory and log, to start it again the same way. */
function recipe(pid) {
  const split = (file) => readFileSync(`/proc/${pid}/${file}`, 'utf8').split('\0').filter(Boolean);
  return {
    command: split('cmdline'), cwd: readlinkSync(`/proc/${pid}/cwd`), log: readlinkSync(`/proc/${pid}/fd/1`),
    env: Object.fromEntries(split('environ').map((v) => [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)])),
  };
}

async function killAndRestart() {
  const pid = pidOnPort(KILLED_PORT);
  const how = recipe(pid);
  process.kill(pid, 'SIGKILL');
  outage.killedAt = Date.now();
  console.log(`[soak] ${new Date().toISOString()} ${KILLED} (pid ${pid}) killed; starting it again in ${args.down} s`);
  await sleep(Number(args.down) * 1000);
  const log = openSync(how.log, 'a');
  restarted = spawn(how.command[0], how.command.slice(1), { cwd: how.cwd, env: how.env, stdio: ['ignore', log, log], detached: true });
  restarted.unref();
  closeSync(log);
  const management = `http://127.0.0.1:${KILLED_PORT + 1000}/q/health/ready`;
  while (!(await fetch(management).then((r) => r.ok, () => false))) await sleep(100);
  outage.readyAt = Date.now();
  console.log(`[soak] ${new Date().toISOString()} ${KILLED} ready again, ${round((outage.readyAt - outage.killedAt) / 1000)} s after the kill`);
}

function sampleMemory(at) {
  const sample = { secondsIn: Math.round(at / 1000) };
  for (const [name, port] of Object.entries(PROCESSES)) {
    const pid = pidOnPort(port);
    sample[name] = pid == null ? null : round(usage(pid).rssMb, 0);
  }
  memory.push(sample);
}

// Steady rate: one operation started every 1/RATE s, whatever the previous ones are doing.
const began = Date.now();
const end = began + MINUTES * 60_000;
const killAt = began + (MINUTES * 60_000) / 2;
let restart = null;
let restarted = null;
const inFlight = new Set();
let next = began;
let lastReport = began;
sampleMemory(0);
while (Date.now() < end) {
  if (restart == null && Date.now() >= killAt) restart = killAndRestart();
  const operation = pick();
  tally.operations++;
  tally.byKind[operation.name] = (tally.byKind[operation.name] ?? 0) + 1;
  const run = operation().then(() => { tally.answers++; }, (e) => {
    const at = Date.now();
    judgeErrors(operation.name, { status: 0, body: { errors: [{ message: String(e.message ?? e) }] } }, at);
  });
  inFlight.add(run);
  run.finally(() => inFlight.delete(run));
  if (Date.now() - lastReport >= 30_000) {
    lastReport = Date.now();
    sampleMemory(lastReport - began);
    const rss = memory.at(-1);
    console.log(`[soak] ${round((lastReport - began) / 60_000)} min: ${tally.operations} operations, ${written.size} events written, `
      + `${tally.wrong.length} wrong, ${tally.errorsWhileAway} errors while ${KILLED} was away, ${tally.errorsOutside.length} other errors; `
      + `RSS MB ${Object.entries(rss).filter(([k]) => k !== 'secondsIn').map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  next += 1000 / RATE;
  await sleep(Math.max(0, next - Date.now()));
}
await Promise.all([...inFlight]);
await restart;
sampleMemory(Date.now() - began);

// Every acknowledged write, read back from the service itself.
let missing = 0;
let different = 0;
const bearer = await token('curator');
for (const [id, w] of written) {
  try {
    const event = await call('GET', `${EVENTS}/events/${id}`, bearer);
    if (!w.titles.includes(event.title)) different++;
  } catch {
    missing++;
  }
}

/** RSS flat: the last sample at most FLAT × the sample after the warm-up (for the killed service: after its restart's warm-up). */
function flatness(name) {
  const from = name === KILLED ? outage.readyAt - began + WARM_UP_MS : WARM_UP_MS;
  const after = memory.filter((s) => s.secondsIn * 1000 >= from);
  if (after.length < 2 || after[0][name] == null) return { name, warm: null, last: null, flat: null };
  const warm = after[0][name];
  const last = memory.at(-1)[name];
  return { name, warm, last, max: Math.max(...after.map((s) => s[name] ?? 0)), flat: last <= warm * FLAT };
}
const rss = Object.keys(PROCESSES).map(flatness);
const result = {
  minutes: MINUTES, rate: RATE, killed: KILLED, operations: tally.operations, byKind: tally.byKind, writtenEvents: written.size,
  outage: { killedAtSecond: round((outage.killedAt - began) / 1000), readyAfterSeconds: round((outage.readyAt - outage.killedAt) / 1000) },
  wrongAnswers: tally.wrong.length, errorsWhileAway: tally.errorsWhileAway, errorsOutside: tally.errorsOutside.length,
  unknownOutcomes: tally.unknownOutcomes, lostWrites: missing, differentWrites: different, rss,
  examples: { wrong: tally.wrong.slice(0, 5), errorsOutside: tally.errorsOutside.slice(0, 5) }, memory,
};
const passed = result.wrongAnswers === 0 && result.errorsOutside === 0 && missing === 0 && different === 0 && rss.every((r) => r.flat !== false);
console.log(`[soak] ${passed ? 'PASSED' : 'FAILED'}: ${tally.operations} operations in ${MINUTES} min at ${RATE}/s; ${written.size} events written, `
  + `${missing} lost, ${different} different; ${tally.wrong.length} wrong answers; ${tally.errorsWhileAway} errors while ${KILLED} was away `
  + `(${result.outage.readyAfterSeconds} s), ${tally.errorsOutside.length} other errors; ${tally.unknownOutcomes} writes of unknown outcome; `
  + `RSS ${rss.map((r) => `${r.name} ${r.warm}→${r.last} MB`).join(', ')}`);
if (args.out) writeFileSync(args.out, JSON.stringify(result, null, 2));
if (restarted) {
  console.log(`[soak] ${KILLED} now runs as pid ${restarted.pid}, started by the soak: deploy/local/down does not stop it (kill ${restarted.pid})`);
}
process.exit(passed ? 0 : 1);
