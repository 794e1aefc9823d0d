import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.proxy.require_tls',
  resource: 'rds.proxy',
  uses: ['rds:DescribeDBProxies'],
  control: 'transit',
  pillar: 'encryption',
  title: 'RDS Proxy requires TLS from its clients',
  description: 'Without RequireTLS a proxy accepts clear-text client connections, whatever the database behind it enforces.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.43'],
  remediation: {
    text: 'aws rds modify-db-proxy --db-proxy-name NAME --require-tls',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy.howitworks.html#rds-proxy-security.tls',
  },
  evaluate(proxy, ctx) {
    if (proxy.requireTls === undefined) return notEvaluated(ctx.whyUnknown(proxy, 'requireTls'));
    return proxy.requireTls ? pass('RequireTLS is true') : fail('RequireTLS is false: clients may connect to the proxy without TLS');
  },
});
