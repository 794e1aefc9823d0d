import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster.cross_region_copy',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'rds:DescribeGlobalClusters'],
  // A failed global-database listing leaves only members' globalCluster unknown (with the reason); a cluster
  // in no global database is still judged.
  selfGuarded: true,
  control: 'backup',
  pillar: 'policy',
  title: 'Aurora cluster holding red data has a copy in another region',
  description:
    'Red data must survive the loss of a region. For Aurora the control plane shows two ways: membership of a global database with a ' +
    'member in another region, or a cross-region read replica cluster. Copies made by AWS Backup copy jobs are not visible here.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Add a secondary region: aws rds create-global-cluster --source-db-cluster-identifier CLUSTER_ARN, then create-db-cluster in the other region with --global-cluster-identifier',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html',
  },
  evaluate(cluster, ctx) {
    const tier = cluster.classification.effectiveTier;
    if (tier !== 'red') return notApplicable(`a copy in another region is required for red data; this cluster is ${tier}`);
    const replicas = (cluster.readReplicas ?? []).filter((arn) => arn.split(':')[3] && arn.split(':')[3] !== cluster.region);
    if (replicas.length > 0) return pass(`cross-region read replica ${replicas.join(', ')}`);
    if (cluster.globalCluster === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'globalCluster'));
    if (cluster.globalCluster === null) return fail('the cluster belongs to no global database and has no cross-region read replica');
    const others = cluster.globalCluster.regions.filter((r) => r !== cluster.region);
    if (others.length === 0) return fail(`global database ${cluster.globalCluster.identifier} has no member outside ${cluster.region}`);
    return pass(`global database ${cluster.globalCluster.identifier} has members in ${others.join(', ')}`);
  },
});
