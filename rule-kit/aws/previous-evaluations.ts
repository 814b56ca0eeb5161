import { GetComplianceDetailsByConfigRuleCommand, type ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { ResourceKey } from '../configuration-item';

/**
 * Every resource the rule currently holds a COMPLIANT or NON_COMPLIANT result for, across all pages.
 * NOT_APPLICABLE results are skipped: there is nothing left to clean up for them.
 */
export async function* listEvaluatedResources(client: ConfigServiceClient, ruleName: string): AsyncIterable<ResourceKey> {
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new GetComplianceDetailsByConfigRuleCommand({
        ConfigRuleName: ruleName,
        ComplianceTypes: ['COMPLIANT', 'NON_COMPLIANT'],
        Limit: 100,
        ...(nextToken === undefined ? {} : { NextToken: nextToken }),
      }),
    );
    for (const result of page.EvaluationResults ?? []) {
      const qualifier = result.EvaluationResultIdentifier?.EvaluationResultQualifier;
      if (qualifier?.ResourceType && qualifier.ResourceId) {
        yield { resourceType: qualifier.ResourceType, resourceId: qualifier.ResourceId };
      }
    }
    nextToken = page.NextToken || undefined;
  } while (nextToken !== undefined);
}
