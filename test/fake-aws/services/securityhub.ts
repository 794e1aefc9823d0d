/** Fake Security Hub (being built). */
import type { ServiceFake } from '../types.js';

export const securityhubFakes: ServiceFake[] = [];
