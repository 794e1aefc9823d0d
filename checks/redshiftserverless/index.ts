/** redshiftserverless checks. */
export const redshiftserverlessChecks = [] as const;
