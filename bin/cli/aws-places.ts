import { EC2Client } from '@aws-sdk/client-ec2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { enabledRegions } from '../../rule-kit/aws/enabled-regions';
import { activeOrganizationAccounts } from '../../rule-kit/aws/organization-accounts';
import { openSession, type AwsSession } from '../../rule-kit/scanner/sources';
import type { AwsOptions } from './parse-command';

export interface AwsPlaces {
  readonly session: AwsSession;
  readonly regions: readonly string[];
  /** Absent: the caller's own account. */
  readonly accounts?: readonly string[];
}

/**
 * Who and where the AWS commands read: the session checked first (credentials, exit 2 when unusable),
 * then the Regions (`all`: DescribeRegions) and accounts (`--organization`: the ACTIVE ones).
 */
export async function resolveAwsPlaces(aws: AwsOptions): Promise<AwsPlaces> {
  const session = await openSession(aws.profile === undefined ? {} : { profile: aws.profile });
  const regions = aws.regions === 'all' ? await enabledRegions(session.client(EC2Client, session.region)) : (aws.regions ?? [session.region]);
  const accounts = aws.organization ? await activeOrganizationAccounts(session.client(OrganizationsClient, session.region)) : aws.accounts;
  return { session, regions, ...(accounts === undefined ? {} : { accounts }) };
}
