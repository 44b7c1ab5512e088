// One measurement: a target under load for a while at a number of connections, with every answer
// checked and the CPU each process spent per request.
//
//   node measure.mjs --target java|hive|direct|events-page|actor-lookup --connections 10 --duration 20 --warmup 10 --out FILE
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  ACTORS, EVENTS, GATEWAY, HIVE, PORTS, call, machineBusyMs, peerRequire, percentile, pidOnPort, round, sleep, token, usage,
} from './lib.mjs';

const autocannon = peerRequire('autocannon');
const { values: args } = parseArgs({
  options: {
    target: { type: 'string' }, connections: { type: 'string', default: '10' }, duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '10' }, round: { type: 'string', default: '1' }, out: { type: 'string' },
  },
});
const connections = Number(args.connections);

const QUERY = {
  java: '{ events(first: 100) { nodes { id title actors { actor { id name } } } } }',
  hive: '{ events(limit: 100) { items { id title actors { actor { id name } } } } }',
};

const bearer = await token('viewer');

/** The page as REST gives it: what every gateway's answer must equal. */
async function reference() {
  const page = await call('GET', `${EVENTS}/events?limit=100`, bearer);
  const ids = [...new Set(page.items.flatMap((e) => e.actors.map((a) => a.actorId)))];
  const found = await call('POST', `${ACTORS}/actors/lookup`, bearer, { ids });
  const names = new Map(found.items.map((a) => [a.id, a.name]));
  return page.items.map((e) => ({ id: e.id, title: e.title, actors: e.actors.map((a) => ({ actor: { id: a.actorId, name: names.get(a.actorId) } })) }));
}

/** What one request of the target is, and how its first answer is checked. */
async function requestOf(target) {
  const json = { 'content-type': 'application/json', authorization: `Bearer ${bearer}` };
  if (target === 'java' || target === 'hive') {
    const url = `${target === 'java' ? GATEWAY : HIVE}/graphql`;
    const body = JSON.stringify({ query: QUERY[target] });
    const text = await (await fetch(url, { method: 'POST', headers: json, body })).text();
    const answer = JSON.parse(text);
    const list = target === 'java' ? answer.data?.events?.nodes : answer.data?.events?.items;
    if (answer.errors || JSON.stringify(list) !== JSON.stringify(await reference())) {
      throw new Error(`${target}: its answer differs from the REST reference: ${text.slice(0, 400)}`);
    }
    return { url, method: 'POST', headers: json, body, expectBody: text };
  }
  if (target === 'events-page') {
    return { url: `${EVENTS}/events?limit=100`, method: 'GET', headers: json };
  }
  if (target === 'actor-lookup') {
    const ids = (await call('GET', `${ACTORS}/actors?q=Bench%20actor&limit=500`, bearer)).items.map((a) => a.id).slice(0, 200);
    if (ids.length !== 200) throw new Error(`actor-lookup needs 200 bench actors (seed.mjs), found ${ids.length}`);
    return { url: `${ACTORS}/actors/lookup`, method: 'POST', headers: json, body: JSON.stringify({ ids }) };
  }
  return null; // direct: the two calls the gateways make, one after the other, by hand below
}

async function direct(seconds, latencies) {
  const until = Date.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < until) {
      const began = performance.now();
      try {
        const page = await call('GET', `${EVENTS}/events?limit=100`, bearer);
        await call('POST', `${ACTORS}/actors/lookup`, bearer, { ids: [...new Set(page.items.flatMap((e) => e.actors.map((a) => a.actorId)))] });
        latencies?.push(performance.now() - began);
      } catch {
        errors++;
      }
    }
  }));
  return { errors, mismatches: 0 };
}

function load(request, seconds, latencies) {
  return new Promise((resolve, reject) => {
    const run = autocannon({ ...request, connections, duration: seconds }, (error, result) => (error ? reject(error)
      : resolve({ errors: result.errors + result.timeouts + result.non2xx, mismatches: result.mismatches ?? 0 })));
    if (latencies) run.on('response', (_client, status, _bytes, ms) => status === 200 && latencies.push(ms));
  });
}

const request = await requestOf(args.target);
const drive = (seconds, latencies) => (request ? load(request, seconds, latencies) : direct(seconds, latencies));
const processes = Object.fromEntries(['gateway', 'hive', 'actors', 'events', 'keycloak']
  .filter((name) => name !== (args.target === 'hive' ? 'gateway' : 'hive'))
  .map((name) => [name === 'hive' ? 'gateway' : name, pidOnPort(PORTS[name])])
  .filter(([, pid]) => pid != null));
if (!['java', 'hive'].includes(args.target)) delete processes.gateway;

await drive(Number(args.warmup));
await sleep(1500); // what the warm-up left in flight finishes before the window opens
const before = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, usage(pid)]));
const machineBefore = machineBusyMs();
const latencies = [];
const began = performance.now();
const outcome = await drive(Number(args.duration), latencies);
const seconds = (performance.now() - began) / 1000;
const machine = machineBusyMs() - machineBefore;
const after = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, usage(pid)]));

latencies.sort((a, b) => a - b);
const n = latencies.length;
const result = {
  target: args.target, connections, round: Number(args.round), seconds: round(seconds, 2), requests: n, rps: round(n / seconds),
  latencyMs: { p50: round(percentile(latencies, 50), 2), p95: round(percentile(latencies, 95), 2), p99: round(percentile(latencies, 99), 2) },
  errors: outcome.errors, mismatches: outcome.mismatches,
  cpuMsPerRequest: Object.fromEntries(Object.keys(processes).map((name) => [name, round((after[name].cpuMs - before[name].cpuMs) / n, 2)])),
  machineMsPerRequest: round(machine / n, 2),
  rssMb: Object.fromEntries(Object.keys(processes).map((name) => [name, round(after[name].rssMb, 0)])),
};
console.log(`[${args.target} c${connections} r${args.round}] ${result.rps} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms,`
  + ` CPU ms/request ${JSON.stringify(result.cpuMsPerRequest)}, errors ${result.errors}, wrong answers ${result.mismatches}`);
if (args.out) writeFileSync(args.out, JSON.stringify(result, null, 2));
