import { camelCase, fieldPath, type NewRuleSpec } from './new-rule-spec';
import type { StarterCheck } from './starter-check';

const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function checkBlock(check: StarterCheck, indent: string): string {
  const path = fieldPath(check);
  const read = `configurationOf(item)[${quote(check.field)}]`;
  const lines =
    check.kind === 'true'
      ? [
          `// Starter check (replace it): ${path} must be present and true. A missing or non-boolean value`,
          `// throws MalformedConfigurationItemError, which the kit reports as NON_COMPLIANT "Cannot evaluate".`,
          `const value = requireBoolean(item, ${read}, ${quote(path)});`,
          `return value ? compliant(${quote(`${path} is true.`)}) : nonCompliant(\`${path} is false on \${name}.\`);`,
        ]
      : [
          `// Starter check (replace it): ${path} must be present and not empty. A missing or non-string value`,
          `// throws MalformedConfigurationItemError, which the kit reports as NON_COMPLIANT "Cannot evaluate".`,
          `const value = requireString(item, ${read}, ${quote(path)});`,
          `return value !== '' ? compliant(${quote(`${path} is set.`)}) : nonCompliant(\`${path} is empty on \${name}.\`);`,
        ];
  return lines.map((line) => `${indent}${line}`).join('\n');
}

function evaluateBody(checks: readonly StarterCheck[]): string {
  const name = '    const name = `${item.resourceType} ${item.resourceName ?? item.resourceId}`;';
  const [only] = checks;
  if (checks.length === 1 && only !== undefined) return `${name}\n${checkBlock(only, '    ')}`;
  const cases = checks.map((check) => `      case ${quote(check.resourceType)}: {\n${checkBlock(check, '        ')}\n      }`);
  return [
    name,
    '    switch (item.resourceType) {',
    ...cases,
    '      default:',
    "        return notApplicable(`This rule has no check for ${item.resourceType}.`);",
    '    }',
  ].join('\n');
}

function description(spec: NewRuleSpec): string {
  const [only] = spec.checks;
  if (spec.checks.length === 1 && only !== undefined) {
    const what = only.kind === 'true' ? 'set to true' : 'set';
    return `Checks that each ${only.resourceType} has ${fieldPath(only)} ${what} (the starter check of config-rules new: edit it).`;
  }
  return `Checks a configuration field of each ${spec.checks.map((check) => check.resourceType).join(', ')} (the starter check of config-rules new: edit it).`.slice(0, 256);
}

export function ruleSource(spec: NewRuleSpec): string {
  const kitImports = new Set(['compliant', 'configurationOf', 'defineRule', 'nonCompliant']);
  for (const check of spec.checks) kitImports.add(check.kind === 'true' ? 'requireBoolean' : 'requireString');
  if (spec.checks.length > 1) kitImports.add('notApplicable');
  if (spec.parameters.length > 0) kitImports.add('param');
  const types = spec.checks.map((check) => quote(check.resourceType)).join(', ');
  const parameters =
    spec.parameters.length === 0
      ? '{}'
      : `{\n${spec.parameters
          .map((p) => {
            const options = [`description: ${quote(`${p.name}: say what it sets (config-rules new left this for you).`)}`];
            if (p.defaultLiteral !== undefined) options.push(`default: ${p.defaultLiteral}`);
            return `    ${p.name}: param.${p.kind}({ ${options.join(', ')} }),`;
          })
          .join('\n')}\n  }`;
  return `import { ${[...kitImports].sort().join(', ')} } from '../../rule-kit';
${spec.collector ? "import { collectResources, COLLECTOR_PERMISSIONS, RESOURCE_TYPES } from './collector';\n" : ''}
/** Made by config-rules new: the starter check below is a placeholder for this rule's real one (README.md). */
export const rule = defineRule({
  id: ${quote(spec.id)},
  description: ${quote(description(spec))},
  resourceTypes: ${spec.collector ? 'RESOURCE_TYPES' : `[${types}]`},
  triggers: [${spec.periodic ? "'periodic'" : "'change'"}],
  parameters: ${parameters},
${spec.collector ? '  collector: collectResources,\n  permissions: COLLECTOR_PERMISSIONS,' : '  permissions: [],'}
  evaluate(item) {
${evaluateBody(spec.checks)}
  },
});
`;
}

export const indexSource = (): string => "export { rule } from './rule';\n";

/** `handlerFace`: the kit module that exports createHandler (`rule-kit/lambda`, or `rule-kit/handler` before it). */
export const handlerSource = (handlerFace: string): string => `import { createHandler } from '../../${handlerFace}';
import { rule } from './rule';

/** The Lambda entry point (\`index.handler\` once bundled). */
export const handler = createHandler(rule);
`;

export function collectorSource(spec: NewRuleSpec): string {
  return `import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { CollectorContext, ConfigurationItem } from '../../rule-kit';
import { listRecordedItems } from '../../rule-kit/aws/recorded-items';

export const RESOURCE_TYPES = [${spec.checks.map((check) => quote(check.resourceType)).join(', ')}] as const;

/** The actions the collector calls: replace them with the service's read actions when it reads that API. */
export const COLLECTOR_PERMISSIONS = ['config:BatchGetResourceConfig', 'config:ListDiscoveredResources'] as const;

/**
 * Starter collector made by config-rules new: it yields what Config recorded of the rule's types, so the
 * rule works as it is. Replace it with reads of what Config does not record, through the service's API
 * (\`ctx.client(SomeClient)\`), each fact turned into an item by \`collectedItem(ctx, ...)\`, as
 * rules/ebs-snapshot-public/collector.ts does. Let API errors propagate: the kit then reports nothing.
 */
export async function* collectResources(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  yield* listRecordedItems(ctx.client(ConfigServiceClient), RESOURCE_TYPES);
}
`;
}

export const registryName = (id: string): string => camelCase(id);
