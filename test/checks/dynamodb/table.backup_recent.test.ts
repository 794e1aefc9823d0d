import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table.backup_recent.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { table } from './builders.js';

// The inventory builders collect at 2026-11-01T12:00:00Z.
describe('dynamodb.table.backup_recent', () => {
  it('passes when the newest backup is within the window', () => {
    const verdict = judge(check, table({ latestBackupAt: '2026-10-31T02:00:00.000Z' }));
    expect(verdict.status).toBe('PASS');
    expect(verdict.evidence).toEqual({ latestBackupAt: '2026-10-31T02:00:00.000Z', backupMaxAgeDays: 7 });
    expect(verdict.reason).toContain('within the 7-day window');
  });

  it('fails when the newest backup is older than the window', () => {
    const verdict = judge(check, table({ latestBackupAt: '2026-09-15T02:00:00.000Z' }));
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('older than the 7-day window');
  });

  it('fails when the table has no backup at all', () => {
    const verdict = judge(check, table({ latestBackupAt: null }));
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('no AVAILABLE backup');
  });

  it('follows the configured window', () => {
    const verdict = judge(check, table({ latestBackupAt: '2026-10-01T02:00:00.000Z' }), [], {}, { backupMaxAgeDays: 35 });
    expect(verdict.status).toBe('PASS');
  });

  it('raises the severity for red data', () => {
    const verdict = judge(check, table({ latestBackupAt: null, tags: { data_classification: 'orange', pii: 'high' } }));
    expect(verdict.severity).toBe('HIGH');
  });

  it('is not evaluated when ListBackups failed for the region', () => {
    const reason = 'dynamodb:ListBackups failed: AccessDeniedException: denied';
    const verdict = judge(check, table({ latestBackupAt: undefined, unknown: { latestBackupAt: reason } }), [], {
      errors: [collectionError('dynamodb:ListBackups')],
    });
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain('ListBackups');
  });
});
