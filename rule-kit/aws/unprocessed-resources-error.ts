import type { ResourceKey as SdkResourceKey } from '@aws-sdk/client-config-service';
import { RuleKitError } from '../errors';

/** BatchGetResourceConfig kept returning keys unprocessed: those resources would go unevaluated. */
export class UnprocessedResourcesError extends RuleKitError {
  readonly name = 'UnprocessedResourcesError';
  readonly code = 'UnprocessedResources';
  constructor(readonly keys: readonly SdkResourceKey[]) {
    super(
      `BatchGetResourceConfig left ${keys.length} resource(s) unprocessed: ` +
        keys
          .slice(0, 5)
          .map((key) => `${key.resourceType} ${key.resourceId}`)
          .join(', ') +
        (keys.length > 5 ? ', …' : ''),
    );
  }
}
