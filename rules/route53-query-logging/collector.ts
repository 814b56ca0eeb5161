import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { callAws, type CollectorContext, type ConfigurationItem, isRecord, type ResourceType } from '../../rule-kit';
import { listRecordedItems } from '../../rule-kit/lambda';
import { associationsNotRecorded } from './association-recording';
import { ASSOCIATIONS_KEY, NOT_RECORDED_KEY } from './resolver-associations';
import { ASSOCIATION_TYPE, HOSTED_ZONE_TYPE, VPC_TYPE } from './resource-types';

/** Recorded items of one type through Config's API; AccessDenied names the action refused. */
async function recorded(config: ConfigServiceClient, type: ResourceType): Promise<ConfigurationItem[]> {
  return callAws('config:ListDiscoveredResources and config:BatchGetResourceConfig', async () => {
    const items: ConfigurationItem[] = [];
    for await (const item of listRecordedItems(config, [type])) items.push(item);
    return items;
  });
}

/**
 * The periodic half. Config records VPCs and Resolver query-log associations as separate resources, so
 * this joins them through Config's own API (ListDiscoveredResources + BatchGetResourceConfig, paged and
 * batched by the kit): every recorded VPC is yielded as Config recorded it, with
 * `supplementaryConfiguration.ResolverQueryLogConfigAssociations` = the recorded associations whose
 * ResourceId is that VPC. When no configuration recorder records the association type, each VPC carries
 * `ResolverQueryLogConfigAssociationsNotRecorded` instead (absence would prove nothing). The Region's
 * recorded hosted zones are yielded too, so a periodic run reports every resource the rule owns and the
 * stale-result cleanup never blanks a zone's verdict. Every error propagates (AccessDenied naming the
 * action): nothing is reported from a partial read.
 */
export async function* collectQueryLogging(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  const config = ctx.client(ConfigServiceClient);
  const notRecorded = await callAws('config:DescribeConfigurationRecorders', () => associationsNotRecorded(config, ctx.region));
  const byVpc = new Map<string, unknown[]>();
  if (notRecorded === undefined) {
    for (const association of await recorded(config, ASSOCIATION_TYPE)) {
      const configuration = association.configuration;
      if (!isRecord(configuration) || association.configurationItemStatus.startsWith('ResourceDeleted')) continue;
      const vpcId = configuration['ResourceId'];
      if (typeof vpcId !== 'string') continue;
      byVpc.set(vpcId, [...(byVpc.get(vpcId) ?? []), configuration]);
    }
  }
  for (const vpc of await recorded(config, VPC_TYPE)) {
    const joined = notRecorded === undefined ? { [ASSOCIATIONS_KEY]: byVpc.get(vpc.resourceId) ?? [] } : { [NOT_RECORDED_KEY]: notRecorded };
    yield { ...vpc, supplementaryConfiguration: { ...vpc.supplementaryConfiguration, ...joined } };
  }
  yield* await recorded(config, HOSTED_ZONE_TYPE);
}
