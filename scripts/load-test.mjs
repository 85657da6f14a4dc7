#!/usr/bin/env node
// A mixed load of reads and writes at many connections: nothing may fail.
//
//   CHIBO_JAVA=/path/to/java CHIBO_KEYCLOAK_URL=http://localhost:8180 node scripts/load-test.mjs
//
// Starts the packaged backend on its own port and data folder (demo tree, no history; the rate limit
// raised so that the budget does not turn the load into 429s), builds a cell of 60 members with a
// held meeting, then runs LOAD_CONNECTIONS clients (default 64) for LOAD_SECONDS (default 60), each
// one request after another over a mix of the secretary's and the committee's calls:
//   reads  - the meeting (60 members), the cell's meetings, its members, the caller, the alerts;
//   writes - attendance of one member (present or online) and the minutes, each based on the version last seen (two
//            clients editing the same record is normal: the loser gets 409 with the current version),
//            and speeches.
// Prints requests per second, p50/p95/max per kind and the answers by status. Exits 1 when any
// answer is a 5xx, a transport error, or a status other than 2xx and the expected 409.
//
// LOAD_MODE=meeting-read (bench/meeting-read.sh) measures instead, on the same set-up, the read of
// the 60-member meeting against a trivial JSON endpoint of the same JVM (a small reference list),
// each for LOAD_SECONDS at LOAD_CONNECTIONS (32 there): budgets p95 < 50 ms and a throughput of at
// least 30% of the trivial one. Exits 1 when a budget is missed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { PackagedBackend, ROOT } from './packaged-backend.mjs';

const PORT = Number(process.env.LOAD_PORT ?? 18094);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
process.env.CHIBO_API_URL = `http://127.0.0.1:${PORT}`;
process.env.BENCH_USER = process.env.BENCH_USER ?? 'canbo.tinh';
const { call, request, bearer, createCellWithMembers, percentile, KEYCLOAK, REALM } = await import('../bench/bench-api.mjs');

const DATA = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-load-'));
const LOG = path.join(ROOT, '.run/logs/load-test-backend.log');
const say = (...a) => console.log('[load-test]', ...a);

const backend = new PackagedBackend({
  port: PORT, dataDir: DATA, log: LOG, authServerUrl: `${KEYCLOAK}/realms/${REALM}`,
  options: ['-Dchibo.rate-limit.per-minute=100000000', '-Xmx512m'],
});

const timings = new Map(); // kind -> [ms]
const statuses = new Map(); // `${kind} ${status}` -> count
const failures = [];
const versions = new Map(); // record key -> version last seen

function note(kind, status, ms, detail) {
  if (!timings.has(kind)) timings.set(kind, []);
  timings.get(kind).push(ms);
  const key = `${kind} ${status}`;
  statuses.set(key, (statuses.get(key) ?? 0) + 1);
  const expected = (status >= 200 && status < 300) || (status === 409 && kind.startsWith('write'));
  if (!expected && failures.length < 20) failures.push(`${key}: ${detail}`);
  return expected;
}

async function timed(kind, method, url, body) {
  const started = performance.now();
  try {
    const res = await request(method, url, body);
    const text = await res.text();
    const ms = performance.now() - started;
    note(kind, res.status, ms, text.slice(0, 200));
    return { status: res.status, body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined };
  } catch (e) {
    note(kind, 0, performance.now() - started, e.message);
    return { status: 0 };
  }
}

/** A versioned write: based on the version last seen, learning the current one from a 409. */
async function versioned(kind, key, method, url, body) {
  const r = await timed(kind, method, url, { ...body, version: versions.get(key) ?? 0 });
  const seen = r.status === 200 ? r.body?.version : r.body?.currentVersion;
  if (seen !== undefined) versions.set(key, seen);
}

