#!/usr/bin/env node
// Smoke test of the running Keycloak realm "chibo" (no dependencies).
//
//   node scripts/check-realm.mjs [keycloakUrl=http://localhost:8180] [spaUrl=http://localhost:3000]
//
// Checks: password grant (client chibo-cli) for every demo user, with
// `aud` containing chibo-api, the expected realm role and preferred_username;
// client credentials grant for chibo-integration (role integration);
// chibo-spa refuses the password grant and requires PKCE; the account console
// login page answers.
const kc = (process.argv[2] || process.env.CHIBO_KEYCLOAK_URL || 'http://localhost:8180').replace(/\/$/, '');
const spa = (process.argv[3] || process.env.CHIBO_SPA_URL || 'http://localhost:3000').replace(/\/$/, '');
const realmUrl = `${kc}/realms/chibo`;
const tokenUrl = `${realmUrl}/protocol/openid-connect/token`;
const PASSWORD = 'ChiBo@2026';

const USERS = {
  admin: 'admin',
  'canbo.tinh': 'staff',
  'canbo.xa': 'staff',
  giamsat: 'supervisor',
  'bithu.an': 'secretary',
  'bithu.binh': 'secretary',
  'dangvien.an': 'member',
  'dangvien.binh': 'member',
};

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed++;
    console.log(`  ok   ${name}`);
  } else {
    failed++;
    console.log(`  FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
}

function decode(jwt) {
  const part = jwt.split('.')[1];
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

async function token(params) {
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params),
  });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}

function asArray(aud) {
  return Array.isArray(aud) ? aud : aud ? [aud] : [];
}

for (const [username, role] of Object.entries(USERS)) {
  const { status, body } = await token({
    grant_type: 'password',
    client_id: 'chibo-cli',
    username,
    password: PASSWORD,
    scope: 'openid',
  });
  if (status !== 200 || !body.access_token) {
    check(`password grant for ${username}`, false, `HTTP ${status} ${JSON.stringify(body)}`);
    continue;
  }
  const t = decode(body.access_token);
  const roles = t.realm_access?.roles || [];
  const problems = [];
  if (!asArray(t.aud).includes('chibo-api')) problems.push(`aud=${JSON.stringify(t.aud)}`);
  if (!roles.includes(role)) problems.push(`roles=${JSON.stringify(roles)}`);
  if (t.preferred_username !== username) problems.push(`preferred_username=${t.preferred_username}`);
  if (t.iss !== realmUrl) problems.push(`iss=${t.iss}`);
  // Keycloak rounds iat and exp from separate clock readings: a 5-minute token may read 299-301 s.
  if (Math.abs(t.exp - t.iat - 300) > 1) problems.push(`lifespan=${t.exp - t.iat}s`);
  if (!t.email || !t.given_name || !t.family_name) problems.push('missing email/name claims');
  check(`password grant for ${username} (role ${role}, aud chibo-api, ${t.given_name ? `${t.family_name} ${t.given_name}` : '?'})`, problems.length === 0, problems.join(', '));
}

{
  const { status, body } = await token({
    grant_type: 'client_credentials',
    client_id: 'chibo-integration',
    client_secret: 'chibo-integration-secret',
  });
  if (status !== 200) {
    check('client credentials for chibo-integration', false, `HTTP ${status} ${JSON.stringify(body)}`);
  } else {
    const t = decode(body.access_token);
    const roles = t.realm_access?.roles || [];
    const ok = asArray(t.aud).includes('chibo-api') && roles.includes('integration') && t.azp === 'chibo-integration';
    check('client credentials for chibo-integration (role integration, aud chibo-api)', ok, `aud=${JSON.stringify(t.aud)} roles=${JSON.stringify(roles)}`);
  }
}

{
  const { status } = await token({
    grant_type: 'client_credentials',
    client_id: 'chibo-integration',
    client_secret: 'wrong',
  });
  check('chibo-integration rejects a wrong secret', status === 401, `HTTP ${status}`);
}

{
  const { status, body } = await token({
    grant_type: 'password',
    client_id: 'chibo-spa',
    username: 'admin',
    password: PASSWORD,
  });
  check('chibo-spa refuses the password grant', status >= 400, `HTTP ${status} ${JSON.stringify(body)}`);
}

{
  const { status, body } = await token({
    grant_type: 'password',
    client_id: 'chibo-cli',
    username: 'khong.ton.tai',
    password: 'wrong-password',
  });
  check('unknown user / wrong password is refused', status === 400 && body.error === 'invalid_grant', `HTTP ${status} ${JSON.stringify(body)}`);
}

{
  const { status } = await token({
    grant_type: 'password',
    client_id: 'chibo-api',
    username: 'admin',
    password: PASSWORD,
  });
  check('chibo-api issues no tokens', status >= 400, `HTTP ${status}`);
}

// chibo-spa: authorization request without PKCE is refused, with PKCE S256 shows the login page.
{
  const base = `${realmUrl}/protocol/openid-connect/auth?client_id=chibo-spa&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(`${spa}/`)}`;
  const noPkce = await fetch(base, { redirect: 'manual' });
  const loc = noPkce.headers.get('location') || '';
  const refused = (noPkce.status >= 300 && noPkce.status < 400 && /error=/.test(loc)) || noPkce.status >= 400;
  check('chibo-spa requires PKCE', refused, `HTTP ${noPkce.status} ${loc}`);
  const withPkce = await fetch(`${base}&code_challenge=E9Melhoa2OwvFrEMTJguCQaoeKH4GBBBkwL7g4kxjEk&code_challenge_method=S256`, { redirect: 'manual' });
  const html = await withPkce.text();
  check('chibo-spa login page (PKCE S256)', withPkce.status === 200 && /kc-form-login|id="username"/.test(html), `HTTP ${withPkce.status}`);
  const badRedirect = await fetch(base.replace(encodeURIComponent(`${spa}/`), encodeURIComponent('http://evil.example/')) + '&code_challenge=E9Melhoa2OwvFrEMTJguCQaoeKH4GBBBkwL7g4kxjEk&code_challenge_method=S256', { redirect: 'manual' });
  check('chibo-spa refuses a foreign redirect URI', badRedirect.status === 400, `HTTP ${badRedirect.status}`);
}

{
  const res = await fetch(`${realmUrl}/account`, { redirect: 'follow' });
  check('account console answers', res.status === 200, `HTTP ${res.status}`);
}

console.log(`Realm checks: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
