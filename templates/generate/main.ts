/**
 * `npm run generate`: writes templates/config-rules-pack.yaml and conformance-pack.yaml from the rule
 * registry, and the tables between markers in README.md (rules) and templates/README.md (IAM actions).
 * `--check` writes nothing and fails when a committed file differs; `--write-permissions` also
 * (re)writes templates/permissions/<id>.json after a rule's permissions change (review that diff).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { rules } from '../../rules';
import { generateDocTables } from './docs-tables';
import { generateTemplates, permissionFiles, type GeneratedFile } from './generate-files';
import { scannerPolicyFile } from './scanner-policy';

function main(argv: readonly string[]): number {
  const unknown = argv.filter((arg) => arg !== '--check' && arg !== '--write-permissions');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument(s): ${unknown.join(' ')} (use --check or --write-permissions)\n`);
    return 2;
  }
  const root = resolve(__dirname, '..', '..');
  const files: GeneratedFile[] = [
    ...generateTemplates(rules),
    scannerPolicyFile(rules),
    ...generateDocTables(rules, (path) => readFileSync(resolve(root, path), 'utf8')),
    ...(argv.includes('--write-permissions') ? permissionFiles(rules) : []),
  ];
  let stale = 0;
  for (const file of files) {
    const path = resolve(root, file.path);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === file.content) continue;
    if (argv.includes('--check')) {
      process.stderr.write(`${file.path} is out of date: run npm run generate\n`);
      stale++;
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
      process.stdout.write(`wrote ${file.path}\n`);
    }
  }
  return stale > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
