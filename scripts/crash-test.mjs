#!/usr/bin/env node
// Counts acknowledged writes lost when the packaged backend is killed with SIGKILL.
//
//   CHIBO_JAVA=/path/to/java CHIBO_KEYCLOAK_URL=http://localhost:8180 node scripts/crash-test.mjs
//
// Starts backend/target/quarkus-app/quarkus-run.jar on a fresh data folder (its default embedded
// database), has four clients create meetings, save minutes and record attendance as fast as they
// can, kills the process with SIGKILL a few seconds into the burst, starts it again on the same
// folder and reads back every write that had answered 2xx. Repeats CRASH_KILLS times (default 5).
// Exits 1 when any acknowledged write is missing or older than acknowledged.
//
// Webhooks across the kills: a receiver (scripts/webhook-receiver.mjs, port CRASH_HOOK_PORT) is subscribed
// to the cell's meetings scheduled and cancelled; it refuses the first two deliveries, and after the
// rounds every acknowledged meeting must have reached it with a valid signature (at least once), and the
// meetings cancelled just before a last kill must have reached it as cancelled after scheduled.
//
// CRASH_JAR runs another build (scripts/check-postgres.sh passes the PostgreSQL one with its URL
// in CRASH_JAVA_OPTS).
//
// With CRASH_MEASURE=<seconds> it kills nothing: after a warm-up it runs the same four writers for
// that long and prints the acknowledged writes per second (bench/durability.sh compares settings).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PackagedBackend, ROOT } from './packaged-backend.mjs';
import { WebhookReceiver } from './webhook-receiver.mjs';

const PORT = Number(process.env.CRASH_PORT ?? 18091);
const KILLS = Number(process.env.CRASH_KILLS ?? 5);
const WRITERS = 4;
const receiver = new WebhookReceiver({ port: Number(process.env.CRASH_HOOK_PORT ?? 18092), failFirst: 2 });
process.env.CHIBO_API_URL = `http://127.0.0.1:${PORT}`;
process.env.BENCH_USER = process.env.BENCH_USER ?? 'canbo.tinh';
const { call, request, createCellWithMembers, KEYCLOAK, REALM } = await import('../bench/bench-api.mjs');

const JAR = process.env.CRASH_JAR ?? path.join(ROOT, 'backend/target/quarkus-app/quarkus-run.jar');
const DATA = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-crash-'));
const LOG = path.join(ROOT, '.run/logs/crash-test-backend.log');
const say = (...a) => console.log('[crash-test]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const backend = new PackagedBackend({
  port: PORT, dataDir: DATA, log: LOG, authServerUrl: `${KEYCLOAK}/realms/${REALM}`, jar: JAR,
  options: ['-Dchibo.rate-limit.per-minute=10000000',
    // The receiver is on this machine and plain HTTP; deliveries and retries every second.
    '-Dchibo.webhooks.allow-insecure-http=true', '-Dchibo.webhooks.allow-private-targets=true',
    '-Dchibo.webhooks.deliver-every=1s', '-Dchibo.webhooks.first-retry-delay=PT1S',
    // CRASH_JAVA_OPTS: extra options, e.g. another JDBC URL to compare ('{data}' is the data folder).
    ...(process.env.CRASH_JAVA_OPTS ?? '').split(' ').filter(Boolean).map((o) => o.replaceAll('{data}', DATA))],
});
const start = () => backend.start();
const killNow = () => backend.stop('SIGKILL');

// What the server acknowledged, latest first: meetings created, minutes and attendance versions.
const meetings = new Set();
const minutes = new Map(); // meetingId -> { version, freeText }
const attendance = new Map(); // `${meetingId}/${memberId}` -> { version, status }
// The version each next write is based on (also learnt from a 409 after an unacknowledged write).
const basedOn = new Map();
let acknowledged = 0;

async function attempt(method, url, body) {
  try {
    const res = await request(method, url, body);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  } catch {
    return { status: 0 }; // the connection died with the process: not acknowledged
  }
}

