import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/job.no_secrets_in_arguments.js';
import { normalizeArguments } from '../../../src/collectors/glue-arguments.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { job } from './builders.js';

const PASSWORD = 'Winter2026!orders';
const ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** A job whose arguments are normalized by the collector, as they reach the inventory. */
const withArguments = (args: Record<string, string>) => job({ arguments: normalizeArguments({ '--enable-continuous-cloudwatch-log': 'true', ...args }, undefined) });

describe('glue.job.no_secrets_in_arguments', () => {
  it('passes configuration arguments and secrets passed by reference', () => {
    const verdict = judge(check, withArguments({ '--db_secret_id': 'glue/orders-db', '--api_token': 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:partner-api-AbCdEf', '--TempDir': 's3://aws-glue-assets-111122223333-eu-west-1/temporary/' }));
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('secrets passed by reference: --api_token');
  });

  it('fails an argument named like a password, showing the key and never the value', () => {
    const verdict = judge(check, withArguments({ '--db_password': PASSWORD }));
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL' });
    expect(verdict.reason).toContain('--db_password');
    expect(JSON.stringify(verdict)).not.toContain(PASSWORD);
  });

  it('fails credential-shaped values whatever the argument is called, never showing them', () => {
    const verdict = judge(check, withArguments({ '--aws_id': ACCESS_KEY, '--s3_key': SECRET_KEY, '--source_url': `postgresql://etl:${PASSWORD}@orders.internal:5432/orders`, '--options': `user=etl;password=${PASSWORD}` }));
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('--aws_id (value looks like aws-access-key-id)');
    expect(verdict.reason).toContain('--s3_key (value looks like aws-secret-access-key)');
    expect(verdict.reason).toContain('--source_url (value looks like credentials-in-url)');
    expect(verdict.reason).toContain('--options (value looks like password-assignment)');
    for (const secret of [PASSWORD, ACCESS_KEY, SECRET_KEY]) expect(JSON.stringify(verdict)).not.toContain(secret);
  });

  it('fails a red job at CRITICAL (the ceiling)', () => {
    expect(judge(check, job({ tags: { data_classification: 'red' }, arguments: normalizeArguments({ '--jdbc-password': PASSWORD }, undefined) })).severity).toBe('CRITICAL');
  });

  it('is not evaluated when the job arguments were not read', () => {
    expect(judge(check, job({ arguments: undefined, unknown: { arguments: 'glue:GetJobs failed' } })).status).toBe('NOT_EVALUATED');
    expect(judge(check, job(), [], { errors: [collectionError('glue:GetJobs')] }).status).toBe('NOT_EVALUATED');
  });
});
