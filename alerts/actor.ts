import { isRecord, type JsonRecord } from './event-fields';

/**
 * Who made a call, from a CloudTrail record's `userIdentity` (CloudTrail User Guide, "CloudTrail
 * userIdentity element"): the principal, and for an assumed role the session behind it (a person's
 * federated or SSO name usually), so the alert names a human where CloudTrail knows one.
 */
export interface Actor {
  /** CloudTrail's `userIdentity.type`: IAMUser, AssumedRole, Root, AWSService, FederatedUser, IdentityCenterUser... */
  readonly type: string;
  /** The principal's ARN when CloudTrail gives one (not for AWS services). */
  readonly arn?: string;
  /** The role an assumed-role session came from (`sessionContext.sessionIssuer.arn`). */
  readonly roleArn?: string;
  /** The session name of an assumed role, or the federated user's name. */
  readonly sessionName?: string;
  /** A web identity or SAML provider behind the session. */
  readonly federatedProvider?: string;
  /** `invokedBy`: the AWS service that made the call on the principal's behalf. */
  readonly invokedBy?: string;
  readonly accessKeyId?: string;
  /** `sessionContext.attributes.mfaAuthenticated`, when CloudTrail records it. */
  readonly mfaAuthenticated?: boolean;
  /** One line for a person: "role/Admin, session alice@example.com". */
  readonly summary: string;
}

function text(record: JsonRecord | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function recordOf(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined;
}

/** The part of an ARN after the account: `user/alice`, `assumed-role/Admin/alice`. */
function arnResource(arn: string): string {
  const parts = arn.split(':');
  return parts.length >= 6 ? parts.slice(5).join(':') : arn;
}

export function describeActor(userIdentity: unknown): Actor {
  const identity = recordOf(userIdentity);
  const type = text(identity, 'type') ?? 'Unknown';
  const arn = text(identity, 'arn');
  const invokedBy = text(identity, 'invokedBy');
  const accessKeyId = text(identity, 'accessKeyId');
  const sessionContext = recordOf(identity?.['sessionContext']);
  const issuer = recordOf(sessionContext?.['sessionIssuer']);
  const attributes = recordOf(sessionContext?.['attributes']);
  const webIdentity = recordOf(sessionContext?.['webIdFederationData']);
  const mfa = text(attributes, 'mfaAuthenticated');
  const roleArn = type === 'AssumedRole' ? text(issuer, 'arn') : undefined;
  // assumed-role/<role>/<session>: the session name is the last part (an e-mail for SSO users).
  const sessionName =
    type === 'AssumedRole' && arn !== undefined
      ? arnResource(arn).split('/').slice(2).join('/') || undefined
      : type === 'FederatedUser'
        ? (text(identity, 'userName') ?? (arn === undefined ? undefined : arnResource(arn).split('/').slice(1).join('/')))
        : type === 'IdentityCenterUser'
          ? text(recordOf(identity?.['onBehalfOf']), 'userId')
          : undefined;
  const federatedProvider = text(webIdentity, 'federatedProvider');
  const summary = summarise({ type, arn, roleArn, sessionName, invokedBy, federatedProvider, userName: text(identity, 'userName') });
  return {
    type,
    ...(arn === undefined ? {} : { arn }),
    ...(roleArn === undefined ? {} : { roleArn }),
    ...(sessionName === undefined ? {} : { sessionName }),
    ...(federatedProvider === undefined ? {} : { federatedProvider }),
    ...(invokedBy === undefined ? {} : { invokedBy }),
    ...(accessKeyId === undefined ? {} : { accessKeyId }),
    ...(mfa === undefined ? {} : { mfaAuthenticated: mfa === 'true' }),
    summary,
  };
}

interface SummaryParts {
  readonly type: string;
  readonly arn: string | undefined;
  readonly roleArn: string | undefined;
  readonly sessionName: string | undefined;
  readonly invokedBy: string | undefined;
  readonly federatedProvider: string | undefined;
  readonly userName: string | undefined;
}

function summarise(parts: SummaryParts): string {
  switch (parts.type) {
    case 'Root':
      return `the root user${parts.arn === undefined ? '' : ` (${parts.arn})`}`;
    case 'IAMUser':
      return `IAM user ${parts.userName ?? parts.arn ?? 'unknown'}`;
    case 'AssumedRole': {
      const role = parts.roleArn === undefined ? (parts.arn ?? 'an unknown role') : arnResource(parts.roleArn);
      const via = parts.federatedProvider === undefined ? '' : ` via ${parts.federatedProvider}`;
      return `${role}${parts.sessionName === undefined ? '' : `, session ${parts.sessionName}`}${via}`;
    }
    case 'FederatedUser':
      return `federated user ${parts.sessionName ?? parts.arn ?? 'unknown'}`;
    case 'AWSService':
      return `the AWS service ${parts.invokedBy ?? 'unknown'}`;
    default:
      return `${parts.type} ${parts.arn ?? parts.userName ?? ''}`.trim();
  }
}
