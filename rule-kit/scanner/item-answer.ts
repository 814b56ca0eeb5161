import type { ComplianceType } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { ItemKey } from './latest-items';

/**
 * What the normalise and evaluate stages say about one value read from the input, as plain data: the
 * keep-latest stage (item-recorder.ts) records them in input order.
 */

/** One rule's answer for one item. */
export type RuleAnswer =
  /** `json`: the `ReportedEvaluation` as JSON text, what the store and the JSON report keep. */
  | { readonly kind: 'evaluation'; readonly compliance: ComplianceType; readonly json: string }
  /** The rule threw: a bug in the rule (the Lambda would fail too), reported, never a verdict. */
  | { readonly kind: 'error'; readonly error: string; readonly message: string }
  /** The rule looked at a related resource: evaluated again once the input is complete. */
  | { readonly kind: 'waits' };

export type ItemAnswer =
  /**
   * An item some selected rule evaluates: its key and each rule's answer, in the order of the rules
   * of its type. `json` is the item's JSON when a rule waits; `related` the item itself when its type
   * is some rule's related resource (the scan's related index keeps it).
   */
  | {
      readonly kind: 'evaluated';
      readonly key: ItemKey;
      readonly rules: readonly RuleAnswer[];
      readonly json?: string;
      readonly related?: ConfigurationItem;
    }
  /** No selected rule evaluates the type; `related` as above. */
  | { readonly kind: 'skipped'; readonly resourceType: string; readonly related?: ConfigurationItem }
  /** An `AWS::::Account` item, held to be merged with its account's others (account-items.ts). */
  | { readonly kind: 'account'; readonly item: ConfigurationItem }
  /** Not a configuration item Config produces (`InvalidConfigurationItemError`). */
  | {
      readonly kind: 'malformed';
      readonly error: string;
      readonly message: string;
      readonly resourceType?: string;
      readonly resourceId?: string;
    };

/** What one value of a block (a list element, a document, a line) came to. */
export type ValueAnswer =
  /** The items it held: one for a list element or line (or its error), any number for a document. */
  | { readonly kind: 'items'; readonly items: readonly ItemAnswer[] }
  /** A document that is not Config data (a CloudTrail log beside the snapshots): the input is skipped. */
  | { readonly kind: 'not-config'; readonly reason: string }
  /** Not JSON: the input stops being read here. */
  | { readonly kind: 'unparsable'; readonly reason: string };
