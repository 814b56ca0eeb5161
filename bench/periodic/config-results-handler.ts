import type { FakeCloud } from '../../test/aws-stand-in/fake-cloud';
import { configHandler } from '../../test/aws-stand-in/config-handler';
import { page } from '../../test/aws-stand-in/paging';
import { AwsFault } from '../../test/aws-stand-in/protocol';
import type { ServiceHandler } from '../../test/aws-stand-in/stand-in';

/** PutEvaluations takes at most 100 evaluations; GetComplianceDetailsByConfigRule pages at most 100 (API reference). */
const PUT_MAX = 100;
const DETAILS_MAX = 100;

/** A result a rule reported in an earlier run, as GetComplianceDetailsByConfigRule lists it. */
export interface PreviousResult {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly complianceType: 'COMPLIANT' | 'NON_COMPLIANT';
}

/** What the benchmark checks of the evaluations a run sent. */
export interface ReceivedEvaluations {
  sent: number;
  readonly byCompliance: Record<string, number>;
  /** `type id` of every resource evaluated; a resource sent twice is a reporting bug. */
  readonly resources: Set<string>;
  duplicates: number;
  /** Every PutEvaluations call carried this token. */
  readonly tokens: Set<string>;
}

/**
 * Config's rule-result side (awsJson1_1), around the shared stand-in's Config handler: PutEvaluations
 * (recorded, at most 100 a call, no FailedEvaluations) and GetComplianceDetailsByConfigRule (the rule's
 * previous results, 100 a page). Every other Config operation goes to the shared handler.
 */
export function configResultsHandler(cloud: FakeCloud, previous: readonly PreviousResult[], received: ReceivedEvaluations): ServiceHandler {
  const shared = configHandler(cloud);
  // Filtered once per ComplianceTypes set: re-filtering 100,000 results for each of 1,000 pages would
  // make the stand-in, not the handler, the slow part of the benchmark.
  const filtered = new Map<string, readonly PreviousResult[]>();
  const matchingResults = (wanted: readonly string[]): readonly PreviousResult[] => {
    const key = [...wanted].sort().join(',');
    let found = filtered.get(key);
    if (found === undefined) {
      found = wanted.length === 0 ? previous : previous.filter((result) => wanted.includes(result.complianceType));
      filtered.set(key, found);
    }
    return found;
  };
  return {
    ...shared,
    handle: (call) => {
      switch (call.operation) {
        case 'PutEvaluations': {
          const evaluations = (call.input['Evaluations'] ?? []) as { ComplianceResourceType: string; ComplianceResourceId: string; ComplianceType: string }[];
          if (evaluations.length > PUT_MAX) throw new AwsFault('ValidationException', `Evaluations: at most ${PUT_MAX}`);
          const token = call.input['ResultToken'];
          if (typeof token !== 'string' || token === '') throw new AwsFault('InvalidResultTokenException', 'The result token is invalid.');
          received.tokens.add(token);
          for (const evaluation of evaluations) {
            const key = `${evaluation.ComplianceResourceType} ${evaluation.ComplianceResourceId}`;
            if (received.resources.has(key)) received.duplicates += 1;
            received.resources.add(key);
            received.byCompliance[evaluation.ComplianceType] = (received.byCompliance[evaluation.ComplianceType] ?? 0) + 1;
            received.sent += 1;
          }
          return { json: { FailedEvaluations: [] } };
        }
        case 'GetComplianceDetailsByConfigRule': {
          const ruleName = String(call.input['ConfigRuleName'] ?? '');
          const wanted = (call.input['ComplianceTypes'] ?? []) as string[];
          const matching = matchingResults(wanted);
          const { items, next } = page(matching, call.input['NextToken'], call.input['Limit'], DETAILS_MAX);
          const recorded = Date.parse('2026-12-03T08:00:00Z') / 1000;
          return {
            json: {
              EvaluationResults: items.map((result) => ({
                EvaluationResultIdentifier: {
                  EvaluationResultQualifier: { ConfigRuleName: ruleName, ResourceType: result.resourceType, ResourceId: result.resourceId, EvaluationMode: 'DETECTIVE' },
                  OrderingTimestamp: recorded,
                },
                ComplianceType: result.complianceType,
                ResultRecordedTime: recorded,
                ConfigRuleInvokedTime: recorded,
              })),
              ...(next === undefined ? {} : { NextToken: next }),
            },
          };
        }
        default:
          return shared.handle(call);
      }
    },
  };
}
