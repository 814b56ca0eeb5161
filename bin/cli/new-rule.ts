import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { RuleDefinition } from '../../rule-kit';
import { createRule, handlerFace, NewRuleRefusedError, planRuleFiles, prepareNewRule, RegenerationFailedError, type NewRuleOptions } from '../new-rule';
import { loadResourceSchema } from '../sample-item';
import { generateTemplates, README_PATH, TEMPLATES_README_PATH } from '../../templates/generate';
import { EXIT_CLEAN, EXIT_USAGE } from './exit-status';
import { projectRoot } from './project-root';
import type { CliIo } from './run-cli';
import { UsageError } from './usage-error';

export interface NewRuleCommand extends NewRuleOptions {
  readonly kind: 'new';
}

export function parseNewRule(args: readonly string[]): NewRuleCommand {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      'resource-type': { type: 'string', multiple: true },
      periodic: { type: 'boolean' },
      collector: { type: 'boolean' },
      param: { type: 'string', multiple: true },
    },
  });
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) throw new UsageError('new takes one rule id, for example: config-rules new volume-encrypted --resource-type AWS::EC2::Volume');
  return {
    kind: 'new',
    id,
    resourceTypes: values['resource-type'] ?? [],
    periodic: values.periodic ?? false,
    collector: values.collector ?? false,
    parameters: values.param ?? [],
  };
}

/** Creates the rule, its tests and fixtures, registers it and regenerates what derives from the registry. */
export function runNewRule(command: NewRuleCommand, rules: readonly RuleDefinition[], io: CliIo): number {
  const root = projectRoot(__dirname);
  try {
    const schema = loadResourceSchema();
    const spec = prepareNewRule(root, schema, command, rules.map((rule) => rule.id));
    const files = planRuleFiles(schema, spec, readFileSync(join(root, 'rules', 'index.ts'), 'utf8'), handlerFace(root));
    const generated = [...generateTemplates(rules).map((file) => file.path), README_PATH, TEMPLATES_README_PATH];
    const written = createRule(root, spec, files, generated);
    io.stdout.write(
      `Created rule ${spec.id}:\n${written.map((path) => `  ${path}\n`).join('')}` +
        `Its starter check: ${spec.checks.map((check) => `${check.resourceType} configuration.${check.field} ${check.kind === 'true' ? 'must be true' : 'must not be empty'}`).join('; ')}.\n` +
        `Next: npx jest test/rules/${spec.id}, then edit rules/${spec.id}/rule.ts (its README says how).\n`,
    );
    return EXIT_CLEAN;
  } catch (error) {
    if (!(error instanceof NewRuleRefusedError || error instanceof RegenerationFailedError)) throw error;
    io.stderr.write(`config-rules new: ${error.message}\nNothing was changed.\n`);
    return EXIT_USAGE;
  }
}
