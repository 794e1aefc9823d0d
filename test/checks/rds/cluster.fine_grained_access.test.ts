import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.fine_grained_access.js';
import { judge } from '../../builders/inventory.js';
import { cluster } from './builders.js';

describe('rds.cluster.fine_grained_access', () => {
  it('is not evaluated: GRANTs and RLS need SQL access', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('SQL') });
  });

  it('says so even in deep SQL mode, which has no Aurora reader', () => {
    expect(judge(check, cluster(), [], {}, { deepSql: true })).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('no SQL reader') });
  });
});
