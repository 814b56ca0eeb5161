import fc from 'fast-check';
import type { Verdict } from '../../../rule-kit';
import { InvalidEvaluationError } from '../../../rule-kit/errors';
import { toEvaluation } from '../../../rule-kit/evaluations/build-evaluation';
import { normaliseItem } from '../../../rule-kit/testing';
import { evaluationJson } from '../../../rule-kit/scanner/evaluation-json';
import { item } from './test-rules';

const text = fc.string({ unit: 'binary', maxLength: 300 });

describe('evaluationJson', () => {
  it('serialises the evaluation the Lambda sends (toEvaluation), with the rule name first and the time as ISO text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 800 }),
        fc.constantFrom('COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE'),
        fc.option(text, { nil: undefined }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (resourceId, compliance, annotation, ruleId) => {
          // Prepare
          const target = normaliseItem(item({ resourceId }));
          const verdict = (annotation === undefined ? { compliance } : { compliance, annotation }) as Verdict;
          const lambda = (): ReturnType<typeof toEvaluation> => toEvaluation(target, verdict, target.configurationItemCaptureTime);
          const actual = (): string => evaluationJson(ruleId, target, verdict);
          // Assess
          if (resourceId.length > 768) {
            expect(actual).toThrow(InvalidEvaluationError);
            expect(lambda).toThrow(InvalidEvaluationError);
            return;
          }
          const sent = lambda();
          const parsed = JSON.parse(actual()) as Record<string, unknown>;
          expect(parsed).toEqual({ ConfigRuleName: ruleId, ...sent, OrderingTimestamp: sent.OrderingTimestamp.toISOString() });
          const keys = ['ConfigRuleName', 'ComplianceResourceType', 'ComplianceResourceId', 'ComplianceType', 'Annotation', 'OrderingTimestamp'];
          expect(Object.keys(parsed)).toEqual(keys.filter((key) => key !== 'Annotation' || sent.Annotation !== undefined));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("throws the kit's InvalidEvaluationError for a compliance PutEvaluations rejects", () => {
    const target = normaliseItem(item());
    const verdict = { compliance: 'INSUFFICIENT_DATA' } as unknown as Verdict;
    expect(() => evaluationJson('rule', target, verdict)).toThrow(InvalidEvaluationError);
  });
});
