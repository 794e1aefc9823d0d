import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/connection.jdbc_ssl.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { connection, jdbc, job } from './builders.js';

describe('glue.connection.jdbc_ssl', () => {
  it('passes a JDBC connection with JDBC_ENFORCE_SSL=true', () => {
    expect(judge(check, jdbc()).status).toBe('PASS');
  });

  it('fails a JDBC connection without SSL enforced, or skipping certificate validation', () => {
    const off = judge(check, jdbc({ properties: { JDBC_CONNECTION_URL: 'jdbc:mysql://legacy.internal:3306/crm', JDBC_ENFORCE_SSL: 'false' } }));
    expect(off).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(off.reason).toContain('JDBC_ENFORCE_SSL is false');
    expect(judge(check, jdbc({ properties: { JDBC_ENFORCE_SSL: 'true', SKIP_CUSTOM_JDBC_CERT_VALIDATION: 'true' } })).status).toBe('FAIL');
  });

  it('fails a Kafka connection with SSL disabled and passes the default', () => {
    expect(judge(check, connection({ connectionType: 'KAFKA', properties: { KAFKA_SSL_ENABLED: 'false' } })).status).toBe('FAIL');
    expect(judge(check, connection({ connectionType: 'KAFKA', properties: {} })).status).toBe('PASS');
  });

  it('is not applicable to a NETWORK connection', () => {
    expect(judge(check, connection()).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when connections could not be listed', () => {
    expect(judge(check, jdbc(), [], { errors: [collectionError('glue:GetConnections')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, jdbc({ properties: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('glue.connection.jdbc_ssl for connections carrying red data', () => {
  it('raises the finding one level when a red-data job uses the connection', () => {
    const off = jdbc({ properties: { JDBC_ENFORCE_SSL: 'false' } });
    const verdict = judge(check, off, [job({ connections: ['orders-postgres'], tags: { data_classification: 'red' } })]);
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL' });
    expect(verdict.reason).toContain('the connection carries red data (job orders-daily)');
  });
});
