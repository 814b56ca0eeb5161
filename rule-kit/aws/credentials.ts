import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { InvalidEventError, InvalidParameterError, RuleKitError } from '../errors';
import { errorCodeOf, silentLogger, type Logger } from '../logging';
import type { RawParameters } from '../parameters';
import { classifyAwsError } from '../reporting/classify-aws-error';
import { MissingPermissionError } from '../reporting/reporting-errors';
import { arn, parseArn } from './partition';

/**
 * Cross-account evaluation, following the conventions of the AWS Config RDK and rdklib
 * (awslabs/aws-config-rdklib, rdklib/configrule.py and clientfactory.py), so rules deployed with the
 * same parameters behave the same:
 * - `ExecutionRoleName`: a role *name*; the Lambda assumes that role in the evaluated account
 *   (`arn:<partition>:iam::<event accountId>:role/<name>`), which lets one central Lambda evaluate
 *   member accounts.
 * - `AssumeRoleMode`: "true"/"false" (any case). True: assume the event's `executionRoleArn` (the role
 *   Config runs the rule with). False: always the Lambda's own credentials, even with ExecutionRoleName.
 * - `ExecutionRoleRegion`: the region of the STS endpoint used to assume the role.
 * Difference from rdklib: rdklib assumes `executionRoleArn` when AssumeRoleMode is absent; here, with
 * neither ExecutionRoleName nor AssumeRoleMode, the Lambda uses its own role, which is what a rule
 * deployed in the account it evaluates needs and asks for no extra trust policy.
 * These are parameters of the *deployment*, not of the rule, so they are taken out before the rule's
 * own parameters are parsed (a rule rejects undeclared keys).
 */
export interface KitParameters {
  readonly executionRoleName?: string;
  readonly assumeRoleMode?: boolean;
  readonly executionRoleRegion?: string;
}

export const KIT_PARAMETER_NAMES = ['ExecutionRoleName', 'AssumeRoleMode', 'ExecutionRoleRegion'] as const;

// IAM role names: 1-64 of [\w+=,.@-]; a path may precede the name (role/path/name).
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const REGION = /^[a-z]{2,}(?:-[a-z]+)+-\d+$/;
const ACCOUNT_ID = /^\d{12}$/;

function text(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'boolean') throw new InvalidParameterError(name, value, 'expected a string value');
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Splits the kit's deployment parameters from the rule's own. Validates the kit's.
 *
 * @example
 * const { kit, rule: ruleParameters } = stripKitParameters({ ExecutionRoleName: 'Audit', checkRead: 'true' });
 */
export function stripKitParameters(raw: RawParameters): { readonly kit: KitParameters; readonly rule: RawParameters } {
  const rule: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(KIT_PARAMETER_NAMES as readonly string[]).includes(key)) rule[key] = value;
  }
  const kit: { executionRoleName?: string; assumeRoleMode?: boolean; executionRoleRegion?: string } = {};
  const roleName = text('ExecutionRoleName', raw['ExecutionRoleName']);
  if (roleName !== undefined) {
    if (!ROLE_NAME.test(roleName)) {
      throw new InvalidParameterError('ExecutionRoleName', raw['ExecutionRoleName'], 'is not an IAM role name');
    }
    kit.executionRoleName = roleName;
  }
  const mode = text('AssumeRoleMode', raw['AssumeRoleMode'])?.toLowerCase();
  if (mode !== undefined) {
    if (mode !== 'true' && mode !== 'false') {
      throw new InvalidParameterError('AssumeRoleMode', raw['AssumeRoleMode'], 'expected true or false');
    }
    kit.assumeRoleMode = mode === 'true';
  }
  const region = text('ExecutionRoleRegion', raw['ExecutionRoleRegion']);
  if (region !== undefined) {
    if (!REGION.test(region)) throw new InvalidParameterError('ExecutionRoleRegion', raw['ExecutionRoleRegion'], 'is not a region');
    kit.executionRoleRegion = region;
  }
  return { kit, rule };
}

