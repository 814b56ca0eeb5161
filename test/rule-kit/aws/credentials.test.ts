import { AssumeRoleCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { InvalidParameterError, param } from '../../../rule-kit';
import { InvalidEventError } from '../../../rule-kit/errors';
import { parseParameters } from '../../../rule-kit/testing';
import {
  AssumeRoleFailedError,
  CredentialCache,
  executionRoleToAssume,
  resolveCredentials,
  roleSessionName,
  stripKitParameters,
  type KitParameters,
  type ResolveCredentialsOptions,
} from '../../../rule-kit/aws';
import { MissingPermissionError } from '../../../rule-kit/reporting';

const stsMock = mockClient(STSClient);
const ACCOUNT = '111122223333';
const EVENT_ROLE = 'arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig';

function issued(expiresAt: Date, key = 'ASIAEXAMPLEEXAMPLE01') {
  return { Credentials: { AccessKeyId: key, SecretAccessKey: 'secret', SessionToken: 'session', Expiration: expiresAt } };
}

function options(kit: KitParameters, extra: Partial<ResolveCredentialsOptions> = {}): ResolveCredentialsOptions {
  return {
    kitParameters: kit,
    executionRoleArn: EVENT_ROLE,
    accountId: ACCOUNT,
    partition: 'aws',
    region: 'eu-west-1',
    sessionName: 'sg-open-ports',
    ...extra,
  };
}

beforeEach(() => {
  stsMock.reset();
  stsMock.on(AssumeRoleCommand).resolves(issued(new Date('2030-01-01T00:00:00Z')));
});

describe('stripKitParameters', () => {
  it('splits kit parameters from the rule parameters', () => {
    const { kit, rule } = stripKitParameters({
      blockedPorts: '22,3389',
      ExecutionRoleName: 'ConfigAuditor',
      AssumeRoleMode: 'True',
      ExecutionRoleRegion: 'us-west-2',
    });
    expect(rule).toEqual({ blockedPorts: '22,3389' });
    expect(kit).toEqual({ executionRoleName: 'ConfigAuditor', assumeRoleMode: true, executionRoleRegion: 'us-west-2' });
  });

  it('lets a rule that declares no such parameters parse the rest', () => {
    const specs = { blockedPorts: param.portRangeList({ description: 'ports' }) };
    const raw = { blockedPorts: '22', ExecutionRoleName: 'ConfigAuditor' };
    expect(() => parseParameters(specs, raw)).toThrow(InvalidParameterError);
    expect(parseParameters(specs, stripKitParameters(raw).rule).blockedPorts).toEqual([{ from: 22, to: 22 }]);
  });

  it.each([
    ['TRUE', true],
    ['false', false],
    [' False ', false],
    [true, true],
  ])('reads AssumeRoleMode %j as %p', (value, expected) => {
    expect(stripKitParameters({ AssumeRoleMode: value }).kit.assumeRoleMode).toBe(expected);
  });

  it.each(['', '  '])('treats an empty value %j as not set', (value) => {
    expect(stripKitParameters({ AssumeRoleMode: value, ExecutionRoleName: value }).kit).toEqual({});
  });

  it.each([
    ['AssumeRoleMode', 'yes'],
    ['ExecutionRoleName', 'role with spaces'],
    ['ExecutionRoleName', 'x'.repeat(65)],
    ['ExecutionRoleName', 42],
    ['ExecutionRoleRegion', 'mars'],
  ])('rejects %s=%j naming the parameter', (name, value) => {
    try {
      stripKitParameters({ [name]: value });
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect(error).toMatchObject({ parameter: name, value });
    }
  });

  it('accepts a role name with a path', () => {
    expect(stripKitParameters({ ExecutionRoleName: 'audit/ConfigAuditor' }).kit.executionRoleName).toBe('audit/ConfigAuditor');
  });
});

describe('executionRoleToAssume', () => {
  it('uses the Lambda credentials with neither parameter', () => {
    expect(executionRoleToAssume(options({}))).toBeUndefined();
  });

  it('builds the member-account role ARN from ExecutionRoleName, partition-aware', () => {
    expect(executionRoleToAssume(options({ executionRoleName: 'ConfigAuditor' }))).toBe('arn:aws:iam::111122223333:role/ConfigAuditor');
    expect(executionRoleToAssume(options({ executionRoleName: 'ConfigAuditor' }, { partition: 'aws-cn' }))).toBe(
      'arn:aws-cn:iam::111122223333:role/ConfigAuditor',
    );
  });

  it('assumes the event executionRoleArn when AssumeRoleMode is true', () => {
    expect(executionRoleToAssume(options({ assumeRoleMode: true }))).toBe(EVENT_ROLE);
  });

  it('prefers ExecutionRoleName over the event role', () => {
    expect(executionRoleToAssume(options({ assumeRoleMode: true, executionRoleName: 'R' }))).toBe('arn:aws:iam::111122223333:role/R');
  });

  it('AssumeRoleMode false wins over ExecutionRoleName', () => {
    expect(executionRoleToAssume(options({ assumeRoleMode: false, executionRoleName: 'R' }))).toBeUndefined();
  });

  it('requires an executionRoleArn when AssumeRoleMode is true', () => {
    const { executionRoleArn: _omitted, ...rest } = options({ assumeRoleMode: true });
    expect(() => executionRoleToAssume(rest)).toThrow(InvalidEventError);
    expect(() => executionRoleToAssume({ ...rest, executionRoleArn: 'arn:aws:s3:::bucket' })).toThrow(InvalidEventError);
  });

  it('requires a 12-digit account to build a role ARN', () => {
    expect(() => executionRoleToAssume(options({ executionRoleName: 'R' }, { accountId: '123' }))).toThrow(InvalidEventError);
  });
});

describe('roleSessionName', () => {
  it('names the rule and stays within STS limits', () => {
    expect(roleSessionName('sg-open-ports')).toBe('config-rule-sg-open-ports');
    const long = roleSessionName('r'.repeat(100) + ' bad/chars');
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^[\w+=,.@-]+$/);
  });
});

