/** The COMPLIANT annotation, naming the ports checked (the rule prepares it once per invocation or scan). */
export function noBlockedPortOpen(blocked: readonly number[]): string {
  return `No blocked port (${blocked.join(', ')}) is open to the whole internet.`;
}
