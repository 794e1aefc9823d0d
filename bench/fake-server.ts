/**
 * The benchmark's fake AWS, in a process of its own: the synthetic account and the log of answered calls
 * live here, so the scanning process's memory is the scanner's alone (what a Lambda would hold).
 * Started by `bench/scan-child.ts` over an IPC channel (advanced serialization: Dates and byte arrays
 * cross intact). Messages: `init` (account size, extra throttling), `call`, `report`.
 */
import process from 'node:process';
import { FakeAws } from '../test/fake-aws/fake-aws.js';
import { syntheticAccount, type SyntheticSize } from '../test/fake-aws/synthetic.js';
import type { FakeCall } from '../test/fake-aws/types.js';
import { canonical } from './transport.js';

export type ServerRequest =
  | { type: 'init'; size: SyntheticSize; throttleRate: number }
  | { type: 'call'; id: number; call: FakeCall }
  | { type: 'report' };

/** An AWS error as it crosses the process boundary (rebuilt by the scanning side). */
export interface WireError {
  name: string;
  message: string;
  $fault?: string;
  $metadata?: Record<string, unknown>;
}

export type ServerReply =
  | { type: 'ready'; accountId: string }
  | { type: 'answer'; id: number; output?: unknown; error?: WireError }
  | { type: 'report'; duplicates: { call: string; times: number }[] };

let fake: FakeAws | undefined;
/** Answered calls per (service, region, operation, input): any count above one is a duplicate. */
const answered = new Map<string, number>();

function send(reply: ServerReply): void {
  process.send!(reply);
}

async function answer(id: number, call: FakeCall): Promise<void> {
  try {
    const output = await fake!.handle(call);
    // The fake keeps every call for tests; here that log would only grow.
    fake!.calls.length = 0;
    const key = `${call.service} ${call.region} ${call.operation} ${canonical(call.input)}`;
    answered.set(key, (answered.get(key) ?? 0) + 1);
    send({ type: 'answer', id, output });
  } catch (error) {
    fake!.calls.length = 0;
    const e = error as Error & { $fault?: string; $metadata?: Record<string, unknown> };
    send({ type: 'answer', id, error: { name: e.name, message: e.message, $fault: e.$fault, $metadata: e.$metadata } });
  }
}

process.on('message', (message: ServerRequest) => {
  if (message.type === 'init') {
    const account = syntheticAccount(message.size);
    fake = new FakeAws(account, message.throttleRate > 0 ? { faults: [{ service: '*', error: 'ThrottlingException', rate: message.throttleRate }] } : {});
    send({ type: 'ready', accountId: account.accountId });
  } else if (message.type === 'call') {
    void answer(message.id, message.call);
  } else if (message.type === 'report') {
    send({ type: 'report', duplicates: [...answered].filter(([, n]) => n > 1).map(([call, times]) => ({ call, times })) });
  }
});
// The scanning process ends the session by closing the channel.
process.on('disconnect', () => process.exit(0));
