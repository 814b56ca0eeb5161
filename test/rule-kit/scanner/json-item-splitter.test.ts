import { JsonItemSplitter, type RawElement } from '../../../rule-kit/scanner/json-item-splitter';
import { JsonSyntaxError } from '../../../rule-kit/scanner/scan-errors';

function split(chunks: readonly string[]): RawElement[] {
  const splitter = new JsonItemSplitter();
  const out = chunks.flatMap((chunk) => splitter.push(chunk));
  splitter.end();
  return out;
}

/** Every way of cutting `text` into two chunks, plus one chunk per character. */
function everySplit(text: string): string[][] {
  const ways: string[][] = [[text], [...text]];
  for (let cut = 1; cut < text.length; cut += 1) ways.push([text.slice(0, cut), text.slice(cut)]);
  return ways;
}

const items = [
  { resourceId: 'sg-1', configuration: { ipPermissions: [{ ipRanges: ['0.0.0.0/0'], fromPort: 22 }], nested: [[1, [2]], {}] } },
  { resourceId: 'quote"and\\backslash\\', note: 'brace } bracket ] comma , in a string', esc: '\\"' },
  { resourceId: 'unicode é 日本 🚀', empty: {}, list: [], tail: '\\\\' },
];

describe('JsonItemSplitter', () => {
  const snapshot = JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'abc', configurationItems: items }, null, 1);

  it('cuts each item of a snapshot file at every chunk boundary, escapes and nesting included', () => {
    for (const chunks of everySplit(snapshot)) {
      const out = split(chunks);
      expect(out.map((element) => element.kind)).toEqual(['item', 'item', 'item']);
      expect(out.map((element) => element.index)).toEqual([0, 1, 2]);
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
      expect(out[0]?.kind).toBe('document');
      expect(JSON.parse(out[0]?.text ?? '')).toEqual(wrapper);
    }
  });

  it('numbers concatenated top-level documents (JSON Lines in a .json file)', () => {
    const text = `\uFEFF${JSON.stringify(items[0])}\n${JSON.stringify(items[1])}\n\n${JSON.stringify(items[2])}\n`;
    for (const chunks of everySplit(text)) {
      const out = split(chunks);
      expect(out.map((element) => [element.kind, element.index])).toEqual([
        ['document', 0],
        ['document', 1],
        ['document', 2],
      ]);
      expect(out.map((element) => JSON.parse(element.text))).toEqual(items);
    }
  });

  it('handles an empty item list and a list of scalars', () => {
    expect(split(['{"configurationItems": [ ]}'])).toEqual([]);
    expect(split(['[1, "a", null]']).map((element) => element.text.trim())).toEqual(['1', '"a"', 'null']);
  });

  it.each([
    ['not JSON at all', 'hello world', /expected "\{" or "\["/],
    ['an empty file', '  \n', /empty/],
    ['a truncated file', '{"configurationItems": [{"a": 1}', /unexpected end of input/],
    ['an unterminated string', '[{"a": "b}]', /unexpected end of input/],
    ['an empty element', '[{"a":1},,{"b":2}]', /empty element/],
    ['an extra closing bracket', '[1]]', /expected/],
  ])('rejects %s with a JsonSyntaxError', (_name, text, message) => {
    expect(() => split([text])).toThrow(JsonSyntaxError);
    expect(() => split([text])).toThrow(message);
  });

  it('reports the character offset of a syntax error across chunks', () => {
    const splitter = new JsonItemSplitter();
    splitter.push('[1] ');
    try {
      splitter.push(' x');
      throw new Error('expected a syntax error');
    } catch (error) {
      expect(error).toBeInstanceOf(JsonSyntaxError);
      expect((error as JsonSyntaxError).offset).toBe(5);
    }
  });
});
