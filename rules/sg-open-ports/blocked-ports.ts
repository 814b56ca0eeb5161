import { noBlockedPortOpen } from './compliant-annotation';

/**
 * Trusted Advisor's "Security Groups - Specific Ports Unrestricted" red ports (FTP 20/21, SQL Server
 * 1433/1434, MySQL 3306, RDP 3389, 4333, PostgreSQL 5432, 5500) plus SSH 22 from `restricted-ssh`.
 */
export const DEFAULT_BLOCKED_PORTS: readonly number[] = [20, 21, 22, 1433, 1434, 3306, 3389, 4333, 5432, 5500];

/**
 * `restricted-common-ports` gives each `blockedPortN` its own default: FTP data 20, FTP control 21, RDP
 * 3389, MySQL 3306, and 4333. An unset one keeps its default when another blocked-port parameter is set.
 */
export const MANAGED_RULE_PORT_DEFAULTS = { blockedPort1: 20, blockedPort2: 21, blockedPort3: 3389, blockedPort4: 3306, blockedPort5: 4333 } as const;

export interface BlockedPortParameters {
  readonly blockedPort1: number | undefined;
  readonly blockedPort2: number | undefined;
  readonly blockedPort3: number | undefined;
  readonly blockedPort4: number | undefined;
  readonly blockedPort5: number | undefined;
  readonly blockedPorts: readonly number[] | undefined;
}

/** What the rule works out once per invocation or scan: the ports, and its COMPLIANT annotation. */
export interface BlockedPorts {
  readonly ports: readonly number[];
  readonly compliantAnnotation: string;
}

export function prepareBlockedPorts(params: BlockedPortParameters): BlockedPorts {
  const ports = resolveBlockedPorts(params);
  return { ports, compliantAnnotation: noBlockedPortOpen(ports) };
}

/**
 * The ports to check, sorted and unique. With no blocked-port parameter set, DEFAULT_BLOCKED_PORTS.
 * Once any is set, what `restricted-common-ports` checks for the same parameters: each `blockedPortN`,
 * or its own default when unset, plus every port of `blockedPorts`. So `blockedPort1=8080` checks 8080,
 * 21, 3389, 3306 and 4333, as the managed rule does.
 */
export function resolveBlockedPorts(params: BlockedPortParameters): readonly number[] {
  const numbered = Object.entries(MANAGED_RULE_PORT_DEFAULTS).map(([name, fallback]) => ({ given: params[name as keyof typeof MANAGED_RULE_PORT_DEFAULTS], fallback }));
  if (numbered.every(({ given }) => given === undefined) && params.blockedPorts === undefined) return [...DEFAULT_BLOCKED_PORTS];
  const ports = [...numbered.map(({ given, fallback }) => given ?? fallback), ...(params.blockedPorts ?? [])];
  return [...new Set(ports)].sort((a, b) => a - b);
}
