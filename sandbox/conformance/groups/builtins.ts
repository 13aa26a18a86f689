/**
 * Node's built-ins inside a function: the same modules, behaving as Node's, in a worker-thread realm
 * (Node's own) and in a Web Worker realm (the stand-ins in runtime/hosts/web-builtins). Handlers
 * return what the modules computed; random values and what describes the host machine (os) are
 * checked for their shape only, since they legitimately differ.
 */
import { create, esm, invoke } from '../build.ts';
import type { Scenario } from '../types.ts';

const QUICK_FOX = 'The quick brown fox jumps over the lazy dog';

export const builtins: Scenario[] = [
  {
    name: 'crypto hashes and HMACs give the known digests in hex, base64, base64url and as a Buffer; random values have their shapes',
    steps: [
      {
        call: create('hashes', esm(`import crypto, { createHash, createHmac, randomUUID, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
export const handler = async () => {
  const digests = {};
  for (const algorithm of ['md5', 'sha1', 'sha256', 'sha512']) digests[algorithm] = createHash(algorithm).update('hello ').update(Buffer.from('world')).digest('hex');
  const hmacs = {};
  for (const algorithm of ['sha1', 'sha256', 'sha512']) hmacs[algorithm] = createHmac(algorithm, 'key').update(${JSON.stringify(QUICK_FOX)}).digest('hex');
  const raw = createHash('sha256').update('6869', 'hex').digest();
  let unsupported;
  try { createHash('whirlpool-9'); } catch (error) { unsupported = \`\${error.name}: \${error.message}\`; }
  let twice;
  const h = createHash('sha1'); h.digest();
  try { h.digest(); } catch (error) { twice = [error.code, error.message]; }
  const bytes = randomBytes(16);
  const ints = Array.from({ length: 50 }, () => randomInt(10));
  return {
    digests, hmacs,
    base64: createHash('sha256').update('x').digest('base64'),
    base64url: createHmac('sha256', Buffer.from('secret')).update(new Uint8Array([1, 2, 3])).digest('base64url'),
    raw: [Buffer.isBuffer(raw), raw.length, raw.toString('hex')],
    unsupported, twice,
    uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(randomUUID()),
    randomBytes: [Buffer.isBuffer(bytes), bytes.length],
    randomInt: ints.every((n) => Number.isInteger(n) && n >= 0 && n < 10),
    filled: crypto.randomFillSync(new Uint8Array(8)).length,
    timingSafeEqual: [timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), timingSafeEqual(Buffer.from('ab'), Buffer.from('ac'))],
    subtle: Buffer.from(await crypto.webcrypto.subtle.digest('SHA-256', new TextEncoder().encode('x'))).toString('hex'),
  };
};`)),
      },
      {
        call: invoke('hashes'),
        expect: {
          functionError: null,
          payload: {
            digests: {
              md5: '5eb63bbbe01eeed093cb22bb8f5acdc3',
              sha1: '2aae6c35c94fcfb415dbe95f408b9ce91ee846ed',
              sha256: 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9',
              sha512: '309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f',
            },
            hmacs: {
              sha1: 'de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9',
              sha256: 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
              sha512: 'b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a',
            },
            base64: 'LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE=',
            base64url: '_Ypc8lMR9N1rord0MczOzPvcLfSf9iBiB4NQxEdFu6s',
            raw: [true, 32, '8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4'],
            unsupported: 'Error: Digest method not supported',
            twice: ['ERR_CRYPTO_HASH_FINALIZED', 'Digest already called'],
            uuid: true,
            randomBytes: [true, 16],
            randomInt: true,
            filled: 8,
            timingSafeEqual: [true, false],
            subtle: '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881',
          },
        },
      },
    ],
  },
  {
    name: 'stream: a pipeline runs through a Transform, Readable.from iterates asynchronously, and the classes are what instanceof expects',
    steps: [
      {
        call: create('streams', esm(`import { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import stream from 'stream';
export const handler = async () => {
  const written = [];
  const upper = new Transform({ transform(chunk, _encoding, next) { next(null, chunk.toString().toUpperCase()); } });
  const sink = new Writable({ write(chunk, _encoding, next) { written.push(chunk.toString()); next(); } });
  await pipelineAsync(Readable.from(['lambda ', 'streams ', 'flow']), upper, sink);
  const iterated = [];
  for await (const item of Readable.from([1, 2, 3])) iterated.push(item);
  const failed = await new Promise((resolve) => pipeline(new Readable({ read() { this.destroy(new Error('source broke')); } }), new PassThrough(), (error) => resolve(error?.message)));
  const ended = await new Promise((resolve) => { const p = new PassThrough(); finished(p, (error) => resolve(error ?? 'finished')); p.resume(); p.end('x'); });
  const buffered = [];
  const readable = new Readable({ read() {} });
  readable.push('ab');
  readable.push(null);
  for await (const chunk of readable) buffered.push([Buffer.isBuffer(chunk), chunk.toString()]);
  return {
    written: written.join(''), iterated, failed, ended, buffered,
    instances: [upper instanceof Duplex, upper instanceof Transform, new PassThrough() instanceof Transform, sink instanceof stream.Writable, stream.Stream === stream, typeof stream.promises.finished],
  };
};`)),
      },
      {
        call: invoke('streams'),
        expect: {
          functionError: null,
          payload: {
            written: 'LAMBDA STREAMS FLOW',
            iterated: [1, 2, 3],
            failed: 'source broke',
            ended: 'finished',
            buffered: [[true, 'ab']],
            instances: [true, true, true, true, true, 'function'],
          },
        },
      },
    ],
  },
  {
    name: 'zlib compresses and decompresses gzip, deflate and raw deflate, synchronously and with callbacks, and names corrupt input as zlib does',
    steps: [
      {
        call: create('zlib', esm(`import zlib from 'node:zlib';
import { promisify } from 'node:util';
export const handler = async (event) => {
  const text = event.text.repeat(20);
  const gzipped = zlib.gzipSync(text);
  const failures = {};
  for (const [name, fn] of [['gunzip', zlib.gunzipSync], ['inflate', zlib.inflateSync]]) {
    try { fn(Buffer.from('not compressed')); } catch (error) { failures[name] = [error.code, error.errno, error.message]; }
  }
  return {
    gzipHeader: [...gzipped.subarray(0, 3)],
    smaller: gzipped.length < text.length,
    gzip: zlib.gunzipSync(gzipped).toString() === text,
    deflate: zlib.inflateSync(zlib.deflateSync(Buffer.from(text), { level: 9 })).toString() === text,
    raw: zlib.inflateRawSync(zlib.deflateRawSync(text)).toString() === text,
    unzip: [zlib.unzipSync(zlib.gzipSync('g')).toString(), zlib.unzipSync(zlib.deflateSync('d')).toString()],
    callback: (await promisify(zlib.gunzip)(await promisify(zlib.gzip)('by callback'))).toString(),
    base64: zlib.gunzipSync(Buffer.from(zlib.gzipSync('{"logEvents":[]}').toString('base64'), 'base64')).toString(),
    failures,
  };
};`)),
      },
      {
        call: invoke('zlib', { text: 'CloudWatch Logs subscription data is gzipped. ' }),
        expect: {
          functionError: null,
          payload: {
            gzipHeader: [0x1f, 0x8b, 8],
            smaller: true,
            gzip: true,
            deflate: true,
            raw: true,
            unzip: ['g', 'd'],
            callback: 'by callback',
            base64: '{"logEvents":[]}',
            failures: { gunzip: ['Z_DATA_ERROR', -3, 'incorrect header check'], inflate: ['Z_DATA_ERROR', -3, 'incorrect header check'] },
          },
        },
      },
    ],
  },
  {
    name: 'url and querystring parse, format and round-trip as Node does, file URLs included',
    steps: [
      {
        call: create('urls', esm(`import url, { URL, URLSearchParams, fileURLToPath, pathToFileURL } from 'node:url';
import querystring from 'node:querystring';
export const handler = async () => {
  const parsed = url.parse('https://User:pw@Example.com:8080/p/a/t/h?query=string&a=1#hash', true);
  const query = querystring.parse('a=1&b=2&a=3&c=%20x+y&d');
  let notFile;
  try { fileURLToPath('https://example.com/x'); } catch (error) { notFile = [error.code, error.message]; }
  return {
    parsed: { ...parsed, query: { ...parsed.query } },
    relative: JSON.parse(JSON.stringify(url.parse('/items?id=7'))),
    formatted: url.format({ protocol: 'https', hostname: 'example.com', pathname: '/orders', query: { id: '42', tag: ['a', 'b'] } }),
    resolved: url.resolve('https://example.com/a/b', '../c'),
    whatwg: [new URL('/v1/x?y=1', 'https://api.example.com').href, new URLSearchParams({ q: 'a b' }).toString()],
    filePath: fileURLToPath('file:///var/task/data%20file.json'),
    fileUrl: pathToFileURL('/tmp/a b#c').href,
    beside: fileURLToPath(new URL('./config.json', import.meta.url)),
    notFile,
    query: { ...query },
    nullPrototype: Object.getPrototypeOf(query) === null,
    stringified: querystring.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: 'ü€' }),
    roundTrip: querystring.stringify(querystring.parse('x=1&y=%C3%A9&x=2')),
    escaped: [querystring.escape("a b&c/é!'()*~"), querystring.unescape('a%20b%zz%C3%A9')],
  };
};`)),
      },
      {
        call: invoke('urls'),
        expect: {
          functionError: null,
          // Node 24 deprecates url.parse (DEP0169) and says so once, on stderr, which Lambda logs.
          logs: [/\tERROR\t\(node:\d+\) \[DEP0169\] DeprecationWarning: `url\.parse\(\)` behavior is not standardized .*\n\(Use `node --trace-deprecation \.\.\.` to show where the warning was created\)$/],
          payload: {
            parsed: {
              protocol: 'https:', slashes: true, auth: 'User:pw', host: 'example.com:8080', port: '8080', hostname: 'example.com', hash: '#hash',
              search: '?query=string&a=1', query: { query: 'string', a: '1' }, pathname: '/p/a/t/h', path: '/p/a/t/h?query=string&a=1',
              href: 'https://User:pw@example.com:8080/p/a/t/h?query=string&a=1#hash',
            },
            relative: { protocol: null, slashes: null, auth: null, host: null, port: null, hostname: null, hash: null, search: '?id=7', query: 'id=7', pathname: '/items', path: '/items?id=7', href: '/items?id=7' },
            formatted: 'https://example.com/orders?id=42&tag=a&tag=b',
            resolved: 'https://example.com/c',
            whatwg: ['https://api.example.com/v1/x?y=1', 'q=a+b'],
            filePath: '/var/task/data file.json',
            fileUrl: 'file:///tmp/a%20b%23c',
            beside: '/var/task/config.json',
            notFile: ['ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file'],
            query: { a: ['1', '3'], b: '2', c: ' x y', d: '' },
            nullPrototype: true,
            stringified: 'a=1&a=2&b=x%20y&c=true&d=&e=%C3%BC%E2%82%AC',
            roundTrip: 'x=1&x=2&y=%C3%A9',
            escaped: ["a%20b%26c%2F%C3%A9!'()*~", 'a b%zzé'],
          },
        },
      },
    ],
  },
  {
    name: 'assert throws AssertionError with Node’s messages, diffs and codes',
    steps: [
      {
        call: create('asserts', esm(`import assert from 'node:assert';
const caught = (fn) => { try { fn(); return 'passed'; } catch (error) { return { name: error.name, code: error.code, operator: error.operator, generatedMessage: error.generatedMessage, message: error.message, isAssertionError: error instanceof assert.AssertionError }; } };
export const handler = async () => ({
  strictEqual: caught(() => assert.strictEqual(1, 2)),
  strings: caught(() => assert.strictEqual('hello world', 'hello there')),
  sameStructure: caught(() => assert.strictEqual({ a: 1 }, { a: 1 })),
  withMessage: caught(() => assert.strictEqual(1, 2, 'totals differ')),
  equal: caught(() => assert.equal(1, 2)),
  notStrictEqual: caught(() => assert.notStrictEqual(1, 1)),
  deepStrictEqual: caught(() => assert.deepStrictEqual({ id: 1, tags: ['a', 'b'], ok: true }, { id: 2, tags: ['a', 'c'], ok: true })),
  deepPasses: caught(() => assert.deepStrictEqual({ a: [1, { b: null }], m: new Map([['k', 1]]) }, { a: [1, { b: null }], m: new Map([['k', 1]]) })),
  deepTypes: caught(() => assert.deepStrictEqual(1, '1')),
  ok: caught(() => assert.ok(0, 'must be truthy')),
  assert: caught(() => assert(false, 'plain')),
  throwsNothing: caught(() => assert.throws(() => {})),
  throwsRegExp: caught(() => assert.throws(() => { throw new Error('boom'); }, /bang/)),
  throwsClass: caught(() => assert.throws(() => { throw new RangeError('boom'); }, TypeError)),
  throwsObject: caught(() => assert.throws(() => { throw new Error('boom'); }, { message: 'bang' })),
  throwsPasses: caught(() => assert.throws(() => { throw new TypeError('boom'); }, { name: 'TypeError', message: /bo/ })),
  match: caught(() => assert.match('abc', /x/)),
  fail: caught(() => assert.fail('stop')),
  strict: caught(() => assert.strict.equal(1, '1')),
  rejects: await assert.rejects(async () => {}).then(() => 'passed', (error) => error.message),
});`)),
      },
      {
        call: invoke('asserts'),
        expect: {
          functionError: null,
          payload: {
            strictEqual: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'strictEqual', generatedMessage: true, message: 'Expected values to be strictly equal:\n\n1 !== 2\n', isAssertionError: true },
            strings: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'strictEqual', generatedMessage: true, message: "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'hello world'\n- 'hello there'\n         ^\n", isAssertionError: true },
            sameStructure: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'strictEqual', generatedMessage: true, message: 'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n', isAssertionError: true },
            withMessage: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'strictEqual', generatedMessage: false, message: 'totals differ\n\n1 !== 2\n', isAssertionError: true },
            equal: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: '==', generatedMessage: true, message: '1 == 2', isAssertionError: true },
            notStrictEqual: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'notStrictEqual', generatedMessage: true, message: 'Expected "actual" to be strictly unequal to: 1', isAssertionError: true },
            deepStrictEqual: {
              name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'deepStrictEqual', generatedMessage: true, isAssertionError: true,
              message: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n+   id: 1,\n-   id: 2,\n    ok: true,\n    tags: [\n      'a',\n+     'b'\n-     'c'\n    ]\n  }\n",
            },
            deepPasses: 'passed',
            deepTypes: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'deepStrictEqual', generatedMessage: true, message: "Expected values to be strictly deep-equal:\n\n1 !== '1'\n", isAssertionError: true },
            ok: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: '==', generatedMessage: false, message: 'must be truthy', isAssertionError: true },
            assert: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: '==', generatedMessage: false, message: 'plain', isAssertionError: true },
            throwsNothing: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false, message: 'Missing expected exception.', isAssertionError: true },
            throwsRegExp: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true, message: "The input did not match the regular expression /bang/. Input:\n\n'Error: boom'\n", isAssertionError: true },
            throwsClass: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true, message: 'The error is expected to be an instance of "TypeError". Received "RangeError"\n\nError message:\n\nboom', isAssertionError: true },
            throwsObject: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true, message: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'boom'\n-   message: 'bang'\n  }\n", isAssertionError: true },
            throwsPasses: 'passed',
            match: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'match', generatedMessage: true, message: "The input did not match the regular expression /x/. Input:\n\n'abc'\n", isAssertionError: true },
            fail: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'fail', generatedMessage: false, message: 'stop', isAssertionError: true },
            strict: { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'strictEqual', generatedMessage: true, message: "Expected values to be strictly equal:\n\n1 !== '1'\n", isAssertionError: true },
            rejects: 'Missing expected rejection.',
          },
        },
      },
    ],
  },
  {
    name: 'os, timers and string_decoder are there: os answers in the shapes Node gives, timers return Timeout objects, setImmediate and nextTick run',
    steps: [
      {
        call: create('platform', esm(`import os from 'node:os';
import timers from 'node:timers';
import { setTimeout as sleep, setImmediate as immediate } from 'node:timers/promises';
import { StringDecoder } from 'node:string_decoder';
export const handler = async () => {
  const order = [];
  await new Promise((resolve) => {
    setImmediate(() => { order.push('immediate'); resolve(); });
    process.nextTick(() => order.push('nextTick'));
    Promise.resolve().then(() => order.push('promise'));
    order.push('sync');
  });
  const timeout = setTimeout(() => {}, 1000);
  const methods = [typeof timeout.unref, typeof timeout.ref, typeof timeout.refresh, timeout.unref() === timeout, timeout.hasRef()];
  clearTimeout(timeout);
  const cleared = await new Promise((resolve) => { const t = timers.setTimeout(() => resolve('fired'), 5); timers.clearTimeout(t); timers.setTimeout(() => resolve('cleared'), 20); });
  const decoder = new StringDecoder('utf8');
  const euro = Buffer.from('€');
  const cpus = os.cpus();
  const user = os.userInfo();
  return {
    order: order.slice(0, 1).concat(order.slice(1, 3).sort(), order.slice(3)),
    methods, cleared,
    promises: [await sleep(5, 'slept'), await immediate('next')],
    decoded: [decoder.write(euro.subarray(0, 1)), decoder.write(euro.subarray(1)), decoder.end()],
    os: {
      EOL: os.EOL,
      endianness: os.endianness(),
      tmpdir: os.tmpdir(),
      strings: [os.platform(), os.type(), os.arch(), os.release(), os.hostname(), os.homedir()].every((s) => typeof s === 'string' && s.length > 0),
      cpus: cpus.length > 0 && typeof cpus[0].model === 'string' && typeof cpus[0].speed === 'number',
      memory: os.totalmem() > 0 && os.freemem() > 0 && os.freemem() <= os.totalmem(),
      uptime: os.uptime() > 0,
      user: [typeof user.username, typeof user.uid, typeof user.homedir],
      interfaces: typeof os.networkInterfaces(),
    },
  };
};`)),
      },
      {
        call: invoke('platform'),
        expect: {
          functionError: null,
          payload: {
            order: ['sync', 'nextTick', 'promise', 'immediate'],
            methods: ['function', 'function', 'function', true, false],
            cleared: 'cleared',
            promises: ['slept', 'next'],
            decoded: ['', '€', ''],
            os: {
              EOL: '\n', endianness: 'LE', tmpdir: '/tmp', strings: true, cpus: true, memory: true, uptime: true,
              user: ['string', 'number', 'string'], interfaces: 'object',
            },
          },
        },
      },
    ],
  },
];
