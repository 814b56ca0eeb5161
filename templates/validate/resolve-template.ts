import { intrinsicName, isObject, type Json } from './template-problem';

/** Parameter values and pseudo parameters to resolve a template with, as a deployment would. */
export interface Deployment {
  /** Overrides; parameters not given take their Default. */
  readonly parameters?: Readonly<Record<string, string>>;
  readonly accountId?: string;
  readonly region?: string;
  readonly partition?: string;
}

export class UnresolvableError extends Error {
  override readonly name = 'UnresolvableError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Cannot resolve ${path}: ${reason}`);
  }
}

const REMOVED = Symbol('AWS::NoValue');
type Resolved = Json | typeof REMOVED;

/**
 * Resolves parameters, pseudo parameters, conditions, Fn::If (with AWS::NoValue removing keys and list
 * items), Fn::Equals/Not/And/Or, Fn::Sub and Fn::Join, as CloudFormation would for a deployment.
 * Resource references stay as `{ Ref }` / `{ Fn::GetAtt }`: only the stack knows them.
 */
export class TemplateResolver {
  private readonly values: Record<string, string> = {};
  /** CommaDelimitedList parameters: a Ref gives the list, as CloudFormation does. */
  private readonly lists = new Set<string>();
  private readonly conditionCache = new Map<string, boolean>();

  constructor(
    private readonly template: { readonly [key: string]: Json },
    deployment: Deployment = {},
  ) {
    const parameters = isObject(template['Parameters']) ? template['Parameters'] : {};
    for (const [name, parameter] of Object.entries(parameters)) {
      const fallback = isObject(parameter) && parameter['Default'] !== undefined ? String(parameter['Default']) : undefined;
      const value = deployment.parameters?.[name] ?? fallback;
      if (value !== undefined) this.values[name] = value;
      if (isObject(parameter) && parameter['Type'] === 'CommaDelimitedList') this.lists.add(name);
    }
    for (const name of Object.keys(deployment.parameters ?? {})) {
      if (!(name in parameters)) throw new UnresolvableError(`Parameters.${name}`, 'is not a parameter of the template');
    }
    this.values['AWS::AccountId'] = deployment.accountId ?? '111122223333';
    this.values['AWS::Region'] = deployment.region ?? 'us-east-1';
    this.values['AWS::Partition'] = deployment.partition ?? 'aws';
    this.values['AWS::StackName'] = 'stack';
    this.values['AWS::URLSuffix'] = 'amazonaws.com';
  }

  condition(name: string): boolean {
    const cached = this.conditionCache.get(name);
    if (cached !== undefined) return cached;
    const conditions = isObject(this.template['Conditions']) ? this.template['Conditions'] : {};
    const definition = conditions[name];
    if (definition === undefined) throw new UnresolvableError(`Conditions.${name}`, 'is not defined');
    const value = this.resolve(definition, `Conditions.${name}`);
    if (typeof value !== 'boolean') throw new UnresolvableError(`Conditions.${name}`, 'does not evaluate to a boolean');
    this.conditionCache.set(name, value);
    return value;
  }

  /** The resolved value; undefined when AWS::NoValue removed it. */
  resolve(value: Json, path = '(value)'): Json | undefined {
    const resolved = this.resolveInner(value, path);
    return resolved === REMOVED ? undefined : resolved;
  }

  private resolveInner(value: Json, path: string): Resolved {
    if (Array.isArray(value)) {
      return value.map((item, index) => this.resolveInner(item, `${path}[${index}]`)).filter((item): item is Json => item !== REMOVED);
    }
    if (!isObject(value)) return value;
    const fn = intrinsicName(value);
    if (fn === undefined) {
      const out: { [key: string]: Json } = {};
      for (const [key, child] of Object.entries(value)) {
        const resolved = this.resolveInner(child, `${path}.${key}`);
        if (resolved !== REMOVED) out[key] = resolved;
      }
      return out;
    }
    const argument = value[fn] as Json;
    const list = (count: number): Json[] => {
      if (!Array.isArray(argument) || argument.length !== count) throw new UnresolvableError(path, `${fn} takes ${count} arguments`);
      return argument;
    };
    const bool = (item: Json, at: string): boolean => {
      const resolved = this.resolveInner(item, at);
      if (typeof resolved !== 'boolean') throw new UnresolvableError(at, 'is not a condition');
      return resolved;
    };
    switch (fn) {
      case 'Ref': {
        const name = String(argument);
        if (name === 'AWS::NoValue') return REMOVED;
        const resolved = this.values[name];
        if (resolved === undefined) return value;
        return this.lists.has(name) ? resolved.split(',').map((item) => item.trim()) : resolved;
      }
      case 'Condition':
        return this.condition(String(argument));
      case 'Fn::If': {
        const [name, then, otherwise] = list(3);
        return this.condition(String(name)) ? this.resolveInner(then as Json, `${path}.then`) : this.resolveInner(otherwise as Json, `${path}.else`);
      }
      case 'Fn::Equals': {
        const [a, b] = list(2).map((item, index) => this.resolveInner(item, `${path}[${index}]`));
        return JSON.stringify(a) === JSON.stringify(b);
      }
      case 'Fn::Not':
        return !bool(list(1)[0] as Json, path);
      case 'Fn::And':
        return (argument as Json[]).every((item, index) => bool(item, `${path}[${index}]`));
      case 'Fn::Or':
        return (argument as Json[]).some((item, index) => bool(item, `${path}[${index}]`));
      case 'Fn::Sub': {
        const [text, variables] = Array.isArray(argument) ? [argument[0], argument[1]] : [argument, undefined];
        const locals = isObject(variables) ? variables : {};
        return String(text).replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
          if (name.startsWith('!')) return `\${${name.slice(1)}}`;
          const local = locals[name];
          const resolved = local === undefined ? this.values[name] : this.resolveInner(local, `${path}.${name}`);
          return typeof resolved === 'string' ? resolved : whole;
        });
      }
      case 'Fn::Join': {
        const [separator, items] = list(2);
        const resolved = this.resolveInner(items as Json, path);
        return Array.isArray(resolved) ? resolved.map(String).join(String(separator)) : value;
      }
      default:
        return value;
    }
  }
}
