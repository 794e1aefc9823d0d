/**
 * Fake Security Hub: a mutable per-region finding store behind BatchImportFindings and GetFindings,
 * honouring ids, UpdatedAt ordering, RecordState, filters, paging, import limits and per-finding failures.
 */
import { BatchImportFindingsCommand, GetFindingsCommand, SecurityHubClient, type AwsSecurityFinding, type MapFilter, type StringFilter } from '@aws-sdk/client-securityhub';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';

/** A per-finding failure BatchImportFindings reports in FailedFindings. */
export interface InjectedImportFailure {
  /** Finding id, or a prefix ending in `*`; absent matches every finding. */
  id?: string;
  /** FailedFindings ErrorCode, e.g. `InvalidInput`, `InternalFailure`. */
  code: string;
  message?: string;
  /** Fail only the first N matching findings, then import them. */
  times?: number;
  hits?: number;
}

/** `regions[region].securityhub`: the store is mutated in place, so a test can look at it between scans. */
export interface SecurityHubSpec {
  findings: AwsSecurityFinding[];
  failures?: InjectedImportFailure[];
  /** Number of findings Security Hub accepted (ingestion events billed). */
  ingested?: number;
}

/** API limits: 100 findings and 6 MB per import, 100 results per GetFindings page. */
const MAX = { importFindings: 100, importBytes: 6 * 1024 * 1024, getFindings: 100 } as const;
/** Fields Security Hub keeps from the first import: analysts own them. */
const ANALYST_FIELDS = ['Workflow', 'WorkflowState', 'Note', 'UserDefinedFields', 'VerificationState'] as const;
const REQUIRED = ['SchemaVersion', 'Id', 'ProductArn', 'GeneratorId', 'AwsAccountId', 'CreatedAt', 'UpdatedAt', 'Title', 'Description', 'Resources'] as const;

/** This region's store, created on first use. */
export function securityHubStore(ctx: Pick<FakeContext, 'account' | 'region'>): SecurityHubSpec {
  const region = (ctx.account.regions[ctx.region] ??= {});
  const spec = (region.securityhub ??= { findings: [] }) as SecurityHubSpec;
  spec.findings ??= [];
  return spec;
}

function injectedFailure(spec: SecurityHubSpec, id: string): InjectedImportFailure | undefined {
  for (const f of spec.failures ?? []) {
    const matches = f.id === undefined || (f.id.endsWith('*') ? id.startsWith(f.id.slice(0, -1)) : f.id === id);
    if (!matches || (f.times !== undefined && (f.hits ?? 0) >= f.times)) continue;
    f.hits = (f.hits ?? 0) + 1;
    return f;
  }
  return undefined;
}

function invalid(finding: AwsSecurityFinding, ctx: FakeContext): { code: string; message: string } | undefined {
  const missing = REQUIRED.filter((k) => finding[k] === undefined);
  if (missing.length > 0) return { code: 'InvalidInput', message: `Finding is missing required fields: ${missing.join(', ')}` };
  if (!finding.Severity?.Label && finding.Severity?.Normalized === undefined) return { code: 'InvalidInput', message: 'Severity.Label is required' };
  if ((finding.Title ?? '').length > 256) return { code: 'InvalidInput', message: 'Title exceeds 256 characters' };
  if ((finding.Description ?? '').length > 1024) return { code: 'InvalidInput', message: 'Description exceeds 1024 characters' };
  if (Object.keys(finding.ProductFields ?? {}).length > 50) return { code: 'InvalidInput', message: 'ProductFields exceeds 50 entries' };
  const own = `arn:${ctx.partition}:securityhub:${ctx.region}:${ctx.accountId}:product/${ctx.accountId}/default`;
  if (finding.ProductArn !== own || finding.AwsAccountId !== ctx.accountId) {
    return { code: 'AccessDeniedException', message: `The account ${ctx.accountId} is not allowed to import findings for ${String(finding.ProductArn)} / ${String(finding.AwsAccountId)}` };
  }
  return undefined;
}

/**
 * Position of each stored finding by (ProductArn, Id), so a large import is not quadratic. Tests may push
 * into the store directly: an index whose size no longer matches, or whose hit is stale, is rebuilt.
 */
const positions = new WeakMap<AwsSecurityFinding[], Map<string, number>>();
const positionKey = (f: Partial<Pick<AwsSecurityFinding, 'ProductArn' | 'Id'>>) => `${f.ProductArn ?? ''} ${f.Id ?? ''}`;

function positionOf(findings: AwsSecurityFinding[], incoming: AwsSecurityFinding): number {
  const key = positionKey(incoming);
  let index = positions.get(findings);
  const fresh = (i: number | undefined) => i === undefined || positionKey(findings[i] ?? {}) === key;
  if (!index || index.size !== findings.length || !fresh(index.get(key))) {
    index = new Map(findings.map((f, i) => [positionKey(f), i]));
    positions.set(findings, index);
  }
  return index.get(key) ?? -1;
}

