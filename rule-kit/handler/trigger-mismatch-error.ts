import { RuleKitError } from '../errors';

/** Config invoked the rule in a way its definition does not declare: the deployment is miswired. */
export class TriggerMismatchError extends RuleKitError {
  readonly name = 'TriggerMismatchError';
  readonly code = 'TriggerMismatch';
  constructor(
    readonly ruleId: string,
    readonly messageType: string,
  ) {
    super(`Rule ${ruleId} does not declare the trigger for ${messageType}; check the rule's Source.SourceDetails`);
  }
}
