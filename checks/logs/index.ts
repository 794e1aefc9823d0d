/** logs checks. */
export const logsChecks = [] as const;
