import { Deadline, deadlineMarginMs, NO_DEADLINE } from '../../../rule-kit/handler';
import { DEFAULT_BACKOFF, reportBudgetMs } from '../../../rule-kit/reporting';

describe('deadlineMarginMs', () => {
  it('keeps the worst case of reporting one batch, plus the stop itself', () => {
    // 5 attempts × 2 s request time-out + 0.2 + 0.4 + 0.8 + 1.6 s of backoff = 13 s; + 2 s.
    expect(reportBudgetMs(DEFAULT_BACKOFF, 2000)).toBe(13_000);
    expect(deadlineMarginMs(900_000)).toBe(15_000);
    expect(deadlineMarginMs(300_000)).toBe(15_000);
  });

  it('follows the retry policy it guards', () => {
    // 3 attempts × 2 s + 0.2 + 0.4 s + 2 s.
    expect(deadlineMarginMs(900_000, { ...DEFAULT_BACKOFF, maxAttempts: 3 })).toBe(8600);
    expect(deadlineMarginMs(900_000, { maxAttempts: 8, baseDelayMs: 200, maxDelayMs: 5000 }, 1000)).toBe(8 * 1000 + 200 + 400 + 800 + 1600 + 3200 + 5000 + 5000 + 2000);
  });

  it('leaves a short function three quarters of its time', () => {
    expect(deadlineMarginMs(60_000)).toBe(15_000);
    expect(deadlineMarginMs(20_000)).toBe(5000);
    expect(deadlineMarginMs(-5)).toBe(0);
  });
});

describe('Deadline', () => {
  it('expires when the time left falls under the margin', () => {
    let left = 20_000;
    const deadline = new Deadline(() => left, 15_000);
    expect(deadline.expired()).toBe(false);
    left = 15_000;
    expect(deadline.expired()).toBe(false);
    left = 14_999;
    expect(deadline.expired()).toBe(true);
  });

  it('returns the work when it comes first', async () => {
    const deadline = new Deadline(() => 60_000, 15_000);
    await expect(deadline.race(Promise.resolve('page'))).resolves.toEqual({ expired: false, value: 'page' });
  });

  it('lets the work fail when it fails first', async () => {
    const deadline = new Deadline(() => 60_000, 15_000);
    await expect(deadline.race(Promise.reject(new Error('denied')))).rejects.toThrow('denied');
  });

  it('gives up on work still running at the margin, and drops its later failure', async () => {
    const end = Date.now() + 80;
    const deadline = new Deadline(() => end - Date.now(), 50);
    let fail: (error: Error) => void = () => undefined;
    const work = new Promise<string>((_resolve, reject) => {
      fail = reject;
    });
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      await expect(deadline.race(work)).resolves.toEqual({ expired: true });
      fail(new Error('arrived too late'));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('does not start work already past the margin', async () => {
    const deadline = new Deadline(() => 1000, 15_000);
    await expect(deadline.race(Promise.resolve('late'))).resolves.toEqual({ expired: true });
  });

  it('never expires without a Lambda context, or with a context that cannot tell the time', async () => {
    expect(NO_DEADLINE.expired()).toBe(false);
    await expect(NO_DEADLINE.race(Promise.resolve(1))).resolves.toEqual({ expired: false, value: 1 });
    const broken = new Deadline(() => Number.NaN, 15_000);
    expect(broken.expired()).toBe(false);
    await expect(broken.race(Promise.resolve(2))).resolves.toEqual({ expired: false, value: 2 });
  });
});
