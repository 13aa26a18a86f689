/**
 * The cloud's virtual clock. Nothing in the cloud reads the wall clock: time comes from an injected
 * source plus an offset that `lab clock advance` moves forward. Tests pass a fixed source, so the same
 * commands give the same timestamps; the browser passes the wall clock, so logs read like real ones.
 */
export interface ClockState {
  /** Milliseconds added to the source by `advance`; part of the cloud's snapshot. */
  offsetMs: number;
}

export class VirtualClock {
  readonly state: ClockState;
  readonly #source: () => number;

  constructor(source: () => number, state: ClockState = { offsetMs: 0 }) {
    this.#source = source;
    this.state = state;
  }

  /** Epoch milliseconds, as the cloud sees them. */
  now(): number {
    return this.#source() + this.state.offsetMs;
  }

  /** Moves time forward; what came due is run by the scheduler (later issues), not here. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward by a whole, positive amount of time.');
    this.state.offsetMs += ms;
  }
}

/** A fixed source for deterministic tests and grading: 2026-01-01T00:00:00Z unless told otherwise. */
export const fixedTime = (epochMs = Date.UTC(2026, 0, 1)) => () => epochMs;

/** `2m`, `90s`, `1h`, `500ms`, `1d` → milliseconds; null when it does not parse. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!m) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Math.round(Number(m[1]) * unit);
}
