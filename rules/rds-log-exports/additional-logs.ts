import { InvalidParameterError } from '../../rule-kit';

const ENGINE = /^[a-z][a-z0-9-]*$/;
const LOG_TYPE = /^[a-z][a-z0-9._-]*$/;

/**
 * The managed rule `rds-logging-enabled`'s `additionalLogs` syntax, `"oracle: general, slowquery ;
 * aurora: alert, slowquery"`: engine (or engine family) and its log types, entries separated by `;`.
 * Each entry replaces the default log set of that engine. Anything else is an InvalidParameterError
 * naming the entry, checked before anything is evaluated.
 */
export function parseAdditionalLogs(raw: string | undefined): Readonly<Record<string, readonly string[]>> {
  if (raw === undefined || raw.trim() === '') return {};
  const table: Record<string, readonly string[]> = {};
  for (const entry of raw.split(';')) {
    const fail = (reason: string): never => {
      throw new InvalidParameterError('additionalLogs', raw, `entry "${entry.trim()}" ${reason}`);
    };
    const colon = entry.indexOf(':');
    if (colon === -1) fail('is not "engine: log, log"');
    const engine = entry.slice(0, colon).trim().toLowerCase();
    const logs = entry.slice(colon + 1).split(',').map((log) => log.trim().toLowerCase());
    if (!ENGINE.test(engine)) fail('does not start with an engine name');
    if (logs.some((log) => !LOG_TYPE.test(log))) fail('has an empty or invalid log type');
    if (Object.hasOwn(table, engine)) fail(`names ${engine} a second time`);
    table[engine] = logs;
  }
  return table;
}
