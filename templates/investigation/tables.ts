/**
 * The Glue tables the investigation stack defines, as data: the stack template and the named queries'
 * column check both read them, so a query never names a column the table lacks.
 *
 * CloudTrail's columns follow the Athena User Guide, "Create the table for CloudTrail logs in Athena
 * using partition projection"; Config's follow the snapshot file shape (`fileVersion`,
 * `configSnapshotId`, `configurationItems`) Config delivers to S3.
 */

/** A column: a Hive type name, or a struct of named fields, or an array of one element type. */
export type ColumnType = string | { readonly struct: Readonly<Record<string, ColumnType>> } | { readonly array: ColumnType };

export interface TableDefinition {
  readonly name: string;
  readonly description: string;
  readonly columns: Readonly<Record<string, ColumnType>>;
  /** Partition keys, all strings, in path order. */
  readonly partitionKeys: readonly string[];
  readonly serde: string;
  readonly inputFormat: string;
  /** The S3 path after the path prefix (`AWSLogs/`, or `AWSLogs/o-abc123/` for an organization trail), `${key}` for each partition key. */
  readonly locationTemplate: string;
  /** Java date format of the `date` partition as the path spells it. */
  readonly dateFormat: string;
}

const s = 'string';

export const CLOUDTRAIL_TABLE: TableDefinition = {
  name: 'cloudtrail_logs',
  description: 'CloudTrail log files, partitioned by account, Region and day (partition projection: no crawler)',
  columns: {
    eventversion: s,
    useridentity: {
      struct: {
        type: s,
        principalid: s,
        arn: s,
        accountid: s,
        invokedby: s,
        accesskeyid: s,
        username: s,
        onbehalfof: { struct: { userid: s, identitystorearn: s } },
        sessioncontext: {
          struct: {
            attributes: { struct: { mfaauthenticated: s, creationdate: s } },
            sessionissuer: { struct: { type: s, principalid: s, arn: s, accountid: s, username: s } },
            ec2roledelivery: s,
            webidfederationdata: { struct: { federatedprovider: s, attributes: 'map<string,string>' } },
          },
        },
      },
    },
    eventtime: s,
    eventsource: s,
    eventname: s,
    awsregion: s,
    sourceipaddress: s,
    useragent: s,
    errorcode: s,
    errormessage: s,
    requestparameters: s,
    responseelements: s,
    additionaleventdata: s,
    requestid: s,
    eventid: s,
    readonly: s,
    resources: { array: { struct: { arn: s, accountid: s, type: s } } },
    eventtype: s,
    apiversion: s,
    recipientaccountid: s,
    serviceeventdetails: s,
    sharedeventid: s,
    vpcendpointid: s,
    eventcategory: s,
  },
  partitionKeys: ['account', 'region', 'date'],
  serde: 'org.apache.hive.serde2.JsonSerDe',
  inputFormat: 'com.amazon.emr.cloudtrail.CloudTrailInputFormat',
  locationTemplate: '${account}/CloudTrail/${region}/${date}',
  dateFormat: 'yyyy/MM/dd',
};

export const CONFIG_SNAPSHOT_TABLE: TableDefinition = {
  name: 'config_snapshots',
  description: 'AWS Config snapshot files, partitioned by account, Region and day (partition projection: no crawler)',
  columns: {
    fileversion: s,
    configsnapshotid: s,
    configurationitems: {
      array: {
        struct: {
          configurationitemversion: s,
          configurationitemcapturetime: s,
          configurationstateid: 'bigint',
          awsaccountid: s,
          configurationitemstatus: s,
          resourcetype: s,
          resourceid: s,
          resourcename: s,
          arn: s,
          awsregion: s,
          availabilityzone: s,
          configurationstatemd5hash: s,
          resourcecreationtime: s,
          // Kept as JSON text: each type has its own shape; read with json_extract_scalar.
          configuration: s,
          supplementaryconfiguration: s,
          tags: 'map<string,string>',
        },
      },
    },
  },
  partitionKeys: ['account', 'region', 'date'],
  serde: 'org.openx.data.jsonserde.JsonSerDe',
  inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
  // Config writes unpadded month and day: .../Config/eu-west-1/2026/12/4/ConfigSnapshot/...
  locationTemplate: '${account}/Config/${region}/${date}/ConfigSnapshot',
  dateFormat: 'yyyy/M/d',
};

export const INVESTIGATION_TABLES: readonly TableDefinition[] = [CLOUDTRAIL_TABLE, CONFIG_SNAPSHOT_TABLE];

/** The Hive type text Glue stores for a column type. */
export function hiveType(type: ColumnType): string {
  if (typeof type === 'string') return type;
  if ('array' in type) return `array<${hiveType(type.array)}>`;
  return `struct<${Object.entries(type.struct)
    .map(([name, field]) => `${name}:${hiveType(field)}`)
    .join(',')}>`;
}
