/**
 * The collector registry (explicit, no folder scanning). Each service's collector is listed once;
 * the scan selects the ones the selected checks need.
 */
import { cloudtrailCollectors } from './cloudtrail.js';
import { daxCollector } from './dax.js';
import { dynamodbCollector } from './dynamodb.js';
import { glueCollectors } from './glue.js';
import { iamCollectors } from './iam.js';
import { kmsCollector } from './kms.js';
import { lakeformationCollectors } from './lakeformation.js';
import { logsCollectors } from './logs.js';
import { networkCollector } from './network.js';
import { rdsCollectors } from './rds.js';
import { redshiftCollectors } from './redshift.js';
import { redshiftserverlessCollectors } from './redshift-serverless.js';
import { s3Collectors } from './s3.js';
import { secretsmanagerCollectors } from './secretsmanager.js';
import type { Collector } from './types.js';

export const COLLECTORS: readonly Collector[] = [
  dynamodbCollector,
  daxCollector,
  networkCollector,
  kmsCollector,
  ...redshiftCollectors,
  ...redshiftserverlessCollectors,
  ...rdsCollectors,
  ...secretsmanagerCollectors,
  ...glueCollectors,
  ...lakeformationCollectors,
  ...iamCollectors,
  ...cloudtrailCollectors,
  ...logsCollectors,
  ...s3Collectors,
];
