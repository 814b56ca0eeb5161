import { GetResourceConfigHistoryCommand, type ConfigServiceClient, type ResourceType as SdkResourceType } from '@aws-sdk/client-config-service';
import { redact } from './redact';
import { ResourceNotRecordedError } from './resource-not-recorded-error';

export interface RecordOptions {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly region: string;
  readonly redact: boolean;
  /** When the item was fetched: goes into `_source`. */
  readonly now: Date;
}

/**
 * The resource's latest configuration item (GetResourceConfigHistory, limit 1) as a fixture: the
 * response's own shape (`configurationItems`, API field names, configuration as a JSON string), which
 * `loadItem` reads, with `_source` saying where and when it was recorded.
 */
export async function recordItem(client: ConfigServiceClient, options: RecordOptions): Promise<string> {
  const { resourceType, resourceId, region } = options;
  const output = await client.send(
    new GetResourceConfigHistoryCommand({ resourceType: resourceType as SdkResourceType, resourceId, limit: 1 }),
  );
  const [item] = output.configurationItems ?? [];
  if (item === undefined) throw new ResourceNotRecordedError(resourceType, resourceId, region);
  const source =
    `GetResourceConfigHistory (limit 1) response for ${resourceType} ${resourceId} in ${region}, ` +
    `recorded ${options.now.toISOString()} by config-rules record`;
  const body = JSON.stringify({ configurationItems: [item] }, null, 2).slice(1);
  if (!options.redact) return `{\n  "_source": ${JSON.stringify(`${source}.`)},${body}\n`;
  const redacted = redact(body, item.accountId ?? '');
  const note = `${source}; --redact replaced ${redacted.accounts} account id(s) and ${redacted.addresses} IPv4 host address(es) consistently.`;
  return `{\n  "_source": ${JSON.stringify(note)},${redacted.text}\n`;
}
