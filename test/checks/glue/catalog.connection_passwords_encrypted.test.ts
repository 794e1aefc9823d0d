import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/catalog.connection_passwords_encrypted.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { catalog, jdbc } from './builders.js';

describe('glue.catalog.connection_passwords_encrypted', () => {
  it('passes when connection passwords are returned encrypted', () => {
    expect(judge(check, catalog(), [jdbc()]).status).toBe('PASS');
  });

  it('fails when they are not, counting connections that store credentials', () => {
    const stored = jdbc({ name: 'legacy-mysql', secretId: undefined, properties: { USERNAME: 'etl', JDBC_ENFORCE_SSL: 'false' } });
    const verdict = judge(check, catalog({ connectionPasswordEncrypted: false }), [jdbc(), stored]);
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(verdict.reason).toContain('1 of 2 connections store credentials (legacy-mysql)');
  });

  it('is not applicable to a region without connections', () => {
    expect(judge(check, catalog({ connectionPasswordEncrypted: false })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the settings or connections could not be read', () => {
    expect(judge(check, catalog({ connectionPasswordEncrypted: undefined }), [jdbc()]).status).toBe('NOT_EVALUATED');
    expect(judge(check, catalog(), [jdbc()], { errors: [collectionError('glue:GetConnections')] }).status).toBe('NOT_EVALUATED');
  });
});
