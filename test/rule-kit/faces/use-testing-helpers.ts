/**
 * Run in a fresh Node process, without Jest: the testing face's pure helpers must work there (only
 * `expectVerdict` needs Jest's global `expect`). Prints the verdicts as JSON.
 */
import { join } from 'node:path';
import { changeEvent, evaluateWith, loadItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/s3-bucket-public-access';

const fixtures = join(__dirname, '..', '..', 'rules', 's3-bucket-public-access', 'fixtures');
const open = loadItem(join(fixtures, 'bucket-acl-allusers-read.json'));
const closed = loadItem(join(fixtures, 'bucket-private.json'));
process.stdout.write(
  JSON.stringify({
    hasJestExpect: 'expect' in globalThis,
    open: evaluateWith(rule, open).compliance,
    closed: evaluateWith(rule, closed).compliance,
    event: typeof changeEvent(open).invokingEvent,
  }),
);
