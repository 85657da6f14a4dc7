// The measurements behind bench/meeting.sh (read that file first). Node 20+, run from anywhere:
// the npm packages (lighthouse, puppeteer-core, chrome-launcher) come from frontend/node_modules.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = join(here, '..', 'frontend');
const requireFromFrontend = createRequire(join(frontend, 'package.json'));
const load = async (name) => import(pathToFileURL(requireFromFrontend.resolve(name)).href);

import { env, API, KEYCLOAK, USER, PASSWORD, log, bearer, call, pool, percentile, createCellWithMembers } from './bench-api.mjs';

const SPA = (env.CHIBO_SPA_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const MEMBERS = Number(env.BENCH_MEMBERS ?? 60);
const REQUESTS = Number(env.BENCH_REQUESTS ?? 300);
const WARMUP = Number(env.BENCH_WARMUP ?? 50);
const P95_BUDGET_MS = Number(env.BENCH_P95_BUDGET_MS ?? 50);
const LCP_BUDGET_MS = Number(env.BENCH_LCP_BUDGET_MS ?? 2500);
const CHROME = env.CHROME_PATH ?? env.CHIBO_CHROMIUM ?? '/usr/bin/chromium';
const SKIP_LIGHTHOUSE = env.BENCH_SKIP_LIGHTHOUSE === '1';

const vnIso = (date) => new Date(date.getTime()).toISOString();

// ---------------------------------------------------------------------------------------------
// 1. Data: a cell with 60 members and a meeting with everything recorded
// ---------------------------------------------------------------------------------------------
async function prepare() {
  const cell = await createCellWithMembers('Chi bộ đo hiệu năng', MEMBERS, 10);

  const start = new Date(Date.now() - 3 * 3600_000);
  const meeting = await call('POST', `/api/v1/organizations/${cell.id}/meetings`, {
    type: 'REGULAR',
    isModel: false,
    mode: 'IN_PERSON',
    scheduledStart: vnIso(start),
    plannedDurationMinutes: 120,
    place: 'Hội trường',
  });
  let m = await call('GET', `/api/v1/meetings/${meeting.id}`);
  log(`meeting ${m.id}: ${m.attendance.length} expected`);
  await pool(m.attendance, 4, (a, i) =>
    call('PUT', `/api/v1/meetings/${m.id}/attendance/${a.memberId}`, {
      status: i % 20 === 3 ? 'ABSENT_EXCUSED' : i % 30 === 7 ? 'ABSENT_UNEXCUSED' : 'PRESENT',
      reasonCategory: i % 20 === 3 ? 'WORK' : null,
      reasonText: i % 20 === 3 ? 'Đi công tác huyện' : null,
      version: a.version,
    }),
  );
  m = await call('GET', `/api/v1/meetings/${m.id}`);
  const present = m.attendance.filter((a) => a.status === 'PRESENT');
  for (let i = 0; i < 20; i++) {
    await call('POST', `/api/v1/meetings/${m.id}/speeches`, {
      memberId: present[(i * 7) % present.length].memberId,
      agendaItemId: m.agenda[i % Math.max(1, m.agenda.length)]?.id ?? null,
      summary: `Ý kiến số ${i + 1}: đề nghị chi bộ quan tâm lãnh đạo phát triển kinh tế hộ gia đình.`,
    });
  }
  const eligible = m.attendance.filter((a) => a.status === 'PRESENT' && a.memberStatus === 'OFFICIAL').length;
  await call('POST', `/api/v1/meetings/${m.id}/votes`, {
    subject: 'Thông qua nghị quyết tháng',
    method: 'COUNT',
    forCount: eligible,
    againstCount: 0,
    abstainCount: 0,
  });
  m = await call('GET', `/api/v1/meetings/${m.id}`);
  await call('POST', `/api/v1/meetings/${m.id}/times`, {
    version: m.version,
    actualStart: vnIso(start),
    actualEnd: vnIso(new Date(start.getTime() + 125 * 60_000)),
  });
  const resolution = await call('GET', `/api/v1/meetings/${m.id}/resolution`);
  await call('PUT', `/api/v1/meetings/${m.id}/resolution`, {
    version: resolution.version,
    kind: 'RESOLUTION',
    number: '01-NQ/CB',
    title: 'Lãnh đạo thực hiện nhiệm vụ tháng tới',
    sections: [{ heading: 'Nhiệm vụ', body: 'Phát triển kinh tế, giữ gìn an ninh trật tự.' }],
  });
  const due = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 15; i++) {
    await call('POST', `/api/v1/meetings/${m.id}/tasks`, {
      title: `Nhiệm vụ ${i + 1}: vận động hộ gia đình tham gia làm đường`,
      assigneeKind: 'MEMBER',
      assigneeMemberId: present[i % present.length].memberId,
      dueDate: due,
    });
  }
  log('attendance, 20 speeches, a vote, times, resolution and 15 tasks recorded');
  return m.id;
}

