import { normaliseItem } from '../../../rule-kit/testing';
import { LatestItems } from '../../../rule-kit/scanner/latest-items';
import { item } from './test-rules';

describe('LatestItems', () => {
  const at = (time: string, id = 'thing'): ReturnType<typeof normaliseItem> =>
    normaliseItem(item({ resourceId: id, configurationItemCaptureTime: time }));

  it('keeps the latest capture of a resource, the later in input on a tie', () => {
    const latest = new LatestItems();
    expect(latest.offer(at('2026-03-02T06:00:00.000Z'), 0)).toEqual({ kind: 'first' });
    expect(latest.offer(at('2026-03-02T05:00:00.000Z'), 1)).toEqual({ kind: 'older' });
    expect(latest.offer(at('2026-03-02T06:00:00.000Z'), 2)).toEqual({ kind: 'newer', superseded: 0 });
    expect(latest.offer(at('2026-03-02T06:00:00.001Z'), 3)).toEqual({ kind: 'newer', superseded: 2 });
    expect(latest.offer(at('2026-03-02T06:00:00.000Z', 'other'), 4)).toEqual({ kind: 'first' });
    expect(latest.isLatest(at('2026-03-02T06:00:00.001Z'), 3)).toBe(true);
    expect(latest.isLatest(at('2026-03-02T06:00:00.000Z'), 2)).toBe(false);
  });
});
