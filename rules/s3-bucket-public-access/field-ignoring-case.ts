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
  // The names asked for are ASCII, and no key of another length folds to an ASCII name (the one character
  // that lengthens, U+0130, folds to a non-ASCII pair): only keys of the same length are folded, as
  // absent fields (`grantSet`, a grantee's `uri`) are asked for on every bucket.
  for (const candidate of Object.keys(record)) {
    if (candidate.length === folded.length && candidate.toLowerCase() === folded) return record[candidate];
  }
  return undefined;
}
