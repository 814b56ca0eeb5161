import { closeSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { RuleDefinition } from '../../rule-kit';
import {
  fileSource,
  scan,
  ScanError,
  type ScanProgress,
  type ScanReport,
  selectRules,
  UnwritableOutputError,
} from '../../rule-kit/scanner';
import { formatJson } from '../../rule-kit/scanner/format-json';
import { formatJunit } from '../../rule-kit/scanner/format-junit';
import { formatSarif } from '../../rule-kit/scanner/format-sarif';
import { formatTable } from '../../rule-kit/scanner/format-table';
import { SpoolEvaluationStore } from '../../rule-kit/scanner/spool-evaluation-store';
import { FileTextOutput, StreamTextOutput, type TextOutput } from '../../rule-kit/scanner/text-output';
import { parseCommand, USAGE, type Command } from './parse-command';
import type { StartScanWorker } from '../../rule-kit/scanner/scan-worker-client';
import { ProgressLine } from './progress-line';
import { workerOption } from './start-scan-worker';
import { projectRoot } from './project-root';
import { UsageError } from './usage-error';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE } from './exit-status';
import { isAuthoringCommand, runAuthoringCommand } from './authoring-command';

export interface CliIo {
  readonly stdout: Writable & { readonly isTTY?: boolean };
  readonly stderr: Writable & { readonly isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Starts the scan's worker thread; without it the scan runs on one thread. */
  readonly startScanWorker?: StartScanWorker;
}

export { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE } from './exit-status';

const ROOT = projectRoot(__dirname);

/** The project's sample account: what `config-rules scan` reads without a PATH. */
export const SAMPLE_ACCOUNT = join(ROOT, 'bin', 'sample-account', 'config-snapshot.json.gz');

function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Runs one command line and returns the exit status. Nothing is written to the output before the scan
 * has finished, so unreadable input (exit 2) never leaves half a report behind.
 */
export async function runCli(argv: readonly string[], rules: readonly RuleDefinition[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`config-rules: ${error.reason}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (command.kind === 'help') {
    io.stdout.write(USAGE);
    return EXIT_CLEAN;
  }
  if (isAuthoringCommand(command)) return runAuthoringCommand(command, rules, io);
  const store = new SpoolEvaluationStore();
  const worker = workerOption(io.startScanWorker, io.env);
  const progress = new ProgressLine(io.stderr);
  try {
    const { selected, notRun } = selectRules(rules, { ruleIds: command.ruleIds, parameters: command.parameters });
    const source = fileSource(command.paths.length > 0 ? command.paths.map((path) => resolve(io.cwd, path)) : [SAMPLE_ACCOUNT]);
    const report = await scan(source, {
      rules: selected,
      rulesNotRun: notRun,
      store,
      ...(worker === undefined ? {} : { worker }),
      onProgress: (p: ScanProgress) => progress.update(() => `scanning ${p.file}: ${p.items.toLocaleString('en-US')} items, ${(p.bytes / 1e6).toFixed(0)} MB`),
    });
    progress.clear();
    try {
      await writeReport(report, command, io);
    } catch (error) {
      // Standard output closed by its reader (`| head`): the rest of the report has nowhere to go.
      if (!isBrokenPipe(error)) throw error;
    }
    const { summary } = report;
    // Something was not read: the report covers the rest, and the status says it is incomplete.
    if (summary.inputErrors !== undefined) {
      io.stderr.write(`config-rules: ${summary.inputErrors} input(s) could not be read: see the report's errors\n`);
      return EXIT_USAGE;
    }
    const failed = summary.compliance.NON_COMPLIANT > 0 || summary.itemsMalformed > 0 || summary.ruleErrors > 0;
    return failed ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (error) {
    progress.clear();
    if (error instanceof ScanError) {
      io.stderr.write(`config-rules: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  } finally {
    await store.dispose();
  }
}

function isBrokenPipe(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'EPIPE';
}

async function writeReport(report: ScanReport, command: Extract<Command, { kind: 'scan' }>, io: CliIo): Promise<void> {
  if (command.output === undefined) {
    const out = new StreamTextOutput(io.stdout);
    const color = io.stdout.isTTY === true && io.env['NO_COLOR'] === undefined;
    await format(report, command, out, { color, cwd: io.cwd });
    await out.flush();
    return;
  }
  const path = resolve(io.cwd, command.output);
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new UnwritableOutputError(path, error instanceof Error ? error.message : String(error));
  }
  try {
    const out = new FileTextOutput(fd);
    await format(report, command, out, { color: false, cwd: io.cwd });
    out.flush();
  } finally {
    closeSync(fd);
  }
}

async function format(
  report: ScanReport,
  command: Extract<Command, { kind: 'scan' }>,
  out: TextOutput,
  options: { color: boolean; cwd: string },
): Promise<void> {
  switch (command.format) {
    case 'table':
      return formatTable(report, out, { color: options.color, verbose: command.verbose });
    case 'json':
      return formatJson(report, out);
    case 'junit':
      return formatJunit(report, out);
    case 'sarif':
      return formatSarif(report, out, { toolVersion: toolVersion(), baseDir: options.cwd });
  }
}
