import type { RuleDefinition } from '../../rule-kit';
import { GeneratorError } from './errors';

/** Prefix of every deployed function; the pack's default Lambda ARNs rely on it. */
export const FUNCTION_PREFIX = 'config-rules-pack-';
const FUNCTION_NAME_MAX = 64;

/** `sg-open-ports` → `SgOpenPorts`: the logical-id and parameter-name stem of a rule. */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => `${part[0]?.toUpperCase() ?? ''}${part.slice(1)}`)
    .join('');
}

/** The deterministic Lambda function name of a rule, known to both templates without a cross-stack reference. */
export function functionName(rule: Pick<RuleDefinition, 'id'>): string {
  const name = `${FUNCTION_PREFIX}${rule.id}`;
  if (name.length > FUNCTION_NAME_MAX) {
    throw new GeneratorError(rule.id, `function name ${name} is longer than ${FUNCTION_NAME_MAX} characters; shorten the id`);
  }
  return name;
}

export const logicalId = (rule: Pick<RuleDefinition, 'id'>, suffix: string): string => `${pascalCase(rule.id)}${suffix}`;

/** The pack parameter carrying one rule parameter, e.g. `SgOpenPortsBlockedPorts`. */
export const packParameterName = (rule: Pick<RuleDefinition, 'id'>, parameter: string): string => `${pascalCase(rule.id)}${pascalCase(parameter)}`;

/** Where `aws cloudformation package` finds the zip: relative to the stack template in templates/. */
export const codePath = (rule: Pick<RuleDefinition, 'id'>): string => `../dist/${rule.id}.zip`;
