/** Fake redshift-serverless. */
import type { ServiceFake } from '../types.js';

export const redshiftserverlessFakes: readonly ServiceFake[] = [];
