// Daily alert computation for a province of BENCH_CELLS cells, and listing a committee's alerts.
// See alerts.sh for what it does and the budgets.
import { call, env, log, percentile, pool, request } from './bench-api.mjs';

const CELLS = Number(env.BENCH_CELLS ?? 3000);
const COMMUNES = Number(env.BENCH_COMMUNES ?? 100);
const REQUESTS = Number(env.BENCH_REQUESTS ?? 300);
const WARMUP = Number(env.BENCH_WARMUP ?? 30);
const RUN_BUDGET_MS = 30_000;
const LIST_BUDGET_MS = 50;

/** Vietnam-time ISO date-time with seconds for the 10th of this month at 19:30. */
function thisMonthEvening() {
  const now = new Date(Date.now() + 7 * 3600_000);
  const ym = now.toISOString().slice(0, 7);
  return `${ym}-10T19:30:00+07:00`;
}

async function buildProvince() {
  const me = await call('GET', '/api/v1/me');
  const root = me.appointments.find((a) => !a.validTo)?.organizationId;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const base = { categoryCode: 'THON_BAN_TDP', validFrom: '2020-01-01' };
  const province = await call('POST', '/api/v1/organizations', {
    ...base, name: `Đảng bộ đo hiệu năng cảnh báo ${stamp}`, typeCode: 'DANG_BO_CAP_TREN_CO_SO', parentId: root,
  });
  log(`province-sized committee ${province.name} (${province.id}) under ${root}`);
  const communes = [];
  await pool(Array.from({ length: COMMUNES }, (_, i) => i), 6, async (i) => {
    communes[i] = await call('POST', '/api/v1/organizations', {
      ...base, name: `Đảng bộ xã đo ${i + 1}`, typeCode: 'DANG_BO_XA', parentId: province.id,
    });
  });
  const perCommune = Math.ceil(CELLS / COMMUNES);
  const cells = [];
  let started = Date.now();
  await pool(Array.from({ length: CELLS }, (_, i) => i), 8, async (i) => {
    cells[i] = await call('POST', '/api/v1/organizations', {
      ...base, name: `Chi bộ đo ${i + 1}`, typeCode: 'CHI_BO_TRUC_THUOC', parentId: communes[Math.floor(i / perCommune)].id,
    });
    if ((i + 1) % 500 === 0) log(`${i + 1} cells`);
  });
  log(`${CELLS} cells in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Half of the cells have this month's regular meeting planned, so alerts are a realistic mix.
  started = Date.now();
  const start = thisMonthEvening();
  await pool(cells.filter((_, i) => i % 2 === 0), 8, (cell) =>
    call('POST', `/api/v1/organizations/${cell.id}/meetings`, { type: 'REGULAR', scheduledStart: start, place: 'Nhà văn hóa' }),
  );
  log(`${Math.ceil(CELLS / 2)} regular meetings in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return province.id;
}

async function run(provinceId, label) {
  const started = performance.now();
  const result = await call('POST', `/api/v1/organizations/${provinceId}/alert-runs`);
  const wall = performance.now() - started;
  log(`${label}: ${result.organizations} organisations, ${result.raised} raised, ${result.resolved} resolved, ${result.open} open`);
  return { server: result.millis, wall };
}

async function listTimes(path) {
  for (let i = 0; i < WARMUP; i++) await (await request('GET', path)).arrayBuffer();
  const times = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const res = await request('GET', path);
    await res.arrayBuffer();
    const wall = performance.now() - t0;
    const timing = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
    times.push(timing ? Number(timing[1]) : wall);
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  }
  return times.sort((a, b) => a - b);
}

const provinceId = env.BENCH_PROVINCE_ID || (await buildProvince());
const first = await run(provinceId, 'first run');
const second = await run(provinceId, 'second run');
const times = await listTimes(`/api/v1/organizations/${provinceId}/alerts?size=20`);
const p95 = percentile(times, 95);
const runOk = Math.max(first.wall, second.wall) < RUN_BUDGET_MS;
const listOk = p95 < LIST_BUDGET_MS;
console.log(`alert computation, ${CELLS}-cell province, first run:  ${(first.server / 1000).toFixed(2)} s on the server, ${(first.wall / 1000).toFixed(2)} s end to end`);
console.log(`alert computation, ${CELLS}-cell province, second run: ${(second.server / 1000).toFixed(2)} s on the server, ${(second.wall / 1000).toFixed(2)} s end to end`);
console.log(`budget < ${RUN_BUDGET_MS / 1000} s: ${runOk ? 'PASS' : 'FAIL'}`);
console.log(`GET alerts of the province (page of 20, ${REQUESTS} requests): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
console.log(`budget p95 < ${LIST_BUDGET_MS} ms: ${listOk ? 'PASS' : 'FAIL'}`);
process.exit(runOk && listOk ? 0 : 1);
