/** secretsmanager checks. */
export const secretsmanagerChecks = [] as const;
