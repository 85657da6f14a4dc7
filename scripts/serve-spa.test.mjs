// node --test scripts/serve-spa.test.mjs (run by `npm test` in frontend/, hence by the Maven build)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const serveSpa = fileURLToPath(new URL('./serve-spa.mjs', import.meta.url));
const API = 'https://api.chibo.example:8443';
const KEYCLOAK = 'https://sso.chibo.example';

let root;
let server;
let base;

async function startServer() {
  server = spawn(process.execPath, [serveSpa, '--root', root, '--port', '0', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  for await (const chunk of server.stdout) {
    out += chunk;
    const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (m) return m[1];
  }
  throw new Error(`serve-spa did not start: ${out}`);
}

const directives = (csp) =>
  Object.fromEntries(
    csp.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );

before(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-spa-'));
  await fs.mkdir(path.join(root, 'assets'));
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await fs.writeFile(path.join(root, 'silent-check-sso.html'), '<!doctype html><script src="/x.js"></script>');
  await fs.writeFile(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  await fs.writeFile(
    path.join(root, 'config.json'),
    JSON.stringify({ apiBaseUrl: `${API}/`, keycloakUrl: `${KEYCLOAK}/auth`, realm: 'chibo', clientId: 'chibo-spa' }),
  );
  base = await startServer();
});

after(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  await fs.rm(root, { recursive: true, force: true });
});

describe('serve-spa security headers', () => {
  it('sends a CSP that allows only the app, the configured API and Keycloak', async () => {
    const res = await fetch(`${base}/`);
    assert.equal(res.status, 200);
    const csp = directives(res.headers.get('content-security-policy'));
    assert.deepEqual(csp['default-src'], ["'self'"]);
    assert.deepEqual(csp['script-src'], ["'self'"]);
    assert.deepEqual(csp['style-src'], ["'self'"]);
    assert.deepEqual(csp['connect-src'], ["'self'", API, KEYCLOAK]);
    assert.deepEqual(csp['frame-src'], ["'self'", KEYCLOAK]);
    assert.deepEqual(csp['img-src'], ["'self'", 'data:', 'blob:']);
    assert.deepEqual(csp['object-src'], ["'none'"]);
    assert.deepEqual(csp['base-uri'], ["'self'"]);
    assert.deepEqual(csp['form-action'], ["'self'", KEYCLOAK]);
    assert.deepEqual(csp['frame-ancestors'], ["'none'"]);
    assert.ok(!res.headers.get('content-security-policy').includes('unsafe'), 'no unsafe-* source');
  });

  it('disables powerful features, sends no referrer, no sniffing, and isolates the window', async () => {
    const res = await fetch(`${base}/organizations/123`, { headers: { Accept: 'text/html' } });
    assert.equal(res.status, 200);
    const permissions = res.headers.get('permissions-policy');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      assert.match(permissions, new RegExp(`(^|, )${feature}=\\(\\)`), feature);
    }
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
  });

  it('lets only the app itself frame the silent check-sso page', async () => {
    const res = await fetch(`${base}/silent-check-sso.html`);
    assert.equal(res.status, 200);
    assert.deepEqual(directives(res.headers.get('content-security-policy'))['frame-ancestors'], ["'self'"]);
    assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN');
  });

  it('sends the same headers with assets, errors and refused methods', async () => {
    for (const [url, init, status] of [
      [`${base}/assets/app-1234.js`, {}, 200],
      [`${base}/assets/missing.js`, {}, 404],
      [`${base}/`, { method: 'POST' }, 405],
    ]) {
      const res = await fetch(url, init);
      assert.equal(res.status, status, url);
      assert.match(res.headers.get('content-security-policy'), /connect-src 'self' https:\/\/api\.chibo\.example:8443/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      await res.arrayBuffer();
    }
  });

  it('follows a rewritten config.json without a restart', async () => {
    const configPath = path.join(root, 'config.json');
    await fs.writeFile(
      configPath,
      JSON.stringify({
        apiBaseUrl: 'http://127.0.0.1:9090',
        keycloakUrl: 'http://127.0.0.1:9180',
        realm: 'r',
        clientId: 'c',
      }),
    );
    const later = new Date(Date.now() + 5000);
    await fs.utimes(configPath, later, later);
    const csp = directives((await fetch(`${base}/`)).headers.get('content-security-policy'));
    assert.deepEqual(csp['connect-src'], ["'self'", 'http://127.0.0.1:9090', 'http://127.0.0.1:9180']);
    assert.deepEqual(csp['frame-src'], ["'self'", 'http://127.0.0.1:9180']);
  });
});
