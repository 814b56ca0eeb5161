import { spawn } from 'node:child_process';
import { CLI, type CliRun } from './run-cli';

/**
 * Runs the CLI in a child process without blocking this one: tests whose AWS stand-in listens in this
 * process need its event loop free while the CLI calls it.
 */
export function runCliAsync(args: readonly string[], env: Readonly<Record<string, string>>, cwd = process.cwd()): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_')));
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...clean, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
