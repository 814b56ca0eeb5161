import type { NewParameter } from './parameter-option';
import type { StarterCheck } from './starter-check';

/** Everything `config-rules new` was asked for, checked. */
export interface NewRuleSpec {
  readonly id: string;
  readonly checks: readonly StarterCheck[];
  readonly periodic: boolean;
  readonly collector: boolean;
  readonly parameters: readonly NewParameter[];
}

/** `volume-encrypted` -> `volumeEncrypted`. */
export function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** `AWS::EC2::Volume` -> `volume`, `AWS::S3::AccessPoint` -> `access-point`: a fixture's file name. */
export function fixtureName(resourceType: string): string {
  const name = resourceType.split('::').pop() ?? 'resource';
  return `${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.json`;
}

export const fieldPath = (check: StarterCheck): string => `configuration.${check.field}`;

/** What the starter check requires, in words. */
export function requirement(check: StarterCheck): string {
  return check.kind === 'true' ? `\`${fieldPath(check)}\` is present and \`true\`` : `\`${fieldPath(check)}\` is present and not empty`;
}
