import { noBlockedPortOpen } from './compliant-annotation';

/**
 * Trusted Advisor's "Security Groups - Specific Ports Unrestricted" red ports (FTP 20/21, SQL Server
 * 1433/1434, MySQL 3306, RDP 3389, 4333, PostgreSQL 5432, 5500) plus SSH 22 from `restricted-ssh`.
 */
export const DEFAULT_BLOCKED_PORTS: readonly number[] = [20, 21, 22, 1433, 1434, 3306, 3389, 4333, 5432, 5500];

export interface BlockedPortParameters {
  readonly blockedPort1: number | undefined;
  readonly blockedPort2: number | undefined;
  readonly blockedPort3: number | undefined;
  readonly blockedPort4: number | undefined;
  readonly blockedPort5: number | undefined;
  readonly blockedPorts: readonly number[] | undefined;
}

/**
 * The ports to check, sorted and unique. With no blocked-port parameter set, the default list.
 * Once any is set, the union of the given ports replaces the default: a team that lists its ports
 * gets exactly those checked, never a silent mix with ports it did not choose.
 */
/** What the rule works out once per invocation or scan: the ports, and its COMPLIANT annotation. */
export interface BlockedPorts {
  readonly ports: readonly number[];
  readonly compliantAnnotation: string;
}

export function prepareBlockedPorts(params: BlockedPortParameters): BlockedPorts {
  const ports = resolveBlockedPorts(params);
  return { ports, compliantAnnotation: noBlockedPortOpen(ports) };
}

export function resolveBlockedPorts(params: BlockedPortParameters): readonly number[] {
  const given = [
    params.blockedPort1,
    params.blockedPort2,
    params.blockedPort3,
    params.blockedPort4,
    params.blockedPort5,
    ...(params.blockedPorts ?? []),
  ].filter((port): port is number => port !== undefined);
  const ports = given.length === 0 ? DEFAULT_BLOCKED_PORTS : given;
  return [...new Set(ports)].sort((a, b) => a - b);
}
