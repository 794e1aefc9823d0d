import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { describeExposures, exposures } from '../../src/engine/resource-policy.js';

export default defineCheck({
  id: 'kms.key.policy_not_public',
  resource: 'kms.key',
  uses: ['kms:DescribeKey', 'kms:GetKeyPolicy'],
  control: 'access',
  pillar: 'identity',
  title: 'KMS key policy does not allow public or unknown cross-account access',
  description:
    'A key policy that allows any principal (`*`) without a condition tying it to the account or organization, or that names accounts outside the trusted set, lets others decrypt the data the key protects.',
  severity: 'CRITICAL',
  standards: ['FSBP KMS.5'],
  remediation: {
    text: 'Restrict the key policy: name principals of the account, or add aws:PrincipalOrgID / kms:CallerAccount conditions; then aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://policy.json',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
  },
  evaluate(key, ctx) {
    if (key.keyManager === undefined) return notEvaluated(ctx.whyUnknown(key, 'keyManager'));
    if (key.keyManager !== 'CUSTOMER') return notApplicable(`KeyManager is ${key.keyManager}: AWS sets the policy of AWS managed keys`);
    if (key.policy === undefined) return notEvaluated(ctx.whyUnknown(key, 'policy'));
    if (key.policy === null) return notEvaluated('GetKeyPolicy returned no policy');
    const found = exposures(key.policy, key.ownerAccountId ?? key.accountId, ctx.settings.trustedAccounts);
    if (found.length === 0) return pass(`the key policy (${key.policy.Statement.length} statement(s)) allows no public or untrusted principal`);
    const scope = found.some((e) => e.scope === 'public') ? 'public' : 'foreign';
    return fail(`the key policy is ${scope}: ${describeExposures(found)}`, { ...(scope === 'foreign' ? { severity: 'HIGH' as const } : {}), evidence: { exposures: found.length, scope } });
  },
});
