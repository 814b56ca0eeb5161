
import { defineRule, InvalidParameterError } from '../../../rule-kit';
import { RuleParameterError, selectRules, UnknownRuleError } from '../../../rule-kit/scanner';
import { openThingRule, requiredParamRule, testRules } from './test-rules';

describe('selectRules', () => {
  it('selects every rule by default, in pack order, with parsed default parameters', () => {
    const { selected } = selectRules(testRules);
    expect(selected.map((s) => s.rule.id)).toEqual(['thing-not-open', 'thing-guarded']);
    expect(selected[0]?.params).toEqual({ allowOpen: false });
  });

  it('limits to --rule ids and coerces string values as the Lambda does', () => {
    const { selected } = selectRules(testRules, { ruleIds: ['thing-not-open'], parameters: { 'thing-not-open': { allowOpen: ' true ' } } });
    expect(selected).toHaveLength(1);
    expect(selected[0]?.params).toEqual({ allowOpen: true });
  });

  it('rejects unknown rules, naming the known ones', () => {
    expect(() => selectRules(testRules, { ruleIds: ['nope'] })).toThrow(UnknownRuleError);
    expect(() => selectRules(testRules, { ruleIds: ['nope'] })).toThrow(/thing-not-open, thing-guarded/);
    expect(() => selectRules(testRules, { parameters: { nope: { a: '1' } } })).toThrow(UnknownRuleError);
  });

  it('rejects bad values and unknown parameters with the kit message, prefixed by the rule', () => {
    expect(() => selectRules([openThingRule], { parameters: { 'thing-not-open': { allowOpen: 'maybe' } } })).toThrow(
      /Rule thing-not-open: Invalid rule parameter allowOpen="maybe": expected true or false/,
    );
    expect(() => selectRules([openThingRule], { parameters: { 'thing-not-open': { allowopen: 'true' } } })).toThrow(RuleParameterError);
  });

  it("runs the rule's checkParameters and prepare once, as the Lambda does", () => {
    // Prepare
    const prepare = jest.fn((params: { readonly allowOpen: boolean }) => (params.allowOpen ? 'lenient' : 'strict'));
    const checked = defineRule({
      ...openThingRule,
      checkParameters(params) {
        if (params.allowOpen) throw new InvalidParameterError('allowOpen', params.allowOpen, 'open things are never allowed here');
      },
      prepare,
    });
    // Act
    const { selected } = selectRules([checked]);
    // Assess
    expect(selected[0]?.prepared).toBe('strict');
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(() => selectRules([checked], { parameters: { 'thing-not-open': { allowOpen: 'true' } } })).toThrow(
      /Rule thing-not-open: Invalid rule parameter allowOpen=true: open things are never allowed here/,
    );
  });

  it('rejects parameters for a rule that --rule leaves out', () => {
    expect(() => selectRules(testRules, { ruleIds: ['thing-guarded'], parameters: { 'thing-not-open': { allowOpen: 'true' } } })).toThrow(
      /not among the rules selected/,
    );
  });

  it('leaves a rule with a missing required parameter out of a default scan, and fails when it is asked for', () => {
    const { selected, notRun } = selectRules([openThingRule, requiredParamRule]);
    expect(selected.map((s) => s.rule.id)).toEqual(['thing-not-open']);
    expect(notRun).toEqual([{ rule: 'needs-param', reason: 'parameter limit is required and has no default' }]);
    expect(() => selectRules([requiredParamRule], { ruleIds: ['needs-param'] })).toThrow(/limit.*is required/);
    expect(selectRules([requiredParamRule], { parameters: { 'needs-param': { limit: '3' } } }).selected[0]?.params).toEqual({ limit: 3 });
    expect(() => selectRules([requiredParamRule], { parameters: { 'needs-param': { limit: '0' } } })).toThrow(RuleParameterError);
  });
});
