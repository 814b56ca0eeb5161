import type { FakeCloud } from './fake-cloud';
import { page } from './paging';
import { AwsFault } from './protocol';
import type { ServiceHandler, StandInCall, StandInRequest } from './stand-in';

const LIST_MAX = 50;

/** GuardDuty (restJson1): detectors by path, `/detector`, `/detector/{id}`, `/detector/{id}/administrator`. */
export function guarddutyHandler(cloud: FakeCloud): ServiceHandler {
  const detector = (call: StandInCall) => {
    const id = decodeURIComponent(call.request.path.split('/')[2] ?? '');
    const found = cloud.region(call.identity.account, call.region).detectors.find((d) => d.DetectorId === id);
    if (found === undefined) throw new AwsFault('BadRequestException', `The request is rejected because the input detectorId is not owned by the current account.`);
    return found;
  };
  return {
    service: 'guardduty',
    protocol: 'rest-json',
    operation: (request: StandInRequest) => {
      const parts = request.path.split('/').filter((p) => p !== '');
      if (parts[0] !== 'detector') return 'Unknown';
      if (parts.length === 1) return 'ListDetectors';
      if (parts.length === 2) return 'GetDetector';
      return parts[2] === 'administrator' ? 'GetAdministratorAccount' : 'Unknown';
    },
    handle: (call) => {
      switch (call.operation) {
        case 'ListDetectors': {
          const all = cloud.region(call.identity.account, call.region).detectors.map((d) => d.DetectorId);
          const { items, next } = page(all, call.request.query.get('nextToken') ?? undefined, call.request.query.get('maxResults') ?? undefined, LIST_MAX);
          return { json: { detectorIds: items, ...(next === undefined ? {} : { nextToken: next }) } };
        }
        case 'GetDetector': {
          const d = detector(call);
          return {
            json: {
              createdAt: '2026-01-01T00:00:00.000Z',
              findingPublishingFrequency: d.FindingPublishingFrequency,
              serviceRole: `arn:${cloud.partition}:iam::${call.identity.account}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
              status: d.Status,
              updatedAt: '2026-01-01T00:00:00.000Z',
            },
          };
        }
        case 'GetAdministratorAccount': {
          const d = detector(call);
          return {
            json:
              d.AdministratorAccountId === undefined
                ? {}
                : { administrator: { accountId: d.AdministratorAccountId, invitationId: 'invitation', relationshipStatus: 'Enabled', invitedAt: '2026-01-01T00:00:00.000Z' } },
          };
        }
        default:
          throw new AwsFault('BadRequestException', `the stand-in does not implement guardduty ${call.request.method} ${call.request.path}`);
      }
    },
  };
}