function client(n, cell, meeting, members, stopAt) {
  const steps = [
    () => timed('read meeting', 'GET', `/api/v1/meetings/${meeting}`),
    () => timed('read meetings', 'GET', `/api/v1/organizations/${cell}/meetings`),
    () => timed('read members', 'GET', `/api/v1/organizations/${cell}/members?size=50`),
    () => timed('read me', 'GET', '/api/v1/me'),
    () => timed('read alerts', 'GET', `/api/v1/organizations/${cell}/alerts`),
    () => {
      const member = members[Math.floor(Math.random() * members.length)];
      // Present in the room or online: every member stays present, so a speech by any of them is valid.
      const status = Math.random() < 0.5 ? 'PRESENT' : 'PRESENT_ONLINE';
      return versioned('write attendance', `a/${member}`, 'PUT', `/api/v1/meetings/${meeting}/attendance/${member}`,
        { status });
    },
    () => versioned('write minutes', 'minutes', 'PUT', `/api/v1/meetings/${meeting}/minutes`,
      { freeText: `Diễn biến buổi họp, ghi lần ${n}-${Date.now()}` }),
    () => timed('write speech', 'POST', `/api/v1/meetings/${meeting}/speeches`,
      { memberId: members[n % members.length], summary: `Ý kiến ${n}` }),
  ];
  return (async () => {
    let i = n;
    while (Date.now() < stopAt) await steps[i++ % steps.length]();
  })();
}

