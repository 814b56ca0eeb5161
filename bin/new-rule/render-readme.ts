import { fieldPath, fixtureName, requirement, type NewRuleSpec } from './new-rule-spec';

export function readmeSource(spec: NewRuleSpec): string {
  const types = spec.checks.map((check) => `\`${check.resourceType}\``).join(', ');
  const trigger = spec.periodic ? `periodic${spec.collector ? ' (its collector yields the items)' : ' (every recorded resource of its types)'}` : 'configuration change';
  const reads = spec.checks.map((check) => `\`${fieldPath(check)}\``).join(', ');
  const parameters =
    spec.parameters.length === 0
      ? 'None.'
      : [
          '| name | type | default | meaning |',
          '|---|---|---|---|',
          ...spec.parameters.map((p) => `| \`${p.name}\` | ${p.kind} | ${p.defaultLiteral === undefined ? 'none' : `\`${p.defaultLiteral}\``} | say what it sets |`),
        ].join('\n');
  const verdicts = spec.checks
    .map((check) => {
      const good = check.kind === 'true' ? '`true`' : 'a non-empty string';
      const bad = check.kind === 'true' ? '`false`' : '`""`';
      const wrong = check.kind === 'true' ? 'not a boolean' : 'not a string';
      return [
        `| \`${check.resourceType}\` | ${good} | COMPLIANT | \`${fieldPath(check)} is ${check.kind === 'true' ? 'true' : 'set'}.\` |`,
        `| | ${bad} | NON_COMPLIANT | \`${fieldPath(check)} is ${check.kind === 'true' ? 'false' : 'empty'} on <type> <name>.\` |`,
        `| | missing, \`null\` or ${wrong} | NON_COMPLIANT | \`Cannot evaluate: ...\` naming the field |`,
      ].join('\n');
    })
    .join('\n');
  return `# ${spec.id}

Made by \`config-rules new\`. It checks, as a starting point, that ${spec.checks.map(requirement).join('; ')}.
Replace that with what the rule is for, then rewrite this README to say it.

| | |
|---|---|
| Resource type | ${types} |
| Trigger | ${trigger} |
| Reads | ${reads} |
| Extra IAM permissions | ${spec.collector ? '`config:BatchGetResourceConfig`, `config:ListDiscoveredResources` (the starter collector)' : 'none'} |

## Parameters

${parameters}

## Verdicts

| Resource type | Recorded value | Verdict | Annotation |
|---|---|---|---|
${verdicts}
| deleted, or another resource type | | NOT_APPLICABLE | from the kit |

Missing data fails safe: a resource whose field cannot be read is never reported COMPLIANT.

## Changing the starter check

1. Edit \`evaluate\` in [\`rule.ts\`](rule.ts): read fields through \`rule-kit/read-field.ts\` (\`requireBoolean\`,
   \`requireString\`, \`jsonField\`...), which fail safe, and return \`compliant\`, \`nonCompliant\` or \`notApplicable\`.
2. Replace the fixtures in \`test/rules/${spec.id}/fixtures/\` (${spec.checks.map((check) => `\`${fixtureName(check.resourceType)}\``).join(', ')}, made by
   \`config-rules sample-item\`) with recorded items: \`npx config-rules record <type> <id> --redact -o <file>\`.
   Try the handler on one: \`npx config-rules invoke ${spec.id} --item <file>\`.
3. Update the tests, the description in \`rule.ts\` and this README, then \`npm run generate -- --write-permissions\`.
${spec.collector ? `4. Replace the starter collector (\`collector.ts\`, which reads what Config recorded) with reads of the facts
   Config does not record, and set \`COLLECTOR_PERMISSIONS\` to the actions it calls.\n` : ''}
## Matches

Name the AWS Config managed rule and Security Hub control this rule matches or improves on, and how.

## Sources

- Field names and types: awslabs/aws-config-resource-schema (\`${spec.checks.map((check) => `${check.resourceType}.properties.json`).join('`, `')}\`),
  through \`bin/sample-item/resource-schema.json.gz\`.
`;
}
