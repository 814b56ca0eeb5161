import { CLOUDTRAIL_TABLE } from './tables';

/**
 * The investigations an alert leads to, as Athena named queries over the CloudTrail table. Each takes
 * its values as `{{placeholder}}`s a person (or the alert message) fills in; `{{from}}` and `{{to}}`
 * are days as the `date` partition spells them (yyyy/MM/dd), so Athena reads only those days.
 */
export interface InvestigationQuery {
  /** Stable key: the alert message and the template refer to a query by it. */
  readonly key: 'principal-activity' | 'security-group-changes' | 'bucket-policy-changes' | 'snapshot-permission-changes' | 'console-sign-in-without-mfa' | 'root-activity';
  readonly title: string;
  readonly sql: string;
}

const T = CLOUDTRAIL_TABLE.name;
const WINDOW = `date BETWEEN '{{from}}' AND '{{to}}'`;
const CALL_COLUMNS = 'eventtime, useridentity.arn, eventsource, eventname, awsregion, sourceipaddress, useragent, errorcode';

export const INVESTIGATION_QUERIES: readonly InvestigationQuery[] = [
  {
    key: 'principal-activity',
    title: 'Every call by a principal (or the role behind a session) in a window',
    sql: `SELECT ${CALL_COLUMNS}, requestparameters
FROM ${T}
WHERE ${WINDOW}
  AND (useridentity.arn = '{{principalArn}}' OR useridentity.sessioncontext.sessionissuer.arn = '{{principalArn}}')
ORDER BY eventtime`,
  },
  {
    key: 'security-group-changes',
    title: 'Who changed a security group',
    sql: `SELECT ${CALL_COLUMNS}, requestparameters
FROM ${T}
WHERE ${WINDOW}
  AND eventsource = 'ec2.amazonaws.com'
  AND eventname IN ('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress',
                    'RevokeSecurityGroupEgress', 'ModifySecurityGroupRules', 'CreateSecurityGroup', 'DeleteSecurityGroup')
  AND requestparameters LIKE '%{{groupId}}%'
ORDER BY eventtime`,
  },
  {
    key: 'bucket-policy-changes',
    title: "Who changed a bucket's policy, ACL or public access block",
    sql: `SELECT ${CALL_COLUMNS}, requestparameters
FROM ${T}
WHERE ${WINDOW}
  AND eventsource = 's3.amazonaws.com'
  AND eventname IN ('PutBucketPolicy', 'DeleteBucketPolicy', 'PutBucketAcl', 'PutBucketPublicAccessBlock',
                    'DeleteBucketPublicAccessBlock', 'PutBucketOwnershipControls')
  AND json_extract_scalar(requestparameters, '$.bucketName') = '{{bucketName}}'
ORDER BY eventtime`,
  },
  {
    key: 'snapshot-permission-changes',
    title: "Who changed an EBS or RDS snapshot's sharing",
    sql: `SELECT ${CALL_COLUMNS}, requestparameters
FROM ${T}
WHERE ${WINDOW}
  AND eventname IN ('ModifySnapshotAttribute', 'ResetSnapshotAttribute', 'ModifyDBSnapshotAttribute',
                    'ModifyDBClusterSnapshotAttribute')
  AND requestparameters LIKE '%{{snapshotId}}%'
ORDER BY eventtime`,
  },
  {
    key: 'console-sign-in-without-mfa',
    title: 'Console sign-ins without MFA',
    sql: `SELECT eventtime, useridentity.type, useridentity.arn, sourceipaddress, useragent, awsregion
FROM ${T}
WHERE ${WINDOW}
  AND eventname = 'ConsoleLogin'
  AND json_extract_scalar(additionaleventdata, '$.MFAUsed') = 'No'
  AND json_extract_scalar(responseelements, '$.ConsoleLogin') = 'Success'
ORDER BY eventtime`,
  },
  {
    key: 'root-activity',
    title: 'Everything the root user did',
    sql: `SELECT ${CALL_COLUMNS}
FROM ${T}
WHERE ${WINDOW}
  AND useridentity.type = 'Root'
  AND useridentity.invokedby IS NULL
  AND eventtype <> 'AwsServiceEvent'
ORDER BY eventtime`,
  },
];

/** The named query's name in Athena: what the alert message tells a person to open. */
export function namedQueryName(query: InvestigationQuery): string {
  return `config-rules-pack-${query.key}`;
}

/** The query with its placeholders filled; values are quoted SQL string content, so single quotes are doubled. */
export function fillQuery(query: InvestigationQuery, values: Readonly<Record<string, string>>): string {
  return query.sql.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : value.replace(/'/g, "''");
  });
}

export function investigationQuery(key: InvestigationQuery['key']): InvestigationQuery {
  const query = INVESTIGATION_QUERIES.find((candidate) => candidate.key === key);
  if (query === undefined) throw new RangeError(`no investigation query ${key}`);
  return query;
}
