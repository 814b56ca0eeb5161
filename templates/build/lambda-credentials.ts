/**
 * Stands in for `@aws-sdk/credential-provider-node` inside the Lambda bundles (an esbuild alias in
 * bundle-rule.ts). Lambda always hands a function its role's credentials in AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, so the SDK's default chain (profiles, SSO, login, process,
 * web identity, container and instance metadata providers, and the nested STS/SSO clients they need)
 * only adds about a quarter to every bundle and its parse time at each cold start. Same exports as the
 * real module; cross-account credentials still come from the kit's explicit STS AssumeRole.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';

type EnvInit = Parameters<typeof fromEnv>[0];

export const defaultProvider = (init: EnvInit = {}): AwsCredentialIdentityProvider => fromEnv(init);

export const credentialsWillNeedRefresh = (credentials?: AwsCredentialIdentity): boolean => credentials?.expiration !== undefined;

export const credentialsTreatedAsExpired = (credentials?: AwsCredentialIdentity): boolean =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;
