#!/usr/bin/env node
// Fails when src/lib/api/schema.d.ts is not what openapi-typescript generates from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleness } from './stale-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committed = path.join(root, 'src/lib/api/schema.d.ts');
const contract = path.resolve(root, '../openapi.yaml');
const dir = mkdtempSync(path.join(tmpdir(), 'chibo-api-'));
const fresh = path.join(dir, 'schema.d.ts');
const cli = path.join(root, 'node_modules/openapi-typescript/bin/cli.js');

try {
  execFileSync(process.execPath, [cli, contract, '-o', fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const stale = staleness(
    committed,
    readFileSync(fresh, 'utf8'),
    'The generated API types are out of date: src/lib/api/schema.d.ts does not match ../openapi.yaml',
  );
  if (stale) {
    console.error(
      `${stale}\nRun "npm run gen:api" in frontend/, fix what no longer compiles, and commit the result.\n`,
    );
    process.exitCode = 1;
  } else {
    console.log('API types are up to date with ../openapi.yaml');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
