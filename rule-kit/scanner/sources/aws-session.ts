import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { partitionOf } from '../../aws/partition';
import type { ClientConstructor } from '../../define-rule';
import { RuleKitError } from '../../errors';
import { errorCodeOf } from '../../logging';

/** Options every client of a live read gets: the SDK's adaptive retry rate-limits and retries throttling. */
export const CLIENT_RETRY = { retryMode: 'adaptive', maxAttempts: 8 } as const;

/** The caller's credentials could not be loaded or were refused: nothing else runs (exit 2). */
export class CredentialsUnavailableError extends RuleKitError {
  readonly name = 'CredentialsUnavailableError';
  readonly code = 'CredentialsUnavailable';
  constructor(
    readonly profile: string | undefined,
    readonly awsErrorCode: string,
    options?: { readonly cause?: unknown },
  ) {
    super(
      `no usable AWS credentials (${awsErrorCode}): the SDK's default provider chain (environment, ` +
        `${profile === undefined ? 'shared config and credentials files' : `profile ${JSON.stringify(profile)}`}, SSO, ` +
        `container and instance roles) ${awsErrorCode === 'CredentialsProviderError' ? 'found none' : 'gave credentials AWS refused'}; ` +
        `sign in again or pick a profile with --profile NAME`,
      options,
    );
  }
}

/** Who the CLI acts as, checked once: credentials, home Region, account and partition. */
export interface AwsSession {
  readonly credentials: AwsCredentialIdentityProvider;
  readonly region: string;
  readonly account: string;
  readonly partition: string;
  /** Extra client options (tests: a request handler); never credentials or Region. */
  readonly clientOptions: Readonly<Record<string, unknown>>;
  client<C>(ctor: ClientConstructor<C>, region: string, credentials?: AwsCredentialIdentityProvider): C;
}

export interface OpenSessionOptions {
  readonly profile?: string;
  /** The Region of the calls that have none of their own (STS, Organizations, the aggregator); default: the SDK's. */
  readonly region?: string;
  readonly clientOptions?: Readonly<Record<string, unknown>>;
}

/**
 * Resolves the caller's credentials through the SDK's default provider chain (or `profile`) and checks
 * them with STS GetCallerIdentity, before anything else runs: expired or missing credentials are one
 * clear error, not one failure per account and Region.
 */
export async function openSession(options: OpenSessionOptions = {}): Promise<AwsSession> {
  const clientOptions = options.clientOptions ?? {};
  const sts = new STSClient({
    ...clientOptions,
    ...CLIENT_RETRY,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.region === undefined ? {} : { region: options.region }),
  });
  let account: string | undefined;
  let region: string;
  try {
    region = options.region ?? (await sts.config.region());
    account = (await sts.send(new GetCallerIdentityCommand({}))).Account;
  } catch (error) {
    throw new CredentialsUnavailableError(options.profile, errorCodeOf(error) ?? 'UnknownError', { cause: error });
  }
  if (account === undefined) throw new CredentialsUnavailableError(options.profile, 'NoAccountReturned');
  const credentials = sts.config.credentials;
  return {
    credentials,
    region,
    account,
    partition: partitionOf(region),
    clientOptions,
    client<C>(ctor: ClientConstructor<C>, clientRegion: string, as: AwsCredentialIdentityProvider = credentials): C {
      // The SDK's constructors take every client option; the kit's ClientConstructor names the two collectors need.
      const Ctor = ctor as unknown as new (config: Record<string, unknown>) => C;
      return new Ctor({ ...clientOptions, ...CLIENT_RETRY, region: clientRegion, credentials: as });
    },
  };
}
