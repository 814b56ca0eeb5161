import fc from 'fast-check';
import { fieldIgnoringCase } from '../../../rules/s3-bucket-public-access/field-ignoring-case';

/** The definition: an exact match, else the first key whose lower case equals the name's. */
function byDefinition(record: Record<string, unknown>, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(record, name)) return record[name];
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : record[key];
}

const NAMES = ['grantList', 'grantSet', 'uri', 'identifier', 'id', 'emailAddress', 'permission', 'BucketPolicy', 'Effect'];

describe('fieldIgnoringCase', () => {
  it('prefers the exact spelling, then any case', () => {
    expect(fieldIgnoringCase({ Effect: 'Allow', effect: 'Deny' }, 'effect')).toBe('Deny');
    expect(fieldIgnoringCase({ EFFECT: 'Allow' }, 'effect')).toBe('Allow');
    expect(fieldIgnoringCase({ effects: 'Allow' }, 'effect')).toBeUndefined();
  });

  it('folds keys of other scripts as toLowerCase does (the Kelvin sign is a k; U+0130 is never an i)', () => {
    expect(fieldIgnoringCase({ '\u212Aey': 1 }, 'key')).toBe(1);
    expect(fieldIgnoringCase({ '\u0130d': 1 }, 'id')).toBeUndefined();
  });

  it('reads what the definition reads, for any keys and the names the rule asks for', () => {
    // Keys of any UTF-16 text, including case-folding oddities, next to spellings of the names.
    const oddities = fc.constantFrom('\u0130', '\u212A', '\u00DF', '\u1E9E', '\uFB00', '\u03A3', 'I', 'K');
    const key = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 14 }),
      fc.constantFrom(...NAMES).map((name) => name.toUpperCase()),
      fc.tuple(fc.constantFrom(...NAMES), oddities, fc.nat()).map(([name, odd, at]) => {
        const index = at % (name.length + 1);
        return name.slice(0, index) + odd + name.slice(index + 1);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(key, fc.integer(), { maxKeys: 8 }), fc.constantFrom(...NAMES), (record, name) => {
        expect(fieldIgnoringCase(record, name)).toBe(byDefinition(record, name));
      }),
      { numRuns: 2000 },
    );
  });
});
