import {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_PERMISSIONS,
  compliant,
  defineRule,
  InvalidParameterError,
  lazyCollector,
  nonCompliant,
  param,
  PUBLIC_ACCESS_BLOCK_SETTINGS,
  type PublicAccessBlockSettingName,
} from '../../rule-kit';
import { readAccountBlock } from './read-block';

const required = (name: PublicAccessBlockSettingName) =>
  param.boolean({ description: `Require ${name} on (true, the default); false stops requiring it (it may still be on).`, default: true });

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** One switch that keeps every bucket in the account from being made public by ACL or policy. */
export const rule = defineRule({
  id: 's3-account-public-access-block',
  description:
    'Checks that account-level S3 Block Public Access exists with BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets on; parameters stop requiring single settings.',
  severity: 'MEDIUM',
  resourceTypes: ['AWS::S3::AccountPublicAccessBlock'],
  triggers: ['change', 'periodic'],
  parameters: {
    BlockPublicAcls: required('BlockPublicAcls'),
    IgnorePublicAcls: required('IgnorePublicAcls'),
    BlockPublicPolicy: required('BlockPublicPolicy'),
    RestrictPublicBuckets: required('RestrictPublicBuckets'),
  },
  collector: lazyCollector(async () => (await import('./collector')).collectAccountBlock),
  permissions: [...ACCOUNT_PUBLIC_ACCESS_BLOCK_PERMISSIONS],
  timeoutSeconds: 30,
  evaluate(item, params) {
    const requiredNames = PUBLIC_ACCESS_BLOCK_SETTINGS.map(({ name }) => name).filter((name) => params[name]);
    if (requiredNames.length === 0) {
      throw new InvalidParameterError('BlockPublicAcls', false, 'all four settings are set to false, so the rule would check nothing');
    }
    const block = readAccountBlock(item);
    if (block.kind === 'missing') {
      return nonCompliant(
        `Account ${item.resourceId} has no account-level S3 Block Public Access configuration (NoSuchPublicAccessBlockConfiguration): all four settings are off.`,
      );
    }
    const off = requiredNames.filter((name) => !block.settings[name]);
    if (off.length > 0) {
      return nonCompliant(`Account-level S3 Block Public Access has ${joinNames(off)} off (account ${item.resourceId}).`);
    }
    return compliant(`Account-level S3 Block Public Access has ${joinNames(requiredNames)} on.`);
  },
});
