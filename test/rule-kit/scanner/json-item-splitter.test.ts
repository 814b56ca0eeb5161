import fc from 'fast-check';
import { VALUE_RUN, type ValueBlock, valueText } from '../../../rule-kit/scanner/value-block';
import { JsonItemSplitter } from '../../../rule-kit/scanner/json-item-splitter';
import { ValueCutter } from '../../../rule-kit/scanner/value-cutter';
import { JsonSyntaxError } from '../../../rule-kit/scanner/scan-errors';
import { cutValues, everySplit, type CutValue } from './cut-values';

function split(chunks: readonly Uint8Array[]): CutValue[] {
  return cutValues(new JsonItemSplitter(), chunks);
}

function splitText(text: string): CutValue[] {
  return split([Buffer.from(text)]);
}

const items = [
  { resourceId: 'sg-1', configuration: { ipPermissions: [{ ipRanges: ['0.0.0.0/0'], fromPort: 22 }], nested: [[1, [2]], {}] } },
  { resourceId: 'quote"and\\backslash\\', note: 'brace } bracket ] comma , in a string', esc: '\\"' },
  { resourceId: 'unicode é 日本 🚀', empty: {}, list: [], tail: '\\\\', long: `${'"\\'.repeat(40)}${'x'.repeat(70)}` },
];

describe('JsonItemSplitter', () => {
  const snapshot = JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'abc', configurationItems: items }, null, 1);

  it('cuts each item of a snapshot file at every chunk boundary, escapes and nesting included', () => {
    for (const chunks of everySplit(snapshot)) {
      const out = split(chunks);
      expect(out.map((element) => element.position)).toEqual([{ index: 0 }, { index: 1 }, { index: 2 }]);
      expect(out.map((element) => JSON.parse(element.text))).toEqual(items);
    }
  });

  it('cuts the elements of a top-level array, compact or pretty', () => {
    for (const text of [JSON.stringify(items), JSON.stringify(items, null, 2)]) {
      for (const chunks of everySplit(text)) {
        expect(split(chunks).map((element) => JSON.parse(element.text))).toEqual(items);
      }
    }
  });

  it('reads items of baseConfigurationItems and ignores other keys, whatever their position', () => {
    const text = JSON.stringify({ a: [{ x: 1 }], configurationItems: null, baseConfigurationItems: items, z: { configurationItems: [9] } });
    for (const chunks of everySplit(text)) {
      expect(split(chunks).map((element) => JSON.parse(element.text))).toEqual(items);
    }
  });

  it('returns a top-level object without an item list whole, as a document', () => {
    const wrapper = { _source: 'x', configurationItem: items[1], messageType: 'ConfigurationItemChangeNotification' };
    for (const chunks of everySplit(JSON.stringify(wrapper))) {
      const out = split(chunks);
      expect(out).toHaveLength(1);
      expect(out[0]?.position).toEqual({ document: 0 });
      expect(JSON.parse(out[0]?.text ?? '')).toEqual(wrapper);
    }
  });

  it('numbers concatenated top-level documents (JSON Lines in a .json file)', () => {
    const text = `\uFEFF${JSON.stringify(items[0])}\n${JSON.stringify(items[1])}\n\n${JSON.stringify(items[2])}\n`;
    for (const chunks of everySplit(text)) {
      const out = split(chunks);
      expect(out.map((element) => element.position)).toEqual([{ document: 0 }, { document: 1 }, { document: 2 }]);
      expect(out.map((element) => JSON.parse(element.text))).toEqual(items);
    }
  });

  it('handles an empty item list and a list of scalars', () => {
    expect(splitText('{"configurationItems": [ ]}')).toEqual([]);
    expect(splitText('[1, "a", null]').map((element) => element.text.trim())).toEqual(['1', '"a"', 'null']);
  });

  it.each([
    ['not JSON at all', 'hello world', /expected "\{" or "\["/],
    ['an empty file', '  \n', /empty/],
    ['a truncated file', '{"configurationItems": [{"a": 1}', /unexpected end of input/],
    ['an unterminated string', '[{"a": "b}]', /unexpected end of input/],
    ['an empty element', '[{"a":1},,{"b":2}]', /empty element/],
    ['an extra closing bracket', '[1]]', /expected/],
  ])('rejects %s with a JsonSyntaxError', (_name, text, message) => {
    expect(() => splitText(text)).toThrow(JsonSyntaxError);
    expect(() => splitText(text)).toThrow(message);
  });

  it('reports the byte offset of a syntax error across chunks', () => {
    try {
      split([Buffer.from('[1] '), Buffer.from(' x')]);
      throw new Error('expected a syntax error');
    } catch (error) {
      expect(error).toBeInstanceOf(JsonSyntaxError);
      expect((error as JsonSyntaxError).offset).toBe(5);
    }
  });

  it('keeps items larger than a block whole, and strings cut between blocks with their escapes', () => {
    // 300 KiB items outgrow the 256 KiB block; backslash runs land on every side of a read boundary.
    const big = [0, 1, 2].map((n) => ({ resourceId: `big-${n}`, note: `${'\\'.repeat(n)}${'é"\\x'.repeat(60_000)}` }));
    const text = JSON.stringify({ configurationItems: big });
    const bytes = Buffer.from(text);
    for (const size of [1 << 16, 65_537, 1 << 20]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      expect(split(chunks).map((element) => JSON.parse(element.text))).toEqual(big);
    }
  });
});

