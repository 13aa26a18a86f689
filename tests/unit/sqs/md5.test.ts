import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex } from '../../../sandbox/cloud/sqs/md5.ts';
import { md5OfMessageAttributes, normalizeMessageAttributes } from '../../../sandbox/cloud/sqs/message-attributes.ts';
import { sha256Hex } from '../../../sandbox/cloud/sqs/sha256.ts';

describe('SQS digests', () => {
  it('MD5 of a body is the RFC 1321 digest', () => {
    expect(md5Hex('hello')).toBe('5d41402abc4b2a76b9719d911017c592');
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    for (const text of ['a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'héllo ✓ 𝄞', 'x'.repeat(10_000)]) {
      expect(md5Hex(text)).toBe(createHash('md5').update(text).digest('hex'));
    }
  });

  it('SHA-256 (content-based deduplication) matches Node', () => {
    for (const text of ['', 'hello', 'a'.repeat(64), 'héllo ✓ 𝄞']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it('MD5OfMessageAttributes follows the developer guide encoding (values AWS SDKs verify against)', () => {
    const one = normalizeMessageAttributes({ SellerName: { DataType: 'String', StringValue: 'Example Store' } })!;
    expect(md5OfMessageAttributes(one)).toBe('cd28f3b68aeee4b2eac9c66f2f694b58');
    const two = normalizeMessageAttributes({
      ordinal: { DataType: 'Number', StringValue: '1' },
      category: { DataType: 'String', StringValue: 'test' },
    })!;
    expect(md5OfMessageAttributes(two)).toBe('d21ae90c49061e927f57df5f5d72be1f');
  });

  it('binary attributes use transport type 2 and their raw bytes', () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const attrs = normalizeMessageAttributes({ blob: { DataType: 'Binary', BinaryValue: bytes } })!;
    const expected = createHash('md5')
      .update(Buffer.concat([
        Buffer.from([0, 0, 0, 4]), Buffer.from('blob'),
        Buffer.from([0, 0, 0, 6]), Buffer.from('Binary'),
        Buffer.from([2]),
        Buffer.from([0, 0, 0, 4]), Buffer.from(bytes),
      ]))
      .digest('hex');
    expect(md5OfMessageAttributes(attrs)).toBe(expected);
  });
});
