/**
 * The engine package for WebContainer mode (src/runtime/webcontainer/engine-package.ts), written at
 * build time as one JSON file (bytes tagged as /_lab/call tags them). Only a sandbox starting in
 * WebContainer mode fetches it; lesson pages do not link it.
 *
 * The builder is imported from the repository at build time rather than bundled into the prerender
 * chunk: it finds the files it packs (and the SDK bundle's builder its inputs) next to itself.
 */
import type { APIRoute } from 'astro';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const prerender = true;

export const GET: APIRoute = async () => {
  const root = process.cwd();
  const load = (file: string) => import(/* @vite-ignore */ pathToFileURL(path.join(root, file)).href);
  const [{ engineTree }, { encodeLabJson }] = await Promise.all([load('src/runtime/webcontainer/engine-package.ts'), load('sandbox/api/lab-call.ts')]);
  return new Response(encodeLabJson(engineTree(root)), { headers: { 'content-type': 'application/json' } });
};
