import { fileSource, formatJson, scan, StringTextOutput, type ScanOptions, type ScanReport } from '../../../rule-kit/scanner';

export type FileScanOptions = ScanOptions & { readonly files: readonly string[] };

/** `scan` over files, as the CLI reads them. */
export function scanFiles({ files, ...options }: FileScanOptions): Promise<ScanReport> {
  return scan(fileSource(files), options);
}

/** The JSON report, as the CLI writes it. */
export async function renderJson(report: ScanReport | Promise<ScanReport>): Promise<string> {
  const out = new StringTextOutput();
  await formatJson(await report, out);
  return out.toString();
}
