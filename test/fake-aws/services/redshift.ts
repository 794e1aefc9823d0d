/** Fake redshift. */
import type { ServiceFake } from '../types.js';

export const redshiftFakes: readonly ServiceFake[] = [];
