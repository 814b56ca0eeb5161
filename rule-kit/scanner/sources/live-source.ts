import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { listAggregateItems } from '../../aws/aggregate-items';
import { requireConfigRecording } from '../../aws/config-recording';
import { resolveCredentials } from '../../aws/credentials';
import { listRecordedItems } from '../../aws/recorded-items';
import type { ConfigurationItem, ResourceType } from '../../configuration-item';
import type { ClientConstructor, Collector, CollectorContext, RuleDefinition } from '../../define-rule';
import type { ItemInput, ScanInput, ScanSource } from '../source';
import type { AwsSession } from './aws-session';
import { orderedPool } from './ordered-pool';
import { sourceFailure } from './source-failure';

/** Accounts x Regions read at once unless `--concurrency` says otherwise: well under Config's and EC2's default rates. */
export const DEFAULT_CONCURRENCY = 8;
/** The role session name the scanner's AssumeRole calls carry (CloudTrail shows it). */
export const SCANNER_SESSION = 'scanner';

export interface LiveSourceOptions {
  readonly session: AwsSession;
  /** The selected rules: recorded items are read for those without a collector, collectors run for the others. */
  readonly rules: readonly RuleDefinition[];
  readonly regions: readonly string[];
  /** Accounts to read; absent: the caller's own, with its own credentials. */
  readonly accounts?: readonly string[];
  /** Assume `arn:<partition>:iam::<account>:role/<roleName>` in each account (the rules' ExecutionRoleName convention). */
  readonly roleName?: string;
  /** Read recorded items through this Config aggregator (from the caller's account and Region) instead of each account. */
  readonly aggregator?: string;
  readonly concurrency?: number;
  /** Capture time of collected items; default: now. */
  readonly notificationTime?: string;
  readonly onProgress?: (progress: LiveProgress) => void;
}

export interface LiveProgress {
  readonly done: number;
  readonly total: number;
  readonly items: number;
}

/** One read: a place and what is read there. */
interface LiveUnit {
  readonly name: string;
  readonly account: string | undefined;
  readonly region: string | undefined;
  readonly ruleIds: readonly string[];
  read(): AsyncIterable<ConfigurationItem>;
}

/** Rules sharing one collector (root-mfa, root-access-keys and iam-use read the same account summary) run it once. */
function byCollector(rules: readonly RuleDefinition[]): Map<Collector, RuleDefinition[]> {
  const groups = new Map<Collector, RuleDefinition[]>();
  for (const rule of rules) {
    if (rule.collector === undefined) continue;
    const group = groups.get(rule.collector) ?? [];
    group.push(rule);
    groups.set(rule.collector, group);
  }
  return groups;
}

/**
 * The types read from Config, each with the rules it feeds: the types of rules without a collector, and
 * every rule's related resources. One read per type, so a place's types are read side by side.
 */
function recordedTypes(rules: readonly RuleDefinition[]): Map<ResourceType, string[]> {
  const byType = new Map<ResourceType, string[]>();
  const add = (type: ResourceType, ruleId: string) => {
    const ids = byType.get(type) ?? [];
    if (!ids.includes(ruleId)) ids.push(ruleId);
    byType.set(type, ids);
  };
  for (const rule of rules) {
    if (rule.collector === undefined) for (const type of rule.resourceTypes) add(type, rule.id);
    for (const spec of Object.values(rule.related ?? {})) add(spec.resourceType, rule.id);
  }
  return byType;
}

/**
 * A live account (or several) as a scan source: what Config recorded for the selected rules' types
 * (ListDiscoveredResources + BatchGetResourceConfig, or an aggregator) and what their collectors read,
 * per account and Region, at most `concurrency` places at once, yielded in plan order. A place that
 * cannot be read becomes an InputFailure naming the account, Region, AWS error code, denied action and
 * the rules it leaves unevaluated; a collector that fails part way yields nothing for its rules there,
 * never a partial list. Read-only: only List, Get, Describe and AssumeRole calls.
 */
