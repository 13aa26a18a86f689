/**
 * Python's `zipfile.ZipFile(data)` acceptance test, which the CLI runs on `--zip-file` before
 * sending anything: an end-of-central-directory record must be found (within the last 64 KiB plus
 * its own 22 bytes) and the central directory it points at must start with a valid header.
 */
const EOCD = [0x50, 0x4b, 0x05, 0x06];
const CENTRAL = [0x50, 0x4b, 0x01, 0x02];

function at(bytes: Uint8Array, offset: number, sig: number[]): boolean {
  return sig.every((b, i) => bytes[offset + i] === b);
}

function u32(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16)) + bytes[offset + 3] * 0x1000000;
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 22) return false;
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - 22 - 65535);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (at(bytes, i, EOCD)) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return false;
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (size === 0) return true;
  // Data prepended to the archive shifts every offset by the same amount ("concat" in zipfile.py).
  const start = eocd - size;
  if (start < 0 || start < offset) return false;
  return at(bytes, start, CENTRAL);
}
