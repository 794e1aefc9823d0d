/** Maps SDK client classes to IAM prefixes, so every command sent is named as the IAM action it needs. */

/** SDK client class name -> IAM service prefix. */
export const CLIENT_IAM_PREFIX: Record<string, string> = {
  DynamoDBClient: 'dynamodb',
  DAXClient: 'dax',
  KMSClient: 'kms',
  EC2Client: 'ec2',
  RedshiftClient: 'redshift',
  RedshiftServerlessClient: 'redshift-serverless',
  RDSClient: 'rds',
  SecretsManagerClient: 'secretsmanager',
  S3Client: 's3',
  CloudWatchLogsClient: 'logs',
  GlueClient: 'glue',
  LakeFormationClient: 'lakeformation',
  IAMClient: 'iam',
  CloudTrailClient: 'cloudtrail',
  SecurityHubClient: 'securityhub',
  STSClient: 'sts',
};

/** `ListTablesCommand` -> `ListTables`. */
export function operationName(command: object): string {
  return command.constructor.name.replace(/Command$/, '');
}

export function iamPrefixOf(client: object): string {
  const prefix = CLIENT_IAM_PREFIX[client.constructor.name];
  if (!prefix) throw new Error(`No IAM prefix is known for SDK client ${client.constructor.name}; add it to CLIENT_IAM_PREFIX.`);
  return prefix;
}
