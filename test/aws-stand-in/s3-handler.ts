import type { FakeCloud } from './fake-cloud';
import { AwsFault } from './protocol';
import type { ServiceHandler, StandInRequest } from './stand-in';
import { xmlElements, type XmlElements } from './xml';

const LIST_MAX = 1000;
const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** Path-style `/bucket/key` (the SDK uses path style for an IP endpoint). */
function target(request: StandInRequest): { readonly bucket: string; readonly key: string } {
  const [, bucket = '', ...rest] = request.path.split('/');
  return { bucket: decodeURIComponent(bucket), key: rest.map(decodeURIComponent).join('/') };
}

/**
 * S3 (restXml): ListObjectsV2 with continuation tokens and GetObject with the stored bytes (gzip stays
 * gzip: Config delivers `.json.gz` objects, not Content-Encoding). IAM actions: s3:ListBucket, s3:GetObject.
 */
export function s3Handler(cloud: FakeCloud): ServiceHandler {
  return {
    service: 's3',
    protocol: 'rest-xml',
    operation: (request) => {
      const { key } = target(request);
      if (request.method === 'GET' && key === '' && request.query.get('list-type') === '2') return 'ListObjectsV2';
      if (request.method === 'GET' && key !== '') return 'GetObject';
      if (request.method === 'HEAD' && key !== '') return 'HeadObject';
      return 'Unknown';
    },
    action: (operation) => (operation === 'ListObjectsV2' ? 's3:ListBucket' : operation === 'HeadObject' ? 's3:GetObject' : `s3:${operation}`),
    handle: (call) => {
      const { bucket: name, key } = target(call.request);
      const bucket = cloud.buckets.get(name);
      if (bucket === undefined) throw new AwsFault('NoSuchBucket', 'The specified bucket does not exist', 404);
      switch (call.operation) {
        case 'ListObjectsV2': {
          const query = call.request.query;
          const prefix = query.get('prefix') ?? '';
          const keys = [...bucket.keys()].filter((k) => k.startsWith(prefix)).sort();
          const after = query.get('continuation-token') ?? query.get('start-after') ?? '';
          const max = Math.min(Number(query.get('max-keys') ?? LIST_MAX) || LIST_MAX, LIST_MAX);
          const rest = keys.filter((k) => k > after);
          const shown = rest.slice(0, max);
          const truncated = rest.length > shown.length;
          const contents = shown
            .map((k) => {
              const object = bucket.get(k);
              const entry: XmlElements = { Key: k, LastModified: object?.lastModified, ETag: '"stand-in"', Size: object?.body.length ?? 0, StorageClass: 'STANDARD' };
              return `<Contents>${xmlElements(entry)}</Contents>`;
            })
            .join('');
          const head = xmlElements({ Name: name, Prefix: prefix, KeyCount: shown.length, MaxKeys: max, IsTruncated: truncated });
          const next = truncated ? xmlElements({ NextContinuationToken: shown[shown.length - 1] }) : '';
          return {
            raw: {
              status: 200,
              headers: { 'content-type': 'application/xml' },
              body: `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="${NS}">${head}${contents}${next}</ListBucketResult>`,
            },
          };
        }
        case 'GetObject':
        case 'HeadObject': {
          const object = bucket.get(key);
          if (object === undefined) throw new AwsFault('NoSuchKey', 'The specified key does not exist.', 404);
          return {
            raw: {
              status: 200,
              headers: { 'content-type': 'application/octet-stream', 'last-modified': object.lastModified.toUTCString(), etag: '"stand-in"' },
              body: call.operation === 'HeadObject' ? '' : object.body,
            },
          };
        }
        default:
          throw new AwsFault('NotImplemented', `the stand-in does not implement s3 ${call.request.method} ${call.request.path}`, 501);
      }
    },
  };
}
