import type { RuleDefinition } from '../../rule-kit';
import { DEFAULT_SEVERITY } from '../../rule-kit/severity';
import { and, condition, equals, getAtt, ifThen, isSet, ref, sub, type CfnParameter, type CfnResource, type CfnValue } from './cfn';

/** The alert function's id: its zip is `dist/alert-notifier.zip`, like a rule's. */
export const ALERT_FUNCTION_ID = 'alert-notifier';

/**
 * Lambda's 15-minute maximum: CloudTrail can show a call up to 15 minutes late, and the function waits
 * for it (a 256 MB function idling costs cents a month) before it says "actor not yet known".
 */
export const ALERT_TIMEOUT_SECONDS = 900;

/**
 * GuardDuty's severity bands (low 1, medium 4, high 7, critical 9). EventBridge compares `numeric` to a
 * JSON number, and CloudFormation hands parameters over as strings, so the threshold is one of these
 * and the pattern takes the number from an Fn::If chain.
 */
const GUARDDUTY_THRESHOLDS = [1, 4, 7, 9] as const;

export const ALERT_PARAMETERS: Readonly<Record<string, CfnParameter>> = {
  EnableAlerts: {
    Type: 'String',
    Default: 'false',
    AllowedValues: ['true', 'false'],
    Description:
      "true: every NON_COMPLIANT change of this pack's rules becomes one readable SNS message naming who made the change (CloudTrail), when and from where.",
  },
  AlertEmail: {
    Type: 'String',
    Default: '',
    Description: 'Optional e-mail address subscribed to the alert topic (confirm the subscription mail).',
  },
  NotifyResolved: {
    Type: 'String',
    Default: 'false',
    AllowedValues: ['true', 'false'],
    Description: 'true: also send a RESOLVED message when a resource goes from NON_COMPLIANT back to COMPLIANT.',
  },
  EnableGuardDutyAlerts: {
    Type: 'String',
    Default: 'false',
    AllowedValues: ['true', 'false'],
    Description: 'true (with EnableAlerts): GuardDuty findings at or above GuardDutyMinSeverity go to the same topic, in the same form.',
  },
  GuardDutyMinSeverity: {
    Type: 'Number',
    Default: 7,
    AllowedValues: [...GUARDDUTY_THRESHOLDS],
    Description: "Lowest GuardDuty severity alerted: 1 (low and up), 4 (medium), 7 (high, the default) or 9 (critical).",
  },
};

export const ALERT_CONDITIONS: Readonly<Record<string, CfnValue>> = {
  AlertsEnabled: equals(ref('EnableAlerts'), 'true'),
  AlertEmailEnabled: and(condition('AlertsEnabled'), isSet('AlertEmail')),
  NotifyResolvedEnabled: equals(ref('NotifyResolved'), 'true'),
  GuardDutyAlertsEnabled: and(condition('AlertsEnabled'), equals(ref('EnableGuardDutyAlerts'), 'true')),
  // The highest band is the chain's last branch and needs no condition.
  ...Object.fromEntries(GUARDDUTY_THRESHOLDS.slice(0, -1).map((threshold) => [`GuardDutyThreshold${threshold}`, equals(ref('GuardDutyMinSeverity'), String(threshold))])),
};

/** The threshold as a literal JSON number: Fn::If down the bands. */
function guardDutyThreshold(): CfnValue {
  const [last, ...rest] = [...GUARDDUTY_THRESHOLDS].reverse();
  let value: CfnValue = last ?? 7;
  for (const threshold of rest) value = ifThen(`GuardDutyThreshold${threshold}`, threshold, value);
  return value;
}

