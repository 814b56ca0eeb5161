import fc from 'fast-check';
import { InvalidEvaluationError, normaliseItem, type Verdict } from '../../../rule-kit';
import { evaluationJson, itemEvaluationText, throughToEvaluation } from '../../../rule-kit/scanner/evaluation-json';
import { item } from './test-rules';

const text = fc.string({ unit: 'binary', maxLength: 300 });

describe('evaluationJson', () => {
  it('is JSON.stringify of the evaluation the kit builds with toEvaluation, field for field', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 800 }),
        fc.constantFrom('COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE'),
        fc.option(text, { nil: undefined }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (resourceId, compliance, annotation, ruleId) => {
          const target = normaliseItem(item({ resourceId }));
          const verdict = (annotation === undefined ? { compliance } : { compliance, annotation }) as Verdict;
          const expected = (): string => JSON.stringify(throughToEvaluation(ruleId, target, verdict));
          const actual = (): string => evaluationJson(JSON.stringify(ruleId), target, itemEvaluationText(target), verdict);
          if (resourceId.length > 768) {
            expect(actual).toThrow(InvalidEvaluationError);
            expect(expected).toThrow(InvalidEvaluationError);
          } else {
            expect(actual()).toBe(expected());
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('throws the kit\'s InvalidEvaluationError for a compliance PutEvaluations rejects', () => {
    const target = normaliseItem(item());
    const verdict = { compliance: 'INSUFFICIENT_DATA' } as unknown as Verdict;
    expect(() => evaluationJson('"rule"', target, itemEvaluationText(target), verdict)).toThrow(InvalidEvaluationError);
  });
});
