/**
 * A KMS key ARN in the canonical form CloudTrail records in a trail's `kmsKeyId`:
 * `arn:<partition>:kms:<region>:<account>:key/<key id>`, the key id a lowercase UUID or a multi-Region
 * `mrk-` id. Key ids are lowercase hex, so two keys never differ only in case; requiring the canonical
 * form up front turns a mistyped (uppercase, alias, bare id) parameter into an error instead of a key
 * that silently never matches.
 */
export const KMS_KEY_ARN =
  /^arn:aws(-[a-z]+)*:kms:[a-z]{2}(-[a-z]+)+-\d+:\d{12}:key\/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
