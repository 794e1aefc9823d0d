/** CloudWatch Logs log groups of the data services (retention, encryption). */
import type { ResourceBase } from './types.js';

export interface LogGroup extends ResourceBase<'logs.log_group'> {
  logGroupName: string;
  /** Days kept; `null` when the group never expires. */
  retentionInDays?: number | null;
  /** KMS key encrypting the group; `null` when it uses the service default. */
  kmsKeyId?: string | null;
  storedBytes?: number;
  createdAt?: string;
}

declare module './types.js' {
  interface ResourceKinds {
    'logs.log_group': LogGroup;
  }
}
