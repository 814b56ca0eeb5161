import fc from 'fast-check';
import { InvalidParameterError, param } from '../../../rule-kit';

function errorOf(action: () => unknown): InvalidParameterError {
  try {
    action();
  } catch (error) {
    if (error instanceof InvalidParameterError) return error;
    throw error;
  }
  throw new Error('expected an InvalidParameterError');
}

describe('param.boolean', () => {
  const spec = param.boolean({ description: 'flag' });
  it.each([
    ['True', true],
    ['true', true],
    [' TRUE ', true],
    ['FALSE', false],
    ['False', false],
    ['false', false],
  ])('%j → %p', (raw, expected) => {
    expect(spec.parse(raw, 'flag')).toBe(expected);
  });

  it.each(['yes', '1', '0', 'on', 'truee'])('rejects %j naming parameter and value', (raw) => {
    const error = errorOf(() => spec.parse(raw, 'flag'));
    expect(error).toMatchObject({ parameter: 'flag', value: raw });
    expect(error.message).toContain('flag');
    expect(error.message).toContain(JSON.stringify(raw));
  });

  it('formats back to what it parses', () => {
    expect(spec.parse(spec.format(true), 'f')).toBe(true);
    expect(spec.parse(spec.format(false), 'f')).toBe(false);
  });
});

describe('param.integer', () => {
  const spec = param.integer({ description: 'days', min: 1, max: 365 });
  it.each([
    ['90', 90],
    [' 7 ', 7],
    ['+30', 30],
    ['1', 1],
    ['365', 365],
  ])('%j → %i', (raw, expected) => {
    expect(spec.parse(raw, 'days')).toBe(expected);
  });

  it.each([
    ['0', 'below 1'],
    ['366', 'above 365'],
    ['1.5', 'not a whole number'],
    ['1e3', 'not a whole number'],
    ['0x10', 'not a whole number'],
    ['ninety', 'not a whole number'],
    ['9007199254740993', 'too large'],
  ])('rejects %j (%s)', (raw, reason) => {
    const error = errorOf(() => spec.parse(raw, 'days'));
    expect(error).toMatchObject({ parameter: 'days', value: raw });
    expect(error.reason).toContain(reason);
  });

  it('without bounds takes negatives', () => {
    expect(param.integer({ description: 'n' }).parse('-5', 'n')).toBe(-5);
  });

  it('round-trips any safe integer within bounds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 365 }), (value) => {
        expect(spec.parse(spec.format(value), 'days')).toBe(value);
      }),
    );
  });
});

describe('param.string', () => {
  it('trims', () => {
    expect(param.string({ description: 's' }).parse('  abc  ', 's')).toBe('abc');
  });

  it('checks a pattern against the trimmed value', () => {
    const spec = param.string({ description: 'kms', pattern: /^arn:aws[a-z-]*:kms:/ });
    expect(spec.parse(' arn:aws:kms:eu-west-1:111122223333:key/abc', 'kmsKey')).toBe('arn:aws:kms:eu-west-1:111122223333:key/abc');
    const error = errorOf(() => spec.parse('alias/x', 'kmsKey'));
    expect(error).toMatchObject({ parameter: 'kmsKey', value: 'alias/x' });
  });
});

describe('param.stringList', () => {
  const spec = param.stringList({ description: 'tags' });
  it('splits on commas and trims', () => {
    expect(spec.parse('Owner, CostCenter ,Env', 'tags')).toEqual(['Owner', 'CostCenter', 'Env']);
  });

  it.each(['a,,b', 'a,', ',a', ' , '])('rejects an empty element in %j', (raw) => {
    expect(errorOf(() => spec.parse(raw, 'tags'))).toMatchObject({ parameter: 'tags', value: raw });
  });

  it('checks each element against a pattern and names the bad one', () => {
    const ids = param.stringList({ description: 'ids', pattern: /^\d{12}$/ });
    expect(ids.parse('111122223333,444455556666', 'ids')).toEqual(['111122223333', '444455556666']);
    const error = errorOf(() => ids.parse('111122223333,12', 'ids'));
    expect(error.reason).toContain('"12"');
  });

  it('formats back to what it parses (property)', () => {
    const element = fc.stringMatching(/^[A-Za-z0-9:_-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 8 }), (values) => {
        expect(spec.parse(spec.format(values), 'tags')).toEqual(values);
      }),
    );
  });
});

describe('param.integerList', () => {
  const spec = param.integerList({ description: 'ports', min: 0, max: 65535 });
  it('parses "22,3389"', () => {
    expect(spec.parse('22,3389', 'blockedPorts')).toEqual([22, 3389]);
    expect(spec.parse(' 22 , 3389 ', 'blockedPorts')).toEqual([22, 3389]);
  });

  it.each([
    ['22,abc', 'not a whole number'],
    ['22,70000', 'above 65535'],
    ['-1', 'below 0'],
    ['22;3389', 'not a whole number'],
  ])('rejects %j with the whole value in the error', (raw, reason) => {
    const error = errorOf(() => spec.parse(raw, 'blockedPorts'));
    expect(error).toMatchObject({ parameter: 'blockedPorts', value: raw });
    expect(error.reason).toContain(reason);
  });
});

describe('param.portRangeList', () => {
  const spec = param.portRangeList({ description: 'ports' });
  it('parses "443,1020-1025"', () => {
    expect(spec.parse('443,1020-1025', 'ports')).toEqual([
      { from: 443, to: 443 },
      { from: 1020, to: 1025 },
    ]);
  });

  it('accepts spaces around the dash and a one-port range', () => {
    expect(spec.parse('1020 - 1025, 8080-8080', 'ports')).toEqual([
      { from: 1020, to: 1025 },
      { from: 8080, to: 8080 },
    ]);
  });

  it('accepts the full port space', () => {
    expect(spec.parse('0-65535', 'ports')).toEqual([{ from: 0, to: 65535 }]);
  });

  it.each([
    ['1025-1020', 'ends before it starts'],
    ['1-2-3', 'not a port or a range'],
    ['65536', 'above 65535'],
    ['-22', 'not a whole number'],
    ['22-', 'not a whole number'],
    ['http', 'not a whole number'],
  ])('rejects %j (%s) naming parameter and whole value', (raw, reason) => {
    const error = errorOf(() => spec.parse(raw, 'ports'));
    expect(error).toMatchObject({ parameter: 'ports', value: raw });
    expect(error.reason).toContain(reason);
  });

  it('formats single ports and ranges back to parseable text (property)', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }))
      .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 6 }), (ranges) => {
        expect(spec.parse(spec.format(ranges), 'ports')).toEqual(ranges);
      }),
    );
  });
});

describe('spec metadata', () => {
  it('records kind, default and required', () => {
    const withDefault = param.integer({ description: 'd', default: 90 });
    const required = param.string({ description: 'r', required: true });
    expect(withDefault).toMatchObject({ kind: 'integer', default: 90, required: false });
    expect(required).toMatchObject({ kind: 'string', required: true });
    expect(required).not.toHaveProperty('default');
  });
});
