import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../cli/project-root';

/** The property types of the AWS Config resource schema, as it spells them. */
export type PropertyType = 'string' | 'integer' | 'float' | 'boolean' | 'date' | 'ip' | 'cidr_block';
export const PROPERTY_TYPES: readonly PropertyType[] = ['string', 'integer', 'float', 'boolean', 'date', 'ip', 'cidr_block'];

/** Dotted property paths (below `configuration.` or `supplementaryConfiguration.`) and their types. */
export type PropertyPaths = Readonly<Record<string, PropertyType>>;

export interface TypeProperties {
  readonly configuration: PropertyPaths;
  readonly supplementaryConfiguration: PropertyPaths;
}

/** What `bin/sample-item/resource-schema.json.gz` holds (written by generate-schema.ts). */
export interface ResourceSchema {
  readonly _source: string;
  /** Every resource type Config supports: the SDK's `ResourceType` values and the schema's types. */
  readonly resourceTypes: readonly string[];
  /** The configuration properties of each type the schema describes. */
  readonly properties: Readonly<Record<string, TypeProperties>>;
}

// From the project root: this module also runs bundled, from dist/cli/.
export const RESOURCE_SCHEMA_FILE = join(projectRoot(__dirname), 'bin', 'sample-item', 'resource-schema.json.gz');

/** Reads the committed schema data (about 60 KB gzipped); only the authoring commands load it. */
export function loadResourceSchema(file: string = RESOURCE_SCHEMA_FILE): ResourceSchema {
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as ResourceSchema;
}
