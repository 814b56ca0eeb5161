import { escapeXml } from './protocol';

/**
 * A value to write as XML in the query and REST-XML protocols: text, an element list, or nested
 * elements. Lists are written as repeated members named by the protocol (`item` in EC2, `member` in
 * IAM and STS) or flattened (S3's `Contents`).
 */
export type XmlValue = string | number | boolean | Date | undefined | XmlElements | XmlList;
export interface XmlElements {
  readonly [name: string]: XmlValue;
}
export interface XmlList {
  readonly kind: 'list';
  readonly member: string;
  readonly values: readonly XmlValue[];
}

export function xmlList(member: string, values: readonly XmlValue[]): XmlList {
  return { kind: 'list', member, values };
}

function isList(value: XmlValue): value is XmlList {
  return typeof value === 'object' && !(value instanceof Date) && (value as { kind?: unknown }).kind === 'list';
}

function content(value: XmlValue): string {
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return escapeXml(String(value));
  if (isList(value)) return value.values.map((member) => `<${value.member}>${content(member)}</${value.member}>`).join('');
  return xmlElements(value);
}

/** The elements of an object, in key order; undefined values are left out. */
export function xmlElements(elements: XmlElements): string {
  let text = '';
  for (const [name, value] of Object.entries(elements)) {
    if (value === undefined) continue;
    text += `<${name}>${content(value)}</${name}>`;
  }
  return text;
}
