import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { describeCoverage, managementCoverage, recordersFor } from '../../src/engine/trail-coverage.js';

export default defineCheck({
  id: 'cloudtrail.account.multi_region_trail',
  resource: 'cloudtrail.account',
  uses: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'A logging multi-region trail records read and write management events in the region',
  description:
    'Every region needs a multi-Region trail (the account\'s own or an organization trail) that is logging and records both read and write management events, so every control-plane change and access to data-store configuration is on record.',
  severity: 'HIGH',
  standards: ['FSBP CloudTrail.1', 'CIS AWS Foundations 3.1'],
  remediation: {
    text: 'aws cloudtrail create-trail --name org-audit --s3-bucket-name BUCKET --is-multi-region-trail (--is-organization-trail); aws cloudtrail start-logging --name org-audit; keep management events All',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
  },
  evaluate(account, ctx) {
    const found = recordersFor(account.region, ctx);
    if (!found.ok) return notEvaluated(found.reason);
    const trails = found.recorders.filter((r) => r.label.startsWith('trail '));
    const problems: string[] = [];
    const unknown: string[] = [];
    for (const t of trails) {
      if (t.unknown || t.multiRegion === undefined) {
        unknown.push(t.unknown ?? `${t.label}: IsMultiRegionTrail is unknown`);
        continue;
      }
      const mgmt = managementCoverage(t.selection!);
      const gaps = [
        ...(t.multiRegion ? [] : ['IsMultiRegionTrail is false']),
        ...(t.active ? [] : ['IsLogging is false']),
        ...(mgmt.read && mgmt.write ? [] : [`management events: ${describeCoverage(mgmt)}`]),
      ];
      if (gaps.length === 0) return pass(`${t.label} is multi-region, logging, and records read and write management events`);
      problems.push(`${t.label}: ${gaps.join(', ')}`);
    }
    if (unknown.length > 0) return notEvaluated(`no trail qualifies among those read (${problems.join('; ') || 'none'}); ${unknown.join('; ')}`);
    if (trails.length === 0) return fail(`DescribeTrails lists no trail for ${account.region}`);
    return fail(`no trail qualifies: ${problems.join('; ')}`);
  },
});
