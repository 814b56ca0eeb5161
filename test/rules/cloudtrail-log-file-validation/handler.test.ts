import { join } from 'node:path';
import { handler } from '../../../rules/cloudtrail-log-file-validation/handler';
import {
  changeEvent,
  deletedEvent,
  loadItem,
  oversizedEvent,
  recordingConfigClient,
  type RecordingConfigClient,
} from '../../../rule-kit/testing';

// The deployed Lambda, end to end: a Config event in, PutEvaluations out, through the real SDK client.
const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', name));
let config: RecordingConfigClient;

afterEach(() => config.restore());

describe('cloudtrail-log-file-validation Lambda', () => {
  it('reports NON_COMPLIANT for a trail without validation, at the item capture time', async () => {
    config = recordingConfigClient();
    const trail = fixture('trail-validation-disabled.json');
    await handler(changeEvent(trail, { ruleName: 'cloudtrail-log-file-validation' }));
    expect(config.evaluations()).toEqual([
      {
        ComplianceResourceType: 'AWS::CloudTrail::Trail',
        ComplianceResourceId: trail.resourceId,
        ComplianceType: 'NON_COMPLIANT',
        Annotation: expect.stringContaining('disabled'),
        OrderingTimestamp: new Date(trail.configurationItemCaptureTime),
      },
    ]);
  });

  it('fetches an oversized trail from Config and evaluates it', async () => {
    const trail = fixture('trail-validation-enabled.json');
    config = recordingConfigClient({ items: [trail] });
    await handler(oversizedEvent(trail));
    expect(config.evaluations()).toEqual([expect.objectContaining({ ComplianceResourceId: trail.resourceId, ComplianceType: 'COMPLIANT' })]);
  });

  it('reports NOT_APPLICABLE for a deleted trail', async () => {
    config = recordingConfigClient();
    await handler(deletedEvent(fixture('trail-validation-enabled.json')));
    expect(config.evaluations()).toEqual([expect.objectContaining({ ComplianceType: 'NOT_APPLICABLE' })]);
  });
});