export function liveSource(options: LiveSourceOptions): ScanSource {
  const { session } = options;
  const accounts = options.accounts ?? [session.account];
  const notificationTime = options.notificationTime ?? new Date().toISOString();
  const allRuleIds = options.rules.map((rule) => rule.id);
  const recorded = recordedTypes(options.rules);
  const collectors = byCollector(options.rules);

  const credentialsOf = new Map<string, Promise<AwsCredentialIdentityProvider>>();
  const credentialsFor = (account: string): Promise<AwsCredentialIdentityProvider> => {
    let credentials = credentialsOf.get(account);
    if (credentials === undefined) {
      credentials =
        options.roleName === undefined
          ? Promise.resolve(session.credentials)
          : resolveCredentials({
              kitParameters: { executionRoleName: options.roleName },
              accountId: account,
              partition: session.partition,
              region: session.region,
              sessionName: SCANNER_SESSION,
              stsClient: (region) => session.client(STSClient, region),
            }).then((provider) => provider ?? session.credentials);
      credentials.catch(() => undefined);
      credentialsOf.set(account, credentials);
    }
    return credentials;
  };

  const units: LiveUnit[] = [];
  if (options.aggregator !== undefined) {
    const aggregator = options.aggregator;
    for (const [type, ruleIds] of recorded) {
      units.push({
        name: `live:aggregator/${aggregator}/config/${type}`,
        account: session.account,
        region: session.region,
        ruleIds,
        read: () => listAggregateItems(session.client(ConfigServiceClient, session.region), aggregator, [type]),
      });
    }
  }
  for (const account of accounts) {
    for (const region of options.regions) {
      // One client per service and place, as the Lambda keeps one per invocation: the reads of a place
      // share its connections and the adaptive retry's client-side rate limit.
      const clients = new Map<unknown, unknown>();
      const clientWith = <C>(ctor: ClientConstructor<C>, credentials: AwsCredentialIdentityProvider): C => {
        let made = clients.get(ctor) as C | undefined;
        if (made === undefined) {
          made = session.client(ctor, region, credentials);
          clients.set(ctor, made);
        }
        return made;
      };
      const client = async <C>(ctor: ClientConstructor<C>): Promise<C> => clientWith(ctor, await credentialsFor(account));
      // One recorder check per place, shared by its types' reads: where Config is off, an empty list proves nothing.
      let recording: Promise<void> | undefined;
      const recordingChecked = (): Promise<void> => (recording ??= client(ConfigServiceClient).then(requireConfigRecording));
      for (const [type, ruleIds] of options.aggregator === undefined ? recorded : []) {
        units.push({
          name: `live:${account}/${region}/config/${type}`,
          account,
          region,
          ruleIds,
          read: async function* () {
            await recordingChecked();
            yield* listRecordedItems(await client(ConfigServiceClient), [type]);
          },
        });
      }
      for (const [collector, group] of collectors) {
        units.push({
          name: `live:${account}/${region}/collector/${group.map((rule) => rule.id).join('+')}`,
          account,
          region,
          ruleIds: group.map((rule) => rule.id),
          read: async function* () {
            const credentials = await credentialsFor(account);
            const context: CollectorContext = {
              client: (ctor) => clientWith(ctor, credentials),
              accountId: account,
              region,
              partition: session.partition,
              notificationTime,
            };
            yield* collector(context);
          },
        });
      }
    }
  }

  let done = 0;
  let itemsRead = 0;
  const reportedAccounts = new Set<string>();
  const run = async (unit: LiveUnit): Promise<ScanInput | undefined> => {
    try {
      if (unit.account !== undefined && options.roleName !== undefined && !unit.name.startsWith('live:aggregator/')) {
        try {
          await credentialsFor(unit.account);
        } catch (error) {
          // One failure per account whose role cannot be assumed, for every selected rule, not one per Region.
          if (reportedAccounts.has(unit.account)) return undefined;
          reportedAccounts.add(unit.account);
          return sourceFailure(`live:${unit.account}/assume-role`, { account: unit.account }, error, allRuleIds);
        }
      }
      const items: ConfigurationItem[] = [];
      for await (const item of unit.read()) items.push(item);
      itemsRead += items.length;
      const input: ItemInput = {
        kind: 'items',
        name: unit.name,
        ...(unit.account === undefined ? {} : { account: unit.account }),
        ...(unit.region === undefined ? {} : { region: unit.region }),
        items: async function* () {
          yield* items;
        },
      };
      return input;
    } catch (error) {
      return sourceFailure(unit.name, { ...(unit.account === undefined ? {} : { account: unit.account }), ...(unit.region === undefined ? {} : { region: unit.region }) }, error, unit.ruleIds);
    } finally {
      done += 1;
      options.onProgress?.({ done, total: units.length, items: itemsRead });
    }
  };

  return {
    name: 'live',
    inputs: async function* () {
      for await (const input of orderedPool(
        units.map((unit) => () => run(unit)),
        options.concurrency ?? DEFAULT_CONCURRENCY,
      )) {
        if (input !== undefined) yield input;
      }
    },
  };
}
