/** logs collectors. */
import type { Collector } from './types.js';

export const logsCollectors: readonly Collector[] = [];