/** The EventBridge pattern: results of these rules, however a conformance pack suffixes their names. */
export function alertPattern(rules: readonly RuleDefinition[]): CfnValue {
  return {
    source: ['aws.config'],
    'detail-type': ['Config Rules Compliance Change'],
    detail: {
      messageType: ['ComplianceChangeNotification'],
      // Rules a conformance pack creates are named `<ConfigRuleName>-conformance-pack-<suffix>`.
      configRuleName: rules.map((rule) => ({ prefix: rule.id })),
      newEvaluationResult: { complianceType: ifThen('NotifyResolvedEnabled', ['NON_COMPLIANT', 'COMPLIANT'], ['NON_COMPLIANT']) },
    },
  };
}

/** Rule id -> severity, from the rules' metadata: the function's subject lines and SNS attributes. */
export function ruleSeverities(rules: readonly RuleDefinition[]): string {
  return JSON.stringify(Object.fromEntries(rules.map((rule) => [rule.id, rule.severity ?? DEFAULT_SEVERITY])));
}

/** IAM actions of the alert function's role beyond its logs, topic and dead-letter queue. */
export const ALERT_READ_ACTIONS = ['cloudtrail:LookupEvents', 'config:GetResourceConfigHistory'] as const;

/**
 * The alert path: EventBridge rules -> the alert function -> the SNS topic; failures of the function go,
 * after Lambda's two retries, to a dead-letter queue, as do events EventBridge cannot deliver.
 * `code` is the function's Code, as the stack gives its rules' (a packaged path or a regional bucket).
 */
