/**
 * The X-Ray trace header Lambda gives each invocation (`_X_AMZN_TRACE_ID`), which the AWS SDK copies
 * into the `X-Amzn-Trace-Id` header of every request the handler makes. Lambda's recursive loop
 * detection counts the invocations of one chain in its `Lineage` field; SQS keeps the header on the
 * message (AWSTraceHeader), SNS and S3 pass it on, so a loop through them is seen and stopped.
 *
 * The engine writes `Lineage=<8 hex>:<count>`, where count is how many invocations the chain has had
 * so far, this one included; it reads the count from the last `:<digits>` of the field, so headers in
 * AWS's own form read the same way.
 */
function hex(text: string, length: number): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < length; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i) ^ round, 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** The trace header of an invocation that is number `chain + 1` of its chain. */
export function traceHeaderFor(requestId: string, startedAt: number, functionArn: string, chain: number): string {
  const root = `1-${Math.floor(startedAt / 1000).toString(16).padStart(8, '0')}-${requestId.replace(/-/g, '').slice(0, 24)}`;
  return `Root=${root};Parent=${hex(`${requestId}/parent`, 16)};Sampled=0;Lineage=${hex(functionArn.replace(/:[^:]*$/, ''), 8)}:${chain + 1}`;
}

/** How many invocations led to a request, from its trace header's Lineage; 0 without one. */
export function lineageCount(header: string | undefined): number {
  const lineage = /(?:^|;)\s*Lineage=([^;]*)/.exec(header ?? '')?.[1];
  const count = lineage ? /:(\d+)\s*$/.exec(lineage)?.[1] : undefined;
  return count ? Math.min(Number(count), 1_000_000) : 0;
}
