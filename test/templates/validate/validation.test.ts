import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import { rules } from '../../../rules';
import {
  generateTemplates,
  logicalId,
  ORGANIZATION_PACK_TEMPLATE_PATH,
  PACK_TEMPLATE_PATH,
  permissionsPath,
  STACK_TEMPLATE_PATH,
  type RolePermissions,
} from '../../../templates/generate';
import {
  checkConformancePack,
  checkOrganizationPack,
  checkReferences,
  checkResourceSpec,
  ORGANIZATION_PACK_LIMITS,
  PACK_LIMITS,
  parseTemplate,
  TemplateResolver,
  type Json,
  type ResourceSpec,
} from '../../../templates/validate';
import { registries } from '../registries';
import { at, objectAt } from '../template-access';

const ROOT = resolve(__dirname, '..', '..', '..');
let spec: ResourceSpec;

// The specification database takes about a second to load: once for this file.
beforeAll(async () => {
  spec = await loadAwsServiceSpec();
}, 60_000);

describe.each(registries)('templates generated from the %s', (_name, registry) => {
  const files = generateTemplates(registry);
  const body = (path: string): string => files.find((file) => file.path === path)?.content ?? '';

  const templates = files.map((file) => file.path);

  it('include the organization deployment', () => {
    expect(templates.length).toBeGreaterThanOrEqual(6);
  });

  it.each(templates)('%s matches the CloudFormation resource specification', (path) => {
    expect(checkResourceSpec(parseTemplate(body(path), path), spec)).toEqual([]);
  });

  it.each(templates)('%s: every Ref and Condition resolves and each is used', (path) => {
    expect(checkReferences(parseTemplate(body(path), path))).toEqual([]);
  });

  it('the organization pack is within its limits and passes exactly the pack parameters', () => {
    const pack = parseTemplate(body(PACK_TEMPLATE_PATH), PACK_TEMPLATE_PATH);
    expect(checkOrganizationPack(parseTemplate(body(ORGANIZATION_PACK_TEMPLATE_PATH), ORGANIZATION_PACK_TEMPLATE_PATH), pack)).toEqual([]);
  });

  it('the pack is within the conformance pack limits', () => {
    const pack = parseTemplate(body(PACK_TEMPLATE_PATH), PACK_TEMPLATE_PATH);
    expect(checkConformancePack(pack, body(PACK_TEMPLATE_PATH))).toEqual([]);
  });
});

describe('committed per-rule permissions', () => {
  const stack = parseTemplate(generateTemplates(rules.length > 0 ? rules : []).find((file) => file.path === STACK_TEMPLATE_PATH)?.content ?? '');

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: the role grants exactly templates/permissions/<id>.json', (_id, rule) => {
    const path = join(ROOT, permissionsPath(rule.id));
    if (!existsSync(path)) throw new Error(`${permissionsPath(rule.id)} is missing: run npx tsx templates/generate/main.ts --write-permissions and review it`);
    const committed = JSON.parse(readFileSync(path, 'utf8')) as RolePermissions;
    const grantedWith = (parameters: Record<string, string>): string[] => {
      const statements = at(new TemplateResolver(stack, { parameters }).resolve(at(stack, `Resources.${logicalId(rule, 'Role')}.Properties.Policies`)) as Json, '0.PolicyDocument.Statement');
      return [...new Set((statements as Json[]).flatMap((statement) => [at(statement, 'Action')].flat().map(String)))].sort();
    };
    expect(committed.rule).toBe(rule.id);
    expect(grantedWith({})).toEqual([...committed.actions].sort());
    expect(grantedWith({ CrossAccountRoleName: 'Member' })).toEqual([...new Set([...committed.actions, ...committed.crossAccountActions])].sort());
  });
});

