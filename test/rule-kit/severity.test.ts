import { compliant, defineRule, RuleDefinitionError } from '../../rule-kit';
import { rules } from '../../rules';
import { SEVERITIES } from '../../rule-kit/severity';

const base = {
  id: 'severity-probe',
  description: 'A rule that only carries a severity.',
  resourceTypes: ['AWS::EC2::Volume'] as const,
  triggers: ['change'] as const,
  parameters: {},
  permissions: [],
  evaluate: () => compliant(),
};

describe('rule severity', () => {
  it('is one of the Security Hub labels, checked when the rule is defined', () => {
    expect(defineRule({ ...base, severity: 'HIGH' }).severity).toBe('HIGH');
    expect(() => defineRule({ ...base, severity: 'URGENT' as never })).toThrow(RuleDefinitionError);
    expect(() => defineRule({ ...base, severity: 'URGENT' as never })).toThrow(/severity must be one of CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL/);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s says how urgent its findings are', (_id, rule) => {
    expect(SEVERITIES).toContain(rule.severity);
  });
});
