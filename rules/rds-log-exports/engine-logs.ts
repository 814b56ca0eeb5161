/**
 * The CloudWatch Logs exports each RDS engine must have on by default: the logs that record who
 * connected and what they ran or changed (audit, general/query, error/alert, listener), by the log type
 * names RDS uses in `EnableCloudwatchLogsExports` (RDS user guide, "Publishing database logs to Amazon
 * CloudWatch Logs", per engine). Engines are matched by exact name first, then by family (the part
 * before the first `-` of `oracle-ee`, `sqlserver-se`, `db2-ae`, `aurora-mysql`...).
 */
export const DEFAULT_ENGINE_LOGS: Readonly<Record<string, readonly string[]>> = {
  mysql: ['audit', 'error', 'general', 'slowquery'],
  mariadb: ['audit', 'error', 'general', 'slowquery'],
  postgres: ['postgresql'],
  aurora: ['audit', 'error', 'general', 'slowquery'],
  'aurora-mysql': ['audit', 'error', 'general', 'slowquery'],
  'aurora-postgresql': ['postgresql'],
  oracle: ['alert', 'audit', 'listener'],
  sqlserver: ['agent', 'error'],
  db2: ['diag.log', 'notify.log'],
  docdb: ['audit'],
  neptune: ['audit'],
};

/** `oracle-ee` → `oracle`; an engine without a dash is its own family. */
export function engineFamily(engine: string): string {
  const dash = engine.indexOf('-');
  return dash === -1 ? engine : engine.slice(0, dash);
}

/** Required log types for `engine`: the override for its exact name, else for its family, else the defaults likewise. */
export function requiredLogs(engine: string, overrides: Readonly<Record<string, readonly string[]>>): readonly string[] | undefined {
  const family = engineFamily(engine);
  const pick = (table: Readonly<Record<string, readonly string[]>>) =>
    Object.hasOwn(table, engine) ? table[engine] : Object.hasOwn(table, family) ? table[family] : undefined;
  return pick(overrides) ?? pick(DEFAULT_ENGINE_LOGS);
}
