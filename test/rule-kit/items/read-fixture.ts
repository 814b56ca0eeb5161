import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fixture file of this folder, parsed; what is in it is for the code under test to judge. */
export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as unknown;
}
