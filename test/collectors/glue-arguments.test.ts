import { describe, expect, it } from 'vitest';
import { normalizeArguments, valueShapes } from '../../src/collectors/glue-arguments.js';

describe('job argument shapes', () => {
  it.each([
    ['AKIAIOSFODNN7EXAMPLE', 'aws-access-key-id'],
    ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws-secret-access-key'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE...', 'private-key'],
    ['postgresql://etl:S3cr3t@db.internal:5432/orders', 'credentials-in-url'],
    ['user=etl;password=S3cr3t', 'password-assignment'],
    ['spark.hadoop.fs.s3a.secret.key=abc123XYZ', 'password-assignment'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJldGwifQ.c2lnbmF0dXJlLXZhbHVl', 'jwt'],
    ['ghp_1234567890abcdefghijABCDEFGHIJ123456', 'vendor-token'],
    ['arn:aws:secretsmanager:eu-west-1:111122223333:secret:glue/orders-AbCdEf', 'secretsmanager-reference'],
    ['arn:aws:ssm:eu-west-1:111122223333:parameter/etl/db-password', 'ssm-reference'],
    ['x9$Kq2!vLz7#Wm4@Rp8^Tn3&Yb6*', 'high-entropy'],
  ])('recognizes %s as %s', (value, shape) => {
    expect(valueShapes(value)).toContain(shape);
  });

  it.each([
    's3://aws-glue-assets-111122223333-eu-west-1/scripts/orders_curate_daily_job.py',
    '0c5e7a1b-2d3f-4a5b-9c6d-7e8f90a1b2c3',
    'job-bookmark-enable',
    'public.orders',
    '2026-11-20T09:00:00Z',
    'arn:aws:iam::111122223333:role/service-role/glue-etl-curated',
  ])('sees nothing secret in %s', (value) => {
    expect(valueShapes(value)).toEqual([]);
  });

  it('keeps values only for Glue configuration parameters, and drops even those when they look like a credential', () => {
    // Act
    const args = normalizeArguments({ '--enable-metrics': 'true', '--TempDir': 's3://tmp-bucket/tmp/', '--source': 'crm' }, { '--job-language': 'python', '--TempDir': 's3://etl:S3cr3t@tmp-bucket/tmp/' });
    // Assess
    expect(args['--enable-metrics']).toEqual({ value: 'true', shapes: [], length: 4 });
    expect(args['--source']).toEqual({ shapes: [], length: 3 });
    expect(args['--job-language']).toEqual({ value: 'python', shapes: [], length: 6, nonOverridable: true });
    expect(args['--TempDir']).toEqual({ shapes: ['credentials-in-url'], length: 31, nonOverridable: true });
  });
});
