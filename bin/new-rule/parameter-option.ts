import { param, type ParameterKind, type ParameterSpec } from '../../rule-kit';
import { KIT_PARAMETER_NAMES } from '../../rule-kit/lambda';
import { NewRuleRefusedError } from './new-rule-refused-error';

/** A `--param NAME:TYPE[=DEFAULT]` of `config-rules new`, checked as the kit will check the rule. */
export interface NewParameter {
  readonly name: string;
  readonly kind: ParameterKind;
  /** The default as a TypeScript literal, parsed by the kit first (`22,3389` -> `[22, 3389]`). */
  readonly defaultLiteral: string | undefined;
}

const KINDS: Readonly<Record<ParameterKind, (description: string) => ParameterSpec<unknown>>> = {
  string: (description) => param.string({ description }),
  integer: (description) => param.integer({ description }),
  boolean: (description) => param.boolean({ description }),
  stringList: (description) => param.stringList({ description }),
  integerList: (description) => param.integerList({ description }),
  portRangeList: (description) => param.portRangeList({ description }),
};
// The pattern defineRule checks names against.
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

function isKind(kind: string): kind is ParameterKind {
  return Object.prototype.hasOwnProperty.call(KINDS, kind);
}

export function parseParameterOption(text: string): NewParameter {
  const match = /^([^:=]*):([^=]*)(?:=(.*))?$/s.exec(text);
  const fail = (reason: string): never => {
    throw new NewRuleRefusedError('--param', text, reason);
  };
  if (match === null) return fail('is not NAME:TYPE[=DEFAULT] (for example maxAgeDays:integer=90)');
  const [, name = '', kind = '', raw] = match;
  if (!PARAMETER_NAME.test(name)) fail(`has name ${JSON.stringify(name)}: a parameter name is letters and digits, starting with a letter`);
  if ((KIT_PARAMETER_NAMES as readonly string[]).includes(name)) fail(`uses ${name}, which the kit reserves for cross-account evaluation`);
  if (!isKind(kind)) return fail(`has type ${JSON.stringify(kind)}, not one of ${Object.keys(KINDS).join(', ')}`);
  if (raw === undefined) return { name, kind, defaultLiteral: undefined };
  let value: unknown;
  try {
    value = KINDS[kind]('').parse(raw, name);
  } catch (error) {
    return fail(`has a default the kit rejects: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { name, kind, defaultLiteral: literal(value) };
}

/** A parsed value as TypeScript source: strings quoted once, lists and port ranges as array literals. */
function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value).map(([key, field]) => `${key}: ${literal(field)}`).join(', ')} }`;
  }
  return String(value);
}
