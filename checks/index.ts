/**
 * The check registry: every check, listed through each service's index (explicit, so esbuild bundles
 * exactly what is imported). Coverage tables, docs and ASFF requirements derive from this list.
 */
import type { AnyCheck } from '../src/engine/check.js';
import { cloudtrailChecks } from './cloudtrail/index.js';
import { daxChecks } from './dax/index.js';
import { dynamodbChecks } from './dynamodb/index.js';
import { glueChecks } from './glue/index.js';
import { kmsChecks } from './kms/index.js';
import { lakeformationChecks } from './lakeformation/index.js';
import { logsChecks } from './logs/index.js';
import { rdsChecks } from './rds/index.js';
import { redshiftChecks } from './redshift/index.js';
import { redshiftserverlessChecks } from './redshiftserverless/index.js';
import { secretsmanagerChecks } from './secretsmanager/index.js';

export const CHECKS: readonly AnyCheck[] = [
  ...dynamodbChecks,
  ...daxChecks,
  ...redshiftChecks,
  ...redshiftserverlessChecks,
  ...rdsChecks,
  ...glueChecks,
  ...lakeformationChecks,
  ...kmsChecks,
  ...cloudtrailChecks,
  ...logsChecks,
  ...secretsmanagerChecks,
];
