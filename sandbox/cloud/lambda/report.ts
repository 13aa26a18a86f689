/**
 * The lines Lambda writes to a function's log stream around each invocation, and the billing model
 * behind the REPORT line. Formats are the Lambda service's exactly: tab-separated fields, a trailing
 * tab after REPORT's last field.
 */
import { NODE_RUNTIMES, runtimeVersionArn } from './runtimes.ts';

/** us-east-1, x86_64: $0.20 per million requests, $0.0000166667 per GB-second. */
export const PRICE_PER_REQUEST = 0.2 / 1_000_000;
export const PRICE_PER_GB_SECOND = 0.0000166667;

/** Memory at which a function has one full vCPU. */
export const FULL_VCPU_MB = 1769;

/**
 * The duration Lambda would report: wall time, with the CPU-bound part stretched when the function has
 * less than a full vCPU. `cpuMs` is the realm's measured CPU time (wall time where the host cannot tell).
 */
export function modelledDurationMs(wallMs: number, cpuMs: number | undefined, memoryMb: number): number {
  const cpu = Math.min(wallMs, Math.max(0, cpuMs ?? wallMs));
  return wallMs - cpu + cpu * Math.max(1, FULL_VCPU_MB / memoryMb);
}

/** A Node.js runtime with a no-op handler reports about this much; code adds to it. */
const BASELINE_MEMORY_MB = 67;

export const ms2 = (n: number) => n.toFixed(2);

/** Billed duration: rounded up to the millisecond; INIT is billed too since August 2025. */
export function billedDurationMs(durationMs: number, initDurationMs = 0): number {
  return Math.max(1, Math.ceil(durationMs + initDurationMs));
}

export function costOf(billedMs: number, memoryMb: number): { gbSeconds: number; usd: number } {
  const gbSeconds = (billedMs / 1000) * (memoryMb / 1024);
  return { gbSeconds, usd: PRICE_PER_REQUEST + gbSeconds * PRICE_PER_GB_SECOND };
}

/** Max Memory Used is modelled, not measured (a realm's heap is not a process): baseline + code size. */
export function maxMemoryUsedMb(memoryMb: number, unzippedBytes: number): number {
  return Math.min(memoryMb, BASELINE_MEMORY_MB + Math.ceil(unzippedBytes / 1_048_576));
}

export function initStartLine(runtime: string, region: string): string {
  return `INIT_START Runtime Version: ${NODE_RUNTIMES[runtime]?.version ?? runtime}\tRuntime Version ARN: ${runtimeVersionArn(region, runtime)}\n`;
}

export function initReportLine(initMs: number, errorType: string): string {
  return `INIT_REPORT Init Duration: ${ms2(initMs)} ms\tPhase: init\tStatus: error\tError Type: ${errorType}\n`;
}

export const startLine = (requestId: string, version: string) => `START RequestId: ${requestId} Version: ${version}\n`;
export const endLine = (requestId: string) => `END RequestId: ${requestId}\n`;

export function reportLine(r: {
  requestId: string;
  durationMs: number;
  memoryMb: number;
  maxMemoryUsedMb: number;
  initDurationMs?: number;
  status?: 'error' | 'timeout';
  errorType?: string;
}): string {
  const fields = [
    `REPORT RequestId: ${r.requestId}`,
    `Duration: ${ms2(r.durationMs)} ms`,
    `Billed Duration: ${billedDurationMs(r.durationMs, r.initDurationMs)} ms`,
    `Memory Size: ${r.memoryMb} MB`,
    `Max Memory Used: ${r.maxMemoryUsedMb} MB`,
  ];
  if (r.initDurationMs !== undefined) fields.push(`Init Duration: ${ms2(r.initDurationMs)} ms`);
  if (r.status) fields.push(`Status: ${r.status}`);
  if (r.errorType) fields.push(`Error Type: ${r.errorType}`);
  return `${fields.join('\t')}\t\n`;
}

/** A console line: `2026-11-28T06:01:02.345Z\t<request id or undefined>\tINFO\tmessage`. */
export function consoleLine(timestamp: number, requestId: string | null, level: string, message: string): string {
  return `${new Date(timestamp).toISOString()}\t${requestId ?? 'undefined'}\t${level}\t${message}\n`;
}

/** `2026/11/28/[$LATEST]0123456789abcdef0123456789abcdef`. */
export function logStreamName(epochMs: number, version: string, hex32: string): string {
  const d = new Date(epochMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/[${version}]${hex32}`;
}
