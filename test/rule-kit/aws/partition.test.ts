import { arn, parseArn, partitionOf } from '../../../rule-kit/aws';

describe('partitionOf', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['eu-west-3', 'aws'],
    ['ap-southeast-5', 'aws'],
    ['il-central-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-gov-east-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eu-isoe-west-1', 'aws-iso-e'],
    ['us-isof-south-1', 'aws-iso-f'],
    ['eusc-de-east-1', 'aws-eusc'],
    [' CN-NORTH-1 ', 'aws-cn'],
    ['xx-future-9', 'aws'],
  ])('%s is in %s', (region, partition) => {
    expect(partitionOf(region)).toBe(partition);
  });
});

describe('arn', () => {
  it('builds partition-aware ARNs', () => {
    expect(arn(partitionOf('cn-north-1'), 'iam', '', '123456789012', 'role/Auditor')).toBe('arn:aws-cn:iam::123456789012:role/Auditor');
    expect(arn('aws-us-gov', 'ec2', 'us-gov-west-1', '123456789012', 'security-group/sg-1')).toBe(
      'arn:aws-us-gov:ec2:us-gov-west-1:123456789012:security-group/sg-1',
    );
  });

  it('round-trips through parseArn', () => {
    const text = arn('aws', 'config', 'eu-west-1', '123456789012', 'config-rule/config-rule-abc:x');
    expect(parseArn(text)).toEqual({
      partition: 'aws',
      service: 'config',
      region: 'eu-west-1',
      account: '123456789012',
      resource: 'config-rule/config-rule-abc:x',
    });
  });

  it.each(['', 'not-an-arn', 'arn:aws:iam::12345:role/x', 'arn:aws:iam::123456789012:'])('parseArn rejects %j', (text) => {
    expect(parseArn(text)).toBeUndefined();
  });

  it('parseArn accepts global resources without account (S3) and AWS-managed ones', () => {
    expect(parseArn('arn:aws:s3:::my-bucket')?.resource).toBe('my-bucket');
    expect(parseArn('arn:aws:iam::aws:policy/ReadOnlyAccess')?.account).toBe('aws');
  });
});
