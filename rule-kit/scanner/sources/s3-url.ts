import { RuleKitError } from '../../errors';

export interface S3Location {
  readonly bucket: string;
  readonly prefix: string;
}

export class InvalidS3UrlError extends RuleKitError {
  readonly name = 'InvalidS3UrlError';
  readonly code = 'InvalidS3Url';
  constructor(readonly url: string) {
    super(`${JSON.stringify(url)} is not an s3://bucket/prefix URL`);
  }
}

export function isS3Url(text: string): boolean {
  return text.startsWith('s3://');
}

/** `s3://bucket/prefix` as bucket and key prefix (possibly empty); bucket names per S3's naming rules. */
export function parseS3Url(url: string): S3Location {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  if (match === null) throw new InvalidS3UrlError(url);
  return { bucket: match[1] ?? '', prefix: match[2] ?? '' };
}
