import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rules } from '../../../rules';
import {
  createRule,
  NewRuleRefusedError,
  parseParameterOption,
  planRuleFiles,
  prepareNewRule,
  RegenerationFailedError,
  registerRule,
  type NewRuleOptions,
} from '../../../bin/new-rule';
import { loadResourceSchema } from '../../../bin/sample-item';
import { runCli } from '../run-cli';

const ROOT = resolve(__dirname, '..', '..', '..');
const schema = loadResourceSchema();
const ids = rules.map((rule) => rule.id);
const options = (overrides: Partial<NewRuleOptions> = {}): NewRuleOptions => ({
  id: 'volume-encrypted',
  resourceTypes: ['AWS::EC2::Volume'],
  periodic: false,
  collector: false,
  parameters: [],
  ...overrides,
});
const refusal = (act: () => unknown): string => {
  try {
    act();
  } catch (error) {
    if (error instanceof NewRuleRefusedError) return error.message;
    throw error;
  }
  throw new Error('not refused');
};

describe('config-rules new: what it accepts', () => {
  it('starts a volume rule on configuration.encrypted, the boolean named like the rule', () => {
    const spec = prepareNewRule(ROOT, schema, options(), ids);
    expect(spec.checks).toEqual([{ resourceType: 'AWS::EC2::Volume', kind: 'true', field: 'encrypted' }]);
  });

  it('falls back to a top-level string for a type without a top-level boolean; --collector implies periodic', () => {
    const spec = prepareNewRule(ROOT, schema, options({ id: 'bucket-check', resourceTypes: ['AWS::S3::Bucket'], collector: true }), ids);
    expect(spec.checks).toEqual([{ resourceType: 'AWS::S3::Bucket', kind: 'non-empty', field: 'name' }]);
    expect(spec).toMatchObject({ periodic: true, collector: true });
  });

  it.each([
    ['maxAgeDays:integer=90', { name: 'maxAgeDays', kind: 'integer', defaultLiteral: '90' }],
    ['ports:portRangeList=22,1020-1025', { name: 'ports', kind: 'portRangeList', defaultLiteral: '[{ from: 22, to: 22 }, { from: 1020, to: 1025 }]' }],
    ["label:string=it's", { name: 'label', kind: 'string', defaultLiteral: "'it\\'s'" }],
    ['strict:boolean=True', { name: 'strict', kind: 'boolean', defaultLiteral: 'true' }],
    ['names:stringList', { name: 'names', kind: 'stringList', defaultLiteral: undefined }],
  ])('reads --param %s as the kit parses its default', (text, expected) => {
    expect(parseParameterOption(text)).toEqual(expected);
  });
});

