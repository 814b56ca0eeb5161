import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { BenchArgumentError, ChildProcessFailedError, formatSummary, LOAD_BUNDLE, median, parseBenchArgs, summarise, TARGETS, timeNode } from '../../bench/cold-start/index';

describe('median', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('lies between the smallest and the largest sample and ignores order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 30 }), (samples) => {
        const value = median(samples);
        return value >= Math.min(...samples) && value <= Math.max(...samples) && value === median([...samples].reverse());
      }),
      { numRuns: 100 },
    );
  });
});

describe('summarise', () => {
  it('divides each bundle median by bare node and judges the median and worst ratios', () => {
    const summary = summarise([40, 50, 60], [
      { id: 'a', zipBytes: 1000, samples: [90, 100, 110] },
      { id: 'b', zipBytes: 2000, samples: [70, 75, 80] },
      { id: 'c', zipBytes: 3000, samples: [140, 150, 160] },
    ]);
    expect(summary.bareMedianMs).toBe(50);
    expect(summary.bundles.map((bundle) => bundle.ratio)).toEqual([2, 1.5, 3]);
    expect(summary.medianRatio).toBe(2);
    expect(summary.worstRatio).toBe(3);
    expect(summary.meetsTargets).toBe(true);
  });

  it.each([
    ['the median rule', [125, 125, 60], false],
    ['the worst rule', [60, 60, 151], false],
  ])('fails when %s is too slow', (_what, medians, meets) => {
    const summary = summarise(
      [50],
      medians.map((ms, index) => ({ id: `r${index}`, zipBytes: 1, samples: [ms] })),
    );
    expect(summary.meetsTargets).toBe(meets);
    expect(summary.medianRatio <= TARGETS.medianRatio && summary.worstRatio <= TARGETS.worstRatio).toBe(meets);
    expect(formatSummary(summary)).toContain('TARGETS MISSED');
  });

  it('prints one Markdown row per bundle with its size and ratio', () => {
    const table = formatSummary(summarise([20], [{ id: 'sg-open-ports', zipBytes: 2048, samples: [30] }]));
    expect(table).toContain('| sg-open-ports | 2.0 KiB | 30.0 ms | 1.50 |');
    expect(table).toContain('targets met');
  });
});

describe('parseBenchArgs', () => {
  it('has defaults and reads every option', () => {
    expect(parseBenchArgs([])).toEqual({ dist: 'dist', runs: 21, warmup: 3, check: false });
    expect(parseBenchArgs(['--dist', 'out', '--runs', '5', '--warmup', '0', '--check'])).toEqual({ dist: 'out', runs: 5, warmup: 0, check: true });
  });

  it.each([[['--runs', '0']], [['--runs', 'x']], [['--warmup']], [['--dist']], [['--fast']]])('rejects %j', (argv) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchArgumentError);
  });
});

describe('timeNode', () => {
  it('times a fresh node that loads a bundle exporting handler, and fails loudly otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    writeFileSync(join(dir, 'index.js'), 'exports.handler = async () => 1;');
    expect(timeNode(LOAD_BUNDLE, dir)).toBeGreaterThan(0);
    writeFileSync(join(dir, 'index.js'), 'exports.other = 1;');
    expect(() => timeNode(LOAD_BUNDLE, dir)).toThrow(ChildProcessFailedError);
  });
});
