// Security headers of the single-page app, built from its runtime config.json.
//
// The Content-Security-Policy names exactly the origins the app talks to: its own, the API
// (`apiBaseUrl`) and Keycloak (`keycloakUrl`). Nothing else may be loaded, framed or posted to, so
// an injected script could neither run nor send data elsewhere.
import fsp from 'node:fs/promises';

/** The origin (scheme://host:port) of an absolute http(s) URL, or undefined. */
export function originOf(url) {
  if (typeof url !== 'string' || url === '') return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined; // relative ("/api") or garbage: same origin at most, 'self' covers it
  }
}

/** Reads `apiBaseUrl` and `keycloakUrl` origins from a config.json; missing or invalid gives none. */
export async function readConfigOrigins(configPath) {
  let config;
  try {
    config = JSON.parse(await fsp.readFile(configPath, 'utf8'));
  } catch {
    return { api: undefined, keycloak: undefined };
  }
  return { api: originOf(config?.apiBaseUrl), keycloak: originOf(config?.keycloakUrl) };
}

const join = (...sources) => [...new Set(sources.filter(Boolean))].join(' ');

export function contentSecurityPolicy({ api, keycloak }, { framable = false } = {}) {
  return [
    "default-src 'self'",
    // Vite emits only external module scripts; index.html has no inline script.
    "script-src 'self'",
    // The build has one external stylesheet; React and keycloak-js set styles through the CSSOM
    // (element.style), which CSP does not restrict. No 'unsafe-inline' needed.
    "style-src 'self'",
    `connect-src ${join("'self'", api, keycloak)}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // keycloak-js (check-sso) frames Keycloak twice: the 3rd-party-cookie check and the silent
    // login, which redirects back to our own /silent-check-sso.html.
    `frame-src ${join("'self'", keycloak)}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${join("'self'", keycloak)}`,
    // Only the silent check-sso page is framed, and only by the app itself.
    `frame-ancestors ${framable ? "'self'" : "'none'"}`,
  ].join('; ');
}

// Powerful features the app never uses: no page of ours (or anything injected) may ask for them.
const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Headers sent with every response. `framable` is for the silent check-sso page, which keycloak-js
 * loads in a hidden iframe of the app.
 */
export function securityHeaders(origins, { framable = false } = {}) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(origins, { framable }),
    'Permissions-Policy': PERMISSIONS_POLICY,
    // Keycloak needs no Referer (redirect_uri and PKCE carry everything): send none.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // For browsers without frame-ancestors.
    'X-Frame-Options': framable ? 'SAMEORIGIN' : 'DENY',
  };
}
