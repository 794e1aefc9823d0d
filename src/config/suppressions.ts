/**
 * Reads a suppressions file (findings/suppressions.ts says what one means and applies it). A bad entry is
 * one ConfigError naming the file, the entry and the field, as a reviewer finds them: `FILE suppressions[1] (#2).expires`.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { errorMessage } from '../aws/errors.js';
import type { SuppressionFile } from '../findings/suppressions.js';
import { ConfigError, parseInput, says, shown, type PathNamer } from './errors.js';
import { jsonDocument, strict } from './schema.js';

export const SUPPRESSIONS_VERSION = 1;

/** Required text, trimmed; missing and blank are told apart. */
const required = (fix: string) =>
  z
    .string({ error: (issue) => says(issue.input === undefined ? 'is missing' : 'must be a non-empty string', fix) })
    .trim()
    .min(1, { error: says('must be a non-empty string', fix) });
const notCheckId = (issue: { input?: unknown }) => says(`${shown(issue.input)} is not a check id`, 'Use a check id such as "dynamodb.table.pitr"');
const notArn = (issue: { input?: unknown }) => says(`${shown(issue.input)} is not an ARN pattern`, 'Use an ARN, with * for any characters, e.g. "arn:aws:dynamodb:*:111122223333:table/tmp-*"');
// One message for any flaw in a tag, named at the tag: its parts make sense only together.
const TAG = says('must be { "key": string, "value": string }', 'Give the tag key and the value it must have, e.g. { "key": "env", "value": "sandbox" }');

const entry = (known: ReadonlySet<string> | undefined) =>
  strict(
    {
      reason: required('Say why the risk is accepted, e.g. "scratch tables rebuilt nightly"'),
      owner: required('Name who accepted the risk, e.g. a team address'),
      checkId: z
        .string({ error: notCheckId })
        .regex(/^[a-z0-9]+\.[a-z0-9_]+\.[a-z0-9_]+$/, { error: notCheckId })
        .refine((id) => !known || known.has(id), { error: (issue) => says(`no check has the id ${String(issue.input)}`, 'Use an id from docs/checks.md or `data-posture checks`') })
        .optional(),
      resourceArn: z.string({ error: notArn }).regex(/^(arn:|\*)/, { error: notArn }).optional(),
      tag: z.object({ key: z.string({ error: TAG }).min(1, { error: TAG }), value: z.string({ error: TAG }) }, { error: TAG }).optional(),
      expires: z.iso.date({
        error: (issue) =>
          issue.input === undefined
            ? says('is missing', 'Every suppression expires: add "expires": "YYYY-MM-DD"')
            : says(`${shown(issue.input)} is not a date`, 'Write the date as YYYY-MM-DD, e.g. "2027-03-31"'),
      }),
    },
    says('is not a known field', 'Use only checkId, resourceArn, tag, reason, owner, expires (names are case-sensitive)'),
    says('must be an object', 'Write each suppression as { "checkId"?, "resourceArn"?, "tag"?, "reason", "owner", "expires" }'),
  ).refine((s) => s.checkId !== undefined || s.resourceArn !== undefined || s.tag !== undefined, {
    error: says('has no matcher, so it would suppress every failure', 'Add at least one of checkId, resourceArn or tag'),
  });

const document = (known: ReadonlySet<string> | undefined) =>
  jsonDocument(
    z.object(
      {
        version: z.literal(SUPPRESSIONS_VERSION, { error: (issue) => says(`${shown(issue.input)} is not a supported version`, `Set "version": ${SUPPRESSIONS_VERSION}`) }),
        suppressions: z.array(entry(known), { error: says('must be an array', 'Write "suppressions": [ ... ] (it may be empty)') }),
      },
      { error: says('must be a JSON object', `Write { "version": ${SUPPRESSIONS_VERSION}, "suppressions": [...] }`) },
    ),
  );

/** `source version`, `source suppressions[1] (#2)`, `source suppressions[1] (#2).owner`. */
const entryPath =
  (source: string): PathNamer =>
  ([top, index, key]) => {
    if (top === undefined) return source;
    if (typeof index !== 'number') return `${source} ${String(top)}`;
    return `${source} suppressions[${index}] (#${index + 1})${key === undefined ? '' : `.${String(key)}`}`;
  };

/**
 * Parses and validates a suppressions document (an object or its JSON text). Throws ConfigError naming the
 * entry and field and how to fix it. When `checkIds` is given, an unknown check id is an error too.
 */
export function parseSuppressions(doc: unknown, source: string, checkIds?: Iterable<string>): SuppressionFile {
  return { source, suppressions: parseInput(document(checkIds ? new Set(checkIds) : undefined), doc, entryPath(source)).suppressions };
}

/** Reads and parses a suppressions file from disk. */
export function loadSuppressions(path: string, checkIds?: Iterable<string>): SuppressionFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, `cannot be read (${errorMessage(error)})`, 'Check the suppressions file path');
  }
  return parseSuppressions(text, path, checkIds);
}
