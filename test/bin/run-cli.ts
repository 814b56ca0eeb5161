import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const CLI = join(__dirname, '..', '..', 'bin', 'config-rules.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI as users do, in a child process (the bundle is built on the first run). */
export function runCli(args: readonly string[], cwd = process.cwd(), env: Readonly<Record<string, string>> = {}): CliRun {
  const child = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

export interface JsonReport {
  readonly evaluations: {
    readonly ConfigRuleName: string;
    readonly ComplianceResourceType: string;
    readonly ComplianceResourceId: string;
    readonly ComplianceType: string;
    readonly Annotation?: string;
    readonly OrderingTimestamp: string;
  }[];
  readonly summary: {
    readonly itemsRead: number;
    readonly itemsEvaluated: number;
    readonly itemsSkipped: number;
    readonly itemsMalformed: number;
    readonly skipped: { reason: string; resourceType: string; count: number }[];
    readonly byRule: Record<string, Record<string, number>>;
    readonly compliance: Record<string, number>;
    readonly evaluations: number;
  };
  readonly errors: { file: string; position: Record<string, number>; error: string; message: string }[];
}
