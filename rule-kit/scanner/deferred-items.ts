import { join } from 'node:path';
import type { ConfigurationItem } from '../configuration-item';
import { normaliseItem } from '../items';
import type { ItemPosition } from './item-position';
import { SpoolFile } from './spool-file';

/** Where an item waiting for the end of the input came from, and the rules (by index) that wait. */
export interface DeferredMeta {
  readonly seq: number;
  readonly file: number;
  readonly position: ItemPosition;
  readonly rules: readonly number[];
}

/** An item whose rules need related resources: evaluated by `rules` once the input is complete. */
export interface DeferredItem extends DeferredMeta {
  readonly item: ConfigurationItem;
}

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
      const bytes = typeof json === 'string' ? Buffer.from(json) : Buffer.from(json);
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

  async *drain(): AsyncIterable<DeferredItem> {
    for (const { meta, json } of this.held.splice(0)) yield { ...meta, item: normaliseItem(JSON.parse(json.toString('utf8'))) };
    this.heldBytes = 0;
    if (this.spill === undefined) return;
    this.spill.close();
    for await (const line of this.spill.readLines()) {
      const tab = line.indexOf('\t');
      const meta = JSON.parse(line.slice(0, tab)) as DeferredMeta;
      yield { ...meta, item: normaliseItem(JSON.parse(line.slice(tab + 1))) };
    }
  }
}
