/** lakeformation checks. */
export const lakeformationChecks = [] as const;
