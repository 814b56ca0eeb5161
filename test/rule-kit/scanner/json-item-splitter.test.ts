import fc from 'fast-check';
import { JsonItemSplitter } from '../../../rule-kit/scanner/json-item-splitter';
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

describe('JsonItemSplitter, wherever the input is cut', () => {
  /** Items whose nested objects start with the items' own first key, and strings that look like item boundaries. */
  const itemArbitrary = fc.record({
    relatedEvents: fc.constant([]),
    resourceId: fc.string({ maxLength: 12 }),
    nested: fc.array(
      fc.oneof(
        fc.record({ relatedEvents: fc.array(fc.integer(), { maxLength: 2 }) }),
        fc.record({ other: fc.constantFrom('},{"relatedEvents"', ',{"relatedEvents":[]}', 'x', '\\"]}') }),
      ),
      { maxLength: 4 },
    ),
  });

  it('returns exactly the items of the list, in order and numbered, compact or pretty', () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { minLength: 0, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        (items, sizes, pretty) => {
          const bytes = Buffer.from(pretty ? JSON.stringify({ configurationItems: items }, null, 1) : JSON.stringify({ configurationItems: items }));
          const chunks: Buffer[] = [];
          for (let at = 0, n = 0; at < bytes.length; n += 1) {
            const size = sizes[n % sizes.length] ?? 1;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          const out = split(chunks);
          expect(out.map((value) => JSON.parse(value.text) as unknown)).toEqual(items);
          expect(out.map((value) => value.position)).toEqual(items.map((_, index) => ({ index })));
        },
      ),
      { numRuns: 300 },
    );
  });
});
