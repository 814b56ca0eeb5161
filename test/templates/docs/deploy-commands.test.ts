import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../../../rules';
import { DELIVERY_LIMIT_BYTES, generateTemplates, PACKAGE_GROWTH_PER_FUNCTION, type GeneratedFile, type TemplateDelivery } from '../../../templates/generate';
import { parseTemplate } from '../../../templates/validate';
import { awsCommands, optionValues, shellBlocks, shorthandKeys, type ShellCommand } from './shell-commands';

const ROOT = resolve(__dirname, '..', '..', '..');
const DOCS = ['README.md', 'templates/README.md'];
const generated = new Map<string, GeneratedFile>(generateTemplates(rules).map((file) => [file.path, file]));
const commands: ShellCommand[] = DOCS.flatMap((doc) => shellBlocks(readFileSync(join(ROOT, doc), 'utf8')).flatMap((block) => awsCommands(block, doc)));
const named = (service: string, operation: string): ShellCommand[] => commands.filter((command) => command.argv[1] === service && command.argv[2] === operation);

/**
 * The options each command the docs use takes, from the AWS CLI v2 command reference
 * (https://awscli.amazonaws.com/v2/documentation/api/latest/reference/<service>/<command>.html), plus the
 * global options used here. A misspelt option fails the test instead of the reader's deployment.
 */
const GLOBAL = ['--region', '--query', '--output'];
const OPTIONS: Readonly<Record<string, readonly string[]>> = {
  'cloudformation package': ['--template-file', '--s3-bucket', '--s3-prefix', '--output-template-file', '--kms-key-id', '--use-json', '--force-upload'],
  'cloudformation deploy': ['--template-file', '--stack-name', '--s3-bucket', '--s3-prefix', '--capabilities', '--parameter-overrides', '--force-upload', '--tags', '--role-arn'],
  'cloudformation create-stack-set': ['--stack-set-name', '--template-body', '--template-url', '--permission-model', '--auto-deployment', '--capabilities', '--parameters', '--call-as', '--managed-execution'],
  'cloudformation create-stack-instances': ['--stack-set-name', '--deployment-targets', '--regions', '--accounts', '--operation-preferences', '--call-as'],
  'cloudformation list-stack-instances': ['--stack-set-name', '--call-as'],
  'cloudformation list-stack-set-operations': ['--stack-set-name', '--call-as'],
  'cloudformation describe-stacks': ['--stack-name'],
  'cloudformation delete-stack': ['--stack-name'],
  'cloudformation activate-organizations-access': [],
  'configservice put-conformance-pack': ['--conformance-pack-name', '--template-body', '--template-s3-uri', '--delivery-s3-bucket', '--delivery-s3-key-prefix', '--conformance-pack-input-parameters'],
  'configservice describe-conformance-pack-status': ['--conformance-pack-names'],
  'configservice get-conformance-pack-compliance-summary': ['--conformance-pack-names'],
  'configservice describe-conformance-pack-compliance': ['--conformance-pack-name'],
  'configservice delete-conformance-pack': ['--conformance-pack-name'],
  'configservice describe-organization-conformance-pack-statuses': ['--organization-conformance-pack-names'],
  'configservice get-organization-conformance-pack-detailed-status': ['--organization-conformance-pack-name'],
  'organizations register-delegated-administrator': ['--account-id', '--service-principal'],
  'organizations enable-aws-service-access': ['--service-principal'],
  'organizations list-delegated-administrators': [],
  's3api create-bucket': ['--bucket', '--create-bucket-configuration'],
  's3api put-bucket-policy': ['--bucket', '--policy'],
  's3 cp': ['--recursive', '--exclude', '--include'],
  'logs tail': ['--since'],
};
/** Options whose value is shorthand syntax, and the keys in it that hold a list. */
const SHORTHAND: Readonly<Record<string, readonly string[]>> = {
  '--conformance-pack-input-parameters': [],
  '--parameters': [],
  '--deployment-targets': ['OrganizationalUnitIds', 'Accounts'],
  '--auto-deployment': [],
  '--create-bucket-configuration': [],
};

function size(path: string): number {
  const file = generated.get(path);
  if (file !== undefined) return Buffer.byteLength(file.content);
  if (!existsSync(join(ROOT, path))) throw new Error(`${path} does not exist`);
  return readFileSync(join(ROOT, path)).length;
}

/** A template `package` writes: its source's size plus what package adds per function. */
function packagedSource(path: string): string | undefined {
  const producer = named('cloudformation', 'package').find((command) => optionValues(command.argv, '--output-template-file')[0] === path);
  return producer === undefined ? undefined : optionValues(producer.argv, '--template-file')[0];
}

const sizeOf = (path: string): number => {
  const source = packagedSource(path);
  return source === undefined ? size(path) : size(source) + rules.length * PACKAGE_GROWTH_PER_FUNCTION;
};

