#!/usr/bin/env node
// The two backend replicas of deploy/up.sh, and (DEPLOY_MODE=test) the checks of the production shape.
//
// Both replicas run the PostgreSQL build with the profiles prod,cluster on the same database and the same
// document directory, behind nginx. Replica 1 starts first (it loads the demo on an empty database), then
// replica 2. In "serve" mode they run until SIGINT/SIGTERM. In "test" mode, through the proxy and the
// replicas' own ports:
//   1. a document uploaded through replica 1 is downloaded, byte for byte, through replica 2 and nginx;
//   2. a POST retried on the other replica with the same Idempotency-Key answers the first response;
//   3. a scheduled job due at the same instant on both replicas runs once per instant (the daily alert job,
//      its cron set to every 5 s here: firings by chibo_job_runs_total, computations by the alert run timer);
//   4. an anonymous caller over its budget on replica 1 is refused (429) by replica 2;
//   5. four clients call the API through nginx while replica 1 is killed with SIGKILL and started again: the
//      only failed requests allowed are writes in flight on the killed replica at the instant it died, and
//      every acknowledged write is there afterwards;
//   6. nginx: the SPA's hashed assets are immutable for a year and gzipped, index.html is revalidated, TLS
//      answers on the HTTPS port.
// Environment: set by deploy/up.sh (DEPLOY_*, CHIBO_KEYCLOAK_URL, CHIBO_REALM, CHIBO_JAVA).
import crypto from 'node:crypto';
import { execSync } from 'node:child_process';
import https from 'node:https';
import path from 'node:path';
import zlib from 'node:zlib';
import { PackagedBackend } from '../scripts/packaged-backend.mjs';

const env = process.env;
const MODE = env.DEPLOY_MODE ?? 'serve';
const PROXY = env.DEPLOY_PROXY;
process.env.CHIBO_API_URL = PROXY;
process.env.BENCH_USER = env.BENCH_USER ?? 'canbo.tinh';
const { bearer, createCellWithMembers, KEYCLOAK, REALM } = await import('../bench/bench-api.mjs');

const say = (...a) => console.log('[deploy]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const sha256 = (b) => crypto.createHash('sha256').update(b).digest('hex');
const iso = (d) => d.toISOString().replace(/\.\d+Z$/, 'Z');
const ports = env.DEPLOY_REPLICAS.split(',').map(Number);
const origin = PROXY.replace('127.0.0.1', 'localhost');

/** The options every replica runs with; test mode adds small budgets and a fast cron to observe. */
function replicaOptions(n) {
  const options = [
    '-Dquarkus.profile=prod,cluster',
    `-Dquarkus.datasource.jdbc.url=${env.DEPLOY_PG_URL}`, '-Dquarkus.datasource.username=postgres',
    '-Dquarkus.datasource.password=postgres',
    `-Dchibo.storage.dir=${path.join(env.DEPLOY_DIR, 'shared/files')}`,
    '-Dquarkus.http.cors.enabled=true', `-Dquarkus.http.cors.origins=${origin}`,
    `-Dchibo.notices.app-url=${origin}`,
  ];
  if (MODE === 'test') {
    // The smoke run's four clients share one login, far over a person's budget: only the anonymous one is tested.
    options.push('-Dchibo.rate-limit.per-minute=1000000', '-Dchibo.rate-limit.anonymous-per-minute=40',
      '-Dchibo.alerts.cron=0/5 * * * * ?');
  } else {
    options.push('-Dchibo.demo-history=true');
  }
  return options;
}

const replicas = ports.map((port, i) => new PackagedBackend({
  port, dataDir: path.join(env.DEPLOY_DIR, `replica-${i + 1}`), log: path.join(env.DEPLOY_LOGS, `replica-${i + 1}.log`),
  authServerUrl: `${KEYCLOAK}/realms/${REALM}`, jar: env.DEPLOY_JAR, options: replicaOptions(i + 1), startSeconds: 300,
}));

async function startReplica(i) {
  const t0 = Date.now();
  await replicas[i].start();
  say(`replica ${i + 1} ready on http://127.0.0.1:${ports[i]} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

async function stopAll() {
  await Promise.all(replicas.map((r) => r.stop('SIGTERM')));
}

// ---------------------------------------------------------------------------------------------------------
// HTTP helpers: any base (nginx or one replica), a password-grant token of the demo staff login.
// ---------------------------------------------------------------------------------------------------------
async function http(base, method, url, { body, headers = {}, form, token = true } = {}) {
  const res = await fetch(base + url, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${await bearer()}` } : {}), 'Accept-Language': 'vi', ...headers,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const type = res.headers.get('content-type') ?? '';
  const raw = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body: type.includes('json') && raw.length ? JSON.parse(raw) : raw };
}

