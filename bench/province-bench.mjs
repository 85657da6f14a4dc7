// The province benchmark (run by bench/province.sh): server time of each committee read on a
// province-sized PostgreSQL database next to the raw-SQL floor computed on the same database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PackagedBackend, ROOT } from '../scripts/packaged-backend.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 18090);
process.env.CHIBO_API_URL = `http://127.0.0.1:${PORT}`;
const { call, request, percentile, log } = await import('./bench-api.mjs');
// BENCH_CAPACITY (bench/capacity.sh): the capacity figures (tables, statements per read) instead of the floor and reports.
const capacity = process.env.BENCH_CAPACITY ? await import('./capacity.mjs') : null;

const DATA = process.env.BENCH_DATA;
const CELLS = Number(process.env.BENCH_CELLS ?? 3000);
const AS_OF = process.env.BENCH_AS_OF; // the instant the server's clock starts at
const JDBC_URL = process.env.BENCH_JDBC_URL;
const KEYCLOAK = process.env.CHIBO_KEYCLOAK_URL ?? 'http://localhost:8180';
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const MAX_BYTES = 200 * 1024;
const REPORT_RUNS = 5;
const REPORT_BUDGET_MS = 5000;
const CENTRAL = 'a0000000-0000-4000-8000-000000000001';
const CENTRAL_COMMITTEE_SQL = `insert into organization (id, name, name_folded, type_code, category_code, parent_id,
  path, depth, holds_meetings, has_committee, code, valid_from, version)
  select '${CENTRAL}', 'Ban Chấp hành Trung ương', 'ban chap hanh trung uong', type_code, category_code, null,
  '/${CENTRAL}/', 0, false, true, 'TW', valid_from, 0 from organization where code = 'LCH'
  and not exists (select 1 from organization where id = '${CENTRAL}');
  update organization set parent_id = '${CENTRAL}' where code = 'LCH' and parent_id is null;`;

const day = new Date(new Date(AS_OF).getTime() + 7 * 3600_000).toISOString().slice(0, 10); // Vietnam date
const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
const ym = (y, m) => `${y}-${String(m).padStart(2, '0')}`;
const lastMonth = month === 1 ? ym(year - 1, 12) : ym(year, month - 1);
const quarter = Math.floor((month - 1) / 3) + 1;

const backend = new PackagedBackend({
  port: PORT,
  dataDir: DATA,
  log: path.join(DATA, 'backend.log'),
  authServerUrl: `${KEYCLOAK}/realms/chibo`,
  jar: process.env.BENCH_JAR,
  startSeconds: 3600,
  options: [`-Dquarkus.datasource.jdbc.url=${JDBC_URL}`, '-Dquarkus.datasource.username=postgres',
    '-Dquarkus.datasource.password=', '-Dchibo.demo-history=true', `-Dchibo.demo-province-cells=${CELLS}`, `-Dchibo.clock-start=${AS_OF}`,
    '-Dchibo.rate-limit.per-minute=1000000',
    // Extra JVM options for a profile (BENCH_JVM_OPTIONS="-XX:StartFlightRecording=filename=x.jfr", say).
    ...(process.env.BENCH_JVM_OPTIONS ?? '').split(' ').filter(Boolean)],
});

log(`starting the backend on ${DATA} as of ${day} (the first start generates ${CELLS} cells: minutes)`);
const started = Date.now();
await backend.start();
log(`ready in ${Math.round((Date.now() - started) / 1000)} s`);

