import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/connection.uses_secrets_manager.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { connection, jdbc } from './builders.js';

describe('glue.connection.uses_secrets_manager', () => {
  it('passes a connection whose credentials come from Secrets Manager, or IAM authentication', () => {
    expect(judge(check, jdbc()).reason).toContain('Secrets Manager secret');
    expect(judge(check, jdbc({ secretId: undefined, authenticationType: 'IAM', properties: {} })).status).toBe('PASS');
  });

  it('fails a connection with a user and no secret: its password is stored in the connection', () => {
    const verdict = judge(check, jdbc({ secretId: undefined, properties: { USERNAME: 'etl_loader', JDBC_ENFORCE_SSL: 'true' } }));
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(verdict.reason).toContain('USERNAME etl_loader is set without SECRET_ID');
  });

  it('fails a connection carrying credential properties, naming only their keys', () => {
    const verdict = judge(check, jdbc({ credentialKeys: ['ENCRYPTED_PASSWORD', 'JDBC_CONNECTION_URL (embedded credential)'] }));
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('ENCRYPTED_PASSWORD, JDBC_CONNECTION_URL (embedded credential)');
  });

  it('is not applicable to a NETWORK connection or one without any credential', () => {
    expect(judge(check, connection()).status).toBe('NOT_APPLICABLE');
    expect(judge(check, jdbc({ secretId: undefined, properties: {} })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when connections could not be listed', () => {
    expect(judge(check, jdbc(), [], { errors: [collectionError('glue:GetConnections')] }).status).toBe('NOT_EVALUATED');
  });
});