async function ok(base, method, url, options) {
  const r = await http(base, method, url, options);
  if (r.status >= 300) throw new Error(`${method} ${base}${url}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`);
  return r.body;
}

function check(condition, what) {
  if (!condition) throw new Error(`FAILED: ${what}`);
  say('ok:', what);
}

const replicaUrl = (i) => `http://127.0.0.1:${ports[i]}`;

/** Sum of a counter's samples whose labels include every given label, on one replica's management port. */
async function counter(i, name, labels) {
  const text = await (await fetch(`${replicas[i].managementUrl}/q/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name + '{')) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) sum += Number(line.split(' ').pop());
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------------------
async function documentAcrossReplicas(meetingId) {
  const bytes = Buffer.from(`%PDF-1.4\n% Tai lieu ${crypto.randomUUID()}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`, 'latin1');
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'du-thao-nghi-quyet.pdf');
  form.append('kind', 'DRAFT_RESOLUTION');
  const document = await ok(replicaUrl(0), 'POST', `/api/v1/meetings/${meetingId}/documents`,
    { form, headers: { 'Idempotency-Key': crypto.randomUUID() } });
  const viaOther = await ok(replicaUrl(1), 'GET', `/api/v1/meetings/${meetingId}/documents/${document.id}`);
  check(sha256(viaOther) === sha256(bytes), 'a document uploaded through replica 1 is read byte for byte through replica 2');
  const viaProxy = await ok(PROXY, 'GET', `/api/v1/meetings/${meetingId}/documents/${document.id}`);
  check(sha256(viaProxy) === sha256(bytes), 'and through nginx');
}

async function idempotencyAcrossReplicas(cellId) {
  const key = crypto.randomUUID();
  const body = { type: 'TOPICAL', title: 'Chuyên đề (thử lại qua bản sao khác)', scheduledStart: iso(new Date(Date.now() + 7 * 86400_000)),
    place: 'Hội trường thôn' };
  const first = await http(replicaUrl(0), 'POST', `/api/v1/organizations/${cellId}/meetings`, { body, headers: { 'Idempotency-Key': key } });
  const again = await http(replicaUrl(1), 'POST', `/api/v1/organizations/${cellId}/meetings`, { body, headers: { 'Idempotency-Key': key } });
  check(first.status === 201 && again.status === 201 && again.body.id === first.body.id
    && again.headers.get('idempotent-replayed') === 'true',
  'a POST retried on the other replica with the same Idempotency-Key answers the first response (one meeting)');
}

/**
 * Every replica's cron fires at the same instants; the day is computed once per instant. Firings are counted by
 * chibo_job_runs_total (ran: took the lease, skipped: the other replica held it), computations by the alert
 * run timer (a replica that takes the lease just after the other finished finds the firing served and skips).
 */
async function scheduledJobOnce() {
  const read = async () => Promise.all([0, 1].map(async (i) => ({
    firings: await counter(i, 'chibo_job_runs_total', { job: 'alerts-daily' }),
    computed: await counter(i, 'chibo_alert_runs_seconds_count', { trigger: 'scheduled' }),
  })));
  const before = await read();
  await sleep(21_000);
  const after = await read();
  const firings = after.map((a, i) => a.firings - before[i].firings);
  const computed = after.map((a, i) => a.computed - before[i].computed);
  const instants = Math.max(...firings);
  say(`daily alert job (cron every 5 s) in 21 s: fired ${firings.join(' + ')} times on the replicas,`
    + ` computed the day ${computed.join(' + ')} times`);
  check(firings[0] >= 3 && firings[1] >= 3, 'the job fired on both replicas');
  // A firing at the window's edge may be counted on one replica and not yet on the other: one off.
  check(computed[0] + computed[1] >= instants - 1 && computed[0] + computed[1] <= instants + 1,
    `the day was computed once per firing instant across the two replicas (${instants} instants)`);
}

async function rateBudgetAcrossReplicas() {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const minute = Math.floor(Date.now() / 60_000);
    let refusedOnFirst = false;
    for (let n = 0; n < 200 && !refusedOnFirst; n++) {
      refusedOnFirst = (await http(replicaUrl(0), 'GET', '/api/v1/me', { token: false })).status === 429;
    }
    const other = await http(replicaUrl(1), 'GET', '/api/v1/me', { token: false });
    if (Math.floor(Date.now() / 60_000) !== minute && other.status !== 429) {
      say('the budget window turned during the check; once more');
      continue;
    }
    check(refusedOnFirst, 'an anonymous caller over its budget is refused by replica 1 (429)');
    check(other.status === 429 && other.headers.get('retry-after') !== null,
      'the same caller is refused by replica 2 (429 with Retry-After): the budget is shared');
    return;
  }
  throw new Error('FAILED: the rate-limit check could not finish inside one budget window twice');
}

/** Four clients through nginx while replica 1 is killed with SIGKILL and started again. */
async function smokeThroughKills(meetingId, members) {
  const kills = [];
  const failures = [];
  const inFlight = [];
  const speeches = [];
  let requests = 0;
  let stop = false;
  const classify = (what, started, ended, status) => {
    requests++;
    if (status >= 200 && status < 300) return;
    if (status > 0 && status < 500) {
      failures.push(`${what}: ${status}`);
      return;
    }
    const kill = kills.find((k) => started <= k && ended >= k);
    (kill !== undefined ? inFlight : failures).push(`${what}: ${status || 'network error'}`);
  };
  const timed = async (what, fn) => {
    const started = Date.now();
    let status = 0;
    let body;
    try {
      ({ status, body } = await fn());
    } catch { /* status 0 */ }
    classify(what, started, Date.now(), status);
    return { status, body };
  };
  // Each client records the attendance of its own member (versioned edits) and its speeches (keyed POSTs).
  // A read that fails here (the kill) is a failure the classification already counts; keep the last version then.
  const attendanceVersion = async (member, last = 0) => {
    const r = await timed('GET meeting', () => http(PROXY, 'GET', `/api/v1/meetings/${meetingId}`));
    return r.status === 200 ? (r.body.attendance.find((a) => a.memberId === member)?.version ?? 0) : last;
  };
  const client = async (n) => {
    const member = members[n];
    let version = await attendanceVersion(member);
    for (let i = 0; !stop; i++) {
      await timed('GET meeting', () => http(PROXY, 'GET', `/api/v1/meetings/${meetingId}`));
      await timed('GET me', () => http(PROXY, 'GET', '/api/v1/me'));
      const put = await timed('PUT attendance', () => http(PROXY, 'PUT', `/api/v1/meetings/${meetingId}/attendance/${member}`,
        { body: { status: i % 2 ? 'PRESENT_ONLINE' : 'PRESENT', version } }));
      // An edit lost with the killed replica (or saved there just before it died): read the version again.
      version = put.status === 200 ? put.body.version : await attendanceVersion(member, version);
      const summary = `Ý kiến ${n}-${i} ${crypto.randomUUID().slice(0, 8)}`;
      const r = await timed('POST speech', () => http(PROXY, 'POST', `/api/v1/meetings/${meetingId}/speeches`,
        { body: { memberId: member, summary }, headers: { 'Idempotency-Key': crypto.randomUUID() } }));
      if (r.status === 201) speeches.push(summary);
    }
  };
  const clients = [0, 1, 2, 3].map(client);
  await sleep(4000);
  kills.push(Date.now());
  await replicas[0].stop('SIGKILL');
  say('replica 1 killed with SIGKILL; starting it again');
  await startReplica(0);
  // The restarted replica takes its share again before the clients stop.
  await sleep(4000);
  stop = true;
  await Promise.all(clients);
  say(`${requests} requests through nginx across the kill: ${inFlight.length} in flight on a killed replica`
    + ` (${inFlight.join(', ') || 'none'}), ${failures.length} other failures`);
  check(failures.length === 0, `no failed request other than those in flight on the killed replica (${failures.slice(0, 5).join('; ')})`);
  const read = await ok(PROXY, 'GET', `/api/v1/meetings/${meetingId}`);
  const saved = new Set((read.speeches ?? []).map((s) => s.summary));
  const lost = speeches.filter((s) => !saved.has(s));
  check(speeches.length > 20 && lost.length === 0, `every acknowledged write is there (${speeches.length} speeches, ${lost.length} lost)`);
}

/** A GET over TLS that accepts the example's self-signed certificate; the body as received (maybe gzipped). */
function getTls(url, headers = {}) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers, rejectUnauthorized: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

async function proxyServesTheApp() {
  const index = await getTls(`${env.DEPLOY_PROXY_TLS}/`, { 'Accept-Encoding': 'gzip' });
  check(index.status === 200 && index.headers['cache-control'] === 'no-cache'
    && /frame-ancestors 'none'/.test(index.headers['content-security-policy'] ?? ''),
  'nginx answers over TLS with index.html, revalidated (no-cache) and with the SPA\'s Content-Security-Policy');
  const html = (index.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(index.body) : index.body).toString('utf8');
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  check(script, 'index.html names a hashed script under /assets/');
  const asset = await getTls(`${env.DEPLOY_PROXY_TLS}${script}`, { 'Accept-Encoding': 'gzip' });
  check(asset.status === 200 && /immutable/.test(asset.headers['cache-control'] ?? '')
    && /max-age=31536000/.test(asset.headers['cache-control'] ?? '') && asset.headers['content-encoding'] === 'gzip',
  'a hashed asset is cached for a year (immutable) and gzipped');
  const spaRoute = await getTls(`${env.DEPLOY_PROXY_TLS}/organizations/x/meetings`);
  check(spaRoute.status === 200 && spaRoute.body.toString('utf8').includes('<div id="root">'),
    'a deep link of the app is answered with index.html');
}

async function test() {
  await startReplica(0);
  await startReplica(1);
  await proxyServesTheApp();
  const cell = await createCellWithMembers('Chi bộ cụm bản sao', 6);
  const members = (await ok(PROXY, 'GET', `/api/v1/organizations/${cell.id}/members?size=50`)).items.map((m) => m.id);
  const meeting = await ok(PROXY, 'POST', `/api/v1/organizations/${cell.id}/meetings`, {
    body: { type: 'REGULAR', title: 'Sinh hoạt thường kỳ (cụm hai bản sao)', scheduledStart: iso(new Date(Date.now() - 2 * 3600_000)),
      place: 'Nhà văn hóa thôn', chairId: members[0], minuteTakerId: members[1] },
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  await documentAcrossReplicas(meeting.id);
  await idempotencyAcrossReplicas(cell.id);
  await scheduledJobOnce();
  await smokeThroughKills(meeting.id, members);
  await rateBudgetAcrossReplicas();
  const runs = execSync(`${env.DEPLOY_PSQL} -Atc "select name || ' last taken by ' || coalesce(holder, '-') from job_lease order by name"`,
    { encoding: 'utf8' }).trim();
  say('job leases at the end:', runs.replaceAll('\n', '; '));
}

async function serve() {
  await startReplica(0);
  await startReplica(1);
  say(`The production shape is running (Ctrl-C stops it):
  App and API through nginx   ${origin}  (TLS: ${env.DEPLOY_PROXY_TLS.replace('127.0.0.1', 'localhost')}, self-signed)
  Replicas                    ${ports.map((p) => `http://127.0.0.1:${p}`).join(', ')} (management +1000)
  Keycloak (production mode)  ${KEYCLOAK}
  Logs                        ${env.DEPLOY_LOGS}`);
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

// An error escaping a client must not leave the replicas running on their ports.
process.on('unhandledRejection', (e) => {
  console.error('[deploy]', e?.message ?? e);
  process.exitCode = 1;
  stopAll().finally(() => process.exit(1));
});

try {
  if (MODE === 'test') {
    await test();
    say('cluster test passed');
  } else {
    await serve();
  }
} catch (e) {
  console.error('[deploy]', e.message);
  process.exitCode = 1;
} finally {
  await stopAll();
}
