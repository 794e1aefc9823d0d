/** The one error bad input raises, and the way to it from a zod issue: the field as the user spelled it, the problem, the fix. */
import type { z } from 'zod';

/** A bad input: names the field and how to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly field: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${field}: ${problem}. ${fix}`);
  }
}

// A zod issue has one message; ours carries the problem, then the fix, and is split again here.
const FIX_SEPARATOR = '\n';

/** One zod issue message: the problem, then how to fix it. `{field}` in the fix stands for the field's name, which only the door knows. */
export const says = (problem: string, fix: string): string => `${problem}${FIX_SEPARATOR}${fix}`;

/** A value as a message shows it. */
export const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Error callback for a value of the wrong kind: `must be <what>, got <the value>`, then `fix`. */
export const mustBe =
  (what: string, fix: string) =>
  (issue: { input?: unknown }): string =>
    says(`must be ${what}, got ${shown(issue.input)}`, fix);

/** Names the field at a path into one input. */
export type PathNamer = (path: readonly PropertyKey[]) => string;

/**
 * `schema` applied to `input`; a bad input throws one ConfigError, for an unknown key if there is one (a typo
 * explains what follows from it), otherwise for the first issue.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, name: PathNamer): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const { issues } = result.error;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : (issue?.path ?? []);
  const field = name(path);
  const message = issue?.message ?? 'is not valid';
  const cut = message.lastIndexOf(FIX_SEPARATOR);
  if (cut < 0) throw new ConfigError(field, message, 'See README.md for the accepted values');
  throw new ConfigError(field, message.slice(0, cut), message.slice(cut + FIX_SEPARATOR.length).replaceAll('{field}', field));
}
