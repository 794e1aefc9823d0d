/** Secrets Manager checks, listed explicitly (style rule 10). */
import secretRotation from './secret.rotation.js';

export const secretsmanagerChecks = [secretRotation] as const;
