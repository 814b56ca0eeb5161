import type { ConfigurationItem } from '../../../rule-kit';

/** An OK AWS::::Account item as the account-summary collector yields it, with the given configuration. */
export function accountItemWithConfiguration(configuration: unknown): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-11-20T06:00:13.512Z',
    configurationItemStatus: 'OK',
    awsAccountId: '123456789012',
    awsRegion: 'us-east-1',
    ARN: 'arn:aws:iam::123456789012:root',
    resourceType: 'AWS::::Account',
    resourceId: '123456789012',
    tags: {},
    relatedEvents: [],
    relationships: [],
    configuration,
    supplementaryConfiguration: {},
  };
}
