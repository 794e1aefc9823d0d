/** Counts API calls per IAM action, attempts (retries included) and throttling, for metrics and the IAM contract. */
export class CallStats {
  /** Logical calls per IAM action (one per `send`). */
  readonly calls = new Map<string, number>();
  /** HTTP attempts, retries included (only when the SDK pipeline runs). */
  attempts = 0;
  /** Attempts answered with a throttling error. */
  throttles = 0;
  /** Logical calls that ended in an error. */
  failures = 0;

  countCall(action: string): void {
    this.calls.set(action, (this.calls.get(action) ?? 0) + 1);
  }

  get totalCalls(): number {
    let total = 0;
    for (const n of this.calls.values()) total += n;
    return total;
  }

  /** Every IAM action a command was sent for. */
  actions(): string[] {
    return [...this.calls.keys()].sort();
  }
}
