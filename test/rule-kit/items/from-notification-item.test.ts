import { fromNotificationItem, normaliseItem } from '../../../rule-kit/items';
import { readFixture } from './read-fixture';

const notification = readFixture('security-group.notification.json') as { configurationItem: Record<string, unknown> };
const raw = notification.configurationItem;

describe('fromNotificationItem', () => {
  it('keeps the configuration object by reference (no deep copy on the hot path)', () => {
    expect(fromNotificationItem(raw).configuration).toBe(raw['configuration']);
  });

  it('parses a configuration delivered as a JSON string', () => {
    const asString = { ...raw, configuration: JSON.stringify(raw['configuration']) };
    expect(fromNotificationItem(asString).configuration).toEqual(raw['configuration']);
  });

  it('turns the numeric configurationStateId into a string and nulls into absent fields', () => {
    const item = fromNotificationItem(raw);
    expect(item.configurationStateId).toBe('1710754887553');
    expect(item).not.toHaveProperty('resourceCreationTime');
    expect(item.relationships?.[0]).not.toHaveProperty('resourceName');
  });

  it('gives a deleted resource a null configuration', () => {
    const deleted = { ...raw, configurationItemStatus: 'ResourceDeleted', configuration: null, supplementaryConfiguration: {} };
    const item = fromNotificationItem(deleted);
    expect(item.configurationItemStatus).toBe('ResourceDeleted');
    expect(item.configuration).toBeNull();
  });

  it('drops fields outside the model', () => {
    const item = fromNotificationItem({ ...raw, recordingFrequency: 'CONTINUOUS', configurationItemDeliveryTime: '2024-03-18T09:41:29.000Z' });
    expect(item).not.toHaveProperty('recordingFrequency');
    expect(item).not.toHaveProperty('configurationItemDeliveryTime');
  });

  it('canonicalises capture times to ISO with milliseconds', () => {
    expect(fromNotificationItem({ ...raw, configurationItemCaptureTime: '2024-03-18T09:41:27Z' }).configurationItemCaptureTime).toBe(
      '2024-03-18T09:41:27.000Z',
    );
  });

  it('leaves plain-string supplementary values alone and parses JSON-object strings', () => {
    const item = fromNotificationItem({
      ...raw,
      supplementaryConfiguration: { Mode: '123', Policy: '{"Version":"2012-10-17"}', Broken: '{not json' },
    });
    expect(item.supplementaryConfiguration).toEqual({ Mode: '123', Policy: { Version: '2012-10-17' }, Broken: '{not json' });
  });

  it('parses a JSON list or object after JSON whitespace, and leaves anything else a string', () => {
    const supplementaryConfiguration = {
      Indented: ' \n\t\r{"a":1}',
      List: '[1,2]',
      // U+00A0 is whitespace to trimStart but not to JSON: the value is not JSON, so it stays a string.
      NoBreakSpace: '\u00a0{"a":1}',
      Empty: '',
      Spaces: '   ',
      Number: ' 42',
      Unchanged: { already: 'parsed' },
    };
    const item = fromNotificationItem({ ...raw, supplementaryConfiguration });
    expect(item.supplementaryConfiguration).toEqual({ ...supplementaryConfiguration, Indented: { a: 1 }, List: [1, 2] });
  });

  it('keeps a supplementary map with nothing to parse by reference', () => {
    const supplementaryConfiguration = { Mode: '123', Parsed: { a: 1 } };
    expect(fromNotificationItem({ ...raw, supplementaryConfiguration }).supplementaryConfiguration).toBe(supplementaryConfiguration);
  });

  it('is what normaliseItem picks for an item with awsAccountId', () => {
    expect(normaliseItem(raw)).toEqual(fromNotificationItem(raw));
  });
});
