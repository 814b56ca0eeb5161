/**
 * Writes bin/sample-item/resource-schema.json.gz: what `config-rules sample-item` and `config-rules new`
 * need from two public sources, reduced to facts (property names and types, type names).
 *
 * - awslabs/aws-config-resource-schema (https://github.com/awslabs/aws-config-resource-schema),
 *   config/properties/resource-types/<type>.properties.json: every property of each type's configuration
 *   items as `"configuration.a.b": "<type>"`, published for the SelectResources query language. Only the
 *   `configuration.` and `supplementaryConfiguration.` paths are kept: the item's other fields are the
 *   same for every type (schema 1.3), and `sample-item` builds them itself.
 * - the `ResourceType` values of @aws-sdk/client-config-service: the types Config records.
 *
 * Usage: npm run resource-schema -- [GIT_DIR]
 * GIT_DIR is a clone (bare or not) of aws-config-resource-schema; the commit read is its HEAD, named in
 * the file's `_source`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ResourceType } from '@aws-sdk/client-config-service';
import { PROPERTY_TYPES, RESOURCE_SCHEMA_FILE, type PropertyType, type ResourceSchema, type TypeProperties } from './resource-schema';

const DEFAULT_GIT_DIR = '/work/.mirror/awslabs+aws-config-resource-schema/repo';
const TYPES_FOLDER = 'config/properties/resource-types/';
const SUFFIX = '.properties.json';

function git(gitDir: string, args: readonly string[]): string {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function isPropertyType(value: unknown): value is PropertyType {
  return typeof value === 'string' && (PROPERTY_TYPES as readonly string[]).includes(value);
}

function gitDirOf(path: string): string {
  try {
    return execFileSync('git', ['-C', path, 'rev-parse', '--absolute-git-dir'], { encoding: 'utf8' }).trim();
  } catch {
    return path;
  }
}

/** Keeps the paths under `prefix`, sorted, without the prefix. */
function pathsUnder(properties: Record<string, unknown>, prefix: string, file: string): Record<string, PropertyType> {
  const kept: Record<string, PropertyType> = {};
  for (const path of Object.keys(properties).sort()) {
    if (!path.startsWith(prefix)) continue;
    const type = properties[path];
    if (!isPropertyType(type)) throw new Error(`${file}: ${path} has type ${JSON.stringify(type)}, not one of ${PROPERTY_TYPES.join(', ')}`);
    kept[path.slice(prefix.length)] = type;
  }
  return kept;
}

function main(argv: readonly string[]): void {
  const gitDir = gitDirOf(argv[0] ?? DEFAULT_GIT_DIR);
  const commit = git(gitDir, ['rev-parse', 'HEAD']).trim();
  const files = git(gitDir, ['ls-tree', '-r', '--name-only', 'HEAD', TYPES_FOLDER])
    .split('\n')
    .filter((file) => file.endsWith(SUFFIX));
  const properties: Record<string, TypeProperties> = {};
  for (const file of files.sort()) {
    const type = file.slice(TYPES_FOLDER.length, -SUFFIX.length);
    const all = JSON.parse(git(gitDir, ['show', `HEAD:${file}`])) as Record<string, unknown>;
    properties[type] = {
      configuration: pathsUnder(all, 'configuration.', file),
      supplementaryConfiguration: pathsUnder(all, 'supplementaryConfiguration.', file),
    };
  }
  const sdkPackage = JSON.parse(readFileSync(require.resolve('@aws-sdk/client-config-service/package.json'), 'utf8')) as {
    version: string;
  };
  const resourceTypes = [...new Set([...Object.values(ResourceType), ...Object.keys(properties)])].sort();
  const schema: ResourceSchema = {
    _source:
      `Property names and types: awslabs/aws-config-resource-schema commit ${commit}, ${TYPES_FOLDER}<type>${SUFFIX} ` +
      `(configuration.* and supplementaryConfiguration.* paths). Resource types: ResourceType of ` +
      `@aws-sdk/client-config-service ${sdkPackage.version}, with the schema's types. Written by bin/sample-item/generate-schema.ts.`,
    resourceTypes,
    properties,
  };
  const json = `${JSON.stringify(schema)}\n`;
  const gzipped = gzipSync(json, { level: 9 });
  writeFileSync(RESOURCE_SCHEMA_FILE, gzipped);
  process.stdout.write(
    `wrote ${RESOURCE_SCHEMA_FILE}: ${Object.keys(properties).length} types with properties, ${resourceTypes.length} resource types, ` +
      `${json.length.toLocaleString('en-US')} bytes of JSON, ${gzipped.length.toLocaleString('en-US')} gzipped\n`,
  );
}

main(process.argv.slice(2));
