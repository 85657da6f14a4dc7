#!/usr/bin/env node
// Runs Spectral on the contract with the repository's ruleset (../.spectral.yaml).
// Spectral resolves the rulesets a ruleset extends from the ruleset's own folder (the repository
// root, which has no node_modules), so NODE_PATH points it at this package's node_modules.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modules = path.join(root, 'node_modules');
const cli = path.join(modules, '@stoplight/spectral-cli/dist/index.js');
const args = [
  'lint',
  '-r',
  '../.spectral.yaml',
  '../openapi.yaml',
  '--fail-severity',
  'error',
  ...process.argv.slice(2),
];
const env = { ...process.env, NODE_PATH: [modules, process.env.NODE_PATH].filter(Boolean).join(path.delimiter) };
const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
