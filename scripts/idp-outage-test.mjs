#!/usr/bin/env node
// The backend when Keycloak is unreachable or silent: calls fail fast with a 503 problem, readiness
// says DOWN, and everything recovers by itself once Keycloak answers again.
//
//   CHIBO_JAVA=/path/to/java CHIBO_KEYCLOAK_URL=http://localhost:8180 node scripts/idp-outage-test.mjs
//
// The packaged backend reaches Keycloak through a small TCP proxy that this script switches between
// "refuse" (nothing listens), "silent" (accepts connections, never answers) and "open" (forwards).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PackagedBackend, ROOT } from './packaged-backend.mjs';

const PORT = Number(process.env.IDP_TEST_PORT ?? 18092);
const PROXY_PORT = Number(process.env.IDP_PROXY_PORT ?? 18190);
const KEYCLOAK = (process.env.CHIBO_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const REALM = process.env.CHIBO_REALM ?? 'chibo';
const LOG = path.join(ROOT, '.run/logs/idp-outage-backend.log');
const API = `http://127.0.0.1:${PORT}`;
const FAST_MS = 10_000; // a refusal must come well before a user gives up
const say = (...a) => console.log('[idp-outage]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- the switchable proxy ----
let mode = 'refuse';
const held = new Set();
const proxy = net.createServer((client) => {
  held.add(client);
  client.on('close', () => held.delete(client));
  client.on('error', () => {});
  if (mode === 'silent') return;
  const upstream = net.connect(new URL(KEYCLOAK).port || 80, new URL(KEYCLOAK).hostname);
  upstream.on('error', () => client.destroy());
  client.pipe(upstream).pipe(client);
});
async function setMode(next) {
  mode = next;
  held.forEach((s) => s.destroy());
  if (next === 'refuse') {
    if (proxy.listening) await new Promise((r) => proxy.close(r));
  } else if (!proxy.listening) {
    await new Promise((r) => proxy.listen(PROXY_PORT, '127.0.0.1', r));
  }
  say(`Keycloak is now ${next === 'open' ? 'reachable' : next === 'silent' ? 'silent' : 'unreachable'}`);
}

// ---- the backend ----
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-idp-'));
const backend = new PackagedBackend({
  port: PORT, dataDir: data, log: LOG, health: 'live', // readiness is what is tested here
  authServerUrl: `http://localhost:${PROXY_PORT}/realms/${REALM}`,
});
const startBackend = () => backend.start();
const stopBackend = () => backend.stop();

async function token() {
  const res = await fetch(`${KEYCLOAK}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'chibo-cli', username: 'bithu.an', password: 'ChiBo@2026' }),
  });
  if (!res.ok) throw new Error(`token: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

async function timedMe(bearer) {
  const started = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 120_000);
  try {
    const res = await fetch(`${API}/api/v1/me`, { headers: { Authorization: `Bearer ${bearer}` }, signal: controller.signal });
    const body = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', body, ms: Date.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

const failures = [];
function check(what, ok, detail) {
  say(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`);
  if (!ok) failures.push(what);
}

async function refusedFast(label, bearer) {
  const me = await timedMe(bearer);
  check(`${label}: a valid token gets 503 identity-provider-unavailable`, me.status === 503
    && me.type.startsWith('application/problem+json') && me.body.includes('identity-provider-unavailable'),
  `HTTP ${me.status} in ${me.ms} ms`);
  check(`${label}: the refusal comes within ${FAST_MS} ms`, me.ms < FAST_MS, `${me.ms} ms`);
  const ready = await fetch(`${backend.managementUrl}/q/health/ready`);
  check(`${label}: readiness is DOWN`, ready.status === 503, `HTTP ${ready.status}`);
}

async function recovers(label, bearer) {
  await setMode('open');
  const until = Date.now() + 60_000;
  let me = null;
  while (Date.now() < until) {
    me = await timedMe(bearer);
    if (me.status === 200) break;
    await sleep(1000);
  }
  check(`${label}: calls succeed again once Keycloak answers`, me?.status === 200, `HTTP ${me?.status}`);
  let ready = null;
  while (Date.now() < until) {
    ready = await fetch(`${backend.managementUrl}/q/health/ready`);
    if (ready.ok) break;
    await sleep(1000);
  }
  check(`${label}: readiness is UP again`, ready?.ok === true, `HTTP ${ready?.status}`);
}

try {
  const bearer = await token();
  await setMode('refuse');
  await startBackend();
  await refusedFast('Keycloak unreachable at start', bearer);
  await recovers('Keycloak unreachable at start', bearer);
  await stopBackend();

  await setMode('silent');
  await startBackend();
  await refusedFast('Keycloak silent at start', bearer);
  await recovers('Keycloak silent at start', bearer);
} catch (e) {
  check(`the scenario ran (${e.message})`, false);
} finally {
  await stopBackend();
  held.forEach((s) => s.destroy());
  if (proxy.listening) proxy.close();
  fs.rmSync(data, { recursive: true, force: true });
}
say(failures.length === 0 ? 'RESULT: all checks passed' : `RESULT: ${failures.length} checks failed`);
process.exitCode = failures.length === 0 ? 0 : 1;
