import { type ConfigurationItem, configurationOf, isRecord, requireArray, requireRecord } from '../../rule-kit';
import { GUARDDUTY_KEY } from './detector-record';

/** What decides the verdict about one recorded detector. */
export interface DetectorFacts {
  readonly id: string;
  /** `Status` as recorded when it is a string (`ENABLED`, `DISABLED`); undefined otherwise. */
  readonly status: string | undefined;
  /** The administrator account and relationship status, when the account is a member. */
  readonly administrator: { readonly accountId: string; readonly relationshipStatus: string | undefined } | undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Reads `configuration.GuardDuty.Detectors`. Without the GuardDuty object or the list the item cannot
 * be evaluated (MalformedConfigurationItemError); a detector entry that is not an object likewise.
 * Unreadable fields inside an entry become undefined, which never counts as enabled or centralized.
 */
export function readDetectors(item: ConfigurationItem): DetectorFacts[] {
  const guardduty = requireRecord(item, configurationOf(item)[GUARDDUTY_KEY], `configuration.${GUARDDUTY_KEY}`);
  const entries = requireArray(item, guardduty['Detectors'], `configuration.${GUARDDUTY_KEY}.Detectors`);
  return entries.map((entry, index) => {
    const detector = requireRecord(item, entry, `configuration.${GUARDDUTY_KEY}.Detectors[${index}]`);
    const admin = detector['Administrator'];
    const adminAccount = isRecord(admin) ? text(admin['AccountId']) : undefined;
    return {
      id: text(detector['DetectorId']) ?? `#${index + 1}`,
      status: text(detector['Status']),
      administrator:
        adminAccount === undefined || !isRecord(admin) ? undefined : { accountId: adminAccount, relationshipStatus: text(admin['RelationshipStatus']) },
    };
  });
}