async function writer(id, cell, members, stopAt) {
  const mine = [];
  let n = 0;
  while (Date.now() < stopAt) {
    n++;
    if (mine.length === 0 || n % 5 === 0) {
      const start = new Date(Date.now() - (2 + (n % 20)) * 3600_000);
      const r = await attempt('POST', `/api/v1/organizations/${cell.id}/meetings`, {
        type: 'TOPICAL', scheduledStart: start.toISOString().replace(/\.\d+Z$/, 'Z'), place: `Nhà văn hóa ${id}-${n}`,
      });
      if (r.status === 201) { meetings.add(r.body.id); mine.push(r.body.id); acknowledged++; }
      continue;
    }
    const meeting = mine[n % mine.length];
    if (n % 2 === 0) {
      const key = `minutes/${meeting}`;
      const freeText = `Diễn biến buổi họp, lần ghi ${id}-${n}`;
      const r = await attempt('PUT', `/api/v1/meetings/${meeting}/minutes`, { version: basedOn.get(key) ?? 0, freeText });
      if (r.status === 200) { minutes.set(meeting, { version: r.body.version, freeText }); acknowledged++; }
      if (r.status === 200 || r.body?.currentVersion !== undefined) basedOn.set(key, r.body.version ?? r.body.currentVersion);
    } else {
      const member = members[n % members.length];
      const key = `${meeting}/${member}`;
      const status = n % 3 === 0 ? 'PRESENT' : 'ABSENT_EXCUSED';
      const r = await attempt('PUT', `/api/v1/meetings/${meeting}/attendance/${member}`, {
        status, reasonCategory: status === 'PRESENT' ? null : 'WORK', version: basedOn.get(key) ?? 0,
      });
      if (r.status === 200) { attendance.set(key, { version: r.body.version, status }); acknowledged++; }
      if (r.status === 200 || r.body?.currentVersion !== undefined) basedOn.set(key, r.body.version ?? r.body.currentVersion);
    }
  }
}

/** Every acknowledged write read back after the restart; returns what is missing or older. */
async function lostWrites() {
  const lost = [];
  const views = new Map();
  for (const id of meetings) {
    const r = await attempt('GET', `/api/v1/meetings/${id}`);
    if (r.status !== 200) lost.push(`meeting ${id}: HTTP ${r.status}`);
    else views.set(id, r.body);
  }
  for (const [id, ack] of minutes) {
    const r = await attempt('GET', `/api/v1/meetings/${id}/minutes`);
    if (r.status !== 200 || r.body.version < ack.version) lost.push(`minutes ${id}: version ${r.body?.version} < ${ack.version}`);
    else if (r.body.version === ack.version && r.body.freeText !== ack.freeText) lost.push(`minutes ${id}: other text`);
  }
  for (const [key, ack] of attendance) {
    const [id, member] = key.split('/');
    const entry = views.get(id)?.attendance?.find((a) => a.memberId === member);
    if (!entry || entry.version < ack.version) lost.push(`attendance ${key}: version ${entry?.version} < ${ack.version}`);
    else if (entry.version === ack.version && entry.status !== ack.status) lost.push(`attendance ${key}: other status`);
  }
  return lost;
}

/** Acknowledged writes per second of the four writers, after a warm-up of the same length. */
async function measure(cell, members, seconds) {
  await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i + 1, cell, members, Date.now() + seconds * 1000)));
  const before = acknowledged;
  const started = Date.now();
  await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i + 1, cell, members, started + seconds * 1000)));
  const rate = (acknowledged - before) / ((Date.now() - started) / 1000);
  say(`RESULT: ${rate.toFixed(1)} acknowledged writes/s over ${seconds} s with ${WRITERS} writers`);
}

