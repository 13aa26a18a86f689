/**
 * Drives one worker-thread realm directly, without the executor: for what the engine does not pass
 * through yet (init fields such as ephemeralStorageMb, the cpuMs on init-done and invoke-done).
 */
import { compilePackage } from '../../../sandbox/runtime/loader/compile.ts';
import { NodeHost } from '../../../sandbox/runtime/hosts/node-host.ts';
import type { FromRealm, ToRealm } from '../../../sandbox/runtime/types.ts';

export type Heard = FromRealm & Record<string, unknown>;

export async function startRealm(files: Record<string, string>, init: Record<string, unknown> = {}) {
  const host = new NodeHost({ spare: false });
  const realm = host.createRealm();
  const messages: FromRealm[] = [];
  let wake = () => {};
  realm.onMessage((m) => {
    messages.push(m);
    wake();
  });
  const next = async (type: FromRealm['type']): Promise<Heard> => {
    for (;;) {
      const i = messages.findIndex((m) => m.type === type);
      if (i >= 0) return messages.splice(i, 1)[0] as Heard;
      await new Promise<void>((r) => (wake = r));
    }
  };
  const raw = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)]));
  realm.post({ type: 'init', pkg: compilePackage(raw), handler: 'index.handler', runtime: 'nodejs24.x', env: {}, startedAt: 0, ...init } as ToRealm);
  const initDone = await next('init-done');
  let n = 0;
  const invoke = async (event: unknown = {}): Promise<Heard> => {
    const awsRequestId = `request-${++n}`;
    realm.post({
      type: 'invoke',
      event: JSON.stringify(event),
      context: { awsRequestId, functionName: 'f', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws:lambda:us-east-1:111111111111:function:f', memoryLimitInMB: '128', logGroupName: '/aws/lambda/f', logStreamName: 's', timeoutMs: 10_000, startedAt: 0 },
    });
    return next('invoke-done');
  };
  return { initDone, invoke, dispose: () => host.dispose() };
}
