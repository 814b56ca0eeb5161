import type { RuleDefinition } from '../../rule-kit';
import { getAtt, sub, type CfnValue } from './cfn';
import { logicalId } from './names';

/** One statement of a rule's execution role, before rendering. */
export interface RoleStatement {
  readonly sid: string;
  readonly actions: readonly string[];
  readonly resource: CfnValue;
}

/** The actions a rule's role is granted, as committed in templates/permissions/<id>.json. */
export interface RolePermissions {
  readonly rule: string;
  /** Always granted. */
  readonly actions: readonly string[];
  /** Granted only when the stack's CrossAccountRoleName parameter is set. */
  readonly crossAccountActions: readonly string[];
}

export const CROSS_ACCOUNT_ACTIONS = ['sts:AssumeRole'] as const;

const sorted = (actions: Iterable<string>): string[] => [...new Set(actions)].sort();

/**
 * What the kit calls on the rule's behalf, by trigger (see rule-kit/handler/run-invocation.ts):
 * - every invocation reports with PutEvaluations;
 * - change rules fetch oversized items, and rules with `related` look those up, with GetResourceConfigHistory;
 * - periodic rules read their previous results (stale-result cleanup) with GetComplianceDetailsByConfigRule;
 * - periodic rules without a collector list what Config recorded (ListDiscoveredResources + BatchGetResourceConfig).
 * None of these Config actions supports resource-level permissions except GetComplianceDetailsByConfigRule,
 * whose config-rule ARN carries a generated id, not the name: it is scoped to this account and Region.
 */
export function roleStatements(rule: RuleDefinition): RoleStatement[] {
  const change = rule.triggers.includes('change');
  const periodic = rule.triggers.includes('periodic');
  const configActions = ['config:PutEvaluations'];
  if (change || rule.related !== undefined) configActions.push('config:GetResourceConfigHistory');
  if (periodic && rule.collector === undefined) configActions.push('config:ListDiscoveredResources', 'config:BatchGetResourceConfig');
  const statements: RoleStatement[] = [
    {
      sid: 'WriteOwnLogs',
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resource: getAtt(logicalId(rule, 'LogGroup'), 'Arn'),
    },
    { sid: 'ReportAndReadConfig', actions: sorted(configActions), resource: '*' },
  ];
  if (periodic) {
    statements.push({
      sid: 'ReadPreviousResults',
      actions: ['config:GetComplianceDetailsByConfigRule'],
      resource: sub('arn:${AWS::Partition}:config:${AWS::Region}:${AWS::AccountId}:config-rule/*'),
    });
  }
  if (rule.permissions.length > 0) statements.push({ sid: 'RuleReads', actions: sorted(rule.permissions), resource: '*' });
  return statements;
}

export function rolePermissions(rule: RuleDefinition): RolePermissions {
  return {
    rule: rule.id,
    actions: sorted(roleStatements(rule).flatMap((statement) => statement.actions)),
    crossAccountActions: [...CROSS_ACCOUNT_ACTIONS],
  };
}
