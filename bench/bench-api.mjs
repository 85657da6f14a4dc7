// Shared by the Node benchmarks (meeting-bench.mjs, evaluation-bench.mjs): the stack's addresses,
// API calls with a password-grant token, a small request pool, percentiles and a test cell.
export const env = process.env;
export const API = (env.CHIBO_API_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const KEYCLOAK = (env.CHIBO_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
export const REALM = env.CHIBO_REALM ?? 'chibo';
export const USER = env.BENCH_USER ?? 'canbo.tinh';
export const PASSWORD = env.BENCH_PASSWORD ?? 'ChiBo@2026';

export const log = (...a) => console.error('[bench]', ...a);

let token = null;
let tokenUntil = 0;
/** A password-grant access token, renewed before its lifetime is up. */
export async function bearer() {
  if (token && Date.now() < tokenUntil) return token;
  const res = await fetch(`${KEYCLOAK}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'chibo-cli', username: USER, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`token for ${USER}: HTTP ${res.status} ${await res.text()}`);
  const body = await res.json();
  token = body.access_token;
  tokenUntil = Date.now() + (body.expires_in - 30) * 1000;
  return token;
}

/** The raw response, for callers that time it or read its headers. */
export async function request(method, path, body) {
  return fetch(API + path, {
    method,
    headers: {
      Authorization: `Bearer ${await bearer()}`,
      Accept: 'application/json',
      'Accept-Language': 'vi',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The parsed body; any non-2xx answer is an error naming the request. */
export async function call(method, path, body) {
  const res = await request(method, path, body);
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 400)}`);
  return text ? JSON.parse(text) : undefined;
}

/** Runs `fn` over `items` with a few requests in flight. */
export async function pool(items, size, fn) {
  let i = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (i < items.length) {
        const index = i++;
        await fn(items[index], index);
      }
    }),
  );
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * A new cell under the first committee the user acts for, with `members` official members
 * (every `probationaryEvery`-th one probationary, when given). Returns the cell.
 */
export async function createCellWithMembers(label, members, probationaryEvery = 0) {
  const me = await call('GET', '/api/v1/me');
  const root = me.appointments.find((a) => !a.validTo)?.organizationId;
  if (!root) throw new Error(`${USER} acts for no organisation`);
  const types = await call('GET', '/api/v1/reference/organization-types');
  const categories = await call('GET', '/api/v1/reference/organization-categories');
  const cellType = types.find((t) => t.holdsMeetingsByDefault) ?? types[types.length - 1];
  const children = await call('GET', `/api/v1/organizations?parentId=${root}&size=50`);
  const parent = children.items.find((o) => !o.holdsMeetings && !o.validTo)?.id ?? root;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const cell = await call('POST', '/api/v1/organizations', {
    name: `${label} ${stamp}`,
    typeCode: cellType.code,
    categoryCode: (categories.find((c) => c.code === 'THON_BAN_TDP') ?? categories[0]).code,
    parentId: parent,
    holdsMeetings: true,
    hasCommittee: true,
    validFrom: '2020-01-01',
  });
  log(`cell ${cell.name} (${cell.id})`);
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Lò', 'Giàng', 'Vàng', 'Tẩn', 'Lường'];
  const given = ['Văn An', 'Thị Bình', 'Minh Châu', 'Thị Dung', 'Văn Đức', 'Thu Hà', 'Văn Khánh', 'Thị Lan'];
  await pool(
    Array.from({ length: members }, (_, i) => i),
    4,
    (i) =>
      call('POST', '/api/v1/members', {
        fullName: `${family[i % family.length]} ${given[i % given.length]} ${i + 1}`,
        birthYear: 1960 + (i % 40),
        gender: i % 2 ? 'FEMALE' : 'MALE',
        admissionDate: '2010-05-19',
        officialDate: probationaryEvery && i % probationaryEvery === probationaryEvery - 1 ? null : '2011-05-19',
        organizationId: cell.id,
        joinedOn: '2020-01-01',
      }),
  );
  log(`${members} members`);
  return cell;
}
