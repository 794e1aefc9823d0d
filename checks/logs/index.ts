/** CloudWatch Logs checks, listed explicitly (style rule 10). */
import logGroupKmsEncrypted from './log_group.kms_encrypted.js';
import logGroupRetention from './log_group.retention.js';

export const logsChecks = [logGroupRetention, logGroupKmsEncrypted] as const;