export function alertResources(rules: readonly RuleDefinition[], code: CfnValue, architecture: CfnValue): Record<string, CfnResource> {
  const target = (id: string): CfnValue => ({
    Id: id,
    Arn: getAtt('AlertNotifierFunction', 'Arn'),
    RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 },
    DeadLetterConfig: { Arn: getAtt('AlertDeadLetterQueue', 'Arn') },
  });
  return {
    AlertTopic: {
      Type: 'AWS::SNS::Topic',
      Condition: 'AlertsEnabled',
      Properties: { DisplayName: 'Config rules pack alerts', KmsMasterKeyId: 'alias/aws/sns' },
    },
    AlertEmailSubscription: {
      Type: 'AWS::SNS::Subscription',
      Condition: 'AlertEmailEnabled',
      Properties: { TopicArn: ref('AlertTopic'), Protocol: 'email', Endpoint: ref('AlertEmail') },
    },
    AlertDeadLetterQueue: {
      Type: 'AWS::SQS::Queue',
      Condition: 'AlertsEnabled',
      Properties: { MessageRetentionPeriod: 1209600, SqsManagedSseEnabled: true },
    },
    AlertDeadLetterQueuePolicy: {
      Type: 'AWS::SQS::QueuePolicy',
      Condition: 'AlertsEnabled',
      Properties: {
        Queues: [ref('AlertDeadLetterQueue')],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'UndeliveredAlertEvents',
              Effect: 'Allow',
              Principal: { Service: 'events.amazonaws.com' },
              Action: 'sqs:SendMessage',
              Resource: getAtt('AlertDeadLetterQueue', 'Arn'),
              Condition: { ArnLike: { 'aws:SourceArn': sub('arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/${AWS::StackName}-*') } },
            },
          ],
        },
      },
    },
    AlertNotifierLogGroup: {
      Type: 'AWS::Logs::LogGroup',
      Condition: 'AlertsEnabled',
      Properties: { LogGroupName: sub('/aws/lambda/${AWS::StackName}-alert-notifier'), RetentionInDays: ref('LogRetentionInDays') },
    },
    AlertNotifierRole: {
      Type: 'AWS::IAM::Role',
      Condition: 'AlertsEnabled',
      Properties: {
        Description: 'Execution role of the config-rules-pack alert function',
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        Policies: [
          {
            PolicyName: 'alert-permissions',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                { Sid: 'WriteOwnLogs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: getAtt('AlertNotifierLogGroup', 'Arn') },
                { Sid: 'PublishAlerts', Effect: 'Allow', Action: ['sns:Publish'], Resource: ref('AlertTopic') },
                // The topic is encrypted with the AWS managed SNS key: publishing needs it, through SNS only.
                {
                  Sid: 'UseSnsKey',
                  Effect: 'Allow',
                  Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
                  Resource: '*',
                  Condition: { StringEquals: { 'kms:ViaService': sub('sns.${AWS::Region}.amazonaws.com') } },
                },
                { Sid: 'DeadLetterFailures', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: getAtt('AlertDeadLetterQueue', 'Arn') },
                // Neither action supports resource-level permissions.
                { Sid: 'ReadChangeAndActor', Effect: 'Allow', Action: [...ALERT_READ_ACTIONS], Resource: '*' },
              ],
            },
          },
        ],
      },
    },
    AlertNotifierFunction: {
      Type: 'AWS::Lambda::Function',
      Condition: 'AlertsEnabled',
      Properties: {
        FunctionName: sub('${AWS::StackName}-alert-notifier'),
        Description: 'Turns compliance changes and GuardDuty findings into readable alerts naming the actor (CloudTrail)',
        Runtime: 'nodejs22.x',
        Handler: 'index.handler',
        Code: code,
        Architectures: [architecture],
        MemorySize: 256,
        Timeout: ALERT_TIMEOUT_SECONDS,
        Role: getAtt('AlertNotifierRole', 'Arn'),
        LoggingConfig: { LogGroup: ref('AlertNotifierLogGroup') },
        Environment: {
          Variables: {
            ALERT_TOPIC_ARN: ref('AlertTopic'),
            RULE_SEVERITIES: ruleSeverities(rules),
            NOTIFY_RESOLVED: ref('NotifyResolved'),
            GUARDDUTY_MIN_SEVERITY: ref('GuardDutyMinSeverity'),
            ATTRIBUTION_RETRY_SECONDS: '60',
          },
        },
      },
    },
    AlertNotifierInvokeConfig: {
      Type: 'AWS::Lambda::EventInvokeConfig',
      Condition: 'AlertsEnabled',
      Properties: {
        FunctionName: ref('AlertNotifierFunction'),
        Qualifier: '$LATEST',
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: getAtt('AlertDeadLetterQueue', 'Arn') } },
      },
    },
    AlertRule: {
      Type: 'AWS::Events::Rule',
      Condition: 'AlertsEnabled',
      Properties: {
        Name: sub('${AWS::StackName}-compliance-alerts'),
        Description: 'Compliance changes of the config-rules-pack rules, to the alert function',
        State: 'ENABLED',
        EventPattern: alertPattern(rules),
        Targets: [target('alert-notifier')],
      },
    },
    AlertRuleInvokePermission: {
      Type: 'AWS::Lambda::Permission',
      Condition: 'AlertsEnabled',
      Properties: { Action: 'lambda:InvokeFunction', FunctionName: getAtt('AlertNotifierFunction', 'Arn'), Principal: 'events.amazonaws.com', SourceArn: getAtt('AlertRule', 'Arn') },
    },
    GuardDutyAlertRule: {
      Type: 'AWS::Events::Rule',
      Condition: 'GuardDutyAlertsEnabled',
      Properties: {
        Name: sub('${AWS::StackName}-guardduty-alerts'),
        Description: 'GuardDuty findings at or above GuardDutyMinSeverity, to the alert function',
        State: 'ENABLED',
        EventPattern: { source: ['aws.guardduty'], 'detail-type': ['GuardDuty Finding'], detail: { severity: [{ numeric: ['>=', guardDutyThreshold()] }] } },
        Targets: [target('alert-notifier')],
      },
    },
    GuardDutyRuleInvokePermission: {
      Type: 'AWS::Lambda::Permission',
      Condition: 'GuardDutyAlertsEnabled',
      Properties: { Action: 'lambda:InvokeFunction', FunctionName: getAtt('AlertNotifierFunction', 'Arn'), Principal: 'events.amazonaws.com', SourceArn: getAtt('GuardDutyAlertRule', 'Arn') },
    },
  };
}
