import { generateTemplates, functionName, logicalId, packParameterName, PACK_TEMPLATE_PATH, parameterDefault, REMEDIATIONS } from '../../../templates/generate';
import { parseTemplate, TemplateResolver, type Json } from '../../../templates/validate';
import { registries } from '../registries';
import { at, objectAt } from '../template-access';

describe.each(registries)('conformance pack from the %s', (_name, rules) => {
  const body = generateTemplates(rules).find((file) => file.path === PACK_TEMPLATE_PATH)?.content ?? '';
  const pack = parseTemplate(body, PACK_TEMPLATE_PATH);
  const resources = objectAt(pack, 'Resources');
  const resolveRule = (id: string, parameters: Record<string, string> = {}, partition = 'aws'): { [key: string]: Json } => {
    const rule = rules.find((candidate) => candidate.id === id);
    if (!rule) throw new Error(id);
    const resolved = new TemplateResolver(pack, { parameters, partition }).resolve(at(pack, `Resources.${logicalId(rule, 'Rule')}.Properties`));
    return resolved as { [key: string]: Json };
  };

  it('has only Parameters, Conditions and Config rule / remediation resources', () => {
    expect(Object.keys(pack).sort()).toEqual(['Conditions', 'Parameters', 'Resources']);
    for (const resource of Object.values(resources)) {
      expect(['AWS::Config::ConfigRule', 'AWS::Config::RemediationConfiguration']).toContain(at(resource, 'Type'));
    }
    expect(Object.values(resources).filter((resource) => at(resource, 'Type') === 'AWS::Config::ConfigRule')).toHaveLength(rules.length);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: CUSTOM_LAMBDA with the triggers and scope of its metadata', (_id, rule) => {
    const properties = objectAt(resources, `${logicalId(rule, 'Rule')}.Properties`);
    expect(properties['ConfigRuleName']).toBe(rule.id);
    expect(properties['Description']).toBe(rule.description);
    expect(at(properties, 'Source.Owner')).toBe('CUSTOM_LAMBDA');
    const details = at(properties, 'Source.SourceDetails') as Json[];
    const types = details.map((detail) => at(detail, 'MessageType'));
    const change = rule.triggers.includes('change');
    const periodic = rule.triggers.includes('periodic');
    expect(types.includes('ConfigurationItemChangeNotification')).toBe(change);
    expect(types.includes('OversizedConfigurationItemChangeNotification')).toBe(change);
    expect(types.includes('ScheduledNotification')).toBe(periodic);
    for (const detail of details) {
      expect(at(detail, 'EventSource')).toBe('aws.config');
      const scheduled = at(detail, 'MessageType') === 'ScheduledNotification';
      expect(scheduled ? at(detail, 'MaximumExecutionFrequency') : undefined).toEqual(scheduled ? { Ref: 'MaximumExecutionFrequency' } : undefined);
    }
    if (change) expect(at(properties, 'Scope.ComplianceResourceTypes')).toEqual([...rule.resourceTypes]);
    else expect(properties['Scope']).toBeUndefined();
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: pack parameters equal the declared parameters, both ways, with their defaults', (_id, rule) => {
    const declared = Object.keys(rule.parameters).sort();
    const input = objectAt(resources, `${logicalId(rule, 'Rule')}.Properties`)['InputParameters'];
    expect(Object.keys(input ?? {}).sort()).toEqual(declared);
    const prefix = logicalId(rule, '');
    const packParameters = Object.keys(objectAt(pack, 'Parameters')).filter(
      (name) => name.startsWith(prefix) && name !== logicalId(rule, 'LambdaArn') && name !== logicalId(rule, 'Remediation'),
    );
    expect(packParameters.sort()).toEqual(declared.map((name) => packParameterName(rule, name)).sort());
    for (const [name, spec] of Object.entries(rule.parameters)) {
      const parameter = objectAt(pack, `Parameters.${packParameterName(rule, name)}`);
      expect(parameter['Type']).toBe('String');
      expect(parameter['Default']).toBe(spec.default === undefined ? '' : spec.format(spec.default));
      expect(at(input, name)).toEqual({ 'Fn::If': [`${packParameterName(rule, name)}Set`, { Ref: packParameterName(rule, name) }, { Ref: 'AWS::NoValue' }] });
    }
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: defaults render as the kit parses them; an empty value drops the key', (_id, rule) => {
    const expected: Record<string, string> = {};
    for (const [name, spec] of Object.entries(rule.parameters)) if (spec.default !== undefined) expected[name] = parameterDefault(spec);
    expect(resolveRule(rule.id)['InputParameters'] ?? {}).toEqual(expected);
    for (const [name, spec] of Object.entries(rule.parameters)) {
      // What Config passes parses back to the declared default.
      if (spec.default !== undefined) expect(spec.parse(parameterDefault(spec), name)).toEqual(spec.default);
      const dropped = resolveRule(rule.id, { [packParameterName(rule, name)]: '' })['InputParameters'] ?? {};
      expect(name in (dropped as object)).toBe(false);
      const set = resolveRule(rule.id, { [packParameterName(rule, name)]: 'custom' })['InputParameters'];
      expect(at(set, name)).toBe('custom');
    }
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: the Lambda ARN defaults to the stack function in this account, Region and partition', (_id, rule) => {
    expect(objectAt(pack, `Parameters.${logicalId(rule, 'LambdaArn')}`)['Type']).toBe('String');
    expect(at(resolveRule(rule.id), 'Source.SourceIdentifier')).toBe(`arn:aws:lambda:us-east-1:111122223333:function:${functionName(rule)}`);
    expect(at(resolveRule(rule.id, {}, 'aws-cn'), 'Source.SourceIdentifier')).toBe(`arn:aws-cn:lambda:us-east-1:111122223333:function:${functionName(rule)}`);
    const central = 'arn:aws:lambda:eu-west-1:444455556666:function:central';
    expect(at(resolveRule(rule.id, { [logicalId(rule, 'LambdaArn')]: central }), 'Source.SourceIdentifier')).toBe(central);
  });

  it('offers remediation only with an AWS runbook, off by default, with the role ARN as a literal value', () => {
    const remediable = rules.filter((rule) => REMEDIATIONS[rule.id] !== undefined);
    const configurations = Object.entries(resources).filter(([, resource]) => at(resource, 'Type') === 'AWS::Config::RemediationConfiguration');
    expect(configurations.map(([name]) => name).sort()).toEqual(remediable.map((rule) => logicalId(rule, 'RemediationConfiguration')).sort());
    const role = 'arn:aws:iam::111122223333:role/remediation';
    for (const rule of remediable) {
      const fix = REMEDIATIONS[rule.id];
      const name = logicalId(rule, 'RemediationConfiguration');
      const condition = at(resources, `${name}.Condition`) as string;
      const mode = logicalId(rule, 'Remediation');
      const enabled = (parameters: Record<string, string>): boolean => new TemplateResolver(pack, { parameters }).condition(condition);
      expect(enabled({})).toBe(false);
      expect(enabled({ [mode]: 'manual' })).toBe(false); // no role: nothing to run it with
      expect(enabled({ RemediationRoleArn: role })).toBe(false);
      expect(enabled({ [mode]: 'manual', RemediationRoleArn: role })).toBe(true);
      const properties = new TemplateResolver(pack, { parameters: { [mode]: 'automatic', RemediationRoleArn: role } }).resolve(
        at(resources, `${name}.Properties`),
      );
      expect(at(properties, 'ConfigRuleName')).toBe(rule.id);
      expect(at(properties, 'TargetId')).toBe(fix?.runbook);
      expect(at(properties, 'Automatic')).toBe(true);
      expect(at(properties, 'Parameters.AutomationAssumeRole')).toEqual({ StaticValue: { Values: [role] } });
      expect(at(properties, `Parameters.${fix?.resourceParameter ?? ''}`)).toEqual({ ResourceValue: { Value: 'RESOURCE_ID' } });
      const manual = new TemplateResolver(pack, { parameters: { [mode]: 'manual', RemediationRoleArn: role } }).resolve(at(resources, `${name}.Properties`));
      expect(at(manual, 'Automatic')).toBe(false);
    }
  });
});
