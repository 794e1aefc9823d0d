import { describe, expect, it } from 'vitest';
import fineGrainedAccess from '../../../checks/redshift/cluster.fine_grained_access.js';
import consumersKnown from '../../../checks/redshift/datashare.consumers_known.js';
import { ACCOUNT, collectionError, judge, REGION } from '../../builders/inventory.js';
import { cluster, datashare } from './builders.js';

describe('redshift.cluster.fine_grained_access', () => {
  it('is not evaluated: RLS, masking and column grants need SQL through the Data API', () => {
    expect(judge(fineGrainedAccess, cluster())).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('Redshift Data API') });
  });

  it('still says why in deep SQL mode', () => {
    expect(judge(fineGrainedAccess, cluster(), [], {}, { deepSql: true }).reason).toContain('deep SQL mode is on');
  });
});

describe('redshift.datashare.consumers_known', () => {
  it('passes consumers in the allow-list, by account or by namespace ARN', () => {
    // Prepare
    const share = datashare({ consumers: [{ consumerIdentifier: '444455556666', status: 'ACTIVE' }, { consumerIdentifier: `arn:aws:redshift:${REGION}:555566667777:namespace:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d`, status: 'AUTHORIZED' }] });
    // Act
    const verdict = judge(consumersKnown, share, [], {}, { allowedDatashareConsumers: ['444455556666', '555566667777'] });
    // Assess
    expect(verdict.status).toBe('PASS');
  });

  it('passes consumers in this account', () => {
    expect(judge(consumersKnown, datashare({ consumers: [{ consumerIdentifier: `arn:aws:redshift:${REGION}:${ACCOUNT}:namespace:abc`, status: 'ACTIVE' }] })).status).toBe('PASS');
  });

  it('fails an unknown consumer account', () => {
    // Act
    const verdict = judge(consumersKnown, datashare());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: 'consumers not in allowedDatashareConsumers: 444455556666 (ACTIVE)' });
  });

  it('ignores deauthorized consumers', () => {
    expect(judge(consumersKnown, datashare({ consumers: [{ consumerIdentifier: '999988887777', status: 'DEAUTHORIZED' }] })).status).toBe('PASS');
  });

  it('fails a share that allows publicly accessible consumers', () => {
    expect(judge(consumersKnown, datashare({ allowPubliclyAccessibleConsumers: true }), [], {}, { allowedDatashareConsumers: ['444455556666'] })).toMatchObject({
      status: 'FAIL',
      reason: 'AllowPubliclyAccessibleConsumers is true',
    });
  });

  it('is not evaluated when datashares could not be listed', () => {
    expect(judge(consumersKnown, datashare(), [], { errors: [collectionError('redshift:DescribeDataShares')] }).status).toBe('NOT_EVALUATED');
  });
});
