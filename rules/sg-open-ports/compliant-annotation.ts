const compliantAnnotations = new WeakMap<readonly number[], string>();

/**
 * The COMPLIANT annotation. For a frozen port list (resolveBlockedPorts returns one per parameter
 * object) it is made once, not for every security group; any other list is formatted every time.
 */
export function noBlockedPortOpen(blocked: readonly number[]): string {
  if (!Object.isFrozen(blocked)) return format(blocked);
  let annotation = compliantAnnotations.get(blocked);
  if (annotation === undefined) {
    annotation = format(blocked);
    compliantAnnotations.set(blocked, annotation);
  }
  return annotation;
}

function format(blocked: readonly number[]): string {
  return `No blocked port (${blocked.join(', ')}) is open to the whole internet.`;
}