describe('the validators catch broken templates', () => {
  const stackBody = (): string => generateTemplates(registries[0]?.[1] ?? []).find((file) => file.path === STACK_TEMPLATE_PATH)?.content ?? '';
  const packBody = (): string => generateTemplates(registries[0]?.[1] ?? []).find((file) => file.path === PACK_TEMPLATE_PATH)?.content ?? '';

  it('an unknown property, a missing required property, a wrong shape and a bad GetAtt attribute', () => {
    const problems = checkResourceSpec(
      parseTemplate(`
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Code: { ZipFile: "exports.handler = 1" }
      Timeoutt: 30
      Architectures: arm64
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      Principal: config.amazonaws.com
      FunctionName: !GetAtt Fn.Nope
  Thing:
    Type: AWS::Nope::Thing
    Propertes: {}
`),
      spec,
    );
    const messages = problems.map((problem) => `${problem.path}: ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Resources\.Fn\.Properties\.Timeoutt: is not a property/),
        expect.stringMatching(/^Resources\.Fn\.Properties: lacks the required property Role/),
        expect.stringMatching(/^Resources\.Fn\.Properties\.Architectures: should be a list/),
        expect.stringMatching(/AWS::Lambda::Function has no attribute Nope/),
        expect.stringMatching(/^Resources\.Thing\.Type: "AWS::Nope::Thing" is not a CloudFormation resource type/),
        expect.stringMatching(/^Resources\.Thing\.Propertes: is not a resource attribute/),
      ]),
    );
  });

  it('an unknown property inside a generated template', () => {
    const broken = stackBody().replace('      Handler: index.handler\n', '      Handler: index.handler\n      Handlr: index.handler\n');
    expect(broken).not.toBe(stackBody());
    expect(checkResourceSpec(parseTemplate(broken), spec).map((problem) => problem.message)).toContain(
      'is not a property in the CloudFormation resource specification',
    );
  });

  it('a Lambda function inside the pack', () => {
    const broken = `${packBody()}  Sneaky:\n    Type: AWS::Lambda::Function\n    Properties: {}\n`;
    const problems = checkConformancePack(parseTemplate(broken), broken);
    expect(problems).toEqual([expect.objectContaining({ path: 'Resources.Sneaky.Type' })]);
  });

  it('a dangling Ref, an undefined condition, an unused parameter and a name used twice', () => {
    const problems = checkReferences(
      parseTemplate(`
Parameters:
  Used: { Type: String }
  Unused: { Type: String }
  Same: { Type: String, Default: x }
Conditions:
  Orphan: !Equals [!Ref Used, "x"]
Resources:
  Same:
    Type: AWS::SNS::Topic
    Condition: Missing
    Properties:
      DisplayName: !Sub "\${Used}-\${Dangling}-\${!Literal}-\${AWS::Region}"
      TopicName: !Ref Gone
      Extra: !If [AlsoMissing, !GetAtt Nowhere.Arn, !Ref Same]
`),
    );
    const messages = problems.map((problem) => `${problem.path}: ${problem.message}`);
    expect(messages.sort()).toEqual(
      [
        'Conditions.Orphan: is never used',
        'Parameters.Same: is also a resource name (parameters and resources share one namespace)',
        'Parameters.Same: is never used', // Ref Same resolves to the resource
        'Parameters.Unused: is never used',
        'Resources.Same.Condition: condition "Missing" is not defined',
        'Resources.Same.Properties.DisplayName: Ref Dangling is neither a parameter, a resource nor a pseudo parameter',
        'Resources.Same.Properties.Extra.Fn::If[0]: condition "AlsoMissing" is not defined',
        'Resources.Same.Properties.Extra.Fn::If[1]: Fn::GetAtt names no resource: "Nowhere"',
        'Resources.Same.Properties.TopicName: Ref Gone is neither a parameter, a resource nor a pseudo parameter',
      ].sort(),
    );
  });

  it('a dangling Ref inside a generated pack', () => {
    const broken = packBody().replace(/Ref: (\w+)LambdaArn\n/, 'Ref: NoSuchParameter\n');
    expect(broken).not.toBe(packBody());
    const messages = checkReferences(parseTemplate(broken)).map((problem) => problem.message);
    expect(messages).toContain('Ref NoSuchParameter is neither a parameter, a resource nor a pseudo parameter');
  });

  it('conformance pack limits: size, sections, parameter count and type, names, descriptions, InputParameters', () => {
    const parameters = Object.fromEntries(Array.from({ length: PACK_LIMITS.parameters + 1 }, (_, index) => [`P${index}`, { Type: 'String', Default: 'x'.repeat(60) }]));
    const template: { [key: string]: Json } = {
      Outputs: {},
      Parameters: { ...parameters, Typed: { Type: 'Number', Description: 'd'.repeat(257) } },
      Resources: {
        Rule: {
          Type: 'AWS::Config::ConfigRule',
          Properties: {
            ConfigRuleName: 'n'.repeat(129),
            Description: 'd'.repeat(257),
            Source: { Owner: 'CUSTOM_LAMBDA', SourceIdentifier: 'arn' },
            InputParameters: Object.fromEntries(Object.keys(parameters).map((name) => [name, { Ref: name }])),
          },
        },
      },
    };
    const body = `${JSON.stringify(template)}${' '.repeat(PACK_LIMITS.bodyBytes)}`;
    const paths = checkConformancePack(template, body).map((problem) => problem.path);
    expect(paths.sort()).toEqual(
      [
        '(body)',
        'Outputs',
        'Parameters',
        'Parameters.Typed',
        'Parameters.Typed.Description',
        'Resources.Rule.Properties.ConfigRuleName',
        'Resources.Rule.Properties.Description',
        'Resources.Rule.Properties.InputParameters',
      ].sort(),
    );
    expect(objectAt(template, 'Resources')).toBeDefined();
  });

  it('more than 130 rules', () => {
    const resources = Object.fromEntries(
      Array.from({ length: PACK_LIMITS.rules + 1 }, (_, index) => [
        `R${index}`,
        { Type: 'AWS::Config::ConfigRule', Properties: { ConfigRuleName: `r${index}`, Source: { Owner: 'CUSTOM_LAMBDA', SourceIdentifier: 'arn' } } },
      ]),
    );
    expect(checkConformancePack({ Resources: resources }, 'x').map((problem) => problem.message)).toEqual([`has ${PACK_LIMITS.rules + 1} rules; at most ${PACK_LIMITS.rules}`]);
  });

  it('an organization pack passing a parameter the pack lacks, leaving one out, twice, or over the limits', () => {
    const pack = { Parameters: { A: { Type: 'String' }, B: { Type: 'String' } } };
    const organization = (properties: { [key: string]: Json }): { [key: string]: Json } => ({
      Resources: { Pack: { Type: 'AWS::Config::OrganizationConformancePack', Properties: properties } },
    });
    const input = (...names: string[]): Json[] => names.map((name) => ({ ParameterName: name, ParameterValue: 'x' }));
    expect(checkOrganizationPack(organization({ OrganizationConformancePackName: 'p', ConformancePackInputParameters: input('A', 'B') }), pack)).toEqual([]);
    const messages = (properties: { [key: string]: Json }): string[] => checkOrganizationPack(organization(properties), pack).map((problem) => problem.message);
    expect(messages({ OrganizationConformancePackName: 'p', ConformancePackInputParameters: input('A', 'C') })).toEqual([
      'passes C, which the conformance pack does not declare',
      'does not pass the pack parameter B',
    ]);
    expect(messages({ OrganizationConformancePackName: 'p', ConformancePackInputParameters: input('A', 'A', 'B') })).toEqual(['passes A twice']);
    expect(messages({ OrganizationConformancePackName: '9-starts-with-a-digit', ConformancePackInputParameters: input('A', 'B') })).toHaveLength(1);
    const many = Array.from({ length: ORGANIZATION_PACK_LIMITS.inputParameters + 1 }, (_, index) => `P${index}`);
    const wide = { Parameters: Object.fromEntries(many.map((name) => [name, { Type: 'String' }])) };
    expect(checkOrganizationPack(organization({ OrganizationConformancePackName: 'p', ConformancePackInputParameters: input(...many) }), wide).map((problem) => problem.message)).toEqual([
      `has ${many.length}; at most ${ORGANIZATION_PACK_LIMITS.inputParameters}`,
    ]);
    const accounts = Array.from({ length: ORGANIZATION_PACK_LIMITS.excludedAccounts + 1 }, (_, index) => String(100000000000 + index));
    expect(messages({ OrganizationConformancePackName: 'p', ConformancePackInputParameters: input('A', 'B'), ExcludedAccounts: accounts })).toEqual([
      `lists ${accounts.length} accounts; at most ${ORGANIZATION_PACK_LIMITS.excludedAccounts}`,
    ]);
    expect(checkOrganizationPack({ Resources: {} }, pack).map((problem) => problem.message)).toEqual(['has 0 AWS::Config::OrganizationConformancePack resources; expected one']);
  });
});
