import { GetAdministratorAccountCommand, GetDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { accountItem, type CollectorContext, type ConfigurationItem } from '../../rule-kit';
import { detectorRecord, GUARDDUTY_KEY } from './detector-record';
import { listDetectorIds } from './list-detector-ids';

/**
 * Config does not record GuardDuty detectors, so this reads them: paginated ListDetectors, then for
 * each detector GetDetector and GetAdministratorAccount (for the CentralMonitoringAccount parameter).
 * Yields one `AWS::::Account` item `{ "GuardDuty": { "Detectors": [...] } }`; no detector gives an
 * empty list. Every API error propagates: a failed read must never look like "GuardDuty is fine" or
 * like "GuardDuty is off" (GuardDuty has at most one detector per Region, so there is nothing to
 * salvage by recording the error on it).
 */
export async function* collectDetectors(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  const guardduty = ctx.client(GuardDutyClient);
  const detectors: unknown[] = [];
  for await (const detectorId of listDetectorIds(guardduty)) {
    const detector = await guardduty.send(new GetDetectorCommand({ DetectorId: detectorId }));
    const { Administrator } = await guardduty.send(new GetAdministratorAccountCommand({ DetectorId: detectorId }));
    detectors.push(detectorRecord(detectorId, detector, Administrator));
  }
  yield accountItem(ctx, { [GUARDDUTY_KEY]: { Detectors: detectors } });
}
