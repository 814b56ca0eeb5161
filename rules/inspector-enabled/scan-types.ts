/** The scan types Inspector reports per account, as `resourceState` keys of BatchGetAccountStatus. */
export type ScanType = 'ec2' | 'ecr' | 'lambda' | 'lambdaCode';

export const SCAN_TYPES: readonly ScanType[] = ['ec2', 'ecr', 'lambda', 'lambdaCode'];

export const SCAN_TYPE_LABEL: Readonly<Record<ScanType, string>> = {
  ec2: 'EC2',
  ecr: 'ECR',
  lambda: 'Lambda standard',
  lambdaCode: 'Lambda code',
};
