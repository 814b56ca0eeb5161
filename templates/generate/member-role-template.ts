import type { RuleDefinition } from '../../rule-kit';
import { sub, type CfnTemplate, type CfnValue } from './cfn';
import { CROSS_ACCOUNT_ACTIONS, roleStatements } from './permissions';

/** The statement every rule role has for its own log group: the member role writes no logs. */
const OWN_LOGS_SID = 'WriteOwnLogs';
/** The rules' previous results, in any Region of the member account (IAM is global, the functions are regional). */
const PREVIOUS_RESULTS_SID = 'ReadPreviousResults';

/** The member role's statements: per statement id, the union of every rule's actions, minus the logs. */
export function memberRoleStatements(rules: readonly RuleDefinition[]): { sid: string; actions: string[]; resource: CfnValue }[] {
  const bySid = new Map<string, Set<string>>();
  for (const rule of rules) {
    for (const statement of roleStatements(rule)) {
      if (statement.sid === OWN_LOGS_SID) continue;
      const actions = bySid.get(statement.sid) ?? new Set<string>();
      for (const action of statement.actions) actions.add(action);
      bySid.set(statement.sid, actions);
    }
  }
  return [...bySid].map(([sid, actions]) => ({
    sid,
    actions: [...actions].sort(),
    resource: sid === PREVIOUS_RESULTS_SID ? sub('arn:${AWS::Partition}:config:*:${AWS::AccountId}:config-rule/*') : '*',
  }));
}

/**
 * The role each member account offers the rule functions of a central rules account (the stack's
 * CrossAccountRoleName): trusted only by roles under the rules stack's IAM path (`/<stack name>/`, see
 * stack-template.ts), allowed exactly what the rules read plus config:PutEvaluations.
 */
export function buildMemberRoleTemplate(rules: readonly RuleDefinition[]): CfnTemplate {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'config-rules-pack: the role the rule functions of the rules account assume in this member account',
    Parameters: {
      RoleName: {
        Type: 'String',
        Default: 'config-rules-pack-member',
        AllowedPattern: '^[\\w+=,.@-]{1,64}$',
        Description: "The role's name: the rules stack's CrossAccountRoleName and the rules' ExecutionRoleName.",
      },
      RulesAccountId: { Type: 'String', AllowedPattern: '^\\d{12}$', Description: 'The account where the rules stack (the functions) runs.' },
      RulesStackName: {
        Type: 'String',
        Default: 'config-rules-pack',
        AllowedPattern: '^[A-Za-z][A-Za-z0-9-]{0,127}$',
        Description: "The rules stack's name: its roles' IAM path, which this role trusts.",
      },
    },
    Resources: {
      MemberRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: 'RoleName' },
          Description: 'Assumed by the config-rules-pack rule functions to read this account and report to its Config',
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'RuleFunctionsOnly',
                Effect: 'Allow',
                Principal: { AWS: sub('arn:${AWS::Partition}:iam::${RulesAccountId}:root') },
                Action: [...CROSS_ACCOUNT_ACTIONS],
                Condition: { ArnLike: { 'aws:PrincipalArn': sub('arn:${AWS::Partition}:iam::${RulesAccountId}:role/${RulesStackName}/*') } },
              },
            ],
          },
          Policies: [
            {
              PolicyName: 'rule-reads',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: memberRoleStatements(rules).map((statement) => ({
                  Sid: statement.sid,
                  Effect: 'Allow',
                  Action: statement.actions,
                  Resource: statement.resource,
                })),
              },
            },
          ],
        },
      },
    },
    Outputs: { MemberRoleArn: { Description: 'The role the rule functions assume', Value: { 'Fn::GetAtt': ['MemberRole', 'Arn'] } } },
  };
}
