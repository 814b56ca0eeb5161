import { InvalidParameterError, param, type RawParameters } from '../../../rule-kit';
import { parseParameters } from '../../../rule-kit/testing';

const specs = {
  blockedPorts: param.portRangeList({ description: 'ports', default: [{ from: 22, to: 22 }] }),
  maxAgeDays: param.integer({ description: 'days', default: 90, min: 1, max: 3650 }),
  requireMfa: param.boolean({ description: 'mfa', default: true }),
  allowedAccounts: param.stringList({ description: 'accounts', pattern: /^\d{12}$/ }),
  kmsKeyArn: param.string({ description: 'key' }),
};

function errorOf(raw: RawParameters, ruleSpecs: Parameters<typeof parseParameters>[0] = specs): InvalidParameterError {
  try {
    parseParameters(ruleSpecs, raw);
  } catch (error) {
    if (error instanceof InvalidParameterError) return error;
    throw error;
  }
  throw new Error('expected an InvalidParameterError');
}

const DEFAULTS = {
  blockedPorts: [{ from: 22, to: 22 }],
  maxAgeDays: 90,
  requireMfa: true,
  allowedAccounts: undefined,
  kmsKeyArn: undefined,
};

describe('parseParameters', () => {
  it('gives defaults (and undefined for optional ones) when parameters are missing', () => {
    expect(parseParameters(specs, {})).toEqual(DEFAULTS);
  });

  it('treats the object parsed from ruleParameters "{}" as all missing', () => {
    expect(parseParameters(specs, JSON.parse('{}') as RawParameters)).toEqual(DEFAULTS);
  });

  it.each(['', '   ', '\t', null])('treats %j as not set', (value) => {
    const raw = { blockedPorts: value, maxAgeDays: value, requireMfa: value, allowedAccounts: value, kmsKeyArn: value };
    expect(parseParameters(specs, raw)).toEqual(DEFAULTS);
  });

  it('coerces every kind from strings, trimming whitespace', () => {
    const values = parseParameters(specs, {
      blockedPorts: ' 443,1020-1025 ',
      maxAgeDays: ' 30 ',
      requireMfa: 'FALSE',
      allowedAccounts: '111122223333, 444455556666',
      kmsKeyArn: ' arn:aws:kms:eu-west-1:111122223333:key/k ',
    });
    expect(values).toEqual({
      blockedPorts: [
        { from: 443, to: 443 },
        { from: 1020, to: 1025 },
      ],
      maxAgeDays: 30,
      requireMfa: false,
      allowedAccounts: ['111122223333', '444455556666'],
      kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/k',
    });
  });

  it('accepts numbers, booleans and lists as some tools send them', () => {
    const values = parseParameters(specs, { maxAgeDays: 45, requireMfa: true, blockedPorts: ['22', 3389] });
    expect(values.maxAgeDays).toBe(45);
    expect(values.requireMfa).toBe(true);
    expect(values.blockedPorts).toEqual([
      { from: 22, to: 22 },
      { from: 3389, to: 3389 },
    ]);
  });

  it('"True" is true', () => {
    expect(parseParameters(specs, { requireMfa: 'True' }).requireMfa).toBe(true);
  });

  it.each([
    [{ maxAgeDays: 'ninety' }, 'maxAgeDays', 'ninety'],
    [{ maxAgeDays: '0' }, 'maxAgeDays', '0'],
    [{ maxAgeDays: '3651' }, 'maxAgeDays', '3651'],
    [{ requireMfa: 'yes' }, 'requireMfa', 'yes'],
    [{ blockedPorts: '3389-22' }, 'blockedPorts', '3389-22'],
    [{ blockedPorts: '22,,80' }, 'blockedPorts', '22,,80'],
    [{ allowedAccounts: '1234' }, 'allowedAccounts', '1234'],
  ])('rejects %j naming the parameter and its value', (raw, name, value) => {
    const error = errorOf(raw);
    expect(error.parameter).toBe(name);
    expect(error.value).toBe(value);
    expect(error.message).toContain(name);
    expect(error.message).toContain(value);
  });

  it.each([{ kmsKeyArn: {} }, { kmsKeyArn: { nested: 'x' } }, { blockedPorts: [{ from: 1 }] }])(
    'rejects a non-string value %j',
    (raw) => {
      expect(errorOf(raw).reason).toBe('expected a string value');
    },
  );

  it('rejects an unknown key, listing the declared ones', () => {
    const error = errorOf({ blockedPort: '22' });
    expect(error.parameter).toBe('blockedPort');
    expect(error.reason).toContain('blockedPorts, maxAgeDays, requireMfa, allowedAccounts, kmsKeyArn');
  });

  it('rejects any key for a rule with no parameters', () => {
    expect(errorOf({ anything: 'x' }, {}).reason).toBe('this rule takes no parameters');
    expect(parseParameters({}, {})).toEqual({});
  });

  it('rejects keys that only exist on Object.prototype', () => {
    expect(errorOf({ constructor: 'x' }).parameter).toBe('constructor');
    expect(errorOf(JSON.parse('{"__proto__": "x"}') as RawParameters).parameter).toBe('__proto__');
  });

  describe('required parameters', () => {
    const required = { tagKey: param.string({ description: 'tag', required: true }) };

    it.each([{}, { tagKey: '' }, { tagKey: '  ' }])('throws "is required" for %j', (raw) => {
      const error = errorOf(raw, required);
      expect(error.parameter).toBe('tagKey');
      expect(error.reason).toBe('is required');
    });

    it('passes when given', () => {
      expect(parseParameters(required, { tagKey: 'Owner' })).toEqual({ tagKey: 'Owner' });
    });

    it('a required parameter with a default falls back to the default', () => {
      const both = { n: param.integer({ description: 'n', required: true, default: 3 }) };
      expect(parseParameters(both, {})).toEqual({ n: 3 });
    });
  });

  it('the values type carries defaults as present and optionals as possibly undefined', () => {
    const values = parseParameters(specs, {});
    // Compile-time checks: these assignments must typecheck.
    const days: number = values.maxAgeDays;
    const accounts: readonly string[] | undefined = values.allowedAccounts;
    expect(days).toBe(90);
    expect(accounts).toBeUndefined();
  });
});
