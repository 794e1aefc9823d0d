import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { ServiceFake } from '../types.js';

export const stsFake: ServiceFake = {
  service: 'sts',
  client: STSClient,
  commands: { GetCallerIdentityCommand },
  handlers: {
    GetCallerIdentity: (_input, ctx) => ({
      Account: ctx.accountId,
      Arn: `arn:${ctx.partition}:sts::${ctx.accountId}:assumed-role/data-posture-scanner/session`,
      UserId: 'AROAFAKEUSERID:session',
    }),
  },
};
