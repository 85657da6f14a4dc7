// The packaged backend as a child process, for the tests that kill it or cut it off from Keycloak
// (crash-test.mjs, idp-outage-test.mjs): started on its own port and data folder, awaited, stopped.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The java binary and JVM options of the packaged backend from scripts/lib.sh (backend_java_command), the
 * one place its command line is made: backend/jvm.options and the build's AOT cache next to the jar.
 */
export function backendJavaCommand(jar) {
  const lines = execFileSync('bash', ['-c', 'source "$1" && backend_java_command "$2"', 'java-command',
    path.join(ROOT, 'scripts/lib.sh'), jar], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .split('\n').filter(Boolean);
  return { java: lines[0], options: lines.slice(1) };
}

export class PackagedBackend {
  /**
   * @param {object} o port, managementPort (health and metrics; default port + 1000), dataDir, log (file),
   *   authServerUrl, health ('ready' or 'live'),
   *   jar (default: the H2 build), options (extra JVM options), startSeconds (how long to wait, 180)
   */
  constructor(o) {
    this.o = { health: 'ready', jar: path.join(ROOT, 'backend/target/quarkus-app/quarkus-run.jar'), options: [],
      startSeconds: 180, managementPort: o.port + 1000, ...o };
    /** Health and metrics are on the management interface, not on the API port. */
    this.managementUrl = `http://127.0.0.1:${this.o.managementPort}`;
    this.process = null;
  }

  async start() {
    const { port, managementPort, dataDir, log, authServerUrl, health, jar, options, startSeconds } = this.o;
    fs.mkdirSync(path.dirname(log), { recursive: true });
    const out = fs.openSync(log, 'a');
    const java = backendJavaCommand(jar);
    this.process = spawn(java.java, [...java.options,
      `-Dquarkus.http.port=${port}`, '-Dquarkus.http.host=127.0.0.1', `-Dquarkus.management.port=${managementPort}`,
      `-Dchibo.data-dir=${dataDir}`,
      // The demo tree and users, without the year of history: these tests restart the backend often.
      '-Dchibo.demo-data=true', '-Dchibo.demo-history=false', `-Dquarkus.oidc.auth-server-url=${authServerUrl}`,
      ...options, '-jar', jar,
    ], { stdio: ['ignore', out, out] });
    const until = Date.now() + startSeconds * 1000;
    while (Date.now() < until) {
      if (this.process.exitCode !== null) throw new Error(`the backend exited (${this.process.exitCode}); see ${log}`);
      try {
        if ((await fetch(`${this.managementUrl}/q/health/${health}`)).ok) return;
      } catch { /* not listening yet */ }
      await sleep(250);
    }
    throw new Error(`the backend was not ${health} in ${startSeconds} s; see ${log}`);
  }

  /** SIGKILL (a crash) or SIGTERM (a clean stop); resolves once the process is gone. */
  async stop(signal = 'SIGTERM') {
    if (!this.process || this.process.exitCode !== null) return;
    const dead = new Promise((r) => this.process.once('exit', r));
    this.process.kill(signal);
    await dead;
  }
}
