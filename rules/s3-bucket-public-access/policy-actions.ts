import { READ_AND_WRITE, type Access } from './access';

/** S3 action names that only disclose: objects, listings, ACLs, configuration. */
const READ_VERBS = ['get', 'list', 'describe'] as const;

const WILDCARD = /[*?]/;

function globMatches(pattern: string, text: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i').test(text);
}

/**
 * What an `Action` entry lets a caller do to the bucket. `s3:Get*`, `s3:List*` read; `s3:Put*`,
 * `s3:Delete*` and every other S3 verb (AbortMultipartUpload, RestoreObject, Replicate*, Bypass*...) write;
 * `s3:*` and `*` both. A wildcard pattern is classified by the literal text before its first wildcard,
 * so `s3:*Object` or `s3:G*` count as both: any pattern that could match a write verb counts as write.
 * An action of another service does nothing to the bucket. A value without a service prefix is not an
 * action IAM accepts; it counts as both rather than be trusted.
 */
export function actionAccess(action: string): readonly Access[] {
  const text = action.trim().toLowerCase();
  const colon = text.indexOf(':');
  if (colon === -1) return READ_AND_WRITE;
  const service = text.slice(0, colon);
  // Without a wildcard the glob is plain (case-folded) equality: no regular expression built per action.
  if (WILDCARD.test(service) ? !globMatches(service, 's3') : service !== 's3') return [];
  const name = text.slice(colon + 1);
  const wildcard = name.search(WILDCARD);
  if (wildcard === -1) return READ_VERBS.some((verb) => name.startsWith(verb)) ? ['read'] : ['write'];
  const prefix = name.slice(0, wildcard);
  const onlyRead = READ_VERBS.some((verb) => prefix.startsWith(verb));
  const canRead = READ_VERBS.some((verb) => prefix.startsWith(verb) || verb.startsWith(prefix));
  return onlyRead ? ['read'] : canRead ? READ_AND_WRITE : ['write'];
}

/** The union of what a statement's actions allow. */
export function actionsAccess(actions: readonly string[]): readonly Access[] {
  const all = new Set(actions.flatMap((action) => actionAccess(action)));
  return READ_AND_WRITE.filter((access) => all.has(access));
}