describe('config-rules new: what it refuses', () => {
  it.each([
    ['an existing id', options({ id: 'sg-open-ports' }), /"sg-open-ports" exists already/],
    ['an id not in kebab-case', options({ id: 'VolumeEncrypted' }), /not kebab-case/],
    ['a double hyphen', options({ id: 'volume--encrypted' }), /not kebab-case/],
    ['an unknown resource type', options({ resourceTypes: ['AWS::EC2::Volumes'] }), /AWS::EC2::Volumes" is not a resource type AWS Config supports/],
    ['no resource type', options({ resourceTypes: [] }), /--resource-type "" is required/],
    ['a parameter without a type', options({ parameters: ['maxAgeDays'] }), /is not NAME:TYPE/],
    ['a parameter of an unknown type', options({ parameters: ['maxAgeDays:number'] }), /type "number", not one of string, integer/],
    ['a default its type rejects', options({ parameters: ['maxAgeDays:integer=ninety'] }), /default the kit rejects.*not a whole number/],
    ['a name defineRule rejects', options({ parameters: ['max-age:integer'] }), /letters and digits/],
    ['a name the kit reserves', options({ parameters: ['ExecutionRoleName:string'] }), /reserves/],
    ['a parameter given twice', options({ parameters: ['a:string', 'a:integer'] }), /"a" is given more than once/],
  ])('%s', (_label, given, message) => {
    expect(refusal(() => prepareNewRule(ROOT, schema, given, ids))).toMatch(message);
  });
});

describe('registering the rule in rules/index.ts', () => {
  const registry = readFileSync(join(ROOT, 'rules', 'index.ts'), 'utf8');

  it('adds the import in folder order and the entry at the end of an unsorted list', () => {
    const lines = registerRule(registry, 'volume-encrypted').split('\n');
    const imports = lines.filter((line) => line.startsWith('import { rule as '));
    expect(imports).toEqual([...imports].sort());
    expect(imports).toContain("import { rule as volumeEncrypted } from './volume-encrypted';");
    expect(lines[lines.lastIndexOf('];') - 1]).toBe('  volumeEncrypted,');
  });

  it('keeps a sorted list sorted', () => {
    const sorted = "import { rule as aRule } from './a-rule';\nimport { rule as cRule } from './c-rule';\n\nexport const rules: readonly RuleDefinition[] = [\n  aRule,\n  cRule,\n];\n";
    expect(registerRule(sorted, 'b-rule')).toBe(
      "import { rule as aRule } from './a-rule';\nimport { rule as bRule } from './b-rule';\nimport { rule as cRule } from './c-rule';\n\nexport const rules: readonly RuleDefinition[] = [\n  aRule,\n  bRule,\n  cRule,\n];\n",
    );
  });
});

describe('writing the rule', () => {
  it('plans the rule, its tests, one fixture per type with the starter field passing, and the registry', () => {
    const spec = prepareNewRule(ROOT, schema, options({ resourceTypes: ['AWS::EC2::Volume', 'AWS::S3::Bucket'], collector: true }), ids);
    const files = planRuleFiles(schema, spec, readFileSync(join(ROOT, 'rules', 'index.ts'), 'utf8'));
    expect(files.map((file) => file.path)).toEqual([
      'rules/volume-encrypted/rule.ts',
      'rules/volume-encrypted/index.ts',
      'rules/volume-encrypted/handler.ts',
      'rules/volume-encrypted/collector.ts',
      'rules/volume-encrypted/README.md',
      'test/rules/volume-encrypted/volume-encrypted.test.ts',
      'test/rules/volume-encrypted/fixtures/volume.json',
      'test/rules/volume-encrypted/fixtures/bucket.json',
      'rules/index.ts',
    ]);
    const volume = JSON.parse(files.find((file) => file.path.endsWith('volume.json'))?.content ?? '{}') as { configurationItem: { configuration: unknown } };
    expect(volume.configurationItem.configuration).toMatchObject({ encrypted: true });
    const readme = files.find((file) => file.path.endsWith('README.md'))?.content ?? '';
    for (const section of ['## Parameters', '## Verdicts', '## Matches', '## Sources']) expect(readme).toContain(section);
  });

  it('puts every file back when regenerating fails', () => {
    // Prepare: a project whose `npm run generate` fails.
    const root = mkdtempSync(join(tmpdir(), 'new-rule-'));
    mkdirSync(join(root, 'rules'));
    writeFileSync(join(root, 'rules', 'index.ts'), 'before\n');
    writeFileSync(join(root, 'generated.yaml'), 'kept\n');
    // The generator rewrites a file, then fails.
    writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts: { generate: 'echo changed > generated.yaml; exit 3' } }));
    const spec = prepareNewRule(root, schema, options(), []);
    // Act
    let thrown: unknown;
    try {
      createRule(root, spec, [
        { path: 'rules/volume-encrypted/rule.ts', content: 'x' },
        { path: 'rules/index.ts', content: 'after\n' },
      ], ['generated.yaml']);
    } catch (error) {
      thrown = error;
    }
    // Assess
    expect(thrown).toBeInstanceOf(RegenerationFailedError);
    expect(readFileSync(join(root, 'rules', 'index.ts'), 'utf8')).toBe('before\n');
    expect(readdirSync(join(root, 'rules'))).toEqual(['index.ts']);
    expect(readFileSync(join(root, 'generated.yaml'), 'utf8')).toBe('kept\n');
    rmSync(root, { recursive: true });
  });
});

describe('config-rules new on the command line', () => {
  it('refuses an existing id with exit 2, saying nothing was changed', () => {
    const registry = readFileSync(join(ROOT, 'rules', 'index.ts'), 'utf8');
    const run = runCli(['new', 'sg-open-ports', '--resource-type', 'AWS::EC2::SecurityGroup']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('config-rules new: rule id "sg-open-ports" exists already (rules/sg-open-ports, test/rules/sg-open-ports or rules/index.ts)\nNothing was changed.\n');
    expect(readFileSync(join(ROOT, 'rules', 'index.ts'), 'utf8')).toBe(registry);
  });
});
