/** secretsmanager collectors. */
import type { Collector } from './types.js';

export const secretsmanagerCollectors: readonly Collector[] = [];
