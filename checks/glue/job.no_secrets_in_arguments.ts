import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import type { GlueJobArgument } from '../../src/inventory/glue.js';

/** Argument names that announce a credential. */
const SECRET_KEY = /(pass(word|wd)?|pwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential|client[-_]?secret|auth[-_]?key|conn(ection)?[-_]?str(ing)?)/i;
/** Names of arguments that carry a reference to a secret, not the secret (e.g. --db-secret-id). */
const REFERENCE_KEY = /(secret|password|credential|token)s?[-_]?(id|name|arn|ref|path|key[-_]?name)$/i;
/** Value shapes that are (or embed) a credential whatever the argument is called. */
const SECRET_SHAPES = new Set(['aws-access-key-id', 'aws-secret-access-key', 'private-key', 'credentials-in-url', 'password-assignment', 'jwt', 'vendor-token']);

/** Why an argument looks like it holds a secret, naming only its key and the shape of its value. */
function suspicion(key: string, argument: GlueJobArgument): string | undefined {
  const shapes = argument.shapes.filter((s) => SECRET_SHAPES.has(s));
  if (shapes.length > 0) return `${key} (value looks like ${shapes.join(', ')})`;
  if (argument.shapes.includes('empty') || argument.shapes.some((s) => s.endsWith('-reference'))) return undefined;
  if (SECRET_KEY.test(key) && !REFERENCE_KEY.test(key)) return `${key} (name suggests a credential; value of ${argument.length} characters)`;
  return undefined;
}

export default defineCheck({
  id: 'glue.job.no_secrets_in_arguments',
  resource: 'glue.job',
  uses: ['glue:GetJobs'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Glue job arguments hold no secrets',
  description:
    'Job arguments are returned in clear text by glue:GetJob(s) and shown in the console and job run history, so a password, key or token passed as an argument is exposed to every reader of the job. ' +
    'Arguments are judged by their names and by the shape of their values (access keys, private keys, credentials in URLs, tokens); findings name the argument, never its value. ' +
    'Pass a Secrets Manager secret id (or ARN) and read the secret in the script instead.',
  severity: 'CRITICAL',
  remediation: {
    text: 'Move the secret to Secrets Manager, pass its id (e.g. --db_secret_id), read it with boto3 secretsmanager.get_secret_value in the script, and remove the argument: aws glue update-job.',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html',
  },
  evaluate(job, ctx) {
    if (!job.arguments) return notEvaluated(ctx.whyUnknown(job, 'arguments'));
    const keys = Object.keys(job.arguments).sort();
    const suspicious = keys.map((k) => suspicion(k, job.arguments![k]!)).filter((s): s is string => s !== undefined);
    if (suspicious.length > 0) {
      return fail(`DefaultArguments/NonOverridableArguments hold what looks like a secret: ${suspicious.join('; ')}`, { evidence: { arguments: suspicious.map((s) => s.split(' ')[0]).join(', ') } });
    }
    const referenced = keys.filter((k) => job.arguments![k]!.shapes.some((s) => s.endsWith('-reference')));
    const entropy = keys.filter((k) => job.arguments![k]!.shapes.includes('high-entropy'));
    const notes = [
      referenced.length ? `secrets passed by reference: ${referenced.join(', ')}` : '',
      entropy.length ? `random-looking values (review): ${entropy.join(', ')}` : '',
    ].filter(Boolean);
    return pass(`none of ${keys.length} arguments is named like a credential or holds a credential-shaped value${notes.length ? `; ${notes.join('; ')}` : ''}`);
  },
});
