import type { ConfigurationItem, ResourceType } from '../configuration-item';
import type { CollectorContext } from '../define-rule';

export interface CollectedFacts {
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  /** Absent for types Config records without one (AWS::S3::AccountPublicAccessBlock). */
  readonly ARN?: string;
  readonly availabilityZone?: string;
  /** JSON-safe already (Dates as ISO strings): the scanner reads collected items back from files. */
  readonly configuration: unknown;
  readonly supplementaryConfiguration?: Readonly<Record<string, unknown>>;
  readonly tags?: Readonly<Record<string, string>>;
  readonly resourceName?: string;
  readonly resourceCreationTime?: string;
}

/**
 * A collected fact as a configuration item in notification shape (version 1.3, status OK, captured at
 * the notification time), so collected and recorded resources look the same to rules, the kit and the
 * scanner. Every collector builds its items here.
 *
 * @example
 * yield collectedItem(ctx, { resourceType: 'AWS::EC2::VPC', resourceId: vpc.VpcId, configuration: { ...vpc, flowLogs } });
 */
export function collectedItem(ctx: CollectorContext, facts: CollectedFacts): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: ctx.notificationTime,
    configurationItemStatus: 'OK',
    awsAccountId: ctx.accountId,
    awsRegion: ctx.region,
    relatedEvents: [],
    relationships: [],
    tags: {},
    supplementaryConfiguration: {},
    ...facts,
  };
}
