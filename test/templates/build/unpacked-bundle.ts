import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readZip } from '../../../templates/build';

/** Unpacks a zip into a fresh folder under the OS temp dir: no node_modules anywhere above it. */
export function unpack(zipPath: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-load-'));
  for (const entry of readZip(readFileSync(zipPath))) {
    mkdirSync(dirname(join(dir, entry.name)), { recursive: true });
    writeFileSync(join(dir, entry.name), entry.data);
  }
  return dir;
}

/** What Lambda sets; HOME points nowhere useful, so only the environment can supply credentials. */
export function lambdaEnv(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_SESSION_TOKEN: 'session',
    ...extra,
  };
}

/** Runs `script` in a child `node` in `dir` with a clean module path and returns what it printed. */
export function loadInChild(dir: string, script: string): string {
  return execFileSync(process.execPath, ['-e', script], { cwd: dir, env: lambdaEnv(dir), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** The same without blocking this process, so it can serve the child's HTTP calls meanwhile. */
export function runInChild(dir: string, script: string, extra: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { cwd: dir, env: lambdaEnv(dir, extra), encoding: 'utf8' }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout.trim()),
    );
  });
}