describe('resolveCredentials', () => {
  it('returns undefined and calls no STS without cross-account parameters', async () => {
    expect(await resolveCredentials(options({}))).toBeUndefined();
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(0);
  });

  it('assumes the ExecutionRoleName role with a session naming the rule', async () => {
    const regions: string[] = [];
    const provider = await resolveCredentials(
      options({ executionRoleName: 'ConfigAuditor', executionRoleRegion: 'us-west-2' }, {
        stsClient: (region) => {
          regions.push(region);
          return new STSClient({ region });
        },
      }),
    );
    expect(regions).toEqual(['us-west-2']);
    expect(stsMock.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input)).toEqual([
      { RoleArn: 'arn:aws:iam::111122223333:role/ConfigAuditor', RoleSessionName: 'config-rule-sg-open-ports', DurationSeconds: 900 },
    ]);
    expect(await provider?.()).toEqual({
      accessKeyId: 'ASIAEXAMPLEEXAMPLE01',
      secretAccessKey: 'secret',
      sessionToken: 'session',
      expiration: new Date('2030-01-01T00:00:00Z'),
    });
    // Served from the first call while valid.
    await provider?.();
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(1);
  });

  it('assumes the role again when the credentials are about to expire', async () => {
    let clock = Date.parse('2024-01-01T00:00:00Z');
    stsMock
      .on(AssumeRoleCommand)
      .resolvesOnce(issued(new Date(clock + 15 * 60_000), 'ASIAFIRSTFIRSTFIRST1'))
      .resolves(issued(new Date(clock + 30 * 60_000), 'ASIASECONDSECONDSEC2'));
    const provider = await resolveCredentials(options({ assumeRoleMode: true }, { now: () => clock }));
    expect((await provider?.())?.accessKeyId).toBe('ASIAFIRSTFIRSTFIRST1');
    clock += 14.5 * 60_000;
    const [a, b] = await Promise.all([provider?.(), provider?.()]);
    expect(a?.accessKeyId).toBe('ASIASECONDSECONDSEC2');
    expect(b?.accessKeyId).toBe('ASIASECONDSECONDSEC2');
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  it('turns AccessDenied into MissingPermissionError naming sts:AssumeRole and the role', async () => {
    stsMock.on(AssumeRoleCommand).rejects(
      new STSServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 }, message: 'not authorized' }),
    );
    const error = await resolveCredentials(options({ executionRoleName: 'ConfigAuditor' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPermissionError);
    expect(error).toMatchObject({ permission: 'sts:AssumeRole', awsErrorCode: 'AccessDenied' });
    expect((error as Error).message).toContain('arn:aws:iam::111122223333:role/ConfigAuditor');
  });

  it.each([
    ['RegionDisabledException', 403],
    ['InternalFailure', 500],
  ])('wraps %s (%i) in AssumeRoleFailedError with the role and code', async (name, status) => {
    stsMock.on(AssumeRoleCommand).rejects(
      new STSServiceException({ name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status }, message: 'no' }),
    );
    const error = await resolveCredentials(options({ assumeRoleMode: true })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssumeRoleFailedError);
    expect(error).toMatchObject({ roleArn: EVENT_ROLE, awsErrorCode: name });
  });

  it('fails when STS returns no credentials', async () => {
    stsMock.on(AssumeRoleCommand).resolves({});
    await expect(resolveCredentials(options({ assumeRoleMode: true }))).rejects.toBeInstanceOf(AssumeRoleFailedError);
  });
});

