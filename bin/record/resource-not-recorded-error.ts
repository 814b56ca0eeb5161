/** Config holds no configuration item for the resource in that account and Region. */
export class ResourceNotRecordedError extends Error {
  override readonly name = 'ResourceNotRecordedError';
  constructor(
    readonly resourceType: string,
    readonly resourceId: string,
    readonly region: string,
  ) {
    super(`AWS Config has no configuration item for ${resourceType} ${resourceId} in ${region} (is it recorded there?)`);
  }
}
