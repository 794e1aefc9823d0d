import { defineCheck, fail, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'lakeformation.location.registered',
  resource: 'lakeformation.location',
  uses: ['lakeformation:ListResources', 'glue:GetTables'],
  control: 'access',
  pillar: 'classification',
  title: 'S3 location of catalog tables is registered with Lake Formation',
  description:
    'Lake Formation vends credentials, and so enforces its grants and filters, only for data in registered locations. Tables whose data sits in an unregistered location are read with the caller’s own S3 permissions. ' +
    'A registered location in hybrid access mode still honours IAM permissions for principals not opted in.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws lakeformation register-resource --resource-arn arn:aws:s3:::BUCKET/PREFIX --use-service-linked-role (or --role-arn), then grant DATA_LOCATION_ACCESS to the principals that create tables there.',
    url: 'https://docs.aws.amazon.com/lake-formation/latest/dg/register-data-lake.html',
  },
  evaluate(location) {
    const tables = location.tables.length ? `tables ${location.tables.slice(0, 10).join(', ')}${location.tables.length > 10 ? ` and ${location.tables.length - 10} more` : ''}` : 'no collected table';
    if (!location.registered) return fail(`${location.location} holds ${tables} and is not registered with Lake Formation (ListResources)`, { evidence: { location: location.location, tables: location.tables.length } });
    const hybrid = location.hybridAccessEnabled ? '; hybrid access mode is on, so IAM permissions still apply to principals not opted in' : '';
    return pass(`${location.location} is registered as ${location.registeredAs ?? location.location}${location.roleArn ? ` with role ${location.roleArn}` : ''} and holds ${tables}${hybrid}`, { location: location.location, hybrid: location.hybridAccessEnabled ?? false });
  },
});