// ---------------------------------------------------------------------------------------------
// 2. Server time of GET /api/v1/meetings/{id}
// ---------------------------------------------------------------------------------------------

async function measureGet(meetingId) {
  const url = `${API}/api/v1/meetings/${meetingId}`;
  const once = async () => {
    const headers = { Authorization: `Bearer ${await bearer()}`, Accept: 'application/json' };
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    const body = await res.arrayBuffer();
    const elapsed = performance.now() - t0;
    if (!res.ok) throw new Error(`GET meeting: HTTP ${res.status}`);
    // A Server-Timing header, when the server sends one, is the server's own figure.
    const st = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
    return { ms: st ? Number(st[1]) : elapsed, bytes: body.byteLength, serverTiming: !!st };
  };
  for (let i = 0; i < WARMUP; i++) await once();
  const samples = [];
  let bytes = 0;
  let serverTiming = false;
  for (let i = 0; i < REQUESTS; i++) {
    const s = await once();
    samples.push(s.ms);
    bytes = s.bytes;
    serverTiming ||= s.serverTiming;
  }
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples[samples.length - 1],
    bytes,
    source: serverTiming ? 'Server-Timing header' : 'time to the whole response over loopback',
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse (mobile) on the meeting screen, signed in through Keycloak in the same browser
// ---------------------------------------------------------------------------------------------
async function lighthouseLcp(meetingId) {
  const { launch } = await load('chrome-launcher');
  const puppeteer = (await load('puppeteer-core')).default;
  const lighthouse = (await load('lighthouse')).default;
  const chrome = await launch({
    chromePath: CHROME,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    const page = await browser.newPage();
    await page.goto(`${SPA}/`, { waitUntil: 'networkidle0' });
    const loginButton = await page.waitForSelector('xpath/.//button[normalize-space()="Đăng nhập"]');
    await Promise.all([page.waitForNavigation(), loginButton.click()]);
    await page.waitForSelector('#username');
    await page.type('#username', USER);
    await page.type('#password', PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('#kc-login')]);
    await page.waitForSelector('nav.app-nav', { timeout: 30_000 });
    log('signed in through Keycloak; running Lighthouse');
    // Warm the browser's cache once, as a secretary who opened the app before would have it.
    await page.goto(`${SPA}/meetings/${meetingId}/attendance`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.attendance-row', { timeout: 30_000 });
    await page.close();
    const url = `${SPA}/meetings/${meetingId}/attendance`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      formFactor: 'mobile',
      // Keep the Keycloak session cookie: the screen opens signed in.
      disableStorageReset: true,
    });
    const audits = result.lhr.audits;
    await browser.disconnect();
    // Which element was the largest paint: it must belong to the meeting screen, not a login page.
    const element = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    return {
      element: element ? `${element.nodeLabel ?? ''} (${element.selector ?? ''})` : 'unknown',
      lcp: audits['largest-contentful-paint'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      score: result.lhr.categories.performance.score,
      finalUrl: result.lhr.finalDisplayedUrl ?? result.lhr.finalUrl,
    };
  } finally {
    await chrome.kill();
  }
}

// ---------------------------------------------------------------------------------------------
const meetingId = env.BENCH_MEETING_ID || (await prepare());
const get = await measureGet(meetingId);
const getPass = get.p95 < P95_BUDGET_MS;
console.log(
  `GET /api/v1/meetings/{id} (${MEMBERS} members, ${REQUESTS} requests after ${WARMUP} warm-up, ${get.bytes} bytes, ${get.source}):` +
    ` p50 ${get.p50.toFixed(1)} ms, p95 ${get.p95.toFixed(1)} ms, max ${get.max.toFixed(1)} ms` +
    ` (budget p95 < ${P95_BUDGET_MS} ms) ${getPass ? 'PASS' : 'FAIL'}`,
);
let lcpPass = true;
if (SKIP_LIGHTHOUSE) {
  console.log('Lighthouse: skipped (BENCH_SKIP_LIGHTHOUSE=1)');
} else {
  const lh = await lighthouseLcp(meetingId);
  lcpPass = lh.lcp < LCP_BUDGET_MS;
  console.log(
    `Lighthouse mobile, meeting screen ${lh.finalUrl}: LCP ${(lh.lcp / 1000).toFixed(2)} s, FCP ${(lh.fcp / 1000).toFixed(2)} s,` +
      ` performance score ${Math.round(lh.score * 100)} (budget LCP < ${(LCP_BUDGET_MS / 1000).toFixed(1)} s) ${lcpPass ? 'PASS' : 'FAIL'}`,
  );
  console.log(`  largest paint: ${lh.element}`);
}
process.exit(getPass && lcpPass ? 0 : 1);
