export { AwsStandIn, type CallRecord, type Denial, type HandlerResult, type Identity, type ServiceHandler, type StandInCall, type StandInOptions } from './stand-in';
export { AwsFault, type Protocol } from './protocol';
export { FakeCloud, type FakeAccount, type FakeRegion } from './fake-cloud';
export { startStandIn } from './start-stand-in';
