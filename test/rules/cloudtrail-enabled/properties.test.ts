import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, parseParameters, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/cloudtrail-enabled';
import { accountItemWithTrails, arbTrailFacts, qualifies, recordedTrail, type TrailFacts } from './arb-trail';

const params = parseParameters(rule.parameters, {});
const verdictOf = (item: ConfigurationItem) => evaluateItem(rule, item, params);
const complianceOf = (trails: readonly TrailFacts[]) => verdictOf(accountItemWithTrails(trails.map((t) => recordedTrail(t)))).compliance;

describe('cloudtrail-enabled properties', () => {
  it('is COMPLIANT exactly when some trail is multi-Region, logging and records all read and write management events', () => {
    fc.assert(
      fc.property(fc.array(arbTrailFacts, { maxLength: 4 }), (trails) => {
        expect(complianceOf(trails)).toBe(trails.some(qualifies) ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('adding a trail that does not qualify never turns NON_COMPLIANT into COMPLIANT, and never hurts', () => {
    fc.assert(
      fc.property(fc.array(arbTrailFacts, { maxLength: 3 }), arbTrailFacts, fc.nat(3), (trails, added, at) => {
        const before = complianceOf(trails);
        const after = complianceOf([...trails.slice(0, at), added, ...trails.slice(at)]);
        if (complianceOf([added]) === 'NON_COMPLIANT') expect(after).toBe(before);
        if (before === 'COMPLIANT') expect(after).toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('stopping the logging of the only qualifying trail makes the account NON_COMPLIANT, naming that trail', () => {
    fc.assert(
      fc.property(fc.array(arbTrailFacts, { maxLength: 3 }), arbTrailFacts, (others, only) => {
        const rest = others.filter((t) => !qualifies(t) && t.name !== only.name);
        const good: TrailFacts = { ...only, multiRegion: true, logging: true, selectors: [...only.selectors, { ReadWriteType: 'All', IncludeManagementEvents: true, ExcludeManagementEventSources: [] }] };
        expect(complianceOf([...rest, good])).toBe('COMPLIANT');
        const verdict = verdictOf(accountItemWithTrails([...rest, { ...good, logging: false }].map((t) => recordedTrail(t))));
        expect(verdict.compliance).toBe('NON_COMPLIANT');
        expect(verdict.annotation).toContain(`trail ${good.name}: not logging`);
      }),
      { numRuns: 200 },
    );
  });

  it('names every trail in a NON_COMPLIANT annotation', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbTrailFacts, { minLength: 1, maxLength: 3, selector: (t) => t.name }), (trails) => {
        fc.pre(!trails.some(qualifies));
        const { annotation } = verdictOf(accountItemWithTrails(trails.map((t) => recordedTrail(t))));
        for (const trail of trails) expect(annotation).toContain(`trail ${trail.name}: `);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the collected item and its API shape the same verdict', () => {
    fc.assert(
      fc.property(fc.array(arbTrailFacts, { maxLength: 3 }), (trails) => {
        const item = accountItemWithTrails(trails.map((t) => recordedTrail(t)));
        expect(verdictOf(fromApiItem(toApiItem(item)))).toEqual(verdictOf(item));
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary configuration never throws and is never COMPLIANT', () => {
    fc.assert(
      fc.property(fc.anything(), (configuration) => {
        const item = { ...accountItemWithTrails([]), configuration };
        // evaluateItem maps MalformedConfigurationItemError to NON_COMPLIANT; anything else escaping is a bug.
        expect(verdictOf(item).compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary JSON in a trail\'s fields is COMPLIANT only when the facts really say so', () => {
    const field = fc.oneof(fc.jsonValue(), fc.constant(true), fc.constant(undefined));
    const arbJunkTrail = fc.record({
      Name: fc.oneof(fc.string(), fc.jsonValue()),
      IsMultiRegionTrail: field,
      IsLogging: field,
      EventSelectors: fc.oneof(fc.jsonValue(), fc.constant([{ ReadWriteType: 'All', IncludeManagementEvents: true }])),
      AdvancedEventSelectors: fc.oneof(fc.constant(undefined), fc.jsonValue()),
      Errors: fc.oneof(fc.constant(undefined), fc.jsonValue()),
    });
    fc.assert(
      fc.property(fc.array(arbJunkTrail, { maxLength: 3 }), (trails) => {
        // Any error escaping evaluateItem fails the property: only MalformedConfigurationItemError is mapped.
        const verdict = verdictOf(accountItemWithTrails(trails));
        if (verdict.compliance === 'COMPLIANT') {
          expect(trails.some((t) => t.IsMultiRegionTrail === true && t.IsLogging === true)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
