import { posix } from 'node:path';
import { zipPathOf } from '../../../templates/build';
import { functionName, generateTemplates, logicalId, STACK_TEMPLATE_PATH } from '../../../templates/generate';
import { isObject, parseTemplate, TemplateResolver, type Json } from '../../../templates/validate';
import { registries } from '../registries';
import { at, objectAt } from '../template-access';

const statementsOf = (role: Json, resolver: TemplateResolver): Json[] =>
  at(resolver.resolve(at(role, 'Properties.Policies')) as Json, '0.PolicyDocument.Statement') as Json[];

/** Actions a resolved role grants, whatever the statement layout. */
const actionsOf = (statements: readonly Json[]): string[] =>
  statements.flatMap((statement) => {
    const action = at(statement, 'Action');
    return Array.isArray(action) ? action.map(String) : [String(action)];
  });

describe.each(registries)('deployment stack from the %s', (_name, rules) => {
  const body = generateTemplates(rules).find((file) => file.path === STACK_TEMPLATE_PATH)?.content ?? '';
  const stack = parseTemplate(body, STACK_TEMPLATE_PATH);
  const resources = objectAt(stack, 'Resources');
  const byId = rules.map((rule) => [rule.id, rule] as const);

  it('defaults to arm64, with x86_64 allowed', () => {
    expect(at(stack, 'Parameters.Architecture.Default')).toBe('arm64');
    expect(at(stack, 'Parameters.Architecture.AllowedValues')).toEqual(['arm64', 'x86_64']);
  });

  it.each(byId)('%s: a nodejs22.x function from its zip, timeout from the rule, its own log group', (_id, rule) => {
    const fn = objectAt(resources, `${logicalId(rule, 'Function')}.Properties`);
    expect(fn['FunctionName']).toBe(functionName(rule));
    expect(fn['Runtime']).toBe('nodejs22.x');
    expect(fn['Handler']).toBe('index.handler');
    expect(fn['Architectures']).toEqual([{ Ref: 'Architecture' }]);
    expect(fn['Timeout']).toBe(rule.timeoutSeconds ?? 60);
    // `package` resolves Code relative to the template's folder: it must land on the zip the build writes.
    expect(posix.normalize(posix.join(posix.dirname(STACK_TEMPLATE_PATH), String(fn['Code'])))).toBe(zipPathOf(rule.id));
    expect(fn['Role']).toEqual({ 'Fn::GetAtt': [logicalId(rule, 'Role'), 'Arn'] });
    expect(at(fn, 'LoggingConfig.LogGroup')).toEqual({ Ref: logicalId(rule, 'LogGroup') });
    const logGroup = objectAt(resources, `${logicalId(rule, 'LogGroup')}.Properties`);
    expect(logGroup['LogGroupName']).toBe(`/aws/lambda/${functionName(rule)}`);
    expect(logGroup['RetentionInDays']).toEqual({ Ref: 'LogRetentionInDays' });
  });

  it.each(byId)('%s: unreserved concurrency unless ReservedConcurrency is set', (_id, rule) => {
    const path = `Resources.${logicalId(rule, 'Function')}.Properties`;
    const unreserved = new TemplateResolver(stack).resolve(at(stack, path));
    expect(isObject(unreserved) && 'ReservedConcurrentExecutions' in unreserved).toBe(false);
    expect(at(new TemplateResolver(stack, { parameters: { ReservedConcurrency: '5' } }).resolve(at(stack, path)) as Json, 'ReservedConcurrentExecutions')).toBe('5');
  });

  it.each(byId)('%s: Config may invoke it, only from this account; its ARN is exported', (_id, rule) => {
    const permission = objectAt(resources, logicalId(rule, 'ConfigPermission'));
    expect(permission['Type']).toBe('AWS::Lambda::Permission');
    expect(permission['Properties']).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [logicalId(rule, 'Function'), 'Arn'] },
      Principal: 'config.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
    const output = objectAt(stack, `Outputs.${logicalId(rule, 'FunctionArn')}`);
    expect(output['Value']).toEqual({ 'Fn::GetAtt': [logicalId(rule, 'Function'), 'Arn'] });
    expect(new TemplateResolver(stack).resolve(at(output, 'Export.Name'))).toBe(`stack-${rule.id}-function-arn`);
  });

  it.each(byId)('%s: a role trusted by Lambda only, with no wildcard actions and logs scoped to its log group', (_id, rule) => {
    const role = objectAt(resources, logicalId(rule, 'Role'));
    expect(at(role, 'Properties.AssumeRolePolicyDocument.Statement')).toEqual([
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
    expect(objectAt(role, 'Properties')['ManagedPolicyArns']).toBeUndefined();
    const statements = statementsOf(role, new TemplateResolver(stack));
    for (const action of actionsOf(statements)) expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/);
    const logs = statements.filter((statement) => actionsOf([statement]).some((action) => action.startsWith('logs:')));
    expect(logs).toHaveLength(1);
    expect(at(logs[0], 'Resource')).toEqual({ 'Fn::GetAtt': [logicalId(rule, 'LogGroup'), 'Arn'] });
    const actions = actionsOf(statements);
    expect(actions).toContain('config:PutEvaluations');
    expect(actions.includes('config:GetResourceConfigHistory')).toBe(rule.triggers.includes('change') || rule.related !== undefined);
    expect(actions.includes('config:GetComplianceDetailsByConfigRule')).toBe(rule.triggers.includes('periodic'));
    // A collector may list recorded resources itself (route53-query-logging joins two recorded types); then it declares the action.
    const listsRecorded = (rule.triggers.includes('periodic') && rule.collector === undefined) || rule.permissions.includes('config:ListDiscoveredResources');
    expect(actions.includes('config:ListDiscoveredResources')).toBe(listsRecorded);
    for (const action of rule.permissions) expect(actions).toContain(action);
  });

  it.each(byId)('%s: may assume a member-account role only when cross-account is enabled', (_id, rule) => {
    const role = objectAt(resources, logicalId(rule, 'Role'));
    const off = statementsOf(role, new TemplateResolver(stack));
    expect(actionsOf(off)).not.toContain('sts:AssumeRole');
    const on = statementsOf(role, new TemplateResolver(stack, { parameters: { CrossAccountRoleName: 'ConfigRulesPackMember' }, partition: 'aws-us-gov' }));
    const assume = on.filter((statement) => actionsOf([statement]).includes('sts:AssumeRole'));
    expect(assume.map((statement) => at(statement, 'Resource'))).toEqual(['arn:aws-us-gov:iam::*:role/ConfigRulesPackMember']);
  });

  it('alerts on NON_COMPLIANT changes of exactly these rules through the alert function, only when enabled', () => {
    const alerts = Object.entries(resources).filter(([name]) => name.startsWith('Alert') || name.startsWith('GuardDuty'));
    expect(alerts.length).toBeGreaterThan(0);
    for (const [, resource] of alerts) expect(isObject(resource) && typeof resource['Condition'] === 'string').toBe(true);
    const off = new TemplateResolver(stack);
    const on = new TemplateResolver(stack, { parameters: { EnableAlerts: 'true', AlertEmail: 'secops@example.com', EnableGuardDutyAlerts: 'true' } });
    for (const [, resource] of alerts) expect(off.condition(String(at(resource, 'Condition')))).toBe(false);
    for (const [, resource] of alerts) expect(on.condition(String(at(resource, 'Condition')))).toBe(true);
    const pattern = at(resources, 'AlertRule.Properties.EventPattern');
    expect(at(pattern, 'detail-type')).toEqual(['Config Rules Compliance Change']);
    expect(on.resolve(at(pattern, 'detail.newEvaluationResult.complianceType'))).toEqual(['NON_COMPLIANT']);
    const resolved = new TemplateResolver(stack, { parameters: { EnableAlerts: 'true', NotifyResolved: 'true' } });
    expect(resolved.resolve(at(pattern, 'detail.newEvaluationResult.complianceType'))).toEqual(['NON_COMPLIANT', 'COMPLIANT']);
    expect(at(pattern, 'detail.configRuleName')).toEqual(rules.map((rule) => ({ prefix: rule.id })));
    expect(at(resources, 'AlertRule.Properties.Targets.0.Arn')).toEqual({ 'Fn::GetAtt': ['AlertNotifierFunction', 'Arn'] });
    expect(at(resources, 'AlertRule.Properties.Targets.0.DeadLetterConfig.Arn')).toEqual({ 'Fn::GetAtt': ['AlertDeadLetterQueue', 'Arn'] });
    expect(at(resources, 'AlertRuleInvokePermission.Properties.SourceArn')).toEqual({ 'Fn::GetAtt': ['AlertRule', 'Arn'] });
    // Every rule's severity reaches the function, from the rules' metadata.
    const severities = JSON.parse(String(at(resources, 'AlertNotifierFunction.Properties.Environment.Variables.RULE_SEVERITIES'))) as Record<string, string>;
    expect(Object.keys(severities).sort()).toEqual(rules.map((rule) => rule.id).sort());
    for (const rule of rules) expect(severities[rule.id]).toBe(rule.severity ?? 'MEDIUM');
  });

  it('sends GuardDuty findings at or above the chosen band as a JSON number', () => {
    const pattern = at(resources, 'GuardDutyAlertRule.Properties.EventPattern');
    expect(at(pattern, 'source')).toEqual(['aws.guardduty']);
    for (const [band, number] of [['1', 1], ['4', 4], ['7', 7], ['9', 9]] as const) {
      const resolver = new TemplateResolver(stack, { parameters: { EnableAlerts: 'true', EnableGuardDutyAlerts: 'true', GuardDutyMinSeverity: band } });
      expect(resolver.resolve(at(pattern, 'detail.severity'))).toEqual([{ numeric: ['>=', number] }]);
    }
  });

  it("grants the alert function only its reads, its topic, its queue and its logs", () => {
    const on = new TemplateResolver(stack, { parameters: { EnableAlerts: 'true' } });
    const statements = statementsOf(objectAt(resources, 'AlertNotifierRole'), on);
    expect(actionsOf(statements).sort()).toEqual(
      ['cloudtrail:LookupEvents', 'config:GetResourceConfigHistory', 'kms:Decrypt', 'kms:GenerateDataKey', 'logs:CreateLogStream', 'logs:PutLogEvents', 'sns:Publish', 'sqs:SendMessage'].sort(),
    );
    expect(at(resources, 'AlertNotifierFunction.Properties.Timeout')).toBe(900);
    expect(posix.normalize(posix.join(posix.dirname(STACK_TEMPLATE_PATH), String(at(resources, 'AlertNotifierFunction.Properties.Code'))))).toBe(zipPathOf('alert-notifier'));
  });

});
