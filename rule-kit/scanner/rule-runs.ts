import type { RelatedSpecs } from '../evaluate/related-resources';
import type { SelectedRule } from './select-rules';

/** A selected rule as a scan runs it: what is worked out once rather than per item. */
export interface RuleRun extends SelectedRule {
  /** Its place among the selected rules (answers and waiting items name rules by it). */
  readonly index: number;
  /** `rule.related` as entries. */
  readonly related: RelatedSpecs;
}

/** The selected rules, in order and by resource type, and the types they need as related resources. */
export interface RuleRuns {
  readonly ordered: readonly RuleRun[];
  readonly byType: ReadonlyMap<string, readonly RuleRun[]>;
  /** Types some rule declares as a related resource (what a `RelatedIndex` keeps). */
  readonly relatedTypes: ReadonlySet<string>;
}

export function ruleRuns(selected: readonly SelectedRule[]): RuleRuns {
  const ordered = selected.map((chosen, index) => ({
    ...chosen,
    index,
    related: Object.entries(chosen.rule.related ?? {}),
  }));
  const byType = new Map<string, RuleRun[]>();
  const relatedTypes = new Set<string>();
  for (const run of ordered) {
    for (const [, spec] of run.related) relatedTypes.add(spec.resourceType);
    for (const type of run.rule.resourceTypes) {
      const list = byType.get(type) ?? [];
      list.push(run);
      byType.set(type, list);
    }
  }
  return { ordered, byType, relatedTypes };
}
