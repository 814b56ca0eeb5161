import { compliant, configurationOf, defineRule, requireBoolean, type ConfigurationItem, type EvaluationContext } from '../../../rule-kit';
import { evaluateBeforeRelated, WAITS_FOR_RELATED } from '../../../rule-kit/scanner/related-probe';
import { guardedThingRule, item } from './test-rules';
import { normaliseItem } from '../../../rule-kit/items';

/** The shared guarded-thing rule (it declares a related resource, as the S3 rule does) with the test's evaluator. */
function ruleLooking(look: (context: EvaluationContext) => void, fail = false) {
  return defineRule({
    ...guardedThingRule,
    id: 'probe-test',
    evaluate(_item, _params, context) {
      look(context);
      if (fail) throw new TypeError('bug in the rule');
      return compliant('fine');
    },
  });
}

const thing: ConfigurationItem = normaliseItem(item({ resourceId: 'probe' }));

describe('evaluateBeforeRelated', () => {
  it('keeps the verdict of a rule that does not look at its related resources', () => {
    expect(evaluateBeforeRelated(ruleLooking(() => undefined), thing, {})).toEqual(compliant('fine'));
  });

  it.each([
    ['reads a property', (context: EvaluationContext) => void context.related['guard']],
    ['asks with `in`', (context: EvaluationContext) => void ('guard' in context.related)],
    ['lists the keys', (context: EvaluationContext) => void Object.keys(context.related)],
    ['spreads the record', (context: EvaluationContext) => void { ...context.related }],
  ])('waits when the rule %s', (_how, look) => {
    expect(evaluateBeforeRelated(ruleLooking(look), thing, {})).toBe(WAITS_FOR_RELATED);
  });

  it('throws the error of a rule that fails before looking, and waits for one that fails after', () => {
    expect(() => evaluateBeforeRelated(ruleLooking(() => undefined, true), thing, {})).toThrow(TypeError);
    expect(evaluateBeforeRelated(ruleLooking((context) => void context.related['guard'], true), thing, {})).toBe(WAITS_FOR_RELATED);
  });

  it('answers NOT_APPLICABLE for a deleted item without waiting', () => {
    const deleted = normaliseItem(item({ resourceId: 'gone', configurationItemStatus: 'ResourceDeleted', configuration: null }));
    const verdict = evaluateBeforeRelated(ruleLooking((context) => void context.related['guard']), deleted, {});
    expect(verdict).not.toBe(WAITS_FOR_RELATED);
    expect(verdict).toMatchObject({ compliance: 'NOT_APPLICABLE' });
  });

  it('fails safe like evaluateItem on data the rule cannot read, before looking', () => {
    const unreadable = ruleLooking(() => requireBoolean(thing, configurationOf(thing)['missing'], 'configuration.missing'));
    expect(evaluateBeforeRelated(unreadable, thing, {})).toMatchObject({ compliance: 'NON_COMPLIANT', annotation: expect.stringMatching(/^Cannot evaluate: .*configuration.missing/) });
  });
});
