import { ACCOUNT_RESOURCE_TYPE, defineRule, InvalidParameterError, lazyCollector, param } from '../../rule-kit';
import { INSPECTOR_PERMISSIONS } from './permissions';
import { inspectorVerdict } from './inspector-verdict';
import { readInspector } from './read-inspector';
import { SCAN_TYPES, SCAN_TYPE_LABEL } from './scan-types';

const scanParam = (type: keyof typeof SCAN_TYPE_LABEL, byDefault: boolean) =>
  param.boolean({ description: `Require Amazon Inspector ${SCAN_TYPE_LABEL[type]} scanning (default ${String(byDefault)}).`, default: byDefault });

/** Without Inspector, known-vulnerable packages on instances, images and functions go unreported. */
export const rule = defineRule({
  id: 'inspector-enabled',
  description:
    'Checks that Amazon Inspector scans the required resource types in the Region (EC2, ECR and Lambda standard by default; Lambda code optional): each type ENABLED, not suspended, disabling or in error.',
  resourceTypes: [ACCOUNT_RESOURCE_TYPE],
  triggers: ['periodic'],
  parameters: {
    ec2: scanParam('ec2', true),
    ecr: scanParam('ecr', true),
    lambda: scanParam('lambda', true),
    lambdaCode: scanParam('lambdaCode', false),
  },
  checkParameters(params) {
    if (!SCAN_TYPES.some((type) => params[type])) {
      throw new InvalidParameterError('ec2', false, 'ec2, ecr, lambda and lambdaCode are all false, so the rule would check nothing');
    }
  },
  collector: lazyCollector(async () => (await import('./collector')).collectInspectorStatus),
  permissions: [...INSPECTOR_PERMISSIONS],
  // One BatchGetAccountStatus call.
  timeoutSeconds: 30,
  // As Security Hub rates Inspector.1-4; the other issue-14 rules keep the default MEDIUM, as ELB.5, RDS.9 and Route53.2 are.
  severity: 'HIGH',
  evaluate(item, params) {
    return inspectorVerdict(
      item.awsRegion,
      readInspector(item),
      SCAN_TYPES.filter((type) => params[type]),
    );
  },
});
