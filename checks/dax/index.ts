/** DAX checks. */
export const daxChecks = [] as const;
