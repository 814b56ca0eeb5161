import { MalformedConfigurationItemError } from '../../../rule-kit';
import { conditionLimit } from '../../../rules/s3-bucket-public-access/policy-conditions';
import { BUCKET } from './item';

const limit = (condition: unknown) => conditionLimit(BUCKET, condition, 'Condition');

describe('conditionLimit', () => {
  it('is unlimited without a condition', () => {
    // Prepare, Act, Assess
    expect(limit(undefined)).toEqual({ kind: 'unlimited' });
    expect(limit(null)).toEqual({ kind: 'unlimited' });
    expect(limit({})).toEqual({ kind: 'unlimited' });
  });

  it.each([
    [{ StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } }, 'aws:SourceVpce'],
    [{ StringEquals: { 'AWS:SOURCEVPC': ['vpc-111', 'vpc-222'] } }, 'AWS:SOURCEVPC'],
    [{ stringequals: { 'aws:PrincipalOrgID': 'o-abc123' } }, 'aws:PrincipalOrgID'],
    [{ StringEquals: { 'aws:PrincipalAccount': '444455556666' } }, 'aws:PrincipalAccount'],
    [{ ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::444455556666:role/reader' } }, 'aws:PrincipalArn'],
    [{ StringEquals: { 'aws:SourceAccount': 444455556666 } }, 'aws:SourceAccount'],
    [{ ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E2ABC' } }, 'aws:SourceArn'],
    [{ StringEquals: { 'aws:SourceOwner': '111122223333' } }, 'aws:SourceOwner'],
    [{ StringEqualsIgnoreCase: { 'aws:userid': 'AIDAJQABLZS4A3QDU576Q' } }, 'aws:userid'],
    [{ 'ForAnyValue:StringEquals': { 'aws:SourceVpce': ['vpce-1', 'vpce-2'] } }, 'aws:SourceVpce'],
    [{ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } }, 'aws:SourceIp'],
    [{ 'ForAnyValue:IpAddress': { 'aws:SourceIp': '203.0.113.0/24' } }, 'aws:SourceIp'],
    [{ Bool: { 'aws:SecureTransport': 'true' }, IpAddress: { 'aws:sourceip': '198.51.100.7' } }, 'aws:sourceip'],
    [{ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, NotIpAddress: { 'aws:SourceIp': '0.0.0.0/1' } }, 'aws:SourceIp'],
  ])('limits with %j', (condition, key) => {
    expect(limit(condition)).toEqual({ kind: 'limited', key });
  });

  it.each([
    ['a wildcard StringLike', { StringLike: { 'aws:SourceVpce': '*' } }],
    ['a partial wildcard ArnLike', { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::*:distribution/*' } }],
    ['a policy variable', { StringEquals: { 'aws:SourceAccount': '${aws:PrincipalAccount}' } }],
    ['one wildcard among fixed values', { StringLike: { 'aws:SourceVpc': ['vpc-111', 'vpc-*'] } }],
    ['an empty value list', { StringEquals: { 'aws:SourceVpce': [] } }],
    ['an empty string', { StringEquals: { 'aws:SourceVpce': '' } }],
    ['a negated operator', { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }],
    ['NotIpAddress', { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['IpAddress: 256 /8 ranges, each within the limit, together the whole of IPv4', { IpAddress: { 'aws:SourceIp': Array.from({ length: 256 }, (_, octet) => `${octet}.0.0.0/8`) } }],
    ['an IfExists operator', { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } }],
    ['IpAddressIfExists within the limit', { IpAddressIfExists: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['ForAllValues (true for a missing key)', { 'ForAllValues:StringEquals': { 'aws:SourceVpce': 'vpce-1' } }],
    ['a key that does not name the caller', { StringEquals: { 's3:prefix': 'public/' } }],
    ['SourceIp under a string operator', { StringEquals: { 'aws:SourceIp': '203.0.113.7' } }],
    ['SourceVpce under IpAddress', { IpAddress: { 'aws:SourceVpce': 'vpce-1' } }],
    ['a listed key under a Null test', { Null: { 'aws:SourceVpce': 'false' } }],
    ['only a Bool', { Bool: { 'aws:SecureTransport': 'true' } }],
  ])('does not limit with %s', (_label, condition) => {
    expect(limit(condition)).toEqual({ kind: 'unlimited' });
  });

  it.each([
    [{ IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } }, '0.0.0.0/1', 8],
    [{ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '0.0.0.0/0'] } }, '0.0.0.0/0', 8],
    [{ IpAddress: { 'aws:SourceIp': ['2001:db8::/32', '2000::/3'] } }, '2000::/3', 32],
    [{ IpAddressIfExists: { 'aws:SourceIp': '64.0.0.0/2' } }, '64.0.0.0/2', 8],
    [{ 'ForAllValues:IpAddress': { 'aws:SourceIp': '10.0.0.0/7' } }, '10.0.0.0/7', 8],
    [{ StringEquals: { 'aws:SourceVpce': 'vpce-1' }, IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } }, '0.0.0.0/1', 8],
  ])('reads %j as a broad SourceIp whatever else it lists', (condition, cidr, prefix) => {
    expect(limit(condition)).toEqual({ kind: 'broadSourceIp', key: 'aws:SourceIp', cidr, limit: prefix });
  });

  it.each([
    ['a condition that is not an object', 'aws:SourceVpce'],
    ['an operator block that is not an object', { StringEquals: 'vpce-1' }],
    ['a value that is an object', { StringEquals: { 'aws:SourceVpce': { id: 'vpce-1' } } }],
    ['a SourceIp that is not a CIDR', { IpAddress: { 'aws:SourceIp': 'office' } }],
    ['a SourceIp under NotIpAddress that is not a CIDR', { NotIpAddress: { 'aws:SourceIp': 'office' }, StringEquals: { 'aws:SourceVpce': 'vpce-1' } }],
  ])('throws MalformedConfigurationItemError for %s', (_label, condition) => {
    expect(() => limit(condition)).toThrow(MalformedConfigurationItemError);
  });
});
