/** Fake glue. */
import type { ServiceFake } from '../types.js';

export const glueFakes: readonly ServiceFake[] = [];
