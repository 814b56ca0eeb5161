import { InvalidConfigurationItemError, normaliseItem, readConfigFile } from '../../../rule-kit/items';
import { catchError } from './catch-error';
import { readFixture } from './read-fixture';

const snapshot = readFixture('config-snapshot.json') as { configurationItems: unknown[] };
const notification = readFixture('security-group.notification.json') as { configurationItem: unknown };
const [sg, bucket] = snapshot.configurationItems.map(normaliseItem);

describe('readConfigFile', () => {
  it('reads every item of a snapshot file, in order', () => {
    expect(readConfigFile(snapshot).map((item) => item.resourceId)).toEqual(['sg-0f3c9a1e5b7d2c4a6', 'acme-audit-logs-eu-west-1']);
  });

  it('reads a bare JSON array of items', () => {
    expect(readConfigFile(snapshot.configurationItems)).toEqual([sg, bucket]);
  });

  it('reads a single item', () => {
    expect(readConfigFile(notification.configurationItem)).toEqual([sg]);
  });

  it('reads the change-notification invokingEvent wrapper', () => {
    expect(readConfigFile(notification)).toEqual([sg]);
  });

  it('reads a whole Config rule Lambda event through its invokingEvent string', () => {
    const event = {
      invokingEvent: JSON.stringify(notification),
      resultToken: 'TESTMODE',
      configRuleName: 'sg-check',
      accountId: '123456789012',
    };
    expect(readConfigFile(event)).toEqual([sg]);
  });

  it('reads a BatchGetResourceConfig response', () => {
    const history = readFixture('config-history.api.json') as { configurationItems: unknown[] };
    expect(readConfigFile({ baseConfigurationItems: history.configurationItems })).toEqual([sg, bucket]);
  });

  it('ignores top-level keys starting with _ when recognising the shape', () => {
    const annotated = { _source: 'hand-written', _comment: ['a note'], ...(notification.configurationItem as object) };
    expect(readConfigFile(annotated)).toEqual([sg]);
    expect(readConfigFile({ _source: 'test', configurationItems: [notification.configurationItem] })).toEqual([sg]);
  });

  it('reads an empty snapshot as no items', () => {
    expect(readConfigFile({ fileVersion: '1.0', configSnapshotId: 'x', configurationItems: [] })).toEqual([]);
  });

  it('names the field when the item list is not a list', () => {
    expect(catchError(() => readConfigFile({ configurationItems: {} }))).toMatchObject({ field: 'configurationItems' });
  });

  it('prefixes fields inside a notification wrapper', () => {
    const error = catchError(() => readConfigFile({ ...notification, configurationItem: { ...sg, resourceId: '' } }));
    expect(error).toBeInstanceOf(InvalidConfigurationItemError);
    expect(error).toMatchObject({ field: 'configurationItem.resourceId' });
  });

  it('refuses an oversized notification, which has no configuration to read', () => {
    const oversized = { configurationItemSummary: { resourceId: 'i-1' }, messageType: 'OversizedConfigurationItemChangeNotification' };
    expect(catchError(() => readConfigFile(oversized))).toMatchObject({ field: 'configurationItemSummary' });
  });

  it('refuses documents that are not objects or arrays', () => {
    for (const json of ['text', 3, null, true]) expect(catchError(() => readConfigFile(json))).toBeInstanceOf(InvalidConfigurationItemError);
  });
});
