/**
 * Config's delivery-bucket layout (AWS Config Developer Guide, "Delivery channel": object key names):
 * `[prefix/]AWSLogs/[o-org/]<account>/Config/<region>/<yyyy>/<m>/<d>/ConfigSnapshot/
 * <account>_Config_<region>_ConfigSnapshot_<yyyymmddThhmmssZ>_<uuid>.json.gz`, and `ConfigHistory/`
 * beside it. Pure: which objects a bucket scan reads.
 */
export type DeliveryKind = 'ConfigSnapshot' | 'ConfigHistory';

export interface DeliveryKey {
  readonly key: string;
  readonly kind: DeliveryKind;
  readonly account: string;
  readonly region: string;
  /** Sortable UTC stamp from the file name (`20261130T101500Z`), else from the date folders. */
  readonly stamp: string;
}

const KEY = /(?:^|\/)AWSLogs\/(?:o-[a-z0-9]+\/)?(\d{12})\/Config\/([a-z0-9-]+)\/(\d{4})\/(\d{1,2})\/(\d{1,2})\/(ConfigSnapshot|ConfigHistory)\/([^/]+)$/;
const STAMP = /_(\d{8}T\d{6}Z)_/;

/** A Config snapshot or history object, or undefined for anything else (CloudTrail logs, digests, ConfigWritabilityCheckFile). */
export function parseDeliveryKey(key: string): DeliveryKey | undefined {
  const match = KEY.exec(key);
  if (match === null) return undefined;
  const [, account = '', region = '', year = '', month = '', day = '', kind = '', file = ''] = match;
  if (!/\.json(\.gz)?$/.test(file)) return undefined;
  const folderDate = `${year}${month.padStart(2, '0')}${day.padStart(2, '0')}T000000Z`;
  return { key, kind: kind as DeliveryKind, account, region, stamp: STAMP.exec(file)?.[1] ?? folderDate };
}

export interface ListedObject {
  readonly key: string;
  readonly size?: number;
}

/**
 * The objects a scan of `prefix` reads: the prefix itself when it names one object; every Config
 * object under a history folder; otherwise the latest snapshot of each account and Region (by the time
 * in its name; ties to the later key). `regions` (when given) keeps only those Regions. Output is
 * sorted by account, Region, then key, so a scan reads a bucket in the same order each time.
 */
export function selectDeliveryObjects(prefix: string, objects: readonly ListedObject[], regions?: readonly string[]): ListedObject[] {
  const exact = objects.find((object) => object.key === prefix);
  if (exact !== undefined) return [exact];
  const wanted = (key: DeliveryKey) => regions === undefined || regions.includes(key.region);
  const parsed = objects.flatMap((object) => {
    if (!object.key.startsWith(prefix)) return [];
    const key = parseDeliveryKey(object.key);
    return key === undefined || !wanted(key) ? [] : [{ object, key }];
  });
  const order = (a: DeliveryKey, b: DeliveryKey) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.key.localeCompare(b.key);
  if (/(^|\/)ConfigHistory(\/|$)/.test(prefix)) {
    return parsed.filter((entry) => entry.key.kind === 'ConfigHistory').sort((a, b) => order(a.key, b.key)).map((entry) => entry.object);
  }
  const latest = new Map<string, { object: ListedObject; key: DeliveryKey }>();
  for (const entry of parsed) {
    if (entry.key.kind !== 'ConfigSnapshot') continue;
    const place = `${entry.key.account}/${entry.key.region}`;
    const held = latest.get(place);
    if (held === undefined || entry.key.stamp > held.key.stamp || (entry.key.stamp === held.key.stamp && entry.key.key > held.key.key)) latest.set(place, entry);
  }
  return [...latest.values()].sort((a, b) => order(a.key, b.key)).map((entry) => entry.object);
}
