/**
 * Amazon EventBridge, as far as Lambda's destinations need it: event buses that receive events
 * (PutEvents) and keep them for the inspector and for checks. Rules and targets arrive with the
 * event-sources work.
 */
import { AwsError } from '../errors.ts';
import type { ServiceContext } from '../service.ts';
import type { Cloud } from '../cloud.ts';

export interface BusEvent {
  id: string;
  time: string;
  source: string;
  'detail-type': string;
  account: string;
  region: string;
  resources: string[];
  detail: unknown;
}

export interface EventsState {
  /** Events received, by bus ARN. */
  buses: Record<string, BusEvent[]>;
}

export const initialEventsState = (): EventsState => ({ buses: {} });

export const defaultBusArn = (region: string, account: string) => `arn:aws:events:${region}:${account}:event-bus/default`;

const BUS_LIMIT = 500;

/** Puts one event on a bus (the default bus when the ARN names none). */
export function putEvent(cloud: Cloud, busArn: string, event: Omit<BusEvent, 'id' | 'time'>): string {
  const state = ((cloud.state as { events?: EventsState }).events ??= initialEventsState());
  const id = cloud.ids.uuid();
  const list = (state.buses[busArn] ??= []);
  list.push({ id, time: new Date(cloud.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'), ...event });
  if (list.length > BUS_LIMIT) list.splice(0, list.length - BUS_LIMIT);
  cloud.trace({ type: 'events.received', busArn, source: event.source, detailType: event['detail-type'] });
  return id;
}

export const eventsActions = {
  PutEvents(ctx: ServiceContext, input: Record<string, unknown>) {
    const entries = (input.Entries as Array<Record<string, unknown>> | undefined) ?? [];
    if (entries.length === 0 || entries.length > 10) {
      throw new AwsError('ValidationException', `1 validation error detected: Value '[${entries.length} entries]' at 'entries' failed to satisfy constraint: Member must have length ${entries.length ? 'less than or equal to 10' : 'greater than or equal to 1'}`);
    }
    const results = entries.map((e) => {
      if (!e.Source || !e.DetailType || e.Detail === undefined) {
        return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameters Source, DetailType and Detail are required.' };
      }
      let detail: unknown;
      try {
        detail = JSON.parse(String(e.Detail));
      } catch {
        return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
      }
      const bus = typeof e.EventBusName === 'string' && e.EventBusName.startsWith('arn:') ? e.EventBusName : defaultBusArn(ctx.region, ctx.identity.account);
      return {
        EventId: putEvent(ctx.cloud, bus, {
          source: String(e.Source),
          'detail-type': String(e.DetailType),
          account: ctx.identity.account,
          region: ctx.region,
          resources: (e.Resources as string[] | undefined) ?? [],
          detail,
        }),
      };
    });
    return { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results };
  },
};
