import { parseDocument, type Tags } from 'yaml';
import { TemplateParseError, type Json } from './template-problem';

/** Short-form intrinsics and the long form each stands for. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!Not': 'Fn::Not',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
};

interface Jsonable {
  toJSON(): unknown;
}

function cloudFormationTags(): Tags {
  const tags: Tags = [];
  for (const [tag, name] of Object.entries(SHORT_FORMS)) {
    const wrap = (value: unknown): Json => {
      // `!GetAtt Resource.Attribute` is the scalar form of `Fn::GetAtt: [Resource, Attribute]`.
      if (name === 'Fn::GetAtt' && typeof value === 'string') {
        const dot = value.indexOf('.');
        return { [name]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
      }
      return { [name]: value as Json };
    };
    tags.push({ tag, resolve: (text: string) => wrap(text) });
    tags.push({ tag, collection: 'seq', resolve: (seq: Jsonable) => wrap(seq.toJSON()) });
    tags.push({ tag, collection: 'map', resolve: (map: Jsonable) => wrap(map.toJSON()) });
  }
  return tags;
}

/**
 * Parses a CloudFormation (or conformance pack) YAML template into its long form: short tags become
 * `{ "Fn::If": [...] }` objects. Duplicate keys, unknown tags and any YAML warning are errors, since
 * CloudFormation would reject or silently reinterpret them.
 */
export function parseTemplate(body: string, source = 'template'): { [key: string]: Json } {
  const document = parseDocument(body, { customTags: cloudFormationTags(), uniqueKeys: true, prettyErrors: false });
  const issues = [...document.errors, ...document.warnings];
  if (issues.length > 0) throw new TemplateParseError(source, issues.map((issue) => issue.message).join('; '));
  const value: unknown = document.toJS({ maxAliasCount: 0 });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TemplateParseError(source, 'the top level is not a mapping');
  return value as { [key: string]: Json };
}
