import { decidedBy, defineCheck, fail, notApplicable, notEvaluated, pass, type Verdict } from '../../src/engine/check.js';
import { customerManagedKey } from '../../src/engine/encryption.js';
import { atTier, catalogTier, lakeInUse } from '../../src/engine/glue.js';

export default defineCheck({
  id: 'glue.catalog.encrypted_cmk',
  resource: 'glue.catalog',
  uses: ['glue:GetDataCatalogEncryptionSettings', 'glue:GetDatabases', 'glue:GetTables', 'glue:GetJobs', 'kms:DescribeKey'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Glue Data Catalog metadata is encrypted with a customer managed KMS key',
  description:
    'Catalog metadata (schemas, locations, table properties, connection definitions) describes the data. Encryption at rest must be SSE-KMS or SSE-KMS-WITH-SERVICE-ROLE ' +
    'with a customer managed key when the catalog holds red or orange tables; the AWS managed key (aws/glue) gives the data owner no control. The catalog is judged at the tier of its most sensitive table.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws glue put-data-catalog-encryption-settings --data-catalog-encryption-settings EncryptionAtRest={CatalogEncryptionMode=SSE-KMS,SseAwsKmsKeyId=KEY_ARN},ConnectionPasswordEncryption={...}',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html',
  },
  evaluate(catalog, ctx) {
    const use = lakeInUse(ctx, catalog.region);
    if (use.inUse === false) return notApplicable(use.reason);
    if (use.inUse === undefined) return notEvaluated(use.reason);
    if (!catalog.encryptionMode) return notEvaluated(ctx.whyUnknown(catalog, 'encryptionMode'));
    const { tier, source } = catalogTier(ctx, catalog.region, catalog.classification.effectiveTier);
    const judged = atTier(catalog, tier, source);
    const raise = (v: Verdict): Verdict => (v.status === 'FAIL' && tier === 'red' ? { ...v, severity: 'HIGH' } : v);
    // No key named: the settings and the catalog's contents decide, whatever a key lookup did.
    const withoutKey = (v: Verdict): Verdict => decidedBy(['glue:GetDataCatalogEncryptionSettings', 'glue:GetDatabases', 'glue:GetTables', 'glue:GetJobs'], v);
    if (catalog.encryptionMode === 'DISABLED') {
      const reason = `EncryptionAtRest.CatalogEncryptionMode is DISABLED; the catalog ${source}`;
      return withoutKey(tier === 'green' ? pass(`${reason}, which is acceptable for green data`) : raise(fail(`${reason}, which requires a customer managed key`)));
    }
    if (!catalog.encryptionKmsKeyId) {
      const reason = `CatalogEncryptionMode ${catalog.encryptionMode} without SseAwsKmsKeyId uses the AWS managed key aws/glue; the catalog ${source}`;
      return withoutKey(tier === 'green' ? pass(`${reason}, which is acceptable for green data`) : raise(fail(`${reason}, which requires a customer managed key`)));
    }
    const verdict = customerManagedKey(judged, catalog.encryptionKmsKeyId, `CatalogEncryptionMode ${catalog.encryptionMode} with SseAwsKmsKeyId`, ctx);
    return raise({ ...verdict, reason: `${verdict.reason} (the catalog ${source})` });
  },
});
