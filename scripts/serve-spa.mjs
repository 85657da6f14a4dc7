#!/usr/bin/env node
// Tiny dependency-free static server for the built single-page app.
//
//   node scripts/serve-spa.mjs --root frontend/dist --port 3000 [--host 127.0.0.1]
//
// - Serves files below --root only (no directory traversal, no dotfiles).
// - Unknown paths that look like app routes (no file extension, or a browser
//   asking for HTML) fall back to index.html; missing assets get a 404.
// - Hashed assets under /assets/ are cached for a year; index.html and
//   config.json are revalidated on every load (ETag / Last-Modified).
// - gzip for compressible types when the client accepts it.
// - Security headers on every response (spa-security-headers.mjs): a Content-Security-Policy naming
//   the API and Keycloak origins of <root>/config.json (re-read when that file changes, since the
//   run script may rewrite it), Permissions-Policy, Referrer-Policy, nosniff, COOP.
//   --port 0 picks a free port; the first line printed says which.
import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { readConfigOrigins, securityHeaders } from './spa-security-headers.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  return fallback;
}

const root = path.resolve(arg('root', process.env.SPA_ROOT || 'frontend/dist'));
const port = Number(arg('port', process.env.SPA_PORT || '3000'));
const host = arg('host', process.env.SPA_HOST || '127.0.0.1');

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve-spa: ${path.join(root, 'index.html')} not found (build the frontend first)`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

// The only page keycloak-js puts in an iframe of the app (silent check-sso).
const FRAMABLE = new Set(['/silent-check-sso.html']);

// Headers follow config.json: cached per modification time, so a rewritten file takes effect on
// the next request without a restart.
const configPath = path.join(root, 'config.json');
let headerCache = { mtimeMs: undefined, plain: undefined, framable: undefined };

async function headersFor(rel) {
  const st = await fsp.stat(configPath).catch(() => null);
  const mtimeMs = st ? st.mtimeMs : -1;
  if (headerCache.mtimeMs !== mtimeMs || !headerCache.plain) {
    const origins = await readConfigOrigins(configPath);
    if (!origins.api || !origins.keycloak) {
      console.warn(`serve-spa: ${configPath} has no absolute apiBaseUrl/keycloakUrl; CSP allows 'self' only`);
    }
    headerCache = {
      mtimeMs,
      plain: securityHeaders(origins),
      framable: securityHeaders(origins, { framable: true }),
    };
  }
  return FRAMABLE.has(rel) ? headerCache.framable : headerCache.plain;
}

// gzip cache: absolute path -> { mtimeMs, size, body }
const gzCache = new Map();

function cacheControl(rel) {
  if (rel.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

// Maps a URL path to a file below root, or null when it is not allowed.
function resolveSafe(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const normal = path.posix.normalize(decoded);
  // Refuse hidden files and any attempt to climb out.
  if (normal.split('/').some((seg) => seg.startsWith('.'))) return null;
  const abs = path.resolve(root, '.' + normal);
  if (abs !== root && !abs.startsWith(root + path.sep)) return null;
  return { abs, rel: normal };
}

async function statFile(abs) {
  try {
    const st = await fsp.stat(abs);
    if (st.isFile()) return st;
    if (st.isDirectory()) {
      const idx = path.join(abs, 'index.html');
      const st2 = await fsp.stat(idx).catch(() => null);
      if (st2 && st2.isFile()) return Object.assign(st2, { indexOf: idx });
    }
  } catch {
    /* missing */
  }
  return null;
}

async function send(res, status, body, headers = {}) {
  const security = await headersFor('').catch(() => securityHeaders({}));
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...security, ...headers });
  res.end(body);
}

async function serveFile(req, res, abs, rel, st, status = 200) {
  const ext = path.extname(abs).toLowerCase();
  const type = TYPES[ext] || 'application/octet-stream';
  const etag = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
  const headers = {
    ...(await headersFor(rel)),
    'Content-Type': type,
    'Cache-Control': cacheControl(rel),
    ETag: etag,
    'Last-Modified': st.mtime.toUTCString(),
    Vary: 'Accept-Encoding',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
  if (acceptsGzip && COMPRESSIBLE.test(type) && st.size > 1024) {
    let entry = gzCache.get(abs);
    if (!entry || entry.mtimeMs !== st.mtimeMs || entry.size !== st.size) {
      const raw = await fsp.readFile(abs);
      entry = { mtimeMs: st.mtimeMs, size: st.size, body: zlib.gzipSync(raw, { level: 6 }) };
      gzCache.set(abs, entry);
    }
    res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': entry.body.length });
    res.end(req.method === 'HEAD' ? undefined : entry.body);
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Length': st.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(abs)
    .on('error', () => res.destroy())
    .pipe(res);
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      await send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const urlPath = (req.url || '/').split('?')[0].split('#')[0] || '/';
    if (!urlPath.startsWith('/')) {
      await send(res, 400, 'Bad Request\n');
      return;
    }
    const target = resolveSafe(urlPath);
    if (!target) {
      await send(res, 404, 'Not Found\n');
      return;
    }
    const st = await statFile(target.abs);
    if (st) {
      const file = st.indexOf || target.abs;
      await serveFile(req, res, file, st.indexOf ? '/index.html' : target.rel, st);
      return;
    }
    // SPA fallback: client-side routes get index.html; missing assets get 404.
    const wantsHtml = /text\/html/.test(req.headers.accept || '');
    const looksLikeRoute = path.posix.extname(target.rel) === '' || wantsHtml;
    if (looksLikeRoute && !target.rel.startsWith('/assets/')) {
      const index = path.join(root, 'index.html');
      const ist = await fsp.stat(index);
      await serveFile(req, res, index, '/index.html', ist);
      return;
    }
    await send(res, 404, 'Not Found\n');
  } catch (err) {
    console.error('serve-spa:', err);
    if (!res.headersSent) await send(res, 500, 'Internal Server Error\n');
    else res.destroy();
  }
});

server.on('clientError', (_err, socket) => {
  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});

server.listen(port, host, () => {
  console.log(`serve-spa: serving ${root} on http://${host}:${server.address().port}`);
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
    server.closeAllConnections?.();
  });
}
