import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
  id: 'cloudtrail.trail.log_file_validation',
  resource: 'cloudtrail.trail',
  uses: ['cloudtrail:DescribeTrails'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'CloudTrail trail has log file validation enabled',
  description: 'Log file validation writes signed digest files, so an investigation can prove that trail logs were not modified or deleted after delivery.',
  severity: 'LOW',
  standards: ['FSBP CloudTrail.4', 'CIS AWS Foundations 3.2'],
  remediation: {
    text: 'aws cloudtrail update-trail --name TRAIL --enable-log-file-validation',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html',
  },
  field: 'logFileValidation',
  apiField: 'LogFileValidationEnabled',
});
