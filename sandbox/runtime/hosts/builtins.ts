/**
 * Node built-ins a worker-thread realm takes from Node itself. `fs` and `fs/promises` are not among
 * them: the realm supplies the function's own file system (/var/task, /opt, /tmp; see ../fs), so
 * handler code never reaches the host's disk.
 */
export const ALLOWED_BUILTINS = new Set([
  'assert', 'buffer', 'crypto', 'events', 'os', 'path', 'querystring', 'stream', 'stream/promises', 'string_decoder', 'timers',
  'timers/promises', 'url', 'util', 'zlib',
]);
