/**
 * Test files share a worker's module cache (vitest.config.ts), so a client mocked by one file must not
 * stay mocked in the next: every aws-sdk-client-mock stub lives in sinon's default sandbox, restored here.
 */
import sinon from 'sinon';
import { afterAll } from 'vitest';

afterAll(() => {
  sinon.restore();
});
