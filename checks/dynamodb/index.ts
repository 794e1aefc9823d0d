/** DynamoDB checks, listed explicitly (style rule 10). */
import tableEncryptedCmk from './table.encrypted_cmk.js';
import tablePitr from './table.pitr.js';

export const dynamodbChecks = [tableEncryptedCmk, tablePitr] as const;
