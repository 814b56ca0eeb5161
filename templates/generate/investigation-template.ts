import { fillQuery, INVESTIGATION_QUERIES, namedQueryName } from '../investigation/queries';
import { CLOUDTRAIL_TABLE, CONFIG_SNAPSHOT_TABLE, hiveType, type TableDefinition } from '../investigation/tables';
import { ref, sub, type CfnParameter, type CfnResource, type CfnTemplate, type CfnValue } from './cfn';

/** Where each table's logs live: a bucket and the path before `<account>/`, as stack parameters. */
interface TableSource {
  readonly table: TableDefinition;
  readonly logicalId: string;
  readonly bucketParameter: string;
  readonly prefixParameter: string;
}

const SOURCES: readonly TableSource[] = [
  { table: CLOUDTRAIL_TABLE, logicalId: 'CloudTrailTable', bucketParameter: 'CloudTrailBucket', prefixParameter: 'CloudTrailPathPrefix' },
  { table: CONFIG_SNAPSHOT_TABLE, logicalId: 'ConfigSnapshotTable', bucketParameter: 'ConfigBucket', prefixParameter: 'ConfigPathPrefix' },
];

const PARAMETERS: Readonly<Record<string, CfnParameter>> = {
  DatabaseName: {
    Type: 'String',
    Default: 'config_rules_pack',
    AllowedPattern: '^[a-z0-9_]{1,255}$',
    Description: 'Glue database holding the tables (lower case, digits, underscores).',
  },
  CloudTrailBucket: { Type: 'String', AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$', Description: 'Bucket the CloudTrail trail delivers to.' },
  CloudTrailPathPrefix: {
    Type: 'String',
    Default: 'AWSLogs/',
    Description: 'Key path before <account>/CloudTrail/: AWSLogs/, <trail prefix>/AWSLogs/, or AWSLogs/<organization id>/ for an organization trail. End with /.',
  },
  ConfigBucket: { Type: 'String', AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$', Description: 'Bucket the Config delivery channel writes snapshots to.' },
  ConfigPathPrefix: { Type: 'String', Default: 'AWSLogs/', Description: 'Key path before <account>/Config/: AWSLogs/ or <delivery prefix>/AWSLogs/. End with /.' },
  Accounts: { Type: 'String', AllowedPattern: '^\\d{12}(,\\d{12})*$', Description: 'Comma-separated account ids whose logs the tables read (partition projection needs them listed).' },
  Regions: { Type: 'String', AllowedPattern: '^[a-z0-9-]+(,[a-z0-9-]+)*$', Description: 'Comma-separated Regions whose logs the tables read.' },
  FirstDay: { Type: 'String', Default: '2024/01/01', AllowedPattern: '^\\d{4}/\\d{2}/\\d{2}$', Description: 'Earliest day (yyyy/MM/dd) the date partition projects.' },
  WorkGroup: { Type: 'String', Default: 'primary', Description: 'Athena workgroup the named queries belong to.' },
};

function tableResource(source: TableSource): CfnResource {
  const { table } = source;
  const location: CfnValue = { 'Fn::Join': ['', ['s3://', ref(source.bucketParameter), '/', ref(source.prefixParameter)]] };
  return {
    Type: 'AWS::Glue::Table',
    Properties: {
      CatalogId: ref('AWS::AccountId'),
      DatabaseName: ref('InvestigationDatabase'),
      TableInput: {
        Name: table.name,
        Description: table.description,
        TableType: 'EXTERNAL_TABLE',
        // Partition projection: Athena computes the partitions from these, so no crawler or ALTER TABLE is needed.
        Parameters: {
          'projection.enabled': 'true',
          'projection.account.type': 'enum',
          'projection.account.values': ref('Accounts'),
          'projection.region.type': 'enum',
          'projection.region.values': ref('Regions'),
          'projection.date.type': 'date',
          'projection.date.range': { 'Fn::Join': [',', [ref('FirstDay'), 'NOW']] },
          'projection.date.format': table.dateFormat,
          'projection.date.interval': '1',
          'projection.date.interval.unit': 'DAYS',
          // Plain text, not Fn::Sub: ${account} and the others are Athena's placeholders.
          'storage.location.template': { 'Fn::Join': ['', [location, table.locationTemplate]] },
        },
        PartitionKeys: table.partitionKeys.map((name) => ({ Name: name, Type: 'string' })),
        StorageDescriptor: {
          Columns: Object.entries(table.columns).map(([name, type]) => ({ Name: name, Type: hiveType(type) })),
          Location: location,
          InputFormat: table.inputFormat,
          OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          SerdeInfo: { SerializationLibrary: table.serde },
        },
      },
    },
  };
}

function queryResources(): Record<string, CfnResource> {
  const resources: Record<string, CfnResource> = {};
  for (const query of INVESTIGATION_QUERIES) {
    const id = `${query.key.split('-').map((part) => `${part[0]?.toUpperCase() ?? ''}${part.slice(1)}`).join('')}Query`;
    resources[id] = {
      Type: 'AWS::Athena::NamedQuery',
      Properties: {
        Name: namedQueryName(query),
        Description: `${query.title}. Replace the {{placeholders}}; from and to are days as yyyy/MM/dd.`,
        Database: ref('InvestigationDatabase'),
        WorkGroup: ref('WorkGroup'),
        // Days default to a placeholder window; the alert message gives the query filled in.
        QueryString: fillQuery(query, {}),
      },
    };
  }
  return resources;
}

/**
 * The optional investigation stack: a Glue database, the CloudTrail and Config snapshot tables with
 * partition projection on account, Region and day, and the named queries an alert leads to.
 */
export function buildInvestigationTemplate(): CfnTemplate {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'config-rules-pack investigation: Athena over CloudTrail logs and Config snapshots (Glue tables, partition projection, named queries)',
    Parameters: PARAMETERS,
    Resources: {
      InvestigationDatabase: {
        Type: 'AWS::Glue::Database',
        Properties: {
          CatalogId: ref('AWS::AccountId'),
          DatabaseInput: { Name: ref('DatabaseName'), Description: sub('CloudTrail and Config logs for config-rules-pack investigations (${AWS::StackName})') },
        },
      },
      ...Object.fromEntries(SOURCES.map((source) => [source.logicalId, tableResource(source)])),
      ...queryResources(),
    },
    Outputs: {
      DatabaseName: { Description: 'Glue database to choose in the Athena query editor', Value: ref('InvestigationDatabase') },
    },
  };
}
