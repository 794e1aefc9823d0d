/** cloudtrail collectors. */
import type { Collector } from './types.js';

export const cloudtrailCollectors: readonly Collector[] = [];
