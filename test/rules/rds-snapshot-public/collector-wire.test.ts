import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/rds-snapshot-public';
import { collectRdsSnapshots } from '../../../rules/rds-snapshot-public/collector';
import { collectAll } from '../../rule-kit/collectors/collector-context';
import { scriptedCollectorContext, scriptedHttpHandler } from '../../rule-kit/collectors/scripted-http-handler';

// The real RDSClient end to end (awsQuery requests, XML responses, the SDK's retry strategy), answered by a script.
const NS = 'http://rds.amazonaws.com/doc/2014-10-31/';
const xml = (action: string, result: string) => ({
  status: 200,
  headers: { 'content-type': 'text/xml' },
  body: `<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>7b1e2c3d</RequestId></ResponseMetadata></${action}Response>`,
});
const throttled = {
  status: 400,
  headers: { 'content-type': 'text/xml' },
  body: `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>7b1e2c3e</RequestId></ErrorResponse>`,
};
const snapshot = `<DBSnapshots><DBSnapshot><DBSnapshotIdentifier>orders-db-before-migration</DBSnapshotIdentifier><DBInstanceIdentifier>orders-db</DBInstanceIdentifier><SnapshotCreateTime>2026-02-27T03:12:44.318Z</SnapshotCreateTime><Engine>postgres</Engine><Status>available</Status><SnapshotType>manual</SnapshotType><DBSnapshotArn>arn:aws:rds:eu-west-1:123456789012:snapshot:orders-db-before-migration</DBSnapshotArn><AvailabilityZone>eu-west-1a</AvailabilityZone><TagList/></DBSnapshot></DBSnapshots>`;
const attributes = `<DBSnapshotAttributesResult><DBSnapshotIdentifier>orders-db-before-migration</DBSnapshotIdentifier><DBSnapshotAttributes><DBSnapshotAttribute><AttributeName>restore</AttributeName><AttributeValues><AttributeValue>all</AttributeValue></AttributeValues></DBSnapshotAttribute></DBSnapshotAttributes></DBSnapshotAttributesResult>`;

describe('rds-snapshot-public collector through the real SDK client (scripted HTTP)', () => {
  it('retries a throttled attribute call with the SDK\'s backoff and still reports the public snapshot', async () => {
    const { handler, requests } = scriptedHttpHandler([
      xml('DescribeDBSnapshots', snapshot),
      throttled,
      xml('DescribeDBSnapshotAttributes', attributes),
      xml('DescribeDBClusterSnapshots', '<DBClusterSnapshots/>'),
    ]);
    const items = await collectAll(collectRdsSnapshots(scriptedCollectorContext(handler)));
    expect(requests.map((r) => new URLSearchParams(r.body).get('Action'))).toEqual([
      'DescribeDBSnapshots',
      'DescribeDBSnapshotAttributes',
      'DescribeDBSnapshotAttributes',
      'DescribeDBClusterSnapshots',
    ]);
    expect(new URLSearchParams(requests[0]?.body).get('SnapshotType')).toBe('manual');
    expect(items).toHaveLength(1);
    expect(items[0]?.supplementaryConfiguration).toEqual({ DBSnapshotAttributes: [{ attributeName: 'restore', attributeValues: ['all'] }] });
    expect(evaluateItem(rule, items[0] as ConfigurationItem, {}).compliance).toBe('NON_COMPLIANT');
  }, 20_000);

  it('names the action for a wire-level AccessDenied and reports nothing', async () => {
    const denied = {
      status: 403,
      headers: { 'content-type': 'text/xml' },
      body: `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:sts::123456789012:assumed-role/r/f is not authorized to perform: rds:DescribeDBSnapshots</Message></Error><RequestId>1</RequestId></ErrorResponse>`,
    };
    const { handler } = scriptedHttpHandler([denied]);
    await expect(collectAll(collectRdsSnapshots(scriptedCollectorContext(handler)))).rejects.toMatchObject({
      name: 'CollectorAccessDeniedError',
      action: 'rds:DescribeDBSnapshots',
    });
  });
});
