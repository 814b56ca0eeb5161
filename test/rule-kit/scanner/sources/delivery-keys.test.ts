import { parseDeliveryKey, selectDeliveryObjects } from '../../../../rule-kit/scanner/sources';

const A = '111122223333';
const B = '444455556666';
// Key names as Config writes them (AWS Config Developer Guide, delivery channel object keys).
const snapshot = (account: string, region: string, day: number, stamp: string) =>
  `AWSLogs/${account}/Config/${region}/2026/11/${day}/ConfigSnapshot/${account}_Config_${region}_ConfigSnapshot_${stamp}_0f1e2d3c-aaaa-bbbb-cccc-111122223333.json.gz`;
const history = (account: string, region: string) =>
  `AWSLogs/${account}/Config/${region}/2026/11/30/ConfigHistory/${account}_Config_${region}_ConfigHistory_AWS::EC2::SecurityGroup_20261130T000000Z_20261130T060000Z_1.json.gz`;

describe('the delivery bucket layout', () => {
  it('takes the latest snapshot per account and Region by the time in its name, across date folders', () => {
    // Prepare
    const keys = [
      snapshot(A, 'eu-west-1', 2, '20261102T101500Z'),
      snapshot(A, 'eu-west-1', 30, '20261130T101500Z'),
      snapshot(A, 'eu-west-1', 9, '20261109T235959Z'),
      snapshot(A, 'us-east-1', 1, '20261101T000000Z'),
      snapshot(B, 'eu-west-1', 3, '20261103T000000Z'),
      history(A, 'eu-west-1'),
      `AWSLogs/${A}/CloudTrail/eu-west-1/2026/11/30/${A}_CloudTrail_eu-west-1_20261130T1015Z_abc.json.gz`,
      `AWSLogs/${A}/Config/ConfigWritabilityCheckFile`,
    ];
    // Act
    const chosen = selectDeliveryObjects('AWSLogs/', keys.map((key) => ({ key })));
    // Assess
    expect(chosen.map((o) => o.key)).toEqual([
      snapshot(A, 'eu-west-1', 30, '20261130T101500Z'),
      snapshot(A, 'us-east-1', 1, '20261101T000000Z'),
      snapshot(B, 'eu-west-1', 3, '20261103T000000Z'),
    ]);
  });

  it('reads every history object under a history folder, the one object a full key names, and filters Regions', () => {
    const keys = [history(A, 'eu-west-1'), history(A, 'us-east-1'), snapshot(A, 'eu-west-1', 2, '20261102T101500Z')].map((key) => ({ key }));
    expect(selectDeliveryObjects(`AWSLogs/${A}/Config/eu-west-1/2026/11/30/ConfigHistory/`, keys).map((o) => o.key)).toEqual([history(A, 'eu-west-1')]);
    expect(selectDeliveryObjects(snapshot(A, 'eu-west-1', 2, '20261102T101500Z'), keys)).toHaveLength(1);
    expect(selectDeliveryObjects('AWSLogs/', [...keys, { key: snapshot(A, 'us-east-1', 2, '20261102T101500Z') }], ['us-east-1']).map((o) => o.key)).toEqual([
      snapshot(A, 'us-east-1', 2, '20261102T101500Z'),
    ]);
  });

  it('recognises organization prefixes and refuses what is not Config', () => {
    expect(parseDeliveryKey(`logs/AWSLogs/o-abc123/${snapshot(A, 'eu-west-1', 2, '20261102T101500Z').slice('AWSLogs/'.length)}`)).toMatchObject({ account: A });
    expect(parseDeliveryKey(`AWSLogs/${A}/CloudTrail-Digest/eu-west-1/2026/11/30/x.json.gz`)).toBeUndefined();
  });
});
