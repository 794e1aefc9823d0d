import { describe, expect, it } from 'vitest';
import check from '../../../checks/secretsmanager/secret.rotation.js';
import type { Secret } from '../../../src/inventory/secretsmanager.js';
import { ACCOUNT, collectionError, judge, REGION, resource } from '../../builders/inventory.js';

function secret(fields: Partial<Omit<Secret, 'kind' | 'classification'>> = {}): Secret {
  const name = fields.secretName ?? 'billing/app-user';
  return resource('secretsmanager.secret', {
    name,
    arn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-Zr4Tq1`,
    secretName: name,
    rotation: { rotationEnabled: true, automaticallyAfterDays: 30, lastRotatedDate: '2026-10-15T00:00:00.000Z', createdDate: '2025-06-01T08:00:00.000Z' },
    rotationLambdaArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:SecretsManagerRotation`,
    databaseEvidence: 'tag secret_type=database',
    tags: { secret_type: 'database' },
    ...fields,
  });
}

describe('secretsmanager.secret.rotation', () => {
  it('passes a database secret rotated within its window', () => {
    expect(judge(check, secret())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('rotation enabled (AutomaticallyAfterDays=30)') });
  });

  it('fails a database secret without rotation (SecretsManager.1)', () => {
    expect(judge(check, secret({ rotation: { rotationEnabled: false } }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('RotationEnabled=false') });
  });

  it('fails a secret whose rotation has not happened within its window (SecretsManager.2/.4)', () => {
    // Prepare
    const subject = secret({ rotation: { rotationEnabled: true, automaticallyAfterDays: 30, lastRotatedDate: '2026-06-01T00:00:00.000Z' } });
    // Assess
    expect(judge(check, subject)).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('rotation is failing') });
  });

  it('fails a rotation schedule longer than 90 days', () => {
    expect(judge(check, secret({ rotation: { rotationEnabled: true, automaticallyAfterDays: 180, lastRotatedDate: '2026-10-15T00:00:00.000Z' } })).status).toBe('FAIL');
  });

  it('passes a new secret not yet due for its first rotation', () => {
    expect(judge(check, secret({ rotation: { rotationEnabled: true, automaticallyAfterDays: 30, createdDate: '2026-10-25T00:00:00.000Z' } })).status).toBe('PASS');
  });

  it('is not evaluated when ListSecrets failed in the region', () => {
    expect(judge(check, secret(), [], { errors: [collectionError('secretsmanager:ListSecrets')] }).status).toBe('NOT_EVALUATED');
  });
});
