import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.no_default_admin.js';
import { judge } from '../../builders/inventory.js';
import { cluster, mysqlCluster } from './builders.js';

describe('rds.cluster.no_default_admin', () => {
  it('passes a custom master user name', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'PASS', reason: 'MasterUsername is orders_admin, not a default administrator name' });
  });

  it.each(['postgres', 'admin', 'Root'])('fails the default name %s', (name) => {
    expect(judge(check, mysqlCluster({ masterUsername: name }))).toMatchObject({ status: 'FAIL', reason: `MasterUsername is ${name}, a default administrator name` });
  });

  it('is not evaluated when the master user name was not reported', () => {
    expect(judge(check, cluster({ masterUsername: undefined })).status).toBe('NOT_EVALUATED');
  });
});
