import type {
  ClientConstructor,
  CollectorContext,
  ComplianceType,
  ParameterSpecs,
  ParameterValues,
  RuleDefinition,
} from '../../../rule-kit';
import { partitionOf } from '../../../rule-kit/aws/partition';
import { evaluateItem } from '../../../rule-kit/testing';

export interface TestContextOptions {
  readonly accountId?: string;
  readonly region?: string;
  readonly partition?: string;
  readonly notificationTime?: string;
}

/** A collector context like the handler's, recording the region each client is built for. */
export function testCollectorContext(options: TestContextOptions = {}): CollectorContext & { clientRegions: string[] } {
  const clientRegions: string[] = [];
  const region = options.region ?? 'eu-west-1';
  return {
    accountId: options.accountId ?? '123456789012',
    region,
    partition: options.partition ?? 'aws',
    notificationTime: options.notificationTime ?? '2026-11-27T01:00:00.000Z',
    clientRegions,
    client<C>(ctor: ClientConstructor<C>): C {
      clientRegions.push(region);
      return new ctor({ region });
    },
  };
}

export async function collectAll<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * A context for building collected items without AWS (sample data, fixtures): the right partition for
 * the region, and a `client` that fails the test if anything tries to call an API.
 */
export function offlineCollectorContext(accountId: string, region: string, notificationTime: string): CollectorContext {
  return {
    accountId,
    region,
    partition: partitionOf(region),
    notificationTime,
    client() {
      throw new Error('offline collector context: no API calls');
    },
  };
}

/** Runs a rule's collector in a test context and evaluates each item it yields, as a periodic run does. */
export async function collectAndEvaluate<P extends ParameterSpecs>(
  rule: RuleDefinition<P>,
  params: ParameterValues<P>,
  ctx: CollectorContext = testCollectorContext(),
): Promise<ComplianceType[]> {
  if (rule.collector === undefined) throw new Error(`${rule.id} has no collector`);
  const items = await collectAll(rule.collector(ctx));
  return items.map((item) => evaluateItem(rule, item, params).compliance);
}
