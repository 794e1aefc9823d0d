/** redshift-serverless collectors. */
import type { Collector } from './types.js';

export const redshiftserverlessCollectors: readonly Collector[] = [];
