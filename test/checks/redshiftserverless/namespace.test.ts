import { describe, expect, it } from 'vitest';
import adminPasswordManaged from '../../../checks/redshiftserverless/namespace.admin_password_managed.js';
import logExports from '../../../checks/redshiftserverless/namespace.log_exports.js';
import noDefaultAdmin from '../../../checks/redshiftserverless/namespace.no_default_admin.js';
import snapshotCopy from '../../../checks/redshiftserverless/namespace.snapshot_copy.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { namespace } from '../redshift/builders.js';

const RED = { data_classification: 'red' };
const listDenied = { errors: [collectionError('redshift-serverless:ListNamespaces')] };

describe('redshiftserverless.namespace.no_default_admin', () => {
  it('passes a non-default admin name', () => {
    expect(judge(noDefaultAdmin, namespace()).status).toBe('PASS');
  });

  it('fails admin', () => {
    expect(judge(noDefaultAdmin, namespace({ adminUsername: 'admin' }))).toMatchObject({ status: 'FAIL', reason: 'adminUsername is the default admin' });
  });

  it('is not evaluated when unknown', () => {
    expect(judge(noDefaultAdmin, namespace({ adminUsername: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('redshiftserverless.namespace.admin_password_managed', () => {
  it('passes with a managed admin password', () => {
    expect(judge(adminPasswordManaged, namespace()).status).toBe('PASS');
  });

  it('fails without adminPasswordSecretArn', () => {
    expect(judge(adminPasswordManaged, namespace({ adminPasswordSecretArn: undefined })).status).toBe('FAIL');
  });

  it('is not evaluated when namespaces could not be listed', () => {
    expect(judge(adminPasswordManaged, namespace({ adminPasswordSecretArn: undefined }), [], listDenied).status).toBe('NOT_EVALUATED');
  });
});

describe('redshiftserverless.namespace.log_exports', () => {
  it('passes with the three exports', () => {
    expect(judge(logExports, namespace()).status).toBe('PASS');
  });

  it('fails with missing exports', () => {
    expect(judge(logExports, namespace({ logExports: ['userlog'] }))).toMatchObject({ status: 'FAIL', reason: 'logExports [userlog] lacks connectionlog, useractivitylog' });
  });

  it('is not evaluated when unknown', () => {
    expect(judge(logExports, namespace({ logExports: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('redshiftserverless.namespace.snapshot_copy', () => {
  it('passes red data copied to another region', () => {
    expect(judge(snapshotCopy, namespace({ tags: RED, snapshotCopies: [{ destinationRegion: 'us-west-2', retentionDays: 7 }] })).status).toBe('PASS');
  });

  it('fails red data without a copy configuration, at HIGH', () => {
    expect(judge(snapshotCopy, namespace({ tags: RED, snapshotCopies: [] }))).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
  });

  it('does not apply to orange data', () => {
    expect(judge(snapshotCopy, namespace()).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the copy configurations could not be listed', () => {
    // Prepare
    const subject = namespace({ tags: RED, snapshotCopies: undefined, unknown: { snapshotCopies: 'redshift-serverless:ListSnapshotCopyConfigurations failed: AccessDeniedException' } });
    // Act
    const verdict = judge(snapshotCopy, subject, [], { errors: [collectionError('redshift-serverless:ListSnapshotCopyConfigurations')] });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('ListSnapshotCopyConfigurations') });
  });
});
