import { describe, expect, it } from 'vitest';
import { checksum } from '../../../sandbox/cloud/s3/checksums.ts';
import { encodeEventKey } from '../../../sandbox/cloud/s3/index.ts';

const b64OfHex = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
const check = new TextEncoder().encode('123456789');

describe('S3 checksums', () => {
  it('match the catalogued check values', () => {
    expect(checksum('CRC32', check)).toBe(b64OfHex('cbf43926'));
    expect(checksum('CRC32C', check)).toBe(b64OfHex('e3069283'));
    expect(checksum('CRC64NVME', check)).toBe(b64OfHex('ae8b14860a799888'));
    expect(checksum('SHA1', new TextEncoder().encode('abc'))).toBe(b64OfHex('a9993e364706816aba3e25717850c26c9cd0d89d'));
    expect(checksum('SHA256', new TextEncoder().encode('abc'))).toBe(b64OfHex('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'));
  });

  it('of nothing', () => {
    expect(checksum('CRC64NVME', new Uint8Array(0))).toBe('AAAAAAAAAAA=');
    expect(checksum('CRC32', new Uint8Array(0))).toBe('AAAAAA==');
  });
});

describe('event keys', () => {
  it('are URL-encoded as S3 writes them: spaces as +', () => {
    expect(encodeEventKey('red flower.jpg')).toBe('red+flower.jpg');
    expect(encodeEventKey('images/2026/a b+c=d.png')).toBe('images/2026/a+b%2Bc%3Dd.png');
    expect(encodeEventKey('naïve.txt')).toBe('na%C3%AFve.txt');
    expect(encodeEventKey('plain-key_1.txt')).toBe('plain-key_1.txt');
  });
});
