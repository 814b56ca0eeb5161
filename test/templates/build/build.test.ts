import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { rules } from '../../../rules';
import { buildZips, BUNDLE_FILE, CLIENTS_CODE_FILE, MissingHandlerError, readZip, type BuiltZip } from '../../../templates/build';
import { loadInChild, unpack } from './unpacked-bundle';

const ROOT = resolve(__dirname, '..', '..', '..');
const FIXTURE_RULES = 'test/templates/build/fixtures/rules';
const FIXTURE_IDS = ['fake-plain', 'fake-sdk'];
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

jest.setTimeout(120_000);

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The build CLI in a child process, so TZ applies from process start. */
function buildInChild(outDir: string, tz: string): void {
  execFileSync(TSX, ['templates/build/main.ts', '--out', outDir, '--rules-dir', FIXTURE_RULES, '--ids', FIXTURE_IDS.join(',')], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    stdio: 'pipe',
  });
}

/** Whether a node_modules folder outside the unpacked zip could serve its requires. */
function hasNodeModulesAbove(dir: string): boolean {
  for (let at = dirname(dir); ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules'))) return true;
    if (dirname(at) === at) return false;
  }
}

describe('build', () => {
  let fixtureOut: string;

  beforeAll(() => {
    fixtureOut = mkdtempSync(join(tmpdir(), 'build-utc-'));
    buildInChild(fixtureOut, 'UTC');
  });

  it('gives byte-identical zips across builds in different time zones', () => {
    const other = mkdtempSync(join(tmpdir(), 'build-auckland-'));
    buildInChild(other, 'Pacific/Auckland');
    const names = readdirSync(fixtureOut).sort();
    expect(names).toEqual(FIXTURE_IDS.map((id) => `${id}.zip`));
    expect(readdirSync(other).sort()).toEqual(names);
    for (const name of names) expect(sha256(join(other, name))).toBe(sha256(join(fixtureOut, name)));
  });

  it('puts index.js and the SDK clients the rule uses in each zip, and it runs from a folder with no node_modules', () => {
    const expectedFiles: Record<string, string[]> = {
      'fake-plain': [BUNDLE_FILE],
      'fake-sdk': [
        CLIENTS_CODE_FILE,
        BUNDLE_FILE,
        'node_modules/@aws-sdk/client-config-service/index.js',
        'node_modules/@aws-sdk/client-config-service/package.json',
      ],
    };
    for (const id of FIXTURE_IDS) {
      const entries = readZip(readFileSync(join(fixtureOut, `${id}.zip`)));
      expect(entries.map((entry) => entry.name)).toEqual(expectedFiles[id]);
      const dir = unpack(join(fixtureOut, `${id}.zip`));
      expect(hasNodeModulesAbove(dir)).toBe(false);
      const output = loadInChild(
        dir,
        'require("./index.js").handler({ name: "x", resultToken: "TESTMODE" }).then((r) => console.log(r), (e) => { console.error(e); process.exit(2); })',
      );
      // The SDK fixture constructs a real ConfigServiceClient and command (only possible if the SDK is in the
      // bundle) and resolves credentials through the bundled default provider (the environment, as in Lambda).
      expect(output).toBe(id === 'fake-sdk' ? 'function TESTMODE AKIAIOSFODNN7EXAMPLE' : 'hello x');
    }
  });

  it('leaves out the SDK default credential chain (profiles, SSO, metadata service) from bundles', () => {
    const code = readZip(readFileSync(join(fixtureOut, 'fake-sdk.zip')))
      .map((entry) => entry.data.toString())
      .join('\n');
    expect(code.includes('AWS_ACCESS_KEY_ID')).toBe(true);
    // Markers of the container, SSO and credential_process providers of the default chain.
    for (const marker of ['AWS_CONTAINER_CREDENTIALS_FULL_URI', 'sso_start_url', 'credential_process']) expect(`${marker}: ${code.includes(marker)}`).toBe(`${marker}: false`);
  });

  it('names the rule whose Lambda entry is missing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'build-missing-'));
    await expect(buildZips([{ id: 'no-such-rule', entry: join(ROOT, FIXTURE_RULES, 'no-such-rule', 'handler.ts') }], ROOT, out)).rejects.toThrow(
      MissingHandlerError,
    );
  });

  describe('rules in the registry', () => {
    // Rules whose handler.ts exists; the lead adds them as rules land.
    const withHandlers = rules.filter((rule) => existsSync(join(ROOT, 'rules', rule.id, 'handler.ts')));
    let built: BuiltZip[] = [];

    beforeAll(async () => {
      built = await buildZips(
        withHandlers.map((rule) => ({ id: rule.id, entry: join(ROOT, 'rules', rule.id, 'handler.ts') })),
        ROOT,
        mkdtempSync(join(tmpdir(), 'build-rules-')),
      );
    });

    it('builds every rule that has a handler, each loading from an empty folder and exporting handler', () => {
      expect(built.map((zip) => zip.id)).toEqual(withHandlers.map((rule) => rule.id));
      for (const zip of built) {
        const dir = unpack(zip.path);
        const output = loadInChild(dir, 'const m = require("./index.js"); console.log(typeof m.handler)');
        expect(`${zip.id}: ${output}`).toBe(`${zip.id}: function`);
      }
    });
  });
});
