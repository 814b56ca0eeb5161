/**
 * AWS-owned Systems Manager runbooks that fix what a rule reports, keyed by rule id. Each maps the
 * runbook's resource parameter to RESOURCE_ID: the Config resource id the rule reports, which is what
 * the runbook expects (a security group id `sg-...`; a trail name, which the runbook accepts as name or
 * ARN; a bucket name). Sources: the Systems Manager Automation runbook reference pages for each runbook.
 */
export interface Remediation {
  readonly runbook: string;
  /** The runbook parameter that receives the reported resource id. */
  readonly resourceParameter: string;
  readonly note: string;
}

export const REMEDIATIONS: Readonly<Record<string, Remediation>> = {
  'sg-open-ports': {
    runbook: 'AWS-DisablePublicAccessForSecurityGroup',
    resourceParameter: 'GroupId',
    note: 'Revokes SSH (22) and RDP (3389) ingress open to 0.0.0.0/0 and ::/0; other blocked ports stay open.',
  },
  'cloudtrail-log-file-validation': {
    runbook: 'AWSConfigRemediation-EnableCloudTrailLogFileValidation',
    resourceParameter: 'TrailName',
    note: 'Turns on log file validation for the trail.',
  },
  's3-bucket-public-access': {
    runbook: 'AWS-DisableS3BucketPublicReadWrite',
    resourceParameter: 'S3BucketName',
    note: "Turns on the bucket's S3 Block Public Access settings.",
  },
};
