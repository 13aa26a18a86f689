/**
 * Everything that happens in the cloud is also a trace event: the inspector draws them and checks
 * read them. Kept in the snapshot, bounded so a long session does not grow without end.
 */
export interface TraceEvent {
  /** Virtual epoch ms. */
  time: number;
  type: string;
  [detail: string]: unknown;
}

export const TRACE_LIMIT = 2000;

export function appendTrace(trace: TraceEvent[], event: TraceEvent): void {
  trace.push(event);
  if (trace.length > TRACE_LIMIT) trace.splice(0, trace.length - TRACE_LIMIT);
}
