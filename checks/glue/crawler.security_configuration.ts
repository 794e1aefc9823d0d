import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'glue.crawler.security_configuration',
  resource: 'glue.crawler',
  uses: ['glue:GetCrawlers', 'glue:GetSecurityConfigurations'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Glue crawler runs with a security configuration',
  description:
    'Crawlers read samples of the data they classify and write logs about it. A security configuration makes them encrypt their CloudWatch logs (and S3 output) with KMS; ' +
    'the control matrix requires it for crawlers as for jobs.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Set a security configuration on the crawler: aws glue update-crawler --name NAME --crawler-security-configuration CONFIG_NAME',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html',
  },
  evaluate(crawler, ctx) {
    if (crawler.securityConfiguration === undefined) return notEvaluated(ctx.whyUnknown(crawler, 'securityConfiguration'));
    if (crawler.securityConfiguration === null) return fail('CrawlerSecurityConfiguration is not set');
    const exists = ctx.resources('glue.security_configuration', crawler.region).some((c) => c.configurationName === crawler.securityConfiguration);
    if (!exists) return fail(`CrawlerSecurityConfiguration ${crawler.securityConfiguration} does not exist in ${crawler.region}`, { evidence: { securityConfiguration: crawler.securityConfiguration } });
    return pass(`CrawlerSecurityConfiguration ${crawler.securityConfiguration}`, { securityConfiguration: crawler.securityConfiguration });
  },
});
