/**
 * How each generated template reaches AWS, and the size that way allows. Sources: the CloudFormation
 * quotas (template body in a request 51,200 bytes; in an S3 object 1 MB, as the console's "Selecting a
 * stack template" page and the current quota table give it), the AWS CLI `cloudformation deploy`
 * reference (`--s3-bucket` is required above 51,200 bytes), PutConformancePack and
 * PutOrganizationConformancePack (TemplateBody 1 to 51,200 bytes; TemplateS3Uri at most 300 KB).
 */
export type TemplateDelivery =
  /** `--template-body file://…`, or `aws cloudformation deploy` without `--s3-bucket`. */
  | 'cloudformation-body'
  /** `aws cloudformation deploy --s3-bucket`, `--template-url`, a StackSet's `TemplateURL`. */
  | 'cloudformation-s3'
  /** `put-conformance-pack` / `put-organization-conformance-pack --template-body`. */
  | 'conformance-pack-body';

export const DELIVERY_LIMIT_BYTES: Readonly<Record<TemplateDelivery, number>> = {
  'cloudformation-body': 51_200,
  'cloudformation-s3': 1_000_000,
  'conformance-pack-body': 51_200,
};

/**
 * What `aws cloudformation package` adds per Lambda function when it rewrites `Code: ../dist/<id>.zip`
 * into `S3Bucket` (at most 63 characters) and `S3Key` (the prefix, at most 200 characters here, and a
 * 32-digit MD5): reserved so the *packaged* template still fits.
 */
export const PACKAGE_GROWTH_PER_FUNCTION = 400;

/** A generated template would be refused by the way the docs deploy it. */
export class TemplateSizeError extends Error {
  override readonly name = 'TemplateSizeError';
  constructor(
    readonly path: string,
    readonly bytes: number,
    readonly limit: number,
    readonly delivery: TemplateDelivery,
  ) {
    super(
      `${path} is ${bytes.toLocaleString('en-US')} bytes; deployed as ${delivery} it may have at most ${limit.toLocaleString('en-US')}. ` +
        'Shrink it or deploy it through S3 (and change templates/README.md and the delivery in templates/generate/generate-files.ts together).',
    );
  }
}

/** The bytes a template may have, given how it is deployed and what packaging will add to it. */
export function sizeBudget(delivery: TemplateDelivery, packagedFunctions = 0): number {
  return DELIVERY_LIMIT_BYTES[delivery] - packagedFunctions * PACKAGE_GROWTH_PER_FUNCTION;
}

/** Throws TemplateSizeError when `content` is over its budget: run at generation, before anything is released. */
export function checkTemplateSize(path: string, content: string, delivery: TemplateDelivery, packagedFunctions = 0): void {
  const bytes = Buffer.byteLength(content, 'utf8');
  const limit = sizeBudget(delivery, packagedFunctions);
  if (bytes > limit) throw new TemplateSizeError(path, bytes, limit, delivery);
}
