import { closeSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { RuleDefinition } from '../../rule-kit';
import {
  FileTextOutput,
  fileSource,
  reportSink,
  scan,
  ScanError,
  selectRules,
  SpoolEvaluationStore,
  StreamTextOutput,
  UnwritableOutputError,
  type ScanProgress,
  type ReportSink,
  type ScanReport,
} from '../../rule-kit/scanner';
import { CredentialsUnavailableError, isS3Url } from '../../rule-kit/scanner/sources';
import { collect } from './collect';
import { parseCommand, USAGE, type Command } from './parse-command';
import { awsSources, readsAws } from './scan-aws';
import { ProgressLine } from './progress-line';
import { projectRoot } from './project-root';
import { UsageError } from './usage-error';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE } from './exit-status';
import { isAuthoringCommand, runAuthoringCommand } from './authoring-command';

export interface CliIo {
  readonly stdout: Writable & { readonly isTTY?: boolean };
  readonly stderr: Writable & { readonly isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
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
  if (command.kind === 'collect') return runCollect(command, rules, io);
  const store = new SpoolEvaluationStore();
  const progress = new ProgressLine(io.stderr);
  try {
    const { selected, notRun } = selectRules(rules, { ruleIds: command.ruleIds, parameters: command.parameters });
    const aws = readsAws(command.live, command.paths)
      ? await awsSources({ live: command.live, paths: command.paths, rules: selected.map((s) => s.rule), aws: command.aws, progress })
      : undefined;
    const localPaths = command.paths.filter((path) => !isS3Url(path));
    const local = localPaths.length > 0 || aws !== undefined ? localPaths.map((path) => resolve(io.cwd, path)) : [SAMPLE_ACCOUNT];
    const sources = [...(local.length > 0 ? [fileSource(local)] : []), ...(aws?.sources ?? [])];
    const report = await scan(sources, {
      rules: selected,
      rulesNotRun: notRun,
      store,
      ...(aws === undefined ? {} : { sourceKind: aws.kind }),
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
    const unproven = command.requireEvidence && summary.notEvaluated.length > 0;
    return failed || unproven ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (error) {
    progress.clear();
    if (error instanceof ScanError || error instanceof CredentialsUnavailableError) {
      io.stderr.write(`config-rules: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  } finally {
    await store.dispose();
  }
}

async function runCollect(command: Extract<Command, { kind: 'collect' }>, rules: readonly RuleDefinition[], io: CliIo): Promise<number> {
  const progress = new ProgressLine(io.stderr);
  try {
    const { selected } = selectRules(rules, { ruleIds: command.ruleIds });
    const outcome = await collect({ rules: selected.map((s) => s.rule), output: command.output, cwd: io.cwd, aws: command.aws, progress });
    progress.clear();
    for (const failure of outcome.failures) {
      const place = [failure.account, failure.region].filter((part) => part !== undefined).join('/');
      io.stderr.write(`config-rules: ${failure.name}${place === '' ? '' : ` (${place})`}: ${failure.code}${failure.action === undefined ? '' : ` ${failure.action}`}: ${failure.message}\n`);
    }
    io.stderr.write(`config-rules: collected ${outcome.items} item(s) into ${command.output}\n`);
    return outcome.failures.length > 0 ? EXIT_USAGE : EXIT_CLEAN;
  } catch (error) {
    progress.clear();
    if (error instanceof ScanError || error instanceof CredentialsUnavailableError) {
      io.stderr.write(`config-rules: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function isBrokenPipe(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'EPIPE';
}

async function writeReport(report: ScanReport, command: Extract<Command, { kind: 'scan' }>, io: CliIo): Promise<void> {
  const sink = (color: boolean): ReportSink => reportSink(command.format, { color, verbose: command.verbose, toolVersion: toolVersion(), baseDir: io.cwd });
  if (command.output === undefined) {
    const out = new StreamTextOutput(io.stdout);
    await sink(io.stdout.isTTY === true && io.env['NO_COLOR'] === undefined).write(report, out);
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
    await sink(false).write(report, out);
    out.flush();
  } finally {
    closeSync(fd);
  }
}
