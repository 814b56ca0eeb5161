import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../../../rules';
import {
  functionName,
  generateTemplates,
  logicalId,
  MEMBER_ROLE_TEMPLATE_PATH,
  MEMBER_STACK_TEMPLATE_PATH,
  ORGANIZATION_PACK_TEMPLATE_PATH,
  PACK_TEMPLATE_PATH,
  permissionsPath,
  STACK_SET_TEMPLATE_PATH,
  STACK_TEMPLATE_PATH,
  type RolePermissions,
} from '../../../templates/generate';
import { isObject, parseTemplate, TemplateResolver, type Json } from '../../../templates/validate';
import { registries } from '../registries';
import { at, objectAt } from '../template-access';

const ROOT = resolve(__dirname, '..', '..', '..');

describe.each(registries)('organization deployment from the %s', (_name, registry) => {
  const files = generateTemplates(registry);
  const parsed = (path: string): { [key: string]: Json } => parseTemplate(files.find((file) => file.path === path)?.content ?? '', path);
  const stack = parsed(STACK_TEMPLATE_PATH);
  const memberStack = parsed(MEMBER_STACK_TEMPLATE_PATH);
  const stackSet = parsed(STACK_SET_TEMPLATE_PATH);
  const pack = parsed(PACK_TEMPLATE_PATH);
  const organizationPack = parsed(ORGANIZATION_PACK_TEMPLATE_PATH);
  const memberRole = parsed(MEMBER_ROLE_TEMPLATE_PATH);

  describe('the member stack', () => {
    it.each(registry.map((rule) => [rule.id, rule] as const))('%s: code from the bucket of the Region it runs in', (_id, rule) => {
      for (const region of ['eu-west-1', 'ap-southeast-5']) {
        const resolver = new TemplateResolver(memberStack, { region, parameters: { CodeBucketPrefix: 'acme-code', CodeKeyPrefix: 'config-rules-pack/v2/' } });
        expect(resolver.resolve(at(memberStack, `Resources.${logicalId(rule, 'Function')}.Properties.Code`))).toEqual({
          S3Bucket: `acme-code-${region}`,
          S3Key: `config-rules-pack/v2/${rule.id}.zip`,
        });
      }
    });

    it('is the single-account stack in everything but where the code comes from', () => {
      const withoutCode = (template: { [key: string]: Json }): Json => {
        const resources = objectAt(template, 'Resources');
        return Object.fromEntries(
          Object.entries(resources).map(([name, resource]) => {
            if (!isObject(resource) || !isObject(resource['Properties'])) return [name, resource];
            const { Code: _code, ...properties } = resource['Properties'];
            return [name, { ...resource, Properties: properties }];
          }),
        );
      };
      expect(withoutCode(memberStack)).toEqual(withoutCode(stack));
      expect(memberStack['Outputs']).toEqual(stack['Outputs']);
      expect(memberStack['Conditions']).toEqual(stack['Conditions']);
      const extra = Object.keys(objectAt(memberStack, 'Parameters')).filter((name) => !(name in objectAt(stack, 'Parameters')));
      expect(extra.sort()).toEqual(['CodeBucketPrefix', 'CodeKeyPrefix']);
    });
  });

  describe('the StackSet', () => {
    const stackSetResource = objectAt(stackSet, 'Resources.RulesStackSet');
    const properties = objectAt(stackSetResource, 'Properties');

    it('is service-managed with automatic deployment to the target OUs and Regions', () => {
      expect(stackSetResource['Type']).toBe('AWS::CloudFormation::StackSet');
      expect(properties['PermissionModel']).toBe('SERVICE_MANAGED');
      expect(properties['AutoDeployment']).toEqual({ Enabled: true, RetainStacksOnAccountRemoval: false });
      expect(properties['Capabilities']).toEqual(['CAPABILITY_IAM']);
      expect(properties['TemplateURL']).toEqual({ Ref: 'MemberStackTemplateURL' });
      const resolver = new TemplateResolver(stackSet, { parameters: { OrganizationalUnitIds: 'ou-ab12-11111111,ou-ab12-22222222', Regions: 'eu-west-1,us-east-1' } });
      expect(resolver.resolve(at(properties, 'StackInstancesGroup'))).toEqual([
        { DeploymentTargets: { OrganizationalUnitIds: ['ou-ab12-11111111', 'ou-ab12-22222222'] }, Regions: ['eu-west-1', 'us-east-1'] },
      ]);
      expect(at(stackSet, 'Parameters.OrganizationalUnitIds.Type')).toBe('CommaDelimitedList');
      expect(at(stackSet, 'Parameters.Regions.Type')).toBe('CommaDelimitedList');
    });

    it('passes every member stack parameter through, with the member stack defaults', () => {
      const memberParameters = objectAt(memberStack, 'Parameters');
      const passed = (at(properties, 'Parameters') as Json[]).map((entry) => [at(entry, 'ParameterKey'), at(entry, 'ParameterValue')]);
      expect(passed).toEqual(Object.keys(memberParameters).map((name) => [name, { Ref: name }]));
      for (const [name, parameter] of Object.entries(memberParameters)) expect(at(stackSet, `Parameters.${name}`)).toEqual(parameter);
    });
  });

  describe('the organization conformance pack', () => {
    const properties = objectAt(organizationPack, 'Resources.OrganizationConformancePack.Properties');

    it("passes every pack parameter with the pack's own default, so an untouched deployment equals the pack's", () => {
      const resolved = new TemplateResolver(organizationPack).resolve(at(properties, 'ConformancePackInputParameters')) as Json[];
      const packDefaults = Object.entries(objectAt(pack, 'Parameters')).map(([name, parameter]) => ({ ParameterName: name, ParameterValue: String(at(parameter, 'Default')) }));
      expect(resolved).toEqual(packDefaults);
      for (const [name, parameter] of Object.entries(objectAt(pack, 'Parameters'))) expect(at(organizationPack, `Parameters.${name}`)).toEqual(parameter);
    });

    it('excludes accounts and delivers to a bucket only when asked', () => {
      const none = new TemplateResolver(organizationPack, { parameters: { PackTemplateS3Uri: 's3://b/k' } }).resolve(properties);
      expect(isObject(none) && ['ExcludedAccounts', 'DeliveryS3Bucket', 'DeliveryS3KeyPrefix'].filter((key) => key in none)).toEqual([]);
      const set = new TemplateResolver(organizationPack, {
        parameters: { ExcludedAccounts: '111122223333,444455556666', DeliveryS3Bucket: 'awsconfigconforms-acme', DeliveryS3KeyPrefix: 'packs' },
      }).resolve(properties);
      expect(at(set as Json, 'ExcludedAccounts')).toEqual(['111122223333', '444455556666']);
      expect(at(set as Json, 'DeliveryS3Bucket')).toBe('awsconfigconforms-acme');
      expect(at(set as Json, 'DeliveryS3KeyPrefix')).toBe('packs');
      expect(new RegExp(String(at(organizationPack, 'Parameters.DeliveryS3Bucket.AllowedPattern'))).test('my-bucket')).toBe(false);
    });

    it("each member account's rules call that account's own function (the StackSet put it there)", () => {
      const rule = registry[0];
      if (rule === undefined) throw new Error('empty registry');
      const resolver = new TemplateResolver(pack, { accountId: '444455556666', region: 'eu-west-1' });
      expect(resolver.resolve(at(pack, `Resources.${logicalId(rule, 'Rule')}.Properties.Source.SourceIdentifier`))).toBe(
        `arn:aws:lambda:eu-west-1:444455556666:function:${functionName(rule)}`,
      );
    });
  });

  describe('the member role', () => {
    const role = objectAt(memberRole, 'Resources.MemberRole.Properties');
    const resolver = new TemplateResolver(memberRole, { parameters: { RulesAccountId: '111122223333' }, accountId: '444455556666', partition: 'aws' });

    it("trusts only roles under the rules stack's IAM path, which every rule role has", () => {
      expect(resolver.resolve(at(role, 'AssumeRolePolicyDocument.Statement'))).toEqual([
        {
          Sid: 'RuleFunctionsOnly',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: ['sts:AssumeRole'],
          Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/config-rules-pack/*' } },
        },
      ]);
      const stackResolver = new TemplateResolver(stack);
      for (const rule of registry) {
        expect(stackResolver.resolve(at(stack, `Resources.${logicalId(rule, 'Role')}.Properties.Path`))).toBe('/stack/');
      }
    });

    it("grants exactly the rules' actions but their logs, with previous results readable in any Region of the account", () => {
      const statements = resolver.resolve(at(role, 'Policies.0.PolicyDocument.Statement')) as Json[];
      const granted = statements.flatMap((statement) => at(statement, 'Action') as string[]).sort();
      const stackActions = new Set<string>();
      const stackResolver = new TemplateResolver(stack);
      for (const rule of registry) {
        const ruleStatements = stackResolver.resolve(at(stack, `Resources.${logicalId(rule, 'Role')}.Properties.Policies.0.PolicyDocument.Statement`)) as Json[];
        for (const statement of ruleStatements) for (const action of [at(statement, 'Action')].flat()) stackActions.add(String(action));
      }
      expect(granted).toEqual([...stackActions].filter((action) => !action.startsWith('logs:')).sort());
      expect(granted).toContain('config:PutEvaluations');
      const previous = statements.find((statement) => at(statement, 'Sid') === 'ReadPreviousResults');
      if (previous !== undefined) expect(at(previous, 'Resource')).toBe('arn:aws:config:*:444455556666:config-rule/*');
      for (const statement of statements) if (at(statement, 'Sid') !== 'ReadPreviousResults') expect(at(statement, 'Resource')).toBe('*');
    });
  });
});

describe('the member role of the real registry', () => {
  it("grants the committed per-rule actions (templates/permissions) but the logs, and nothing else", () => {
    const expected = new Set<string>();
    for (const rule of rules) {
      const path = join(ROOT, permissionsPath(rule.id));
      if (!existsSync(path)) throw new Error(`${permissionsPath(rule.id)} is missing`);
      for (const action of (JSON.parse(readFileSync(path, 'utf8')) as RolePermissions).actions) if (!action.startsWith('logs:')) expected.add(action);
    }
    const template = parseTemplate(generateTemplates(rules).find((file) => file.path === MEMBER_ROLE_TEMPLATE_PATH)?.content ?? '');
    const statements = new TemplateResolver(template, { parameters: { RulesAccountId: '111122223333' } }).resolve(
      at(template, 'Resources.MemberRole.Properties.Policies.0.PolicyDocument.Statement'),
    ) as Json[];
    expect(statements.flatMap((statement) => at(statement, 'Action') as string[]).sort()).toEqual([...expected].sort());
  });
});
