/**
 * The small shell of the built-in runtime. Others register `aws`, `lab` and `node` on it; the
 * terminal layer feeds it lines (asking isComplete first) and shows prompt().
 */
export type { Command, CommandContext, CommandIO } from './types.ts';
export { Shell, type RunOptions, type ShellOptions } from './shell.ts';
export { isComplete } from './complete.ts';
export { parse, ParseError, type ParseResult } from './parse.ts';
export { zipFiles, unzipFiles, createZip, readZip, ZipError, type ZipEntry, type ZipEntryInfo, type ZipInput } from './zip.ts';
export { CLEAR_SCREEN } from './commands/misc.ts';
