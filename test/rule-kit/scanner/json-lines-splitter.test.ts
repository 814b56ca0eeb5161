import { JsonLinesSplitter } from '../../../rule-kit/scanner/json-lines-splitter';
import { cutValues, everySplit } from './cut-values';

describe('JsonLinesSplitter', () => {
  const lines = [{ a: 'x\ny' }, { b: '日本 🚀' }, { c: [1, { d: '\\' }] }];
  const text = `\uFEFF${JSON.stringify(lines[0])}\r\n\n${JSON.stringify(lines[1])}\n   \n${JSON.stringify(lines[2])}`;

  it('cuts lines at every chunk boundary, skipping blank lines and a BOM, keeping 1-based line numbers', () => {
    for (const chunks of everySplit(text)) {
      const out = cutValues(new JsonLinesSplitter(), chunks);
      expect(out.map((line) => line.position)).toEqual([{ line: 1 }, { line: 3 }, { line: 5 }]);
      expect(out.map((line) => JSON.parse(line.text))).toEqual(lines);
    }
  });
});
