/** Every service's ASFF resource mappers, merged into one lookup by kind. */
import type { AsffResourceMappers } from '../asff-resource.js';
import { cloudtrailAsff } from './cloudtrail.js';
import { dynamodbAsff } from './dynamodb.js';
import { glueAsff } from './glue.js';
import { iamAsff } from './iam.js';
import { kmsAsff } from './kms.js';
import { lakeformationAsff } from './lakeformation.js';
import { logsAsff } from './logs.js';
import { networkAsff } from './network.js';
import { rdsAsff } from './rds.js';
import { redshiftAsff } from './redshift.js';
import { s3Asff } from './s3.js';
import { secretsmanagerAsff } from './secretsmanager.js';

export const ASFF_RESOURCE_MAPPERS: AsffResourceMappers = {
  ...dynamodbAsff,
  ...networkAsff,
  ...kmsAsff,
  ...redshiftAsff,
  ...rdsAsff,
  ...glueAsff,
  ...lakeformationAsff,
  ...cloudtrailAsff,
  ...logsAsff,
  ...secretsmanagerAsff,
  ...iamAsff,
  ...s3Asff,
};
