/** Fake lakeformation. */
import type { ServiceFake } from '../types.js';

export const lakeformationFakes: readonly ServiceFake[] = [];
