import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import { rules } from '../../../rules';
import { generateTemplates, INVESTIGATION_TEMPLATE_PATH } from '../../../templates/generate';
import { INVESTIGATION_QUERIES, fillQuery } from '../../../templates/investigation/queries';
import { CLOUDTRAIL_TABLE, INVESTIGATION_TABLES, type ColumnType, type TableDefinition } from '../../../templates/investigation/tables';
import { checkReferences, checkResourceSpec, parseTemplate, TemplateResolver, type Json } from '../../../templates/validate';
import { at, objectAt } from '../template-access';

const body = generateTemplates(rules).find((file) => file.path === INVESTIGATION_TEMPLATE_PATH)?.content ?? '';
const template = parseTemplate(body, INVESTIGATION_TEMPLATE_PATH);
const resources = objectAt(template, 'Resources');

/** SQL words and functions the queries use; every other identifier must be a column path of the table. */
const SQL_WORDS = new Set(['select', 'from', 'where', 'and', 'or', 'in', 'like', 'between', 'is', 'null', 'not', 'order', 'by', 'json_extract_scalar']);

/** Identifiers outside string literals, dotted paths kept whole. */
function identifiersOf(sql: string): string[] {
  const code = sql.replace(/'(?:[^']|'')*'/g, "''");
  return [...code.matchAll(/[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/g)].map((match) => match[0]);
}

/** Whether a dotted path names a column (or a partition key) of the table, walking struct fields. */
function resolves(table: TableDefinition, path: string): boolean {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0 && table.partitionKeys.includes(head)) return true;
  let type: ColumnType | undefined = table.columns[head];
  for (const field of rest) {
    if (type === undefined || typeof type === 'string' || !('struct' in type)) return false;
    type = type.struct[field];
  }
  return type !== undefined;
}

describe('the investigation stack', () => {
  it('matches the CloudFormation resource specification, and every Ref resolves and is used', async () => {
    const spec = await loadAwsServiceSpec();
    expect(checkResourceSpec(template, spec)).toEqual([]);
    expect(checkReferences(template)).toEqual([]);
  }, 60_000);

  it.each(INVESTIGATION_QUERIES.map((query) => [query.key, query] as const))('%s names only columns the CloudTrail table defines', (_key, query) => {
    const unknown = identifiersOf(query.sql).filter((name) => !SQL_WORDS.has(name.toLowerCase()) && name !== CLOUDTRAIL_TABLE.name && !resolves(CLOUDTRAIL_TABLE, name));
    expect(unknown).toEqual([]);
  });

  it('the column check itself rejects a column the table lacks', () => {
    expect(resolves(CLOUDTRAIL_TABLE, 'useridentity.sessioncontext.sessionissuer.arn')).toBe(true);
    expect(resolves(CLOUDTRAIL_TABLE, 'useridentity.sessionissuer.arn')).toBe(false);
    expect(resolves(CLOUDTRAIL_TABLE, 'eventname')).toBe(true);
    expect(resolves(CLOUDTRAIL_TABLE, 'event_name')).toBe(false);
  });

  it.each(INVESTIGATION_TABLES.map((table) => [table.name, table] as const))(
    '%s projects account, Region and day onto the delivery path, with no crawler',
    (name, table) => {
      const [, resource] = Object.entries(resources).find(([, candidate]) => at(candidate, 'Type') === 'AWS::Glue::Table' && at(candidate, 'Properties.TableInput.Name') === name) ?? [];
      expect(resource).toBeDefined();
      const resolver = new TemplateResolver(template, {
        parameters: { CloudTrailBucket: 'trail-logs', ConfigBucket: 'config-logs', CloudTrailPathPrefix: 'AWSLogs/o-abc123/', Accounts: '111122223333,444455556666', Regions: 'eu-west-1' },
      });
      const parameters = resolver.resolve(at(resource as Json, 'Properties.TableInput.Parameters')) as Record<string, string>;
      expect(parameters['projection.enabled']).toBe('true');
      expect(parameters['projection.account.values']).toBe('111122223333,444455556666');
      expect(parameters['projection.date.format']).toBe(table.dateFormat);
      const path = parameters['storage.location.template'];
      expect(path).toBe(name === 'cloudtrail_logs' ? 's3://trail-logs/AWSLogs/o-abc123/${account}/CloudTrail/${region}/${date}' : 's3://config-logs/AWSLogs/${account}/Config/${region}/${date}/ConfigSnapshot');
      // Every partition key appears in the path, so Athena reads only the partitions a query names.
      for (const key of table.partitionKeys) expect(path).toContain(`\${${key}}`);
    },
  );

  it('defines one named query per investigation, and fillQuery quotes what it fills in', () => {
    const names = Object.values(resources)
      .filter((resource) => at(resource, 'Type') === 'AWS::Athena::NamedQuery')
      .map((resource) => at(resource, 'Properties.Name'));
    expect(names.sort()).toEqual(INVESTIGATION_QUERIES.map((query) => `config-rules-pack-${query.key}`).sort());
    const principal = INVESTIGATION_QUERIES.find((query) => query.key === 'principal-activity')!;
    expect(fillQuery(principal, { principalArn: "arn:aws:iam::1:user/o'brien", from: '2026/12/03', to: '2026/12/05' })).toContain("useridentity.arn = 'arn:aws:iam::1:user/o''brien'");
  });
});
