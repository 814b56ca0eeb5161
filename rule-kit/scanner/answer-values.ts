import type { ConfigurationItem } from '../configuration-item';
import { InvalidConfigurationItemError, normaliseItem, readConfigFile } from '../items';
import { MERGED_RESOURCE_TYPE } from './account-items';
import { answerRules } from './answer-rules';
import type { ItemAnswer, ValueAnswer } from './item-answer';
import { notConfigDocument } from './not-config-input';
import type { RuleRuns } from './rule-runs';

/**
 * The normalise and evaluate stages for one parsed value: a list element or line (`isItem`), or a
 * whole document that may hold items (a single item, a notification, a file of another kind).
 */
export function answerParsed(parsed: unknown, isItem: boolean, runs: RuleRuns): ValueAnswer {
  if (!isItem) {
    const reason = notConfigDocument(parsed);
    if (reason !== undefined) return { kind: 'not-config', reason };
  }
  let items: ConfigurationItem[];
  try {
    items = isItem ? [normaliseItem(parsed)] : readConfigFile(parsed);
  } catch (error) {
    if (!(error instanceof InvalidConfigurationItemError)) throw error;
    return {
      kind: 'items',
      items: [
        {
          kind: 'malformed',
          error: error.name,
          message: error.message,
          ...(error.resourceType === undefined ? {} : { resourceType: error.resourceType }),
          ...(error.resourceId === undefined ? {} : { resourceId: error.resourceId }),
        },
      ],
    };
  }
  // An element's own JSON when a rule waits; a document's is not the item's (a wrapper around it).
  const json = isItem ? (): string => JSON.stringify(parsed) : undefined;
  return { kind: 'items', items: items.map((item) => answerItem(item, runs, json)) };
}

/** The value's text parsed and answered, or `unparsable` when it is not JSON. */
export function answerText(text: string, isItem: boolean, runs: RuleRuns): ValueAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'unparsable', reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return answerParsed(parsed, isItem, runs);
}

/** One normalised item: its rules' answers, or why it is not evaluated now. */
export function answerItem(item: ConfigurationItem, runs: RuleRuns, json?: () => string): ItemAnswer {
  const typeRuns = runs.byType.get(item.resourceType);
  const related = runs.relatedTypes.has(item.resourceType) ? { related: item } : {};
  if (item.resourceType === MERGED_RESOURCE_TYPE && (typeRuns !== undefined || runs.relatedTypes.has(item.resourceType))) {
    return { kind: 'account', item };
  }
  if (typeRuns === undefined) return { kind: 'skipped', resourceType: item.resourceType, ...related };
  const rules = answerRules(item, typeRuns);
  const waits = rules.some((rule) => rule.kind === 'waits');
  const { resourceType, awsAccountId, awsRegion, resourceId, configurationItemCaptureTime } = item;
  return {
    kind: 'evaluated',
    key: { resourceType, awsAccountId, awsRegion, resourceId, configurationItemCaptureTime },
    rules,
    ...(waits ? { json: json?.() ?? JSON.stringify(item) } : {}),
    ...related,
  };
}
