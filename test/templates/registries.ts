import type { RuleDefinition } from '../../rule-kit';
import { rules } from '../../rules';
import { fakeRules } from './fake-rules';

/** The registries every template test runs on: the fake one always, the real one once it lists rules. */
export const registries: ReadonlyArray<readonly [string, readonly RuleDefinition[]]> = [
  ['fake registry', fakeRules],
  ...(rules.length > 0 ? [['rules/index.ts', rules] as const] : []),
];
