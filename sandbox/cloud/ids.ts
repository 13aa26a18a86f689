/**
 * Seeded identifiers: request ids, revision ids, log stream suffixes. The sequence is a pure function
 * of (seed, counter), and the counter lives in the snapshot, so a restored cloud goes on with the same
 * ids it would have produced.
 */
export interface IdState {
  seed: number;
  counter: number;
}

/** A 32-bit mix (murmur3's finalizer) — enough spread for ids; not for secrets. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export class IdSource {
  readonly state: IdState;

  constructor(state: IdState = { seed: 1, counter: 0 }) {
    this.state = state;
  }

  /** The next 32 random-looking bits. */
  next(): number {
    const n = this.state.counter++;
    return mix((this.state.seed ^ mix(n + 0x9e3779b9)) >>> 0);
  }

  /** A number in [0, 1), for weighted choices. */
  fraction(): number {
    return this.next() / 2 ** 32;
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length) out += this.next().toString(16).padStart(8, '0');
    return out.slice(0, length);
  }

  /** A version-4-shaped UUID, as AWS request ids are. */
  uuid(): string {
    const h = this.hex(32).split('');
    h[12] = '4';
    h[16] = '89ab'[parseInt(h[16]!, 16) & 3]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}
