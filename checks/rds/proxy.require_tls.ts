import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
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
  field: 'requireTls',
  apiField: 'RequireTLS',
  consequence: 'clients may connect to the proxy without TLS',
});
