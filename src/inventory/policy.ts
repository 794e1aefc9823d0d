/** IAM-style policy documents as the inventory stores them (parsed JSON, statements always an array). */
export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: '*' | Record<string, string | string[]>;
  NotPrincipal?: '*' | Record<string, string | string[]>;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, string | string[] | boolean | number>>;
}

export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement[];
}

/**
 * Parses a policy JSON string. Returns an error text instead of throwing, so a collector can record it.
 * A single statement object is normalized to an array.
 */
export function parsePolicy(text: string): { ok: true; policy: PolicyDocument } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `policy is not valid JSON: ${(error as Error).message}` };
  }
  if (!raw || typeof raw !== 'object') return { ok: false, error: 'policy is not a JSON object' };
  const doc = raw as { Version?: unknown; Statement?: unknown };
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement && typeof doc.Statement === 'object' ? [doc.Statement] : undefined;
  if (!statements) return { ok: false, error: 'policy has no Statement' };
  const policy: PolicyDocument = { Statement: statements as PolicyStatement[] };
  if (typeof doc.Version === 'string') policy.Version = doc.Version;
  return { ok: true, policy };
}
