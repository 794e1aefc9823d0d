/** Fake secretsmanager. */
import type { ServiceFake } from '../types.js';

export const secretsmanagerFakes: readonly ServiceFake[] = [];
