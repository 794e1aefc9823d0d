/** Fake rds. */
import type { ServiceFake } from '../types.js';

export const rdsFakes: readonly ServiceFake[] = [];
