/** Realistic CloudWatch Logs inventory defaults for check tests. */
import type { LogGroup } from '../../../src/inventory/logs.js';
import { ACCOUNT, REGION, resource } from '../../builders/inventory.js';

export const LOGS_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f`;

type Fields = Partial<Omit<LogGroup, 'kind' | 'classification'>>;

/** A one-year, KMS-encrypted Aurora audit log group. */
export function logGroup(fields: Fields = {}): LogGroup {
  const name = fields.logGroupName ?? '/aws/rds/cluster/payments-aurora/postgresql';
  return resource('logs.log_group', {
    arn: `arn:aws:logs:${fields.region ?? REGION}:${ACCOUNT}:log-group:${name}`,
    name,
    logGroupName: name,
    retentionInDays: 365,
    kmsKeyId: LOGS_KEY,
    kmsKeyRefs: [LOGS_KEY],
    storedBytes: 1_048_576,
    createdAt: '2025-03-01T00:00:00.000Z',
    tags: {},
    ...fields,
  });
}
