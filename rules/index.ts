import type { RuleDefinition } from '../rule-kit';

/**
 * Every rule in the pack, in the order the pack, the templates and the scanner list them.
 * Lambda bundles never import this file: each rule's handler imports only its own rule.
 */
export const rules: readonly RuleDefinition[] = [];
