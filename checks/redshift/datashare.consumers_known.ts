import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

/** Associations that no longer give access. */
const INACTIVE = new Set(['DEAUTHORIZED', 'REJECTED']);

export default defineCheck({
  id: 'redshift.datashare.consumers_known',
  resource: 'redshift.datashare',
  uses: ['redshift:DescribeDataShares'],
  control: 'access',
  pillar: 'identity',
  title: 'Redshift datashare is shared only with known consumers and never with publicly accessible ones',
  description:
    'Every consumer of a datashare reads live data. Consumers must be this account, or accounts and namespaces listed in ' +
    'allowedDatashareConsumers, and the share must not allow publicly accessible consumer clusters.',
  severity: 'HIGH',
  remediation: {
    text: 'Deauthorize unknown consumers (aws redshift deauthorize-data-share) and turn off publicly accessible consumers (ALTER DATASHARE … SET PUBLICACCESSIBLE FALSE).',
    url: 'https://docs.aws.amazon.com/redshift/latest/dg/datashare-overview.html',
  },
  evaluate(share, ctx) {
    if (share.allowPubliclyAccessibleConsumers === undefined) return notEvaluated(ctx.whyUnknown(share, 'allowPubliclyAccessibleConsumers'));
    const allowed = new Set([share.accountId, ...ctx.settings.allowedDatashareConsumers]);
    const known = (id: string): boolean => allowed.has(id) || (id.startsWith('arn:') && allowed.has(id.split(':')[4] ?? ''));
    const active = share.consumers.filter((c) => !INACTIVE.has(c.status ?? ''));
    const unknown = active.filter((c) => !known(c.consumerIdentifier)).map((c) => `${c.consumerIdentifier} (${c.status ?? 'status unknown'})`);
    const problems = [
      ...(share.allowPubliclyAccessibleConsumers ? ['AllowPubliclyAccessibleConsumers is true'] : []),
      ...(unknown.length > 0 ? [`consumers not in allowedDatashareConsumers: ${unknown.join(', ')}`] : []),
    ];
    if (problems.length > 0) return fail(problems.join('; '), { evidence: { unknownConsumers: unknown.length } });
    if (active.length === 0) return pass('the datashare has no active consumers and does not allow publicly accessible ones');
    return pass(`every consumer is known (${active.map((c) => c.consumerIdentifier).join(', ')}) and publicly accessible consumers are not allowed`);
  },
});
