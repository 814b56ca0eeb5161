import { MissingPermissionError } from '../reporting/reporting-errors';

// AWS's denial messages name the action: "User: arn:... is not authorized to perform: ec2:DescribeSnapshots ...".
const PERFORM = /not authorized to perform:? ([a-z0-9-]+:[A-Za-z0-9]+)/;

/** The IAM action an AWS error says was denied, when it says so. */
export function deniedAction(error: unknown): string | undefined {
  if (error instanceof MissingPermissionError) return error.permission;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return PERFORM.exec(message)?.[1];
}
