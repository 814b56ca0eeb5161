import type { FakeCloud } from './fake-cloud';
import { AwsFault } from './protocol';
import type { ServiceHandler, StandInCall } from './stand-in';

/** CloudTrail (awsJson1_1): trails that apply to the caller's Region, their status and event selectors. */
export function cloudtrailHandler(cloud: FakeCloud): ServiceHandler {
  const trails = (call: StandInCall) => cloud.region(call.identity.account, call.region).trails;
  const trailArn = (call: StandInCall, name: string, home: string) => `arn:${cloud.partition}:cloudtrail:${home}:${call.identity.account}:trail/${name}`;
  const find = (call: StandInCall, key: unknown) => {
    const trail = trails(call).find((t) => trailArn(call, t.Name, t.HomeRegion) === key || t.Name === key);
    if (trail === undefined) throw new AwsFault('TrailNotFoundException', `Unknown trail: ${String(key)}`);
    return trail;
  };
  return {
    service: 'cloudtrail',
    protocol: 'json',
    handle: (call) => {
      switch (call.operation) {
        case 'DescribeTrails':
          return {
            json: {
              trailList: trails(call).map((t) => ({
                Name: t.Name,
                S3BucketName: t.S3BucketName,
                IncludeGlobalServiceEvents: true,
                IsMultiRegionTrail: t.IsMultiRegionTrail,
                HomeRegion: t.HomeRegion,
                TrailARN: trailArn(call, t.Name, t.HomeRegion),
                LogFileValidationEnabled: t.LogFileValidationEnabled,
                HasCustomEventSelectors: false,
                HasInsightSelectors: false,
                IsOrganizationTrail: t.IsOrganizationTrail,
              })),
            },
          };
        case 'GetTrailStatus':
          return { json: { IsLogging: find(call, call.input['Name']).IsLogging } };
        case 'GetEventSelectors': {
          const trail = find(call, call.input['TrailName']);
          return {
            json: {
              TrailARN: trailArn(call, trail.Name, trail.HomeRegion),
              EventSelectors: [{ ReadWriteType: trail.ReadWriteType, IncludeManagementEvents: trail.IncludeManagementEvents, DataResources: [], ExcludeManagementEventSources: [] }],
            },
          };
        }
        default:
          throw new AwsFault('UnknownOperationException', `the stand-in does not implement cloudtrail:${call.operation}`);
      }
    },
  };
}