try {
  say(`data folder ${DATA}, backend log ${LOG}`);
  await start();
  const cell = await createCellWithMembers('Chi bộ thử mất điện', 12);
  const page = await call('GET', `/api/v1/organizations/${cell.id}/members?size=50`);
  const members = page.items.map((m) => m.id);
  if (process.env.CRASH_MEASURE) {
    await measure(cell, members, Number(process.env.CRASH_MEASURE));
  } else {
    await receiver.start();
    const subscription = await call('POST', `/api/v1/organizations/${cell.id}/webhook-subscriptions`, {
      url: receiver.url, eventTypes: ['MEETING_SCHEDULED', 'MEETING_CANCELLED'], description: 'Crash test receiver',
    });
    receiver.secret = subscription.secret;
    await crashRounds(cell, members);
    await webhooksAfterKills();
  }
} catch (e) {
  say(`failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await receiver.stop();
  await killNow();
  fs.rmSync(DATA, { recursive: true, force: true });
}

async function crashRounds(cell, members) {
  const lostEver = new Set();
  for (let round = 1; round <= KILLS; round++) {
    const burst = 3000 + Math.floor(Math.random() * 3000);
    const before = acknowledged;
    const writers = Array.from({ length: WRITERS }, (_, i) => writer(i + 1, cell, members, Date.now() + burst + 2000));
    await sleep(burst);
    await killNow();
    await Promise.all(writers);
    await start();
    const lost = (await lostWrites()).filter((l) => !lostEver.has(l));
    lost.forEach((l) => lostEver.add(l));
    say(`kill ${round}/${KILLS} after ${burst} ms: ${acknowledged - before} writes acknowledged in the burst, `
      + `${acknowledged} in all, ${lost.length} newly lost`);
    lost.slice(0, 10).forEach((l) => say(`  lost: ${l}`));
  }
  say(`RESULT: ${acknowledged} acknowledged writes (meetings ${meetings.size}, minutes ${minutes.size}, `
    + `attendance ${attendance.size}) over ${KILLS} kills; lost ${lostEver.size}`);
  process.exitCode = lostEver.size === 0 && acknowledged > 0 ? 0 : 1;
}

/**
 * Cancels three acknowledged meetings, kills the backend at once, restarts it, and waits until every
 * acknowledged meeting has reached the receiver (scheduled) and the three as cancelled after scheduled.
 */
async function webhooksAfterKills() {
  const cancelled = [...meetings].slice(0, 3);
  for (const id of cancelled) {
    const m = await call('GET', `/api/v1/meetings/${id}`);
    await call('POST', `/api/v1/meetings/${id}/cancel`, { version: m.version, reason: 'Thử mất điện' });
  }
  await killNow();
  await start();
  const deadline = Date.now() + 120_000;
  let missing = [];
  let outOfOrder = [];
  do {
    await sleep(2000);
    missing = [...meetings].filter((id) => !receiver.typesOf(id).includes('vn.chibo.meeting.scheduled'));
    outOfOrder = cancelled.filter((id) => receiver.typesOf(id).join(' ') !== 'vn.chibo.meeting.scheduled vn.chibo.meeting.cancelled');
  } while ((missing.length > 0 || outOfOrder.length > 0) && Date.now() < deadline);
  say(`WEBHOOKS: ${receiver.accepted.length} deliveries accepted (${receiver.duplicates} duplicates), `
    + `${receiver.refused} refused on purpose, ${receiver.badSignatures} with a bad signature; `
    + `${meetings.size - missing.length}/${meetings.size} acknowledged meetings received, `
    + `${cancelled.length - outOfOrder.length}/${cancelled.length} cancellations after their scheduling`);
  missing.slice(0, 5).forEach((id) => say(`  not received: meeting ${id}`));
  outOfOrder.forEach((id) => say(`  cancelled meeting ${id} received as: ${receiver.typesOf(id).join(', ') || 'nothing'}`));
  if (missing.length > 0 || outOfOrder.length > 0 || receiver.badSignatures > 0 || receiver.refused < 2) process.exitCode = 1;
}