/** Which role to assume, or undefined for the Lambda's own credentials. Pure: no STS call. */
export function executionRoleToAssume(options: {
  readonly kitParameters: KitParameters;
  readonly executionRoleArn?: string;
  readonly accountId: string;
  readonly partition: string;
}): string | undefined {
  const { kitParameters: kit } = options;
  if (kit.assumeRoleMode === false) return undefined;
  if (kit.executionRoleName !== undefined) {
    if (!ACCOUNT_ID.test(options.accountId)) {
      throw new InvalidEventError('accountId', options.accountId, 'must be a 12-digit account id to build the execution role ARN');
    }
    return arn(options.partition, 'iam', '', options.accountId, `role/${kit.executionRoleName}`);
  }
  if (kit.assumeRoleMode === true) {
    const roleArn = options.executionRoleArn;
    if (roleArn === undefined || roleArn.trim() === '') {
      throw new InvalidEventError('executionRoleArn', roleArn, 'is required when the AssumeRoleMode parameter is true');
    }
    const parsed = parseArn(roleArn.trim());
    if (parsed === undefined || parsed.service !== 'iam' || !parsed.resource.startsWith('role/')) {
      throw new InvalidEventError('executionRoleArn', roleArn, 'is not an IAM role ARN');
    }
    return roleArn.trim();
  }
  return undefined;
}

/** AssumeRole failed for a reason other than a missing permission. */
export class AssumeRoleFailedError extends RuleKitError {
  readonly name = 'AssumeRoleFailedError';
  readonly code = 'AssumeRoleFailed';
  constructor(
    readonly roleArn: string,
    readonly awsErrorCode: string,
    options?: { readonly cause?: unknown },
  ) {
    super(`Could not assume ${roleArn}: ${awsErrorCode}`, options);
  }
}

/** Config allows a custom rule's Lambda at most 15 minutes, and 900 s is also AssumeRole's minimum. */
export const ASSUMED_SESSION_SECONDS = 900;

/** A RoleSessionName that shows in CloudTrail which rule acted: [\w+=,.@-], at most 64 characters. */
export function roleSessionName(ruleName: string): string {
  const safe = ruleName.replace(/[^\w+=,.@-]/g, '-');
  return `config-rule-${safe}`.slice(0, 64);
}

export interface ResolveCredentialsOptions {
  readonly kitParameters: KitParameters;
  /** The event's `executionRoleArn`. */
  readonly executionRoleArn?: string;
  /** The event's `accountId`: the evaluated account. */
  readonly accountId: string;
  readonly partition: string;
  /** The Lambda's region; the STS region unless ExecutionRoleRegion says otherwise. */
  readonly region: string;
  /** The rule id: becomes the role session name. */
  readonly sessionName: string;
  /** Builds the STS client; injectable for tests. The SDK's default retries apply to AssumeRole. */
  readonly stsClient?: (region: string) => STSClient;
  readonly logger?: Logger;
  /**
   * Where credentials are kept between calls, and across invocations when the caller keeps it (the
   * handler keeps one for the container's life). Without it, each call starts an empty one.
   */
  readonly cache?: CredentialCache;
  /** Clock of the cache made when `cache` is absent; injectable for tests. */
  readonly now?: () => number;
}

/** Credentials closer than this to expiry are renewed before use. */
export const REFRESH_MARGIN_MS = 60_000;

async function assumeRole(sts: STSClient, roleArn: string, sessionName: string): Promise<AwsCredentialIdentity> {
  let response;
  try {
    response = await sts.send(
      new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: roleSessionName(sessionName), DurationSeconds: ASSUMED_SESSION_SECONDS }),
    );
  } catch (error) {
    const awsErrorCode = errorCodeOf(error) ?? 'UnknownError';
    if (classifyAwsError(error) === 'access-denied') {
      throw new MissingPermissionError(
        'sts:AssumeRole',
        awsErrorCode,
        [],
        `the Lambda's role needs sts:AssumeRole on ${roleArn}, and that role's trust policy must allow the Lambda's role`,
        { cause: error },
      );
    }
    throw new AssumeRoleFailedError(roleArn, awsErrorCode, { cause: error });
  }
  const issued = response.Credentials;
  if (issued?.AccessKeyId === undefined || issued.SecretAccessKey === undefined) {
    throw new AssumeRoleFailedError(roleArn, 'NoCredentialsReturned');
  }
  return {
    accessKeyId: issued.AccessKeyId,
    secretAccessKey: issued.SecretAccessKey,
    ...(issued.SessionToken === undefined ? {} : { sessionToken: issued.SessionToken }),
    ...(issued.Expiration === undefined ? {} : { expiration: issued.Expiration }),
  };
}

