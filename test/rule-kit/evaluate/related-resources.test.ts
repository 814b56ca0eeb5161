import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { ConfigurationItem, RelatedResource } from '../../../rule-kit';
import { normaliseItem, recordingConfigClient } from '../../../rule-kit/testing';
import { configRelatedResources } from '../../../rule-kit/aws/related-items';
import { relatedItems, type RelatedSpecs } from '../../../rule-kit/evaluate/related-resources';
import { RelatedIndex } from '../../../rule-kit/scanner/related-index';
import { item } from '../scanner/test-rules';

const GUARD: RelatedResource = { resourceType: 'AWS::Test::Guard', resourceId: (thing) => thing.awsAccountId };
const SPECS: RelatedSpecs = [['guard', GUARD]];
const thing = normaliseItem(item({ resourceId: 'thing' }));
const guard = (extra: Record<string, unknown>): ConfigurationItem =>
  normaliseItem(item({ resourceType: 'AWS::Test::Guard', resourceId: '111122223333', configuration: { on: true }, ...extra }));

const viaConfig = async (recorded: readonly ConfigurationItem[]) => {
  const config = recordingConfigClient({ items: recorded });
  try {
    return await relatedItems(SPECS, thing, configRelatedResources(new ConfigServiceClient({ region: 'eu-west-1' })));
  } finally {
    config.restore();
  }
};

const viaIndex = (recorded: readonly ConfigurationItem[]) => {
  const index = new RelatedIndex(new Set([GUARD.resourceType]));
  for (const one of recorded) index.offer(one);
  return index.relatedTo(SPECS, thing);
};

describe('RelatedResources: one semantics for the Config API and the scanner index', () => {
  const live = guard({});
  const deleted = guard({ configurationItemStatus: 'ResourceDeleted', configuration: null, configurationItemCaptureTime: '2026-03-03T00:00:00.000Z' });
  const notRecorded = guard({ configurationItemStatus: 'ResourceNotRecorded', configuration: null });

  it.each([
    ['recorded now', [live], live],
    ['never recorded', [], undefined],
    ['deleted since', [live, deleted], undefined],
    ['not recorded', [notRecorded], undefined],
  ] as const)('%s', async (_case, recorded, expected) => {
    // Act
    const [fromConfig, fromIndex] = [await viaConfig(recorded), viaIndex(recorded)];
    // Assess
    expect(fromConfig).toEqual({ guard: expected });
    expect(fromIndex).toEqual({ guard: expected });
  });
});
