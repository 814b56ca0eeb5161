import { counterHex, type SeededRandom } from './random';
import { envelope, tagList, type AccountContext, type RawItem } from './envelope';

/**
 * Recorded types no rule of the pack evaluates (the scanner counts them as skipped): AWS::EC2::Instance
 * and AWS::IAM::Role, with their main Config fields (awslabs/aws-config-resource-schema).
 */
export function ec2InstanceItem(random: SeededRandom, account: AccountContext, index: number): RawItem {
  const id = `i-${counterHex(index)}`;
  const tags = { Name: `${random.pick(['web', 'worker', 'batch'])}-${index}` };
  return envelope(account, {
    resourceType: 'AWS::EC2::Instance',
    resourceId: id,
    arn: `arn:aws:ec2:${account.region}:${account.accountId}:instance/${id}`,
    availabilityZone: `${account.region}${random.pick(['a', 'b', 'c'])}`,
    resourceCreationTime: '2026-01-12T10:00:00.000Z',
    tags,
    relationships: [{ resourceId: `sg-${counterHex(index)}`, resourceType: 'AWS::EC2::SecurityGroup', name: 'Is associated with SecurityGroup' }],
    configuration: {
      amiLaunchIndex: 0,
      imageId: `ami-${counterHex(index % 13)}`,
      instanceId: id,
      instanceType: random.pick(['t3.micro', 'm6i.large', 'c7g.xlarge']),
      launchTime: '2026-01-12T10:00:00.000Z',
      monitoring: { state: 'disabled' },
      placement: { availabilityZone: `${account.region}a`, groupName: '', tenancy: 'default' },
      privateDnsName: `ip-10-0-${index % 256}-${(index >> 8) % 256}.${account.region}.compute.internal`,
      privateIpAddress: `10.0.${index % 256}.${(index >> 8) % 256}`,
      state: { code: 16, name: 'running' },
      subnetId: `subnet-${counterHex(index % 9)}`,
      vpcId: `vpc-${counterHex(index % 7)}`,
      architecture: 'x86_64',
      rootDeviceName: '/dev/xvda',
      rootDeviceType: 'ebs',
      securityGroups: [{ groupName: `app-internal-${index}`, groupId: `sg-${counterHex(index)}` }],
      tags: tagList(tags),
      metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' },
    },
  });
}

export function iamRoleItem(random: SeededRandom, account: AccountContext, index: number): RawItem {
  const name = `${random.pick(['lambda', 'ecs-task', 'ci-deploy'])}-role-${index}`;
  const roleId = `AROA${random.hex(17).toUpperCase()}`;
  return envelope(account, {
    resourceType: 'AWS::IAM::Role',
    resourceId: roleId,
    resourceName: name,
    arn: `arn:aws:iam::${account.accountId}:role/${name}`,
    resourceCreationTime: '2025-08-01T12:00:00.000Z',
    configuration: {
      path: '/',
      roleName: name,
      roleId,
      arn: `arn:aws:iam::${account.accountId}:role/${name}`,
      createDate: '2025-08-01T12:00:00.000Z',
      // Config writes policy documents URL-encoded.
      assumeRolePolicyDocument: encodeURIComponent(
        JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
      ),
      instanceProfileList: [],
      rolePolicyList: [],
      attachedManagedPolicies: [{ policyName: 'AWSLambdaBasicExecutionRole', policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }],
      permissionsBoundary: null,
      tags: [],
      roleLastUsed: null,
    },
  });
}
