/**
 * curl's command line, as far as lessons use it: -X, -H, -d/--data/--data-raw/--data-binary/--json,
 * -i, -I, -s, -S, -v, -f, -o, -w, -A, -L and -k (accepted), short options clustered (`-sS`, `-XPOST`),
 * several URLs. Errors are curl's own sentences, with its exit status 2.
 */

export interface DataPart {
  /** `raw` never reads a file; `ascii` (-d) reads @file without its CR and LF; `binary` reads it as is. */
  kind: 'ascii' | 'raw' | 'binary' | 'json';
  value: string;
}

export interface CurlOptions {
  method?: string;
  headers: string[];
  data: DataPart[];
  include: boolean;
  head: boolean;
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  fail: boolean;
  output?: string;
  writeOut?: string;
  userAgent?: string;
  urls: string[];
  help: boolean;
}

export class CurlUsageError extends Error {}

const WITH_ARG: Record<string, string> = {
  '-X': '--request', '-H': '--header', '-d': '--data', '-o': '--output', '-w': '--write-out', '-A': '--user-agent',
};
const FLAGS: Record<string, string> = {
  '-i': '--include', '-I': '--head', '-s': '--silent', '-S': '--show-error', '-v': '--verbose', '-f': '--fail',
  '-L': '--location', '-k': '--insecure', '-h': '--help',
};
const LONG_WITH_ARG = new Set(['--request', '--header', '--data', '--data-raw', '--data-ascii', '--data-binary', '--json', '--output', '--write-out', '--user-agent', '--url']);
const LONG_FLAGS = new Set(['--include', '--head', '--silent', '--show-error', '--verbose', '--fail', '--location', '--insecure', '--help', '--compressed']);

function apply(o: CurlOptions, name: string, value: string | undefined): void {
  switch (name) {
    case '--request': o.method = value; break;
    case '--header': o.headers.push(value!); break;
    case '--data':
    case '--data-ascii': o.data.push({ kind: 'ascii', value: value! }); break;
    case '--data-raw': o.data.push({ kind: 'raw', value: value! }); break;
    case '--data-binary': o.data.push({ kind: 'binary', value: value! }); break;
    case '--json': o.data.push({ kind: 'json', value: value! }); break;
    case '--output': o.output = value; break;
    case '--write-out': o.writeOut = value; break;
    case '--user-agent': o.userAgent = value; break;
    case '--url': o.urls.push(value!); break;
    case '--include': o.include = true; break;
    case '--head': o.head = true; break;
    case '--silent': o.silent = true; break;
    case '--show-error': o.showError = true; break;
    case '--verbose': o.verbose = true; break;
    case '--fail': o.fail = true; break;
    case '--help': o.help = true; break;
    default: break; // --location, --insecure, --compressed: nothing to do in the sandbox
  }
}

export function parseCurlArgs(argv: string[]): CurlOptions {
  const o: CurlOptions = { headers: [], data: [], include: false, head: false, silent: false, showError: false, verbose: false, fail: false, urls: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      if (LONG_FLAGS.has(arg)) apply(o, arg, undefined);
      else if (LONG_WITH_ARG.has(arg)) {
        if (i + 1 >= argv.length) throw new CurlUsageError(`option ${arg}: requires parameter`);
        apply(o, arg, argv[++i]);
      } else throw new CurlUsageError(`option ${arg}: is unknown`);
    } else if (arg.startsWith('-') && arg.length > 1) {
      // A cluster of short options; one that takes a value takes the rest of the cluster or the next word.
      for (let j = 1; j < arg.length; j++) {
        const short = `-${arg[j]}`;
        if (FLAGS[short]) apply(o, FLAGS[short]!, undefined);
        else if (WITH_ARG[short]) {
          const rest = arg.slice(j + 1);
          if (rest === '' && i + 1 >= argv.length) throw new CurlUsageError(`option ${short}: requires parameter`);
          apply(o, WITH_ARG[short]!, rest !== '' ? rest : argv[++i]);
          break;
        } else throw new CurlUsageError(`option ${short}: is unknown`);
      }
    } else {
      o.urls.push(arg);
    }
  }
  return o;
}
