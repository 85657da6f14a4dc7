// The capacity figures of the province data set (bench/capacity.sh, through province-bench.mjs with
// BENCH_CAPACITY=1): rows, bytes and rows per member per year of every table, and the SQL statements one
// committee read executes (pg_stat_statements, loaded by bench/capacity.sh's server options).
import { spawnSync } from 'node:child_process';

/** Tables that grow with the tree and its rosters, not with a year of activity: no rows per member per year. */
const STOCK = new Set(['organization', 'org_lineage', 'member', 'membership', 'appointment', 'position_held',
  'designation', 'supervision_team', 'supervision_team_member', 'supervision_assignment', 'notice_preference',
  'calendar_feed', 'webhook_subscription']);
/** Reference and configuration data, and bookkeeping of a fixed size. */
const REFERENCE = new Set(['org_type', 'org_category', 'agenda_template_item', 'scoring_template', 'scoring_criterion',
  'rating_band', 'rating_criterion', 'rating_regulation', 'rating_cycle', 'policy_profile', 'legal_reference',
  'flyway_schema_history', 'job_lease', 'alert_daily_run', 'model_programme', 'topic_group', 'record_number']);
/** Times each read is counted; the smallest count is kept (a scheduled job may run statements meanwhile). */
const COUNT_RUNS = 3;

/** Rows of a query through psql on the benchmark's database, each an array of its tab-separated columns. */
export function sql(query) {
  const run = spawnSync(process.env.BENCH_PSQL, ['-h', '127.0.0.1', '-p', process.env.BENCH_PG_PORT, '-U', 'postgres',
    '-d', 'chibo', '-v', 'ON_ERROR_STOP=1', '-qAt', '-F', '\t', '-c', query], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`psql failed on ${query.slice(0, 80)}: ${run.stderr}`);
  return run.stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
}

export function enableStatementStatistics() {
  const [[loaded]] = sql("select current_setting('shared_preload_libraries')");
  if (!loaded.includes('pg_stat_statements')) {
    throw new Error('PostgreSQL was started without pg_stat_statements (bench/capacity.sh starts it with it)');
  }
  sql('create extension if not exists pg_stat_statements');
}

/**
 * The statements one call of `url` executes, after the warm-up the timing did (caches as a committee sees
 * them on its second view): `sql` the queries and data changes, of which `writes` the data changes (a read
 * that writes cannot go to a read replica as it is), `control` the transaction control
 * (BEGIN/COMMIT/SET...), pg_stat_statements' own statements left out. The smallest of COUNT_RUNS counts.
 */
export async function statementsOf(url, request) {
  let best = null;
  for (let i = 0; i < COUNT_RUNS; i++) {
    sql('select pg_stat_statements_reset()');
    const res = await request('GET', url);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const [[total, control, writes]] = sql(`select coalesce(sum(calls), 0),
        coalesce(sum(calls) filter (where query !~* '^\\s*(select|insert|update|delete|with|merge)\\M'), 0),
        coalesce(sum(calls) filter (where query ~* '^\\s*(insert|update|delete|merge)\\M'), 0)
      from pg_stat_statements where query not ilike '%pg_stat_statements%'`);
    const count = { sql: Number(total) - Number(control), control: Number(control), writes: Number(writes) };
    if (!best || count.sql + count.control < best.sql + best.control) best = count;
  }
  return best;
}

/** Prints the read table: server p50/p95 (from the timing) and statements per call. */
export function printReads(day, results) {
  console.log(`\nCommittee reads of the province as of ${day} (server time from Server-Timing; statements per call after warm-up)`);
  console.log('read                       p50 ms   p95 ms  SQL stmts  of which writes  tx control    size KB');
  for (const r of results) {
    console.log(`${r.name.padEnd(24)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} `
      + `${String(r.statements.sql).padStart(10)} ${String(r.statements.writes).padStart(16)} `
      + `${String(r.statements.control).padStart(11)} `
      + `${(r.bytes / 1024).toFixed(1).padStart(10)}`);
  }
}

/**
 * Prints every table of the schema (as Flyway left it): exact rows, total bytes (heap, TOAST and indexes),
 * of which index bytes, bytes per row, and for the tables a year of activity writes, rows per member per
 * year. The year: the months (in Vietnam time) of the data set that have regular (monthly) meetings up to the as-of
 * day, divided by 12 (a committee's pre-meeting three days before a regular meeting on the 1st falls in the month before).
 */
export function printTables(asOf) {
  // meeting.scheduled_start is a UTC timestamp; a meeting at 06:00 on the 1st in Vietnam is on the 31st in UTC.
  const [[members, months, first, last]] = sql(`with m as (select scheduled_start at time zone 'UTC'
      at time zone 'Asia/Ho_Chi_Minh' as local from meeting
      where type = 'REGULAR' and scheduled_start <= '${asOf}'::timestamptz at time zone 'UTC')
    select (select count(*) from member), count(distinct date_trunc('month', local)), min(local)::date, max(local)::date from m`);
  const years = Number(months) / 12;
  const tables = sql(`select c.relname, pg_total_relation_size(c.oid), pg_indexes_size(c.oid)
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname not like 'pg_stat_statements%' order by 1`);
  const rows = tables.map(([name, total, indexes]) => {
    const [[count]] = sql(`select count(*) from "${name}"`);
    const kind = STOCK.has(name) ? 'stock' : REFERENCE.has(name) ? 'ref' : 'year';
    return { name, count: Number(count), total: Number(total), indexes: Number(indexes), kind };
  }).sort((a, b) => b.total - a.total);
  const [[database]] = sql("select pg_database_size('chibo')");
  console.log(`\nTables as of ${asOf.slice(0, 10)}: ${members} members; history: ${months} months with regular meetings `
    + `(${first} to ${last}) = ${years.toFixed(2)} years; database ${mb(Number(database))} MB`);
  console.log('table                          kind       rows   total MB   index MB  bytes/row  rows/member/year');
  let sum = { year: 0, all: 0, yearRows: 0 };
  for (const t of rows) {
    const perRow = t.count ? Math.round(t.total / t.count) : 0;
    const perMember = t.kind === 'year' ? (t.count / Number(members) / years).toFixed(3) : '-';
    sum.all += t.total;
    if (t.kind === 'year') { sum.year += t.total; sum.yearRows += t.count; }
    console.log(`${t.name.padEnd(30)} ${t.kind.padEnd(5)} ${String(t.count).padStart(10)} ${mb(t.total).padStart(10)} `
      + `${mb(t.indexes).padStart(10)} ${String(perRow || '-').padStart(10)} ${perMember.padStart(17)}`);
  }
  console.log(`all tables: ${mb(sum.all)} MB; the year's tables: ${mb(sum.year)} MB, ${sum.yearRows} rows = `
    + `${(sum.yearRows / Number(members) / years).toFixed(1)} rows and `
    + `${Math.round(sum.year / Number(members) / years)} bytes per member per year (indexes included)`);
}

function mb(bytes) {
  return (bytes / 1048576).toFixed(1);
}
