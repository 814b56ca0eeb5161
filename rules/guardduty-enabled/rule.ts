import { ACCOUNT_RESOURCE_TYPE, defineRule, lazyCollector, param } from '../../rule-kit';
import { GUARDDUTY_PERMISSIONS } from './permissions';
import { detectorVerdict } from './detector-verdict';
import { readDetectors } from './read-detectors';

/** GuardDuty is the account's threat detector; off (or suspended) in a Region, nothing there is watched. */
export const rule = defineRule({
  id: 'guardduty-enabled',
  description:
    'Checks that a GuardDuty detector is enabled (Status ENABLED, not suspended) in the Region and, with CentralMonitoringAccount, that its findings go to one of those accounts.',
  severity: 'HIGH',
  resourceTypes: [ACCOUNT_RESOURCE_TYPE],
  triggers: ['periodic'],
  parameters: {
    CentralMonitoringAccount: param.stringList({
      description:
        'Comma-separated 12-digit account ids where GuardDuty findings may be centralized: the account must be one of them or an active member of one; unset: any enabled detector.',
      pattern: /^\d{12}$/,
    }),
  },
  collector: lazyCollector(async () => (await import('./collector')).collectDetectors),
  permissions: [...GUARDDUTY_PERMISSIONS],
  // ListDetectors plus two calls per detector; GuardDuty allows one detector per Region.
  timeoutSeconds: 30,
  evaluate(item, { CentralMonitoringAccount }) {
    return detectorVerdict(item.resourceId, item.awsRegion, readDetectors(item), CentralMonitoringAccount);
  },
});
