/**
 * The official AWS SDK v3 clients, unchanged, pointed at the wire router in-process, through the same
 * HTTP handler the execution environments give the SDK (sandbox/runtime/aws-sdk/http-handler.cjs):
 * its transport is the router of the test's cloud.
 */
import { createRequire } from 'node:module';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { createRouter } from '../../../sandbox/api/router.ts';
import type { WireRequest, WireResponse } from '../../../sandbox/api/http.ts';
import type { NodeHttpHandler as SmithyNodeHttpHandler } from '@smithy/node-http-handler';

const require = createRequire(import.meta.url);
const { NodeHttpHandler } = require('../../../sandbox/runtime/aws-sdk/http-handler.cjs') as { NodeHttpHandler: typeof SmithyNodeHttpHandler };
const TRANSPORT = Symbol.for('lambda-lab.aws-transport');

/** Client settings whose requests reach `cloud` (one cloud at a time: the transport is the realm's global). */
export function sdkConfig(cloud: Cloud, extra: Record<string, unknown> = {}) {
  const route = createRouter({ call: (r) => cloud.call(r), requestId: () => cloud.ids.uuid() });
  (globalThis as Record<symbol, unknown>)[TRANSPORT] = (request: WireRequest): Promise<WireResponse> => route(request);
  return {
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler(),
    ...extra,
  };
}
