import { compliant, defineRule, param, type RuleDefinition } from '../../rule-kit';

/**
 * A small registry covering every shape the generators handle, whatever the real registry holds:
 * change / periodic / both triggers, collector or not, related resources, parameters with and without
 * defaults (one required), extra permissions, default and custom timeouts, and one rule with a runbook.
 */
export const fakeRules: readonly RuleDefinition[] = [
  defineRule({
    id: 'fake-change',
    description: 'A change-triggered fake rule with parameters of every kind.',
    resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::Instance'],
    triggers: ['change'],
    parameters: {
      ports: param.portRangeList({ description: 'Ports.', default: [{ from: 22, to: 22 }, { from: 1020, to: 1025 }] }),
      enabled: param.boolean({ description: 'Flag.', default: true }),
      label: param.string({ description: 'Optional label with no default.' }),
      owner: param.string({ description: 'A required owner.', required: true }),
    },
    permissions: [],
    evaluate: () => compliant(),
  }),
  defineRule({
    id: 'fake-collected',
    description: 'A periodic fake rule with a collector and extra permissions.',
    resourceTypes: ['AWS::EC2::Snapshot'],
    triggers: ['periodic'],
    parameters: { maxAge: param.integer({ description: 'Days.', default: 90 }) },
    collector: async function* () {
      // Collects nothing: the generator only reads the metadata.
    },
    permissions: ['ec2:DescribeSnapshots', 'ec2:DescribeSnapshotAttribute'],
    timeoutSeconds: 300,
    evaluate: () => compliant(),
  }),
  defineRule({
    id: 'fake-both',
    description: 'A fake rule triggered by changes and on a schedule, reading a related resource.',
    resourceTypes: ['AWS::S3::Bucket'],
    triggers: ['change', 'periodic'],
    parameters: {},
    related: { account: { resourceType: 'AWS::S3::AccountPublicAccessBlock', resourceId: (item) => item.awsAccountId } },
    permissions: [],
    evaluate: () => compliant(),
  }),
  defineRule({
    id: 'fake-related-periodic',
    description: 'A periodic fake rule without a collector that reads a related resource.',
    resourceTypes: ['AWS::IAM::User'],
    triggers: ['periodic'],
    parameters: {},
    related: { account: { resourceType: 'AWS::IAM::Policy', resourceId: (item) => item.resourceId } },
    permissions: [],
    evaluate: () => compliant(),
  }),
  defineRule({
    // Borrows an id with a runbook so the remediation path is covered.
    id: 'cloudtrail-log-file-validation',
    description: 'A fake stand-in for a rule with an AWS-owned remediation runbook.',
    resourceTypes: ['AWS::CloudTrail::Trail'],
    triggers: ['change'],
    parameters: {},
    permissions: [],
    evaluate: () => compliant(),
  }),
];
