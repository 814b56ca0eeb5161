import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from './run-cli';

/** Text to `-o FILE` (relative to the working directory) or to standard output. */
export function writeOutput(text: string, output: string | undefined, io: CliIo): void {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  writeFileSync(resolve(io.cwd, output), text);
  io.stderr.write(`wrote ${output}\n`);
}
