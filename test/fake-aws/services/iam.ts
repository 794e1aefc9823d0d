/** Fake iam. */
import type { ServiceFake } from '../types.js';

export const iamFakes: readonly ServiceFake[] = [];
