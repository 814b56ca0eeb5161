import { join } from 'node:path';
import { handler } from '../../../rules/rds-log-exports/handler';
import { changeEvent, loadItem, oversizedEvent, recordingConfigClient, type RecordingConfigClient } from '../../../rule-kit/testing';

// The deployed Lambda, end to end: a Config event in, PutEvaluations out, through the real SDK client.
const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
let config: RecordingConfigClient;

afterEach(() => config.restore());

describe('rds-log-exports Lambda', () => {
  it('reports NON_COMPLIANT for an instance missing logs, at the item capture time', async () => {
    config = recordingConfigClient();
    const db = fixture('mysql-partial');
    await handler(changeEvent(db, { ruleName: 'rds-log-exports' }));
    expect(config.evaluations()).toEqual([
      {
        ComplianceResourceType: 'AWS::RDS::DBInstance',
        ComplianceResourceId: db.resourceId,
        ComplianceType: 'NON_COMPLIANT',
        Annotation: 'DB instance billing-db (mysql) exports error, slowquery; missing: audit, general.',
        OrderingTimestamp: new Date(db.configurationItemCaptureTime),
      },
    ]);
  });

  it('applies additionalLogs from the event and fetches an oversized cluster', async () => {
    const cluster = fixture('aurora-postgresql-no-exports');
    config = recordingConfigClient({ items: [cluster] });
    await handler(changeEvent(fixture('mysql-partial'), { ruleParameters: { additionalLogs: 'mysql: error' } }));
    await handler(oversizedEvent(cluster));
    expect(config.evaluations().map((e) => [e.ComplianceResourceType, e.ComplianceType])).toEqual([
      ['AWS::RDS::DBInstance', 'COMPLIANT'],
      ['AWS::RDS::DBCluster', 'NON_COMPLIANT'],
    ]);
  });

  it('reports nothing, and fails, when additionalLogs is malformed', async () => {
    config = recordingConfigClient();
    await expect(handler(changeEvent(fixture('mysql-partial'), { ruleParameters: { additionalLogs: 'mysql error' } }))).rejects.toMatchObject({
      name: 'InvalidParameterError',
    });
    expect(config.evaluations()).toEqual([]);
  });
});