/**
 * Assumed-role credentials kept across warm invocations, one entry per role ARN and session name (the
 * rule), served until REFRESH_MARGIN_MS before they expire. An organization's rule is invoked for the
 * same member account many times an hour; without this every invocation would call AssumeRole again.
 * - Concurrent callers of one key share one AssumeRole call.
 * - A failed AssumeRole is not kept: the next caller tries again (a trust policy fixed a minute later
 *   must take effect without a cold start).
 * - Expired entries are dropped whenever a role is assumed, so a central function evaluating many
 *   accounts holds at most the roles it used in the last session's lifetime.
 */
export class CredentialCache {
  private readonly entries = new Map<string, { readonly promise: Promise<AwsCredentialIdentity>; settled?: AwsCredentialIdentity }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether usable credentials for the key are held (or being fetched). */
  holds(key: string): boolean {
    const entry = this.entries.get(key);
    return entry !== undefined && (entry.settled === undefined || this.fresh(entry.settled));
  }

  /** The key's credentials, calling `assume` only when none are held or they are about to expire. */
  get(key: string, assume: () => Promise<AwsCredentialIdentity>): Promise<AwsCredentialIdentity> {
    const held = this.entries.get(key);
    if (held !== undefined && (held.settled === undefined || this.fresh(held.settled))) return held.promise;
    this.dropExpired();
    const entry: { readonly promise: Promise<AwsCredentialIdentity>; settled?: AwsCredentialIdentity } = { promise: assume() };
    this.entries.set(key, entry);
    entry.promise.then(
      (credentials) => {
        entry.settled = credentials;
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry.promise;
  }

  /** How many entries are held, expired ones included until the next AssumeRole. */
  get size(): number {
    return this.entries.size;
  }

  private fresh(credentials: AwsCredentialIdentity): boolean {
    const expiration = credentials.expiration?.getTime();
    return expiration === undefined || expiration - this.now() > REFRESH_MARGIN_MS;
  }

  private dropExpired(): void {
    for (const [key, entry] of this.entries) {
      if (entry.settled !== undefined && !this.fresh(entry.settled)) this.entries.delete(key);
    }
  }
}

/** The cache key: the role, and the session name CloudTrail shows for it. */
export function credentialCacheKey(roleArn: string, sessionName: string): string {
  return `${roleArn} ${roleSessionName(sessionName)}`;
}

/**
 * The credentials for the rule's AWS calls (Config included), as the SDK clients' `credentials`
 * option takes them: undefined to use the Lambda's own role, else a provider of temporary credentials
 * of the role chosen by `executionRoleToAssume`. The role is assumed here (or its credentials taken
 * from `options.cache`), so a missing permission fails the invocation before anything is evaluated;
 * the provider then serves those credentials and assumes the role again only when they are about to
 * expire.
 *
 * @example
 * const credentials = await resolveCredentials({ kitParameters: kit, accountId, partition: 'aws', region, sessionName: rule.id });
 */
export async function resolveCredentials(options: ResolveCredentialsOptions): Promise<AwsCredentialIdentityProvider | undefined> {
  const roleArn = executionRoleToAssume(options);
  if (roleArn === undefined) return undefined;
  const logger = options.logger ?? silentLogger;
  const cache = options.cache ?? new CredentialCache(options.now);
  const stsRegion = options.kitParameters.executionRoleRegion ?? options.region;
  let sts: STSClient | undefined;
  const assume = (): Promise<AwsCredentialIdentity> => {
    sts ??= (options.stsClient ?? ((region: string) => new STSClient({ region })))(stsRegion);
    return assumeRole(sts, roleArn, options.sessionName);
  };
  const key = credentialCacheKey(roleArn, options.sessionName);
  const reused = cache.holds(key);
  await cache.get(key, assume);
  logger.info(reused ? 'Reused cached credentials of the execution role' : 'Assumed execution role', { roleArn, stsRegion });
  return () => cache.get(key, assume);
}