function store(spec: SecurityHubSpec, incoming: AwsSecurityFinding, ctx: FakeContext): void {
  const index = positionOf(spec.findings, incoming);
  const existing = index >= 0 ? spec.findings[index] : undefined;
  // Security Hub ignores an update older than what it holds.
  if (existing && Date.parse(incoming.UpdatedAt ?? '') < Date.parse(existing.UpdatedAt ?? '')) return;
  const stored: AwsSecurityFinding = {
    ...incoming,
    ProductName: incoming.ProductName ?? 'Default',
    CompanyName: 'Personal',
    RecordState: incoming.RecordState ?? 'ACTIVE',
    ProcessedAt: new Date(Date.parse(incoming.UpdatedAt ?? '') || 0).toISOString(),
    ProductFields: {
      ...incoming.ProductFields,
      'aws/securityhub/FindingId': `arn:${ctx.partition}:securityhub:${ctx.region}:${ctx.accountId}:finding/${incoming.Id}`,
      'aws/securityhub/ProductName': 'Default',
      'aws/securityhub/CompanyName': 'Personal',
    },
  };
  for (const field of ANALYST_FIELDS) {
    if (existing) (stored as unknown as Record<string, unknown>)[field] = existing[field];
  }
  if (!existing) stored.Workflow = incoming.Workflow ?? { Status: 'NEW' };
  // A finding reopened from ARCHIVED returns to NEW, as Security Hub does.
  if (existing?.RecordState === 'ARCHIVED' && stored.RecordState === 'ACTIVE') stored.Workflow = { Status: 'NEW' };
  if (index >= 0) spec.findings[index] = stored;
  else {
    spec.findings.push(stored);
    positions.get(spec.findings)?.set(positionKey(stored), spec.findings.length - 1);
  }
  spec.ingested = (spec.ingested ?? 0) + 1;
}

const FILTERABLE: Record<string, (f: AwsSecurityFinding) => string | undefined> = {
  ProductArn: (f) => f.ProductArn,
  AwsAccountId: (f) => f.AwsAccountId,
  Region: (f) => f.Region,
  Id: (f) => f.Id,
  GeneratorId: (f) => f.GeneratorId,
  RecordState: (f) => f.RecordState,
  ComplianceStatus: (f) => f.Compliance?.Status,
  WorkflowStatus: (f) => f.Workflow?.Status,
  SeverityLabel: (f) => f.Severity?.Label,
};

function stringMatch(value: string | undefined, filters: StringFilter[]): boolean {
  const positive = filters.filter((f) => f.Comparison === 'EQUALS' || f.Comparison === 'PREFIX' || f.Comparison === 'CONTAINS');
  const negative = filters.filter((f) => !positive.includes(f));
  const v = value ?? '';
  const hit = (f: StringFilter) =>
    f.Comparison === 'EQUALS' || f.Comparison === 'NOT_EQUALS' ? v === f.Value : f.Comparison === 'PREFIX' || f.Comparison === 'PREFIX_NOT_EQUALS' ? v.startsWith(f.Value ?? '') : v.includes(f.Value ?? '');
  return (positive.length === 0 || positive.some(hit)) && negative.every((f) => !hit(f));
}

function filterFindings(findings: AwsSecurityFinding[], filters: Record<string, unknown>): AwsSecurityFinding[] {
  let out = findings;
  for (const [field, value] of Object.entries(filters)) {
    if (field === 'ProductFields') {
      const maps = value as MapFilter[];
      out = out.filter((f) => maps.every((m) => (m.Comparison === 'NOT_EQUALS' ? f.ProductFields?.[m.Key ?? ''] !== m.Value : f.ProductFields?.[m.Key ?? ''] === m.Value)));
      continue;
    }
    const read = FILTERABLE[field];
    if (!read) throw awsError('InvalidInputException', `the fake does not implement the GetFindings filter ${field}`);
    out = out.filter((f) => stringMatch(read(f), value as StringFilter[]));
  }
  return out;
}

export const securityhubFake: ServiceFake = {
  service: 'securityhub',
  client: SecurityHubClient,
  commands: { BatchImportFindingsCommand, GetFindingsCommand },
  handlers: {
    BatchImportFindings: (input, ctx) => {
      const findings = (input.Findings as AwsSecurityFinding[] | undefined) ?? [];
      if (findings.length === 0 || findings.length > MAX.importFindings) {
        throw awsError('InvalidInputException', `Findings must hold between 1 and ${MAX.importFindings} items; got ${findings.length}`);
      }
      if (Buffer.byteLength(JSON.stringify(input), 'utf8') > MAX.importBytes) throw awsError('InvalidInputException', 'Request payload exceeds 6 MB', 413);
      const spec = securityHubStore(ctx);
      const failed: { Id: string; ErrorCode: string; ErrorMessage: string }[] = [];
      for (const finding of findings) {
        const id = finding.Id ?? '';
        const problem = invalid(finding, ctx) ?? injectedFailure(spec, id);
        if (problem) failed.push({ Id: id, ErrorCode: problem.code, ErrorMessage: problem.message ?? `${problem.code} (injected)` });
        else store(spec, structuredClone(finding), ctx);
      }
      return { FailedCount: failed.length, SuccessCount: findings.length - failed.length, FailedFindings: failed };
    },
    GetFindings: (input, ctx) => {
      const requested = input.MaxResults as number | undefined;
      if (requested !== undefined && (requested < 1 || requested > MAX.getFindings)) throw awsError('InvalidInputException', `MaxResults must be between 1 and ${MAX.getFindings}`);
      const spec = securityHubStore(ctx);
      const matching = filterFindings(spec.findings, (input.Filters as Record<string, unknown> | undefined) ?? {}).sort((a, b) => (a.Id ?? '').localeCompare(b.Id ?? ''));
      const p = page(matching, input.NextToken as string | undefined, requested, MAX.getFindings, 'findings');
      return { Findings: p.items, NextToken: p.next };
    },
  },
};

export const securityhubFakes: ServiceFake[] = [securityhubFake];
