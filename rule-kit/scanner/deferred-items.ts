import { join } from 'node:path';
import type { ItemPosition } from './item-position';
import type { ItemKey } from './latest-items';
import { SpoolFile } from './spool-file';

/** An item waiting for the end of the input: where it came from, its key, and the rules (by index) that wait. */
export interface DeferredMeta {
  readonly seq: number;
  readonly file: number;
  readonly position: ItemPosition;
  readonly key: ItemKey;
  readonly rules: readonly number[];
}

/** Waiting items read back, with their JSON texts (not parsed: whichever thread evaluates them does). */
export interface DeferredBatch {
  readonly metas: readonly DeferredMeta[];
  readonly texts: readonly string[];
}

/** Items read back per batch. */
const BATCH_ITEMS = 256;

interface Held {
  readonly meta: DeferredMeta;
  readonly json: Buffer;
}

/**
 * Items waiting for the end of the input. Held as compact JSON bytes up to a memory budget, then
 * spilled to a temporary file, so an input whose related resource comes last (or never) cannot grow
 * memory without bound. Read back in the order they were deferred.
 */
export class DeferredItems {
  private readonly held: Held[] = [];
  private heldBytes = 0;
  private spill: SpoolFile | undefined;
  count = 0;

  constructor(
    private readonly dir: () => string,
    private readonly budgetBytes: number,
  ) {}

  /**
   * `json` is the item as read (its bytes, re-parsed and re-normalised when drained, which gives the
   * same item), or the normalised item serialised. It is copied.
   */
  add(meta: DeferredMeta, json: Uint8Array | string): void {
    this.count += 1;
    if (this.spill === undefined && this.heldBytes + json.length <= this.budgetBytes) {
      // Two calls for Buffer.from's two overloads (text, or bytes to copy).
      const bytes = typeof json === 'string' ? Buffer.from(json, 'utf8') : Buffer.from(json);
      this.held.push({ meta, json: bytes });
      this.heldBytes += bytes.length;
      return;
    }
    this.spill ??= new SpoolFile(join(this.dir(), 'deferred.jsonl'));
    const text = typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8');
    // Raw newlines can only be whitespace between JSON tokens (strings escape them): safe to flatten.
    const line = text.includes('\n') || text.includes('\r') ? text.replace(/[\r\n]/g, ' ') : text;
    this.spill.append(`${JSON.stringify(meta)}\t${line}`);
  }

  get spilled(): number {
    return this.spill?.lines ?? 0;
  }

  /** The items in the order they were added, in batches; each is read back once. */
  *drain(): Generator<DeferredBatch> {
    let metas: DeferredMeta[] = [];
    let texts: string[] = [];
    const take = (meta: DeferredMeta, text: string): DeferredBatch | undefined => {
      metas.push(meta);
      texts.push(text);
      if (metas.length < BATCH_ITEMS) return undefined;
      const batch = { metas, texts };
      metas = [];
      texts = [];
      return batch;
    };
    for (const { meta, json } of this.held.splice(0)) {
      const batch = take(meta, json.toString('utf8'));
      if (batch !== undefined) yield batch;
    }
    this.heldBytes = 0;
    if (this.spill !== undefined) {
      this.spill.close();
      for (const line of this.spill.readLines()) {
        const tab = line.indexOf('\t');
        const batch = take(JSON.parse(line.slice(0, tab)) as DeferredMeta, line.slice(tab + 1));
        if (batch !== undefined) yield batch;
      }
    }
    if (metas.length > 0) yield { metas, texts };
  }
}
