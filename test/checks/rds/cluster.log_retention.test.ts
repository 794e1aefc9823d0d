import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.log_retention.js';
import type { ScopeStatus } from '../../../src/inventory/types.js';
import { ACCOUNT, collectionError, judge, REGION, resource } from '../../builders/inventory.js';
import { cluster, mysqlCluster } from './builders.js';

const scopes: ScopeStatus[] = [{ service: 'logs', region: REGION, state: 'complete', resources: 2, errors: 0 }];
const group = (name: string, retentionInDays: number | null) =>
  resource('logs.log_group', { name, arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${name}`, logGroupName: name, retentionInDays });

describe('rds.cluster.log_retention', () => {
  it('passes when every exported log group keeps the required 365 days', () => {
    // Act
    const verdict = judge(check, cluster(), [group('/aws/rds/cluster/orders-prod/postgresql', 400)], { scopes });
    // Assess
    expect(verdict).toMatchObject({ status: 'PASS', reason: '/aws/rds/cluster/orders-prod/postgresql keeps 400 days (required 365 days)' });
  });

  it('passes a log group that never expires', () => {
    expect(judge(check, cluster(), [group('/aws/rds/cluster/orders-prod/postgresql', null)], { scopes }).status).toBe('PASS');
  });

  it('fails a log group kept shorter than required', () => {
    // Prepare
    const groups = ['audit', 'error', 'general', 'slowquery'].map((log) => group(`/aws/rds/cluster/billing-prod/${log}`, log === 'audit' ? 30 : 400));
    // Act
    const verdict = judge(check, mysqlCluster(), groups, { scopes });
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'LOW', reason: '/aws/rds/cluster/billing-prod/audit keeps 30 days, less than the required 365 days' });
  });

  it('is not applicable when the cluster exports no logs', () => {
    expect(judge(check, cluster({ enabledCloudwatchLogsExports: [] }), [], { scopes }).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when log groups were not collected in the region', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('were not collected') });
  });

  it('is not evaluated when the exported log group does not exist yet', () => {
    expect(judge(check, cluster(), [], { scopes })).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('/aws/rds/cluster/orders-prod/postgresql was not found') });
  });

  it('is not evaluated when listing log groups failed', () => {
    // Prepare
    const errors = [collectionError('logs:DescribeLogGroups')];
    // Act
    const verdict = judge(check, cluster(), [group('/aws/rds/cluster/orders-prod/postgresql', 400)], { scopes, errors });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('logs:DescribeLogGroups') });
  });
});
