import { formatJson } from './format-json';
import { formatJunit } from './format-junit';
import { formatSarif } from './format-sarif';
import { formatTable } from './format-table';
import type { ScanReport } from './scan-report';
import type { TextOutput } from './text-output';

/** The report formats the scanner writes. */
export type ReportFormat = 'table' | 'json' | 'junit' | 'sarif';

/** The last stage: a finished scan's report, written somewhere in one format. */
export interface ReportSink {
  readonly format: ReportFormat;
  write(report: ScanReport, out: TextOutput): Promise<void>;
}

export interface SinkOptions {
  /** table: colour (a terminal, `NO_COLOR` unset). */
  readonly color: boolean;
  /** table: list compliant and not-applicable resources too. */
  readonly verbose: boolean;
  /** sarif: the tool's version, and the folder artifact URIs are relative to. */
  readonly toolVersion: string;
  readonly baseDir: string;
}

/**
 * The sink for a format, over the formatters (format-*.ts), which own each format's bytes.
 *
 * @example
 * const out = new StringTextOutput();
 * await reportSink('json', { color: false, verbose: false, toolVersion: '1.0.0', baseDir: process.cwd() }).write(report, out);
 */
export function reportSink(format: ReportFormat, options: SinkOptions): ReportSink {
  switch (format) {
    case 'table':
      return { format, write: (report, out) => formatTable(report, out, { color: options.color, verbose: options.verbose }) };
    case 'json':
      return { format, write: (report, out) => formatJson(report, out) };
    case 'junit':
      return { format, write: (report, out) => formatJunit(report, out) };
    case 'sarif':
      return { format, write: (report, out) => formatSarif(report, out, { toolVersion: options.toolVersion, baseDir: options.baseDir }) };
  }
}
