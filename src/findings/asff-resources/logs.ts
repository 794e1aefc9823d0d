/** ASFF resource type for CloudWatch Logs log groups: `Other` (Security Hub has no log group details type). */
import type { LogGroup } from '../../inventory/logs.js';
import type { AsffResourceMappers } from '../asff-resource.js';
import { otherPairs } from './defined.js';

export function logGroupOther(group: LogGroup): Record<string, string> {
  return otherPairs({
    kind: group.kind,
    logGroupName: group.logGroupName,
    dataTier: group.classification.effectiveTier,
    classificationSource: group.classification.source,
    retentionInDays: group.retentionInDays === null ? 'never expire' : group.retentionInDays,
    kmsKeyId: group.kmsKeyId === null ? 'service default' : group.kmsKeyId,
    storedBytes: group.storedBytes,
    createdAt: group.createdAt,
  });
}

export const logsAsff: AsffResourceMappers = {
  'logs.log_group': (group) => logGroupOther(group),
};
