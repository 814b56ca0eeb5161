import type { RuleDefinition } from '../../rule-kit';
import {
  getAtt,
  ifThen,
  isSet,
  NO_VALUE,
  ref,
  sub,
  type CfnOutput,
  type CfnParameter,
  type CfnResource,
  type CfnTemplate,
  type CfnValue,
} from './cfn';
import { ALERT_CONDITIONS, ALERT_FUNCTION_ID, ALERT_PARAMETERS, alertResources } from './alert-resources';
import { codePath, functionName, logicalId } from './names';
import { CROSS_ACCOUNT_ACTIONS, roleStatements } from './permissions';

export const DEFAULT_TIMEOUT_SECONDS = 60;

/**
 * Where the functions' code comes from. `package`: a local path `aws cloudformation package` uploads and
 * rewrites (one account and Region). `regional-bucket`: `<CodeBucketPrefix>-<Region>/<CodeKeyPrefix><id>.zip`,
 * so one template serves every Region of a StackSet (Lambda reads code only from a bucket in its own Region).
 */
export type CodeSource = 'package' | 'regional-bucket';
export const CODE_BUCKET_PREFIX_PARAMETER = 'CodeBucketPrefix';
export const CODE_KEY_PREFIX_PARAMETER = 'CodeKeyPrefix';

/** The IAM path of every rule role: `/<stack name>/`, so a member account can trust exactly these roles. */
export const ROLE_PATH = sub('/${AWS::StackName}/');
export const RUNTIME = 'nodejs22.x';
export const HANDLER = 'index.handler';

/** Retention values CloudWatch Logs accepts. */
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

const PARAMETERS: Readonly<Record<string, CfnParameter>> = {
  Architecture: {
    Type: 'String',
    Default: 'arm64',
    AllowedValues: ['arm64', 'x86_64'],
    Description: 'Instruction set of every rule function (the bundles are plain JavaScript and run on both).',
  },
  MemorySize: {
    Type: 'Number',
    Default: 256,
    MinValue: 128,
    MaxValue: 10240,
    Description: 'Memory of every rule function in MB (Lambda gives CPU in proportion).',
  },
  LogRetentionInDays: {
    Type: 'Number',
    Default: 365,
    AllowedValues: LOG_RETENTION_DAYS,
    Description: "Retention of each function's log group.",
  },
  ReservedConcurrency: {
    Type: 'String',
    Default: '',
    AllowedPattern: '^([1-9][0-9]{0,3})?$',
    Description:
      "Empty: the functions share the account's unreserved concurrency. A number: each function runs at most that many at once, " +
      'reserved from the account pool (Config invokes asynchronously; throttled invocations are retried, for up to 6 hours).',
  },
  CrossAccountRoleName: {
    Type: 'String',
    Default: '',
    AllowedPattern: '^[\\w+=,.@-]{0,64}$',
    Description:
      'Empty: functions evaluate only this account. A role name: functions may assume that role in other accounts ' +
      '(executionRoleArn / ExecutionRoleName) to evaluate them.',
  },
};

const REGIONAL_CODE_PARAMETERS: Readonly<Record<string, CfnParameter>> = {
  [CODE_BUCKET_PREFIX_PARAMETER]: {
    Type: 'String',
    // 63 characters per bucket name, less "-" and the longest Region name.
    AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,46}$',
    Description: 'The code bucket in each Region is <CodeBucketPrefix>-<Region> (Lambda reads code only from its own Region).',
  },
  [CODE_KEY_PREFIX_PARAMETER]: {
    Type: 'String',
    Default: 'config-rules-pack/',
    AllowedPattern: "^[A-Za-z0-9!_.*'()/-]*$",
    Description: 'Key prefix of the zips (<prefix><rule id>.zip). Use a new prefix per release, or the functions keep their old code.',
  },
};

const CONDITIONS: Readonly<Record<string, CfnValue>> = {
  CrossAccountEnabled: isSet('CrossAccountRoleName'),
  ConcurrencyReserved: isSet('ReservedConcurrency'),
};

function policyDocument(rule: RuleDefinition): CfnValue {
  const statements: CfnValue[] = roleStatements(rule).map((statement) => ({
    Sid: statement.sid,
    Effect: 'Allow',
    Action: [...statement.actions],
    Resource: statement.resource,
  }));
  statements.push(
    ifThen(
      'CrossAccountEnabled',
      {
        Sid: 'AssumeMemberAccountRole',
        Effect: 'Allow',
        Action: [...CROSS_ACCOUNT_ACTIONS],
        Resource: sub('arn:${AWS::Partition}:iam::*:role/${CrossAccountRoleName}'),
      },
      NO_VALUE,
    ),
  );
  return { Version: '2012-10-17', Statement: statements };
}

