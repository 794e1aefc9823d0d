import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
  id: 'dynamodb.table.deletion_protection',
  resource: 'dynamodb.table',
  uses: ['dynamodb:DescribeTable'],
  control: 'backup',
  pillar: 'policy',
  title: 'DynamoDB table has deletion protection enabled',
  description: 'Deletion protection makes DeleteTable fail until it is turned off, so a mistaken or malicious call cannot drop the table and its data.',
  severity: 'MEDIUM',
  standards: ['FSBP DynamoDB.6'],
  remediation: {
    text: 'aws dynamodb update-table --table-name NAME --deletion-protection-enabled',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
  },
  field: 'deletionProtection',
  apiField: 'DeletionProtectionEnabled',
  consequence: 'DeleteTable would succeed',
});
