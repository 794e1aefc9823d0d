import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
  id: 'dynamodb.table.pitr',
  resource: 'dynamodb.table',
  uses: ['dynamodb:DescribeContinuousBackups'],
  control: 'backup',
  pillar: 'policy',
  title: 'DynamoDB table has point-in-time recovery enabled',
  description: 'Point-in-time recovery keeps continuous backups for 35 days, so a table can be restored to any second after accidental writes or deletes.',
  severity: 'MEDIUM',
  standards: ['FSBP DynamoDB.2'],
  remediation: {
    text: 'aws dynamodb update-continuous-backups --table-name NAME --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html',
  },
  field: 'pointInTimeRecovery',
  apiField: 'PointInTimeRecoveryStatus',
  apiValues: { true: 'ENABLED', false: 'DISABLED' },
});
