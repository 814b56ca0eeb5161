import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import type { ByteInput, ScanInput, ScanSource } from '../source';
import type { AwsSession } from './aws-session';
import { selectDeliveryObjects, type ListedObject } from './delivery-keys';
import { parseS3Url } from './s3-url';
import { sourceFailure } from './source-failure';

export interface BucketSourceOptions {
  readonly session: AwsSession;
  /** `s3://bucket/prefix`. */
  readonly url: string;
  readonly regions?: readonly string[];
}

async function listObjects(s3: S3Client, bucket: string, prefix: string): Promise<ListedObject[]> {
  const objects: ListedObject[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token === undefined ? {} : { ContinuationToken: token }) }));
    for (const object of page.Contents ?? []) {
      if (object.Key !== undefined) objects.push({ key: object.Key, ...(object.Size === undefined ? {} : { size: object.Size }) });
    }
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return objects;
}

/**
 * Config's delivery bucket as a scan source: lists the prefix (every page), picks the objects to read
 * (delivery-keys.ts: the latest snapshot per account and Region, or every object of a history folder or
 * the one object named), and hands each over as a byte stream read straight from GetObject: the scanner
 * gunzips as bytes arrive, nothing goes to disk. A listing that fails is one InputFailure (every rule,
 * exit 2); an object that fails to open is one failure for that object.
 */
export function bucketSource(options: BucketSourceOptions): ScanSource {
  const { bucket, prefix } = parseS3Url(options.url);
  const s3 = options.session.client(S3Client, options.session.region);
  return {
    name: options.url,
    inputs: async function* (): AsyncIterable<ScanInput> {
      let objects: ListedObject[];
      try {
        objects = await listObjects(s3, bucket, prefix);
      } catch (error) {
        yield sourceFailure(options.url, {}, error);
        return;
      }
      for (const object of selectDeliveryObjects(prefix, objects, options.regions)) {
        const input: ByteInput = {
          kind: 'bytes',
          name: `s3://${bucket}/${object.key}`,
          ...(object.size === undefined ? {} : { size: object.size }),
          jsonLines: /\.(jsonl|ndjson)(\.gz)?$/.test(object.key),
          open: async () => {
            const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: object.key }));
            if (response.Body === undefined) throw new Error(`GetObject returned no body for s3://${bucket}/${object.key}`);
            return response.Body as Readable & AsyncIterable<Uint8Array>;
          },
        };
        yield input;
      }
    },
  };
}
