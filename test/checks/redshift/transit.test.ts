import { describe, expect, it } from 'vitest';
import requireSsl from '../../../checks/redshift/cluster.require_ssl.js';
import { judge } from '../../builders/inventory.js';
import { cluster } from './builders.js';

describe('redshift.cluster.require_ssl', () => {
  it('passes when require_ssl=true is in effect', () => {
    expect(judge(requireSsl, cluster())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('require_ssl=true in parameter group analytics-secure, in effect') });
  });

  it('fails the engine default require_ssl=false', () => {
    // Prepare
    const subject = cluster({ parameterGroupName: 'default.redshift-1.0', parameterApplyStatus: {}, parameters: { require_ssl: { value: 'false', source: 'engine-default' } } });
    // Act
    const verdict = judge(requireSsl, subject);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: 'require_ssl=false in parameter group default.redshift-1.0 (source engine-default)' });
  });

  it('fails require_ssl=true that waits for a reboot: configured, not effective', () => {
    // Prepare
    const subject = cluster({ parameterGroupApplyStatus: 'pending-reboot', parameterApplyStatus: { require_ssl: 'pending-reboot' } });
    // Act
    const verdict = judge(requireSsl, subject);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('configured in parameter group analytics-secure but not effective: ParameterApplyStatus is pending-reboot') });
  });

  it('is not evaluated when the parameter group could not be read', () => {
    // Prepare
    const subject = cluster({ parameters: undefined, unknown: { parameters: 'redshift:DescribeClusterParameters failed: AccessDenied: not authorized' } });
    // Act
    const verdict = judge(requireSsl, subject);
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('DescribeClusterParameters failed') });
  });

  it('is not evaluated when the group has no require_ssl parameter', () => {
    expect(judge(requireSsl, cluster({ parameters: {} })).status).toBe('NOT_EVALUATED');
  });
});
