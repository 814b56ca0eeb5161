import type { AnyParameterSpec, RuleDefinition } from '../../rule-kit';
import { and, equals, ifThen, isSet, not, NO_VALUE, ref, sub, type CfnParameter, type CfnResource, type CfnTemplate, type CfnValue } from './cfn';
import { functionName, logicalId, packParameterName } from './names';
import { REMEDIATIONS, type Remediation } from './remediations';

export const FREQUENCY_PARAMETER = 'MaximumExecutionFrequency';
export const REMEDIATION_ROLE_PARAMETER = 'RemediationRoleArn';
export const FREQUENCIES = ['One_Hour', 'Three_Hours', 'Six_Hours', 'Twelve_Hours', 'TwentyFour_Hours'] as const;

const CHANGE_MESSAGE_TYPES = ['ConfigurationItemChangeNotification', 'OversizedConfigurationItemChangeNotification'] as const;

/** The pack parameter's default: the rule's default rendered as Config passes it, or empty (key dropped). */
export function parameterDefault(spec: AnyParameterSpec): string {
  return spec.default === undefined ? '' : spec.format(spec.default);
}

const DESCRIPTION_MAX = 256;

/** A parameter's description within Config's 256 characters: the rule's text, cut with a marker if needed. */
function describeParameter(name: string, spec: AnyParameterSpec): string {
  const suffix = `${spec.required ? ' Required.' : ''} Empty: ${name} is not passed.`;
  const text = `${spec.description}`;
  const room = DESCRIPTION_MAX - suffix.length;
  return `${text.length > room ? `${text.slice(0, room - 1)}…` : text}${suffix}`;
}

function sourceDetails(rule: RuleDefinition): CfnValue[] {
  const details: CfnValue[] = [];
  if (rule.triggers.includes('change')) {
    for (const messageType of CHANGE_MESSAGE_TYPES) details.push({ EventSource: 'aws.config', MessageType: messageType });
  }
  if (rule.triggers.includes('periodic')) {
    details.push({ EventSource: 'aws.config', MessageType: 'ScheduledNotification', MaximumExecutionFrequency: ref(FREQUENCY_PARAMETER) });
  }
  return details;
}

function configRule(rule: RuleDefinition): CfnResource {
  const inputParameters: Record<string, CfnValue> = {};
  for (const name of Object.keys(rule.parameters)) {
    const parameter = packParameterName(rule, name);
    inputParameters[name] = ifThen(`${parameter}Set`, ref(parameter), NO_VALUE);
  }
  const arnParameter = logicalId(rule, 'LambdaArn');
  const properties: Record<string, CfnValue> = {
    ConfigRuleName: rule.id,
    Description: rule.description,
    Source: {
      Owner: 'CUSTOM_LAMBDA',
      // Parameter defaults cannot hold intrinsics, so the default ARN is built here from pseudo parameters.
      SourceIdentifier: ifThen(
        `${arnParameter}Set`,
        ref(arnParameter),
        sub(`arn:\${AWS::Partition}:lambda:\${AWS::Region}:\${AWS::AccountId}:function:${functionName(rule)}`),
      ),
      SourceDetails: sourceDetails(rule),
    },
  };
  // Change-triggered rules are scoped to their types; purely periodic rules evaluate what they collect.
  if (rule.triggers.includes('change')) properties['Scope'] = { ComplianceResourceTypes: [...rule.resourceTypes] };
  if (Object.keys(inputParameters).length > 0) properties['InputParameters'] = inputParameters;
  return { Type: 'AWS::Config::ConfigRule', Properties: properties };
}

function remediation(rule: RuleDefinition, fix: Remediation): CfnResource {
  const mode = logicalId(rule, 'Remediation');
  return {
    Type: 'AWS::Config::RemediationConfiguration',
    Condition: `${mode}Enabled`,
    DependsOn: logicalId(rule, 'Rule'),
    Properties: {
      ConfigRuleName: rule.id,
      TargetType: 'SSM_DOCUMENT',
      TargetId: fix.runbook,
      Parameters: {
        AutomationAssumeRole: { StaticValue: { Values: [ref(REMEDIATION_ROLE_PARAMETER)] } },
        [fix.resourceParameter]: { ResourceValue: { Value: 'RESOURCE_ID' } },
      },
      Automatic: ifThen(`${mode}Automatic`, true, false),
      MaximumAutomaticAttempts: 3,
      RetryAttemptSeconds: 60,
    },
  };
}

/**
 * The conformance pack: only Parameters, Conditions and AWS::Config::ConfigRule /
 * AWS::Config::RemediationConfiguration resources, as Config requires.
 */
export function buildPackTemplate(rules: readonly RuleDefinition[]): CfnTemplate {
  const parameters: Record<string, CfnParameter> = {};
  const conditions: Record<string, CfnValue> = {};
  const resources: Record<string, CfnResource> = {};
  const remediable = rules.filter((rule) => REMEDIATIONS[rule.id] !== undefined);

  for (const rule of rules) {
    const arnParameter = logicalId(rule, 'LambdaArn');
    parameters[arnParameter] = {
      Type: 'String',
      Default: '',
      Description: `ARN of the function evaluating ${rule.id}. Empty: ${functionName(rule)} in this account and Region.`,
    };
    conditions[`${arnParameter}Set`] = isSet(arnParameter);
    for (const [name, spec] of Object.entries(rule.parameters)) {
      const parameter = packParameterName(rule, name);
      parameters[parameter] = { Type: 'String', Default: parameterDefault(spec), Description: describeParameter(name, spec) };
      conditions[`${parameter}Set`] = isSet(parameter);
    }
    resources[logicalId(rule, 'Rule')] = configRule(rule);
    const fix = REMEDIATIONS[rule.id];
    if (fix) {
      const mode = logicalId(rule, 'Remediation');
      parameters[mode] = {
        Type: 'String',
        Default: 'off',
        Description: `off, manual or automatic: remediate ${rule.id} with ${fix.runbook}. ${fix.note} Needs ${REMEDIATION_ROLE_PARAMETER}.`,
      };
      conditions[`${mode}Enabled`] = and(not(equals(ref(mode), 'off')), isSet(REMEDIATION_ROLE_PARAMETER));
      conditions[`${mode}Automatic`] = equals(ref(mode), 'automatic');
      resources[logicalId(rule, 'RemediationConfiguration')] = remediation(rule, fix);
    }
  }
  if (rules.some((rule) => rule.triggers.includes('periodic'))) {
    parameters[FREQUENCY_PARAMETER] = {
      Type: 'String',
      Default: 'TwentyFour_Hours',
      Description: `How often periodic rules run: ${FREQUENCIES.join(', ')}.`,
    };
  }
  if (remediable.length > 0) {
    parameters[REMEDIATION_ROLE_PARAMETER] = {
      Type: 'String',
      Default: '',
      Description: 'ARN of the role Systems Manager Automation assumes to remediate (a literal ARN). Empty: no remediation.',
    };
  }
  return { Parameters: parameters, Conditions: conditions, Resources: resources };
}
