import { describe, expect, it } from 'vitest';
import iamRolesAttached from '../../../checks/redshift/cluster.iam_roles_attached.js';
import masterPasswordManaged from '../../../checks/redshift/cluster.master_password_managed.js';
import noDefaultAdmin from '../../../checks/redshift/cluster.no_default_admin.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { cluster } from './builders.js';

const describeDenied = { errors: [collectionError('redshift:DescribeClusters', { code: 'AccessDenied' })] };

describe('redshift.cluster.no_default_admin', () => {
  it('passes a non-default master user name', () => {
    expect(judge(noDefaultAdmin, cluster())).toMatchObject({ status: 'PASS', reason: 'MasterUsername analytics_admin is not the default awsuser' });
  });

  it('fails awsuser', () => {
    expect(judge(noDefaultAdmin, cluster({ masterUsername: 'awsuser' }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM', reason: 'MasterUsername is the default awsuser' });
  });

  it('is not evaluated when the user name is unknown', () => {
    expect(judge(noDefaultAdmin, cluster({ masterUsername: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('redshift.cluster.master_password_managed', () => {
  it('passes with a managed master password', () => {
    expect(judge(masterPasswordManaged, cluster()).status).toBe('PASS');
  });

  it('fails without MasterPasswordSecretArn, raised for red data', () => {
    expect(judge(masterPasswordManaged, cluster({ masterPasswordSecretArn: undefined, tags: { data_classification: 'red' } }))).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
  });

  it('is not evaluated when DescribeClusters failed', () => {
    expect(judge(masterPasswordManaged, cluster({ masterPasswordSecretArn: undefined }), [], describeDenied).status).toBe('NOT_EVALUATED');
  });
});

describe('redshift.cluster.iam_roles_attached', () => {
  it('passes with an attached role', () => {
    expect(judge(iamRolesAttached, cluster()).status).toBe('PASS');
  });

  it('fails with no role, LOW', () => {
    expect(judge(iamRolesAttached, cluster({ iamRoles: [] }))).toMatchObject({ status: 'FAIL', severity: 'LOW', reason: expect.stringContaining('IamRoles is empty') });
  });

  it('is not evaluated when roles are unknown', () => {
    expect(judge(iamRolesAttached, cluster({ iamRoles: undefined })).status).toBe('NOT_EVALUATED');
  });
});
