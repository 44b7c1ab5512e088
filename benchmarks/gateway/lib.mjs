// What every benchmark script shares: the stack's addresses, tokens, and the processes' CPU and
// memory read from /proc.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const GATEWAY = 'http://127.0.0.1:8080';
export const ACTORS = 'http://127.0.0.1:8081';
export const SOURCES = 'http://127.0.0.1:8082';
export const EVENTS = 'http://127.0.0.1:8083';
export const KEYCLOAK = 'http://127.0.0.1:8180';
export const HIVE = 'http://127.0.0.1:19080';
export const PORTS = { gateway: 8080, actors: 8081, sources: 8082, events: 8083, keycloak: 8180, hive: 19080 };

/** The npm packages installed for the benchmark (Hive Gateway, autocannon), outside the build. */
export const peerRequire = createRequire(new URL('../target/hive/package.json', import.meta.url));

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

export async function token(user = 'viewer') {
  const answer = await fetch(`${KEYCLOAK}/realms/conflict-monitor/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: 'conflict-monitor-cli', grant_type: 'password', username: user, password: user }),
  });
  if (!answer.ok) throw new Error(`Keycloak refused a token for ${user}: HTTP ${answer.status}`);
  return (await answer.json()).access_token;
}

export async function call(method, url, bearer, body) {
  const answer = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${bearer}`, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await answer.text();
  if (!answer.ok) throw new Error(`${method} ${url}: HTTP ${answer.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/** The process listening on a port, or null. */
export function pidOnPort(port) {
  try {
    const line = execFileSync('ss', ['-ltnpH', `sport = :${port}`]).toString();
    const match = /pid=(\d+)/.exec(line);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** CPU milliseconds a process has used so far, and its resident memory in MB. */
export function usage(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuMs = ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS) * 1000;
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuMs, rssMb: rssKb / 1024 };
}

/** Busy CPU milliseconds of the whole machine so far, all cores. */
export function machineBusyMs() {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = ticks[3] + ticks[4];
  return ((ticks.slice(0, 8).reduce((a, b) => a + b, 0) - idle) / CLOCK_TICKS) * 1000;
}

export const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
export const round = (x, digits = 1) => (x == null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
