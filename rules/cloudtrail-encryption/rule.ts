import { compliant, configurationOf, defineRule, nonCompliant, param, requireString } from '../../rule-kit';
import { KMS_KEY_ARN } from './kms-key-arn';

/** CloudTrail log files encrypted with SSE-KMS, optionally with one of an allowed set of keys. */
export const rule = defineRule({
  id: 'cloudtrail-encryption',
  description:
    'Checks that each CloudTrail trail encrypts its log files with SSE-KMS (a kmsKeyId is set) and, when kmsKeyArns is given, with one of those keys.',
  severity: 'MEDIUM',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  triggers: ['change'],
  parameters: {
    kmsKeyArns: param.stringList({
      description: 'Comma-separated KMS key ARNs (arn:aws:kms:<region>:<account>:key/<key id>) the trail may use; any key when unset.',
      pattern: KMS_KEY_ARN,
    }),
  },
  permissions: [],
  evaluate(item, { kmsKeyArns }) {
    const trail = item.resourceName ?? item.resourceId;
    const recorded = configurationOf(item)['kmsKeyId'];
    // Config leaves kmsKeyId out (or null) for a trail with only the default SSE-S3 encryption.
    const keyId = recorded === undefined || recorded === null ? '' : requireString(item, recorded, 'configuration.kmsKeyId');
    if (keyId.trim() === '') return nonCompliant(`Trail ${trail} is not encrypted with SSE-KMS (no kmsKeyId).`);
    if (kmsKeyArns === undefined) return compliant(`Encrypted with ${keyId}.`);
    // CloudTrail records the full key ARN; the parameter holds canonical ARNs, so exact comparison is right.
    return kmsKeyArns.includes(keyId)
      ? compliant(`Encrypted with allowed key ${keyId}.`)
      : nonCompliant(`Trail ${trail} is encrypted with ${keyId}, which is not in kmsKeyArns.`);
  },
});
