import { compliant, configurationOf, defineRule, nonCompliant, requireBoolean } from '../../rule-kit';

/** CloudTrail log file integrity validation: without digests, edited or deleted log files go unnoticed. */
export const rule = defineRule({
  id: 'cloudtrail-log-file-validation',
  description: 'Checks that each CloudTrail trail has log file validation enabled, so tampering with delivered log files can be detected.',
  severity: 'LOW',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  triggers: ['change'],
  parameters: {},
  permissions: [],
  evaluate(item) {
    // A missing or non-boolean flag throws MalformedConfigurationItemError: NON_COMPLIANT "Cannot evaluate".
    const enabled = requireBoolean(item, configurationOf(item)['logFileValidationEnabled'], 'configuration.logFileValidationEnabled');
    return enabled
      ? compliant('Log file validation is enabled.')
      : nonCompliant(`Log file validation is disabled on trail ${item.resourceName ?? item.resourceId}.`);
  },
});
