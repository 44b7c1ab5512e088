// The report of one benchmark run: the medians of its rounds with their spread, the ratios the
// platform's goals are stated in, the machine and the versions, and each figure beside the last
// committed report's, so that a regression stands out.
//
//   node report.mjs RESULTS_DIR [--commit]   (--commit: this run becomes benchmarks/REPORT.md and last-report.json)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { round } from './lib.mjs';

const [dir, flag] = process.argv.slice(2);
const committedJson = new URL('../last-report.json', import.meta.url);
const runs = readdirSync(dir).filter((f) => /^(java|hive|direct|events-page|actor-lookup)-c\d+-r\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null; };
const of = (target, c) => runs.filter((r) => r.target === target && r.connections === c);
/** A figure over the rounds: median and range. */
function figure(target, c, pick) {
  const values = of(target, c).map(pick).filter((v) => v != null);
  return values.length ? { median: round(median(values), 2), min: round(Math.min(...values), 2), max: round(Math.max(...values), 2) } : null;
}

const figures = {};
for (const t of ['java', 'hive', 'direct']) {
  figures[t] = {
    rpsC10: figure(t, 10, (r) => r.rps), p50C1: figure(t, 1, (r) => r.latencyMs.p50), p95C10: figure(t, 10, (r) => r.latencyMs.p95),
    gatewayCpu: figure(t, 10, (r) => r.cpuMsPerRequest.gateway), eventsCpu: figure(t, 10, (r) => r.cpuMsPerRequest.events),
    actorsCpu: figure(t, 10, (r) => r.cpuMsPerRequest.actors), machineCpu: figure(t, 10, (r) => r.machineMsPerRequest),
    gatewayRssMb: figure(t, 10, (r) => r.rssMb.gateway),
    wrong: of(t, 10).concat(of(t, 1)).reduce((n, r) => n + r.mismatches + r.errors, 0),
  };
}
figures.eventsPage = figure('events-page', 1, (r) => r.cpuMsPerRequest.events);
figures.actorLookup = figure('actor-lookup', 1, (r) => r.cpuMsPerRequest.actors);
const ratio = (a, b) => (a?.median && b?.median ? round(a.median / b.median, 2) : null);
const text = (file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '');
const numbers = (file, pattern) => [...text(file).matchAll(pattern)].map((m) => Number(m[1]));
const worst = (xs) => (xs.length ? Math.max(...xs) : null);
const queries = Object.values(JSON.parse(text('queries.json') || '{}'));
const startup = {
  slowestServiceMs: worst(numbers('startup.txt', /(?:service|gateway) ready on \S+ in (\d+) ms/g)),
  largestIdleRssMb: worst(numbers('startup.txt', /RSS idle (\d+) MB/g)),
  stackS: worst(numbers('startup.txt', /Conflict Monitor is ready in (\d+) s/g)),
};
const goals = [
  ['gateway throughput ÷ Hive Gateway\'s (c10)', ratio(figures.java.rpsC10, figures.hive.rpsC10), '≥ 3', (v) => v >= 3],
  ['gateway p50 ÷ the direct calls\' (c1)', ratio(figures.java.p50C1, figures.direct.p50C1), '≤ 1.15', (v) => v <= 1.15],
  ['gateway CPU ms per 100-event query', figures.java.gatewayCpu?.median, '≤ 5', (v) => v <= 5],
  ['events-service CPU ms per page of 100', figures.eventsPage?.median, '≤ 2', (v) => v <= 2],
  ['actors-service CPU ms per lookup of 200 ids', figures.actorLookup?.median, '≤ 1', (v) => v <= 1],
  ['slowest event filter p95 ms at 1 M events', worst(queries.filter((q) => !q.statistics).map((q) => q.p95)), '≤ 10', (v) => v <= 10],
  ['slowest statistics p95 ms at 1 M events', worst(queries.filter((q) => q.statistics).map((q) => q.p95)), '≤ 50', (v) => v <= 50],
  ['bulk ingest articles/s', worst(numbers('ingest.txt', /(\d+) articles\/s/g)), '≥ 3000', (v) => v >= 3000],
  ['slowest service ready ms (warm stack)', startup.slowestServiceMs, '≤ 1500', (v) => v <= 1500],
  ['largest idle service RSS MB', startup.largestIdleRssMb, '≤ 200', (v) => v <= 200],
  ['warm stack ready s', startup.stackS, '≤ 20', (v) => v <= 20],
];

