import { ANNOTATION_MAX_LENGTH, TRUNCATION_MARKER, truncateAnnotation } from '../../../rule-kit/evaluations';
import fc from 'fast-check';

const EMOJI = '\u{1F512}'; // 🔒, two UTF-16 code units

describe('truncateAnnotation', () => {
  it('keeps an annotation of exactly 256 characters unchanged', () => {
    const text = 'a'.repeat(256);
    expect(truncateAnnotation(text)).toBe(text);
  });

  it('cuts 257 characters to 256 with a visible marker at the end', () => {
    const text = 'b'.repeat(257);
    const cut = truncateAnnotation(text);
    expect(cut).toHaveLength(ANNOTATION_MAX_LENGTH);
    expect(cut?.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(cut?.startsWith('b'.repeat(256 - TRUNCATION_MARKER.length))).toBe(true);
  });

  it('does not split an emoji that straddles the cut', () => {
    const keep = ANNOTATION_MAX_LENGTH - TRUNCATION_MARKER.length;
    // The emoji's high surrogate sits at the last kept position.
    const text = 'c'.repeat(keep - 1) + EMOJI + 'd'.repeat(50);
    const cut = truncateAnnotation(text) ?? '';
    expect(cut).toBe('c'.repeat(keep - 1) + TRUNCATION_MARKER);
    expect(cut.length).toBeLessThanOrEqual(ANNOTATION_MAX_LENGTH);
  });

  it('keeps an emoji that ends exactly at the cut', () => {
    const keep = ANNOTATION_MAX_LENGTH - TRUNCATION_MARKER.length;
    const text = 'e'.repeat(keep - 2) + EMOJI + 'f'.repeat(50);
    expect(truncateAnnotation(text)).toBe('e'.repeat(keep - 2) + EMOJI + TRUNCATION_MARKER);
  });

  it('counts UTF-16 code units: 128 emoji (256 units) fit, 129 do not', () => {
    expect(truncateAnnotation(EMOJI.repeat(128))).toBe(EMOJI.repeat(128));
    const cut = truncateAnnotation(EMOJI.repeat(129)) ?? '';
    expect(cut.length).toBeLessThanOrEqual(256);
    expect(cut.endsWith(TRUNCATION_MARKER)).toBe(true);
  });

  it.each(['', '   ', '\n\t'])('omits empty or whitespace-only text %j', (text) => {
    expect(truncateAnnotation(text)).toBeUndefined();
  });

  it('omits undefined', () => {
    expect(truncateAnnotation(undefined)).toBeUndefined();
  });

  it('replaces lone surrogates, which are not valid on the wire', () => {
    expect(truncateAnnotation('bad \uD800 here')).toBe('bad \uFFFD here');
    expect(truncateAnnotation('bad \uDC00')).toBe('bad \uFFFD');
  });

  it('never exceeds 256 units nor leaves a lone surrogate (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        const result = truncateAnnotation(text);
        if (result === undefined) return text.trim() === '';
        expect(result.length).toBeGreaterThan(0);
        expect(result.length).toBeLessThanOrEqual(ANNOTATION_MAX_LENGTH);
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(result)).toBe(false);
        return true;
      }),
    );
  });
});
