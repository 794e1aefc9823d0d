/**
 * The vocabulary every check, finding and output shares. Constants are `as const` objects with derived
 * union types so the compiler rejects a misspelled severity, control area or service.
 */

/** Severity labels, in ascending order; ASFF `Severity.Label` uses the same words. */
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a check concluded about one resource. */
export const STATUSES = ['PASS', 'FAIL', 'NOT_EVALUATED', 'NOT_APPLICABLE'] as const;
export type Status = (typeof STATUSES)[number];

/** The seven rows of the control matrix. */
export const CONTROL_AREAS = {
  network: 'Network isolation',
  encryption: 'Encryption at rest',
  transit: 'TLS in transit',
  access: 'Fine-grained access',
  secrets: 'Secrets and auth',
  audit: 'Audit and detection',
  backup: 'Backup and recovery',
} as const;
export type ControlArea = keyof typeof CONTROL_AREAS;

/** The source framework's pillars; each check declares one. */
export const PILLARS = {
  identity: 'Identity and access',
  classification: 'Classification and catalog governance',
  perimeter: 'Network and perimeter',
  encryption: 'Encryption as needed',
  secrets: 'Secrets and credentials',
  monitoring: 'Monitoring, detection and audit',
  policy: 'Policy as code',
} as const;
export type Pillar = keyof typeof PILLARS;

/**
 * Services as they appear in check ids (`service.resource.property`) and in `--services`.
 * Each maps to the IAM prefix of the API it reads.
 */
export const SERVICES = {
  dynamodb: 'dynamodb',
  dax: 'dax',
  redshift: 'redshift',
  redshiftserverless: 'redshift-serverless',
  rds: 'rds',
  glue: 'glue',
  lakeformation: 'lakeformation',
  kms: 'kms',
  cloudtrail: 'cloudtrail',
  logs: 'logs',
  secretsmanager: 'secretsmanager',
  iam: 'iam',
  ec2: 'ec2',
  s3: 's3',
} as const;
export type ServiceName = keyof typeof SERVICES;
export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

/** An IAM action such as `dynamodb:DescribeTable`. */
export type IamAction = `${string}:${string}`;

/** Data tiers, most sensitive first. `unclassified` is resolved to a configured default for requirements. */
export const TIERS = ['red', 'orange', 'green', 'unclassified'] as const;
export type Tier = (typeof TIERS)[number];
export type EffectiveTier = Exclude<Tier, 'unclassified'>;

export const PII_LEVELS = ['high', 'low', 'none'] as const;
export type PiiLevel = (typeof PII_LEVELS)[number];

/** Raise a severity by `steps` levels, capped at CRITICAL. */
export function raiseSeverity(severity: Severity, steps = 1): Severity {
  const index = Math.min(SEVERITIES.indexOf(severity) + steps, SEVERITIES.length - 1);
  return SEVERITIES[index] ?? severity;
}

/** True when `a` is at least as severe as `b`. */
export function severityAtLeast(a: Severity, b: Severity): boolean {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b);
}

/** Region used when none is configured (STS, account-level calls). */
export const DEFAULT_REGION = 'us-east-1';

/**
 * The home region of a scan: where account-level services (IAM) are called and their findings imported,
 * and where the caller's identity is asked. The first configured region.
 */
export function homeRegion(regions: readonly string[]): string {
  return regions[0] ?? DEFAULT_REGION;
}

/** What kind of failure an API call was, for collection errors and retries. */
export const ERROR_KINDS = ['access-denied', 'throttled', 'not-found', 'timeout', 'aborted', 'invalid-response', 'error'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];