function codeOf(rule: Pick<RuleDefinition, 'id'>, source: CodeSource): CfnValue {
  if (source === 'package') return codePath(rule);
  return {
    S3Bucket: sub(`\${${CODE_BUCKET_PREFIX_PARAMETER}}-\${AWS::Region}`),
    S3Key: sub(`\${${CODE_KEY_PREFIX_PARAMETER}}${rule.id}.zip`),
  };
}

function ruleResources(rule: RuleDefinition, source: CodeSource): Record<string, CfnResource> {
  const name = functionName(rule);
  const logGroup = logicalId(rule, 'LogGroup');
  const role = logicalId(rule, 'Role');
  const fn = logicalId(rule, 'Function');
  return {
    [logGroup]: {
      Type: 'AWS::Logs::LogGroup',
      Properties: { LogGroupName: `/aws/lambda/${name}`, RetentionInDays: ref('LogRetentionInDays') },
    },
    [role]: {
      Type: 'AWS::IAM::Role',
      Properties: {
        Description: `Execution role of the ${rule.id} Config rule function`,
        Path: ROLE_PATH,
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        Policies: [{ PolicyName: 'rule-permissions', PolicyDocument: policyDocument(rule) }],
      },
    },
    [fn]: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        FunctionName: name,
        Description: rule.description,
        Runtime: RUNTIME,
        Handler: HANDLER,
        // A local path (`aws cloudformation package` uploads the zip and rewrites it to S3Bucket/S3Key) or the regional bucket.
        Code: codeOf(rule, source),
        Architectures: [ref('Architecture')],
        MemorySize: ref('MemorySize'),
        ReservedConcurrentExecutions: ifThen('ConcurrencyReserved', ref('ReservedConcurrency'), NO_VALUE),
        Timeout: rule.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
        Role: getAtt(role, 'Arn'),
        LoggingConfig: { LogGroup: ref(logGroup) },
      },
    },
    [logicalId(rule, 'ConfigPermission')]: {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: getAtt(fn, 'Arn'),
        Principal: 'config.amazonaws.com',
        SourceAccount: ref('AWS::AccountId'),
      },
    },
  };
}

/**
 * The deployment stack: per rule a function, its log group, a least-privilege role and the permission
 * for Config to invoke it; optional alerts. Plain CloudFormation: `aws cloudformation package` + `deploy`,
 * or, with the regional-bucket code source, the template a StackSet deploys to every member and Region.
 */
export function buildStackTemplate(rules: readonly RuleDefinition[], source: CodeSource = 'package'): CfnTemplate {
  const resources: Record<string, CfnResource> = {};
  const outputs: Record<string, CfnOutput> = {};
  for (const rule of rules) {
    Object.assign(resources, ruleResources(rule, source));
    outputs[logicalId(rule, 'FunctionArn')] = {
      Description: `ARN of the ${rule.id} rule function`,
      Value: getAtt(logicalId(rule, 'Function'), 'Arn'),
      Export: { Name: sub(`\${AWS::StackName}-${rule.id}-function-arn`) },
    };
  }
  Object.assign(resources, alertResources(rules, codeOf({ id: ALERT_FUNCTION_ID }, source), ref('Architecture')));
  outputs['AlertTopicArn'] = { Description: 'SNS topic receiving NON_COMPLIANT alerts', Condition: 'AlertsEnabled', Value: ref('AlertTopic') };
  outputs['AlertDeadLetterQueueUrl'] = { Description: 'Alert events the function could not handle, kept 14 days', Condition: 'AlertsEnabled', Value: ref('AlertDeadLetterQueue') };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      source === 'package'
        ? 'config-rules-pack: one Lambda function per custom AWS Config rule, least-privilege roles, optional alerts'
        : 'config-rules-pack for a StackSet: one Lambda function per custom AWS Config rule, code from the bucket in each Region',
    Parameters: { ...PARAMETERS, ...ALERT_PARAMETERS, ...(source === 'package' ? {} : REGIONAL_CODE_PARAMETERS) },
    Conditions: { ...CONDITIONS, ...ALERT_CONDITIONS },
    Resources: resources,
    Outputs: outputs,
  };
}
