import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/proxy.require_tls.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { proxy } from './builders.js';

describe('rds.proxy.require_tls', () => {
  it('passes a proxy that requires TLS', () => {
    expect(judge(check, proxy())).toMatchObject({ status: 'PASS', reason: 'RequireTLS is true on proxy orders-proxy' });
  });

  it('fails a proxy without TLS', () => {
    expect(judge(check, proxy({ requireTls: false }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM', reason: 'RequireTLS is false on proxy orders-proxy' });
  });

  it('is not evaluated when the proxy listing failed', () => {
    expect(judge(check, proxy(), [], { errors: [collectionError('rds:DescribeDBProxies')] }).status).toBe('NOT_EVALUATED');
  });

  it('is not evaluated when RequireTLS was not reported', () => {
    expect(judge(check, proxy({ requireTls: undefined })).status).toBe('NOT_EVALUATED');
  });
});
