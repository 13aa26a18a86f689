/** Node built-ins a handler may import. `fs` waits for the function's own file system (/var/task, /tmp, /opt). */
export const ALLOWED_BUILTINS = new Set([
  'assert', 'buffer', 'crypto', 'events', 'os', 'path', 'querystring', 'stream', 'string_decoder', 'timers', 'url', 'util', 'zlib',
]);
