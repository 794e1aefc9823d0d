/** redshift checks. */
export const redshiftChecks = [] as const;
