import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_ID } from '../../rule-kit/define-rule';
import { checkResourceType, UnknownResourceTypeError, type ResourceSchema } from '../sample-item';
import type { NewRuleSpec } from './new-rule-spec';
import { NewRuleRefusedError } from './new-rule-refused-error';
import { parseParameterOption } from './parameter-option';
import { chooseStarterCheck, type StarterCheck } from './starter-check';

export interface NewRuleOptions {
  readonly id: string;
  readonly resourceTypes: readonly string[];
  readonly periodic: boolean;
  readonly collector: boolean;
  readonly parameters: readonly string[];
}

/** Checks everything `config-rules new` was given against the project and the schema; writes nothing. */
export function prepareNewRule(root: string, schema: ResourceSchema, options: NewRuleOptions, ruleIds: readonly string[]): NewRuleSpec {
  const { id } = options;
  if (!RULE_ID.test(id) || id.length > 64) throw new NewRuleRefusedError('rule id', id, 'is not kebab-case (lower-case words and digits joined by single hyphens, at most 64 characters)');
  if (ruleIds.includes(id) || existsSync(join(root, 'rules', id)) || existsSync(join(root, 'test', 'rules', id))) {
    throw new NewRuleRefusedError('rule id', id, `exists already (rules/${id}, test/rules/${id} or rules/index.ts)`);
  }
  if (options.resourceTypes.length === 0) throw new NewRuleRefusedError('--resource-type', '', 'is required: the type(s) the rule evaluates, e.g. AWS::EC2::Volume');
  const checks: StarterCheck[] = [];
  for (const type of new Set(options.resourceTypes)) {
    try {
      checkResourceType(schema, type);
    } catch (error) {
      if (error instanceof UnknownResourceTypeError) throw new NewRuleRefusedError('--resource-type', type, error.message.slice(type.length + 1));
      throw error;
    }
    const check = chooseStarterCheck(id, type, schema.properties[type]);
    if (check === undefined) {
      throw new NewRuleRefusedError('--resource-type', type, 'has no top-level configuration property in the AWS Config resource schema to start a check on; write the rule by hand (README.md, Authoring a rule)');
    }
    checks.push(check);
  }
  const parameters = options.parameters.map(parseParameterOption);
  const names = parameters.map((p) => p.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw new NewRuleRefusedError('--param', repeated, 'is given more than once');
  return { id, checks, periodic: options.periodic || options.collector, collector: options.collector, parameters };
}
