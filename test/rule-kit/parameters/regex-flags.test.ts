import { param } from '../../../rule-kit';

describe('parameter patterns with the g or y flag', () => {
  it('give the same answer on every call (no remembered lastIndex)', () => {
    const single = param.string({ description: 'x', pattern: /^a/g });
    const list = param.stringList({ description: 'x', pattern: /^sg-/gy });
    for (let call = 0; call < 3; call += 1) {
      expect(single.parse('abc', 'p')).toBe('abc');
      expect(list.parse('sg-1,sg-2', 'p')).toEqual(['sg-1', 'sg-2']);
    }
  });
});
