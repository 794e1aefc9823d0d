/** Findings built by the real engine over realistic resources, for ASFF, suppression and publisher tests. */
import pitr from '../../checks/dynamodb/table.pitr.js';
import encryptedCmk from '../../checks/dynamodb/table.encrypted_cmk.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { DEFAULT_CHECK_SETTINGS } from '../../src/engine/settings.js';
import { toFinding, type Finding } from '../../src/findings/finding.js';
import type { DynamoDbTable } from '../../src/inventory/dynamodb.js';
import { asffShape, type AsffShape } from '../../src/findings/asff.js';
import type { Inventory, ResourceKind, ResourceOf } from '../../src/inventory/types.js';
import { ACCOUNT, COLLECTED_AT, inventoryOf, resource, scopeOf } from '../builders/inventory.js';

export { ACCOUNT, COLLECTED_AT };

/** A DynamoDB table as the collector would emit it. */
export function table(name: string, fields: Partial<Omit<DynamoDbTable, 'kind' | 'classification'>> = {}): DynamoDbTable {
  return resource('dynamodb.table', {
    arn: `arn:aws:dynamodb:${fields.region ?? 'eu-west-1'}:${ACCOUNT}:table/${name}`,
    name,
    tags: { data_classification: 'red', owner: 'payments' },
    status: 'ACTIVE',
    encryption: { type: 'AWS_OWNED' },
    pointInTimeRecovery: false,
    ...fields,
  });
}

/** The findings the real checks give for `tables`, with the inventory they came from. */
export function findingsFor(tables: DynamoDbTable[]): { findings: Finding[]; inventory: Inventory } {
  const inventory = inventoryOf(tables, {
    scopes: [...new Set(tables.map((t) => t.region))].map((region) => scopeOf('dynamodb', region, 'complete', { resources: tables.length })),
  });
  const findings = evaluate(inventory, [pitr, encryptedCmk], DEFAULT_CHECK_SETTINGS).map((e) => toFinding(e, COLLECTED_AT));
  return { findings, inventory };
}

/** One finding of `checkId` about the table named `name`. */
export function findingOf(findings: Finding[], checkId: string, name: string): Finding {
  const hit = findings.find((f) => f.checkId === checkId && f.resourceName === name);
  if (!hit) throw new Error(`no ${checkId} finding for ${name}`);
  return hit;
}

/** A resource's ASFF Type and Details, as publishing writes them; fails the test when the kind has no mapper. */
export function shapeOf<K extends ResourceKind>(kind: K, subject: ResourceOf<K>): AsffShape {
  const shape = asffShape(kind, subject);
  if (!shape) throw new Error(`no ASFF mapper for ${kind}`);
  return shape;
}
