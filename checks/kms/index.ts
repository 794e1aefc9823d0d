/** kms checks. */
export const kmsChecks = [] as const;
