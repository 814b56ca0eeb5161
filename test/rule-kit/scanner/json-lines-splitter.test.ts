import { JsonLinesSplitter } from '../../../rule-kit/scanner/json-lines-splitter';

describe('JsonLinesSplitter', () => {
  const lines = [{ a: 'x\ny' }, { b: '日本 🚀' }, { c: [1, { d: '\\' }] }];
  const text = `\uFEFF${JSON.stringify(lines[0])}\r\n\n${JSON.stringify(lines[1])}\n   \n${JSON.stringify(lines[2])}`;

  it('cuts lines at every chunk boundary, skipping blank lines and keeping 1-based line numbers', () => {
    for (let cut = 0; cut <= text.length; cut += 1) {
      const splitter = new JsonLinesSplitter();
      const out = [...splitter.push(text.slice(0, cut)), ...splitter.push(text.slice(cut)), ...splitter.end()];
      expect(out.map((line) => line.line)).toEqual([1, 3, 5]);
      expect(out.map((line) => JSON.parse(line.text))).toEqual(lines);
    }
  });
});
