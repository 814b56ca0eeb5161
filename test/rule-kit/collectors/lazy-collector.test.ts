import { accountItem, type Collector, lazyCollector } from '../../../rule-kit';
import { collectAll, testCollectorContext } from './collector-context';

describe('lazyCollector', () => {
  it('loads the collector when it first runs, not when the rule is defined, and yields what it yields', async () => {
    // Prepare
    const collect: Collector = async function* collectOne(ctx) {
      yield accountItem(ctx, { Facts: { on: true } });
    };
    const load = jest.fn(() => Promise.resolve(collect));
    const ctx = testCollectorContext();
    // Act
    const lazy = lazyCollector(load);
    const before = load.mock.calls.length;
    const items = await collectAll(lazy(ctx));
    // Assess
    expect(before).toBe(0);
    expect(load).toHaveBeenCalledTimes(1);
    expect(items).toEqual(await collectAll(collect(ctx)));
  });

  it('fails the run when the collector module cannot load', async () => {
    const lazy = lazyCollector(() => Promise.reject(new Error('Cannot find module ./collector')));
    await expect(collectAll(lazy(testCollectorContext()))).rejects.toThrow('Cannot find module ./collector');
  });
});