/** CPU time (user + system, ms) the backend's JVM has used so far, from /proc: robust to a busy machine. */
function backendCpuMs() {
  const fields = fs.readFileSync(`/proc/${backend.process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
}

/** One GET at CONNECTIONS connections for `seconds`: requests per second, the p95 and the server CPU per request. */
async function hammer(kind, url, seconds = SECONDS) {
  const list = [];
  const stopAt = Date.now() + seconds * 1000;
  const started = Date.now();
  const cpuBefore = backendCpuMs();
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (Date.now() < stopAt) {
      const t = performance.now();
      const r = await timed(kind, 'GET', url);
      if (r.status === 200) list.push(performance.now() - t);
    }
  }));
  const cpuPerRequest = (backendCpuMs() - cpuBefore) / Math.max(1, list.length);
  list.sort((a, b) => a - b);
  const rate = list.length / ((Date.now() - started) / 1000);
  say(`${kind.padEnd(22)} ${rate.toFixed(0).padStart(5)}/s  p50 ${percentile(list, 50).toFixed(1)} ms`
    + `  p95 ${percentile(list, 95).toFixed(1)} ms  server CPU ${cpuPerRequest.toFixed(2)} ms/request`
    + `  (${CONNECTIONS} connections, ${seconds} s)`);
  return { rate, p95: percentile(list, 95), cpuPerRequest };
}

/**
 * The same measure with `hey` (a compiled HTTP load generator, `apt-get install hey`), when LOAD_CLIENT=hey:
 * it spends far less of the shared CPU than this Node client, so the figures show more of the server.
 */
function hammerWithHey(kind, url, seconds = SECONDS) {
  const cpuBefore = backendCpuMs();
  const out = execFileSync('hey', ['-z', `${seconds}s`, '-c', String(CONNECTIONS), '-H', `Authorization: Bearer ${token}`,
    `http://127.0.0.1:${PORT}${url}`], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const number = (re) => Number(out.match(re)?.[1] ?? NaN);
  const rate = number(/Requests\/sec:\s+([\d.]+)/);
  const p50 = 1000 * number(/50% in ([\d.]+) secs/);
  const p95 = 1000 * number(/95% in ([\d.]+) secs/);
  const answered = [...out.matchAll(/\[(\d+)\]\s+(\d+) responses/g)];
  const ok = answered.filter(([, status]) => status === '200').reduce((n, [, , count]) => n + Number(count), 0);
  const other = answered.filter(([, status]) => status !== '200');
  other.forEach(([, status, count]) => failures.push(`${kind}: ${count} answers ${status}`));
  if (out.includes('Error distribution')) failures.push(`${kind}: transport errors\n${out.split('Error distribution')[1]}`);
  const cpuPerRequest = (backendCpuMs() - cpuBefore) / Math.max(1, ok);
  say(`${kind.padEnd(22)} ${rate.toFixed(0).padStart(5)}/s  p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms`
    + `  server CPU ${cpuPerRequest.toFixed(2)} ms/request  (${CONNECTIONS} connections, ${seconds} s, hey)`);
  return { rate, p95, cpuPerRequest };
}

let token = null;

/** The meeting as a secretary leaves it: 60 present, 20 speeches; both reads warmed up first. */
async function meetingRead(meeting, members) {
  for (const member of members.slice(0, 20)) {
    await call('POST', `/api/v1/meetings/${meeting}/speeches`, { memberId: member, summary: 'Ý kiến đóng góp' });
  }
  token = await bearer(); // good for minutes: hey runs on one token
  const measure = process.env.LOAD_CLIENT === 'hey' ? hammerWithHey : hammer;
  say(`warming up; load client: ${process.env.LOAD_CLIENT === 'hey' ? 'hey' : 'Node fetch'}`);
  await measure('warm-up, trivial', '/api/v1/reference/organization-categories', 5);
  await measure('warm-up, meeting', `/api/v1/meetings/${meeting}`, 5);
  const trivial = await measure('trivial JSON endpoint', '/api/v1/reference/organization-categories');
  const read = await measure('meeting of 60 members', `/api/v1/meetings/${meeting}`);
  const share = (100 * read.rate) / trivial.rate;
  const ok = read.p95 < 50 && share >= 30;
  say(`RESULT: meeting read p95 ${read.p95.toFixed(1)} ms (budget < 50), throughput ${share.toFixed(0)}% of the`
    + ` trivial endpoint (budget >= 30%): ${ok ? 'PASS' : 'FAIL'}`);
  // The same comparison by the server's own CPU time per request, which other load on the machine
  // (builds, the load client itself) does not distort.
  say(`server CPU per request: meeting ${read.cpuPerRequest.toFixed(2)} ms, trivial ${trivial.cpuPerRequest.toFixed(2)} ms:`
    + ` by CPU the meeting read runs at ${(100 * trivial.cpuPerRequest / read.cpuPerRequest).toFixed(0)}% of the trivial endpoint`);
  if (!ok || failures.length) process.exitCode = 1;
  failures.forEach((f) => say(`  ${f}`));
}

try {
  say(`data folder ${DATA}, backend log ${LOG}`);
  await backend.start();
  const cell = await createCellWithMembers('Chi bộ thử tải', 60);
  const members = (await call('GET', `/api/v1/organizations/${cell.id}/members?size=100`)).items.map((m) => m.id);
  const start = new Date(Date.now() - 3 * 3600_000);
  const meeting = await call('POST', `/api/v1/organizations/${cell.id}/meetings`, {
    type: 'REGULAR', scheduledStart: start.toISOString().replace(/\.\d+Z$/, 'Z'), place: 'Nhà văn hóa bản',
  });
  for (const member of members) {
    const r = await call('PUT', `/api/v1/meetings/${meeting.id}/attendance/${member}`, { status: 'PRESENT', version: 0 });
    versions.set(`a/${member}`, r.version);
  }
  if (process.env.LOAD_MODE === 'meeting-read') {
    await meetingRead(meeting.id, members);
  } else {
    // Warm up (JIT, caches) before the measured run.
    await Promise.all(Array.from({ length: 8 }, (_, n) => client(n, cell.id, meeting.id, members, Date.now() + 5000)));
    timings.clear();
    statuses.clear();
    failures.length = 0;
    await mixedLoad(cell, meeting, members);
  }
} catch (e) {
  say(`failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await backend.stop();
  fs.rmSync(DATA, { recursive: true, force: true });
}

async function mixedLoad(cell, meeting, members) {
  say(`${CONNECTIONS} connections for ${SECONDS} s on a meeting of ${members.length} members`);
  const started = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS },
    (_, n) => client(n, cell.id, meeting.id, members, started + SECONDS * 1000)));
  const elapsed = (Date.now() - started) / 1000;

  let total = 0;
  for (const [kind, list] of [...timings].sort()) {
    list.sort((a, b) => a - b);
    total += list.length;
    say(`${kind.padEnd(17)} ${String(list.length).padStart(6)} requests  p50 ${percentile(list, 50).toFixed(0)} ms`
      + `  p95 ${percentile(list, 95).toFixed(0)} ms  max ${list[list.length - 1].toFixed(0)} ms`);
  }
  say(`answers: ${[...statuses].sort().map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  const bad = [...statuses].filter(([k]) => {
    const status = Number(k.split(' ').pop());
    return !((status >= 200 && status < 300) || (status === 409 && k.startsWith('write')));
  }).reduce((sum, [, v]) => sum + v, 0);
  say(`RESULT: ${total} requests in ${elapsed.toFixed(0)} s (${(total / elapsed).toFixed(0)}/s), ${bad} errors`);
  if (bad > 0) {
    failures.forEach((f) => say(`  ${f}`));
    process.exitCode = 1;
  }
}
