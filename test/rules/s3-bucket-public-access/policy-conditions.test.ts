import { MalformedConfigurationItemError } from '../../../rule-kit';
import { limitingConditionKey } from '../../../rules/s3-bucket-public-access/policy-conditions';
import { BUCKET } from './item';

const limit = (condition: unknown) => limitingConditionKey(BUCKET, condition, 'Condition');

describe('limitingConditionKey', () => {
  it('is undefined without a condition', () => {
    expect(limit(undefined)).toBeUndefined();
    expect(limit(null)).toBeUndefined();
    expect(limit({})).toBeUndefined();
  });

  it.each([
    [{ StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } }, 'aws:SourceVpce'],
    [{ StringEquals: { 'AWS:SOURCEVPC': ['vpc-111', 'vpc-222'] } }, 'AWS:SOURCEVPC'],
    [{ stringequals: { 'aws:PrincipalOrgID': 'o-abc123' } }, 'aws:PrincipalOrgID'],
    [{ StringEquals: { 'aws:PrincipalAccount': '444455556666' } }, 'aws:PrincipalAccount'],
    [{ StringEquals: { 'aws:SourceAccount': 444455556666 } }, 'aws:SourceAccount'],
    [{ ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E2ABC' } }, 'aws:SourceArn'],
    [{ ArnEquals: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E2ABC' } }, 'aws:SourceArn'],
    [{ StringEquals: { 'aws:SourceOwner': '111122223333' } }, 'aws:SourceOwner'],
    [{ 'ForAnyValue:StringEquals': { 'aws:SourceVpce': ['vpce-1', 'vpce-2'] } }, 'aws:SourceVpce'],
    [{ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } }, 'aws:SourceIp'],
    [{ Bool: { 'aws:SecureTransport': 'true' }, IpAddress: { 'aws:sourceip': '198.51.100.7' } }, 'aws:sourceip'],
  ])('limits with %j', (condition, key) => {
    expect(limit(condition)).toBe(key);
  });

  it.each([
    ['a wildcard StringLike', { StringLike: { 'aws:SourceVpce': '*' } }],
    ['a partial wildcard ArnLike', { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::*:distribution/*' } }],
    ['a policy variable', { StringEquals: { 'aws:SourceAccount': '${aws:PrincipalAccount}' } }],
    ['an empty value list', { StringEquals: { 'aws:SourceVpce': [] } }],
    ['an empty string', { StringEquals: { 'aws:SourceVpce': '' } }],
    ['a negated operator', { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }],
    ['NotIpAddress', { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['IpAddress 0.0.0.0/0', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }],
    ['IpAddress ::/0 among others', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '::/0'] } }],
    ['IpAddress halves of IPv4', { IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } }],
    ['an IfExists operator', { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } }],
    ['ForAllValues (true for a missing key)', { 'ForAllValues:StringEquals': { 'aws:SourceVpce': 'vpce-1' } }],
    ['a key that does not name the caller', { StringEquals: { 's3:prefix': 'public/' } }],
    ['SourceIp under a string operator', { StringEquals: { 'aws:SourceIp': '203.0.113.7' } }],
    ['SourceVpce under IpAddress', { IpAddress: { 'aws:SourceVpce': 'vpce-1' } }],
    ['only a Bool', { Bool: { 'aws:SecureTransport': 'true' } }],
  ])('does not limit with %s', (_label, condition) => {
    expect(limit(condition)).toBeUndefined();
  });

  it.each([
    ['a condition that is not an object', 'aws:SourceVpce'],
    ['an operator block that is not an object', { StringEquals: 'vpce-1' }],
    ['a value that is an object', { StringEquals: { 'aws:SourceVpce': { id: 'vpce-1' } } }],
    ['a SourceIp that is not a CIDR', { IpAddress: { 'aws:SourceIp': 'office' } }],
  ])('throws MalformedConfigurationItemError for %s', (_label, condition) => {
    expect(() => limit(condition)).toThrow(MalformedConfigurationItemError);
  });
});
