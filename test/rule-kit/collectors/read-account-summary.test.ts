import { type ConfigurationItem, MalformedConfigurationItemError, missingSummaryKey, readAccountSummary } from '../../../rule-kit';

function accountItemWith(configuration: unknown): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-11-27T01:00:00.000Z',
    configurationItemStatus: 'OK',
    awsAccountId: '123456789012',
    awsRegion: 'eu-west-1',
    resourceType: 'AWS::::Account',
    resourceId: '123456789012',
    configuration,
  };
}

describe('readAccountSummary', () => {
  it('returns the counts that are present', () => {
    const read = readAccountSummary(accountItemWith({ AccountSummary: { Users: 4, AccountMFAEnabled: 0 } }));
    expect(read('Users')).toBe(4);
    expect(read('AccountMFAEnabled')).toBe(0);
  });

  it('returns undefined for a key the summary lacks or holds as null', () => {
    const read = readAccountSummary(accountItemWith({ AccountSummary: { Users: 4, Roles: null } }));
    expect(read('AccountMFAEnabled')).toBeUndefined();
    expect(read('Roles')).toBeUndefined();
  });

  it.each([['1'], [true], [-1], [1.5], [Number.NaN], [{}], [[1]]])(
    'refuses %p as a count, naming the key and the account',
    (value) => {
      const read = readAccountSummary(accountItemWith({ AccountSummary: { AccountMFAEnabled: value } }));
      expect(() => read('AccountMFAEnabled')).toThrow(MalformedConfigurationItemError);
      expect(() => read('AccountMFAEnabled')).toThrow(/AWS::::Account 123456789012: configuration\.AccountSummary\.AccountMFAEnabled/);
    },
  );

  it.each([[null], ['{}'], [[]], [{}], [{ AccountSummary: 'x' }], [{ AccountSummary: [] }]])(
    'refuses configuration %p without an AccountSummary object',
    (configuration) => {
      expect(() => readAccountSummary(accountItemWith(configuration))).toThrow(MalformedConfigurationItemError);
    },
  );

  it('does not read inherited properties as counts', () => {
    const read = readAccountSummary(accountItemWith({ AccountSummary: Object.create({ Users: 3 }) as unknown }));
    expect(read('Users')).toBeUndefined();
  });

  it('names the missing key in its annotation', () => {
    expect(missingSummaryKey('AccountMFAEnabled')).toMatch(/AccountMFAEnabled/);
  });
});
