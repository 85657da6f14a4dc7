// The province benchmark (run by bench/province.sh): server time of each committee read on a
// province-sized PostgreSQL database next to the raw-SQL floor computed on the same database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PackagedBackend, ROOT } from '../scripts/packaged-backend.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 18090);
process.env.CHIBO_API_URL = `http://127.0.0.1:${PORT}`;
const { call, request, percentile, log } = await import('./bench-api.mjs');

const DATA = process.env.BENCH_DATA;
const CELLS = Number(process.env.BENCH_CELLS ?? 3000);
const AS_OF = process.env.BENCH_AS_OF; // the instant the server's clock starts at
const JDBC_URL = process.env.BENCH_JDBC_URL;
const KEYCLOAK = process.env.CHIBO_KEYCLOAK_URL ?? 'http://localhost:8180';
const WARM_UP = 3;
const RUNS = 15;
const MAX_BYTES = 200 * 1024;

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
    '-Dchibo.rate-limit.per-minute=1000000'],
});

log(`starting the backend on ${DATA} as of ${day} (the first start generates ${CELLS} cells: minutes)`);
const started = Date.now();
await backend.start();
log(`ready in ${Math.round((Date.now() - started) / 1000)} s`);

let results;
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
  ];
  results = [];
  for (const [name, url, budget] of reads) {
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
    results.push({ name, url, budget, p50: percentile(times, 50), p95: percentile(times, 95), bytes });
    log(`${name}: p50 ${percentile(times, 50)} ms, ${Math.round(bytes / 1024)} KB`);
  }
} finally {
  await backend.stop();
}

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
  const dashboard = r.name.startsWith('dashboard');
  const pass = ratio <= 2 && r.bytes <= MAX_BYTES && (!dashboard || r.p50 < 200);
  ok &&= pass;
  const facts = summaryFloor[r.name] === undefined ? '         -' : fmt(summaryFloor[r.name]);
  console.log(`${r.name.padEnd(25)} ${fmt(r.p50)} ${fmt(r.p95)} ${fmt(f)}  ${ratio.toFixed(1).padStart(5)}  ${facts.padStart(11)}  `
    + `${(Math.round(r.bytes / 102.4) / 10).toFixed(1).padStart(6)} KB  ${pass ? 'PASS' : 'FAIL'} (${r.budget})`);
}
process.exit(ok ? 0 : 1);

function fmt(ms) {
  return `${Number(ms).toFixed(1).padStart(7)} ms`;
}

