/** redshift collectors. */
import type { Collector } from './types.js';

export const redshiftCollectors: readonly Collector[] = [];