let results;
let reports = [];
try {
  const me = await call('GET', '/api/v1/me');
  const province = me.appointments.find((a) => !a.validTo).organizationId;
  const base = `/api/v1/organizations/${province}`;
  const reads = [
    ['dashboard-month', `${base}/dashboard?period=${lastMonth}`, 'overview < 200 ms, <= 2x floor'],
    ['dashboard-cells-month', `${base}/dashboard/cells?period=${lastMonth}`, 'grid page < 200 ms, <= 2x floor'],
    ['dashboard-year', `${base}/dashboard?period=${year}`, 'overview < 200 ms, <= 2x floor'],
    ['evaluation-report-year', `${base}/evaluation-report?from=${year}-01-01&to=${day}`, '<= 2x floor'],
    ['verifications', `${base}/verifications`, '<= 2x floor, paged'],
    ['topical-plans', `${base}/topical-plans?year=${year}`, '<= 2x floor, paged'],
    ['monthly-schedule', `${base}/monthly-schedules/${ym(year, month)}`, '<= 2x floor, paged'],
    ['supervision-coverage', `${base}/supervision-coverage?year=${year}&quarter=${quarter}`, '<= 2x floor, paged'],
    // No budget: the fixed cost of a request (token check, appointments, subtree check, one row), for the reads above.
    ['organization', base, null],
  ];
  results = [];
  // BENCH_ONLY (a regular expression on the names) times only those reads, without the reports and the floor: a quick look.
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
  capacity?.enableStatementStatistics();
  for (const [name, url, budget] of reads.filter(([n]) => !only || only.test(n))) {
    const times = [];
    let bytes = 0;
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const res = await request('GET', url);
      const text = await res.text();
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${text.slice(0, 300)}`);
      const dur = /app;dur=([0-9.]+)/.exec(res.headers.get('server-timing') ?? '');
      if (i >= WARM_UP) times.push(Number(dur?.[1] ?? NaN));
      bytes = Buffer.byteLength(text);
    }
    times.sort((a, b) => a - b);
    const statements = capacity ? await capacity.statementsOf(url, request) : undefined;
    results.push({ name, url, budget, p50: percentile(times, 50), p95: percentile(times, 95), bytes, statements });
    log(`${name}: p50 ${percentile(times, 50)} ms, ${Math.round(bytes / 1024)} KB`);
  }
  if (!process.env.BENCH_ONLY && !capacity) reports = await reportGeneration(province, base);
} finally {
  await backend.stop();
}
if (capacity) {
  capacity.printReads(day, results);
  capacity.printTables(AS_OF);
  process.exit(0);
}
if (process.env.BENCH_ONLY) process.exit(0);

log('raw SQL floor on the same database');
const floorRun = spawnSync(path.join(ROOT, 'mvnw'), ['-B', '-q', '-o', '-pl', 'backend',
  'org.codehaus.mojo:exec-maven-plugin:3.5.0:java', '-Dexec.classpathScope=test',
  '-Dexec.mainClass=vn.chibo.bench.ProvinceFloorBenchmark', `-Dexec.args=${JDBC_URL} postgres ${day} LCH`],
  { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (floorRun.status !== 0) throw new Error(`the floor benchmark failed (${floorRun.status})`);
const { counts, floor, summaryFloor = {} } = JSON.parse(floorRun.stdout.trim().split('\n').pop());

console.log(`\nProvince benchmark as of ${day}: ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')} rows`);
// The floor is plain SQL over the base tables; "facts floor" (when meeting_fact exists) is the same
// figures summed from the stored meeting facts, shown beside it and never used for the ratio.
console.log('read                      server p50  p95     SQL floor  ratio  facts floor  size     budget');
let ok = true;
for (const r of results) {
  const f = floor[r.name];
  const ratio = f ? r.p50 / f : NaN;
  if (!r.budget) {
    console.log(`${r.name.padEnd(25)} ${fmt(r.p50)} ${fmt(r.p95)}          -      -            -  `
      + `${(Math.round(r.bytes / 102.4) / 10).toFixed(1).padStart(6)} KB  (fixed cost of a request, no budget)`);
    continue;
  }
  const dashboard = r.name.startsWith('dashboard');
  const pass = ratio <= 2 && r.bytes <= MAX_BYTES && (!dashboard || r.p50 < 200);
  ok &&= pass;
  const facts = summaryFloor[r.name] === undefined ? '         -' : fmt(summaryFloor[r.name]);
  console.log(`${r.name.padEnd(25)} ${fmt(r.p50)} ${fmt(r.p95)} ${fmt(f)}  ${ratio.toFixed(1).padStart(5)}  ${facts.padStart(11)}  `
    + `${(Math.round(r.bytes / 102.4) / 10).toFixed(1).padStart(6)} KB  ${pass ? 'PASS' : 'FAIL'} (${r.budget})`);
}
for (const r of reports) {
  const pass = r.p50 < REPORT_BUDGET_MS;
  ok &&= pass;
  console.log(`${r.name.padEnd(25)} ${fmt(r.p50)} ${fmt(r.p95)}          -      -            -  `
    + `${(Math.round(r.bytes / 102.4) / 10).toFixed(1).padStart(6)} KB  ${pass ? 'PASS' : 'FAIL'} (< 5 s)`);
}
process.exit(ok ? 0 : 1);

/**
 * Report generation for the province-year: the annual periodic report of the province (its draft computes the
 * year's figures on every read, as the report screen shows them) and its PDF, server time of each. The province
 * is the root of the product's tree and a report needs a recipient, so the central committee is added above it
 * once, in this benchmark's own database only (a row and the province's parent_id; paths are left as they are).
 */
async function reportGeneration(province, base) {
  const psql = spawnSync(process.env.BENCH_PSQL, ['-h', '127.0.0.1', '-p', process.env.BENCH_PG_PORT, '-U', 'postgres',
    '-d', 'chibo', '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', CENTRAL_COMMITTEE_SQL], { encoding: 'utf8' });
  if (psql.status !== 0) throw new Error(`adding the central committee failed: ${psql.stderr}`);
  const existing = await call('GET', `${base}/periodic-reports?kind=ANNUAL&size=100`);
  let id = existing.items.find((r) => r.period === String(year))?.id;
  if (!id) {
    const res = await request('POST', `${base}/periodic-reports`, { kind: 'ANNUAL', period: String(year) });
    const text = await res.text();
    if (!res.ok) throw new Error(`creating the annual report: HTTP ${res.status} ${text.slice(0, 300)}`);
    id = JSON.parse(text).id;
    log(`annual report ${id} created for ${province} in ${/app;dur=([0-9.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]} ms`);
  }
  const out = [];
  for (const [name, url] of [['report-annual-year', `/api/v1/periodic-reports/${id}`],
    ['report-annual-year-pdf', `/api/v1/periodic-reports/${id}/report.pdf`]]) {
    const times = [];
    let bytes = 0;
    for (let i = 0; i < 1 + REPORT_RUNS; i++) {
      const res = await request('GET', url);
      const body = Buffer.from(await res.arrayBuffer());
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${body.toString().slice(0, 300)}`);
      const dur = /app;dur=([0-9.]+)/.exec(res.headers.get('server-timing') ?? '');
      if (i >= 1) times.push(Number(dur?.[1] ?? NaN));
      bytes = body.length;
    }
    times.sort((a, b) => a - b);
    out.push({ name, p50: percentile(times, 50), p95: percentile(times, 95), bytes });
    log(`${name}: p50 ${percentile(times, 50)} ms, ${Math.round(bytes / 1024)} KB`);
  }
  return out;
}

function fmt(ms) {
  return `${Number(ms).toFixed(1).padStart(7)} ms`;
}

