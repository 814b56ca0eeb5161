import { RuleKitError } from '../../errors';

/** The code under test sent a Config command the recording client does not fake. */
export class UnfakedCommandError extends RuleKitError {
  readonly name = 'UnfakedCommandError';
  readonly code = 'UnfakedCommand';
  constructor(readonly input: unknown) {
    super(
      'recordingConfigClient fakes PutEvaluations, GetResourceConfigHistory, ListDiscoveredResources, ' +
        'BatchGetResourceConfig and GetComplianceDetailsByConfigRule only; stub others with `.mock.on(Command)`',
    );
  }
}
