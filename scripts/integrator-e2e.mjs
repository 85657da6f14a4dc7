#!/usr/bin/env node
// The whole cycle of issue 13 as another system drives it, against the packaged backend and the real Keycloak:
//
//   CHIBO_JAVA=/path/to/java CHIBO_KEYCLOAK_URL=http://localhost:8180 node scripts/integrator-e2e.mjs
//
//  1. signs in with client credentials (chibo-integration), as a CSDL 3.0 sync job would;
//  2. syncs a cell and its members by their CSDL numbers (bulk upsert), then again: nothing changes;
//  3. subscribes a signed-webhook receiver (scripts/webhook-receiver.mjs) that refuses its first two deliveries;
//  4. schedules a meeting with an Idempotency-Key and sends the same POST again (one meeting, the first answer);
//  5. publishes a document, records attendance, holds the meeting, writes and approves the minutes;
//  6. kills the backend with SIGKILL right after, starts it again on the same data;
//  7. waits until the receiver has every event, signed, in order per meeting, at least once;
//  8. catches up through the change feed page by page from a cursor taken before step 4, and finds exactly
//     the events the receiver got, each once;
//  9. polls the meeting with If-None-Match (304), edits with a stale If-Match (412);
// 10. downloads the meeting's document pack, checks every file against the manifest's SHA-256, and records
//     its posting to Sổ tay.
// Exits 1 at the first step that does not hold, naming it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { PackagedBackend, ROOT } from './packaged-backend.mjs';
import { WebhookReceiver } from './webhook-receiver.mjs';

const PORT = Number(process.env.INTEGRATOR_PORT ?? 18096);
const API = `http://127.0.0.1:${PORT}`;
const KEYCLOAK = (process.env.CHIBO_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const REALM = process.env.CHIBO_REALM ?? 'chibo';
const DATA = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-integrator-'));
const LOG = path.join(ROOT, '.run/logs/integrator-e2e-backend.log');
const receiver = new WebhookReceiver({ port: Number(process.env.INTEGRATOR_HOOK_PORT ?? 18097), failFirst: 2 });
const say = (...a) => console.log('[integrator-e2e]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const backend = new PackagedBackend({
  port: PORT, dataDir: DATA, log: LOG, authServerUrl: `${KEYCLOAK}/realms/${REALM}`,
  options: ['-Dchibo.webhooks.allow-insecure-http=true', '-Dchibo.webhooks.allow-private-targets=true',
    '-Dchibo.webhooks.deliver-every=1s', '-Dchibo.webhooks.first-retry-delay=PT1S', '-Dchibo.events.feed-settle=PT1S'],
});

function check(condition, what) {
  if (!condition) throw new Error(`FAILED: ${what}`);
  say('ok:', what);
}

let token = null;
let tokenUntil = 0;
async function bearer() {
  if (token && Date.now() < tokenUntil) return token;
  const res = await fetch(`${KEYCLOAK}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'chibo-integration',
      client_secret: process.env.CHIBO_INTEGRATION_SECRET ?? 'chibo-integration-secret' }),
  });
  if (!res.ok) throw new Error(`client-credentials token: HTTP ${res.status} ${await res.text()}`);
  const body = await res.json();
  token = body.access_token;
  tokenUntil = Date.now() + (body.expires_in - 30) * 1000;
  return token;
}

/** One API call: { status, headers, body (parsed JSON, or a Buffer for other media) }. */
async function http(method, url, { body, headers = {}, form } = {}) {
  const res = await fetch(API + url, {
    method,
    headers: { Authorization: `Bearer ${await bearer()}`, 'Accept-Language': 'vi', ...headers,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const type = res.headers.get('content-type') ?? '';
  const raw = Buffer.from(await res.arrayBuffer());
  const parsed = type.includes('json') && raw.length ? JSON.parse(raw.toString('utf8')) : raw;
  return { status: res.status, headers: res.headers, body: parsed };
}

async function ok(method, url, options, expected = [200, 201]) {
  const r = await http(method, url, options);
  if (!expected.includes(r.status)) {
    throw new Error(`${method} ${url}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
  }
  return r.body;
}

const iso = (d) => d.toISOString().replace(/\.\d+Z$/, 'Z');
/** Today in Vietnam, as the server counts days. */
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Every event of the subtree after the cursor, reading pages of `size` as a client catching up would. */
async function catchUp(orgId, cursor, size) {
  const events = [];
  for (;;) {
    const q = new URLSearchParams({ size: String(size), ...(cursor ? { after: cursor } : {}) });
    const page = await ok('GET', `/api/v1/organizations/${orgId}/events?${q}`);
    events.push(...page.items.map((i) => i.event));
    cursor = page.nextCursor ?? cursor;
    if (!page.hasMore) return { events, cursor };
  }
}

