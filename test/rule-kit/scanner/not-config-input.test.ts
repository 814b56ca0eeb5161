import { notConfigByName, notConfigDocument } from '../../../rule-kit/scanner/not-config-input';

describe('notConfigByName', () => {
  it.each([
    ['AWSLogs/111122223333/CloudTrail/eu-west-1/2026/03/02/111122223333_CloudTrail_eu-west-1_20260302T0915Z_a1B2c3D4e5F6g7H8.json.gz', 'CloudTrail log file'],
    ['s3://logs/AWSLogs/o-abc123/111122223333/CloudTrail-Digest/eu-west-1/2026/03/02/111122223333_CloudTrail-Digest_eu-west-1_t_eu-west-1_20260302T091530Z.json.gz', 'CloudTrail digest file'],
    ['AWSLogs/111122223333/CloudTrail-Insight/eu-west-1/2026/03/02/111122223333_CloudTrail-Insight_eu-west-1_20260302T0915Z_x.json.gz', 'CloudTrail Insights file'],
    ['s3://logs/AWSLogs/111122223333/Config/ConfigWritabilityCheckFile', 'Config writability check file'],
    ['AWSLogs/111122223333/Config/eu-west-1/2026/3/2/ConfigSnapshot/111122223333_Config_eu-west-1_ConfigSnapshot_20260302T091407Z_x.json.gz', undefined],
    ['AWSLogs/111122223333/Config/eu-west-1/2026/3/2/ConfigHistory/111122223333_Config_eu-west-1_ConfigHistory_AWS::S3::Bucket_20260302T0914Z_20260302T1514Z_1.json.gz', undefined],
    ['my-CloudTrail_notes.json', undefined],
  ])('%s: %s', (name, reason) => {
    expect(notConfigByName(name)).toBe(reason);
  });
});

describe('notConfigDocument', () => {
  it.each([
    [{ Records: [] }, 'CloudTrail log file'],
    [{ awsAccountId: '111122223333', digestStartTime: '2026-03-02T08:15:30Z', digestEndTime: '2026-03-02T09:15:30Z', logFiles: [] }, 'CloudTrail digest file'],
    [{ configurationItems: [], Records: [] }, undefined],
    [{ configurationItem: {}, messageType: 'ConfigurationItemChangeNotification' }, undefined],
    [{ resourceType: 'AWS::S3::Bucket', Records: [] }, undefined],
    [[{ Records: [] }], undefined],
    [{ Records: 'not a list' }, undefined],
  ])('%j: %s', (value, reason) => {
    expect(notConfigDocument(value)).toBe(reason);
  });
});
