/** Fake cloudtrail. */
import type { ServiceFake } from '../types.js';

export const cloudtrailFakes: readonly ServiceFake[] = [];
