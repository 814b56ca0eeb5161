import { defineRule, lazyCollector } from '../../rule-kit';
import { ROUTE53_QUERY_LOGGING_PERMISSIONS } from './permissions';
import { hostedZoneVerdict } from './hosted-zone';
import { vpcVerdict } from './resolver-associations';
import { HOSTED_ZONE_TYPE, VPC_TYPE, type QueryLoggingResourceType } from './resource-types';

const RESOURCE_TYPES: readonly QueryLoggingResourceType[] = [HOSTED_ZONE_TYPE, VPC_TYPE];

/** DNS queries show what a compromised host reaches for (exfiltration, C2 domains); unlogged, they are gone. */
export const rule = defineRule({
  id: 'route53-query-logging',
  description:
    'Checks that DNS queries are logged: public Route 53 hosted zones have query logging, and every VPC has an active Route 53 Resolver query logging association.',
  severity: 'MEDIUM',
  resourceTypes: RESOURCE_TYPES,
  triggers: ['change', 'periodic'],
  parameters: {},
  collector: lazyCollector(async () => (await import('./collector')).collectQueryLogging),
  permissions: [...ROUTE53_QUERY_LOGGING_PERMISSIONS],
  // Three Config listings plus BatchGetResourceConfig per 100 items.
  timeoutSeconds: 120,
  evaluate(item) {
    return item.resourceType === HOSTED_ZONE_TYPE ? hostedZoneVerdict(item) : vpcVerdict(item);
  },
});
