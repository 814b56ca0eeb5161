import { cloudtrailHandler } from './cloudtrail-handler';
import { configHandler } from './config-handler';
import { ec2Handler } from './ec2-handler';
import type { FakeCloud } from './fake-cloud';
import { guarddutyHandler } from './guardduty-handler';
import { iamHandler } from './iam-handler';
import { organizationsHandler } from './organizations-handler';
import { s3ControlHandler } from './s3-control-handler';
import { s3Handler } from './s3-handler';
import { serviceQuotasHandler } from './service-quotas-handler';
import { AwsStandIn, type StandInOptions } from './stand-in';
import { stsHandler } from './sts-handler';

/** A listening stand-in answering every service the pack and its CLI call, over `cloud`. */
export async function startStandIn(cloud: FakeCloud, options: StandInOptions = {}): Promise<AwsStandIn> {
  const standIn = new AwsStandIn(options);
  standIn.register(
    configHandler(cloud),
    stsHandler(cloud, standIn),
    ec2Handler(cloud),
    iamHandler(cloud),
    organizationsHandler(cloud),
    cloudtrailHandler(cloud),
    guarddutyHandler(cloud),
    serviceQuotasHandler(cloud),
    s3ControlHandler(cloud),
    s3Handler(cloud),
  );
  return standIn.start();
}
