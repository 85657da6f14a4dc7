#!/usr/bin/env node
// Runs `npm ci` unless node_modules was installed from exactly this package-lock.json already.
// `--force` always installs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = path.join(root, 'package-lock.json');
const stamp = path.join(root, 'node_modules', '.chibo-lock-sha256');
const hash = createHash('sha256').update(readFileSync(lock)).update(process.version).digest('hex');

if (!process.argv.includes('--force') && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
  console.log('node_modules is up to date with package-lock.json (npm ci skipped)');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
  cwd: root,
  stdio: 'inherit',
  env,
  shell: process.platform === 'win32',
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, hash + '\n');
