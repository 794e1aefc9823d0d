/** glue collectors. */
import type { Collector } from './types.js';

export const glueCollectors: readonly Collector[] = [];
