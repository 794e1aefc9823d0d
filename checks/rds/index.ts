/** rds checks. */
export const rdsChecks = [] as const;
