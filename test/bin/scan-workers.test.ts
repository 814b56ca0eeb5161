import { join } from 'node:path';
import { runCli } from './run-cli';

const FIXTURES = join(__dirname, 'fixtures');
const ONE_THREAD = { CONFIG_RULES_WORKERS: '0' };
// Forces the worker thread whatever the input size (by default small input stays on one thread).
const WORKER = { CONFIG_RULES_WORKERS: '1' };

describe('config-rules scan with the worker thread', () => {
  it.each([
    ['the sample account', []],
    ['every accepted form', [join(FIXTURES, 'forms')]],
    ['a malformed item', [join(FIXTURES, 'bad', 'malformed-item.json')]],
  ])('prints the one-thread JSON report byte for byte: %s', (_name, paths) => {
    const single = runCli(['scan', ...paths, '--format', 'json'], undefined, ONE_THREAD);
    const threaded = runCli(['scan', ...paths, '--format', 'json'], undefined, WORKER);
    expect(single.stdout.length).toBeGreaterThan(100);
    expect(threaded.stderr).toBe(single.stderr);
    expect(threaded.status).toBe(single.status);
    expect(threaded.stdout).toBe(single.stdout);
  }, 60_000);

  it('reports input that is not JSON with exit 2, as on one thread', () => {
    const file = join(FIXTURES, 'bad', 'not-json.json');
    const single = runCli(['scan', file, '--format', 'json'], undefined, ONE_THREAD);
    const threaded = runCli(['scan', file, '--format', 'json'], undefined, WORKER);
    expect(single.status).toBe(2);
    expect(threaded.status).toBe(2);
    expect(threaded.stderr).toBe(single.stderr);
  }, 60_000);

  it('starts the worker from the TypeScript sources too (tsx, without the bundle)', () => {
    const bundled = runCli(['scan', '--format', 'json'], undefined, ONE_THREAD);
    const sources = runCli(['scan', '--format', 'json'], undefined, { ...WORKER, CONFIG_RULES_NO_BUNDLE: '1' });
    expect(sources.stderr).toBe('');
    expect(sources.stdout).toBe(bundled.stdout);
  }, 60_000);
});
