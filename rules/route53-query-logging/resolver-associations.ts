import {
  compliant,
  type ConfigurationItem,
  configurationOf,
  isRecord,
  jsonField,
  type JsonRecord,
  MalformedConfigurationItemError,
  nonCompliant,
  requireArray,
  type Verdict,
} from '../../rule-kit';
import { ASSOCIATION_TYPE } from './resource-types';

/** The supplementaryConfiguration key the collector adds to a VPC item: its query-log associations. */
export const ASSOCIATIONS_KEY = 'ResolverQueryLogConfigAssociations';
/** Set instead when Config does not record the association type, so absence proves nothing. */
export const NOT_RECORDED_KEY = 'ResolverQueryLogConfigAssociationsNotRecorded';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Resolver logs a VPC's queries only through an ACTIVE association without an error. */
function logging(association: JsonRecord): boolean {
  const error = text(association['Error']);
  return association['Status'] === 'ACTIVE' && (error === undefined || error === 'NONE');
}

function describe(association: JsonRecord): string {
  const id = text(association['Id']) ?? 'an association';
  const error = text(association['Error']);
  return `${id} is ${text(association['Status']) ?? 'without a status'}${error === undefined || error === 'NONE' ? '' : ` (${error})`}`;
}

/**
 * A VPC's Resolver query logging, from the associations the collector joined to it
 * (`supplementaryConfiguration.ResolverQueryLogConfigAssociations`: the recorded
 * AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation configurations whose ResourceId is this VPC).
 * Without the key the associations were never collected (a VPC as Config records it): that cannot be
 * evaluated. Associations naming another resource are ignored.
 */
export function vpcVerdict(item: ConfigurationItem): Verdict {
  const vpcId = text(configurationOf(item)['vpcId']) ?? text(configurationOf(item)['VpcId']) ?? item.resourceId;
  const notRecorded = item.supplementaryConfiguration?.[NOT_RECORDED_KEY];
  if (typeof notRecorded === 'string') {
    return nonCompliant(`Cannot determine whether VPC ${vpcId} logs DNS queries: ${notRecorded}.`);
  }
  const field = `supplementaryConfiguration.${ASSOCIATIONS_KEY}`;
  const raw = item.supplementaryConfiguration?.[ASSOCIATIONS_KEY];
  if (raw === undefined || raw === null) {
    throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, `is missing: the VPC's ${ASSOCIATION_TYPE} items were not joined to it`);
  }
  const associations = requireArray(item, jsonField(item, raw, field), field)
    .filter((entry): entry is JsonRecord => isRecord(entry) && entry['ResourceId'] === vpcId);
  const active = associations.find(logging);
  if (active !== undefined) {
    return compliant(`VPC ${vpcId} logs DNS queries through Resolver query logging configuration ${text(active['ResolverQueryLogConfigId']) ?? 'unnamed'}.`);
  }
  if (associations.length === 0) return nonCompliant(`VPC ${vpcId} has no Route 53 Resolver query logging configuration: its DNS queries are not logged.`);
  return nonCompliant(`VPC ${vpcId} has no active Resolver query logging: ${associations.map(describe).join(', ')}.`);
}
