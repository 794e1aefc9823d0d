/**
 * DynamoDB data access from identity policies: which data actions a principal's documents allow on a table,
 * and whether each allowing statement confines the caller to its own partition keys (`dynamodb:LeadingKeys`).
 */
import type { PolicyStatement } from '../inventory/policy.js';
import { describeStatement, evaluateAccess, statementOf, type PolicySource, type StatementRef } from './iam-policy.js';

/** DynamoDB actions that read or write item data (control-plane actions excluded). */
export const DYNAMODB_DATA_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PartiQLSelect',
  'dynamodb:PartiQLInsert',
  'dynamodb:PartiQLUpdate',
  'dynamodb:PartiQLDelete',
] as const;

/** Data actions whose requests carry no partition key, so a ForAllValues LeadingKeys condition is vacuously true. */
const KEYLESS_DATA_ACTIONS = ['dynamodb:Scan', 'dynamodb:PartiQLSelect'] as const;

/** How one statement constrains the partition keys a caller may touch. */
export interface LeadingKeysConstraint {
  /** ForAllValues:StringEquals / StringLike (or IgnoreCase) on `dynamodb:LeadingKeys` with concrete values. */
  constrained: boolean;
  /** `Null: { dynamodb:LeadingKeys: false }` requires the key, closing the keyless-request gap. */
  requiresKey: boolean;
  /** Why not constrained, for reasons. */
  reason?: string;
}

/** Reads the statement's `dynamodb:LeadingKeys` conditions. */
export function leadingKeysConstraint(statement: PolicyStatement): LeadingKeysConstraint {
  let constrained = false;
  let requiresKey = false;
  let reason = 'no dynamodb:LeadingKeys condition';
  for (const [operator, block] of Object.entries(statement.Condition ?? {})) {
    for (const [key, raw] of Object.entries(block)) {
      if (key.toLowerCase() !== 'dynamodb:leadingkeys') continue;
      const values = (Array.isArray(raw) ? raw : [raw]).map(String);
      if (/^Null$/i.test(operator)) {
        if (values.some((v) => v.toLowerCase() === 'false')) requiresKey = true;
        continue;
      }
      if (!/^ForAllValues:String(Equals|Like)(IgnoreCase)?$/i.test(operator)) {
        // ForAnyValue lets one own key unlock a batch with others' keys; a plain String operator on a multivalued key is unreliable.
        reason = `dynamodb:LeadingKeys is tested with ${operator}, not ForAllValues:StringEquals`;
        continue;
      }
      if (values.length === 0 || values.some((v) => v === '*' || (/StringLike/i.test(operator) && /^[*?]+$/.test(v)))) {
        reason = `dynamodb:LeadingKeys ${operator} allows any key (${values.join(', ') || 'no values'})`;
        continue;
      }
      constrained = true;
    }
  }
  return constrained ? { constrained, requiresKey } : { constrained, requiresKey, reason };
}

/** One data action a principal has on a table, and whether it is confined to the caller's keys. */
export interface DataActionGrant {
  action: string;
  /** Allowing statements. */
  allows: StatementRef[];
  /** Every allowing statement constrains LeadingKeys effectively for this action. */
  leadingKeysConstrained: boolean;
  /** Why not, for reasons. */
  reason?: string;
}

export interface DataAccess {
  /** Data actions allowed on the table (after Deny). Empty = no data access. */
  grants: DataActionGrant[];
}

/**
 * DynamoDB data actions the set allows on `tableArn`, each with whether the allowing statements confine the
 * caller to its partition keys. For Scan and PartiQLSelect (requests without keys) a ForAllValues condition
 * is vacuously true, so they count as constrained only with a `Null: false` condition on the key.
 */
export function dynamoDbDataAccess(policies: readonly PolicySource[], tableArn: string): DataAccess {
  const grants: DataActionGrant[] = [];
  for (const action of DYNAMODB_DATA_ACTIONS) {
    const access = evaluateAccess(policies, action, tableArn);
    if (!access.allowed) continue;
    const keyless = (KEYLESS_DATA_ACTIONS as readonly string[]).includes(action);
    let reason: string | undefined;
    for (const allow of access.allows) {
      const statement = statementOf(allow);
      const c = statement ? leadingKeysConstraint(statement) : { constrained: false, requiresKey: false, reason: 'statement not found' };
      if (!c.constrained) reason ??= `${describeStatement(allow)}: ${c.reason ?? 'not constrained'}`;
      else if (keyless && !c.requiresKey) reason ??= `${describeStatement(allow)}: ${action} carries no partition key, so ForAllValues on dynamodb:LeadingKeys does not confine it`;
    }
    grants.push({ action, allows: access.allows, leadingKeysConstrained: reason === undefined, ...(reason ? { reason } : {}) });
  }
  return { grants };
}
