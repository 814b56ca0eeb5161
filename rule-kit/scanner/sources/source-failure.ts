import { deniedAction } from '../../aws/denied-action';
import { errorCodeOf } from '../../logging';
import type { InputFailure, SourcePlace } from '../source';

/** What a failed read becomes: the AWS error code (not the kit's wrapper code), the denied action, the rules left unevaluated (absent: every selected rule). */
export function sourceFailure(name: string, place: SourcePlace, error: unknown, ruleIds?: readonly string[]): InputFailure {
  const awsCode = (error as { awsErrorCode?: unknown } | undefined)?.awsErrorCode;
  const code = typeof awsCode === 'string' ? awsCode : (errorCodeOf(error) ?? 'Error');
  const action = deniedAction(error);
  return {
    kind: 'failure',
    name,
    ...(place.account === undefined ? {} : { account: place.account }),
    ...(place.region === undefined ? {} : { region: place.region }),
    code,
    ...(action === undefined ? {} : { action }),
    message: error instanceof Error ? error.message : String(error),
    ...(ruleIds === undefined ? {} : { ruleIds }),
  };
}
