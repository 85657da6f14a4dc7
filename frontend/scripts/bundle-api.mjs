#!/usr/bin/env node
// Bundles the contract source (../contract/openapi.yaml and the files it refers to, one per tag) with
// Redocly CLI into the root ../openapi.yaml, the single file every consumer reads.
//   node scripts/bundle-api.mjs          writes ../openapi.yaml
//   node scripts/bundle-api.mjs --check  fails when ../openapi.yaml is not what the source bundles to
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleness } from './stale-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(root, '../contract/openapi.yaml');
const target = path.resolve(root, '../openapi.yaml');
const cli = path.join(root, 'node_modules/@redocly/cli/bin/cli.js');
const check = process.argv.includes('--check');

// Redocly drops comments, so the notice is added after bundling.
const HEADER = `# GENERATED FILE, DO NOT EDIT. This contract is bundled from contract/ (one file per tag under
# contract/paths and contract/components) by Redocly CLI. Edit the files there, then run
#   npm --prefix frontend run bundle:api
# and commit both. The build fails (npm run check:api-bundle) when this file is stale.
`;

function bundle() {
  const dir = mkdtempSync(path.join(tmpdir(), 'chibo-bundle-'));
  const out = path.join(dir, 'openapi.yaml');
  try {
    // No telemetry or update check: the build must not depend on the network, and the output on nothing but the source.
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
    const result = spawnSync(process.execPath, [cli, 'bundle', source, '--output', out, '--ext', 'yaml'], {
      cwd: path.dirname(source),
      env,
      encoding: 'utf8',
    });
    // Redocly fails on a $ref that does not resolve; a warning (such as two components bundled under
    // one name) would change the bundle silently, so it fails too.
    if (
      result.status !== 0 ||
      !existsSync(out) ||
      /warning/i.test(result.stderr.replace(/Deprecation warning: Node\.js/g, ''))
    ) {
      process.stderr.write(result.stdout + result.stderr);
      console.error(`\nredocly bundle ${path.relative(process.cwd(), source)} failed: fix the contract source.`);
      process.exit(1);
    }
    return HEADER + readFileSync(out, 'utf8').replace(/\r\n/g, '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fresh = bundle();
if (!check) {
  writeFileSync(target, fresh);
  console.log(`Bundled ${path.relative(process.cwd(), source)} into ${path.relative(process.cwd(), target)}`);
} else {
  const stale = staleness(target, fresh, 'openapi.yaml is stale: it is not what contract/ bundles to');
  if (stale) {
    console.error(
      `${stale}\nEdit the contract under contract/, run "npm --prefix frontend run bundle:api" and commit both.\n`,
    );
    process.exitCode = 1;
  } else {
    console.log('openapi.yaml is up to date with contract/');
  }
}
