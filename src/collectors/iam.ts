/** iam collectors. */
import type { Collector } from './types.js';

export const iamCollectors: readonly Collector[] = [];
