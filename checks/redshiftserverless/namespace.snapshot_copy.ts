import { fail, notEvaluated, pass } from '../../src/engine/check.js';
import { tierGatedCheck } from '../../src/engine/check-factories.js';

export default tierGatedCheck({
  id: 'redshiftserverless.namespace.snapshot_copy',
  resource: 'redshiftserverless.namespace',
  uses: ['redshift-serverless:ListNamespaces', 'redshift-serverless:ListSnapshotCopyConfigurations'],
  control: 'backup',
  pillar: 'policy',
  title: 'Redshift Serverless namespace holding red data copies its snapshots to another region',
  description: 'Red data must survive the loss of a region: a snapshot copy configuration keeps restorable snapshots in a second region.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws redshift-serverless create-snapshot-copy-configuration --namespace-name NAME --destination-region REGION',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-snapshots-recovery-points.html',
  },
  requiredFor: ['red'],
  requirement: 'cross-region snapshot copy',
  noun: 'namespace',
  evaluate(ns, ctx) {
    if (!ns.snapshotCopies) return notEvaluated(ctx.whyUnknown(ns, 'snapshotCopies'));
    const elsewhere = ns.snapshotCopies.filter((c) => c.destinationRegion && c.destinationRegion !== ns.region);
    if (elsewhere.length === 0) return fail('ListSnapshotCopyConfigurations has no configuration copying this namespace to another region');
    return pass(`snapshots are copied to ${elsewhere.map((c) => `${c.destinationRegion} (${c.retentionDays ?? '?'} days)`).join(', ')}`);
  },
});
