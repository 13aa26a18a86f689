/** A cloud with a recording invokeAsync, an EventBridge caller, and a clock that runs schedules as Cloud.advance will. */
import { LEARNER } from '../../../sandbox/cloud/accounts.ts';
import type { Cloud } from '../../../sandbox/cloud/cloud.ts';
import { eventsActions, nextScheduledTime, runSchedules } from '../../../sandbox/cloud/events/bus.ts';
import { newCloud } from '../../helpers/cloud.ts';

export const FN = 'arn:aws:lambda:us-east-1:111111111111:function:tick';

export interface Delivery {
  functionArn: string;
  event: any;
  sourceArn?: string;
  at: number;
}

export function eventsCloud(start?: number): { cloud: Cloud; deliveries: Delivery[] } {
  const cloud = newCloud();
  if (start !== undefined) cloud.clock.advance(start - cloud.clock.now());
  const deliveries: Delivery[] = [];
  (cloud as unknown as { invokeAsync: unknown }).invokeAsync = (functionArn: string, event: string, options: { sourceArn?: string }) => {
    deliveries.push({ functionArn, event: JSON.parse(event), sourceArn: options.sourceArn, at: cloud.clock.now() });
  };
  return { cloud, deliveries };
}

export async function events(cloud: Cloud, action: string, input: Record<string, unknown> = {}): Promise<any> {
  return await (eventsActions as Record<string, (ctx: unknown, input: Record<string, unknown>) => unknown>)[action]!({ cloud, identity: LEARNER, region: 'us-east-1' }, input);
}

export async function eventsError(cloud: Cloud, action: string, input: Record<string, unknown> = {}) {
  try {
    await events(cloud, action, input);
  } catch (error) {
    return error as { code: string; message: string; status: number };
  }
  throw new Error('expected the call to fail');
}

/** What Cloud.advance is to do: jump from one due fire time to the next, running each as it comes. */
export function advance(cloud: Cloud, ms: number): void {
  const target = cloud.clock.now() + ms;
  for (;;) {
    const due = nextScheduledTime(cloud);
    if (due === undefined || due > target) break;
    if (due > cloud.clock.now()) cloud.clock.advance(due - cloud.clock.now());
    runSchedules(cloud, cloud.clock.now());
  }
  if (target > cloud.clock.now()) cloud.clock.advance(target - cloud.clock.now());
  runSchedules(cloud, cloud.clock.now());
}