/** Every template a command deploys, with the delivery its options imply. */
function deployments(): { template: string; delivery: TemplateDelivery; where: string }[] {
  const found: { template: string; delivery: TemplateDelivery; where: string }[] = [];
  for (const command of commands) {
    const [, service, operation] = command.argv;
    for (const body of optionValues(command.argv, '--template-body')) {
      const template = body.replace(/^file:\/\//, '');
      found.push({ template, delivery: service === 'configservice' ? 'conformance-pack-body' : 'cloudformation-body', where: command.where });
    }
    if (service === 'cloudformation' && operation === 'deploy') {
      const template = optionValues(command.argv, '--template-file')[0] ?? '';
      found.push({ template: packagedSource(template) ?? template, delivery: optionValues(command.argv, '--s3-bucket').length > 0 ? 'cloudformation-s3' : 'cloudformation-body', where: command.where });
    }
    if (service === 's3' && operation === 'cp') {
      const source = command.argv[3] ?? '';
      if (source.endsWith('.yaml')) found.push({ template: source, delivery: 'cloudformation-s3', where: command.where });
    }
  }
  return found;
}

describe('the deployment commands in README.md and templates/README.md', () => {
  it('are found (the parser reads the docs)', () => {
    expect(named('cloudformation', 'deploy').length).toBeGreaterThanOrEqual(4);
    expect(named('configservice', 'put-conformance-pack').length).toBeGreaterThanOrEqual(2);
  });

  it.each(commands.map((command) => [command.where, command] as const))('%s uses only options the AWS CLI v2 reference lists', (_where, command) => {
    const key = `${command.argv[1]} ${command.argv[2]}`;
    const known = OPTIONS[key];
    if (known === undefined) throw new Error(`${command.where}: add "${key}" and its options (from the AWS CLI v2 reference) to OPTIONS`);
    const used = command.argv.filter((word) => word.startsWith('--')).map((word) => word.split('=')[0] as string);
    expect(used.filter((option) => !known.includes(option) && !GLOBAL.includes(option))).toEqual([]);
  });

  it.each(commands.map((command) => [command.where, command] as const))('%s quotes every shorthand value that contains a comma', (_where, command) => {
    for (const [option, listKeys] of Object.entries(SHORTHAND)) {
      for (const value of optionValues(command.argv, option)) {
        if (value.startsWith('[') || value.startsWith('{') || value.startsWith('file://')) continue;
        const lists = shorthandKeys(value).filter((entry) => entry.list && !listKeys.includes(entry.key));
        expect(`${option} ${value}: ${lists.map((entry) => entry.key).join(', ')}`).toBe(`${option} ${value}: `);
      }
    }
  });

  it.each(deployments().map((deployment) => [`${deployment.where} -> ${deployment.template}`, deployment] as const))(
    '%s fits the way that command deploys it',
    (_name, deployment) => {
      expect(sizeOf(deployment.template)).toBeLessThanOrEqual(DELIVERY_LIMIT_BYTES[deployment.delivery]);
    },
  );

  it.each([...generated.values()].map((file) => [file.path, file] as const))('%s is deployed by the docs the way the generator budgets it', (_path, file) => {
    const ways = deployments()
      .filter((deployment) => deployment.template === file.path)
      .map((deployment) => deployment.delivery);
    expect(ways.length).toBeGreaterThan(0);
    // Deployed no more loosely than budgeted: an inline deployment of a template budgeted for S3 would be refused.
    for (const way of ways) expect(DELIVERY_LIMIT_BYTES[way]).toBeGreaterThanOrEqual(DELIVERY_LIMIT_BYTES[file.delivery ?? 'cloudformation-body']);
  });

  /** The parameters of a template a command deploys (generated, or the source of a packaged one). */
  const parametersOf = (path: string): string[] => {
    const file = generated.get(packagedSource(path) ?? path);
    if (file === undefined) throw new Error(`${path} is not a generated template`);
    return Object.keys((parseTemplate(file.content, path)['Parameters'] as Record<string, unknown> | undefined) ?? {});
  };

  it.each(named('cloudformation', 'deploy').map((command) => [command.where, command] as const))('%s overrides only parameters its template has', (_where, command) => {
    const known = parametersOf(optionValues(command.argv, '--template-file')[0] ?? '');
    const keys = optionValues(command.argv, '--parameter-overrides').map((word) => word.split('=')[0] ?? '');
    expect(keys.filter((key) => !known.includes(key))).toEqual([]);
  });

  it.each(named('configservice', 'put-conformance-pack').map((command) => [command.where, command] as const))('%s passes only parameters the pack has', (_where, command) => {
    const known = parametersOf(optionValues(command.argv, '--template-body')[0]?.replace(/^file:\/\//, '') ?? '');
    const names = optionValues(command.argv, '--conformance-pack-input-parameters').map((value) => /ParameterName=([^,]+)/.exec(value)?.[1] ?? value);
    expect(names.filter((name) => !known.includes(name))).toEqual([]);
  });

  it('catches what the issue found: an unquoted list value, deploy without --s3-bucket, a stack set with --template-body', () => {
    expect(shorthandKeys('ParameterName=SgOpenPortsBlockedPorts,ParameterValue=22,3389,5432').find((entry) => entry.key === 'ParameterValue')?.list).toBe(true);
    expect(shorthandKeys('ParameterName=SgOpenPortsBlockedPorts,ParameterValue="22,3389,5432"').some((entry) => entry.list)).toBe(false);
    expect(shorthandKeys('ParameterName=X,ParameterValue=22\\,3389').some((entry) => entry.list)).toBe(false);
    const stack = generated.get('templates/config-rules-pack.yaml');
    expect(Buffer.byteLength(stack?.content ?? '')).toBeGreaterThan(DELIVERY_LIMIT_BYTES['cloudformation-body']);
  });
});

describe('the JSON policies in templates/README.md', () => {
  const markdown = readFileSync(join(ROOT, 'templates/README.md'), 'utf8');
  const blocks = [...markdown.matchAll(/^```json\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '');

  it('parse, grant no "*" action, and the code bucket policy is the committed file', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) {
      const policy = JSON.parse(block) as { Statement: { Action: string | string[]; Effect: string }[] };
      for (const statement of policy.Statement) {
        if (statement.Effect === 'Allow') expect([statement.Action].flat().filter((action) => action === '*' || action.endsWith(':*'))).toEqual([]);
      }
    }
    const committed = JSON.parse(readFileSync(join(ROOT, 'templates/organization/code-bucket-policy.json'), 'utf8')) as unknown;
    expect(blocks.map((block) => JSON.parse(block) as unknown)).toContainEqual(committed);
  });
});
