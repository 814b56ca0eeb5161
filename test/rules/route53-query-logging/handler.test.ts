import { join } from 'node:path';
import { DescribeConfigurationRecordersCommand } from '@aws-sdk/client-config-service';
import { handler } from '../../../rules/route53-query-logging/handler';
import { changeEvent, loadItem, recordingConfigClient, type RecordingConfigClient, scheduledEvent } from '../../../rule-kit/testing';

// The deployed Lambda on both triggers: a hosted zone's change, and the periodic join of VPCs and associations.
const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
let config: RecordingConfigClient;

afterEach(() => config.restore());

describe('route53-query-logging Lambda', () => {
  it('reports a public hosted zone without query logging on its change notification', async () => {
    config = recordingConfigClient();
    const zone = fixture('zone-not-logging');
    await handler(changeEvent(zone, { ruleName: 'route53-query-logging' }));
    expect(config.evaluations()).toEqual([
      {
        ComplianceResourceType: 'AWS::Route53::HostedZone',
        ComplianceResourceId: zone.resourceId,
        ComplianceType: 'NON_COMPLIANT',
        Annotation: 'Public hosted zone shop.example.net. does not log DNS queries: it has no query logging configuration.',
        OrderingTimestamp: new Date(zone.configurationItemCaptureTime),
      },
    ]);
  });

  it('reports every recorded VPC and hosted zone on the periodic run, at the notification time', async () => {
    const { supplementaryConfiguration: _joined, ...vpc } = fixture('vpc-not-logging');
    const zone = { ...fixture('zone-logging'), awsRegion: 'us-east-1' };
    config = recordingConfigClient({ items: [{ ...vpc, awsRegion: 'us-east-1', supplementaryConfiguration: {} }, zone] });
    config.mock.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [{ recordingGroup: { allSupported: true } }] });
    await handler(scheduledEvent({ notificationCreationTime: '2026-03-04T13:00:00.000Z' }));
    expect(config.evaluations().map((e) => [e.ComplianceResourceType, e.ComplianceType, e.OrderingTimestamp])).toEqual([
      ['AWS::EC2::VPC', 'NON_COMPLIANT', new Date('2026-03-04T13:00:00.000Z')],
      ['AWS::Route53::HostedZone', 'COMPLIANT', new Date('2026-03-04T13:00:00.000Z')],
    ]);
  });
});
