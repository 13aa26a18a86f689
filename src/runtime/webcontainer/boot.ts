/**
 * Boots the real WebContainer and fetches the engine package, for src/runtime/index.ts. Loaded only
 * when a sandbox starts in WebContainer mode, so neither @webcontainer/api nor the engine's 7 MB are
 * part of a lesson page otherwise.
 */
import type { FileSystemTree } from '@webcontainer/api';
import { decodeLabJson } from '../../../sandbox/api/lab-call.ts';
import { ENGINE_TREE_URL } from '../config.ts';
import type { Container } from './runtime.ts';

/**
 * The page's own COEP (astro.config.mjs, public/_headers, vercel.json): WebContainer must be told the
 * same value, and cannot change it after its first boot.
 */
export const COEP = 'require-corp';

export async function fetchEngine(signal: AbortSignal): Promise<FileSystemTree> {
  const res = await fetch(ENGINE_TREE_URL, { signal });
  if (!res.ok) throw new Error(`the engine package could not be loaded (${ENGINE_TREE_URL}: HTTP ${res.status})`);
  // Bytes travel tagged, as /_lab/call's do (decodeLabJson); the engine has no binary files today.
  return decodeLabJson(await res.text()) as FileSystemTree;
}

/** Boots a WebContainer; one that finishes booting after `signal` aborted is torn down, never used. */
export async function bootContainer(signal: AbortSignal): Promise<Container> {
  const { WebContainer } = await import('@webcontainer/api');
  signal.throwIfAborted();
  const container = await WebContainer.boot({ coep: COEP, workdirName: 'lambda-lab' });
  if (signal.aborted) {
    container.teardown();
    throw signal.reason;
  }
  return container;
}
