import { configHandler } from './config-handler';
import type { FakeCloud } from './fake-cloud';
import { AwsStandIn, type StandInOptions } from './stand-in';
import { stsHandler } from './sts-handler';

/** A listening stand-in answering every service the pack and its CLI call, over `cloud`. */
export async function startStandIn(cloud: FakeCloud, options: StandInOptions = {}): Promise<AwsStandIn> {
  const standIn = new AwsStandIn(options);
  standIn.register(configHandler(cloud), stsHandler(cloud, standIn));
  return standIn.start();
}
