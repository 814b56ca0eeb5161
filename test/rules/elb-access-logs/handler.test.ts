import { join } from 'node:path';
import { handler } from '../../../rules/elb-access-logs/handler';
import {
  changeEvent,
  deletedEvent,
  loadItem,
  oversizedEvent,
  recordingConfigClient,
  type RecordingConfigClient,
} from '../../../rule-kit/testing';

// The deployed Lambda, end to end: a Config event in, PutEvaluations out, through the real SDK client.
const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
let config: RecordingConfigClient;

afterEach(() => config.restore());

describe('elb-access-logs Lambda', () => {
  it('reports NON_COMPLIANT for an ALB without access logs, at the item capture time', async () => {
    config = recordingConfigClient();
    const lb = fixture('alb-not-logging');
    await handler(changeEvent(lb, { ruleName: 'elb-access-logs' }));
    expect(config.evaluations()).toEqual([
      {
        ComplianceResourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        ComplianceResourceId: lb.resourceId,
        ComplianceType: 'NON_COMPLIANT',
        Annotation: 'Load balancer admin-portal does not write access logs.',
        OrderingTimestamp: new Date(lb.configurationItemCaptureTime),
      },
    ]);
  });

  it('applies s3BucketNames from the event\'s ruleParameters', async () => {
    config = recordingConfigClient();
    await handler(changeEvent(fixture('classic-logging'), { ruleParameters: { s3BucketNames: 'other-bucket' } }));
    expect(config.evaluations()).toEqual([expect.objectContaining({ ComplianceResourceId: 'legacy-web', ComplianceType: 'NON_COMPLIANT' })]);
  });

  it('fetches an oversized load balancer from Config and evaluates it', async () => {
    const lb = fixture('nlb-logging');
    config = recordingConfigClient({ items: [lb] });
    await handler(oversizedEvent(lb));
    expect(config.evaluations()).toEqual([expect.objectContaining({ ComplianceResourceId: lb.resourceId, ComplianceType: 'COMPLIANT' })]);
  });

  it('reports NOT_APPLICABLE for a Gateway Load Balancer and a deleted one', async () => {
    config = recordingConfigClient();
    await handler(changeEvent(fixture('gwlb')));
    await handler(deletedEvent(fixture('alb-logging')));
    expect(config.evaluations().map((e) => e.ComplianceType)).toEqual(['NOT_APPLICABLE', 'NOT_APPLICABLE']);
  });
});
