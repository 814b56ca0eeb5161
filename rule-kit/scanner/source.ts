/**
 * What the scanner reads: the seam between where configuration items come from (local files, the Config
 * delivery bucket, a live account through the Config API and the collectors) and the stages that split,
 * normalise, keep the latest item of each resource, evaluate and report. A source never decides a verdict;
 * it hands over bytes or items, and says plainly what it could not read.
 */

/** Where in AWS an input or a failure belongs; absent parts are unknown or not applicable (local files). */
export interface SourcePlace {
  readonly account?: string;
  readonly region?: string;
}

/**
 * A named stream of bytes in any form Config writes: a snapshot or history file, an API answer, an array,
 * one item, or JSON Lines; gzip is recognised by its magic bytes, never by the name.
 */
export interface ByteInput extends SourcePlace {
  readonly kind: 'bytes';
  /** Shown in errors, progress and the report's `files`: a path or an `s3://bucket/key` URL. */
  readonly name: string;
  /** Bytes as stored (compressed if gzip), when known before reading: a file's size, an object's Content-Length. */
  readonly size?: number;
  /** The input holds JSON Lines rather than one JSON document (`.jsonl`, `.ndjson`, with or without `.gz`). */
  readonly jsonLines: boolean;
  /** Opens the bytes from the start; may be called again (a second read of the same input). */
  open(): Promise<AsyncIterable<Uint8Array>>;
}

/** Items already parsed: the Config API's answers and the collectors' output, in API or notification shape. */
export interface ItemInput extends SourcePlace {
  readonly kind: 'items';
  /** Shown in errors and the report's `files`, e.g. `live:123456789012/eu-west-1/config`. */
  readonly name: string;
  items(): AsyncIterable<unknown>;
}

/**
 * Something a source could not read: an account or Region denied, a role that cannot be assumed, an object
 * that is not gzip, a collector that failed. The scan goes on with the rest, lists the failure in `errors`,
 * reports the rules it concerns as not evaluated (there), and exits 2.
 */
export interface InputFailure extends SourcePlace {
  readonly kind: 'failure';
  /** What could not be read: a path, an `s3://` URL, or `live:<account>/<region>/<what>`. */
  readonly name: string;
  /** The AWS error code (`AccessDeniedException`) or the error class for local failures. */
  readonly code: string;
  /** The IAM action that was denied, when the failure is a denial. */
  readonly action?: string;
  readonly message: string;
  /** The rules the failure leaves unevaluated; absent means every selected rule with this input's types. */
  readonly ruleIds?: readonly string[];
}

export type ScanInput = ByteInput | ItemInput | InputFailure;

/** Where a scan's inputs come from; inputs are read in the order they are yielded. */
export interface ScanSource {
  /** For progress and messages: `files`, `s3://bucket/prefix`, `live`. */
  readonly name: string;
  inputs(): AsyncIterable<ScanInput>;
}
