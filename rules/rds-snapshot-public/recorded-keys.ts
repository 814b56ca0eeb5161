/**
 * Config's spellings of RDS API field names. AWS::RDS::DBSnapshot lowers the first letter only
 * (`DBSnapshotIdentifier` → `dBSnapshotIdentifier`, `IAMDatabaseAuthenticationEnabled` →
 * `iAMDatabaseAuthenticationEnabled`); AWS::RDS::DBClusterSnapshot lowers the whole leading run of capitals
 * (`DBClusterSnapshotIdentifier` → `dbclusterSnapshotIdentifier`, `IAMDatabaseAuthenticationEnabled` →
 * `iamdatabaseAuthenticationEnabled`), as the property lists in awslabs/aws-config-resource-schema show.
 */
export type KeyStyle = 'lower-first' | 'lower-leading-capitals';

function recordedKey(key: string, style: KeyStyle): string {
  if (style === 'lower-first') return key.charAt(0).toLowerCase() + key.slice(1);
  const run = /^[A-Z]+/.exec(key)?.[0].length ?? 0;
  return key.slice(0, run).toLowerCase() + key.slice(run);
}

/** A JSON-safe copy of an API value with every object key in Config's spelling (Dates become ISO strings). */
export function recordedShape(value: unknown, style: KeyStyle): unknown {
  const plain = JSON.parse(JSON.stringify(value ?? null)) as unknown;
  const rename = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rename);
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [recordedKey(key, style), rename(child)]));
  };
  return rename(plain);
}
