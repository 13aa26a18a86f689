/** The Python behaviours the CLI's messages and parsing depend on, reproduced in TypeScript. */
import { describe, expect, it } from 'vitest';
import { pythonBase64Decode, base64Encode } from '../../../sandbox/cli/aws/base64.ts';
import { getCloseMatches } from '../../../sandbox/cli/aws/difflib.ts';
import { xformName } from '../../../sandbox/cli/aws/names.ts';
import { pyJsonDumps, pyJsonLoads } from '../../../sandbox/cli/aws/pyjson.ts';
import { pyFloat, pyInt, pyRepr } from '../../../sandbox/cli/aws/pyrepr.ts';
import { ShorthandParser } from '../../../sandbox/cli/aws/shorthand.ts';

describe('xform_name', () => {
  it('derives CLI names from API names', () => {
    expect(['CreateFunction', 'FunctionName', 'ZipFile', 'MemorySize', 'KMSKeyArn', 'S3Bucket', 'logGroupName', 'GetCallerIdentity', 'UUID', 'ResourceARNs'].map((n) => xformName(n)))
      .toEqual(['create-function', 'function-name', 'zip-file', 'memory-size', 'kms-key-arn', 's3-bucket', 'log-group-name', 'get-caller-identity', 'uuid', 'resource-arns']);
  });
});

describe('shorthand parser', () => {
  const parse = (text: string) => new ShorthandParser().parse(text);

  it('parses key=value pairs, csv lists, explicit lists, hashes and quotes', () => {
    expect(parse('S3Bucket=b,S3Key=k')).toEqual({ S3Bucket: 'b', S3Key: 'k' });
    expect(parse('a=b,c,d=e')).toEqual({ a: ['b', 'c'], d: 'e' });
    expect(parse('Variables={KEY=value,B=2}')).toEqual({ Variables: { KEY: 'value', B: '2' } });
    expect(parse('a=[x,y],b={c=[1,2]}')).toEqual({ a: ['x', 'y'], b: { c: ['1', '2'] } });
    expect(parse(`a='x,y',b="it's"`)).toEqual({ a: 'x,y', b: "it's" });
    expect(parse('a=x\\,y')).toEqual({ a: 'x,y' });
    expect(parse('url=https://example.com/a=b')).toEqual({ url: 'https://example.com/a=b' });
  });

  it('explains syntax errors with a caret', () => {
    expect(() => parse('a=[b')).toThrow("Expected: ',', received: 'EOF' for input:\na=[b\n    ^");
    expect(() => parse('Variables')).toThrow("Expected: '=', received: 'EOF' for input:\nVariables\n         ^");
  });
});

describe('Python json', () => {
  it('reports decode errors with line, column and char', () => {
    const message = (text: string) => {
      try {
        pyJsonLoads(text);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(message('')).toBe('Expecting value: line 1 column 1 (char 0)');
    expect(message('{"a": 1} x')).toBe('Extra data: line 1 column 10 (char 9)');
    expect(message('{\n  "a": 1\n  "b": 2\n}')).toBe("Expecting ',' delimiter: line 3 column 3 (char 13)");
    expect(message("{'a': 1}")).toBe('Expecting property name enclosed in double quotes: line 1 column 2 (char 1)');
    expect(message('"abc')).toBe('Unterminated string starting at: line 1 column 1 (char 0)');
  });

  it('dumps like json.dumps(indent=4) with Python separators and floats', () => {
    expect(pyJsonDumps({ a: [1, 0.5, 1e-7], b: {}, c: [], d: 'é' }, { indent: 4, ensureAscii: false }))
      .toBe('{\n    "a": [\n        1,\n        0.5,\n        1e-07\n    ],\n    "b": {},\n    "c": [],\n    "d": "é"\n}');
    expect(pyJsonDumps({ Marker: 'x', n: 2, é: 'ü' })).toBe('{"Marker": "x", "n": 2, "\\u00e9": "\\u00fc"}');
  });
});

describe('Python conversions', () => {
  it('int(), float repr and repr() as the CLI messages show them', () => {
    expect(pyInt(' 1_000 ')).toBe(1000);
    expect(() => pyInt('12MB')).toThrow("invalid literal for int() with base 10: '12MB'");
    expect([pyFloat(1e16), pyFloat(0.0001), pyFloat(1.5), pyFloat(100)]).toEqual(['1e+16', '0.0001', '1.5', '100.0']);
    expect(pyRepr({ a: [true, null, "it's"] })).toBe(`{'a': [True, None, "it's"]}`);
  });

  it('base64.b64decode skips non-alphabet characters and checks padding', () => {
    expect(new TextDecoder().decode(pythonBase64Decode('aGVs bG8=\n'))).toBe('hello');
    expect([...pythonBase64Decode('{"a":1}'.replace(/[^A-Za-z0-9+/=]/g, '') + 'AA')]).toHaveLength(3);
    expect(() => pythonBase64Decode('hi')).toThrow('Incorrect padding');
    expect(() => pythonBase64Decode('hello')).toThrow('cannot be 1 more than a multiple of 4');
    expect(base64Encode(new TextEncoder().encode('hello'))).toBe('aGVsbG8=');
  });
});

describe('difflib.get_close_matches', () => {
  it('suggests like the CLI with cutoff 0.8', () => {
    expect(getCloseMatches('lamda', ['lambda', 'logs', 'sts'], 3, 0.8)).toEqual(['lambda']);
    expect(getCloseMatches('list-function', ['list-functions', 'list-layers', 'list-aliases'], 3, 0.8)).toEqual(['list-functions']);
    expect(getCloseMatches('zzz', ['lambda'], 3, 0.8)).toEqual([]);
  });
});
