/** Secrets Manager secrets that hold database credentials: rotation state only, never a secret value. */
import type { ResourceBase } from './types.js';

export interface Secret extends ResourceBase<'secretsmanager.secret'> {
  secretName: string;
  /** The service that manages the secret (`rds`, `redshift`…), when one does. */
  owningService?: string;
  kmsKeyId?: string;
  rotationEnabled?: boolean;
  rotationLambdaArn?: string;
  /** RotationRules.AutomaticallyAfterDays, or the days a `rate(N days)` schedule gives. */
  rotationDays?: number;
  /** RotationRules.ScheduleExpression as set (cron or rate). */
  rotationSchedule?: string;
  lastRotatedAt?: string;
  lastAccessedAt?: string;
  createdAt?: string;
  /** ARNs of collected data stores that use this secret. */
  usedBy?: string[];
}

declare module './types.js' {
  interface ResourceKinds {
    'secretsmanager.secret': Secret;
  }
}
