import { ListDetectorsCommand, type GuardDutyClient } from '@aws-sdk/client-guardduty';

/** Largest page ListDetectors allows. */
const PAGE_SIZE = 50;

/** Every detector id ListDetectors returns in the client's Region, following NextToken to the end. */
export async function* listDetectorIds(guardduty: GuardDutyClient): AsyncGenerator<string> {
  let nextToken: string | undefined;
  do {
    const page = await guardduty.send(new ListDetectorsCommand({ MaxResults: PAGE_SIZE, ...(nextToken ? { NextToken: nextToken } : {}) }));
    yield* page.DetectorIds ?? [];
    nextToken = page.NextToken;
  } while (nextToken);
}
