/** Every service fake, registered explicitly. */
import type { ServiceFake } from '../types.js';
import { cloudtrailFakes } from './cloudtrail.js';
import { daxFake } from './dax.js';
import { dynamodbFake } from './dynamodb.js';
import { ec2Fake } from './ec2.js';
import { glueFakes } from './glue.js';
import { iamFakes } from './iam.js';
import { kmsFake } from './kms.js';
import { lakeformationFakes } from './lakeformation.js';
import { logsFakes } from './logs.js';
import { rdsFakes } from './rds.js';
import { redshiftFakes } from './redshift.js';
import { redshiftserverlessFakes } from './redshift-serverless.js';
import { s3Fakes } from './s3.js';
import { secretsmanagerFakes } from './secretsmanager.js';
import { securityhubFakes } from './securityhub.js';
import { stsFake } from './sts.js';

export const SERVICE_FAKES: readonly ServiceFake[] = [
  stsFake,
  dynamodbFake,
  daxFake,
  ec2Fake,
  kmsFake,
  ...redshiftFakes,
  ...redshiftserverlessFakes,
  ...rdsFakes,
  ...secretsmanagerFakes,
  ...glueFakes,
  ...lakeformationFakes,
  ...iamFakes,
  ...cloudtrailFakes,
  ...logsFakes,
  ...s3Fakes,
  ...securityhubFakes,
];
