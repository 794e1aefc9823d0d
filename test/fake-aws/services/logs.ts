/** Fake logs. */
import type { ServiceFake } from '../types.js';

export const logsFakes: readonly ServiceFake[] = [];
