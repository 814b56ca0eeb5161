import type { RelatedSpecs } from '../evaluate/related-resources';
import { MERGED_RESOURCE_TYPE } from './account-items';
import type { SelectedRule } from './select-rules';

/** A selected rule as both threads of a scan run it: what is worked out once rather than per item. */
export interface RuleRun extends SelectedRule {
  /** Its place among the selected rules (answers and waiting items name rules by it). */
  readonly index: number;
  /** `rule.related` as entries. */
  readonly related: RelatedSpecs;
}

/** The selected rules, by resource type, and the types only the main thread reads. */
export interface RuleRuns {
  readonly ordered: readonly RuleRun[];
  readonly byType: ReadonlyMap<string, readonly RuleRun[]>;
  /** Types some rule declares as a related resource (what a `RelatedIndex` keeps). */
  readonly relatedTypes: ReadonlySet<string>;
  /**
   * Types some rule needs as a related resource, and account items: the main thread holds the related
   * index and the account merge, so the worker answers these "main thread".
   */
  readonly mainTypes: ReadonlySet<string>;
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
  return { ordered, byType, relatedTypes, mainTypes: new Set([...relatedTypes, MERGED_RESOURCE_TYPE]) };
}
