import { describe, expect, it } from 'vitest';
import { awsOwnedKey, customerManagedKey } from '../../src/engine/encryption.js';
import { collectionError, contextFor, resource } from '../builders/inventory.js';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const FOREIGN = 'arn:aws:kms:eu-west-1:444455556666:key/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const table = (tier: string) => resource('dynamodb.table', { name: `orders-${tier}`, tags: { data_classification: tier } });
const key = (keyManager: string) => resource('kms.key', { arn: KEY, name: '0f1e2d3c', keyId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', keyManager });

describe('customer managed key reasoning', () => {
  it('passes a customer managed key whatever the tier, naming the field and the key', () => {
    // Prepare
    const store = table('red');
    // Act
    const verdict = customerManagedKey(store, KEY, 'KmsKeyId', contextFor([store, key('CUSTOMER')]));
    // Assess
    expect(verdict).toMatchObject({ status: 'PASS', reason: `KmsKeyId ${KEY} is a customer managed key (KeyManager=CUSTOMER)` });
  });

  it('fails an AWS managed key for red and orange data and accepts it for green data', () => {
    // Act
    const verdicts = ['red', 'orange', 'green'].map((tier) => {
      const store = table(tier);
      return customerManagedKey(store, KEY, 'KmsKeyId', contextFor([store, key('AWS')])).status;
    });
    // Assess
    expect(verdicts).toEqual(['FAIL', 'FAIL', 'PASS']);
  });

  it('cannot judge a key whose DescribeKey was denied, and says which call failed', () => {
    // Prepare
    const store = table('red');
    const ctx = contextFor([store], { errors: [collectionError('kms:DescribeKey', { resourceArn: FOREIGN, message: 'not authorized to perform kms:DescribeKey' })] });
    // Act
    const verdict = customerManagedKey(store, FOREIGN, 'KmsKeyId', ctx);
    // Assess
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain(`kms:DescribeKey failed for key ${FOREIGN}: AccessDeniedException`);
  });

  it('cannot judge a key that was never described, and never passes it', () => {
    // Prepare
    const store = table('green');
    // Act
    const verdict = customerManagedKey(store, KEY, 'KmsKeyId', contextFor([store]));
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: `key ${KEY} was not described (kms:DescribeKey), so who manages it is unknown` });
  });

  it('accepts the AWS owned key only for green data', () => {
    // Act
    const verdicts = ['red', 'green'].map((tier) => awsOwnedKey(table(tier), 'SSEDescription is absent', ['dynamodb:DescribeTable']));
    // Assess
    expect(verdicts.map((v) => v.status)).toEqual(['FAIL', 'PASS']);
    expect(verdicts[0]!.reason).toBe('SSEDescription is absent; red data requires a customer managed key');
  });
});
