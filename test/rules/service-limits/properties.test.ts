import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, parseParameters, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/service-limits';
import { IAM_QUOTAS, REGIONAL_QUOTAS } from '../../../rules/service-limits/quota-catalogue';
import { sampleItems } from './sample-items';

/** A usage and limit pair, limits as small as AWS's defaults and as large as raised ones. */
const arbPair = fc.integer({ min: 1, max: 2000 }).chain((limit) => fc.record({ usage: fc.integer({ min: 0, max: limit + 5 }), limit: fc.constant(limit) }));
const arbFacts = fc.record({
  iam: fc.array(arbPair, { minLength: IAM_QUOTAS.length, maxLength: IAM_QUOTAS.length }),
  regional: fc.array(arbPair, { minLength: REGIONAL_QUOTAS.length, maxLength: REGIONAL_QUOTAS.length }),
});
type Facts = typeof arbFacts extends fc.Arbitrary<infer F> ? F : never;
const arbThreshold = fc.integer({ min: 1, max: 100 });

function item(facts: Facts, errors: unknown[] = []): ConfigurationItem {
  const summary = Object.fromEntries(IAM_QUOTAS.flatMap((quota, i) => [[quota.usageKey, facts.iam[i]?.usage], [quota.quotaKey, facts.iam[i]?.limit]]));
  const quotas = REGIONAL_QUOTAS.map((quota, i) => ({ service: quota.serviceCode, quotaCode: quota.quotaCode, name: quota.name, region: 'eu-west-1', ...facts.regional[i], limitSource: 'applied' }));
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-03-02T06:00:00.000Z',
    configurationItemStatus: 'OK',
    awsAccountId: '123456789012',
    awsRegion: 'eu-west-1',
    ARN: 'arn:aws:iam::123456789012:root',
    resourceType: 'AWS::::Account',
    resourceId: '123456789012',
    configuration: { AccountSummary: summary, ServiceQuotas: quotas, Errors: errors },
    supplementaryConfiguration: {},
  };
}
const verdict = (target: ConfigurationItem, threshold: number) => evaluateItem(rule, target, { threshold });

describe('service-limits properties', () => {
  it('is COMPLIANT exactly when every quota’s usage is below threshold % of its limit', () => {
    fc.assert(
      fc.property(arbFacts, arbThreshold, (facts, threshold) => {
        const under = [...facts.iam, ...facts.regional].every(({ usage, limit }) => usage / limit < threshold / 100);
        expect(verdict(item(facts), threshold).compliance).toBe(under ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('more usage never turns NON_COMPLIANT into COMPLIANT; a higher threshold never turns COMPLIANT into NON_COMPLIANT', () => {
    fc.assert(
      fc.property(arbFacts, arbThreshold, fc.nat(REGIONAL_QUOTAS.length + IAM_QUOTAS.length - 1), fc.nat(50), (facts, threshold, index, extra) => {
        const bumped: Facts = {
          iam: facts.iam.map((pair, i) => (i === index ? { ...pair, usage: pair.usage + extra } : pair)),
          regional: facts.regional.map((pair, i) => (i + IAM_QUOTAS.length === index ? { ...pair, usage: pair.usage + extra } : pair)),
        };
        if (verdict(item(facts), threshold).compliance === 'NON_COMPLIANT') expect(verdict(item(bumped), threshold).compliance).toBe('NON_COMPLIANT');
        if (verdict(item(facts), threshold).compliance === 'COMPLIANT') expect(verdict(item(facts), Math.min(100, threshold + extra)).compliance).toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('the annotation names every quota at or over the threshold with its usage and limit', () => {
    fc.assert(
      fc.property(arbFacts, arbThreshold, (facts, threshold) => {
        const { annotation = '' } = verdict(item(facts), threshold);
        const names = [...IAM_QUOTAS.map((q) => q.name), ...REGIONAL_QUOTAS.map((q) => q.name)];
        [...facts.iam, ...facts.regional].forEach(({ usage, limit }, i) => {
          if (usage * 100 >= threshold * limit) expect(annotation).toContain(`${names[i]}${i >= IAM_QUOTAS.length ? ' in eu-west-1' : ''} ${usage} of ${limit}`);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('any recorded error makes the item NON_COMPLIANT, naming the quota', () => {
    fc.assert(
      fc.property(arbFacts, arbThreshold, fc.constantFrom(...REGIONAL_QUOTAS, ...IAM_QUOTAS), fc.string(), (facts, threshold, quota, message) => {
        const result = verdict(item(facts, [{ quota: quota.name, operation: 'Op', code: 'AccessDenied', message }]), threshold);
        expect(result.compliance).toBe('NON_COMPLIANT');
        expect(result.annotation).toContain(quota.name);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the notification shape and the API shape the same verdict', () => {
    fc.assert(
      fc.property(arbFacts, arbThreshold, (facts, threshold) => {
        expect(verdict(fromApiItem(toApiItem(item(facts))), threshold)).toEqual(verdict(item(facts), threshold));
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary JSON as configuration, or in any one of its keys, never throws and never yields COMPLIANT', () => {
    const base = item({ iam: IAM_QUOTAS.map(() => ({ usage: 1, limit: 100 })), regional: REGIONAL_QUOTAS.map(() => ({ usage: 1, limit: 100 })) });
    const arbBroken = fc.oneof(
      fc.anything().map((configuration) => ({ ...base, configuration })),
      fc.record({ key: fc.constantFrom('AccountSummary', 'ServiceQuotas'), value: fc.jsonValue() }).map(({ key, value }) => ({
        ...base,
        configuration: { ...(base.configuration as object), [key]: value },
      })),
    );
    fc.assert(
      fc.property(arbBroken, arbThreshold, (broken, threshold) => {
        // evaluateItem maps MalformedConfigurationItemError to NON_COMPLIANT; any other throw fails here.
        expect(verdict(broken, threshold).compliance).not.toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('sample items mix COMPLIANT and NON_COMPLIANT accounts and survive the API round trip', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const items = Array.from({ length: 40 }, () => sampleItems(random, '123456789012', 'eu-west-1')).flat();
    const defaults = parseParameters(rule.parameters, {});
    expect(new Set(items.map((target) => evaluateItem(rule, target, defaults).compliance))).toEqual(new Set(['COMPLIANT', 'NON_COMPLIANT']));
    for (const target of items) expect(fromApiItem(toApiItem(target))).toEqual(target);
  });
});
