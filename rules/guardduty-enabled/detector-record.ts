import type { Administrator, GetDetectorCommandOutput } from '@aws-sdk/client-guardduty';
import type { JsonRecord } from '../../rule-kit';

/** The key of `configuration` that holds GuardDuty's state on an `AWS::::Account` item. */
export const GUARDDUTY_KEY = 'GuardDuty';

/**
 * One entry of `configuration.GuardDuty.Detectors`: `DetectorId`, the detector as GetDetector returns it
 * (`Status`, `FindingPublishingFrequency`, `CreatedAt`, `UpdatedAt`, `ServiceRole`, `Features`,
 * `DataSources`, `Tags`) made JSON-safe, and `Administrator` from GetAdministratorAccount when the
 * account is a member of another account's GuardDuty.
 */
export function detectorRecord(detectorId: string, detector: GetDetectorCommandOutput, administrator: Administrator | undefined): JsonRecord {
  const { $metadata: _metadata, ...fields } = detector;
  return {
    DetectorId: detectorId,
    ...(JSON.parse(JSON.stringify(fields)) as JsonRecord),
    ...(administrator === undefined ? {} : { Administrator: JSON.parse(JSON.stringify(administrator)) as JsonRecord }),
  };
}