/** The entries of a zip archive (stored or deflated), by name: enough to check a pack without a library. */
function unzip(buffer) {
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive');
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + compressed);
    files.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const sha256 = (b) => crypto.createHash('sha256').update(b).digest('hex');

async function run() {
  await receiver.start();
  await backend.start();
  say('backend ready on', API);

  // 1-2. Where the sync job writes: a commune of the province the client serves.
  const province = (await ok('GET', `/api/v1/organizations?q=${encodeURIComponent('Lai Châu')}&size=5`)).items[0];
  check(province, 'the integration client sees the province');
  const commune = (await ok('GET', `/api/v1/organizations?parentId=${province.id}&size=50`)).items
    .find((o) => o.id !== province.id);
  check(commune, 'a commune under the province');
  const { cellId, cellCsdlId, memberIds } = await syncCellAndMembers(commune.id);

  // 3. The receiver hears the commune's meetings.
  const subscription = await ok('POST', `/api/v1/organizations/${commune.id}/webhook-subscriptions`, {
    body: { url: receiver.url, eventTypes: ['MEETING_SCHEDULED', 'DOCUMENTS_PUBLISHED', 'MEETING_HELD', 'MINUTES_APPROVED'] },
  });
  receiver.secret = subscription.secret;
  check(typeof subscription.secret === 'string' && subscription.secret.length >= 32, 'the subscription shows its secret once');
  const before = (await catchUp(commune.id, null, 500)).cursor;

  // 4. Scheduling, retried with the same Idempotency-Key after a "lost" answer.
  const start = new Date(Date.now() - 3 * 3600_000);
  const meetingBody = { type: 'REGULAR', title: 'Sinh hoạt thường kỳ (đồng bộ)', scheduledStart: iso(start),
    place: 'Nhà văn hóa thôn', chairId: memberIds[0], minuteTakerId: memberIds[1] };
  const key = crypto.randomUUID();
  const first = await http('POST', `/api/v1/organizations/${cellId}/meetings`, { body: meetingBody, headers: { 'Idempotency-Key': key } });
  check(first.status === 201, 'the meeting is scheduled (201)');
  const again = await http('POST', `/api/v1/organizations/${cellId}/meetings`, { body: meetingBody, headers: { 'Idempotency-Key': key } });
  check(again.status === 201 && again.body.id === first.body.id && again.headers.get('idempotent-replayed') === 'true',
    'the same POST with the same Idempotency-Key answers the first response again (one meeting)');
  const reused = await http('POST', `/api/v1/organizations/${cellId}/meetings`,
    { body: { ...meetingBody, place: 'Nơi khác' }, headers: { 'Idempotency-Key': key } });
  check(reused.status === 422 && reused.body.code === 'idempotency-key-reused', 'the key with another body is 422');
  const listed = await ok('GET', `/api/v1/organizations/${cellId}/meetings?size=50`);
  check(listed.items.filter((m) => m.title === meetingBody.title).length === 1, 'exactly one meeting exists');
  const meetingId = first.body.id;

  // 5. Documents, attendance, the meeting held, minutes approved.
  const form = new FormData();
  const pdf = Buffer.from('%PDF-1.4\n% Du thao nghi quyet thang\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'du-thao-nghi-quyet.pdf');
  form.append('kind', 'DRAFT_RESOLUTION');
  const document = await ok('POST', `/api/v1/meetings/${meetingId}/documents`, { form });
  for (const [i, id] of memberIds.entries()) {
    await ok('PUT', `/api/v1/meetings/${meetingId}/attendance/${id}`,
      { body: i < memberIds.length - 1 ? { status: 'PRESENT' } : { status: 'ABSENT_EXCUSED', reasonCategory: 'WORK' } });
  }
  await ok('POST', `/api/v1/meetings/${meetingId}/speeches`, { body: { memberId: memberIds[0], summary: 'Đề nghị làm đường giao thông nông thôn.' } });
  await ok('POST', `/api/v1/meetings/${meetingId}/speeches`, { body: { memberId: memberIds[2], summary: 'Ý kiến về phong trào thanh niên.' } });
  await ok('POST', `/api/v1/meetings/${meetingId}/votes`, { body: { subject: 'Thông qua nghị quyết tháng', method: 'COUNT',
    forCount: memberIds.length - 1, againstCount: 0, abstainCount: 0 } });
  const version = (await ok('GET', `/api/v1/meetings/${meetingId}`)).version;
  await ok('POST', `/api/v1/meetings/${meetingId}/times`, { body: { version, actualStart: iso(start),
    actualEnd: iso(new Date(start.getTime() + 100 * 60_000)) } });
  await ok('PUT', `/api/v1/meetings/${meetingId}/resolution`, { body: { version: 0, kind: 'RESOLUTION',
    sections: [{ heading: 'I. Nhiệm vụ tháng tới', body: 'Làm đường bê tông nội thôn.' }] } });
  const minutes = await ok('PUT', `/api/v1/meetings/${meetingId}/minutes`,
    { body: { version: 0, conclusions: 'Chi bộ thống nhất các nhiệm vụ tháng tới.' } });
  await ok('POST', `/api/v1/meetings/${meetingId}/minutes/approve`, { body: { version: minutes.version } });
  say('meeting', meetingId, 'scheduled, document', document.id, 'published, held, minutes approved');

  // 6. A crash the next instant: every event was written with its change, so none may be lost.
  await backend.stop('SIGKILL');
  say('backend killed with SIGKILL; starting it again on the same data');
  await backend.start();

  // 7. The receiver gets them all, signed, in order, despite its two refusals and the crash.
  const expected = ['vn.chibo.meeting.scheduled', 'vn.chibo.documents.published', 'vn.chibo.meeting.held',
    'vn.chibo.minutes.approved'];
  const until = Date.now() + 90_000;
  while (receiver.typesOf(meetingId).length < expected.length && Date.now() < until) await sleep(500);
  check(JSON.stringify(receiver.typesOf(meetingId)) === JSON.stringify(expected),
    `the receiver got ${expected.join(', ')} in order (got ${receiver.typesOf(meetingId).join(', ')})`);
  check(receiver.refused === 2 && receiver.badSignatures === 0, 'two refusals were retried and every signature verified');

  // 8. Catching up through the change feed, two events a page, from before the meeting.
  const feed = (await catchUp(commune.id, before, 2)).events;
  const ids = feed.map((e) => e.id);
  check(new Set(ids).size === ids.length, `the change feed repeats no event (${ids.length} read)`);
  const meetingEvents = feed.filter((e) => e.subject === meetingId && expected.includes(e.type)).map((e) => e.type);
  check(JSON.stringify(meetingEvents) === JSON.stringify(expected), 'the change feed lists the meeting\'s events in order');
  const delivered = new Set(receiver.accepted.map((e) => e.id));
  const subscribed = feed.filter((e) => expected.includes(e.type));
  check(subscribed.every((e) => delivered.has(e.id)), 'every subscribed event in the feed was delivered to the receiver');

  // 9. Cheap polling and safe edits.
  const read = await http('GET', `/api/v1/meetings/${meetingId}`);
  const etag = read.headers.get('etag');
  const polled = await http('GET', `/api/v1/meetings/${meetingId}`, { headers: { 'If-None-Match': etag } });
  check(etag && polled.status === 304, 'polling the meeting with its ETag answers 304');
  const cellVersion = (await ok('GET', `/api/v1/organizations/${cellId}`)).version;
  const stale = await http('PATCH', `/api/v1/organizations/${cellId}`, { body: { version: cellVersion + 1, shortName: 'CB' },
    headers: { 'If-Match': `"${cellVersion + 1}"` } });
  check(stale.status === 412 && stale.body.code === 'precondition-failed' && stale.body.currentVersion === cellVersion,
    'an edit whose If-Match names another version is 412 with the current one');

  // 10. The document pack for Sổ tay.
  await checkDocumentPack(meetingId, document, cellCsdlId);

  say(`passed: ${receiver.accepted.length} deliveries (${receiver.duplicates} repeated), ${feed.length} feed events`);
}

/** The nightly sync from CSDL 3.0: a new cell and its five members by their CSDL numbers, then the same again. */
async function syncCellAndMembers(communeId) {
  const run = Date.now().toString(36).toUpperCase();
  const cellCsdlId = `CB-E2E-${run}`;
  const cell = { externalId: cellCsdlId, name: `Chi bộ thôn Đồng Bộ ${run}`, typeCode: 'CHI_BO_TRUC_THUOC',
    categoryCode: 'THON_BAN_TDP', parentId: communeId };
  const people = [['Lò Văn Pản', 'MALE'], ['Giàng A Sử', 'MALE'], ['Vàng Thị Mai', 'FEMALE'], ['Lường Văn Khánh', 'MALE'],
    ['Tòng Thị Ánh', 'FEMALE']].map(([fullName, gender], i) => ({ externalId: `DV-E2E-${run}-${i}`, fullName, gender,
    birthYear: 1975 + 3 * i, admissionDate: '2010-03-02', officialDate: '2011-03-02', cellExternalId: cellCsdlId }));
  const sync = (kind, items, mode = 'ALL_OR_NOTHING') => http('POST', `/api/v1/organizations/${communeId}/sync/${kind}`,
    { body: { scheme: 'CSDL', mode, items }, headers: { 'Idempotency-Key': crypto.randomUUID() } });

  const orgs = await sync('organizations', [cell]);
  check(orgs.status === 200 && orgs.body.totals.created === 1, 'sync: the cell is created from its CSDL number');
  const members = await sync('members', people);
  check(members.status === 200 && members.body.totals.created === people.length,
    `sync: ${people.length} members are created in it by their CSDL numbers`);
  const again = await sync('members', people);
  check(again.body.totals.unchanged === people.length && (await sync('organizations', [cell])).body.totals.unchanged === 1,
    'sync: the same call again changes nothing (UNCHANGED)');
  const mixed = await sync('members', [{ ...people[4], birthYear: 1990 }, { ...people[4], fullName: 'Bản sao' }], 'PER_ROW');
  check(mixed.status === 200 && mixed.body.rows[0].outcome === 'UPDATED' && mixed.body.rows[1].outcome === 'ERROR',
    'sync PER_ROW: a changed member is UPDATED, the same CSDL number twice is a row error');
  const cellId = orgs.body.rows[0].id;
  const memberIds = members.body.rows.map((r) => r.id);
  const found = await ok('GET', `/api/v1/organizations/${cellId}/members?csdlId=${encodeURIComponent(people[0].externalId)}`);
  check(found.items.length === 1 && found.items[0].id === memberIds[0], 'a member is found by its CSDL number');
  // the cell's secretary, who signs the records
  const first = await ok('GET', `/api/v1/members/${memberIds[0]}`);
  await ok('POST', `/api/v1/members/${memberIds[0]}/positions`, { headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { version: first.version, organizationId: cellId, position: 'SECRETARY', validFrom: today() } });
  return { cellId, cellCsdlId, memberIds };
}

async function checkDocumentPack(meetingId, document, cellCsdlId) {
  const pack = await http('GET', `/api/v1/meetings/${meetingId}/document-pack`, { headers: { Accept: 'application/zip' } });
  check(pack.status === 200 && (pack.headers.get('content-type') ?? '').includes('zip'), 'the document pack downloads as a zip');
  const files = unzip(pack.body);
  const manifest = JSON.parse(files.get('manifest.json').toString('utf8'));
  check(manifest.phase === 'AFTER_MEETING' && manifest.organization.csdlId === cellCsdlId,
    'the manifest names the phase after the meeting and the cell by its CSDL number');
  const wrong = manifest.files.filter((f) => !files.has(f.path) || files.get(f.path).length !== f.size
    || sha256(files.get(f.path)) !== f.sha256);
  check(wrong.length === 0, `every file of the pack matches its size and SHA-256 in the manifest (${manifest.files.length} files)`);
  const kinds = new Set(manifest.files.map((f) => f.kind));
  check(['DOCUMENT', 'AGENDA', 'MINUTES', 'RESOLUTION'].every((k) => kinds.has(k))
    && manifest.files.some((f) => f.kind === 'DOCUMENT' && f.sha256 === document.sha256),
    'the pack holds the published document, the agenda, the minutes and the resolution');
  const again = await http('GET', `/api/v1/meetings/${meetingId}/document-pack`,
    { headers: { Accept: 'application/zip', 'If-None-Match': pack.headers.get('etag') } });
  check(again.status === 304, 'the pack polled with its ETag answers 304');

  const postedAt = new Date(Date.now() - 60_000).toISOString();
  await ok('POST', `/api/v1/meetings/${meetingId}/document-pack/postings`, { headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { system: 'SOTAY', postedAt, manifestSha256: manifest.manifestSha256, externalRef: 'sotay-e2e' } });
  const meeting = await ok('GET', `/api/v1/meetings/${meetingId}`);
  check(Boolean(meeting.packPostings?.afterMeeting), 'the meeting shows the posting to Sổ tay as evidence (BR-R5)');
}

try {
  await run();
} catch (e) {
  console.error('[integrator-e2e]', e.message, `(backend log: ${LOG})`);
  process.exitCode = 1;
} finally {
  await backend.stop('SIGTERM').catch(() => {});
  await receiver.stop();
  fs.rmSync(DATA, { recursive: true, force: true });
}
