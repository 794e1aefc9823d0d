/** lakeformation collectors. */
import type { Collector } from './types.js';

export const lakeformationCollectors: readonly Collector[] = [];