describe('credentials cached across warm invocations', () => {
  const START = Date.parse('2026-12-04T10:00:00Z');
  const FIFTEEN_MINUTES = 15 * 60_000;

  /** One invocation's credential lookup, as the handler makes it, with the container's cache. */
  async function invocation(cache: CredentialCache, kit: KitParameters, extra: Partial<ResolveCredentialsOptions> = {}) {
    const provider = await resolveCredentials(options(kit, { cache, ...extra }));
    return provider?.();
  }

  function assumedRoles(): (string | undefined)[] {
    return stsMock.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input.RoleArn);
  }

  it('reuses one role\'s credentials in later invocations while they are valid', async () => {
    // Prepare
    let clock = START;
    stsMock.on(AssumeRoleCommand).resolves(issued(new Date(START + FIFTEEN_MINUTES), 'ASIAFIRSTFIRSTFIRST1'));
    const cache = new CredentialCache(() => clock);
    // Act: invocations every minute for 13 minutes
    const keys: (string | undefined)[] = [];
    for (let minute = 0; minute <= 13; minute += 1) {
      clock = START + minute * 60_000;
      keys.push((await invocation(cache, { executionRoleName: 'ConfigAuditor' }))?.accessKeyId);
    }
    // Assess
    expect(assumedRoles()).toEqual(['arn:aws:iam::111122223333:role/ConfigAuditor']);
    expect(new Set(keys)).toEqual(new Set(['ASIAFIRSTFIRSTFIRST1']));
  });

  it('assumes the role again shortly before the credentials expire, not after', async () => {
    let clock = START;
    stsMock
      .on(AssumeRoleCommand)
      .resolvesOnce(issued(new Date(START + FIFTEEN_MINUTES), 'ASIAFIRSTFIRSTFIRST1'))
      .resolves(issued(new Date(START + 2 * FIFTEEN_MINUTES), 'ASIASECONDSECONDSEC2'));
    const cache = new CredentialCache(() => clock);
    await invocation(cache, { executionRoleName: 'ConfigAuditor' });
    // 61 s before expiry: still served from the cache.
    clock = START + FIFTEEN_MINUTES - 61_000;
    expect((await invocation(cache, { executionRoleName: 'ConfigAuditor' }))?.accessKeyId).toBe('ASIAFIRSTFIRSTFIRST1');
    // 59 s before expiry: within the refresh margin, renewed.
    clock = START + FIFTEEN_MINUTES - 59_000;
    expect((await invocation(cache, { executionRoleName: 'ConfigAuditor' }))?.accessKeyId).toBe('ASIASECONDSECONDSEC2');
    expect(assumedRoles()).toHaveLength(2);
  });

  it('refreshes inside a long invocation that began with cached credentials', async () => {
    let clock = START;
    stsMock
      .on(AssumeRoleCommand)
      .resolvesOnce(issued(new Date(START + FIFTEEN_MINUTES), 'ASIAFIRSTFIRSTFIRST1'))
      .resolves(issued(new Date(START + 2 * FIFTEEN_MINUTES), 'ASIASECONDSECONDSEC2'));
    const cache = new CredentialCache(() => clock);
    await invocation(cache, { executionRoleName: 'ConfigAuditor' });
    clock = START + 10 * 60_000;
    const provider = await resolveCredentials(options({ executionRoleName: 'ConfigAuditor' }, { cache }));
    expect((await provider?.())?.accessKeyId).toBe('ASIAFIRSTFIRSTFIRST1');
    clock = START + 14.5 * 60_000;
    const [a, b] = await Promise.all([provider?.(), provider?.()]);
    expect([a?.accessKeyId, b?.accessKeyId]).toEqual(['ASIASECONDSECONDSEC2', 'ASIASECONDSECONDSEC2']);
    expect(assumedRoles()).toHaveLength(2);
  });

  it('keeps one entry per role ARN', async () => {
    stsMock.on(AssumeRoleCommand).callsFake((input: { RoleArn: string }) =>
      issued(new Date(START + FIFTEEN_MINUTES), input.RoleArn.includes('444455556666') ? 'ASIAMEMBERBMEMBERB02' : 'ASIAMEMBERAMEMBERA01'),
    );
    const cache = new CredentialCache(() => START);
    const memberA = await invocation(cache, { executionRoleName: 'ConfigAuditor' });
    const memberB = await invocation(cache, { executionRoleName: 'ConfigAuditor' }, { accountId: '444455556666' });
    const memberAAgain = await invocation(cache, { executionRoleName: 'ConfigAuditor' });
    const otherRole = await invocation(cache, { executionRoleName: 'OtherAuditor' });
    expect([memberA, memberB, memberAAgain, otherRole].map((c) => c?.accessKeyId)).toEqual([
      'ASIAMEMBERAMEMBERA01',
      'ASIAMEMBERBMEMBERB02',
      'ASIAMEMBERAMEMBERA01',
      'ASIAMEMBERAMEMBERA01',
    ]);
    expect(assumedRoles()).toEqual([
      'arn:aws:iam::111122223333:role/ConfigAuditor',
      'arn:aws:iam::444455556666:role/ConfigAuditor',
      'arn:aws:iam::111122223333:role/OtherAuditor',
    ]);
    expect(cache.size).toBe(3);
  });

  it('does not keep a failure: the next invocation assumes the role again', async () => {
    stsMock
      .on(AssumeRoleCommand)
      .rejectsOnce(new STSServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 }, message: 'not yet trusted' }))
      .resolves(issued(new Date(START + FIFTEEN_MINUTES)));
    const cache = new CredentialCache(() => START);
    await expect(invocation(cache, { executionRoleName: 'ConfigAuditor' })).rejects.toBeInstanceOf(MissingPermissionError);
    expect(cache.size).toBe(0);
    expect((await invocation(cache, { executionRoleName: 'ConfigAuditor' }))?.accessKeyId).toBe('ASIAEXAMPLEEXAMPLE01');
    expect(assumedRoles()).toHaveLength(2);
  });

  it('shares one AssumeRole call between concurrent callers', async () => {
    const cache = new CredentialCache(() => START);
    await Promise.all([invocation(cache, { assumeRoleMode: true }), invocation(cache, { assumeRoleMode: true })]);
    expect(assumedRoles()).toEqual([EVENT_ROLE]);
  });

  it('drops expired entries when it assumes a role', async () => {
    let clock = START;
    stsMock.on(AssumeRoleCommand).callsFake(() => issued(new Date(clock + FIFTEEN_MINUTES)));
    const cache = new CredentialCache(() => clock);
    await invocation(cache, { executionRoleName: 'ConfigAuditor' });
    await invocation(cache, { executionRoleName: 'ConfigAuditor' }, { accountId: '444455556666' });
    clock += FIFTEEN_MINUTES;
    await invocation(cache, { executionRoleName: 'ConfigAuditor' }, { accountId: '777788889999' });
    expect(cache.size).toBe(1);
  });
});
