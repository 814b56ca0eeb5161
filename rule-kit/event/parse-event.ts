import type { ConfigurationItem } from '../configuration-item';
import { CONFIGURATION_ITEM_STATUSES } from '../configuration-item';
import { InvalidEventError, RuleKitError, UnknownMessageTypeError } from '../errors';
import { fromNotificationItem } from '../items';
import type { RawParameters } from '../parameters';
import { isRecord, type JsonRecord } from '../read-field';
import type { ConfigurationItemSummary, Invocation } from './config-rule-event';

const TEST_MODE_TOKEN = 'TESTMODE';

/**
 * Turns the Lambda event Config sends into a typed `Invocation`. Anything malformed is an
 * InvalidEventError (or UnknownMessageTypeError) before any evaluation is computed, so a bad event
 * never leads to a partial or guessed report.
 */
export function parseEvent(event: unknown): Invocation {
  if (!isRecord(event)) throw new InvalidEventError('event', event, 'is not an object');
  const resultToken = requireText(event, 'resultToken');
  const invokingEvent = parseJsonObject(requireText(event, 'invokingEvent'), 'invokingEvent');
  const base = {
    ruleName: requireText(event, 'configRuleName'),
    accountId: requireText(event, 'accountId'),
    resultToken,
    testMode: resultToken === TEST_MODE_TOKEN,
    parameters: parseRuleParameters(event['ruleParameters']),
    ...optionalText(event, 'configRuleArn', 'ruleArn'),
    ...optionalText(event, 'executionRoleArn', 'executionRoleArn'),
  };
  const messageType = invokingEvent['messageType'];
  switch (messageType) {
    case 'ConfigurationItemChangeNotification':
      return {
        ...base,
        ...optionalNotificationTime(invokingEvent),
        messageType,
        item: changedItem(invokingEvent['configurationItem']),
        eventLeftScope: leftScope(event),
      };
    case 'OversizedConfigurationItemChangeNotification':
      return {
        ...base,
        ...optionalNotificationTime(invokingEvent),
        messageType,
        summary: parseSummary(invokingEvent['configurationItemSummary']),
        eventLeftScope: leftScope(event),
      };
    case 'ScheduledNotification':
      return { ...base, notificationCreationTime: requireTime(invokingEvent, 'notificationCreationTime'), messageType };
    default:
      throw new UnknownMessageTypeError(messageType);
  }
}

/** `ruleParameters` may be absent, "", "{}" or a JSON object of (usually string) values. */
export function parseRuleParameters(value: unknown): RawParameters {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'string') throw new InvalidEventError('ruleParameters', value, 'is not a JSON string');
  if (value.trim() === '') return {};
  return parseJsonObject(value, 'ruleParameters');
}

function parseJsonObject(text: string, field: string): JsonRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InvalidEventError(field, text, 'is not valid JSON');
  }
  if (!isRecord(parsed)) throw new InvalidEventError(field, parsed, 'is not a JSON object');
  return parsed;
}

function requireText(record: JsonRecord, field: string, path = field): string {
  const value = record[field];
  if (typeof value !== 'string' || value === '') throw new InvalidEventError(path, value, 'must be a non-empty string');
  return value;
}

function optionalText<K extends string>(record: JsonRecord, field: string, key: K): { [P in K]?: string } {
  const value = record[field];
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'string') throw new InvalidEventError(field, value, 'must be a string');
  return { [key]: value } as { [P in K]?: string };
}

function leftScope(event: JsonRecord): boolean {
  const value = event['eventLeftScope'];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw new InvalidEventError('eventLeftScope', value, 'must be a boolean');
  return value;
}

function requireTime(record: JsonRecord, field: string, path = `invokingEvent.${field}`): string {
  const value = record[field];
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new InvalidEventError(path, value, 'must be an ISO-8601 time');
  }
  return value;
}

/** Change notifications usually carry it; AWS's own example event does not, so it is optional there. */
function optionalNotificationTime(invokingEvent: JsonRecord): { notificationCreationTime?: string } {
  if (invokingEvent['notificationCreationTime'] === undefined) return {};
  return { notificationCreationTime: requireTime(invokingEvent, 'notificationCreationTime') };
}

function changedItem(value: unknown): ConfigurationItem {
  if (!isRecord(value)) throw new InvalidEventError('invokingEvent.configurationItem', value, 'is not an object');
  try {
    return fromNotificationItem(value);
  } catch (error) {
    if (error instanceof RuleKitError && !(error instanceof InvalidEventError)) {
      throw new InvalidEventError('invokingEvent.configurationItem', value, `is malformed: ${error.message}`);
    }
    throw error;
  }
}

/** Header fields Config may send as null, or (configurationStateId) as a number. */
const OPTIONAL_SUMMARY_FIELDS = [
  'changeType',
  'configurationItemVersion',
  'configurationStateId',
  'resourceName',
  'ARN',
  'availabilityZone',
  'configurationStateMd5Hash',
  'resourceCreationTime',
] as const;

function parseSummary(value: unknown): ConfigurationItemSummary {
  const field = 'invokingEvent.configurationItemSummary';
  if (!isRecord(value)) throw new InvalidEventError(field, value, 'is not an object');
  const text = (key: string) => requireText(value, key, `${field}.${key}`);
  const status = value['configurationItemStatus'];
  if (!CONFIGURATION_ITEM_STATUSES.includes(status as never)) {
    throw new InvalidEventError(`${field}.configurationItemStatus`, status, 'is not a Config item status');
  }
  const resourceType = text('resourceType');
  if (!/^AWS::[A-Za-z0-9]*::[A-Za-z0-9]+$/.test(resourceType)) {
    throw new InvalidEventError(`${field}.resourceType`, resourceType, 'is not a resource type');
  }
  const captureTime = requireTime(value, 'configurationItemCaptureTime', `${field}.configurationItemCaptureTime`);
  const optional: Record<string, string> = {};
  for (const key of OPTIONAL_SUMMARY_FIELDS) {
    const raw = value[key];
    if (typeof raw === 'string' || typeof raw === 'number') optional[key] = String(raw);
  }
  return {
    ...optional,
    resourceType: resourceType as ConfigurationItemSummary['resourceType'],
    resourceId: text('resourceId'),
    awsAccountId: text('awsAccountId'),
    awsRegion: text('awsRegion'),
    configurationItemCaptureTime: captureTime,
    configurationItemStatus: status as ConfigurationItemSummary['configurationItemStatus'],
  };
}