const extra = Object.fromEntries(['first-start.txt', 'startup.txt', 'ingest.txt', 'queries.txt']
  .map((f) => [f, text(f).trim()]).filter(([, t]) => t));
const committed = existsSync(committedJson) ? JSON.parse(readFileSync(committedJson, 'utf8')) : null;

const javaVersion = execFileSync('bash', ['-c', 'java -version 2>&1 | head -1']).toString().trim();
const hiveVersion = JSON.parse(readFileSync(new URL('../target/hive/node_modules/@graphql-hive/gateway/package.json', import.meta.url), 'utf8')).version;
const servicesJdk = text('stack.log').match(/\(JDK (\d+)(, [^)]*)?\)/)?.[1];
const machine = `${cpus().length} cores (${cpus()[0].model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, `
  + `services on JDK ${servicesJdk ?? '?'} (the launcher on ${javaVersion}), Hive Gateway ${hiveVersion}`;

const cell = (f) => (f ? (f.min === f.max ? `${f.median}` : `${f.median} (${f.min}–${f.max})`) : '–');
const was = (now, before) => {
  if (now == null || before == null) return '';
  const change = (now - before) / before;
  return ` (was ${before}${Math.abs(change) >= 0.1 ? `, ${change > 0 ? '+' : ''}${Math.round(change * 100)} %` : ''})`;
};
const lines = [
  `# Benchmark report`, '', `${new Date().toISOString().slice(0, 10)} · ${machine}`, '',
  `Rounds: ${Math.max(0, ...runs.map((r) => r.round))}; each figure is the median of the rounds, their range in brackets.`,
  'CPU ms per request = what the process used in the measured window ÷ the requests completed.', '',
  '| | req/s c10 | p50 ms c1 | p95 ms c10 | gateway CPU | events-service CPU | actors-service CPU | machine CPU | gateway RSS MB | wrong answers or errors |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...['java', 'hive', 'direct'].map((t) => `| ${{ java: 'this gateway', hive: 'Hive Gateway', direct: 'the direct calls' }[t]} | ${cell(figures[t].rpsC10)} | ${cell(figures[t].p50C1)} | ${cell(figures[t].p95C10)} | ${cell(figures[t].gatewayCpu)} | ${cell(figures[t].eventsCpu)} | ${cell(figures[t].actorsCpu)} | ${cell(figures[t].machineCpu)} | ${cell(figures[t].gatewayRssMb)} | ${figures[t].wrong} |`),
  '', '## Against the goals', '', '| figure | now | goal | met |', '|---|---|---|---|',
  ...goals.map(([name, value, goal, met]) => `| ${name} | ${value ?? '–'}${was(value, committed?.goals?.[name])} | ${goal} | ${value == null ? '–' : met(value) ? 'yes' : 'no'} |`),
  ...Object.entries(extra).flatMap(([file, text]) => ['', `## ${{ 'first-start.txt': 'First start (new databases and realm; after a build, recording the AOT caches)', 'startup.txt': 'Start-up (the second start, as users\' later starts)', 'ingest.txt': 'Bulk article ingest', 'queries.txt': 'Event queries at 1 M events' }[file]}`, '', '```', text, '```']),
];
const report = lines.join('\n') + '\n';
writeFileSync(join(dir, 'report.md'), report);
console.log(report);
if (flag === '--commit') {
  writeFileSync(new URL('../REPORT.md', import.meta.url), report);
  writeFileSync(committedJson, JSON.stringify({ date: new Date().toISOString(), goals: Object.fromEntries(goals.map(([n, v]) => [n, v])), figures }, null, 2) + '\n');
}
