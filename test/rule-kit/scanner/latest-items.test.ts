import fc from 'fast-check';
import { normaliseItem } from '../../../rule-kit/testing';
import { captureMillis, LatestItems } from '../../../rule-kit/scanner/latest-items';
import { item } from './test-rules';

describe('captureMillis', () => {
  it('equals Date.parse for every toISOString text', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (date) => {
        expect(captureMillis(date.toISOString())).toBe(Date.parse(date.toISOString()));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['2026-03-02T07:00:00+01:00', '2026-03-02T06:00:00.000+0100', '0050-06-01T00:00:00.000Z', 'not a time'])('equals Date.parse for %s', (text) => {
    expect(captureMillis(text)).toEqual(Date.parse(text));
  });
});

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
