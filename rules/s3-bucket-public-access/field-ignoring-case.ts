import type { JsonRecord } from '../../rule-kit';

/**
 * Reads a key whatever its case. Config records S3's supplementary values with Java SDK field names
 * (`ignorePublicAcls`, `policyText`), the S3 API and CloudFormation spell them `IgnorePublicAcls`, and IAM
 * condition keys are case-insensitive; the rule accepts every spelling rather than miss one.
 * An exact match wins over a case-folded one.
 */
export function fieldIgnoringCase(record: JsonRecord, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(record, name)) return record[name];
  const folded = name.toLowerCase();
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === folded);
  return key === undefined ? undefined : record[key];
}
