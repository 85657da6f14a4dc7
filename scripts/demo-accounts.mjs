#!/usr/bin/env node
// Prints the demo accounts with their realm role and the organisations each
// acts for, as the running backend reports them (GET /api/v1/me with a token
// from the demo-only password grant client chibo-cli).
//
//   node scripts/demo-accounts.mjs [keycloakUrl] [apiUrl]
//
// Exits 1 (printing nothing) when the live lookup fails, so callers can fall
// back to a static table.
const kc = (process.argv[2] || 'http://localhost:8180').replace(/\/$/, '');
const api = (process.argv[3] || 'http://localhost:8080').replace(/\/$/, '');
const PASSWORD = 'ChiBo@2026';
const USERS = [
  ['admin', 'admin', 'whole system (administration)'],
  ['canbo.tinh', 'staff', 'province party committee'],
  ['canbo.xa', 'staff', 'one commune party committee'],
  ['giamsat', 'supervisor', 'supervision and inspection'],
  ['bithu.an', 'secretary', 'secretary of cell A'],
  ['bithu.binh', 'secretary', 'secretary of cell B'],
  ['dangvien.an', 'member', 'party member of cell A'],
  ['dangvien.binh', 'member', 'party member of cell B'],
];

async function actsFor(username) {
  const res = await fetch(`${kc}/realms/chibo/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'chibo-cli', username, password: PASSWORD }),
    signal: AbortSignal.timeout(10000),
  });
  if (!res.ok) throw new Error(`token for ${username}: HTTP ${res.status}`);
  const { access_token: token } = await res.json();
  const me = await fetch(`${api}/api/v1/me`, {
    headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'vi' },
    signal: AbortSignal.timeout(10000),
  });
  if (!me.ok) throw new Error(`/api/v1/me for ${username}: HTTP ${me.status}`);
  const body = await me.json();
  const appointments = Array.isArray(body.appointments) ? body.appointments : [];
  return appointments.map((a) => `${a.organizationName ?? a.organizationId} (${String(a.role ?? '').toLowerCase()})`);
}

try {
  const rows = [];
  for (const [username, role, generic] of USERS) {
    const orgs = await actsFor(username);
    rows.push([username, role, orgs.length ? orgs.join('; ') : generic]);
  }
  console.log('Demo accounts (password for all: ChiBo@2026; organisations as the backend reports them)');
  console.log(`  ${'username'.padEnd(15)} ${'role'.padEnd(11)} acts for`);
  console.log(`  ${'-'.repeat(15)} ${'-'.repeat(11)} ${'-'.repeat(48)}`);
  for (const [u, r, a] of rows) console.log(`  ${u.padEnd(15)} ${r.padEnd(11)} ${a}`);
} catch (err) {
  console.error(`demo-accounts: ${err.message}`);
  process.exit(1);
}
