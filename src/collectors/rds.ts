/** rds collectors. */
import type { Collector } from './types.js';

export const rdsCollectors: readonly Collector[] = [];
