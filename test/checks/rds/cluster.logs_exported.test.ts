import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.logs_exported.js';
import { judge } from '../../builders/inventory.js';
import { cluster, mysqlCluster } from './builders.js';

describe('rds.cluster.logs_exported', () => {
  it('passes Aurora PostgreSQL exporting the postgresql log', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'PASS', reason: 'EnabledCloudwatchLogsExports includes postgresql' });
  });

  it('passes Aurora MySQL exporting audit, error, general and slowquery', () => {
    expect(judge(check, mysqlCluster()).status).toBe('PASS');
  });

  it('fails Aurora MySQL exporting only the error log', () => {
    // Act
    const verdict = judge(check, mysqlCluster({ enabledCloudwatchLogsExports: ['error'] }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: 'EnabledCloudwatchLogsExports is error; aurora-mysql must also export audit, general, slowquery' });
  });

  it('fails a cluster exporting nothing', () => {
    expect(judge(check, cluster({ enabledCloudwatchLogsExports: [] }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('is none') });
  });

  it('is not evaluated when the exports were not reported', () => {
    expect(judge(check, cluster({ enabledCloudwatchLogsExports: undefined })).status).toBe('NOT_EVALUATED');
  });
});
