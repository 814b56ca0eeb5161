/** One thing wrong with a template, located by a path such as `Resources.SgOpenPortsRule.Properties.Scope`. */
export interface TemplateProblem {
  readonly path: string;
  readonly message: string;
}

export class TemplateParseError extends Error {
  override readonly name = 'TemplateParseError';
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`Cannot parse ${source}: ${reason}`);
  }
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const isObject = (value: unknown): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ Ref: x }` or `{ "Fn::Xxx": ... }` (or the `Condition` function): a value CloudFormation computes. */
export function intrinsicName(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}
