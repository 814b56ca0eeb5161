import { isRecord } from '../../rule-kit';
import type { ManagementEventKinds } from './management-event-kinds';

/** What one event selector (classic or advanced) does with management events. */
interface SelectorReading {
  readonly management: boolean;
  readonly read: boolean;
  readonly write: boolean;
  /** Why the selector records only some management events of its kinds (excluded sources, extra filters). */
  readonly exclusions: readonly string[];
}

const NONE: SelectorReading = { management: false, read: false, write: false, exclusions: [] };

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string') ? value : undefined;
}

/**
 * A classic selector. GetEventSelectors always returns IncludeManagementEvents and ReadWriteType; a
 * missing or unknown value records nothing here (fail safe), as does a selector that is not an object.
 */
function readClassic(selector: unknown): SelectorReading {
  if (!isRecord(selector) || selector['IncludeManagementEvents'] !== true) return NONE;
  const type = selector['ReadWriteType'];
  const read = type === 'All' || type === 'ReadOnly';
  const write = type === 'All' || type === 'WriteOnly';
  const excluded = selector['ExcludeManagementEventSources'];
  const sources = excluded === undefined || excluded === null ? [] : (strings(excluded) ?? ['unreadable ExcludeManagementEventSources']);
  return { management: true, read, write, exclusions: sources };
}

const OPERATORS = ['Equals', 'NotEquals', 'StartsWith', 'NotStartsWith', 'EndsWith', 'NotEndsWith'] as const;

/**
 * An advanced selector: its field selectors are ANDed. It records management events when
 * `eventCategory` Equals `Management`; `readOnly` narrows to read (`true`) or write (`false`) events;
 * any other field (a NotEquals `eventSource` excluding KMS or RDS Data API events, say) means it
 * records only some of them. Anything unreadable narrows, never widens.
 */
function readAdvanced(selector: unknown): SelectorReading {
  if (!isRecord(selector) || !Array.isArray(selector['FieldSelectors'])) return NONE;
  let management = false;
  let read = true;
  let write = true;
  const exclusions: string[] = [];
  for (const field of selector['FieldSelectors']) {
    if (!isRecord(field) || typeof field['Field'] !== 'string') return NONE;
    const name = field['Field'];
    const used = OPERATORS.filter((operator) => field[operator] !== undefined && field[operator] !== null);
    if (name === 'eventCategory') {
      // Any operator but Equals on eventCategory is not something CloudTrail accepts; read it as "no".
      if (used.length !== 1 || used[0] !== 'Equals' || !(strings(field['Equals']) ?? []).includes('Management')) return NONE;
      management = true;
    } else if (name === 'readOnly') {
      const narrowed = readOnlyKinds(field, used);
      read &&= narrowed.read;
      write &&= narrowed.write;
    } else {
      for (const operator of used) {
        const values = strings(field[operator]);
        exclusions.push(
          name === 'eventSource' && operator === 'NotEquals' && values !== undefined ? values.join(', ') : `${name} ${operator} filter`,
        );
      }
    }
  }
  return management ? { management, read, write, exclusions } : NONE;
}

function readOnlyKinds(field: Readonly<Record<string, unknown>>, used: readonly string[]): { read: boolean; write: boolean } {
  if (used.length !== 1) return { read: false, write: false };
  const values = (strings(field[used[0] ?? '']) ?? []).map((value) => value.toLowerCase());
  if (used[0] === 'Equals') return { read: values.includes('true'), write: values.includes('false') };
  if (used[0] === 'NotEquals') return { read: !values.includes('true'), write: !values.includes('false') };
  return { read: false, write: false };
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Why the trail's selectors do not record every management event of the required kinds (read and write
 * unless `readWriteType` narrows them), or undefined when they do. CloudTrail logs an event when any selector matches, so selectors combine: a ReadOnly and
 * a WriteOnly selector together cover both. A kind counts only when one selector records all of it
 * (no excluded event sources): unions of differently-filtered selectors are not credited.
 */
export function managementEventsShortfall(
  eventSelectors: unknown,
  advancedEventSelectors: unknown,
  required: ManagementEventKinds = { read: true, write: true },
): string | undefined {
  const readings = [...list(eventSelectors).map(readClassic), ...list(advancedEventSelectors).map(readAdvanced)];
  const complete = (kind: 'read' | 'write') => readings.some((r) => r.management && r[kind] && r.exclusions.length === 0);
  if ((!required.read || complete('read')) && (!required.write || complete('write'))) return undefined;
  const recording = readings.filter((r) => r.management && (r.read || r.write));
  const anyRead = recording.some((r) => r.read);
  const anyWrite = recording.some((r) => r.write);
  if (!anyRead && !anyWrite) return 'excludes management events';
  if (!anyWrite) return 'records only ReadOnly management events';
  if (!anyRead) return 'records only WriteOnly management events';
  const excluded = [...new Set(recording.flatMap((r) => r.exclusions))];
  return `excludes some management events (${excluded.join('; ')})`;
}
