import type { ComplianceType } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { ItemAnswer, RuleAnswer, ValueAnswer } from './item-answer';
import type { ItemKey } from './latest-items';

/**
 * The worker's answers on the wire: one flat array of strings and numbers per batch (the structured
 * clone of one array of primitives is far cheaper than of an object per item), written and read only
 * here, by a writer and a reader that walk the same layout. Everything else sees `ValueAnswer`s.
 */
export type AnswerWire = readonly (string | number)[];

const ITEMS = 0;
const NOT_CONFIG = 1;
const UNPARSABLE = 2;

const EVALUATED = 0;
const SKIPPED = 1;
const ACCOUNT = 2;
const MALFORMED = 3;

const EVALUATION = 0;
const RULE_ERROR = 1;
const WAITS = 2;

/** Absent optional strings. */
const NONE = 0;

class Writer {
  readonly out: (string | number)[] = [];

  value(answer: ValueAnswer): void {
    switch (answer.kind) {
      case 'items':
        this.out.push(ITEMS, answer.items.length);
        for (const item of answer.items) this.item(item);
        return;
      case 'not-config':
        this.out.push(NOT_CONFIG, answer.reason);
        return;
      case 'unparsable':
        this.out.push(UNPARSABLE, answer.reason);
    }
  }

  item(answer: ItemAnswer): void {
    const out = this.out;
    switch (answer.kind) {
      case 'evaluated': {
        const { resourceType, awsAccountId, awsRegion, resourceId, configurationItemCaptureTime } = answer.key;
        out.push(EVALUATED, resourceType, awsAccountId, awsRegion, resourceId, configurationItemCaptureTime, answer.rules.length);
        for (const rule of answer.rules) this.rule(rule);
        out.push(answer.json ?? NONE, answer.related === undefined ? NONE : JSON.stringify(answer.related));
        return;
      }
      case 'skipped':
        out.push(SKIPPED, answer.resourceType, answer.related === undefined ? NONE : JSON.stringify(answer.related));
        return;
      case 'account':
        out.push(ACCOUNT, JSON.stringify(answer.item));
        return;
      case 'malformed':
        out.push(MALFORMED, answer.error, answer.message, answer.resourceType ?? NONE, answer.resourceId ?? NONE);
    }
  }

  rule(answer: RuleAnswer): void {
    if (answer.kind === 'evaluation') this.out.push(EVALUATION, answer.compliance, answer.json);
    else if (answer.kind === 'error') this.out.push(RULE_ERROR, answer.error, answer.message);
    else this.out.push(WAITS);
  }
}

class Reader {
  private at = 0;

  constructor(private readonly wire: AnswerWire) {}

  get done(): boolean {
    return this.at >= this.wire.length;
  }

  value(): ValueAnswer {
    const tag = this.number();
    if (tag === NOT_CONFIG) return { kind: 'not-config', reason: this.string() };
    if (tag === UNPARSABLE) return { kind: 'unparsable', reason: this.string() };
    return { kind: 'items', items: this.list(() => this.item()) };
  }

  item(): ItemAnswer {
    const tag = this.number();
    switch (tag) {
      case EVALUATED: {
        const key: ItemKey = {
          resourceType: this.string() as ItemKey['resourceType'],
          awsAccountId: this.string(),
          awsRegion: this.string(),
          resourceId: this.string(),
          configurationItemCaptureTime: this.string(),
        };
        const rules = this.list(() => this.rule());
        const json = this.optional();
        const related = this.optional();
        return { kind: 'evaluated', key, rules, ...(json === undefined ? {} : { json }), ...(related === undefined ? {} : { related: JSON.parse(related) as ConfigurationItem }) };
      }
      case SKIPPED: {
        const resourceType = this.string();
        const related = this.optional();
        return { kind: 'skipped', resourceType, ...(related === undefined ? {} : { related: JSON.parse(related) as ConfigurationItem }) };
      }
      case ACCOUNT:
        return { kind: 'account', item: JSON.parse(this.string()) as ConfigurationItem };
      default: {
        const error = this.string();
        const message = this.string();
        const resourceType = this.optional();
        const resourceId = this.optional();
        return { kind: 'malformed', error, message, ...(resourceType === undefined ? {} : { resourceType }), ...(resourceId === undefined ? {} : { resourceId }) };
      }
    }
  }

  rule(): RuleAnswer {
    const tag = this.number();
    if (tag === EVALUATION) return { kind: 'evaluation', compliance: this.string() as ComplianceType, json: this.string() };
    if (tag === RULE_ERROR) return { kind: 'error', error: this.string(), message: this.string() };
    return { kind: 'waits' };
  }

  list<T>(read: () => T): T[] {
    const count = this.number();
    const out: T[] = [];
    for (let n = 0; n < count; n += 1) out.push(read());
    return out;
  }

  private number(): number {
    const value = this.wire[this.at++];
    if (typeof value !== 'number') throw new TypeError(`answer wire: a number expected at ${this.at - 1}, got ${JSON.stringify(value)}`);
    return value;
  }

  private string(): string {
    const value = this.wire[this.at++];
    if (typeof value !== 'string') throw new TypeError(`answer wire: a string expected at ${this.at - 1}, got ${JSON.stringify(value)}`);
    return value;
  }

  private optional(): string | undefined {
    const value = this.wire[this.at++];
    return value === NONE ? undefined : String(value);
  }
}

/** A block's answers, one per value, for the wire. */
export function encodeValueAnswers(values: readonly ValueAnswer[]): AnswerWire {
  const writer = new Writer();
  for (const value of values) writer.value(value);
  return writer.out;
}

export function decodeValueAnswers(wire: AnswerWire): ValueAnswer[] {
  const reader = new Reader(wire);
  const values: ValueAnswer[] = [];
  while (!reader.done) values.push(reader.value());
  return values;
}

/** Waiting items' answers: per item, its waiting rules' answers. */
export function encodeRuleAnswerLists(lists: readonly (readonly RuleAnswer[])[]): AnswerWire {
  const writer = new Writer();
  for (const list of lists) {
    writer.out.push(list.length);
    for (const rule of list) writer.rule(rule);
  }
  return writer.out;
}

export function decodeRuleAnswerLists(wire: AnswerWire): RuleAnswer[][] {
  const reader = new Reader(wire);
  const lists: RuleAnswer[][] = [];
  while (!reader.done) lists.push(reader.list(() => reader.rule()));
  return lists;
}
