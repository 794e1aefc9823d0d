/** cloudtrail checks. */
export const cloudtrailChecks = [] as const;
