/** glue checks. */
export const glueChecks = [] as const;
