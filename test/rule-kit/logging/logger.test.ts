import { InvalidParameterError } from '../../../rule-kit';
import { REDACTED, createLogger, errorCodeOf, redact, silentLogger, type LogLevel } from '../../../rule-kit/logging';

function capture(level: LogLevel = 'debug') {
  const lines: string[] = [];
  const logger = createLogger({ rule: 'sg-open-ports', sink: (line) => lines.push(line), level, now: () => new Date('2024-03-01T00:00:00Z') });
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { lines, logger, parsed };
}

describe('createLogger', () => {
  it('writes one JSON object per line with level, time, message, rule and fields', () => {
    const { lines, logger, parsed } = capture();
    logger.info('evaluated', { resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-1', compliance: 'NON_COMPLIANT' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(parsed()[0]).toEqual({
      level: 'info',
      time: '2024-03-01T00:00:00.000Z',
      message: 'evaluated',
      rule: 'sg-open-ports',
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: 'sg-1',
      compliance: 'NON_COMPLIANT',
    });
  });

  it('drops lines below the level', () => {
    const { lines, logger } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines.map((line) => (JSON.parse(line) as { level: string }).level)).toEqual(['warn', 'error']);
  });

  it('reads LOG_LEVEL from the environment when no level is given', () => {
    const previous = process.env['LOG_LEVEL'];
    process.env['LOG_LEVEL'] = 'ERROR';
    try {
      const lines: string[] = [];
      const logger = createLogger({ rule: 'r', sink: (line) => lines.push(line) });
      logger.warn('hidden');
      logger.error('shown');
      expect(lines).toHaveLength(1);
    } finally {
      if (previous === undefined) delete process.env['LOG_LEVEL'];
      else process.env['LOG_LEVEL'] = previous;
    }
  });

  it('does not let fields override level, message or rule', () => {
    const { logger, parsed } = capture();
    logger.info('real', { level: 'error', message: 'fake', rule: 'other' });
    expect(parsed()[0]).toMatchObject({ level: 'info', message: 'real', rule: 'sg-open-ports' });
  });

  it('child loggers add their fields to every line', () => {
    const { logger, parsed } = capture();
    const child = logger.child({ resourceId: 'sg-9', invocation: 'abc' });
    child.warn('one');
    child.child({ compliance: 'COMPLIANT' }).info('two');
    logger.info('parent');
    expect(parsed()).toEqual([
      expect.objectContaining({ message: 'one', resourceId: 'sg-9', invocation: 'abc' }),
      expect.objectContaining({ message: 'two', resourceId: 'sg-9', compliance: 'COMPLIANT' }),
      expect.not.objectContaining({ resourceId: 'sg-9' }),
    ]);
  });

  it('describes errors and fills errorCode from them', () => {
    const { logger, parsed } = capture();
    logger.error('bad parameter', { error: new InvalidParameterError('blockedPorts', '22,x', '"x" is not a whole number') });
    expect(parsed()[0]).toMatchObject({
      errorCode: 'InvalidParameter',
      error: { name: 'InvalidParameterError', code: 'InvalidParameter', message: expect.stringContaining('blockedPorts') },
    });
  });

  it('keeps an explicit errorCode', () => {
    const { logger, parsed } = capture();
    logger.error('x', { errorCode: 'Mine', error: new Error('y') });
    expect(parsed()[0]?.['errorCode']).toBe('Mine');
  });

  it.each(['resultToken', 'ResultToken', 'secretAccessKey', 'SessionToken', 'password', 'credentials', 'AccessKeyId', 'clientSecret'])(
    'redacts the value of a %s field, top-level and nested',
    (key) => {
      const { lines, logger, parsed } = capture();
      logger.info('x', { [key]: 'hunter2-value', nested: { deeper: [{ [key]: 'hunter2-value' }] } });
      expect(lines[0]).not.toContain('hunter2-value');
      expect(parsed()[0]?.[key]).toBe(REDACTED);
    },
  );

  it('masks access key ids inside any string', () => {
    const { lines, logger } = capture();
    logger.warn('used AKIAIOSFODNN7EXAMPLE for the call', { note: 'session ASIAIOSFODNN7EXAMPLE' });
    expect(lines[0]).not.toMatch(/AKIA|ASIA/);
  });

  it('withSecret masks a value in the message, fields and errors', () => {
    const { lines, logger } = capture();
    const token = 'result-token-0123456789';
    const scoped = logger.withSecret(token);
    scoped.error(`token ${token} rejected`, { detail: `was ${token}`, error: new Error(`bad ${token}`) });
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).toContain(REDACTED);
    // The parent logger is not affected.
    logger.info(token);
    expect(lines[1]).toContain(token);
  });

  it('survives cycles, bigints, dates and functions', () => {
    const { logger, parsed } = capture();
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic['self'] = cyclic;
    logger.info('odd values', { cyclic, big: 10n, when: new Date('2024-01-02T03:04:05Z'), fn: () => 1 });
    expect(parsed()[0]).toMatchObject({
      cyclic: { name: 'loop', self: '[circular]' },
      big: '10',
      when: '2024-01-02T03:04:05.000Z',
    });
    expect(parsed()[0]).not.toHaveProperty('fn');
  });

  it('the silent logger writes nothing and stays silent through child and withSecret', () => {
    const spy = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      silentLogger.child({ a: 1 }).withSecret('s').error('nothing');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('defaults to console.log', () => {
    const spy = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      createLogger({ rule: 'r', level: 'info' }).info('hello');
      expect(spy).toHaveBeenCalledTimes(1);
      expect(JSON.parse(String(spy.mock.calls[0]?.[0]))).toMatchObject({ message: 'hello', rule: 'r' });
    } finally {
      spy.mockRestore();
    }
  });
});

describe('errorCodeOf', () => {
  it.each([
    [new InvalidParameterError('p', 'v', 'r'), 'InvalidParameter'],
    [Object.assign(new Error('reset'), { code: 'ECONNRESET' }), 'ECONNRESET'],
    [Object.assign(new Error('x'), { name: 'ThrottlingException' }), 'ThrottlingException'],
    ['text', undefined],
    [null, undefined],
  ])('%p → %p', (error, code) => {
    expect(errorCodeOf(error)).toBe(code);
  });
});

describe('redact', () => {
  it('returns a copy and leaves the input untouched', () => {
    const input = { password: 'p', list: ['AKIAIOSFODNN7EXAMPLE'] };
    expect(redact(input)).toEqual({ password: REDACTED, list: [REDACTED] });
    expect(input).toEqual({ password: 'p', list: ['AKIAIOSFODNN7EXAMPLE'] });
  });
});
