import { decidedBy, defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'glue.job.runs_in_vpc',
  resource: 'glue.job',
  uses: ['glue:GetJobs', 'glue:GetConnections'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Glue job runs inside a VPC through a connection with a subnet',
  description:
    'A Glue job without a NETWORK (or JDBC) connection that names a subnet runs in the Glue service network with open internet egress, ' +
    'out of reach of security groups, VPC endpoint policies, flow logs and aws:SourceVpc conditions on the data it reads.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Create a NETWORK connection in a private subnet (aws glue create-connection --connection-input ConnectionType=NETWORK,PhysicalConnectionRequirements={SubnetId=...,SecurityGroupIdList=[...]}) and add it to the job (Connections).',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html',
  },
  evaluate(job, ctx) {
    if (!job.connections) return notEvaluated(ctx.whyUnknown(job, 'connections'));
    if (job.connections.length === 0) return fail('Connections is empty: the job runs outside any VPC');
    const byName = new Map(ctx.resources('glue.connection', job.region).map((c) => [c.connectionName, c]));
    const missing = job.connections.filter((n) => !byName.has(n));
    const placed = job.connections.map((n) => byName.get(n)).filter((c) => c?.physical?.subnetId);
    if (placed.length > 0) {
      const c = placed[0]!;
      // One placing connection read is enough, whatever another connection's listing did.
      return decidedBy(['glue:GetJobs'], pass(`connection ${c.connectionName} (${c.connectionType ?? 'unknown type'}) places the job in subnet ${c.physical?.subnetId ?? ''}`, { connection: c.connectionName, subnetId: c.physical?.subnetId ?? null }));
    }
    if (missing.length > 0 && missing.length === job.connections.length) return fail(`Connections ${missing.join(', ')} do not exist in ${job.region}: the job has no VPC placement`);
    const described = job.connections.filter((n) => byName.has(n)).map((n) => `${n} (${byName.get(n)?.connectionType ?? 'unknown type'})`);
    return fail(`none of the job's connections names a subnet: ${described.join(', ')}`);
  },
});
