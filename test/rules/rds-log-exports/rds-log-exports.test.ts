import { join } from 'node:path';
import { type ComplianceType, type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { expectVerdict, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/rds-log-exports';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
const withConfig = (item: ConfigurationItem, patch: Record<string, unknown>): ConfigurationItem => ({
  ...item,
  configuration: { ...(item.configuration as object), ...patch },
});

describe('rds-log-exports on recorded DB instances and clusters', () => {
  it.each<[string, ComplianceType, string]>([
    ['postgres-exporting', 'COMPLIANT', 'DB instance orders-db (postgres) exports postgresql to CloudWatch Logs.'],
    ['aurora-mysql-exporting', 'COMPLIANT', 'DB cluster inventory-aurora (aurora-mysql) exports audit, error, general, slowquery to CloudWatch Logs.'],
    ['mysql-partial', 'NON_COMPLIANT', 'DB instance billing-db (mysql) exports error, slowquery; missing: audit, general.'],
    ['oracle-no-exports', 'NON_COMPLIANT', 'DB instance erp-db (oracle-ee) exports no logs; missing: alert, audit, listener.'],
    ['aurora-postgresql-no-exports', 'NON_COMPLIANT', 'DB cluster events-aurora (aurora-postgresql) exports no logs; missing: postgresql.'],
    ['postgres-stopped', 'NOT_APPLICABLE', 'DB instance reports-db is stopped; only available, backing-up, storage-optimization, storage-full databases are evaluated.'],
    [
      'aurora-member',
      'NOT_APPLICABLE',
      'DB instance inventory-aurora-1 belongs to DB cluster inventory-aurora, which exports its logs; the cluster is evaluated.',
    ],
    ['instance-deleted', 'NOT_APPLICABLE', 'The resource was deleted.'],
  ])('%s → %s', (name, compliance, annotation) => {
    expectVerdict(rule, fixture(name), { compliance, annotation });
  });

  it.each(['backing-up', 'storage-optimization', 'storage-full'])('evaluates an instance that is %s, as the managed rule does', (status) => {
    expectVerdict(rule, withConfig(fixture('mysql-partial'), { dBInstanceStatus: status }), 'NON_COMPLIANT');
  });

  it.each(['creating', 'modifying', 'stopping', 'failed'])('is NOT_APPLICABLE for a cluster that is %s', (status) => {
    expectVerdict(rule, withConfig(fixture('aurora-postgresql-no-exports'), { status }), 'NOT_APPLICABLE');
  });

  describe('additionalLogs', () => {
    it('replaces the defaults of the engines it names, by exact engine or family', () => {
      expectVerdict(rule, fixture('mysql-partial'), 'COMPLIANT', { additionalLogs: 'mysql: error, slowquery' });
      expectVerdict(rule, fixture('oracle-no-exports'), { compliance: 'NON_COMPLIANT', annotation: /missing: audit\.$/ }, { additionalLogs: 'oracle: audit' });
      expectVerdict(rule, fixture('postgres-exporting'), { compliance: 'NON_COMPLIANT', annotation: /missing: iam-db-auth-error\.$/ }, {
        additionalLogs: 'postgres: postgresql, upgrade, iam-db-auth-error',
      });
    });

    it('takes the exact engine over its family, and leaves other engines at their defaults', () => {
      const params = { additionalLogs: 'aurora: audit ; aurora-mysql: error, general ; oracle: alert' };
      expectVerdict(rule, fixture('aurora-mysql-exporting'), { compliance: 'COMPLIANT', annotation: /exports error, general to/ }, params);
      expectVerdict(rule, fixture('mysql-partial'), { compliance: 'NON_COMPLIANT', annotation: /missing: audit, general\.$/ }, params);
    });

    it('accepts the managed rule page\'s own example', () => {
      expect(() => parseParameters(rule.parameters, { additionalLogs: 'oracle: general, slowquery ; aurora: alert, slowquery' })).not.toThrow();
      expectVerdict(rule, fixture('oracle-no-exports'), { compliance: 'NON_COMPLIANT', annotation: /missing: general, slowquery\.$/ }, {
        additionalLogs: 'oracle: general, slowquery ; aurora: alert, slowquery',
      });
    });

    it.each(['oracle general', 'oracle: general,, audit', ': audit', 'oracle: audit ; oracle: alert', 'Oracle EE: audit'])(
      'refuses %j before evaluating anything',
      (value) => {
        expect(() => rule.checkParameters?.(parseParameters(rule.parameters, { additionalLogs: value }))).toThrow(InvalidParameterError);
        expect(() => expectVerdict(rule, fixture('postgres-exporting'), 'COMPLIANT', { additionalLogs: value })).toThrow(/Invalid rule parameter additionalLogs/);
      },
    );
  });

  it('names an engine without a default log set instead of passing it', () => {
    expectVerdict(rule, withConfig(fixture('postgres-exporting'), { engine: 'custom-sqlserver-ee' }), {
      compliance: 'NON_COMPLIANT',
      annotation: 'DB instance orders-db runs engine custom-sqlserver-ee, which has no default log set here: name its logs with additionalLogs.',
    });
    expectVerdict(rule, withConfig(fixture('postgres-exporting'), { engine: 'custom-sqlserver-ee' }), 'COMPLIANT', { additionalLogs: 'custom: postgresql' });
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no engine', { engine: undefined }, /configuration\.engine is not a string/],
    ['no status', { dBInstanceStatus: null }, /configuration\.dBInstanceStatus is not a string/],
    ['exports that are not a list', { enabledCloudwatchLogsExports: 'postgresql' }, /enabledCloudwatchLogsExports is not a list/],
    ['an export that is not a string', { enabledCloudwatchLogsExports: ['postgresql', 7] }, /enabledCloudwatchLogsExports\[\] is not a string/],
  ])('cannot evaluate, so NON_COMPLIANT, with %s', (_label, patch, reason) => {
    expectVerdict(rule, withConfig(fixture('postgres-exporting'), patch), { compliance: 'NON_COMPLIANT', annotation: reason });
  });
});
