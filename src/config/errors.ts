/** The one error bad input raises: the field as the user spelled it, the problem, the fix. */

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
