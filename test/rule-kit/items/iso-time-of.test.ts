import fc from 'fast-check';
import { InvalidConfigurationItemError } from '../../../rule-kit/items';
import { isoTimeOf } from '../../../rule-kit/items/item-fields';

/** What isoTimeOf returned for every string before its fast path: the Date round trip, or the error. */
function throughDate(text: string): string | 'invalid' {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return 'invalid';
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? 'invalid' : date.toISOString();
}

function actual(text: string): string | 'invalid' {
  try {
    return isoTimeOf(text, 'configurationItemCaptureTime') ?? 'absent';
  } catch (error) {
    if (error instanceof InvalidConfigurationItemError) return 'invalid';
    throw error;
  }
}

const digits = (count: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count }).map((ds) => ds.join(''));

/** Strings of the toISOString shape with any digits: impossible dates, hour 24, second 60 included. */
const isoShaped = fc
  .tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), digits(3))
  .map(([y, mo, d, h, mi, s, ms]) => `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);

describe('isoTimeOf on strings', () => {
  it('returns canonical toISOString text unchanged', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (date) => {
        const text = date.toISOString();
        expect(actual(text)).toBe(text);
      }),
    );
  });

  it('gives the Date round trip for every string of that shape, valid or not', () => {
    fc.assert(fc.property(isoShaped, (text) => expect(actual(text)).toBe(throughDate(text))), { numRuns: 5000 });
  });

  it('gives the Date round trip for that shape with any one character changed', () => {
    const anyCharacter = fc.constantFrom('0', '9', '/', ':', '-', '.', 'T', 'Z', 't', 'z', ' ', '+', 'x', '\u0660');
    fc.assert(
      fc.property(isoShaped, fc.nat(23), anyCharacter, (text, at, character) => {
        const changed = `${text.slice(0, at)}${character}${text.slice(at + 1)}`;
        expect(actual(changed)).toBe(throughDate(changed));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2026-02-30T00:00:00.000Z', '2026-03-02T00:00:00.000Z'],
    ['2026-02-29T10:00:00.000Z', '2026-03-01T10:00:00.000Z'],
    ['2100-02-29T00:00:00.000Z', '2100-03-01T00:00:00.000Z'],
    ['2000-02-29T00:00:00.000Z', '2000-02-29T00:00:00.000Z'],
    ['2026-04-31T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
    ['2026-01-01T24:00:00.000Z', '2026-01-02T00:00:00.000Z'],
    ['2026-03-02T06:00:00Z', '2026-03-02T06:00:00.000Z'],
    ['2026-03-02T07:00:00.000+01:00', '2026-03-02T06:00:00.000Z'],
    ['2026-03-02T06:00:00.000z', '2026-03-02T06:00:00.000Z'],
  ])('normalises %s like Date does', (text, expected) => {
    expect(actual(text)).toBe(expected);
    expect(throughDate(text)).toBe(expected);
  });

  it.each(['2026-13-01T00:00:00.000Z', '2026-01-01T23:59:60.000Z', '2026-00-10T00:00:00.000Z', ' 2026-03-02T06:00:00.000Z!', 'yesterday'])(
    'rejects %s',
    (text) => {
      expect(actual(text)).toBe('invalid');
    },
  );
});
