/** Reads template.yaml with CloudFormation's short-form tags, for contract tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type CollectionTag, type ScalarTag } from 'yaml';

const SCALAR_TAGS = ['Ref', 'Sub', 'GetAtt', 'ImportValue', 'Base64', 'GetAZs', 'Condition'];
const SEQUENCE_TAGS = ['If', 'Equals', 'Not', 'And', 'Or', 'Join', 'Select', 'Split', 'FindInMap', 'Sub', 'Cidr'];

const customTags: (ScalarTag | CollectionTag)[] = [
  ...SCALAR_TAGS.map((name): ScalarTag => ({ tag: `!${name}`, resolve: (value: string) => ({ [`Fn::${name}`]: value }) })),
  ...SEQUENCE_TAGS.map((name): CollectionTag => ({ tag: `!${name}`, collection: 'seq', resolve: (value) => ({ [`Fn::${name}`]: value.toJSON() as unknown }) })),
];

export const TEMPLATE_PATH = fileURLToPath(new URL('../../template.yaml', import.meta.url));

export interface PolicyStatement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readTemplate(): any {
  return parse(readFileSync(TEMPLATE_PATH, 'utf8'), { customTags });
}

/** The scan function's inline policy statements. */
export function functionStatements(): PolicyStatement[] {
  const template = readTemplate();
  const policies = template.Resources.ScanFunction.Properties.Policies as { Statement: PolicyStatement[] }[];
  return policies.flatMap((p) => p.Statement);
}

export const actionsOf = (s: PolicyStatement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);
