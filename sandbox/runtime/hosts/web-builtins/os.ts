/**
 * Node's `os` in a Web Worker, answering what `os` answers inside a Lambda execution environment
 * (nodejs24.x on Amazon Linux 2023, x86_64): the sandbox user sbx_user1051 (uid 993, gid 990),
 * HOME-less home /home/sbx_user1051, /tmp, a 169.254.x.y hostname, Xeon vCPUs, a Firecracker
 * guest kernel, and memory as the function's configured MemorySize, not the laptop's.
 */
const EOL = '\n';
const started = performance.now();
const HOME = '/home/sbx_user1051';

/** The function's memory in bytes: its MemorySize from the environment, else Lambda's default 128 MB. */
function memory(): number {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const mb = Number(env?.AWS_LAMBDA_FUNCTION_MEMORY_SIZE);
  return (Number.isFinite(mb) && mb > 0 ? mb : 128) * 1024 * 1024;
}

/** One vCPU per core the browser reports (Lambda gives vCPUs in proportion to memory). */
function cpus() {
  const count = Math.max(1, Number((globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency) || 2);
  return Array.from({ length: count }, () => ({
    model: 'Intel(R) Xeon(R) Processor',
    speed: 2900,
    times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 },
  }));
}

const os = {
  EOL,
  devNull: '/dev/null',
  constants: { signals: {}, errno: {}, priority: {} },
  platform: () => 'linux',
  type: () => 'Linux',
  arch: () => 'x64',
  machine: () => 'x86_64',
  release: () => '5.10.240-258.933.amzn2.x86_64',
  version: () => '#1 SMP Tue Jul 29 20:05:25 UTC 2025',
  hostname: () => '169.254.35.189',
  homedir: () => HOME,
  tmpdir: () => '/tmp',
  endianness: () => 'LE',
  cpus,
  availableParallelism: () => cpus().length,
  totalmem: memory,
  // Lambda reports most of the function's memory free at the start of an invocation.
  freemem: () => Math.floor(memory() * 0.7),
  loadavg: () => [0, 0, 0],
  uptime: () => Math.floor((performance.now() - started) / 1000) + 1,
  userInfo: () => ({ uid: 993, gid: 990, username: 'sbx_user1051', homedir: HOME, shell: null }),
  networkInterfaces: () => ({}),
  getPriority: () => 0,
  setPriority: () => {},
};

export default os;
