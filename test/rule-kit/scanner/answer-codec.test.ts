import fc from 'fast-check';
import { decodeRuleAnswerLists, decodeValueAnswers, encodeRuleAnswerLists, encodeValueAnswers } from '../../../rule-kit/scanner/answer-codec';
import type { ItemAnswer, RuleAnswer, ValueAnswer } from '../../../rule-kit/scanner/item-answer';
import { normaliseItem, type ConfigurationItem } from '../../../rule-kit';
import { item } from './test-rules';

const text = fc.string({ maxLength: 12 });
const resourceType = fc.constantFrom('AWS::S3::Bucket', 'AWS::::Account', 'AWS::Test::Thing') as fc.Arbitrary<ConfigurationItem['resourceType']>;
const configurationItem: fc.Arbitrary<ConfigurationItem> = fc
  .record({ resourceId: fc.string({ minLength: 1, maxLength: 8 }), open: fc.boolean(), note: text })
  .map(({ resourceId, open, note }) => normaliseItem(item({ resourceId, configuration: { open, note } })));

const ruleAnswer: fc.Arbitrary<RuleAnswer> = fc.oneof(
  fc.record({ kind: fc.constant('evaluation' as const), compliance: fc.constantFrom('COMPLIANT' as const, 'NON_COMPLIANT' as const, 'NOT_APPLICABLE' as const), json: text }),
  fc.record({ kind: fc.constant('error' as const), error: text, message: text }),
  fc.constant({ kind: 'waits' as const }),
);

const itemAnswer: fc.Arbitrary<ItemAnswer> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('evaluated' as const),
      key: fc.record({ resourceType, awsAccountId: text, awsRegion: text, resourceId: text, configurationItemCaptureTime: text }),
      rules: fc.array(ruleAnswer, { maxLength: 4 }),
      json: text,
      related: configurationItem,
    },
    { requiredKeys: ['kind', 'key', 'rules'] },
  ),
  fc.record({ kind: fc.constant('skipped' as const), resourceType: text, related: configurationItem }, { requiredKeys: ['kind', 'resourceType'] }),
  fc.record({ kind: fc.constant('account' as const), item: configurationItem }),
  fc.record({ kind: fc.constant('malformed' as const), error: text, message: text, resourceType: text, resourceId: text }, { requiredKeys: ['kind', 'error', 'message'] }),
);

const valueAnswer: fc.Arbitrary<ValueAnswer> = fc.oneof(
  fc.record({ kind: fc.constant('items' as const), items: fc.array(itemAnswer, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('not-config' as const), reason: text }),
  fc.record({ kind: fc.constant('unparsable' as const), reason: text }),
);

describe('the worker protocol\'s answer codec', () => {
  it('gives back every block answer it encodes (round trip)', () => {
    fc.assert(
      fc.property(fc.array(valueAnswer, { maxLength: 8 }), (values) => {
        const wire = encodeValueAnswers(values);
        // Only primitives cross the thread boundary.
        expect(wire.every((part) => typeof part === 'string' || typeof part === 'number')).toBe(true);
        expect(decodeValueAnswers(wire)).toEqual(values);
      }),
    );
  });

  it('gives back every waiting batch answer it encodes (round trip)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(ruleAnswer, { maxLength: 3 }), { maxLength: 6 }), (lists) => {
        expect(decodeRuleAnswerLists(encodeRuleAnswerLists(lists))).toEqual(lists);
      }),
    );
  });

  it('fails loudly on a wire out of step, rather than misreading it', () => {
    const wire = encodeValueAnswers([{ kind: 'items', items: [{ kind: 'skipped', resourceType: 'AWS::EC2::Instance' }] }]);
    expect(() => decodeValueAnswers(wire.slice(1))).toThrow(/answer wire: a string expected at 1, got 1/);
  });
});