describe('JsonItemSplitter, runs cut at guessed boundaries', () => {
  /** Items whose nested objects may start with the items' own first key, so the learnt separator also occurs inside them. */
  const itemArbitrary = fc.record({
    relatedEvents: fc.constant([]),
    resourceId: fc.string({ maxLength: 12 }),
    nested: fc.array(
      fc.oneof(
        fc.record({ relatedEvents: fc.array(fc.integer(), { maxLength: 2 }) }),
        fc.record({ other: fc.constantFrom('},{"relatedEvents"', ',{"relatedEvents":[]}', 'x') }),
      ),
      { maxLength: 4 },
    ),
  });

  /** The values before the first run that does not parse (where the scan reads again exactly), and whether one failed. */
  function untilFirstFailure(blocks: readonly ValueBlock[]): { values: unknown[]; failed: boolean; runs: number } {
    const values: unknown[] = [];
    let runs = 0;
    for (const block of blocks) {
      for (let at = 0; at < block.count; at += 1) {
        if (block.kinds[at] !== VALUE_RUN) {
          values.push(JSON.parse(valueText(block, at)));
          continue;
        }
        runs += 1;
        try {
          values.push(...(JSON.parse(`[${valueText(block, at)}]`) as unknown[]));
        } catch {
          return { values, failed: true, runs };
        }
      }
    }
    return { values, failed: false, runs };
  }

  it('cuts runs once it has seen two elements, and each parses to exactly the items it spans', () => {
    const many = Array.from({ length: 400 }, (_, n) => ({ relatedEvents: [], resourceId: `r-${n}`, configuration: { n } }));
    const bytes = Buffer.from(JSON.stringify({ configurationItems: many }));
    const chunks: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += 1000) chunks.push(bytes.subarray(at, at + 1000));
    const runs = { count: 0 };
    const out = cutValues(new JsonItemSplitter(), chunks, runs);
    expect(runs.count).toBeGreaterThan(10);
    expect(out.map((value) => JSON.parse(value.text))).toEqual(many);
    expect(out.map((value) => value.position)).toEqual(many.map((_, index) => ({ index })));
  });

  it('never returns a run that parses to anything but the items it spans, wherever the input is cut', () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { minLength: 2, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        (items, sizes, pretty) => {
          const bytes = Buffer.from(pretty ? JSON.stringify(items, null, 1) : JSON.stringify(items));
          const chunks: Buffer[] = [];
          for (let at = 0, n = 0; at < bytes.length; n += 1) {
            const size = sizes[n % sizes.length] ?? 1;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          const cutter = new ValueCutter(new JsonItemSplitter());
          const blocks: ValueBlock[] = [];
          let syntaxError = false;
          try {
            for (const chunk of chunks) blocks.push(...cutter.push(chunk));
            for (let last = cutter.end(); last !== undefined; last = cutter.end()) blocks.push(last);
          } catch (error) {
            // Splitting exactly after a run cut inside an item starts inside that item: the scan reads
            // again from the failed run, so this may only happen after one.
            expect(error).toBeInstanceOf(JsonSyntaxError);
            syntaxError = true;
          }
          const { values, failed } = untilFirstFailure(blocks);
          // Before the first failed run, exactly the input's first items; without one, all of them.
          expect(values).toEqual(items.slice(0, values.length));
          if (!failed) {
            expect(syntaxError).toBe(false);
            expect(values).toHaveLength(items.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
