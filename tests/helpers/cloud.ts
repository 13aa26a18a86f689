/** Test helpers: a cloud on a fixed clock with real worker-thread environments. */
import { strToU8, zipSync } from 'fflate';
import { Cloud } from '../../sandbox/cloud/cloud.ts';
import { fixedTime } from '../../sandbox/cloud/clock.ts';
import { fromUtf8, utf8 } from '../../sandbox/cloud/bytes.ts';
import { NodeHost } from '../../sandbox/runtime/hosts/node-host.ts';

export const ROLE = 'arn:aws:iam::111111111111:role/lambda-basic';

export function newCloud(seed = 1): Cloud {
  return new Cloud({ host: new NodeHost(), time: fixedTime(), seed });
}

export const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

export async function createFunction(cloud: Cloud, name: string, files: Record<string, string>, extra: Record<string, unknown> = {}) {
  return cloud.call({
    service: 'lambda',
    action: 'CreateFunction',
    input: { FunctionName: name, Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: zip(files) }, ...extra },
  });
}

export interface InvokeOut {
  StatusCode?: number;
  FunctionError?: string;
  ExecutedVersion?: string;
  LogResult?: string;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export async function invoke(cloud: Cloud, name: string, event: unknown = {}, extra: Record<string, unknown> = {}): Promise<InvokeOut> {
  const out = await cloud.call({ service: 'lambda', action: 'Invoke', input: { FunctionName: name, Payload: utf8(JSON.stringify(event)), ...extra } });
  const text = fromUtf8(out.Payload as Uint8Array);
  return { ...(out as Omit<InvokeOut, 'text' | 'json'>), text, json: text ? JSON.parse(text) : undefined };
}

/** Every log message of a function, oldest first. */
export async function logs(cloud: Cloud, name: string): Promise<string[]> {
  const out = await cloud.call({ service: 'logs', action: 'FilterLogEvents', input: { logGroupName: `/aws/lambda/${name}` } });
  return (out.events as Array<{ message: string }>).map((e) => e.message);
}

/** The error an awaited call rejects with. */
export async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string; status: number }> {
  try {
    await p;
  } catch (error) {
    return error as { code: string; message: string; status: number };
  }
  throw new Error('expected the call to fail');
}
