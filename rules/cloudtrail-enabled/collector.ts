import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { accountItem, type CollectorContext, type ConfigurationItem } from '../../rule-kit';
import { readTrail } from './read-trail';
import { TRAILS_KEY } from './recorded-trail';

/**
 * Config records trails but not whether they are logging, so this reads every trail that applies to
 * the rule's Region: DescribeTrails with shadow trails (multi-Region trails homed elsewhere and
 * organization trails show up too; DescribeTrails is not paginated), then GetTrailStatus and
 * GetEventSelectors for each. Yields one `AWS::::Account` item `{ "Trails": [...] }`.
 *
 * A DescribeTrails error propagates: without the list nothing can be concluded. A per-trail
 * CloudTrail error is recorded on that trail (`Errors`), which then does not count.
 */
export async function* collectTrails(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  const cloudtrail = ctx.client(CloudTrailClient);
  const { trailList = [] } = await cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: true }));
  const trails: unknown[] = [];
  for (const trail of trailList) trails.push(await readTrail(cloudtrail, trail));
  yield accountItem(ctx, { [TRAILS_KEY]: trails });
}
