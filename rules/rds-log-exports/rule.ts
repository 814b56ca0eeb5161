import { compliant, defineRule, nonCompliant, notApplicable, param } from '../../rule-kit';
import { parseAdditionalLogs } from './additional-logs';
import { CLUSTER_TYPE, EVALUATED_STATUSES, INSTANCE_TYPE, readDatabase, type DatabaseResourceType } from './database-facts';
import { requiredLogs } from './engine-logs';

const RESOURCE_TYPES: readonly DatabaseResourceType[] = [INSTANCE_TYPE, CLUSTER_TYPE];

/** Database logs that stay on the instance are lost with it and never reach detection. */
export const rule = defineRule({
  id: 'rds-log-exports',
  description:
    "Checks that RDS DB instances and clusters export their engine's security-relevant logs to CloudWatch Logs (a default set per engine, replaced per engine by additionalLogs).",
  severity: 'MEDIUM',
  resourceTypes: RESOURCE_TYPES,
  triggers: ['change'],
  parameters: {
    additionalLogs: param.string({
      description: 'Log types per engine or engine family, replacing the defaults, as rds-logging-enabled writes them: "oracle: alert, audit ; aurora-mysql: audit, error".',
    }),
  },
  checkParameters({ additionalLogs }) {
    parseAdditionalLogs(additionalLogs);
  },
  permissions: [],
  evaluate(item, { additionalLogs }) {
    const db = readDatabase(item);
    const label = `${db.noun} ${db.name}`;
    if (db.cluster !== undefined) {
      return notApplicable(`${label} belongs to DB cluster ${db.cluster}, which exports its logs; the cluster is evaluated.`);
    }
    if (!EVALUATED_STATUSES.includes(db.status)) {
      return notApplicable(`${label} is ${db.status}; only ${EVALUATED_STATUSES.join(', ')} databases are evaluated.`);
    }
    const required = requiredLogs(db.engine, parseAdditionalLogs(additionalLogs));
    if (required === undefined) {
      return nonCompliant(`${label} runs engine ${db.engine}, which has no default log set here: name its logs with additionalLogs.`);
    }
    const missing = required.filter((log) => !db.exports.includes(log));
    if (missing.length > 0) {
      const exported = db.exports.length === 0 ? 'exports no logs' : `exports ${db.exports.join(', ')}`;
      return nonCompliant(`${label} (${db.engine}) ${exported}; missing: ${missing.join(', ')}.`);
    }
    return compliant(`${label} (${db.engine}) exports ${required.join(', ')} to CloudWatch Logs.`);
  },
});
