import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, parseParameters, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/rds-log-exports';
import { DEFAULT_ENGINE_LOGS } from '../../../rules/rds-log-exports/engine-logs';

const ENGINES = ['mysql', 'mariadb', 'postgres', 'aurora-mysql', 'aurora-postgresql', 'oracle-ee', 'oracle-se2-cdb', 'sqlserver-ee', 'docdb', 'neptune'];
const LOGS = ['audit', 'error', 'general', 'slowquery', 'postgresql', 'upgrade', 'alert', 'listener', 'trace', 'agent'];
const STATUSES = ['available', 'backing-up', 'storage-optimization', 'storage-full', 'stopped', 'creating', 'modifying'];

function instance(engine: string, status: string, exports: readonly string[] | undefined, cluster?: string): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-03-04T11:01:58.117Z',
    configurationItemStatus: 'OK',
    awsAccountId: '111122223333',
    awsRegion: 'eu-west-1',
    resourceType: 'AWS::RDS::DBInstance',
    resourceId: 'db-ORDERSDBABCDEFGHIJKLMNOPQR',
    resourceName: 'orders-db',
    configuration: {
      dBInstanceIdentifier: 'orders-db',
      engine,
      dBInstanceStatus: status,
      ...(exports === undefined ? {} : { enabledCloudwatchLogsExports: exports }),
      ...(cluster === undefined ? {} : { dBClusterIdentifier: cluster }),
    },
  };
}

const defaults = (engine: string) => DEFAULT_ENGINE_LOGS[engine] ?? DEFAULT_ENGINE_LOGS[engine.split('-')[0] ?? ''] ?? [];
const arbExports = fc.option(fc.uniqueArray(fc.constantFrom(...LOGS)), { nil: undefined });

describe('rds-log-exports properties', () => {
  it('an evaluated instance is COMPLIANT exactly when it exports every default log of its engine', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENGINES), fc.constantFrom(...STATUSES), arbExports, (engine, status, exports) => {
        const verdict = evaluateItem(rule, instance(engine, status, exports), parseParameters(rule.parameters, {}));
        const evaluated = ['available', 'backing-up', 'storage-optimization', 'storage-full'].includes(status);
        expect(verdict.compliance === 'NOT_APPLICABLE').toBe(!evaluated);
        const complete = defaults(engine).every((log) => (exports ?? []).includes(log));
        expect(verdict.compliance === 'COMPLIANT').toBe(evaluated && complete);
      }),
      { numRuns: 300 },
    );
  });

  it('exporting more never turns a COMPLIANT database NON_COMPLIANT', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENGINES), arbExports, fc.uniqueArray(fc.constantFrom(...LOGS)), (engine, exports, more) => {
        const params = parseParameters(rule.parameters, {});
        const before = evaluateItem(rule, instance(engine, 'available', exports), params).compliance;
        const after = evaluateItem(rule, instance(engine, 'available', [...new Set([...(exports ?? []), ...more])]), params).compliance;
        if (before === 'COMPLIANT') expect(after).toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('additionalLogs for the engine decides alone: COMPLIANT exactly when every named log is exported', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENGINES), arbExports, fc.uniqueArray(fc.constantFrom(...LOGS), { minLength: 1 }), (engine, exports, named) => {
        const params = parseParameters(rule.parameters, { additionalLogs: `${engine}: ${named.join(', ')}` });
        const verdict = evaluateItem(rule, instance(engine, 'available', exports), params);
        expect(verdict.compliance === 'COMPLIANT').toBe(named.every((log) => (exports ?? []).includes(log)));
      }),
      { numRuns: 200 },
    );
  });

  it('a cluster member is NOT_APPLICABLE whatever it exports; the API shape gives the same verdict', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENGINES), fc.constantFrom(...STATUSES), arbExports, fc.boolean(), (engine, status, exports, member) => {
        const item = instance(engine, status, exports, member ? 'a-cluster' : undefined);
        const params = parseParameters(rule.parameters, {});
        const verdict = evaluateItem(rule, item, params);
        if (member) expect(verdict.compliance).toBe('NOT_APPLICABLE');
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), params)).toEqual(verdict);
      }),
      { numRuns: 150 },
    );
  });
});
